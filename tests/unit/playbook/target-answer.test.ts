// Targets as a conversation: the rep accepts a proposed target or answers
// with their own number and its reverse plan; the answer is written with the
// targets, travels in the next summary, and the lead sees proposed vs agreed.
import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../lib/calendar/periods';
import type { CallsideDatabase } from '../../../lib/db/database';
import { acceptPlaybook } from '../../../lib/playbook/accept-playbook';
import { loadLeadHistory } from '../../../lib/playbook/build-playbook';
import { proposedTargetsFor } from '../../../lib/playbook/playbook-diff';
import type { Playbook } from '../../../lib/playbook/playbook-schema';
import { targetAgreementRows } from '../../../lib/playbook/target-agreement';
import { buildTargetAnswers, loadPlanBasis, type PlanBasis, planForTarget, type TargetChoice } from '../../../lib/playbook/target-answer';
import { defaultRates } from '../../../lib/targets/reverse-plan';
import { buildSummary } from '../../../lib/team/build-summary';
import { mergeSummary } from '../../../lib/team/merge';
import { loadTargetAnswers } from '../../../lib/team/summary-target-answers';
import { exportDecemberPack } from '../../helpers/lead-pack';
import { onboardedRepDatabase } from '../../helpers/rep-database';
import { makeSummary } from '../team/summary-fixtures';

const now = new Date(2026, 11, 1, 18, 0).getTime();
const rates = defaultRates('home-renovation');
const basis: PlanBasis = { rates, insurance: false, workingDays: { '2026-12': 22 } };

const seeded = () => onboardedRepDatabase({ repId: 'rep-1', repName: 'Ana' }, now);

async function leadPack(db: CallsideDatabase): Promise<Playbook> {
  const { pack } = await exportDecemberPack(db, { repId: 'rep-1', repName: 'Ana' }, now);
  return pack;
}

describe('the reverse plan behind a number', () => {
  it('deals go back through lib/targets: revenue, quotes, connects, dials, and dials per working day', () => {
    // Stated defaults: 50,000 a deal, success 20%, quote 30%, connect 40%, 1.5 dials per customer.
    expect(planForTarget('deals', 32, rates, 22, false)).toEqual({
      workingDays: 22,
      revenue: 1_600_000,
      deals: 32,
      quotes: 160,
      connects: 534,
      dials: 2003,
      dialsPerDay: 92,
    });
  });

  it('a target lower in the funnel starts where it is', () => {
    expect(planForTarget('quotes', 30, rates, 20, false)).toEqual({
      workingDays: 20,
      quotes: 30,
      connects: 100,
      dials: 375,
      dialsPerDay: 19,
    });
    expect(planForTarget('dials', 2000, rates, 0, false)).toEqual({ workingDays: 0, dials: 2000, dialsPerDay: 2000 });
  });
});

