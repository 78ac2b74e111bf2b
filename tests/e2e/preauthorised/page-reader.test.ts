import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, type Harness, launchExtension } from '../harness';

/** The page reader on a real (fixture) SPA CRM, the field picker, and the pre-dial guard, in Chromium. */
describe('reading a CRM page in Chromium', () => {
  let harness: Harness;
  let panel: Page;
  let crm: Page;
  const card = () => panel.getByRole('region', { name: 'On screen' });

  beforeAll(async () => {
    harness = await launchExtension();
    panel = await harness.openPanel({ name: 'Alex Chen', language: 'en' });
    crm = await harness.context.newPage();
    await crm.goto(`${harness.crmUrl}/spa/records/1`);
    await crm.getByRole('heading', { name: 'Chen Jing' }).waitFor();
    await panel.bringToFront();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('enables the site and shows the record on screen', async () => {
    await card().getByRole('heading', { name: 'Chen Jing' }).waitFor({ timeout: 10_000 });
    await card().getByRole('button', { name: 'Enable on this site' }).click();
    await card().getByRole('button', { name: 'Disable on this site' }).waitFor({ timeout: 10_000 });
    type Scripting = { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
    const registered = await harness.serviceWorker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: Scripting }).chrome.scripting.getRegisteredContentScripts()).flatMap(
        (script) => script.matches ?? [],
      ),
    );
    expect(registered).toContain('http://127.0.0.1/*');
    const text = await card().textContent();
    expect(text).toContain('138 0013 8000');
    expect(text).toContain('Jinghua Trading Co.');
  });

  it('follows the SPA to another record, never showing the old values for the new one', async () => {
    await card().getByRole('heading', { name: 'Chen Jing' }).waitFor({ timeout: 5_000 });
    // Every state the card goes through, recorded in the panel itself on each DOM change (no sampling, so
    // no state is missed however fast or slow the machine): the record's heading, or "loading".
    await panel.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { cardStates: string[] }).cardStates = states;
      const record = () => {
        const card = document.querySelector('section[aria-label="On screen"]');
        const state = !card
          ? 'none'
          : card.getAttribute('aria-busy') === 'true'
            ? 'loading'
            : (card.querySelector('h1, h2, h3, [role=heading]')?.textContent ?? '');
        if (states.at(-1) !== state) states.push(state);
      };
      record();
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    // Clicked from script, as an SPA's own navigation would be: a Playwright click may also
    // activate the tab, which makes the panel re-read the old record (correctly) before the switch.
    await crm.getByRole('link', { name: 'Daniel Brooks' }).evaluate((link: HTMLElement) => link.click());
    await card().getByRole('heading', { name: 'Daniel Brooks' }).waitFor({ timeout: 5_000 });
    const states = await panel.evaluate(() => (window as unknown as { cardStates: string[] }).cardStates);
    // Once the panel has left the old record (loading, or the new one), the old record never comes back.
    const left = states.findIndex((state) => state !== 'Chen Jing');
    expect(states[0], JSON.stringify(states)).toBe('Chen Jing');
    expect(left, JSON.stringify(states)).toBeGreaterThan(0);
    expect(states.slice(left), JSON.stringify(states)).not.toContain('Chen Jing');
    expect(states.at(-1)).toBe('Daniel Brooks');
    await expect(card().textContent()).resolves.toContain('(252) 460-7929');
  });

  it('maps a custom field with the picker, and still reads it after a reload', async () => {
    await card().getByRole('button', { name: 'Map a field' }).click();
    const picker = panel.getByRole('region', { name: 'Map a field' });
    await picker.getByText('click the value to map', { exact: false }).waitFor();
    await crm.bringToFront();
    const policy = crm.locator('#view dd').nth(4);
    await expect(policy.textContent()).resolves.toBe('PN-7788-C');
    await policy.hover();
    await expect(crm.locator('#callside-field-picker').isVisible()).resolves.toBe(true);
    await policy.click();
    await panel.bringToFront();
    await picker.getByText('PN-7788-C').waitFor();
    await picker.getByText('Found by its label “Policy no.”').waitFor();
    // The overlay is gone from the host page.
    await expect(crm.locator('[id^="callside-"]').count()).resolves.toBe(0);
    await picker.getByRole('radio', { name: 'Custom field' }).check();
    await picker.getByRole('textbox', { name: 'Field name' }).fill('policyNumber');
    await picker.getByRole('button', { name: 'Save mapping' }).click();
    await card().locator('dt', { hasText: 'policyNumber' }).waitFor({ timeout: 5_000 });

    await crm.reload();
    await crm.getByRole('heading', { name: 'Daniel Brooks' }).waitFor();
    await panel.bringToFront();
    await card().getByRole('heading', { name: 'Daniel Brooks' }).waitFor({ timeout: 10_000 });
    const mappedValue = card().locator('dt.mapped-field', { hasText: 'policyNumber' }).locator('xpath=following-sibling::dd[1]');
    await expect(mappedValue.textContent({ timeout: 10_000 })).resolves.toBe('PN-7788-C');

    // The mapping is listed in options, by site and page pattern.
    const options = await harness.openExtensionPage('options.html#siteMappings');
    const row = options.getByRole('row', { name: /policyNumber/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('/spa/records/*');
    await options.close();
  });

  it('warns on the 4th call to one number in a day and asks for a reason', async () => {
    // Calling hours and lunch break off, so the test means the same at any hour it runs.
    const options = await harness.openExtensionPage('options.html#compliance');
    await options.getByRole('checkbox', { name: 'Calling hours' }).uncheck();
    await options.getByRole('checkbox', { name: 'Lunch break (no calls)' }).uncheck();
    await options.getByRole('button', { name: 'Save rules' }).click();
    await options.getByText('Rules saved.').waitFor();
    await options.close();

    await panel.bringToFront();
    await card().getByRole('heading', { name: 'Daniel Brooks' }).waitFor({ timeout: 10_000 });
    for (let call = 1; call <= 3; call++) {
      await card().getByRole('button', { name: 'Call (252) 460-7929' }).click();
      await panel.getByRole('button', { name: 'Start call' }).click();
      await panel.getByRole('button', { name: 'No answer' }).click();
      await panel.getByRole('button', { name: 'Save call' }).click();
      await panel.getByText('Call saved.').waitFor();
    }
    await card().getByText('Attempt 4', { exact: false }).waitFor();
    await card().getByRole('button', { name: 'Call (252) 460-7929' }).click();
    await panel.getByRole('button', { name: 'Start call' }).click();
    const guard = panel.getByRole('alert', { name: 'Before you dial' });
    await guard.getByText('This number was called 3 times today (limit 3).', { exact: false }).waitFor();
    await expect(guard.getByRole('textbox', { name: 'Reason' }).isVisible()).resolves.toBe(true);
    await guard.getByRole('textbox', { name: 'Reason' }).fill('Customer asked to be called back now');
    await guard.getByRole('button', { name: 'Call anyway' }).click();
    await panel.getByRole('button', { name: 'No answer' }).click();
    await panel.getByRole('button', { name: 'Save call' }).click();
    await panel.getByText('Call saved.').waitFor();
    const overrides = await panel.evaluate(async () => {
      const request = indexedDB.open('callside');
      const db: IDBDatabase = await new Promise((resolve) => {
        request.onsuccess = () => resolve(request.result);
      });
      const calls: { overrides: { rule: string; reason: string }[] }[] = await new Promise((resolve) => {
        const all = db.transaction('calls').objectStore('calls').getAll();
        all.onsuccess = () => resolve(all.result);
      });
      db.close();
      return calls.flatMap((call) => call.overrides);
    });
    expect(overrides).toEqual([expect.objectContaining({ rule: 'daily-cap', reason: 'Customer asked to be called back now' })]);
  });

  for (const [page, name, phone] of [
    ['shadow.html', 'Tomás Herrera', '+34 612 345 678'],
    ['iframe.html', 'Grace Okafor', '(252) 460-7929'],
    ['lightning.html', 'Elena Petrova', '(415) 555-0134'],
  ] as const) {
    it(`reads ${page} (shadow DOM, same-origin iframe, nested components) with zero set-up`, async () => {
      await crm.goto(`${harness.crmUrl}/pages/${page}`);
      await crm.waitForLoadState('load');
      await panel.bringToFront();
      await card().getByRole('heading', { name, exact: true }).waitFor({ timeout: 10_000 });
      await card().getByText(phone, { exact: true }).waitFor({ timeout: 5_000 });
    });
  }

  it('sent no request anywhere but the local CRM', () => {
    expect(externalRequests(harness)).toEqual([]);
  });
});
