import type { targetsEn } from '../en/targets';

// Typed against the English keys: a missing translation fails typecheck.
export const targetsZh: Record<keyof typeof targetsEn, string> = {
  'targets.region': '目标',
  'targets.bar.today': '今日',
  'targets.bar.month': '本月',
  'targets.bar.of': '{actual} / {target}',
  'targets.bar.stretch': '挑战 {stretch}',
  'targets.bar.none': '本月还没有目标。',
  'targets.bar.setUp': '设置目标',
  'targets.milestone': '本月目标已完成 {percent}%。',
  'targets.kpi.dials': '拨打量',
  'targets.kpi.connects': '接通数',
  'targets.kpi.effective': '有效通话',
  'targets.kpi.quotes': '报价数',
  'targets.kpi.deals': '成交数',
  'targets.kpi.revenue': '保费/业绩',
  'targets.kpi.issued': '承保保费',
};
