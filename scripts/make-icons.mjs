// Renders public/icons/*.png from the SVG below with the machine's Chromium.
// Run by hand when the icon changes: node scripts/make-icons.mjs
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#2457d6"/>
  <rect x="78" y="20" width="30" height="88" rx="8" fill="#ffffff" opacity="0.28"/>
  <path d="M38 34c-4 0-8 4-8 8 0 30 26 56 56 56 4 0 8-4 8-8v-10c0-3-2-5-5-6l-12-3c-2-1-5 0-6 2l-4 5c-9-5-17-13-22-22l5-4c2-1 3-4 2-6l-3-12c-1-3-3-5-6-5z" fill="#ffffff"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icons/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
