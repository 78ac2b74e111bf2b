import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../lib/page-reader/in-page/dom-text';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import { scanPage } from '../../../lib/page-reader/in-page/scan-page';

function pageOf(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'location', { value: new URL('https://crm.example.com/contacts/7'), configurable: true });
  return doc;
}

/** What clean() has always meant: bidi controls out, whitespace runs collapsed, trimmed, capped. */
const collapsed = (text: string, max: number) =>
  text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);

describe('one walk over the page', () => {
  it('cleans text exactly as collapsing whitespace and dropping bidi controls would, on any text', () => {
    const pieces = fc.constantFrom('a', 'Zhang Wei', ' ', '  ', '\t', '\n', '\u00a0', '\u202e', '\u2066', '张伟', ':', '138');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.integer({ min: 1, max: 30 }), (parts, max) => {
        const text = parts.join('');
        expect(clean(text, max)).toBe(collapsed(text, max));
      }),
    );
  });

  it('finds icons, avatars, large text and breadcrumbs by class, and shadow roots, in one pass', () => {
    const doc = pageOf(`<main>
      <nav class="breadcrumb"><ol><li>Contacts</li><li>Ada Park</li></ol></nav>
      <div><span class="ant-avatar">AP</span><span>Ada Park</span></div>
      <div class="text-2xl">Ada Park</div>
      <div><span class="anticon-phone icon"></span><span>(252) 460-7929</span></div>
      <div id="host"></div></main>`);
    const host = doc.getElementById('host') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<dl><dt>Company</dt><dd>Park &amp; Sons</dd></dl>';
    const scan = scanPage(doc);
    const sources = new Set(scan.candidates.filter((candidate) => candidate.value === 'Ada Park').map((candidate) => candidate.source));
    expect(sources).toEqual(new Set(['avatar', 'large-text', 'breadcrumb']));
    expect(scan.candidates.find((candidate) => candidate.kind === 'phone')?.value).toBe('(252) 460-7929');
    expect(scan.roots).toHaveLength(2);
    expect(readPage(doc).company).toBe('Park & Sons');
  });

  it('stops past its time budget and says so, rather than hold the host page', () => {
    const rows = Array.from({ length: 1500 }, (_, index) => `<dt>Note ${index}</dt><dd>Called back</dd>`).join('');
    const doc = pageOf(`<dl>${rows}</dl>`);
    // A budget already spent: the walk stops at its first check, after 1,023 elements.
    const scan = scanPage(doc, -1);
    expect(scan.truncated).toBe(true);
    expect(scan.candidates.length).toBeLessThan(1500);
    // With time to spare, the same page is read to the end.
    const full = scanPage(doc, 600_000);
    expect(full.truncated).toBe(false);
    expect(full.candidates.length).toBe(400); // the candidate cap, not the budget, is what stops it
  });
});
