import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { launchExtension } from '../e2e/harness';
import { BENCH_EXTENSION_DIR } from './bench-browser';
import { figure, MIN_RUNS, percentile } from './bench-kit';

/**
 * How far the panel trails the CRM: the time from the moment a record's values
 * first appear in the CRM page's DOM (seen by a MutationObserver inside the
 * page) to the moment the panel's card shows that record (seen the same way
 * inside the panel page). Both clocks are performance.timeOrigin + now(), so
 * the figure is a lag behind the page's own render, never an absolute time.
 * An SPA switch (pushState, spinner, late fetch) and a full load, each on a
 * normal CPU and under 6x CPU throttling (CDP) of both pages.
 */
const SAMPLES_PER_RUN = 6;
const LIVE_PAGE = '/corpus-live/record-switch.html';

/** Installs, in the panel page, a note of when each customer name first shows in the "On screen" card. */
function watchPanel(panel: Page): Promise<void> {
  return panel.evaluate(() => {
    const seen: Record<string, number> = {};
    (globalThis as unknown as { __panelSeen: Record<string, number> }).__panelSeen = seen;
    // When the reader's push for each record reaches the panel page (splits the lag into reader + message, and panel render).
    const arrived: Record<string, number> = {};
    (globalThis as unknown as { __pushArrived: Record<string, number> }).__pushArrived = arrived;
    type Runtime = {
      runtime: { onMessage: { addListener(listener: (message: { context?: { name?: string; readMs?: number } }) => void): void } };
    };
    // How long the reader's read took on the CRM page (the pushed record says it): splits the reader's share off the message.
    const readMs: Record<string, number> = {};
    (globalThis as unknown as { __readMs: Record<string, number> }).__readMs = readMs;
    (globalThis as unknown as { chrome: Runtime }).chrome.runtime.onMessage.addListener((message) => {
      const name = message?.context?.name;
      if (name && !(name in arrived)) {
        arrived[name] = performance.timeOrigin + performance.now();
        readMs[name] = message?.context?.readMs ?? Number.NaN;
      }
    });
    new MutationObserver(() => {
      const name = document.querySelector('section[aria-label="On screen"] h2')?.textContent?.trim();
      if (name && !(name in seen)) seen[name] = performance.timeOrigin + performance.now();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const arrivals: number[] = [];
const readTimes: number[] = [];

/**
 * How long the bench waits for one record before it counts it as never shown: a cap for a stuck
 * panel, not a measurement (a loaded machine under 6x throttling can take seconds per load).
 */
const SHOW_CAP_MS = 90_000;

async function lagFor(crm: Page, panel: Page, name: string): Promise<number> {
  await panel
    .waitForFunction((wanted) => wanted in (globalThis as unknown as { __panelSeen: object }).__panelSeen, name, {
      timeout: SHOW_CAP_MS,
      polling: 50,
    })
    .catch(async (error: unknown) => {
      // Say what the panel shows instead (a refused name, a stale record), so a miss is a finding, not a bare timeout.
      const heading = await panel
        .evaluate(() => document.querySelector('section[aria-label="On screen"] h2')?.textContent?.trim() ?? '(no card)')
        .catch(() => '(panel not answering)');
      const crmShown = await crm.evaluate((wanted) => wanted in (globalThis as unknown as { __shownAt: object }).__shownAt, name);
      throw new Error(
        `the panel never showed "${name}" (CRM page ${crmShown ? 'showed it' : 'never showed it either'}); the panel's card reads "${heading}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    });
  const shownInPanel = await panel.evaluate(
    (wanted) => (globalThis as unknown as { __panelSeen: Record<string, number> }).__panelSeen[wanted],
    name,
  );
  // After a full load the page may still be finishing its own load: wait for its note of the render.
  const shownInCrm = await crm
    .waitForFunction((wanted) => (globalThis as unknown as { __shownAt?: Record<string, number> }).__shownAt?.[wanted], name, {
      timeout: SHOW_CAP_MS,
    })
    .then((handle) => handle.jsonValue());
  if (shownInPanel === undefined || shownInCrm === undefined) throw new Error(`no timing for ${name}`);
  const arrived = await panel.evaluate(
    (wanted) => (globalThis as unknown as { __pushArrived: Record<string, number> }).__pushArrived[wanted],
    name,
  );
  if (arrived !== undefined) arrivals.push((arrived as number) - (shownInCrm as number));
  const read = await panel.evaluate((wanted) => (globalThis as unknown as { __readMs: Record<string, number> }).__readMs[wanted], name);
  if (Number.isFinite(read)) readTimes.push(read as number);
  return (shownInPanel as number) - (shownInCrm as number);
}

async function throttle(sessions: CDPSession[], rate: number): Promise<void> {
  for (const session of sessions) await session.send('Emulation.setCPUThrottlingRate', { rate });
}

describe('panel keeps pace with the CRM', () => {
  it('shows a new record within 100 ms (p95) of the CRM, 300 ms under 6x CPU throttling', async () => {
    const harness = await launchExtension({ extensionDir: BENCH_EXTENSION_DIR });
    try {
      const panel = await harness.openPanel({ name: 'Alex Chen', language: 'en' });
      const crm = await harness.context.newPage();
      await crm.goto(`${harness.crmUrl}${LIVE_PAGE}?record=1`);
      await panel.bringToFront();
      const card = panel.getByRole('region', { name: 'On screen' });
      const firstName = await crm.evaluate(() => (globalThis as unknown as { recordName(id: number): string }).recordName(1));
      await card.getByRole('heading', { name: firstName }).waitFor({ timeout: 15_000 });
      // Enabled, as a rep's CRM is: the reader is registered and runs on every full load.
      await card.getByRole('button', { name: 'Enable on this site' }).click();
      await card.getByRole('button', { name: 'Disable on this site' }).waitFor({ timeout: 10_000 });
      const visibility = await Promise.all([crm, panel].map((page) => page.evaluate(() => document.visibilityState)));
      const sessions = [await harness.context.newCDPSession(crm), await harness.context.newCDPSession(panel)];
      let nextId = 2;

      /** Records the panel never showed in the current condition (each also fails the run). */
      let misses: string[] = [];
      /** One run: SAMPLES_PER_RUN records opened one way; returns every lag in ms. */
      const sample = async (how: 'spa' | 'load'): Promise<number[]> => {
        await watchPanel(panel);
        const lags: number[] = [];
        for (let index = 0; index < SAMPLES_PER_RUN; index++) {
          const id = nextId++;
          const name = await crm.evaluate((record) => (globalThis as unknown as { recordName(id: number): string }).recordName(record), id);
          if (how === 'spa')
            await crm.evaluate((record) => (globalThis as unknown as { showRecord(id: number): void }).showRecord(record), id);
          // The lag is timed inside the pages: nothing waits for the load event, which 6x throttling delays by seconds.
          else await crm.goto(`${harness.crmUrl}${LIVE_PAGE}?record=${id}`, { waitUntil: 'commit', timeout: SHOW_CAP_MS });
          const lag = await lagFor(crm, panel, name).catch((error: unknown) => {
            // One record the panel never showed is a finding, noted; the figure still records the others.
            misses.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
            return undefined;
          });
          if (lag !== undefined) lags.push(lag);
        }
        return lags;
      };

      const conditions = [
        { how: 'spa', rate: 1, id: 'record-lag', budget: '<= 100 ms', label: 'SPA switch' },
        { how: 'spa', rate: 6, id: 'record-lag-6x', budget: '<= 300 ms', label: 'SPA switch, 6x CPU throttling' },
        { how: 'load', rate: 1, id: 'record-lag-full-load', budget: '<= 100 ms', label: 'full load' },
        { how: 'load', rate: 6, id: 'record-lag-full-load-6x', budget: '<= 300 ms', label: 'full load, 6x CPU throttling' },
      ] as const;
      const failures: string[] = [];
      for (const condition of conditions) {
        await throttle(sessions, condition.rate);
        const spec = {
          id: condition.id,
          name: `panel shows a new CRM record, ${condition.label}, lag behind the CRM's DOM, p95`,
          unit: 'ms',
          budget: condition.budget,
          floor: null,
        };
        const runs: number[][] = [];
        // figure() records "not measured: <why>" if a record never shows in the panel, then rethrows.
        const row = await figure(spec, async () => {
          arrivals.length = 0;
          readTimes.length = 0;
          misses = [];
          for (let run = 0; run < MIN_RUNS; run++) runs.push(await sample(condition.how));
          const all = runs.flat();
          if (all.length === 0) throw new Error(`no record shown in the panel: ${misses[0]}`);
          const missed = misses.length ? `${misses.length} records never shown (${misses[0]}); ` : '';
          const note = `${missed}${all.length} records (${MIN_RUNS} runs of ${SAMPLES_PER_RUN}), each run's p95; median lag ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms; the reader's push reached the panel after ${percentile(arrivals, 50).toFixed(1)} ms (median), p95 ${percentile(arrivals, 95).toFixed(1)} ms, of which the read ${percentile(readTimes, 50).toFixed(1)} ms (median), p95 ${percentile(readTimes, 95).toFixed(1)} ms; pages ${visibility.join('/')}, load ${loadavg()[0]?.toFixed(1)}`;
          return { runs: runs.filter((lags) => lags.length > 0).map((lags) => percentile(lags, 95)), note };
        }).catch((error: unknown) => {
          failures.push(`${spec.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
          return undefined;
        });
        if (!row) continue;
        await figure(
          { ...spec, id: `${condition.id}-median`, name: `panel shows a new CRM record, ${condition.label}, lag, median`, budget: 'none' },
          () => ({
            runs: runs.filter((lags) => lags.length > 0).map((lags) => percentile(lags, 50)),
            note: `${runs.flat().length} records`,
          }),
        );
        if (row.ok === false) failures.push(`${spec.name}: ${row.value} ms`);
        if (misses.length) failures.push(`${spec.name}: ${misses.length} records never shown in the panel`);
      }
      await throttle(sessions, 1);
      if (failures.length) throw new Error(`over budget or not measured: ${failures.join('; ')}`);
    } finally {
      await harness.close();
    }
    // 120 records opened, a quarter of them full loads under 6x throttling: minutes on a loaded machine.
  }, 1_800_000);
});
