import * as z from 'zod/mini';
import { fieldMappingSchema, pageContextSchema, pickedFieldSchema } from '../page-reader/page-context';
import {
  PAGE_TO_EXTENSION_CONTEXT_CHANGED,
  PANEL_TO_PAGE_CANCEL_PICK,
  PANEL_TO_PAGE_PICK_FIELD,
  PANEL_TO_PAGE_PING,
  PANEL_TO_PAGE_READ,
} from './message-types';

/**
 * The one message protocol between Callside's contexts. Message types name
 * their direction; payloads are JSON-safe; anything that comes from a CRM page
 * (the content script) is validated with Zod before use, and results cross the
 * boundary as `{ ok, value | error }` rather than thrown exceptions.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** Requests an extension page sends to the page reader in a tab. */
export const panelToPageSchema = z.discriminatedUnion('type', [
  /** `mappings`: the rep's field mappings for this site; the reader keeps them for its own SPA re-reads. */
  z.object({ type: z.literal(PANEL_TO_PAGE_READ), mappings: z.optional(z.array(fieldMappingSchema).check(z.maxLength(200))) }),
  z.object({ type: z.literal(PANEL_TO_PAGE_PING) }),
  /** `hint`: the translated "click a value, Esc cancels" tip shown on the page. */
  z.object({ type: z.literal(PANEL_TO_PAGE_PICK_FIELD), hint: z.string().check(z.maxLength(200)) }),
  z.object({ type: z.literal(PANEL_TO_PAGE_CANCEL_PICK) }),
]);
export type PanelToPage = z.infer<typeof panelToPageSchema>;

/** What the page reader answers to each request, validated on arrival. */
export const pageResponseSchemas = {
  [PANEL_TO_PAGE_READ]: pageContextSchema,
  [PANEL_TO_PAGE_PING]: z.literal('pong'),
  [PANEL_TO_PAGE_PICK_FIELD]: pickedFieldSchema,
  [PANEL_TO_PAGE_CANCEL_PICK]: z.literal('cancelled'),
} satisfies Record<PanelToPage['type'], z.ZodMiniType>;
export type PageResponse<T extends PanelToPage['type']> = z.infer<(typeof pageResponseSchemas)[T]>;

/** Messages the page reader pushes to extension pages on its own. */
export const pageToExtensionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(PAGE_TO_EXTENSION_CONTEXT_CHANGED), context: pageContextSchema }),
]);
export type PageToExtension = z.infer<typeof pageToExtensionSchema>;

/** The minimal slice of `runtime.MessageSender` the checks need. */
export interface SenderInfo {
  id?: string;
  tab?: { id?: number };
}

/** Accepts only messages from our own content script running in a tab. */
export function parsePageMessage(message: unknown, sender: SenderInfo, ownId: string): Result<PageToExtension & { tabId: number }> {
  if (sender.id !== ownId || sender.tab?.id === undefined) return fail('message from an unknown sender');
  const parsed = pageToExtensionSchema.safeParse(message);
  if (!parsed.success) return fail(`malformed page message: ${z.prettifyError(parsed.error)}`);
  return ok({ ...parsed.data, tabId: sender.tab.id });
}

/** Validates a page reader's answer; a hostile page cannot hand the panel anything else. */
export function parsePageResponse<T extends PanelToPage['type']>(type: T, response: unknown): Result<PageResponse<T>> {
  if (response && typeof response === 'object' && 'ok' in response && response.ok === false) {
    return fail(String((response as { error?: unknown }).error ?? 'page reader failed'));
  }
  const value = response && typeof response === 'object' && 'value' in response ? response.value : undefined;
  const parsed = pageResponseSchemas[type].safeParse(value);
  if (!parsed.success) return fail(`malformed page response: ${z.prettifyError(parsed.error)}`);
  return ok(parsed.data as PageResponse<T>);
}

/** Content-script side: validates a request from the extension. */
export function parsePanelRequest(message: unknown, sender: SenderInfo, ownId: string): Result<PanelToPage> {
  // Requests from extension pages carry our id and no tab.
  if (sender.id !== ownId) return fail('request from an unknown sender');
  const parsed = panelToPageSchema.safeParse(message);
  return parsed.success ? ok(parsed.data) : fail('unknown request');
}
