import type { Translate } from '../../lib/i18n';
import type { ScriptDocument } from '../../lib/scripts/script-model';
import { isBuiltInVariable } from '../../lib/scripts/variables';

/** How a variable is named to the rep: built-ins in the UI language, custom ones by the script's label. */
export function variableLabel(key: string, script: Pick<ScriptDocument, 'variables'> | undefined, t: Translate): string {
  if (isBuiltInVariable(key)) return t(`variable.${key}`);
  return script?.variables.find((variable) => variable.key === key)?.label ?? key;
}
