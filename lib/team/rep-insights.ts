import type { CustomerCount } from '../db/records';
import type { Industry } from '../settings/settings';
import { compareLevers, type Funnel, funnelOf, LEVERS, type LeverName, median } from '../targets/levers';
import { defaultRates } from '../targets/reverse-plan';
import type { LeaderboardRow } from './leaderboard';

/** Funnel of a rep: by distinct customers when an export of exactly the period is in, else by calls. */
export function repFunnel(row: LeaderboardRow): { funnel: Funnel; basis: 'customers' | 'calls' } {
  const { totals, customers } = row;
  const counts: CustomerCount = customers
    ? {
        periodKey: '',
        dialed: customers.dialed,
        connected: customers.connected,
        quoted: customers.quoted,
        signed: customers.signed,
        issued: customers.issued,
        issuedDeals: totals.issued,
        issuedPremium: totals.issuedPremium,
        declinedDeals: 0,
      }
    : {
        periodKey: '',
        dialed: totals.dials,
        connected: totals.connects,
        quoted: totals.quotes,
        signed: totals.deals,
        issued: totals.issued,
        issuedDeals: totals.issued,
        issuedPremium: totals.issuedPremium,
        declinedDeals: 0,
      };
  const calls = { dials: totals.dials, connects: totals.connects, quotes: totals.quotes, deals: totals.deals, revenue: totals.revenue };
  return { funnel: funnelOf(counts, calls), basis: customers ? 'customers' : 'calls' };
}

/**
 * The weakest lever of one rep (lib/targets' compareLevers) against the team
 * median of each rate, over reps that pass the minimum dials; a team of fewer
 * than three such reps, or a solo rep, is compared with the stated default rates.
 */
export function repWeakestLever(
  row: LeaderboardRow,
  team: readonly LeaderboardRow[],
  minimumDials: number,
  industry: Industry,
  insurance: boolean,
) {
  const own = repFunnel(row);
  const peers = team.filter((peer) => peer.totals.dials >= minimumDials).map((peer) => repFunnel(peer).funnel);
  const defaults = defaultRates(industry);
  const reference = Object.fromEntries(
    LEVERS.map((lever) => [lever, peers.length >= 3 ? median(peers.map((peer) => peer.customerRates[lever])) : defaults[lever]]),
  ) as Record<LeverName, number | undefined>;
  const { levers, weakest } = compareLevers(own.funnel, reference, insurance);
  return {
    weakest: levers.find((entry) => entry.lever === weakest),
    against: peers.length >= 3 ? ('team' as const) : ('default' as const),
    basis: own.basis,
    funnel: own.funnel,
  };
}
