import type { CallsideDatabase } from '../../lib/db/database';
import { exportPlaybook } from '../../lib/playbook/build-playbook';

/**
 * Lead Lee's December pack for team North: 20 deals a month for everyone, and
 * for `rep` 40 deals and 2,000 dials (the case a rep answers about).
 */
export function exportDecemberPack(lead: CallsideDatabase, rep: { repId: string; repName: string }, now: number) {
  return exportPlaybook(
    {
      locale: 'en',
      effectiveSeconds: 30,
      team: 'North',
      lead: 'Lee',
      changes: 'December targets',
      targets: {
        stretchFactor: 1.2,
        default: [{ period: 'month', periodKey: '2026-12', kpi: 'deals', floor: 20 }],
        perRep: [
          {
            ...rep,
            targets: [
              { period: 'month', periodKey: '2026-12', kpi: 'deals', floor: 40 },
              { period: 'month', periodKey: '2026-12', kpi: 'dials', floor: 2000 },
            ],
          },
        ],
      },
      now,
    },
    lead,
  );
}
