import type { ScriptDocument } from './script-model';

/**
 * Every path from the start node to a node without branches, for checking
 * that a script ends wherever the customer takes it. Returns `cycle` when a
 * path comes back to a node it already visited.
 */
export function enumerateScriptPaths(script: ScriptDocument, limit = 10_000): { paths: string[][]; cycle?: string[] } {
  const byId = new Map(script.nodes.map((node) => [node.id, node]));
  const paths: string[][] = [];
  let cycle: string[] | undefined;
  const walk = (path: string[]) => {
    if (cycle || paths.length >= limit) return;
    const node = byId.get(path[path.length - 1] ?? '');
    if (!node) return;
    if (node.branches.length === 0) {
      paths.push(path);
      return;
    }
    for (const branch of node.branches) {
      if (path.includes(branch.next)) {
        cycle = [...path, branch.next];
        return;
      }
      walk([...path, branch.next]);
    }
  };
  walk([script.startNodeId]);
  return { paths, cycle };
}

/** Node ids no path from the start reaches. */
export function unreachableNodes(script: ScriptDocument): string[] {
  const seen = new Set<string>([script.startNodeId]);
  const queue = [script.startNodeId];
  while (queue.length) {
    const nodeId = queue.shift();
    const node = script.nodes.find((candidate) => candidate.id === nodeId);
    for (const branch of node?.branches ?? []) {
      if (!seen.has(branch.next)) {
        seen.add(branch.next);
        queue.push(branch.next);
      }
    }
  }
  return script.nodes.filter((node) => !seen.has(node.id)).map((node) => node.id);
}
