// The field picker's own script on the CRM page, injected only when the rep
// asks to map a field, so the always-present page reader stays small.
import { cancelPicker, pickField } from './field-picker';

export function startPickerAgent(
  doc: Document,
  onRequest: (handler: (message: unknown, respond: (response: unknown) => void) => boolean) => void,
  types: { pick: string; cancelPick: string },
): void {
  onRequest((message, respond) => {
    const request = (message ?? {}) as { type?: unknown; hint?: unknown };
    if (request.type === types.pick) {
      void pickField(doc, String(request.hint ?? '').slice(0, 400)).then(respond);
      return true; // answers later, when the rep clicks
    }
    if (request.type === types.cancelPick) {
      cancelPicker();
      respond({ ok: true, value: 'cancelled' });
    }
    return false;
  });
}
