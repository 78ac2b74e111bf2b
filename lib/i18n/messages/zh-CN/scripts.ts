import type { scriptsEn } from '../en/scripts';

// Typed against the English keys: a missing translation fails typecheck.
export const scriptsZh: Record<keyof typeof scriptsEn, string> = {
  'command.scriptStage': '话术：跳到{stage}',
  'command.scriptRestart': '话术：重新开始',
  'command.scriptBack': '话术：返回上一步',
  'command.findRebuttal': '应对话术：{title}',
};
