import * as z from 'zod/mini';

export const SCRIPT_FORMAT = 'callside.script';
export const SCRIPT_FORMAT_VERSION = 1;

const idSchema = z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[\w-]+$/));
const textSchema = (max: number) => z.string().check(z.maxLength(max));

/** A customer response the rep clicks; it moves the script to another node. */
export const scriptBranchSchema = z.object({
  id: idSchema,
  label: textSchema(200),
  next: idSchema,
});
export type ScriptBranch = z.infer<typeof scriptBranchSchema>;

/** What the rep says at one point of the call; a node without branches ends the call path. */
export const scriptNodeSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  title: textSchema(200),
  /** Lines with {{variable}} placeholders, filled from the page and the profile. */
  lines: z.array(textSchema(2000)).check(z.maxLength(50)),
  branches: z._default(z.array(scriptBranchSchema).check(z.maxLength(20)), []),
});
export type ScriptNode = z.infer<typeof scriptNodeSchema>;

export const stageKindSchema = z.enum(['opening', 'discovery', 'pitch', 'objections', 'close', 'followUp', 'custom']);
export type StageKind = z.infer<typeof stageKindSchema>;

export const scriptStageSchema = z.object({
  id: idSchema,
  kind: stageKindSchema,
  title: textSchema(120),
});
export type ScriptStage = z.infer<typeof scriptStageSchema>;

export const checklistItemSchema = z.object({
  id: idSchema,
  label: textSchema(200),
  /** A connected call cannot be saved while a required item is unticked. */
  required: z._default(z.boolean(), false),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/**
 * A custom variable, e.g. the plate number. Its value comes from a field the
 * rep mapped with the picker (by key), or from a field on the page whose label
 * is one of `labels`.
 */
export const scriptVariableSchema = z.object({
  key: idSchema,
  label: textSchema(120),
  labels: z._default(z.array(textSchema(120)).check(z.maxLength(20)), []),
});
export type ScriptVariable = z.infer<typeof scriptVariableSchema>;

export const scriptDocumentSchema = z
  .object({
    format: z.literal(SCRIPT_FORMAT),
    version: z.literal(SCRIPT_FORMAT_VERSION),
    name: textSchema(200).check(z.minLength(1)),
    industry: z.string(),
    locale: z.string(),
    startNodeId: idSchema,
    stages: z.array(scriptStageSchema).check(z.minLength(1), z.maxLength(30)),
    nodes: z.array(scriptNodeSchema).check(z.minLength(1), z.maxLength(300)),
    checklist: z._default(z.array(checklistItemSchema).check(z.maxLength(30)), []),
    variables: z._default(z.array(scriptVariableSchema).check(z.maxLength(50)), []),
  })
  .check(
    z.refine((doc) => doc.nodes.some((node) => node.id === doc.startNodeId), { message: 'startNodeId must name a node' }),
    z.refine((doc) => new Set(doc.nodes.map((node) => node.id)).size === doc.nodes.length, { message: 'node ids must be unique' }),
    z.refine((doc) => doc.nodes.every((node) => doc.stages.some((stage) => stage.id === node.stageId)), {
      message: 'every node must belong to a stage',
    }),
    z.refine((doc) => doc.nodes.every((node) => node.branches.every((branch) => doc.nodes.some((target) => target.id === branch.next))), {
      message: 'every branch must lead to an existing node',
    }),
  );
export type ScriptDocument = z.infer<typeof scriptDocumentSchema>;

export function findNode(script: ScriptDocument, nodeId: string | undefined): ScriptNode | undefined {
  return nodeId === undefined ? undefined : script.nodes.find((node) => node.id === nodeId);
}

/** First node of a stage, in document order: where "jump to stage" lands. */
export function firstNodeOfStage(script: ScriptDocument, stageId: string): ScriptNode | undefined {
  return script.nodes.find((node) => node.stageId === stageId);
}

/** Labels of required checklist items not in `done`: what blocks saving a connected call. */
export function pendingRequiredLabels(script: ScriptDocument, done: readonly string[]): string[] {
  return script.checklist.filter((item) => item.required && !done.includes(item.id)).map((item) => item.label);
}
