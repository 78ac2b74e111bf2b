// The rep's path through a call on a demo CRM record: the script greets the
// customer read from the page, a branch moves on, an objection search copies a
// rebuttal, and the path and the used rebuttal end up on the saved call.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from '../harness';

/** Opens a CRM record, then the panel beside it (the panel reads the most recently used other tab). */
async function panelBeside(
  harness: Harness,
  record: string,
  options: Parameters<Harness['openPanel']>[0],
): Promise<{ crm: Page; panel: Page }> {
  const crm = await harness.context.newPage();
  await crm.goto(`${harness.crmUrl}/demo-crm/${record}`);
  const panel = await harness.openPanel(options);
  await crm.bringToFront();
  await panel.bringToFront();
  // Extension origins cannot be granted clipboard-read, so the CRM page reads the (shared) clipboard.
  await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.crmUrl });
  return { crm, panel };
}

async function readClipboard(crm: Page, panel: Page): Promise<string> {
  await crm.bringToFront();
  const text = await crm.evaluate(() => navigator.clipboard.readText());
  await panel.bringToFront();
  return text;
}

async function openSection(panel: Page, name: string): Promise<void> {
  await panel.locator('nav.activity-bar').getByRole('button', { name, exact: true }).click();
}

interface StoredCall {
  scriptId?: string;
  scriptPath: string[];
  rebuttalsUsed: string[];
  checklistDone: string[];
  outcomeId: string;
}

/** Reads the saved calls straight from the extension's IndexedDB. */
function savedCalls(panel: Page): Promise<StoredCall[]> {
  return panel.evaluate(
    () =>
      new Promise<StoredCall[]>((resolve, reject) => {
        const open = indexedDB.open('callside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('calls').objectStore('calls').getAll();
          request.onsuccess = () => resolve(request.result as StoredCall[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('script and objections on a demo CRM record (English)', () => {
  let harness: Harness;
  let panel: Page;
  let crm: Page;
  beforeAll(async () => {
    harness = await launchExtension();
    ({ crm, panel } = await panelBeside(harness, 'renovation-lead.html', {
      name: 'Alex Chen',
      language: 'en',
      industry: 'home-renovation',
    }));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('opens the script with the customer name read from the page', async () => {
    await panel.getByRole('region', { name: 'On screen' }).getByRole('heading', { name: 'Jordan Avery' }).waitFor({ timeout: 10_000 });
    await openSection(panel, 'Script');
    const script = panel.getByRole('region', { name: 'Call script' });
    const step = script.getByRole('article', { name: 'Current step' });
    await step.getByText('Hi Jordan Avery, this is Alex Chen').waitFor();
    await expect(step.locator('p').first().textContent()).resolves.toContain('Jordan Avery');
  });

  it('moves to the branch target and ticks the required checklist', async () => {
    const script = panel.getByRole('region', { name: 'Call script' });
    await script.getByRole('button', { name: 'Yes, go ahead' }).click();
    await script.getByRole('heading', { name: 'The project' }).waitFor();
    await expect(script.getByRole('article', { name: 'Current step' }).textContent()).resolves.toContain('Kitchen and two bathrooms');
    for (const item of ['Identified myself and the company', 'Stated the purpose of the call', 'Gave the recording notice']) {
      await script.getByRole('checkbox', { name: item }).check();
    }
    await script.getByText('All required items are ticked.').waitFor();
  });

  it('copies the top rebuttal for "price" with Enter and marks it used', async () => {
    await openSection(panel, 'Objections');
    const search = panel.getByRole('searchbox', { name: 'Search objections' });
    await expect(search.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await panel.getByRole('heading', { name: /Your price is too high/ }).waitFor();
    await search.pressSequentially('price');
    await search.press('Enter');
    await panel.getByRole('status').getByText('Rebuttal copied.').waitFor();
    await expect(readClipboard(crm, panel)).resolves.toMatch(/^I hear you, price matters\./);
    await panel.getByRole('button', { name: 'Mark rebuttal 1 of Your price is too high as used' }).click();
    await panel.getByText('used on this call', { exact: true }).waitFor();
  });

  it('saves the path and the used rebuttal on the call', async () => {
    await openSection(panel, 'Call');
    await panel.getByRole('button', { name: 'Start call' }).click();
    // Outside the calling window the guard asks first; the test proceeds with a reason.
    const callAnyway = panel.getByRole('button', { name: 'Call anyway' });
    await panel.getByRole('button', { name: 'Quoted', exact: true }).or(callAnyway).first().waitFor();
    if (await callAnyway.isVisible()) {
      const reason = panel.getByRole('textbox', { name: 'Reason' });
      if (await reason.count()) await reason.fill('e2e test');
      await callAnyway.click();
    }
    await panel.getByRole('button', { name: 'Quoted', exact: true }).click();
    await panel.getByLabel('Amount').fill('45000');
    await panel.getByRole('button', { name: 'Save call' }).click();
    await expect.poll(async () => (await savedCalls(panel)).length, { timeout: 5000 }).toBe(1);
    const [call] = await savedCalls(panel);
    expect(call?.outcomeId).toBe('quoted');
    expect(call?.scriptId).toBe('default-en-home-renovation');
    expect(call?.scriptPath).toEqual(['opening', 'project']);
    expect(call?.rebuttalsUsed).toEqual(['default-en-price-too-high-r1']);
    expect(call?.checklistDone.sort()).toEqual(['identify', 'purpose', 'recording']);
  });
});

describe('script and objections on a demo CRM record (Chinese)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('greets 张伟 from the page, follows a branch and copies the 价格 rebuttal for "jg"', async () => {
    const { crm, panel } = await panelBeside(harness, 'car-renewal.html', { name: '李娜', language: 'zh-CN', industry: 'car-insurance' });
    await panel
      .getByRole('region', { name: '当前客户' })
      .getByRole('heading', { name: '张伟' })
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await openSection(panel, '话术');
    const script = panel.getByRole('region', { name: '通话话术' });
    const step = script.getByRole('article', { name: '当前步骤' });
    await step.getByText(/^张伟您好！我是/).waitFor({ timeout: 10_000 });
    await expect(step.textContent()).resolves.toContain('京A·12345');
    await script.getByRole('button', { name: '已经保了' }).click();
    await script.getByRole('heading', { name: '客户说已经保了' }).waitFor();

    await openSection(panel, '异议');
    const search = panel.getByRole('searchbox', { name: '搜索异议' });
    await panel.getByRole('heading', { name: /价格高了/ }).waitFor();
    await search.pressSequentially('jg');
    await search.press('Enter');
    await panel.getByRole('status').getByText('已复制应对话术。').waitFor();
    await expect(readClipboard(crm, panel)).resolves.toMatch(/^理解您在意价格/);
  });
});
