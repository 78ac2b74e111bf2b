import type { FunnelFlags, OutcomeRecord } from '../db/records';

const flags = (dialed: 0 | 1, connected: 0 | 1, effective: 0 | 1, quoted: 0 | 1, deal: 0 | 1): FunnelFlags => ({
  dialed,
  connected,
  effective,
  quoted,
  deal,
});

/**
 * The default dispositions from DOMAIN.md. Every outcome is a dial; a quote or
 * a deal needs a real conversation, so those count as effective whatever the
 * call's length. Other connected calls become effective past the threshold.
 */
export const DEFAULT_OUTCOMES: readonly OutcomeRecord[] = [
  {
    id: 'no-answer',
    order: 1,
    label: { en: 'No answer', 'zh-CN': '未接通' },
    hotkey: '1',
    flags: flags(1, 0, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'busy',
    order: 2,
    label: { en: 'Busy', 'zh-CN': '占线' },
    hotkey: '2',
    flags: flags(1, 0, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'invalid-number',
    order: 3,
    label: { en: 'Invalid number', 'zh-CN': '空号错号' },
    hotkey: '3',
    flags: flags(1, 0, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'not-interested',
    order: 4,
    label: { en: 'Not interested', 'zh-CN': '接通-无意向' },
    hotkey: '4',
    flags: flags(1, 1, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'call-back',
    order: 5,
    label: { en: 'Call back', 'zh-CN': '接通-约回电' },
    hotkey: '5',
    flags: flags(1, 1, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'quoted',
    order: 6,
    label: { en: 'Quoted', 'zh-CN': '已报价' },
    hotkey: '6',
    flags: flags(1, 1, 1, 1, 0),
    needsAmount: 1,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'deal',
    order: 7,
    label: { en: 'Deal', 'zh-CN': '成交' },
    hotkey: '7',
    flags: flags(1, 1, 1, 1, 1),
    needsAmount: 1,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'do-not-call',
    order: 8,
    label: { en: 'Do not call', 'zh-CN': '拒绝再联系' },
    hotkey: '8',
    flags: flags(1, 1, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 1,
    archived: 0,
  },
];
