import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import { pageContextSchema } from '../../../lib/page-reader/page-context';

function pageOf(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'location', { value: new URL('https://crm.example.com/x/1'), configurable: true });
  return doc;
}

describe('page reader on hostile pages', () => {
  it('stays within the message limits on a page flooded with fields, numbers and text', () => {
    const pairs = Array.from(
      { length: 3000 },
      (_, index) => `<dt>Phone ${index}</dt><dd>(252) 460-${String(index).padStart(4, '0')}</dd>`,
    ).join('');
    const flood = `<p>${'x'.repeat(200_000)}</p><p>Name: ${'A'.repeat(5000)}</p>`;
    const context = readPage(pageOf(`<h1>${'B'.repeat(10_000)}</h1><dl>${pairs}</dl>${flood}`));
    expect(pageContextSchema.safeParse(context).success).toBe(true);
    expect(context.phones.length).toBeLessThanOrEqual(20);
    expect(context.fields.length).toBeLessThanOrEqual(200);
  });

  it('returns markup and control characters in values as plain text, never as elements', () => {
    const context = readPage(
      pageOf('<dl><dt>Name</dt><dd>&lt;img src=x onerror=alert(1)&gt;Eve</dd><dt>Company</dt><dd>\u202eACME\u0000 Ltd</dd></dl>'),
    );
    // Markup is not a plausible name: it stays a plain field value, as text.
    expect(context.name).toBeUndefined();
    expect(context.fields.find((field) => field.label === 'Name')?.value).toBe('<img src=x onerror=alert(1)>Eve');
    expect(typeof context.company).toBe('string');
    expect(pageContextSchema.safeParse(context).success).toBe(true);
  });

  it('does not take a label for the rep (owner, assigned to) for the customer', () => {
    const context = readPage(
      pageOf('<dl><dt>Contact owner</dt><dd>Sam Lee</dd><dt>Assigned to</dt><dd>Dana W</dd><dt>Customer</dt><dd>Ada Park</dd></dl>'),
    );
    expect(context.name).toBe('Ada Park');
  });

  it('reads nothing rather than guessing on a page with no record', () => {
    const context = readPage(pageOf('<nav><a href="/">Home</a></nav><p>Welcome back! You have 3 tasks due on 2026-11-20.</p>'));
    expect(context.name).toBeUndefined();
    expect(context.phones).toEqual([]);
  });
});
