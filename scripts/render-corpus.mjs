// Renders the page-reader corpus: CRM record pages built with real UI kits
// (Ant Design, MUI and Element Plus components; Tailwind/shadcn, Lightning
// Design System and Bootstrap markup), saved as static HTML with the values a
// reader should find beside each page. Run: node scripts/render-corpus.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { renderToStaticMarkup } from 'react-dom/server';
import { antdPage, muiPage } from './corpus/antd-mui.mjs';
import { mountElementPlusRecord } from './corpus/element-plus.mjs';
import { bootstrapPage, sldsPage, tailwindPage } from './corpus/markup-kits.mjs';
import { expectedOf, records } from './corpus/records.mjs';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** Which kit draws which page, and how (variant), and what the tab title says. */
const PAGES = {
  'antd-contact': { render: (record) => renderToStaticMarkup(antdPage(record, 'tag')), title: (record) => record.app },
  'antd-zh': { render: (record) => renderToStaticMarkup(antdPage(record, 'select')), title: (record) => `客户详情 - ${record.app}` },
  'mui-lead': { render: (record) => renderToStaticMarkup(muiPage(record)), title: (record) => record.app },
  'mui-zh': { render: (record) => renderToStaticMarkup(muiPage(record)), title: (record) => `${record.name} | ${record.app}` },
  'tailwind-shadcn': { render: tailwindPage, title: (record) => `${record.name} · ${record.app}` },
  'tailwind-zh': { render: tailwindPage, title: (record) => record.app },
  'slds-contact': { render: (record) => sldsPage(record, 'h1'), title: (record) => `${record.name} | Contact | Salesforce` },
  'slds-lead': { render: (record) => sldsPage(record, 'role-heading'), title: () => 'Lightning Experience' },
  'bootstrap-contact': { render: bootstrapPage, title: (record) => `Contact - ${record.app}` },
  'bootstrap-zh': { render: bootstrapPage, title: (record) => record.app },
  'element-plus-zh': { browser: 'tag', title: (record) => record.app },
  'element-plus-en': { browser: 'select', title: (record) => `${record.name} - ${record.app}` },
};

const shell = (record, title, body) => `<!doctype html>
<html lang="${record.region === 'CN' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<!-- Rendered by scripts/render-corpus.mjs (${record.kit}); do not edit by hand. -->
</head><body>
${body}
</body></html>
`;

async function renderInBrowser(browser, record, variant) {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><head></head><body><div id="app"></div></body></html>');
    await page.addScriptTag({ path: require.resolve('vue/dist/vue.global.prod.js') });
    await page.addScriptTag({ path: join(dirname(require.resolve('element-plus/package.json')), 'dist/index.full.min.js') });
    await page.evaluate(`(${mountElementPlusRecord.toString()})(${JSON.stringify(record)}, ${JSON.stringify(variant)})`);
    await page.waitForFunction((name) => document.body.textContent.includes(name), record.name);
    // The app as rendered, without the kit's script tags and popper containers left empty.
    return await page.evaluate(() => {
      for (const script of document.querySelectorAll('script')) script.remove();
      return document.getElementById('app').outerHTML;
    });
  } finally {
    await page.close();
  }
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const index = [];
  for (const [name, page] of Object.entries(PAGES)) {
    const record = records[name];
    const body = page.browser ? await renderInBrowser(browser, record, page.browser) : page.render(record);
    writeFileSync(join(OUT, `${name}.html`), shell(record, page.title(record), body));
    writeFileSync(join(OUT, `${name}.expected.json`), `${JSON.stringify(expectedOf(record), null, 2)}\n`);
    index.push(name);
  }
  console.log(`corpus: ${index.length} pages in tests/fixtures/corpus (${index.join(', ')})`);
} finally {
  await browser.close();
}
