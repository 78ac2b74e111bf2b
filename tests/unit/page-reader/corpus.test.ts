import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import {
  addTally,
  CORPUS_PAGES,
  corpusExpected,
  FIELDS,
  loadCorpusPage,
  precision,
  recall,
  type ScoredField,
  scorePage,
  type Tally,
} from './corpus-score';

/** Thresholds over the whole corpus. Name and phones are what a rep dials by: 95% precision, 90% recall. */
const FLOORS: Record<ScoredField, { precision: number; recall: number }> = {
  name: { precision: 0.95, recall: 0.9 },
  phones: { precision: 0.95, recall: 0.9 },
  email: { precision: 0.95, recall: 0.9 },
  company: { precision: 0.9, recall: 0.8 },
  status: { precision: 0.9, recall: 0.75 },
  'custom fields': { precision: 0.8, recall: 0.75 },
};

const percent = (value: number) => `${(value * 100).toFixed(0)}%`;
const empty = (): Tally => ({ correct: 0, found: 0, expected: 0 });

describe('page reader on the UI-kit corpus (zero set-up)', () => {
  const byKit = new Map<string, Record<ScoredField, Tally>>();
  const total = Object.fromEntries(FIELDS.map((field) => [field, empty()])) as Record<ScoredField, Tally>;
  const misses: string[] = [];
  for (const page of CORPUS_PAGES) {
    const expected = corpusExpected(page);
    const result = scorePage(readPage(loadCorpusPage(page)), expected);
    const kit = byKit.get(expected.kit) ?? (Object.fromEntries(FIELDS.map((field) => [field, empty()])) as Record<ScoredField, Tally>);
    for (const field of FIELDS) {
      kit[field] = addTally(kit[field], result.tallies[field]);
      total[field] = addTally(total[field], result.tallies[field]);
    }
    byKit.set(expected.kit, kit);
    misses.push(...result.misses.map((miss) => `${page} ${miss}`));
  }

  it('covers every kit the design names, with at least 12 pages', () => {
    expect(CORPUS_PAGES.length).toBeGreaterThanOrEqual(12);
    expect([...byKit.keys()].sort()).toEqual(['antd', 'bootstrap', 'element-plus', 'mui', 'slds', 'tailwind']);
  });

  it('prints precision and recall per field, per kit and over the corpus, and meets the floors', () => {
    const rows: Record<string, string>[] = [];
    for (const [kit, tallies] of [...byKit.entries(), ['corpus', total] as const]) {
      const row: Record<string, string> = { kit };
      for (const field of FIELDS) row[field] = `${percent(precision(tallies[field]))} / ${percent(recall(tallies[field]))}`;
      rows.push(row);
    }
    console.log('precision / recall per field');
    console.table(rows);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    for (const field of FIELDS) {
      expect(precision(total[field]), `${field} precision`).toBeGreaterThanOrEqual(FLOORS[field].precision);
      expect(recall(total[field]), `${field} recall`).toBeGreaterThanOrEqual(FLOORS[field].recall);
    }
  });
});
