// Strings for the targets domain the side panel's first paint needs (the Call section's bars).
// The rest (Targets section, options, dashboard history) are in targetsPlan.ts, loaded with the lazy sections.
export const targetsEn = {
  'targets.region': 'Targets',
  'targets.bar.today': 'Today',
  'targets.bar.month': 'This month',
  'targets.bar.of': '{actual} of {target}',
  'targets.bar.stretch': 'stretch {stretch}',
  'targets.bar.none': 'No target for this month yet.',
  'targets.bar.setUp': 'Set targets',
  'targets.milestone': '{percent}% of this month’s target reached.',
  'targets.kpi.dials': 'Dials',
  'targets.kpi.connects': 'Connects',
  'targets.kpi.effective': 'Effective conversations',
  'targets.kpi.quotes': 'Quotes',
  'targets.kpi.deals': 'Deals',
  'targets.kpi.revenue': 'Revenue',
  'targets.kpi.issued': 'Issued premium (承保)',
} as const;
