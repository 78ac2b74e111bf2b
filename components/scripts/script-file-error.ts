import type { Translate } from '../../lib/i18n';
import type { ScriptFileError } from '../../lib/scripts/script-repository';

/** A refused script file, worded in the UI language: what is wrong and what the file should be. */
export function describeScriptFileError(error: ScriptFileError | { code: 'storage'; detail: string }, t: Translate): string {
  switch (error.code) {
    case 'too-large':
      return t('scriptEditor.fileError.too-large');
    case 'not-json':
      return t('scriptEditor.fileError.not-json');
    case 'wrong-format':
      return t('scriptEditor.fileError.wrong-format');
    case 'unknown-version':
      return t('scriptEditor.fileError.unknown-version', { version: error.version });
    case 'invalid':
      return t('scriptEditor.fileError.invalid', { detail: error.detail });
    case 'storage':
      return error.detail;
  }
}
