// Strings for the scripts and objections domain. The zh-CN file is typed against these keys.
export const scriptsEn = {
  'command.scriptStage': 'Script: go to {stage}',
  'command.scriptRestart': 'Script: start over',
  'command.scriptBack': 'Script: back one step',
  'command.findRebuttal': 'Rebuttal: {title}',
  'command.scriptBranch': 'Script: customer says “{label}”',
  'command.scriptTick': 'Checklist: tick “{item}”',
  'command.scriptUntick': 'Checklist: untick “{item}”',
  'command.copyRebuttal': 'Rebuttal: copy the selected one',
  'command.copyMarkRebuttal': 'Rebuttal: copy the selected one and mark it used',
  'command.markRebuttalUsed': 'Rebuttal: mark the selected one used',
  'command.searchObjections': 'Objections: search',
  'palette.group.script': 'Script',
  'palette.group.objections': 'Objections',
  'script.branchShortcut': 'Shift+{key}',
  'script.branchKeysHint': 'Shift+number picks the response; number keys log the call outcome.',
} as const;
