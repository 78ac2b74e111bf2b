// Strings for the scripts and objections domain. The zh-CN file is typed against these keys.
export const scriptsEn = {
  'command.scriptStage': 'Script: go to {stage}',
  'command.scriptRestart': 'Script: start over',
  'command.scriptBack': 'Script: back one step',
  'command.findRebuttal': 'Rebuttal: {title}',
} as const;
