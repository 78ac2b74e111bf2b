import { chromium } from 'playwright-core';
import { it } from 'vitest';
import { bundleForBrowser } from './bench-kit';
import { readFileSync } from 'node:fs';
function crmPage(targetElements: number): string {
  const record = `<main><h1>Jordan Avery <span class="badge">New lead</span></h1><dl>
    <dt>Name</dt><dd>Jordan Avery</dd><dt>Phone</dt><dd><a href="tel:+12524607929">(252) 460-7929</a></dd>
    <dt>Mobile</dt><dd>937.676.2183 x18521</dd><dt>Email</dt><dd><a href="mailto:jordan@example.com">jordan@example.com</a></dd>
    <dt>Company</dt><dd>Avery Family Trust</dd><dt>Status</dt><dd>New lead</dd><dt>Budget</dt><dd>$45,000</dd></dl></main>`;
  const rows: string[] = [];
  // Each row is 7 elements: tr + 5 td + 1 span.
  const rowCount = Math.floor((targetElements - 200) / 7);
  for (let index = 0; index < rowCount; index++) {
    rows.push(
      `<tr><td>2026-11-${String((index % 28) + 1).padStart(2, '0')}</td><td>Call</td><td><span class="icon-phone"></span>Left voicemail for contact ${index}</td><td>Agent ${index % 17}</td><td>${index % 3 === 0 ? `Callback 1-914-766-${String(1000 + (index % 9000)).padStart(4, '0')}` : 'No answer'}</td></tr>`,
    );
  }
  const nav = Array.from({ length: 40 }, (_, index) => `<li><a href="/contacts/${index}">Contact ${index}</a></li>`).join('');
  return `<!doctype html><html><head><title>Jordan Avery - Lead - Demo CRM</title></head><body><nav><ul>${nav}</ul></nav>${record}<table class="activity"><tbody>${rows.join('')}</tbody></table></body></html>`;
}


it('prof', async () => {
  const src = readFileSync('tests/bench/page-reader.bench.ts', 'utf8');
  const code = await bundleForBrowser('/tmp/pr/entry-prof.ts');
  const mod = await import('./page-reader.bench.ts?x' as string).catch(() => undefined);
  void mod; void src;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const rows: string[] = [];
  for (let index = 0; index < 1400; index++) rows.push(`<tr><td>2026-11-${String((index % 28) + 1).padStart(2, '0')}</td><td>Call</td><td><span class="icon-phone"></span>Left voicemail for contact ${index}</td><td>Agent ${index % 17}</td><td>${index % 3 === 0 ? `Callback 1-914-766-${String(1000 + (index % 9000)).padStart(4, '0')}` : 'No answer'}</td></tr>`);
  await page.setContent(crmPage(10000));
  await page.addScriptTag({ content: code });
  const out = await page.evaluate(() => {
    const p = (globalThis as any).prof;
    const time = (f: () => void) => { const t: number[] = []; for (let i = 0; i < 30; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[15]; };
    const all = () => { for (const e of document.querySelectorAll('*')) void e.tagName; };
    const attrs = () => { for (const e of document.querySelectorAll('*')) if (e.hasAttributes()) e.getAttribute('aria-label'); };
    const text = () => { for (const e of document.querySelectorAll('*')) if (e.childElementCount === 0) void e.textContent; };
    const walker = () => { const w = document.createTreeWalker(document, NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) void n.nodeValue; };
    const phones = () => { const w = document.createTreeWalker(document, NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) p.findPhonesInText(n.nodeValue); };
    const q = (sel: string) => () => { for (const e of document.querySelectorAll(sel)) void e; };
    const res: Record<string, number> = {};
    for (const sel of ['dt', 'tr', 'label', 'input, textarea, select', 'a[href^="tel:" i], a[href^="mailto:" i]', 'h1, h2, [role="heading"][aria-level="1"]', '[field-label], [data-label]', '[aria-label]:not(input):not(textarea):not(select)', 'i, svg, [icon-name], [data-icon], [class*="icon" i], [class*="fa-"]', '*']) res[sel] = time(q(sel));
    const leafWalk = () => { const w = document.createTreeWalker(document, NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) { const p = n.parentElement; if (p && p.childElementCount === 0) void p.textContent; } };
    res.leafWalk = time(leafWalk);
    res.read = time(() => p.readPage(document));
    console.log(JSON.stringify(res));
    return { res, n: document.getElementsByTagName('*').length, all: time(all), attrs: time(attrs), text: time(text), walker: time(walker), phones: time(phones), scan: time(() => p.scanPage(document)) };
  });
  console.log(out);
  await browser.close();
});
