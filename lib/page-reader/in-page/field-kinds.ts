// Which built-in field a label names, in English and Chinese. Labels about the
// rep or the CRM itself (owner, created by) never name the customer.

const NOT_THE_CUSTOMER = /\b(owner|rep|agent|assigned|created|modified|updated|manager|user|by)\b|负责人|销售员?|坐席|创建|修改|归属/i;

const KIND_LABELS: readonly [kind: string, pattern: RegExp][] = [
  ['email', /\be-?mail\b|^mail$|邮箱|电子邮件|邮件/i],
  ['company', /\b(company|account|organi[sz]ation|employer|business|firm)\b|公司|单位|企业|机构/i],
  ['phone', /\b(phone|mobile|cell|tel|telephone|contact number|phone number|whatsapp)\b|手机|电话|联系方式|座机|固话|传真/i],
  ['status', /^(lead |deal |account |contact )?(status|stage|disposition)( name)?$|状态|阶段/i],
  [
    'name',
    /^((full|first and last|contact|customer|client|lead|person)\s*)?name$|^(contact|customer|client|lead|insured|policy ?holder)$|^(姓名|客户(姓名|名称)?|联系人|名字|称呼|车主|被保险人|投保人)$/i,
  ],
];

// Big pages repeat the same short texts ("Call", "No answer") thousands of times: remember the answers.
function remembered(find: (text: string) => string | undefined): (text: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (text) => {
    if (known.has(text)) return known.get(text);
    const found = find(text);
    if (known.size > 5000) known.clear();
    known.set(text, found);
    return found;
  };
}

export const kindOfLabel = remembered((label) =>
  label.length > 40 || NOT_THE_CUSTOMER.test(label) ? undefined : KIND_LABELS.find(([, pattern]) => pattern.test(label))?.[0],
);

/** Icon names (icon-name, data-icon, class, ligature text) that stand for a field. */
const ICON_KINDS: readonly [kind: string, pattern: RegExp][] = [
  ['phone', /phone|call|mobile|tel\b/i],
  ['email', /e-?mail|envelope/i],
  ['company', /company|account|building|business|office/i],
];

export const kindOfIcon = remembered((hint) => ICON_KINDS.find(([, pattern]) => pattern.test(hint))?.[0]);

/** Record-type words a CRM puts in headings next to (not instead of) the name. */
const GENERIC_HEADINGS =
  /^(contact|lead|account|opportunit(y|ies)|customer|client|record|home|dashboard)s?$|^(客户|联系人|线索|客户详情)$/i;

/**
 * Section titles of a record page ("Contact info", "Recent activity", "New task", "基本信息", "跟进记录"):
 * the words CRMs use for the parts of a record, never a customer's name.
 */
const SECTION_TITLES =
  /^(new|add|log|create|edit|recent|related|upcoming|my)\b|\b(details?|info|information|activit(y|ies)|timeline|history|notes?|tasks?|overview|summary|profile|numbers?|address(es)?|deals?|opportunit(y|ies)|cases|files|attachments|emails?|calls?|events|meetings?|comments?|settings|status)$|^(新建|添加|写|创建|编辑|最近)|(信息|资料|记录|动态|详情|概览|任务|备注|跟进|附件|设置|状态)$/i;

/** Plausible as a person's (or an account's) name: short, few digits, not a label, a section title or a URL. */
export function isPlausibleName(text: string): boolean {
  if (text.length < 2 || text.length > 60) return false;
  if (/[@/\\<>{}=]|https?:|\d{3}/.test(text)) return false;
  if (GENERIC_HEADINGS.test(text) || SECTION_TITLES.test(text) || kindOfLabel(text)) return false;
  return /\p{L}/u.test(text);
}

const SEVEN_DIGITS = /(?:\d[^\d]{0,3}){6}\d/;

/** Company-shaped text: ends in a legal-form word ("…有限公司", "Acme Inc."). */
export const COMPANY_SHAPE = /(有限公司|有限责任公司|股份公司|集团|公司|\b(?:inc|llc|ltd|gmbh|corp|co|plc|group)\.?)$/i;

export function isPlausibleValue(kind: string, value: string): boolean {
  if (kind === 'name') return isPlausibleName(value);
  if (kind === 'phone') return SEVEN_DIGITS.test(value);
  if (kind === 'email') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
  return value.length > 0 && value.length <= 200;
}
