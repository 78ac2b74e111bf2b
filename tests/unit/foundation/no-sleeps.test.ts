// Unit and component tests never wait on the wall clock: a sleep makes a test
// slower everywhere and flaky on a loaded machine. They move time with fake
// timers (vi.useFakeTimers, vi.advanceTimersByTimeAsync), pin the clock, or
// wait for the event they mean (findBy*, waitFor, act). A zero-delay timeout
// (one turn of the event loop) is no sleep and is allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SLEEPS = [
  { name: 'a promise around a timer with a delay', pattern: /new Promise[^;]*setTimeout\([^;]*?,\s*(?!0\s*\))[\w.]+\s*\)/ },
  { name: 'a sleep helper', pattern: /\b(?:sleep|delay|pause)\s*=\s*\([^)]*\)\s*=>\s*new Promise/ },
  { name: "Playwright's waitForTimeout", pattern: /\bwaitForTimeout\(/ },
];

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function sleepsIn(text: string): string[] {
  return SLEEPS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}

describe('tests do not sleep', () => {
  it('recognises a sleep, and not a fake-timer advance or a zero-delay turn', () => {
    expect(sleepsIn('await new Promise((resolve) => setTimeout(resolve, 60));')).toHaveLength(1);
    expect(sleepsIn('const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));')).toHaveLength(2);
    expect(sleepsIn('await page.waitForTimeout(100);')).toHaveLength(1);
    expect(sleepsIn('await vi.advanceTimersByTimeAsync(150);')).toEqual([]);
    expect(sleepsIn('await new Promise((resolve) => setTimeout(resolve, 0));')).toEqual([]);
  });

  it('no unit or component test waits on the wall clock', () => {
    const files = ['tests/unit', 'tests/components'].flatMap(testFiles).filter((path) => !path.endsWith('no-sleeps.test.ts'));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => sleepsIn(readFileSync(path, 'utf8')).map((name) => `${path}: ${name}`));
    expect(found).toEqual([]);
  });
});
