import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import { expectedFor, FIXTURE_PAGES, loadPage } from './fixture-pages';

describe('page reader on saved CRM pages, zero set-up', () => {
  it('has fixtures of every layout the design names', () => {
    expect(FIXTURE_PAGES).toEqual(
      expect.arrayContaining(['dl-contact', 'table-lead', 'zh-record', 'lightning', 'mui', 'shadow', 'iframe']),
    );
  });

  it('prints the extraction table of every fixture, field by field, and it is the expected one', () => {
    const rows: Record<string, string>[] = [];
    const wanted: Record<string, string>[] = [];
    for (const page of FIXTURE_PAGES) {
      const context = readPage(loadPage(page));
      const expected = expectedFor(page);
      const push = (field: string, value: string | undefined, source = '') => rows.push({ page, field, value: value ?? '—', source });
      push('name', context.name);
      push('company', context.company);
      push('status', context.status);
      for (const phone of context.phones) push('phone', phone.raw, `${phone.source}${phone.label ? ` (${phone.label})` : ''}`);
      for (const email of context.emails) push('email', email);
      for (const field of context.fields.filter((candidate) => !candidate.kind)) push(field.label, field.value, field.source);
      push('read ms', context.readMs.toFixed(2));
      // The rows the fixture's expectations name, in the table's own shape.
      wanted.push({ page, field: 'name', value: expected.name ?? '—' });
      if (expected.company !== undefined) wanted.push({ page, field: 'company', value: expected.company });
      if (expected.status !== undefined) wanted.push({ page, field: 'status', value: expected.status });
      for (const phone of expected.phones) wanted.push({ page, field: 'phone', value: phone });
      for (const email of expected.emails ?? []) wanted.push({ page, field: 'email', value: email });
      for (const [label, value] of Object.entries(expected.fields)) wanted.push({ page, field: label, value });
    }
    console.table(rows);
    const shown = rows.map(({ page, field, value }) => ({ page, field, value }));
    expect(shown).toEqual(expect.arrayContaining(wanted));
    // No value is glued from several elements ("606-623-1809Work", "AccountAcme").
    for (const row of rows) expect(row.value, `${row.page} ${row.field}`).not.toMatch(/[a-z][A-Z][a-z]+\d|\d[A-Z][a-z]/);
  });

  for (const page of FIXTURE_PAGES) {
    describe(page, () => {
      const expected = expectedFor(page);
      const context = readPage(loadPage(page));

      it('finds the name and the phone numbers', () => {
        expect(context.name).toBe(expected.name);
        const raws = context.phones.map((phone) => phone.raw);
        expect(raws).toEqual(expect.arrayContaining(expected.phones));
        // The record's own number comes first, before numbers merely written somewhere on the page.
        expect(raws[0]).toBe(expected.phones[0]);
        for (const notPhone of expected.notPhones ?? []) expect(raws.join('|')).not.toContain(notPhone);
      });

      it('finds company, status, emails and the other fields', () => {
        if (expected.company !== undefined) expect(context.company).toBe(expected.company);
        if (expected.status !== undefined) expect(context.status).toBe(expected.status);
        if (expected.emails) expect(context.emails).toEqual(expected.emails);
        const fields = Object.fromEntries(context.fields.map((field) => [field.label, field.value]));
        expect(fields).toMatchObject(expected.fields);
      });

      it('resolves its site mappings (selectors and label anchors as data)', () => {
        const mappings = expected.mappings.map(({ field, selector, labelAnchor }) => ({
          field,
          selector,
          labelAnchor,
          pathPattern: '/pages/*/*',
        }));
        const mapped = readPage(loadPage(page), { mappings }).mapped;
        for (const mapping of expected.mappings) expect(mapped[mapping.field], mapping.field).toBe(mapping.expected);
        // Each selector alone still finds its value (the fallback when the label anchor is gone).
        const selectorsOnly = mappings.map(({ labelAnchor: _anchor, ...rest }) => rest);
        const bySelector = readPage(loadPage(page), { mappings: selectorsOnly }).mapped;
        for (const mapping of expected.mappings) expect(bySelector[mapping.field], mapping.selector).toBe(mapping.expected);
      });
    });
  }
});
