import type { PageContext, PageField, PhoneCandidate } from './page-context';

// Runs inside the CRM page (content script): no database, no libraries that
// would bloat the page. Phone normalisation happens in the panel.

const MAX_FIELDS = 200;
const clean = (text: string | null | undefined, max = 500) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
const stripColon = (label: string) => label.replace(/[:：]\s*$/, '').trim();

const NAME_LABELS = /^(name|full name|contact|contact name|customer|client|姓名|客户|客户姓名|联系人)$/i;
const PHONE_LABELS = /(phone|mobile|tel|cell|手机|电话|联系电话|手机号)/i;
const EMAIL_LABELS = /(e-?mail|邮箱|电子邮件)/i;
const COMPANY_LABELS = /^(company|account|organi[sz]ation|公司|单位|企业)$/i;
const STATUS_LABELS = /^(status|stage|lead status|状态|阶段|跟进状态)$/i;

function kindOf(label: string): string | undefined {
  if (NAME_LABELS.test(label)) return 'name';
  if (EMAIL_LABELS.test(label)) return 'email';
  if (PHONE_LABELS.test(label)) return 'phone';
  if (COMPANY_LABELS.test(label)) return 'company';
  if (STATUS_LABELS.test(label)) return 'status';
  return undefined;
}

function labelValuePairs(root: ParentNode): PageField[] {
  const fields: PageField[] = [];
  for (const term of root.querySelectorAll('dt')) {
    const value = term.nextElementSibling;
    if (value?.tagName === 'DD')
      fields.push({ label: stripColon(clean(term.textContent, 120)), value: clean(value.textContent), source: 'dl' });
  }
  for (const row of root.querySelectorAll('tr')) {
    const cells = row.querySelectorAll('th, td');
    if (cells.length === 2)
      fields.push({ label: stripColon(clean(cells[0]?.textContent, 120)), value: clean(cells[1]?.textContent), source: 'table' });
  }
  for (const label of root.querySelectorAll('label')) {
    const control = label.htmlFor ? root.querySelector(`#${CSS.escape(label.htmlFor)}`) : label.querySelector('input, select, textarea');
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) {
      fields.push({ label: stripColon(clean(label.textContent, 120)), value: clean(control.value), source: 'label' });
    }
  }
  return fields.filter((field) => field.label && field.value).slice(0, MAX_FIELDS);
}

/** Reads the record shown on the page. Pure DOM: tests run it against saved pages. */
export function readPage(doc: Document = document): PageContext {
  const started = performance.now();
  const fields = labelValuePairs(doc).map((field) => ({ ...field, kind: kindOf(field.label) }));
  const phones: PhoneCandidate[] = [];
  const emails: string[] = [];
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="mailto:"]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('tel:')) phones.push({ raw: clean(decodeURIComponent(href.slice(4)), 64), source: 'tel-link' });
    else emails.push(clean(decodeURIComponent(href.slice(7)).split('?')[0], 254));
  }
  for (const field of fields) {
    if (field.kind === 'phone') phones.push({ raw: field.value.slice(0, 64), source: field.source, label: field.label });
    if (field.kind === 'email' && !emails.includes(field.value)) emails.push(field.value.slice(0, 254));
  }
  const first = (kind: string) => fields.find((field) => field.kind === kind)?.value;
  const uniquePhones = phones.filter((phone, index) => phones.findIndex((other) => other.raw === phone.raw) === index);
  return {
    url: doc.location?.href ?? '',
    title: clean(doc.title, 300),
    name: first('name')?.slice(0, 120),
    company: first('company')?.slice(0, 200),
    status: first('status')?.slice(0, 120),
    phones: uniquePhones.slice(0, 20),
    emails: emails.slice(0, 20),
    fields,
    mapped: {},
    readAt: Date.now(),
    readMs: performance.now() - started,
  };
}
