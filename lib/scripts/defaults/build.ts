import type * as z from 'zod/mini';
import { SCRIPT_FORMAT, SCRIPT_FORMAT_VERSION, type StageKind, type scriptDocumentSchema } from '../script-model';

export type ScriptDocumentInput = z.input<typeof scriptDocumentSchema>;

/** [customer response, next node id] */
type BranchSpec = readonly [label: string, next: string];

/** Compact node notation for the default scripts; branch ids are derived. */
export function node(id: string, stageId: StageKind, title: string, lines: readonly string[], branches: readonly BranchSpec[] = []) {
  return {
    id,
    stageId,
    title,
    lines: [...lines],
    branches: branches.map(([label, next], index) => ({ id: `${id}-${index + 1}`, label, next })),
  };
}

export function scriptDocument(
  fields: Omit<ScriptDocumentInput, 'format' | 'version' | 'stages'> & { stages: Readonly<Partial<Record<StageKind, string>>> },
): ScriptDocumentInput {
  const { stages, ...rest } = fields;
  return {
    format: SCRIPT_FORMAT,
    version: SCRIPT_FORMAT_VERSION,
    ...rest,
    stages: (Object.entries(stages) as [StageKind, string][]).map(([kind, title]) => ({ id: kind, kind, title })),
  };
}
