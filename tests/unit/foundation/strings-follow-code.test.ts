// Strings live in one catalogue per language per domain, and the side panel's
// strings load with its code: the first frame with the first-paint domains, the
// full panel and each lazily loaded section with the domains they declare in
// lib/i18n/panel-strings.ts. This reads each part's code (its imports,
// transitively) and checks that every key it asks for is in a domain loaded with
// it, so a missing string is a failed test here, not raw key text in the panel.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../lib/i18n/all-catalogs';
import { type Domain, FIRST_PAINT_DOMAINS } from '../../../lib/i18n/catalog';
import enFirstPaint from '../../../lib/i18n/locales/en';
import zhFirstPaint from '../../../lib/i18n/locales/zh-CN';
import { PANEL_DOMAINS, SECTION_DOMAINS } from '../../../lib/i18n/panel-strings';

const MESSAGES = 'lib/i18n/messages';
const domains = Object.keys(CATALOGUES.en) as Domain[];
const domainOfKey = new Map<string, Domain>(
  domains.flatMap((domain) => Object.keys(CATALOGUES.en[domain]).map((key) => [key, domain] as const)),
);

describe('catalogue layout', () => {
  it('has one file per domain in each language, and no other', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const files = readdirSync(join(MESSAGES, language)).sort();
      expect(files, language).toEqual(domains.map((domain) => `${domain}.ts`).sort());
      expect(Object.keys(CATALOGUES[language]).sort()).toEqual([...domains].sort());
    }
  });

  it('keeps each key in one domain only (a second copy would silently win when merged)', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const seen = new Map<string, Domain>();
      const twice: string[] = [];
      for (const domain of domains)
        for (const key of Object.keys(CATALOGUES[language][domain])) {
          const first = seen.get(key);
          if (first) twice.push(`${key}: ${first} and ${domain}`);
          seen.set(key, domain);
        }
      expect(twice, language).toEqual([]);
    }
  });

  it("gives every domain's zh-CN file exactly the English keys", () => {
    for (const domain of domains)
      expect(Object.keys(CATALOGUES['zh-CN'][domain]).sort(), domain).toEqual(Object.keys(CATALOGUES.en[domain]).sort());
  });

  it('ships the first-paint domains, and only them, in the first-paint chunk of each language', () => {
    const expected = FIRST_PAINT_DOMAINS.flatMap((domain) => Object.keys(CATALOGUES.en[domain])).sort();
    expect(Object.keys(enFirstPaint).sort()).toEqual(expected);
    expect(Object.keys(zhFirstPaint).sort()).toEqual(expected);
  });
});

// --- reading a part's code -------------------------------------------------

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((path) => existsSync(path) && /\.tsx?$/.test(path));
}

/** The files a part loads: static imports transitively, and dynamic ones too unless they start another part. */
function partFiles(roots: string[], otherParts: Set<string>): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string | undefined) => {
    if (!file || seen.has(file) || file.includes(`${MESSAGES}/`) || file.includes('lib/i18n/locales/')) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms))
      visit(resolveImport(file, specifier ?? ''));
    for (const [, specifier] of text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)) {
      const target = resolveImport(file, specifier ?? '');
      if (target && !otherParts.has(target)) visit(target);
    }
  };
  for (const root of roots) visit(resolve(root));
  return seen;
}

/** Keys a file asks for that are in none of the allowed domains, as "file: key (domain)". */
function keysOutside(files: Set<string>, allowed: readonly Domain[]): { outside: string[]; count: number } {
  const outside: string[] = [];
  let count = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const where = relative(process.cwd(), file);
    for (const [, key = ''] of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) {
      count += 1;
      const domain = domainOfKey.get(key);
      if (!domain || !allowed.includes(domain)) outside.push(`${where}: ${key} (${domain ?? 'no such key'})`);
    }
    for (const [, prefix = ''] of text.matchAll(/\bt\(\s*`([\w.-]+)\$\{/g)) {
      count += 1;
      const matching = [...domainOfKey].filter(([key]) => key.startsWith(prefix));
      for (const [key, domain] of matching) if (!allowed.includes(domain)) outside.push(`${where}: ${key} via ${prefix}… (${domain})`);
    }
  }
  return { outside, count };
}

const SECTION_FILES: Record<keyof typeof SECTION_DOMAINS, string> = {
  script: 'components/sidepanel/sections/ScriptSection.tsx',
  objections: 'components/sidepanel/sections/ObjectionsSection.tsx',
  targets: 'components/sidepanel/sections/TargetsSection.tsx',
  followUps: 'components/sidepanel/sections/FollowUpsSection.tsx',
};
const sectionRoots = new Set(Object.values(SECTION_FILES).map((path) => resolve(path)));
const PANEL_ROOTS = ['components/sidepanel/SidePanelApp.tsx', 'lib/ui/panel-services.ts'];
const panelAllowed: Domain[] = [...FIRST_PAINT_DOMAINS, ...PANEL_DOMAINS];

describe('side panel strings follow its code split', () => {
  it('the first frame uses first-paint keys only, through the translator typed to them', () => {
    // The full panel is a dynamic import of main.tsx: another part.
    const files = partFiles(['entrypoints/sidepanel/main.tsx'], new Set(PANEL_ROOTS.map((path) => resolve(path))));
    expect([...files].some((file) => file.endsWith('components/sidepanel/FirstPaint.tsx'))).toBe(true);
    const { outside, count } = keysOutside(files, FIRST_PAINT_DOMAINS);
    expect(count).toBeGreaterThan(5);
    expect(outside).toEqual([]);
    // lib/i18n and components/shared/i18n.tsx define the translators; every other first-frame file takes the typed one.
    const untyped = [...files].filter(
      (file) =>
        !/lib\/i18n\/|components\/shared\/i18n\.tsx$/.test(file) && /\buseI18n\(\)|\bcreateTranslator\(/.test(readFileSync(file, 'utf8')),
    );
    expect(untyped.map((file) => relative(process.cwd(), file))).toEqual([]);
  });

  it('the full panel (shell, Call section, first run, what they load on demand) uses first-paint and panel domains', () => {
    const { outside, count } = keysOutside(partFiles(PANEL_ROOTS, sectionRoots), panelAllowed);
    expect(count).toBeGreaterThan(50);
    expect(outside).toEqual([]);
  });

  for (const [section, path] of Object.entries(SECTION_FILES) as [keyof typeof SECTION_DOMAINS, string][])
    it(`the ${section} section brings its own domains (${SECTION_DOMAINS[section].join(', ')})`, () => {
      const others = new Set([...sectionRoots].filter((root) => root !== resolve(path)));
      const { outside, count } = keysOutside(partFiles([path], others), [...panelAllowed, ...SECTION_DOMAINS[section]]);
      expect(count).toBeGreaterThan(0);
      expect(outside).toEqual([]);
    });

  it('loads each part with the domains declared for it', () => {
    const shell = readFileSync('components/sidepanel/PanelShell.tsx', 'utf8');
    for (const [section, path] of Object.entries(SECTION_FILES)) {
      const module = path.split('/').pop()?.replace('.tsx', '');
      const declaration = new RegExp(
        `${section}: lazySection\\(\\s*\\(\\) => import\\('\\./sections/${module}'\\)[^;]*?SECTION_DOMAINS\\.${section},?\\s*\\)`,
      );
      expect(shell, section).toMatch(declaration);
    }
    expect(readFileSync('entrypoints/sidepanel/main.tsx', 'utf8')).toMatch(/loadStrings\(PANEL_DOMAINS\)/);
  });
});
