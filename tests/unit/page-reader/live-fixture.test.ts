import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../lib/page-reader/in-page/read-page';

// The record-lag benchmark opens record after record of this live CRM page (well past record 100) and waits
// for each record's name in the panel. A name the reader rightly refuses would stall the benchmark instead
// of measuring it, so every record the page can show must read as its own customer.
const FIXTURE = readFileSync('tests/fixtures/corpus-live/record-switch.html', 'utf8');

interface LivePage {
  showRecord(id: number, fetchMs?: number): void;
  recordName(id: number): string;
}

function openLivePage(): LivePage {
  const doc = new DOMParser().parseFromString(FIXTURE, 'text/html');
  document.title = doc.title;
  document.body.innerHTML = doc.body.innerHTML;
  const app = [...doc.scripts].at(-1)?.textContent ?? '';
  // The page's own script, run against this document (the parser does not run scripts).
  new Function(app)();
  return globalThis as unknown as LivePage;
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the live CRM page of the record-lag benchmark', () => {
  it('reads the records it shows, past record 100, each with its own name and number', () => {
    vi.useFakeTimers();
    const page = openLivePage();
    // First records, the step to three-digit record numbers, and beyond what the benchmark reaches (one read each is slow here).
    for (const id of [1, 2, 9, 10, 11, 99, 100, 101, 109, 110, 199, 200, 250]) {
      page.showRecord(id, 0);
      vi.runOnlyPendingTimers();
      const context = readPage(document);
      expect(context.name, `record ${id}`).toBe(page.recordName(id));
      expect(
        context.phones.map((phone) => phone.raw),
        `record ${id}`,
      ).toContain(`(474) 620-${4000 + id} x${100 + id}`);
    }
  });

  it('gives every record its own name (the benchmark tells records apart by name)', () => {
    vi.useFakeTimers(); // the page's first render is a timer: never let it fire after the test
    const page = openLivePage();
    const names = new Set(Array.from({ length: 1000 }, (_, id) => page.recordName(id)));
    expect(names.size).toBe(1000);
  });
});
