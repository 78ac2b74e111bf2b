// Components are display only (STYLE.md): data and callbacks come in through
// props and services. This scan keeps the rule from eroding: no component
// imports the database module except for types, reads a Dexie table through
// a `.db.` handle, or asks the wall clock for "now" (services.now() does).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const TABLES =
  'calls|rollups|scripts|scriptVersions|objections|outcomes|targets|calendar|dnc|siteMappings|drafts|settings|imports|customerPeriods|customerCounts|teamReps|playbooks|briefs|table|tables|transaction';
const RULES: { name: string; pattern: RegExp }[] = [
  // `import type { CallsideDatabase } from '.../lib/db/database'` is fine: a type is not a table.
  { name: 'imports lib/db (other than `import type`)', pattern: /^\s*import\s+(?!type\s)[^;]*?from\s+['"][./]*(?:lib\/)?db\/[^'"]+['"]/m },
  { name: 'calls Date.now()', pattern: /\bDate\.now\(/ },
  { name: 'calls new Date() for "now"', pattern: /\bnew Date\(\s*\)/ },
  { name: 'reads a Dexie table through .db.', pattern: new RegExp(`\\bdb\\.(?:${TABLES})\\b`) },
];

/** Every rule a file breaks, with the first offending line. */
function violations(path: string, text: string): string[] {
  // Comments may name the rules they follow.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return RULES.flatMap(({ name, pattern }) => {
    const match = code.match(pattern);
    return match ? [`${path}: ${name}: ${match[0].trim().slice(0, 80)}`] : [];
  });
}

describe('architecture: components are display only', () => {
  it('the scan catches each kind of breach (and lets the allowed forms through)', () => {
    expect(violations('a.tsx', "import { getDatabase } from '../../lib/db/database';")).toHaveLength(1);
    expect(violations('a.tsx', "import type { CallsideDatabase } from '../../lib/db/database';")).toEqual([]);
    expect(violations('a.tsx', 'const rows = services.db.outcomes.toArray();')).toHaveLength(1);
    expect(violations('a.tsx', 'const at = Date.now();')).toHaveLength(1);
    expect(violations('a.tsx', 'const at = new Date();')).toHaveLength(1);
    expect(violations('a.tsx', 'const shown = new Date(call.startedAt);')).toEqual([]);
    expect(violations('a.tsx', 'await listOutcomes(db); // not db.outcomes')).toEqual([]);
  });

  it('no component imports lib/db, reads a table or calls Date.now() / new Date()', () => {
    const found = sourceFiles('components').flatMap((path) => violations(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});
