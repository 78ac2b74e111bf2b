import type { commonMoreEn } from '../en/common-more';

// Typed against the English keys: a missing translation fails typecheck.
export const commonMoreZh: Record<keyof typeof commonMoreEn, string> = {
  'theme.system': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'options.title': 'Callside 设置',
  'options.profile': '个人资料',
  'options.repName': '坐席姓名',
  'options.team': '团队',
  'options.language': '语言',
  'options.theme': '主题',
  'options.industry': '行业',
  'options.region': '默认电话地区',
  'options.effectiveSeconds': '有效通话时长（秒）',
  'options.effectiveSecondsInvalid': '请为“有效通话时长”填写 0 到 3600 之间的整数秒数。设置未保存。',
  'options.save': '保存设置',
  'options.saved': '设置已保存。',
  'options.invalid': '部分数值无效：{problem}',
  'options.storedInvalid': '已保存的设置无法读取，原数据未改动：{problem}',
  'dashboard.title': 'Callside 看板',
  'dashboard.nav': '看板分区',
  'dashboard.history': '我的历史',
  'dashboard.log': '通话记录',
  'dashboard.team': '团队视图',
  'dashboard.backup': '备份',
};