describe('answering a playbook’s targets', () => {
  const proposed = [
    { period: 'month' as const, periodKey: '2026-12', kpi: 'deals' as const, floor: 40 },
    { period: 'month' as const, periodKey: '2026-12', kpi: 'dials' as const, floor: 2000 },
  ];

  it('records the accepted ones as proposed and the own ones with their reverse plan; unanswered ones are left out', () => {
    const choices = new Map<string, TargetChoice>([['2026-12|deals', { answer: 'own', own: '32' }]]);
    const answered = buildTargetAnswers(proposed, choices, basis, 1.2, 4, now);
    expect(answered.ok && answered.value).toEqual({
      playbookVersion: 4,
      answeredAt: now,
      targets: [
        {
          period: 'month',
          periodKey: '2026-12',
          kpi: 'deals',
          proposed: 40,
          answer: 'own',
          agreed: 32,
          reversePlan: planForTarget('deals', 32, rates, 22, false),
        },
      ],
    });
    choices.set('2026-12|dials', { answer: 'accepted' });
    const both = buildTargetAnswers(proposed, choices, basis, 1.2, 4, now);
    expect(both.ok && both.value?.targets[1]).toEqual({
      period: 'month',
      periodKey: '2026-12',
      kpi: 'dials',
      proposed: 2000,
      answer: 'accepted',
      agreed: 2000,
    });
    expect(buildTargetAnswers(proposed, new Map(), basis, 1.2, 4, now)).toEqual({ ok: true, value: null });
  });

  it('an own number that is missing, not a number or not whole is refused, naming the target', () => {
    const refused = (own: string) => buildTargetAnswers(proposed, new Map([['2026-12|deals', { answer: 'own', own }]]), basis, 1.2, 4, now);
    expect(refused('').problem).toMatchObject({ code: 'no-number', target: { kpi: 'deals' } });
    expect(refused('thirty').problem).toMatchObject({ code: 'no-number' });
    expect(refused('32.5').problem).toMatchObject({ code: 'whole-number', target: { periodKey: '2026-12' } });
    expect(refused('-3').problem).toMatchObject({ code: 'bad-floor' });
  });

  it('applying the answer sets the agreed targets, stores the answer and the next summary carries it', async () => {
    const db = await seeded();
    const pack = await leadPack(db);
    const targets = proposedTargetsFor(pack, 'rep-1');
    const planBasis = await loadPlanBasis(targets, '2026-12-01', 'home-renovation', db);
    // December 2026 from the 1st: 23 weekdays (the test calendar has no holidays).
    expect(planBasis.workingDays['2026-12']).toBe(23);
    const choices = new Map<string, TargetChoice>([
      ['2026-12|deals', { answer: 'own', own: '32' }],
      ['2026-12|dials', { answer: 'accepted' }],
    ]);
    const answered = buildTargetAnswers(targets, choices, planBasis, pack.targets.stretchFactor, pack.playbookVersion, now);
    if (!answered.ok) throw new Error('refused');
    await acceptPlaybook(
      { pack, areas: new Set(['targets']), repId: 'rep-1', browserLanguage: 'en', now, targetAnswers: answered.value },
      db,
    );
    const rows = (await db.targets.toArray()).filter((row) => row.periodKey === '2026-12');
    expect(Object.fromEntries(rows.map((row) => [row.kpi, row.value]))).toEqual({ deals: 32, dials: 2000 });
    const history = await db.targetHistory.toArray();
    expect(history.map((change) => change.reason).sort()).toEqual(['playbook v1', 'playbook v1: own number (proposed 40)']);
    expect(await loadTargetAnswers(db)).toEqual(answered.value);

    const december = periodRange('2026-12');
    if (!december) throw new Error('no period');
    const { summary } = await buildSummary({ period: december, now, appVersion: '0.1.0' }, 'en', db);
    expect(summary.targetAnswers?.targets.map((target) => [target.kpi, target.answer, target.proposed, target.agreed])).toEqual([
      ['deals', 'own', 40, 32],
      ['dials', 'accepted', 2000, 2000],
    ]);
    expect(summary.targets.find((target) => target.kpi === 'deals')).toMatchObject({ floor: 32, stretch: 39 });

    // The lead: proposed beside agreed, the rep's reverse plan with the own number.
    const record = mergeSummary(undefined, summary).record;
    const lead = targetAgreementRows([record], new Map([[record.repId, [summary]]]), december, (await loadLeadHistory(db)).targets);
    expect(lead.map(({ kpi, proposed, answer, agreed, version }) => ({ kpi, proposed, answer, agreed, version }))).toEqual([
      { kpi: 'deals', proposed: 40, answer: 'own', agreed: 32, version: 1 },
      { kpi: 'dials', proposed: 2000, answer: 'accepted', agreed: 2000, version: 1 },
    ]);
    expect(lead[0]?.reversePlan).toMatchObject({ deals: 32, workingDays: 23 });
  });

  it('accepting the targets area whole records every proposed target as accepted', async () => {
    const db = await seeded();
    const pack = await leadPack(db);
    await acceptPlaybook({ pack, areas: new Set(['targets']), repId: 'rep-1', browserLanguage: 'en', now }, db);
    expect((await loadTargetAnswers(db))?.targets.map((target) => [target.kpi, target.answer, target.agreed])).toEqual([
      ['deals', 'accepted', 40],
      ['dials', 'accepted', 2000],
    ]);
  });
});

describe('the lead’s view of proposed and agreed', () => {
  it('a rep who has not answered shows the lead’s last proposal as unanswered; other periods are left out', async () => {
    const summary = await makeSummary({ repId: 'ben', name: 'Ben', first: '2026-12-01', last: '2026-12-31', key: '2026-12' });
    const record = mergeSummary(undefined, summary).record;
    const proposal = {
      stretchFactor: 1.2,
      default: [
        { period: 'month' as const, periodKey: '2026-12', kpi: 'deals' as const, floor: 20 },
        { period: 'month' as const, periodKey: '2027-01', kpi: 'deals' as const, floor: 25 },
      ],
      perRep: [],
    };
    const december = { first: '2026-12-01', last: '2026-12-31' };
    expect(targetAgreementRows([record], new Map([['ben', [summary]]]), december, proposal)).toEqual([
      {
        repId: 'ben',
        name: 'Ben',
        periodKey: '2026-12',
        kpi: 'deals',
        proposed: 20,
        answer: 'none',
        agreed: undefined,
        version: undefined,
        reversePlan: undefined,
      },
    ]);
    expect(targetAgreementRows([record], new Map([['ben', [summary]]]), december, undefined)).toEqual([]);
  });
});
