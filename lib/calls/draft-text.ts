// A kept draft as the lines a rep can read and copy when the database cannot
// be opened: no outcome list from the database, so the default outcomes name
// what they can and any other outcome shows by its id.
import type { Translate } from '../i18n';
import { formatDateTime } from '../ui/time-format';
import { DEFAULT_OUTCOMES } from './default-outcomes';
import type { CallDraft } from './draft';

export interface DraftLine {
  label: string;
  value: string;
}

/** The draft's filled-in fields, labelled, in the order the call form shows them. */
export function draftLines(draft: CallDraft, t: Translate, language: 'en' | 'zh-CN'): DraftLine[] {
  const outcome = DEFAULT_OUTCOMES.find((candidate) => candidate.id === draft.outcomeId);
  const lines: [string, string | undefined][] = [
    [t('call.customer'), draft.customerName],
    [t('call.phone'), draft.phoneE164 ?? draft.phoneRaw],
    [t('call.kept.started'), draft.startedAt === undefined ? undefined : formatDateTime(draft.startedAt, language)],
    [t('call.outcomes'), outcome ? outcome.label[language] : draft.outcomeId],
    [t('call.amount'), draft.amount === undefined ? undefined : String(draft.amount)],
    [t('call.followUp'), draft.followUpAt === undefined ? undefined : formatDateTime(draft.followUpAt, language)],
    [t('call.notes'), draft.notes.trim() === '' ? undefined : draft.notes],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1] !== '')
    .map(([label, value]) => ({ label, value }));
}

/** The same lines as plain text, one "Label: value" a line, for the clipboard. */
export const draftText = (lines: readonly DraftLine[]): string => lines.map(({ label, value }) => `${label}: ${value}`).join('\n');
