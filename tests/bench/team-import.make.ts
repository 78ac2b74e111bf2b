// Makes rep-year summary files for the team-import benchmark: `count` reps,
// each with every working day of a year (Monday to Friday) carrying plausible
// counts, hashed exactly as the export hashes them. Runs in the page.
import { addDays, isoWeekday } from '../../lib/calendar/day-key';
import { hashOfDocument } from '../../lib/team/content-hash';
import { totalsOfDays } from '../../lib/team/summary-aggregate';
import { SUMMARY_FORMAT, SUMMARY_VERSION, type SummaryDay, type UnsignedSummary } from '../../lib/team/summary-schema';

/** A small deterministic generator, so every run imports the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** `monthTargets`: each rep also carries a deals floor for every month (as a rep who plans by month exports). */
export async function makeRepYearSummaries(count: number, year = 2026, { monthTargets = false } = {}): Promise<string[]> {
  const texts: string[] = [];
  for (let rep = 0; rep < count; rep++) {
    const next = random(rep + 1);
    const days: SummaryDay[] = [];
    for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
      if (isoWeekday(day) > 5) continue;
      const dials = 100 + Math.floor(next() * 200);
      const connects = Math.floor(dials * (0.25 + next() * 0.2));
      const quotes = Math.floor(connects * (0.2 + next() * 0.2));
      const deals = Math.floor(quotes * (0.2 + next() * 0.2));
      days.push({
        day,
        dials,
        connects,
        effective: Math.floor(connects * 0.8),
        quotes,
        deals,
        issued: Math.floor(deals * 0.9),
        issuedPremium: Math.floor(deals * 0.9) * 3500,
        revenue: deals * 3500,
        talkSeconds: connects * 95,
        firstDial: `09:${String(20 + Math.floor(next() * 30)).padStart(2, '0')}`,
      });
    }
    const totals = totalsOfDays(days);
    const unsigned: UnsignedSummary = {
      format: SUMMARY_FORMAT,
      version: SUMMARY_VERSION,
      exportedAt: Date.UTC(year, 11, 31, 10) + rep,
      appVersion: '0.1.0',
      playbook: null,
      rep: { id: `bench-rep-${rep}`, name: `Rep ${rep}`, team: `Team ${rep % 70}`, startDate: '2025-03-01' },
      period: { kind: 'year', key: String(year), first: `${year}-01-01`, last: `${year}-12-31` },
      effectiveSeconds: 30,
      days,
      totals,
      customers: {
        dialed: Math.floor(totals.dials * 0.6),
        connected: Math.floor(totals.connects * 0.7),
        quoted: Math.floor(totals.quotes * 0.9),
        signed: totals.deals,
        issued: totals.issued,
      },
      targets: [
        { period: 'year', periodKey: String(year), kpi: 'deals', floor: 2500, stretch: 3000, changes: 1 },
        ...(monthTargets
          ? Array.from({ length: 12 }, (_, month) => ({
              period: 'month' as const,
              periodKey: `${year}-${String(month + 1).padStart(2, '0')}`,
              kpi: 'deals' as const,
              floor: 210,
              stretch: 250,
              changes: 0,
            }))
          : []),
      ],
      rebuttals: [
        {
          rebuttalId: 'price-1',
          objection: 'Your price is too high',
          text: 'Compare the cover, not just the price.',
          used: 40,
          quoted: 20,
          deals: 8,
        },
      ],
      overrides: [{ rule: 'perNumberDaily', count: 3 }],
    };
    texts.push(JSON.stringify({ ...unsigned, contentHash: await hashOfDocument(unsigned) }));
  }
  return texts;
}
