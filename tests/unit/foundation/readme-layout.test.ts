// The README's layout section lists the folders as they are, and its links point
// at files in the repository (docs/ notes), never at anything outside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const layoutBlock = readme.slice(readme.indexOf('## Layout')).split('```')[1] ?? '';

/** Each top-level folder's text in the layout block: its line and the indented lines under it. */
function layoutEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  let current = '';
  for (const line of layoutBlock.split('\n')) {
    const folder = line.match(/^([\w-]+)\/\s+(.*)$/);
    if (folder) {
      current = folder[1] ?? '';
      entries.set(current, folder[2] ?? '');
    } else if (current && line.trim()) entries.set(current, `${entries.get(current)} ${line.trim()}`);
  }
  return entries;
}

/** "a, b (note, more), c" → ["a", "b", "c"]: names with their notes in brackets dropped. */
const names = (list: string) =>
  list
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .sort();

const folders = (path: string) =>
  readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
const files = (path: string) =>
  readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();

describe('README layout', () => {
  const entries = layoutEntries();
  const listAfter = (folder: string, marker: string) => (entries.get(folder) ?? '').split(marker)[1] ?? '';

  it('lists every top-level source folder, and only those', () => {
    const tracked = folders('.').filter((name) => !name.startsWith('.') && name !== 'node_modules');
    expect([...entries.keys()].sort()).toEqual(tracked);
  });

  it('lists lib/ domains and root files as they exist', () => {
    const [domains = '', root = ''] = listAfter('lib', 'by domain:').split('; at its root:');
    expect(names(domains)).toEqual(folders('lib'));
    expect(names(root)).toEqual(files('lib'));
  });

  it('lists components/, entrypoints/ and tests/ folders as they exist', () => {
    expect(names(listAfter('components', 'as props):'))).toEqual(folders('components'));
    const entryNames = [...folders('entrypoints'), ...files('entrypoints').map((name) => name.replace(/\.ts$/, ''))].sort();
    expect(names(listAfter('entrypoints', 'thin entry files:'))).toEqual(entryNames);
    const testFolders = (entries.get('tests') ?? '')
      .replace(/\([^)]*\)/g, '')
      .split(/\s+/)
      .filter((word) => word.endsWith('/'))
      .map((word) => word.slice(0, -1))
      .sort();
    expect(testFolders).toEqual(folders('tests'));
  });

  it('links files inside the repository, the architecture notes among them', () => {
    const links = [...readme.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((match) => match[1] ?? '');
    expect(links).toContain('docs/architecture.md');
    const outside = links.filter((link) => /^(?:\/|\.\.|[a-z]+:)/i.test(link) || !existsSync(link));
    expect(outside).toEqual([]);
  });
});
