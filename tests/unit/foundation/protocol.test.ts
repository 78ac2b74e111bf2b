import { describe, expect, it } from 'vitest';
import { parsePageMessage, parsePageResponse } from '../../../lib/messaging/protocol';
import { samplePageContext } from '../../helpers/panel-services';

const OWN_ID = 'callside-id';

describe('message protocol', () => {
  it('accepts a well-formed record from our own content script', () => {
    const result = parsePageMessage(
      { type: 'page-to-extension:context-changed', context: samplePageContext() },
      { id: OWN_ID, tab: { id: 7 } },
      OWN_ID,
    );
    expect(result.ok && result.value.tabId).toBe(7);
  });

  it('rejects messages from other extensions or without a tab', () => {
    const message = { type: 'page-to-extension:context-changed', context: samplePageContext() };
    expect(parsePageMessage(message, { id: 'someone-else', tab: { id: 7 } }, OWN_ID).ok).toBe(false);
    expect(parsePageMessage(message, { id: OWN_ID }, OWN_ID).ok).toBe(false);
  });

  it('rejects a hostile page answer: wrong shapes and oversized text', () => {
    expect(parsePageResponse('panel-to-page:read', { ok: true, value: { url: 1 } }).ok).toBe(false);
    const flood = samplePageContext({ name: 'x'.repeat(10_000) });
    expect(parsePageResponse('panel-to-page:read', { ok: true, value: flood }).ok).toBe(false);
    const fine = parsePageResponse('panel-to-page:read', { ok: true, value: samplePageContext() });
    expect(fine.ok && fine.value.name).toBe('Jordan Avery');
  });

  it('passes on the page reader own error', () => {
    const result = parsePageResponse('panel-to-page:read', { ok: false, error: 'frame detached' });
    expect(result).toEqual({ ok: false, error: 'frame detached' });
  });
});
