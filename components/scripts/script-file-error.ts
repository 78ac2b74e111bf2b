import { describeFileError, type FileError } from '../../lib/formats/file-errors';
import type { Translate } from '../../lib/i18n';

/** A refused script file, worded in the UI language: what is wrong and what the file should be. */
export function describeScriptFileError(error: FileError | { code: 'storage'; detail: string }, t: Translate): string {
  if (error.code === 'storage') return error.detail;
  return describeFileError(error, t, {
    'too-large': 'scriptEditor.fileError.too-large',
    'not-json': 'scriptEditor.fileError.not-json',
    'wrong-format': 'scriptEditor.fileError.wrong-format',
    'newer-version': 'scriptEditor.fileError.unknown-version',
    'unknown-version': 'scriptEditor.fileError.unknown-version',
    invalid: 'scriptEditor.fileError.invalid',
  });
}
