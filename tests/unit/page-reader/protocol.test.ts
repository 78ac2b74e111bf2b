import { describe, expect, it } from 'vitest';
import { panelToPageSchema, parsePageResponse } from '../../../lib/messaging/protocol';

describe('page reader messages', () => {
  it('validates a picked field from the page and rejects oversized or malformed ones', () => {
    const picked = { url: 'https://crm.example.com/c/1', selector: '#policy', labelAnchor: 'Policy no.', value: 'PN-1' };
    expect(parsePageResponse('panel-to-page:pick-field', { ok: true, value: picked })).toEqual({ ok: true, value: picked });
    expect(parsePageResponse('panel-to-page:pick-field', { ok: true, value: { ...picked, selector: 'x'.repeat(5000) } }).ok).toBe(false);
    expect(parsePageResponse('panel-to-page:pick-field', { ok: true, value: { url: 1 } }).ok).toBe(false);
    expect(parsePageResponse('panel-to-page:pick-field', { ok: false, error: 'cancelled' })).toEqual({
      ok: false,
      error: { code: 'cancelled' },
    });
  });

  it('sends the site mappings with a read, and keeps the plain read working', () => {
    expect(panelToPageSchema.safeParse({ type: 'panel-to-page:read' }).success).toBe(true);
    const mappings = [{ field: 'policyNumber', pathPattern: '/c/*', selector: '#p', labelAnchor: 'Policy no.' }];
    expect(panelToPageSchema.safeParse({ type: 'panel-to-page:read', mappings }).success).toBe(true);
    expect(panelToPageSchema.safeParse({ type: 'panel-to-page:pick-field', hint: 'Click' }).success).toBe(true);
    expect(panelToPageSchema.safeParse({ type: 'panel-to-page:pick-field' }).success).toBe(false);
  });
});
