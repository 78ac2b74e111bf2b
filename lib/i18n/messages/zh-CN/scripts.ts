import type { scriptsEn } from '../en/scripts';

// Typed against the English keys: a missing translation fails typecheck.
export const scriptsZh: Record<keyof typeof scriptsEn, string> = {
  'command.scriptStage': '话术：跳到{stage}',
  'command.scriptRestart': '话术：重新开始',
  'command.scriptBack': '话术：返回上一步',
  'command.findRebuttal': '应对话术：{title}',
  'command.scriptBranch': '话术：客户说「{label}」',
  'command.scriptTick': '检查项：勾选「{item}」',
  'command.scriptUntick': '检查项：取消勾选「{item}」',
  'command.copyRebuttal': '应对话术：复制选中的一条',
  'command.copyMarkRebuttal': '应对话术：复制选中的一条并标记已用',
  'command.markRebuttalUsed': '应对话术：将选中的一条标记为已用',
  'command.searchObjections': '异议：搜索',
  'palette.group.script': '话术',
  'palette.group.objections': '异议',
  'script.branchShortcut': 'Shift+{key}',
  'script.branchKeysHint': 'Shift+数字选择客户回应；数字键记录通话结果。',
};
