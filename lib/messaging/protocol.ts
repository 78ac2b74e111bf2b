import * as z from 'zod/mini';
import { BACKGROUND_TO_PANEL_READ } from '../background/panel-behaviour';
import { BACKGROUND_TO_PANEL_COMMAND, PANEL_COMMANDS } from '../background/panel-commands';
import { fieldMappingSchema, pageContextSchema, pickedFieldSchema } from '../page-reader/page-context';
import { fail, ok, type Result } from '../result';
import {
  PAGE_TO_EXTENSION_CONTEXT_CHANGED,
  PANEL_TO_PAGE_CANCEL_PICK,
  PANEL_TO_PAGE_PICK_FIELD,
  PANEL_TO_PAGE_PING,
  PANEL_TO_PAGE_READ,
} from './message-types';

/**
 * The one message protocol between Callside's contexts, every direction:
 * panel -> page (requests, and the page's answers), page -> extension (pushed
 * records) and background -> panel (read nudges, keyboard commands). Message
 * types name their direction; payloads are JSON-safe; every message is
 * validated with Zod on arrival, and results cross the boundary as the
 * project's Result (lib/result.ts) rather than thrown exceptions.
 */
export { fail, ok, type Result };

/**
 * Why a message was refused: not from Callside itself, not the shape its type
 * promises (detail: which fields), or a request the receiver does not know.
 * A page reader's own failure (its code, e.g. 'cancelled') is passed on as it is.
 */
export type ProtocolErrorCode = 'unknown-sender' | 'malformed' | 'unknown-request';

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
export function parsePageMessage(
  message: unknown,
  sender: SenderInfo,
  ownId: string,
): Result<PageToExtension & { tabId: number }, ProtocolErrorCode> {
  if (sender.id !== ownId || sender.tab?.id === undefined) return fail('unknown-sender');
  const parsed = pageToExtensionSchema.safeParse(message);
  if (!parsed.success) return fail('malformed', { detail: `page message: ${z.prettifyError(parsed.error)}` });
  return ok({ ...parsed.data, tabId: sender.tab.id });
}

/** Validates a page reader's answer; a hostile page cannot hand the panel anything else. */
export function parsePageResponse<T extends PanelToPage['type']>(type: T, response: unknown): Result<PageResponse<T>> {
  if (response && typeof response === 'object' && 'ok' in response && response.ok === false) {
    const error = (response as { error?: unknown }).error;
    // The page's code: a Failure from lib/result, or a bare string from an older reader.
    const code = typeof error === 'string' ? error : (error as { code?: unknown } | undefined)?.code;
    return fail(typeof code === 'string' && code ? code.slice(0, 200) : 'page-failed');
  }
  const value = response && typeof response === 'object' && 'value' in response ? response.value : undefined;
  const parsed = pageResponseSchemas[type].safeParse(value);
  if (!parsed.success) return fail('malformed', { detail: `page response: ${z.prettifyError(parsed.error)}` });
  return ok(parsed.data as PageResponse<T>);
}

/** Content-script side: validates a request from the extension. */
export function parsePanelRequest(message: unknown, sender: SenderInfo, ownId: string): Result<PanelToPage, ProtocolErrorCode> {
  // Requests from extension pages carry our id and no tab.
  if (sender.id !== ownId) return fail('unknown-sender');
  const parsed = panelToPageSchema.safeParse(message);
  return parsed.success ? ok(parsed.data) : fail('unknown-request');
}

/** What the background sends the panel: read the tab again (access was just granted), or act on a keyboard command. */
export const backgroundToPanelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(BACKGROUND_TO_PANEL_READ), tabId: z.optional(z.int()) }),
  /** `at`: when the command was pressed (epoch ms); the panel also collects it from session storage. */
  z.object({ type: z.literal(BACKGROUND_TO_PANEL_COMMAND), command: z.enum(PANEL_COMMANDS), at: z.number() }),
]);
export type BackgroundToPanel = z.infer<typeof backgroundToPanelSchema>;

/** Panel side: a message from our own background (it carries our id and no tab), validated. */
export function parseBackgroundMessage(message: unknown, sender: SenderInfo, ownId: string): Result<BackgroundToPanel, ProtocolErrorCode> {
  if (sender.id !== ownId || sender.tab !== undefined) return fail('unknown-sender');
  const parsed = backgroundToPanelSchema.safeParse(message);
  return parsed.success ? ok(parsed.data) : fail('malformed', { detail: z.prettifyError(parsed.error) });
}
