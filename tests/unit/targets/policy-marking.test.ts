import { describe, expect, it } from 'vitest';
import { addCall } from '../../../lib/calls/call-log';
import { customerCountsFor, customerFunnel, markPolicy, policyStateOf, rebuildCustomerCounts } from '../../../lib/targets';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';

const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const DEAL = { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 } as const;

/** The month's stored counts, and what a recount from the log gives. */
async function storedAndRecounted(db: ReturnType<typeof freshDatabase>) {
  const stored = await customerCountsFor('2026-11', db);
  await rebuildCustomerCounts(db);
  return { stored, recounted: await customerCountsFor('2026-11', db) };
}

describe('marking a deal issued or declined (受理 → 承保)', () => {
  it('moves the month’s issued customers, deals and premium, and undo restores them', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ id: 'wang', startedAt: T0, flags: DEAL, amount: 4200, phoneE164: '+8613800000001' }), db);
    await addCall(makeCall({ id: 'li', startedAt: T0 + 60_000, flags: DEAL, amount: 3100.5, phoneE164: '+8613800000002' }), db);
    const before = await customerCountsFor('2026-11', db);
    expect(before).toMatchObject({ signed: 2, issued: 0, issuedDeals: 0, issuedPremium: 0, declinedDeals: 0 });

    await markPolicy('wang', 'issued', T0 + 3_600_000, db);
    await markPolicy('li', 'declined', T0 + 3_600_000, db);
    const marked = await customerCountsFor('2026-11', db);
    expect(marked).toMatchObject({ signed: 2, issued: 1, issuedDeals: 1, issuedPremium: 4200, declinedDeals: 1 });
    expect((await customerCountsFor('2026-W48', db)).issuedPremium).toBe(4200);
    expect((await customerCountsFor('2026-11-26', db)).issued).toBe(1);
    expect((await customerFunnel('2026-11', db)).customerRates.issueRate).toBe(0.5);
    expect((await db.calls.get('wang'))?.updatedAt).toBe(T0 + 3_600_000);

    await markPolicy('wang', 'awaiting', T0 + 7_200_000, db);
    await markPolicy('li', 'awaiting', T0 + 7_200_000, db);
    expect(policyStateOf((await db.calls.get('wang'))!)).toBe('awaiting');
    const { stored, recounted } = await storedAndRecounted(db);
    expect(stored).toEqual(before);
    expect(recounted).toEqual(stored);
  });

  it('a declined deal turned issued moves from one count to the other, in step with a recount', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ id: 'zhao', startedAt: T0, flags: DEAL, amount: 2800, phoneE164: '+8613800000003' }), db);
    await markPolicy('zhao', 'declined', T0, db);
    await markPolicy('zhao', 'issued', T0, db);
    const { stored, recounted } = await storedAndRecounted(db);
    expect(stored).toMatchObject({ issued: 1, issuedDeals: 1, issuedPremium: 2800, declinedDeals: 0 });
    expect(recounted).toEqual(stored);
  });

  it('leaves a call that is not a deal as it is', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ id: 'quote', startedAt: T0, amount: 0 }), db);
    const call = await markPolicy('quote', 'issued', T0, db);
    expect(call?.policy).toBeUndefined();
    expect(policyStateOf(call!)).toBeUndefined();
    expect((await customerCountsFor('2026-11', db)).issued).toBe(0);
  });
});
