import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from '../harness';

// axe-core's browser build, evaluated in each page over the DevTools protocol (extension pages' CSP forbids inline scripts).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Pinned: a Tuesday mid-morning in Shanghai, so the panel shows its daytime state whatever the machine's clock says. */
const PINNED_TIME = new Date('2026-03-10T10:30:00+08:00');

interface Violation {
  page: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** Critical and serious axe violations on the page as it is now. */
async function seriousViolations(page: Page, name: string): Promise<Violation[]> {
  await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return (results.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => ({
      page: name,
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
}

/** The hash routes a page's navigation lists (dashboard views, options sections). */
async function routes(page: Page): Promise<string[]> {
  return page.locator('nav.page-nav a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/**
 * axe-core over every page in both languages and both colour schemes: each
 * side panel section (beside a demo record), every dashboard view and every
 * options section. Fails on any critical or serious violation.
 */
describe('accessibility (axe-core) of every page', () => {
  let harness: Harness;
  let crm: Page;
  const found: Record<string, number> = {};

  beforeAll(async () => {
    harness = await launchExtension();
    await harness.context.clock.setFixedTime(PINNED_TIME);
    crm = await harness.context.newPage();
    await crm.goto(`${harness.crmUrl}/demo-crm/renovation-lead.html`);
    const panel = await harness.openPanel({ name: 'Alex Chen', language: 'en', industry: 'home-renovation' });
    await panel.close();
  });
  afterAll(async () => {
    console.log(`axe: critical/serious violations found per run: ${JSON.stringify(found)}`);
    await harness?.close();
  });

  async function auditAll(language: 'en' | 'zh-CN', scheme: 'light' | 'dark'): Promise<Violation[]> {
    const violations: Violation[] = [];
    const label = `${language} ${scheme}`;

    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.setViewportSize({ width: 320, height: 800 });
    await crm.bringToFront();
    await panel.bringToFront();
    await panel
      .getByRole('region', { name: language === 'en' ? 'On screen' : '当前客户' })
      .getByRole('heading')
      .first()
      .waitFor();
    const sections = panel.locator('nav.activity-bar button');
    const count = await sections.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let index = 0; index < count; index++) {
      const button = sections.nth(index);
      const name = (await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? String(index);
      await button.click();
      violations.push(...(await seriousViolations(panel, `panel ${name} (${label})`)));
    }
    await panel.close();

    for (const file of ['dashboard.html', 'options.html']) {
      const page = await harness.openExtensionPage(file);
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('nav.page-nav').waitFor();
      for (const route of await routes(page)) {
        await page.goto(`chrome-extension://${harness.extensionId}/${file}${route}`);
        await page.locator(`nav.page-nav a[href="${route}"][aria-current="page"]`).waitFor();
        violations.push(...(await seriousViolations(page, `${file}${route} (${label})`)));
      }
      await page.close();
    }
    found[label] = violations.length;
    return violations;
  }

  async function setLanguage(language: 'en' | 'zh-CN'): Promise<void> {
    const options = await harness.openExtensionPage('options.html#profile');
    await options.getByLabel(/^(Language|语言)$/).selectOption(language);
    await options.getByRole('button', { name: /^(Save settings|保存设置)$/ }).click();
    await options.getByRole('status').waitFor();
    await options.close();
  }

  for (const language of ['en', 'zh-CN'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no critical or serious violations in ${language}, ${scheme}`, { timeout: 180_000 }, async () => {
        await setLanguage(language);
        const violations = await auditAll(language, scheme);
        expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      });
    }
  }
});
