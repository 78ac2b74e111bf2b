// Scores the page reader against the UI-kit corpus: precision and recall per
// field, per kit and over the whole corpus. Phones are compared as E.164 with
// their extension (normalised the way the panel does it).
import { readdirSync, readFileSync } from 'node:fs';
import type { PageContext } from '../../../lib/page-reader/page-context';
import { normalisePhone } from '../../../lib/page-reader/phones';

export interface CorpusExpected {
  kit: string;
  region: string;
  name?: string;
  company?: string;
  status?: string;
  phones: string[];
  emails: string[];
  fields: Record<string, string>;
}

export const CORPUS_DIR = 'tests/fixtures/corpus';
export const CORPUS_PAGES = readdirSync(CORPUS_DIR)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace('.expected.json', ''))
  .sort();

export const corpusExpected = (page: string): CorpusExpected => JSON.parse(readFileSync(`${CORPUS_DIR}/${page}.expected.json`, 'utf8'));

export function loadCorpusPage(page: string, url = `https://crm.example.com/records/${page}/1042`): Document {
  const doc = new DOMParser().parseFromString(readFileSync(`${CORPUS_DIR}/${page}.html`, 'utf8'), 'text/html');
  Object.defineProperty(doc, 'location', { value: new URL(url), configurable: true });
  return doc;
}

export const FIELDS = ['name', 'phones', 'email', 'company', 'status', 'custom fields'] as const;
export type ScoredField = (typeof FIELDS)[number];

/** Counts for one field: values found that were right, values found, values expected. */
export interface Tally {
  correct: number;
  found: number;
  expected: number;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

function tallyOne(found: string | undefined, expected: string | undefined): Tally {
  return { correct: found && expected && same(found, expected) ? 1 : 0, found: found ? 1 : 0, expected: expected ? 1 : 0 };
}

function tallyMany(found: readonly string[], expected: readonly string[]): Tally {
  const unique = [...new Set(found)];
  return {
    correct: unique.filter((value) => expected.some((wanted) => same(value, wanted))).length,
    found: unique.length,
    expected: expected.length,
  };
}

export const phoneAsE164 = (raw: string, region: string): string => {
  const phone = normalisePhone(raw, region);
  return phone ? `${phone.e164}${phone.extension ? `;ext=${phone.extension}` : ''}` : `invalid:${raw}`;
};

/** One page's tallies, and what went wrong (for the printed table). */
export function scorePage(context: PageContext, expected: CorpusExpected): { tallies: Record<ScoredField, Tally>; misses: string[] } {
  const phones = context.phones.map((phone) => phoneAsE164(phone.raw, expected.region));
  // Custom fields: the labelled values that are none of the built-in kinds.
  const custom = context.fields.filter((field) => !field.kind).map((field) => `${field.label} = ${field.value}`);
  const wantedCustom = Object.entries(expected.fields).map(([label, value]) => `${label} = ${value}`);
  const tallies: Record<ScoredField, Tally> = {
    name: tallyOne(context.name, expected.name),
    phones: tallyMany(phones, expected.phones),
    email: tallyMany(context.emails, expected.emails),
    company: tallyOne(context.company, expected.company),
    status: tallyOne(context.status, expected.status),
    'custom fields': tallyMany(custom, wantedCustom),
  };
  const misses: string[] = [];
  const note = (field: string, got: unknown, wanted: unknown) =>
    misses.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(wanted)}`);
  if (tallies.name.correct < Math.max(tallies.name.found, tallies.name.expected)) note('name', context.name, expected.name);
  if (tallies.company.correct < Math.max(tallies.company.found, tallies.company.expected))
    note('company', context.company, expected.company);
  if (tallies.status.correct < Math.max(tallies.status.found, tallies.status.expected)) note('status', context.status, expected.status);
  for (const key of ['phones', 'email', 'custom fields'] as const) {
    const { correct, found, expected: wanted } = tallies[key];
    if (correct < Math.max(found, wanted))
      note(
        key,
        key === 'phones' ? phones : key === 'email' ? context.emails : custom,
        key === 'phones' ? expected.phones : key === 'email' ? expected.emails : wantedCustom,
      );
  }
  return { tallies, misses };
}

export const addTally = (a: Tally, b: Tally): Tally => ({
  correct: a.correct + b.correct,
  found: a.found + b.found,
  expected: a.expected + b.expected,
});
/** Precision: of the values the reader showed, the share that were right (1 when it showed nothing). */
export const precision = (tally: Tally) => (tally.found === 0 ? 1 : tally.correct / tally.found);
/** Recall: of the values on the page, the share the reader found (1 when there were none). */
export const recall = (tally: Tally) => (tally.expected === 0 ? 1 : tally.correct / tally.expected);
