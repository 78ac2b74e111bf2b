import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPTS } from '../../../lib/scripts/defaults/index';
import { scriptDocumentSchema } from '../../../lib/scripts/script-model';
import { enumerateScriptPaths, unreachableNodes } from '../../../lib/scripts/script-paths';
import { placeholdersIn } from '../../../lib/scripts/template';
import { isBuiltInVariable } from '../../../lib/scripts/variables';

const cases = Object.entries(DEFAULT_SCRIPTS).flatMap(([language, byIndustry]) =>
  Object.entries(byIndustry).map(([industry, input]) => ({ name: `${language} ${industry}`, input })),
);

describe.each(cases)('default script $name', ({ input }) => {
  const script = scriptDocumentSchema.parse(input);

  it('has the six default stages and a required checklist', () => {
    expect(script.stages.map((stage) => stage.kind)).toEqual(['opening', 'discovery', 'pitch', 'objections', 'close', 'followUp']);
    expect(script.checklist.filter((item) => item.required).length).toBeGreaterThanOrEqual(3);
  });

  it('reaches every node from the start', () => {
    expect(unreachableNodes(script)).toEqual([]);
  });

  it('ends on every branch path, without loops', () => {
    const { paths, cycle } = enumerateScriptPaths(script);
    expect(cycle).toBeUndefined();
    expect(paths.length).toBeGreaterThan(5);
    const visited = new Set(paths.flat());
    expect([...visited].sort()).toEqual(script.nodes.map((node) => node.id).sort());
    for (const path of paths) {
      expect(path[0]).toBe(script.startNodeId);
      const last = script.nodes.find((node) => node.id === path[path.length - 1]);
      expect(last?.branches).toEqual([]);
    }
    // Every branch is taken by at least one path.
    for (const node of script.nodes) {
      for (const branch of node.branches) {
        expect(paths.some((path) => path.some((id, index) => id === node.id && path[index + 1] === branch.next))).toBe(true);
      }
    }
  });

  it('uses only declared or built-in variables, and greets the customer by name', () => {
    const declared = new Set(script.variables.map((variable) => variable.key));
    for (const node of script.nodes) {
      for (const line of node.lines)
        for (const key of placeholdersIn(line)) expect(isBuiltInVariable(key) || declared.has(key), key).toBe(true);
    }
    const opening = script.nodes.find((node) => node.id === script.startNodeId);
    expect(opening?.lines[0]).toContain('{{customerName}}');
  });
});

describe('script schema', () => {
  it('rejects a branch to a missing node', () => {
    const input = structuredClone(DEFAULT_SCRIPTS.en['car-insurance']);
    input.nodes[0]!.branches![0]!.next = 'nowhere';
    expect(scriptDocumentSchema.safeParse(input).success).toBe(false);
  });

  it('finds a loop', () => {
    const script = scriptDocumentSchema.parse(DEFAULT_SCRIPTS.en['car-insurance']);
    const looped = {
      ...script,
      nodes: script.nodes.map((node) =>
        node.id === 'quote' ? { ...node, branches: [...node.branches, { id: 'x', label: 'again', next: 'opening' }] } : node,
      ),
    };
    expect(enumerateScriptPaths(looped).cycle).toBeDefined();
  });
});
