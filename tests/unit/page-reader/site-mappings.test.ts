import { describe, expect, it } from 'vitest';
import { cancelPicker, pickField } from '../../../lib/page-reader/in-page/field-picker';
import { pathMatches } from '../../../lib/page-reader/in-page/mapped-fields';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import { robustSelector } from '../../../lib/page-reader/in-page/robust-selector';
import {
  deleteSiteMapping,
  listSiteMappings,
  mappingsForUrl,
  pathPatternFor,
  saveMappingFromPick,
} from '../../../lib/page-reader/site-mappings';
import { freshDatabase } from '../../helpers/db';
import { loadPage } from './fixture-pages';

describe('site mappings', () => {
  it('turns record ids in the path into wildcards and matches them back', () => {
    expect(pathPatternFor('https://crm.example.com/contacts/42')).toBe('/contacts/*');
    expect(pathPatternFor('https://x.my.salesforce.com/lightning/r/Contact/0035g00000AbCdEAAZ/view')).toBe('/lightning/r/Contact/*/view');
    expect(pathPatternFor('https://crm.example.com/spa/records/3f2a9c1e-77aa-4c1d-9d1e-2b8f5c6a7d10')).toBe('/spa/records/*');
    expect(pathMatches('/contacts/*', '/contacts/77')).toBe(true);
    expect(pathMatches('/contacts/*', '/contacts/77/edit')).toBe(false);
    expect(pathMatches('/contacts/**', '/contacts/77/edit')).toBe(true);
    expect(pathMatches('/a(b', '/a(b')).toBe(true);
  });

  it('builds selectors from stable attributes, never from generated class names', () => {
    const doc = loadPage('mui');
    const community = [...doc.querySelectorAll('p')].find((p) => p.textContent === 'Maple Grove Estates') as Element;
    const selector = robustSelector(community);
    expect(selector).not.toMatch(/css-|:r\d/);
    expect(doc.querySelectorAll(selector)).toHaveLength(1);
    expect(doc.querySelector(selector)).toBe(community);

    const zh = loadPage('zh-record');
    const plate = zh.querySelector('[data-field="plate"]') as Element;
    expect(robustSelector(plate)).toBe('span[data-field="plate"]');
  });

  it('finds a mapped field by its label anchor after the page re-renders its structure', () => {
    const doc = loadPage('zh-record');
    const mappings = [{ field: 'renewalDate', pathPattern: '/pages/*/*', selector: '#gone > .nothing', labelAnchor: '到期日' }];
    expect(readPage(doc, { mappings }).mapped).toEqual({ renewalDate: '2026-12-31' });
    // A mapping for another path pattern does not apply.
    expect(readPage(doc, { mappings: [{ ...mappings[0]!, pathPattern: '/other/*' }] }).mapped).toEqual({});
    // A broken selector from a hand-edited mapping is skipped, never thrown on the page.
    expect(() => readPage(doc, { mappings: [{ field: 'x', pathPattern: '/**', selector: '[[[' }] })).not.toThrow();
  });

  it('maps a built-in kind over what the heuristics guessed', () => {
    const doc = loadPage('table-lead');
    const context = readPage(doc, {
      mappings: [{ field: 'phone', pathPattern: '/**', selector: 'table.grid tr:nth-of-type(2) > td:nth-of-type(2)' }],
    });
    expect(context.phones[0]).toMatchObject({ raw: '(914) 555-0182', source: 'mapped' });
  });

  it('saves a picked field per origin and path pattern, lists, replaces and deletes it', async () => {
    const db = freshDatabase();
    const picked = { url: 'https://crm.example.com/contacts/42', selector: '#policy', labelAnchor: 'Policy no.', value: 'PN-1' };
    const saved = await saveMappingFromPick(picked, 'policyNumber', db, 1000);
    expect(saved).toMatchObject({ origin: 'https://crm.example.com', pathPattern: '/contacts/*', field: 'policyNumber' });
    await saveMappingFromPick({ ...picked, selector: '#policy-2', url: 'https://crm.example.com/contacts/43' }, 'policyNumber', db, 2000);
    expect(await listSiteMappings(db)).toHaveLength(1);
    expect(await mappingsForUrl('https://crm.example.com/contacts/99', db)).toEqual([
      { field: 'policyNumber', pathPattern: '/contacts/*', selector: '#policy-2', labelAnchor: 'Policy no.' },
    ]);
    expect(await mappingsForUrl('https://other.example.com/contacts/99', db)).toEqual([]);
    await deleteSiteMapping(saved.id, db);
    expect(await listSiteMappings(db)).toEqual([]);
  });
});

describe('field picker overlay', () => {
  it('highlights on hover, picks on click, and removes everything afterwards', async () => {
    document.body.innerHTML = '<dl><dt>Policy no.</dt><dd><span>PN-2231</span></dd></dl><button id="host-button">Save</button>';
    let hostClicks = 0;
    document.getElementById('host-button')?.addEventListener('click', () => hostClicks++);
    const before = document.documentElement.innerHTML;
    const picking = pickField(document, 'Click a value');
    expect(document.getElementById('callside-field-picker')).not.toBeNull();
    const value = document.querySelector('dd span') as HTMLElement;
    value.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
    expect(document.getElementById('callside-field-picker')?.style.display).toBe('block');
    value.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const result = await picking;
    expect(result.ok && result.value).toMatchObject({ value: 'PN-2231', labelAnchor: 'Policy no.' });
    expect(result.ok && document.querySelector(result.value.selector)).toBe(value);
    expect(document.documentElement.innerHTML).toBe(before);
    document.getElementById('host-button')?.click();
    expect(hostClicks).toBe(1);
  });

  it('cancels on Escape and when the panel cancels, without swallowing later clicks', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const escaped = pickField(document, 'hint');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await escaped).toEqual({ ok: false, error: { code: 'cancelled' } });
    const cancelled = pickField(document, 'hint');
    cancelPicker();
    expect(await cancelled).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(document.getElementById('callside-field-picker')).toBeNull();
  });
});
