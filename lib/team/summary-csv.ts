import { toCsv } from './csv';
import { dayExportedAt } from './merge';
import { DAY_COUNT_FIELDS, type Summary } from './summary-schema';
import type { TeamRepRecord } from './team-records';

export const SUMMARY_CSV_HEADER = ['record', 'key', 'metric', 'value'] as const;

/**
 * The summary as a long table (record, key, metric, value): every number of
 * the JSON file, one per row, so Excel can pivot it and any warehouse can
 * load it without knowing the JSON shape.
 */
export function summaryCsvRows(summary: Summary): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ['file', summary.format, 'version', summary.version],
    ['file', '', 'exportedAt', new Date(summary.exportedAt).toISOString()],
    ['file', '', 'appVersion', summary.appVersion],
    ['file', '', 'playbookVersion', summary.playbook?.version ?? null],
    ['file', '', 'contentHash', summary.contentHash],
    ['rep', summary.rep.id, 'name', summary.rep.name],
    ['rep', summary.rep.id, 'team', summary.rep.team],
    ['rep', summary.rep.id, 'startDate', summary.rep.startDate],
    ['period', summary.period.key, 'first', summary.period.first],
    ['period', summary.period.key, 'last', summary.period.last],
    ['period', summary.period.key, 'effectiveSeconds', summary.effectiveSeconds],
  ];
  for (const day of summary.days) {
    for (const field of DAY_COUNT_FIELDS) rows.push(['day', day.day, field, day[field]]);
    rows.push(['day', day.day, 'firstDial', day.firstDial]);
    if (day.followUpsSet !== undefined) rows.push(['day', day.day, 'followUpsSet', day.followUpsSet]);
    if (day.followUpsDue !== undefined) rows.push(['day', day.day, 'followUpsDue', day.followUpsDue]);
    for (const use of day.rebuttals ?? []) {
      const key = `${day.day} ${use.rebuttalId}`;
      rows.push(
        ['day-rebuttal', key, 'used', use.used],
        ['day-rebuttal', key, 'quoted', use.quoted],
        ['day-rebuttal', key, 'deals', use.deals],
      );
    }
  }
  for (const field of DAY_COUNT_FIELDS) rows.push(['total', summary.period.key, field, summary.totals[field]]);
  for (const [field, value] of Object.entries(summary.customers)) rows.push(['customers', summary.period.key, field, value]);
  for (const target of summary.targets) {
    const key = `${target.periodKey} ${target.kpi}`;
    rows.push(
      ['target', key, 'floor', target.floor],
      ['target', key, 'stretch', target.stretch],
      ['target', key, 'changes', target.changes],
    );
  }
  for (const rebuttal of summary.rebuttals) {
    rows.push(
      ['rebuttal', rebuttal.rebuttalId, 'objection', rebuttal.objection],
      ['rebuttal', rebuttal.rebuttalId, 'text', rebuttal.text],
      ['rebuttal', rebuttal.rebuttalId, 'used', rebuttal.used],
      ['rebuttal', rebuttal.rebuttalId, 'quoted', rebuttal.quoted],
      ['rebuttal', rebuttal.rebuttalId, 'deals', rebuttal.deals],
    );
  }
  for (const override of summary.overrides) rows.push(['override', override.rule, 'count', override.count]);
  const answers = summary.targetAnswers;
  for (const target of answers?.targets ?? []) {
    const key = `v${answers?.playbookVersion} ${target.periodKey} ${target.kpi}`;
    rows.push(['target-answer', key, 'proposed', target.proposed], ['target-answer', key, 'answer', target.answer]);
    rows.push(['target-answer', key, 'agreed', target.agreed]);
    for (const [field, value] of Object.entries(target.reversePlan ?? {})) rows.push(['target-answer', key, `plan.${field}`, value]);
  }
  return rows;
}

export function summaryCsv(summary: Summary): string {
  return toCsv(SUMMARY_CSV_HEADER, summaryCsvRows(summary));
}

export const MERGED_CSV_HEADER = [
  'rep_id',
  'rep_name',
  'team',
  'day',
  'dials',
  'connects',
  'effective',
  'quotes',
  'deals',
  'issued',
  'issued_premium',
  'revenue',
  'talk_seconds',
  'first_dial',
  'exported_at',
  'follow_ups_set',
  'follow_ups_due',
] as const;

/** The lead's merged table, one row per rep and day with activity, ordered by rep then day. */
export function mergedCsv(reps: readonly TeamRepRecord[], first = '0000-01-01', last = '9999-12-31'): string {
  const rows: (string | number | null)[][] = [];
  const ordered = [...reps].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.repId < b.repId ? -1 : 1));
  for (const rep of ordered) {
    const days = Object.entries(rep.dayCounts)
      .filter(([day, counts]) => counts && day >= first && day <= last)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [day, counts] of days) {
      if (!counts) continue;
      rows.push([
        rep.repId,
        rep.name,
        rep.team,
        day,
        counts.dials,
        counts.connects,
        counts.effective,
        counts.quotes,
        counts.deals,
        counts.issued,
        counts.issuedPremium,
        counts.revenue,
        counts.talkSeconds,
        counts.firstDial,
        new Date(dayExportedAt(rep, day) ?? 0).toISOString(),
        // Empty for a day from a summary written before follow-ups were counted.
        counts.followUpsSet ?? null,
        counts.followUpsDue ?? null,
      ]);
    }
  }
  return toCsv(MERGED_CSV_HEADER, rows);
}
