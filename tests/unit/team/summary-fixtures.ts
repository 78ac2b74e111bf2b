import { daysFrom } from '../../../lib/calendar/day-key';
import { hashOfDocument } from '../../../lib/team/content-hash';
import { totalsOfDays } from '../../../lib/team/summary-aggregate';
import { SUMMARY_FORMAT, SUMMARY_VERSION, type Summary, type SummaryDay, type UnsignedSummary } from '../../../lib/team/summary-schema';
import type { SummaryFile } from '../../../lib/team/team-import';

export function makeDay(day: string, dials: number, extra: Partial<SummaryDay> = {}): SummaryDay {
  const connects = Math.floor(dials / 2);
  const quotes = Math.floor(connects / 3);
  const deals = Math.floor(quotes / 2);
  return {
    day,
    dials,
    connects,
    effective: connects,
    quotes,
    deals,
    issued: 0,
    issuedPremium: 0,
    revenue: deals * 1234.5,
    talkSeconds: connects * 90,
    firstDial: dials > 0 ? '09:20' : null,
    ...extra,
  };
}

/** A valid, hashed summary of one rep; `dialsOf(day)` sets each day's dials (0 leaves the day out). */
export async function makeSummary({
  repId = 'rep-1',
  name = 'Ada',
  first = '2026-11-01',
  last = '2026-11-30',
  key = '2026-11',
  kind = 'month',
  exportedAt = Date.UTC(2026, 10, 30, 18),
  dialsOf = () => 100,
  edit,
}: {
  repId?: string;
  name?: string;
  first?: string;
  last?: string;
  key?: string;
  kind?: Summary['period']['kind'];
  exportedAt?: number;
  dialsOf?: (day: string) => number;
  edit?: (summary: UnsignedSummary) => void;
} = {}): Promise<Summary> {
  const days = daysFrom(first, last)
    .map((day) => makeDay(day, dialsOf(day)))
    .filter((day) => day.dials > 0);
  const totals = totalsOfDays(days);
  const unsigned: UnsignedSummary = {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    exportedAt,
    appVersion: '0.1.0',
    playbook: null,
    rep: { id: repId, name, team: 'East', startDate: '2026-06-01' },
    period: { kind, key, first, last },
    effectiveSeconds: 30,
    days,
    totals,
    customers: {
      dialed: Math.floor(totals.dials * 0.8),
      connected: Math.floor(totals.connects * 0.8),
      quoted: totals.quotes,
      signed: totals.deals,
      issued: 0,
    },
    targets: [{ period: 'month', periodKey: '2026-11', kpi: 'deals', floor: 40, stretch: 48, changes: 1 }],
    rebuttals: [
      {
        rebuttalId: 'price-1',
        objection: 'Your price is too high',
        text: 'Compare the cover, not just the price.',
        used: 3,
        quoted: 2,
        deals: 1,
      },
    ],
    overrides: [{ rule: 'perNumberDaily', count: 2 }],
  };
  edit?.(unsigned);
  return { ...unsigned, contentHash: await hashOfDocument(unsigned) };
}

/** A file as the import reads it. */
export function fileOf(name: string, text: string, size = new TextEncoder().encode(text).length): SummaryFile {
  return { name, size, text: async () => text };
}

export const summaryFile = (name: string, summary: Summary) => fileOf(name, JSON.stringify(summary));
