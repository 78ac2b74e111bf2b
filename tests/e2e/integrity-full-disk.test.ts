// A full disk under the browser profile: the rep types notes and presses
// Save. The message must name the disk, the draft must survive (a newly opened
// panel shows it), and once space is freed Save stores the call with the notes.
// Needs root to mount a small tmpfs for the profile; says so when it cannot run.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from './harness';

const PROFILE_DISK_MB = 160;
const SHOTS = resolve(process.env.CALLSIDE_SCREENSHOTS ?? join(tmpdir(), 'callside-integrity-shots'));

function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'callside-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]);
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mountable = canMountTmpfs();
console.log(
  mountable
    ? `integrity full-disk e2e: RUNS (browser profile on a ${PROFILE_DISK_MB} MB tmpfs, filled to the last byte)`
    : 'integrity full-disk e2e: NOT RUN (needs root and tmpfs mounts to give the browser a disk it can fill)',
);

/** Fills the disk under `dir` to the last byte; returns the filler's path. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(1024 * 1024);
  try {
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) writeSync(fd, chunk, 0, size);
      } catch {
        // ENOSPC at this chunk size: try smaller pieces until not one byte fits.
      }
    }
  } finally {
    closeSync(fd);
  }
  return filler;
}

async function startCall(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Start call' }).click();
  const save = panel.getByRole('button', { name: 'Save call' });
  const guard = panel.getByRole('alert', { name: 'Before you dial' });
  await save.or(guard).first().waitFor();
  // Outside calling hours the guard asks for a reason first.
  if (await guard.isVisible()) {
    const reason = guard.getByRole('textbox', { name: 'Reason' });
    if (await reason.isVisible()) await reason.fill('full-disk e2e outside calling hours');
    await guard.getByRole('button', { name: 'Call anyway' }).click();
    await save.waitFor();
  }
}

describe.runIf(mountable)('a full disk (integrity)', () => {
  let disk: string;
  let harness: Harness;
  beforeAll(async () => {
    disk = mkdtempSync(join(tmpdir(), 'callside-full-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${PROFILE_DISK_MB}m`, 'tmpfs', disk]);
    mkdirSync(SHOTS, { recursive: true });
    // The harness makes its profile under the temp folder: point that at the small disk.
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = disk;
    try {
      harness = await launchExtension();
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });
  afterAll(async () => {
    await harness?.close().catch(() => undefined);
    if (disk) {
      execFileSync('umount', ['-l', disk]);
      rmSync(disk, { recursive: true, force: true });
    }
  });

  it('Save names the disk, the draft is kept and offered back, and saves once space is freed', { timeout: 120_000 }, async () => {
    let panel = await harness.openPanel({ name: 'Disk Test', language: 'en' });
    await startCall(panel);
    await panel.getByRole('button', { name: /No answer/ }).click();
    const filler = fillDisk(disk);
    console.log(`  disk filled: ${execFileSync('df', ['-h', disk], { encoding: 'utf8' }).trim().split('\n').at(-1)}`);
    const estimate = await panel.evaluate(() => navigator.storage.estimate());
    console.log(`  the browser's storage estimate: usage ${estimate.usage}, quota ${estimate.quota} bytes`);

    const notes = 'Asked for the renewal quote by email, call back Friday';
    await panel.getByRole('textbox', { name: 'Notes' }).fill(notes);
    await panel.getByRole('button', { name: 'Save call' }).click();
    const message = panel.getByText(/disk is full/);
    await message
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(async (error: unknown) => {
        await panel.screenshot({ path: join(SHOTS, 'integrity-disk-full-failure.png') });
        console.log(`  panel says: ${await panel.locator('main, body').first().textContent()}`);
        throw error;
      });
    const shown = await message.first().textContent();
    console.log(`  Save on a full disk says: "${shown}"`);
    expect(shown).not.toMatch(/older database version/);
    await panel.screenshot({ path: join(SHOTS, 'integrity-disk-full-save.png') });

    // A newly opened panel (the first one closed) shows the kept draft: in the call form when the
    // database still opens on the full disk, else read-only beside the cause, until it opens again.
    await panel.close();
    panel = await harness.openExtensionPage('sidepanel.html');
    const notesBox = panel.getByRole('textbox', { name: 'Notes' });
    const keptCall = panel.getByRole('region', { name: 'Your unsaved call is kept' });
    const shownWhere = async () => {
      if ((await notesBox.inputValue().catch(() => '')) === notes) return 'form';
      return ((await keptCall.textContent({ timeout: 500 }).catch(() => '')) ?? '').includes(notes) ? 'kept' : 'none';
    };
    await expect
      .poll(shownWhere, { timeout: 20_000 })
      .not.toBe('none')
      .catch(async (error: unknown) => {
        await panel.screenshot({ path: join(SHOTS, 'integrity-disk-full-new-panel-failure.png') });
        console.log(`  new panel says: "${await panel.locator('body').textContent()}"`);
        throw error;
      });
    console.log(`  a new panel on the full disk shows the kept draft: ${await shownWhere()}`);
    await panel.screenshot({ path: join(SHOTS, 'integrity-disk-full-new-panel.png') });

    rmSync(filler);
    // Once space is freed the draft is back in the call form (a read-only panel tries again every 5 s and reloads).
    await expect.poll(() => notesBox.inputValue().catch(() => ''), { timeout: 30_000 }).toBe(notes);
    await panel.getByRole('button', { name: 'Save call' }).click();
    await panel.getByRole('button', { name: 'Start call' }).waitFor({ timeout: 20_000 });
    const stored = await panel.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('callside');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const calls = await new Promise<{ notes: string; outcomeId: string }[]>((done) => {
        const request = db.transaction('calls').objectStore('calls').getAll();
        request.onsuccess = () => done(request.result);
      });
      db.close();
      return calls;
    });
    console.log(`  after freeing space: ${stored.length} call saved, notes "${stored[0]?.notes}"`);
    expect(stored).toEqual([expect.objectContaining({ notes, outcomeId: 'no-answer' })]);
    await panel.screenshot({ path: join(SHOTS, 'integrity-disk-freed-saved.png') });
  });
});
