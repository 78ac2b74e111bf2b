import type { CallRecord } from '../db/records';
import { fail, ok, type Result } from '../result';

export type CustomerDataKind = 'name' | 'number' | 'email' | 'note' | 'url';

interface Needle {
  kind: CustomerDataKind;
  value: string;
}

const EMAIL = /[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]+/g;
const DIGIT_RUN = /\d[\d\s().-]{5,}\d/g;
const digitsOf = (text: string) => text.replace(/\D/g, '');
// Short values (a two-letter note, "Li") would match ordinary words; CJK names are two characters.
const longEnough = (value: string, kind: CustomerDataKind) =>
  kind === 'name' ? value.length >= (/[\u3400-\u9fff]/.test(value) ? 2 : 3) : value.length >= 4;

/** Every piece of customer data the log holds for these calls, as text to look for. */
export function customerNeedles(calls: Iterable<CallRecord>): Needle[] {
  const needles = new Map<string, Needle>();
  const add = (kind: CustomerDataKind, raw: string | undefined) => {
    const value = raw?.trim().toLowerCase();
    if (value && longEnough(value, kind)) needles.set(`${kind}:${value}`, { kind, value });
  };
  for (const call of calls) {
    add('name', call.customerName);
    add('url', call.recordUrl);
    add('note', call.notes);
    for (const phone of [call.phoneE164, call.phoneRaw]) {
      const digits = phone ? digitsOf(phone) : '';
      if (digits.length >= 7) add('number', digits);
    }
    // Emails and numbers written inside notes or page titles are customer data too.
    for (const text of [call.notes, call.pageTitle ?? '']) {
      for (const email of text.match(EMAIL) ?? []) add('email', email);
      for (const run of text.match(DIGIT_RUN) ?? []) if (digitsOf(run).length >= 7) add('number', digitsOf(run));
    }
  }
  return [...needles.values()];
}

function* stringsOf(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let index = 0; index < value.length; index++) yield* stringsOf(value[index], `${path}[${index}]`);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) yield* stringsOf(child, path ? `${path}.${key}` : key);
}

export interface CustomerDataFound {
  kind: CustomerDataKind;
  /** Where in the file (e.g. rebuttals[2].text), never the value itself. */
  field: string;
}

/**
 * The last gate before a summary leaves the machine: refuses a document in
 * which any text contains a customer name, number, email, note or record URL
 * from the log (a rep's name that equals a customer's is refused too: better
 * a question than a leak).
 */
export function findCustomerData(
  document: unknown,
  needles: readonly Needle[],
): Result<void, 'customer-data'> & { found?: CustomerDataFound } {
  if (needles.length === 0) return ok(undefined);
  const textNeedles = needles.filter((needle) => needle.kind !== 'number');
  const numberNeedles = needles.filter((needle) => needle.kind === 'number');
  for (const [field, raw] of stringsOf(document, '')) {
    // The hash is hex of the file itself, not text anyone wrote.
    if (field === 'contentHash') continue;
    const text = raw.toLowerCase();
    const hit = textNeedles.find((needle) => text.includes(needle.value));
    const runs = numberNeedles.length > 0 ? (text.match(DIGIT_RUN) ?? []).map(digitsOf) : [];
    const numberHit = numberNeedles.find((needle) => runs.some((run) => run.includes(needle.value)));
    const found = hit ?? numberHit;
    if (found) return { ...fail('customer-data', { params: { kind: found.kind, field } }), found: { kind: found.kind, field } };
  }
  return ok(undefined);
}
