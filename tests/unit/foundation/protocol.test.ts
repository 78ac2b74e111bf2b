import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parsePageMessage, parsePageResponse } from '../../../lib/messaging/protocol';
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
    expect(result).toEqual({ ok: false, error: { code: 'frame detached' } });
    // A reader that answers with a lib/result Failure keeps its code.
    expect(parsePageResponse('panel-to-page:pick-field', { ok: false, error: { code: 'cancelled' } })).toEqual({
      ok: false,
      error: { code: 'cancelled' },
    });
  });
});

describe('background to panel messages', () => {
  const background = { id: OWN_ID };
  it('accepts a read nudge and a known command from our own background', () => {
    expect(parseBackgroundMessage({ type: 'background-to-panel:read', tabId: 3 }, background, OWN_ID)).toEqual({
      ok: true,
      value: { type: 'background-to-panel:read', tabId: 3 },
    });
    expect(parseBackgroundMessage({ type: 'background-to-panel:command', command: 'start-call', at: 5 }, background, OWN_ID)).toEqual({
      ok: true,
      value: { type: 'background-to-panel:command', command: 'start-call', at: 5 },
    });
  });

  it('refuses an unknown command, a page and another extension, by code', () => {
    expect(parseBackgroundMessage({ type: 'background-to-panel:command', command: 'wipe', at: 5 }, background, OWN_ID)).toMatchObject({
      ok: false,
      error: { code: 'malformed' },
    });
    const nudge = { type: 'background-to-panel:read' };
    expect(parseBackgroundMessage(nudge, { id: OWN_ID, tab: { id: 1 } }, OWN_ID)).toEqual({ ok: false, error: { code: 'unknown-sender' } });
    expect(parseBackgroundMessage(nudge, { id: 'other' }, OWN_ID)).toEqual({ ok: false, error: { code: 'unknown-sender' } });
  });

  it('refuses page messages by code too', () => {
    const message = { type: 'page-to-extension:context-changed', context: samplePageContext() };
    expect(parsePageMessage(message, { id: 'x', tab: { id: 1 } }, OWN_ID)).toEqual({ ok: false, error: { code: 'unknown-sender' } });
    expect(parsePageMessage({ type: 'page-to-extension:context-changed' }, { id: OWN_ID, tab: { id: 1 } }, OWN_ID)).toMatchObject({
      ok: false,
      error: { code: 'malformed' },
    });
  });
});
