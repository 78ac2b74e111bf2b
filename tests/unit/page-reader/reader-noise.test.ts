import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page-reader/in-page/read-page';

function pageOf(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'location', { value: new URL('https://crm.example.com/x/1'), configurable: true });
  return doc;
}

describe('page reader: headings, implausible numbers and page noise', () => {
  it('does not take the heading of a page without a record (a report) for a customer name', () => {
    const context = readPage(pageOf('<main><h1>Quarterly report</h1><p>Revenue grew in every region.</p></main>'));
    expect(context.name).toBeUndefined();
  });

  it('still takes the heading for the name when the page shows record evidence', () => {
    const withPhone = readPage(pageOf('<main><h1>Jordan Avery</h1><a href="tel:+12524607929">Call</a></main>'));
    expect(withPhone.name).toBe('Jordan Avery');
    const withField = readPage(pageOf('<main><h1>Jordan Avery</h1><dl><dt>Company</dt><dd>Acme Ltd</dd></dl></main>'));
    expect(withField.name).toBe('Jordan Avery');
  });

  it('lists a labelled plausible number before an implausible tel: link, and keeps both', () => {
    const context = readPage(pageOf('<a href="tel:+1-555-0100">Support</a><dl><dt>Phone</dt><dd>(252) 460-7929</dd></dl>'));
    const raws = context.phones.map((phone) => phone.raw);
    expect(raws[0]).toBe('(252) 460-7929');
    expect(raws).toContain('+1-555-0100');
  });

  it('does not make a field out of markup shown as text', () => {
    const context = readPage(pageOf('<p>&lt;a href="javascript:alert(1)"&gt;click&lt;/a&gt;</p><dl><dt>Company</dt><dd>Acme</dd></dl>'));
    for (const field of context.fields) expect(field.label).not.toMatch(/[<>"=]/);
    expect(context.fields.map((field) => field.label)).toEqual(['Company']);
  });

  it('recognises a number written in full-width digits', () => {
    const context = readPage(pageOf('<p>客户手机 １３８００１３８０００</p>'));
    expect(context.phones.map((phone) => phone.raw)).toEqual(['13800138000']);
  });
});

describe('tables of records', () => {
  it('does not read a two-column history table with column headers as label/value pairs', () => {
    const doc = new DOMParser().parseFromString(
      `<h1>张伟</h1><dl><dt>手机</dt><dd>138 0013 8000</dd></dl>
       <table><tr><th>日期</th><th>内容</th></tr><tr><td>2026-11-20</td><td>客户说再考虑一下</td></tr></table>
       <table><tr><th>车牌号</th><td>京A·12345</td></tr></table>`,
      'text/html',
    );
    const context = readPage(doc);
    expect(context.fields.map((field) => field.label)).not.toContain('2026-11-20');
    expect(context.fields.find((field) => field.label === '车牌号')?.value).toBe('京A·12345');
  });
});
