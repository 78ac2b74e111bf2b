import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/harness';
import { record, round } from './bench-kit';

const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;

/** Every script the side panel's HTML loads before first paint (its static imports). */
function sidePanelInitialScripts(): string[] {
  const html = readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  const visit = (path: string) => {
    const file = join(EXTENSION_DIR, path.replace(/^\//, ''));
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: dynamic import() chunks load later, on demand.
    for (const match of code.matchAll(/(?:^|[;\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.js)["']/g)) {
      const target = match[1] ?? '';
      visit(target.startsWith('.') ? join(path, '..', target) : target);
    }
  };
  for (const script of scripts) visit(script);
  // First paint also waits for one language's strings (a dynamic chunk): count the larger one.
  const catalogues = readdirSync(join(EXTENSION_DIR, 'chunks')).filter((name) => /^(en|zh-CN)-(?!more-)[\w-]+\.js$/.test(name));
  const largest = catalogues.sort((a, b) => gzipKb(join(EXTENSION_DIR, 'chunks', b)) - gzipKb(join(EXTENSION_DIR, 'chunks', a)))[0];
  if (largest) visit(`/chunks/${largest}`);
  return [...seen];
}

describe('bundle sizes', () => {
  it('side panel initial JS', () => {
    const files = sidePanelInitialScripts();
    const total = files.reduce((sum, file) => sum + gzipKb(file), 0);
    record({
      what: 'side panel initial JS',
      value: round(total, 1),
      unit: 'KB gzip',
      budget: '<= 60 KB gzip',
      ok: total <= 60,
      note: `${files.length} files`,
    });
  });

  it('page reader on the CRM page', () => {
    const file = join(EXTENSION_DIR, 'content-scripts', 'crm.js');
    const size = gzipKb(file);
    record({ what: 'JS on the CRM page (page reader)', value: round(size, 1), unit: 'KB gzip', budget: '<= 10 KB gzip', ok: size <= 10 });
  });

  it('lists every chunk for reference', () => {
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks'));
    for (const chunk of chunks) console.log(`  chunk ${chunk}: ${round(gzipKb(join(EXTENSION_DIR, 'chunks', chunk)), 1)} KB gzip`);
  });
});
