// Message type names shared with the page reader. Kept free of Zod so the code
// that runs on the CRM page stays small; the extension side validates with
// the schemas in protocol.ts.
export const PANEL_TO_PAGE_READ = 'panel-to-page:read';
export const PANEL_TO_PAGE_PING = 'panel-to-page:ping';
/** Starts the field picker overlay; answers with the picked element once the rep clicks (or 'cancelled'). */
export const PANEL_TO_PAGE_PICK_FIELD = 'panel-to-page:pick-field';
export const PANEL_TO_PAGE_CANCEL_PICK = 'panel-to-page:cancel-pick';
export const PAGE_TO_EXTENSION_CONTEXT_CHANGED = 'page-to-extension:context-changed';
