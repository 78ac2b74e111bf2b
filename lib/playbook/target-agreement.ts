// Lead side of the target conversation: per rep, what the lead's playbook
// proposed beside what the rep agreed to (their answer, carried by their
// newest summary), for the team view. Pure.
import { periodRange } from '../calendar/periods';
import type { Summary, SummaryKpi, SummaryReversePlan } from '../team/summary-schema';
import type { TeamRepRecord } from '../team/team-records';
import type { PlaybookTargets } from './playbook-schema';

export interface TargetAgreementRow {
  repId: string;
  name: string;
  periodKey: string;
  kpi: SummaryKpi;
  proposed: number;
  /** 'none': the rep has not answered (yet) in any summary the lead imported. */
  answer: 'accepted' | 'own' | 'none';
  agreed: number | undefined;
  /** The playbook version the rep answered. */
  version: number | undefined;
  reversePlan: SummaryReversePlan | undefined;
}

const overlaps = (periodKey: string, first: string, last: string) => {
  const range = periodRange(periodKey);
  return !!range && range.first <= last && first <= range.last;
};

/**
 * One row per rep and proposed target overlapping the period: the rep's
 * answer from their newest summary that carries one; for a rep without an
 * answer, what the lead's last pack proposed to them, marked unanswered.
 */
export function targetAgreementRows(
  reps: readonly TeamRepRecord[],
  summariesByRep: ReadonlyMap<string, readonly Summary[]>,
  period: { first: string; last: string },
  lastProposal: PlaybookTargets | undefined,
): TargetAgreementRow[] {
  const rows: TargetAgreementRow[] = [];
  for (const rep of reps) {
    const newest = [...(summariesByRep.get(rep.repId) ?? [])]
      .filter((summary) => summary.targetAnswers)
      .sort((a, b) => b.exportedAt - a.exportedAt || (a.contentHash < b.contentHash ? 1 : -1))[0]?.targetAnswers;
    const base = { repId: rep.repId, name: rep.name || rep.repId };
    if (newest) {
      for (const target of newest.targets) {
        if (!overlaps(target.periodKey, period.first, period.last)) continue;
        rows.push({
          ...base,
          periodKey: target.periodKey,
          kpi: target.kpi,
          proposed: target.proposed,
          answer: target.answer,
          agreed: target.agreed,
          version: newest.playbookVersion,
          reversePlan: target.reversePlan,
        });
      }
      continue;
    }
    if (!lastProposal) continue;
    const proposed = lastProposal.perRep.find((line) => line.repId === rep.repId)?.targets ?? lastProposal.default;
    for (const target of proposed) {
      if (!overlaps(target.periodKey, period.first, period.last)) continue;
      rows.push({
        ...base,
        periodKey: target.periodKey,
        kpi: target.kpi,
        proposed: target.floor,
        answer: 'none',
        agreed: undefined,
        version: undefined,
        reversePlan: undefined,
      });
    }
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name) || (a.periodKey < b.periodKey ? -1 : a.periodKey > b.periodKey ? 1 : 0));
}
