// Strings for the page reader, field picker and pre-dial compliance guard.
// `zh` is typed against `en`, so a missing translation fails typecheck.
const en = {
  'guard.allowedAt': 'Allowed again at {time}.',
  'guard.rule.calling-window': 'Outside calling hours ({from}–{to}).',
  'guard.rule.lunch-break': 'Lunch break ({from}–{to}).',
  'guard.rule.daily-cap': 'This number was called {count} times today (limit {cap}).',
  'guard.rule.weekly-cap': 'This number was called {count} times this week (limit {cap}).',
  'guard.rule.min-interval': 'Last call to this number was {minutes} min ago (wait {required} min).',
  'guard.rule.burst': '{count} dials in the last {minutes} minutes: carriers flag bursts.',
  'guard.rule.dnc': 'This number is on the do-not-call list.',
} as const;

const zh: Record<keyof typeof en, string> = {
  'guard.allowedAt': '{time} 后可再拨打。',
  'guard.rule.calling-window': '不在允许的拨打时段（{from}–{to}）。',
  'guard.rule.lunch-break': '午休时间（{from}–{to}）。',
  'guard.rule.daily-cap': '今天已拨打此号码 {count} 次（上限 {cap} 次）。',
  'guard.rule.weekly-cap': '本周已拨打此号码 {count} 次（上限 {cap} 次）。',
  'guard.rule.min-interval': '距上次拨打此号码仅 {minutes} 分钟（需间隔 {required} 分钟）。',
  'guard.rule.burst': '最近 {minutes} 分钟已拨打 {count} 次：频繁外呼会被运营商标记。',
  'guard.rule.dnc': '此号码在免打扰名单中。',
};

export const pageReaderMessages = { en, 'zh-CN': zh };
