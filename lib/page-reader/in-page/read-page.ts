// Runs inside the CRM page (content script): no database, no libraries that
// would bloat the page. Phone normalisation happens in the panel.

import type { FieldMapping, PageContext, PageField, PhoneCandidate } from '../page-context';
import { clean } from './dom-text';
import { isPlausibleValue } from './field-kinds';
import { resolveMappings } from './mapped-fields';
import { NAME_SOURCES } from './name-candidates';
import { findPhonesInText, hasExtension, phoneDigits, phoneKey } from './phone-text';
import { rankNames, statusBesideName } from './record-header';
import { type Candidate, scanPage } from './scan-page';

const MAX_FIELDS = 200;
const BUILT_IN = new Set(['name', 'phone', 'email', 'company', 'status']);

export interface ReadOptions {
  /** The rep's mappings for this site (sent by the panel); those whose path pattern matches apply. */
  mappings?: readonly FieldMapping[];
  /** Whether the panel has sent mappings yet (it may have none). */
  mappingsApplied?: boolean;
  /** Texts this site shows on every record (its name, section titles): never the customer's name. */
  siteChrome?: ReadonlySet<string>;
  /** Told every text that could be the name, so the caller can learn the site's chrome across records. */
  onNameCandidates?: (texts: string[]) => void;
}

/** Reads the record shown on the page. Pure DOM: tests run it against saved pages. */
export function readPage(doc: Document = document, options: ReadOptions = {}): PageContext {
  const started = performance.now();
  const scan = scanPage(doc);
  // A heading names the customer only on a page that also shows a record (a phone, an email or a
  // labelled customer field); a report or a dashboard has headings too ("Quarterly report").
  const showsRecord =
    scan.telLinks.length > 0 ||
    scan.emailLinks.length > 0 ||
    scan.textPhones.length > 0 ||
    scan.candidates.some((candidate) => !NAME_SOURCES.has(candidate.source) && candidate.kind !== undefined);
  const candidates = scan.candidates.filter(
    (candidate) => !NAME_SOURCES.has(candidate.source) || (showsRecord && isPlausibleValue('name', candidate.value)),
  );
  const title = clean(doc.title, 300);
  for (const candidate of candidates) {
    if (candidate.kind && !isPlausibleValue(candidate.kind, candidate.value)) candidate.kind = undefined;
  }
  rankNames(candidates, title, options.siteChrome ?? new Set());
  options.onNameCandidates?.(candidates.filter((candidate) => NAME_SOURCES.has(candidate.source)).map((candidate) => candidate.value));

  const mapped: Record<string, string> = {};
  const path = doc.location?.pathname ?? '/';
  for (const [field, { value, label }] of resolveMappings(options.mappings ?? [], path, candidates, scan.roots)) {
    if (BUILT_IN.has(field)) candidates.push({ label, value, kind: field, source: 'mapped', score: 100 });
    else mapped[field] = value.slice(0, 500);
  }

  const best = (kind: string) => bestOf(candidates, kind)?.value;
  const status = best('status') ?? statusBesideName(bestOf(candidates, 'name')?.element);
  return {
    url: clean(doc.location?.href, 2048),
    title,
    name: best('name')?.slice(0, 120),
    company: best('company')?.slice(0, 200),
    status: status?.slice(0, 120),
    phones: collectPhones(candidates, scan.telLinks, scan.textPhones),
    emails: collectEmails(candidates, scan.emailLinks),
    fields: collectFields(candidates),
    mapped,
    mappingsApplied: options.mappingsApplied ?? false,
    readAt: Date.now(),
    readMs: performance.now() - started,
  };
}

function bestOf(candidates: readonly Candidate[], kind: string): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) if (candidate.kind === kind && (!best || candidate.score > best.score)) best = candidate;
  return best;
}

function collectPhones(
  candidates: readonly Candidate[],
  telLinks: readonly string[],
  textPhones: readonly { raw: string; label?: string }[],
): PhoneCandidate[] {
  const phones: PhoneCandidate[] = [];
  const seen = new Set<string>();
  const push = (raw: string, source: string, label?: string) => {
    const key = phoneKey(raw);
    if (key.length < 7 || seen.has(key) || phones.length >= 20) return;
    seen.add(key);
    phones.push({ raw: raw.slice(0, 64), source, label: label?.slice(0, 120) || undefined });
  };
  const labelled = candidates.filter((candidate) => candidate.kind === 'phone').sort((a, b) => b.score - a.score);
  for (const candidate of labelled.filter((c) => c.source === 'mapped')) push(candidate.value, 'mapped', candidate.label);
  const written = new Map<string, { raw: string; source: string; label: string }>();
  for (const candidate of labelled) {
    if (candidate.source === 'mapped') continue;
    const inValue = findPhonesInText(candidate.value, 3);
    for (const raw of inValue.length > 0 ? inValue : [candidate.value]) {
      const key = phoneKey(raw);
      if (!written.has(key)) written.set(key, { raw, source: candidate.source, label: candidate.label });
    }
  }
  // tel: links are the most precise (country code); the written form wins when it carries an extension the link lost.
  for (const link of telLinks) {
    const raw = link.replace(/[;,]ext=/i, ' ext. ');
    const asWritten = written.get(phoneKey(raw));
    push(asWritten && hasExtension(asWritten.raw) && !hasExtension(raw) ? asWritten.raw : raw, 'tel-link', asWritten?.label);
  }
  for (const { raw, source, label } of written.values()) push(raw, source, label);
  for (const phone of textPhones) push(phone.raw, 'text', phone.label);
  // Implausible numbers (too few digits for their form, e.g. tel:+1-555-0100) go last, never away.
  return phones.filter(isPlausiblePhone).concat(phones.filter((phone) => !isPlausiblePhone(phone)));
}

/** Enough digits for a dialable number: 10 with a country code (+...), 7 without. */
function isPlausiblePhone(phone: PhoneCandidate): boolean {
  const digits = phoneDigits(phone.raw);
  return digits >= (phone.raw.trim().startsWith('+') ? 10 : 7);
}

function collectEmails(candidates: readonly Candidate[], emailLinks: readonly string[]): string[] {
  const emails: string[] = [];
  const push = (email: string) => {
    const trimmed = email.trim().slice(0, 254);
    if (isPlausibleValue('email', trimmed) && !emails.some((known) => known.toLowerCase() === trimmed.toLowerCase())) emails.push(trimmed);
  };
  for (const email of emailLinks) push(email);
  for (const candidate of candidates) if (candidate.kind === 'email') push(candidate.value);
  return emails.slice(0, 20);
}

function collectFields(candidates: readonly Candidate[]): PageField[] {
  const fields: PageField[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (NAME_SOURCES.has(candidate.source) || candidate.source === 'mapped' || !candidate.label) continue;
    const key = `${candidate.label}\u0000${candidate.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fields.push({
      label: candidate.label.slice(0, 120),
      value: candidate.value.slice(0, 500),
      kind: candidate.kind,
      source: candidate.source,
    });
    if (fields.length >= MAX_FIELDS) break;
  }
  return fields;
}
