// The field picker: the only change Callside makes to a host page. Hover
// highlights, click picks, Escape cancels; everything is removed afterwards.

import type { PickedField } from '../page-context';
import { clean, shownValue } from './dom-text';
import { NAME_SOURCES } from './name-candidates';
import { robustSelector } from './robust-selector';
import { scanPage } from './scan-page';

export type PickResult = { ok: true; value: PickedField } | { ok: false; error: string };

const OVERLAY_ID = 'callside-field-picker';
let cancelActive: (() => void) | undefined;

/** Label of the value the rep picked, from the reader's own label/value pairs. */
function labelFor(doc: Document, element: Element): { label?: string; kind?: string } {
  const { candidates } = scanPage(doc);
  const match = candidates.find(
    (candidate) =>
      candidate.label &&
      !NAME_SOURCES.has(candidate.source) &&
      candidate.element &&
      (candidate.element === element || candidate.element.contains(element)),
  );
  return match ? { label: match.label, kind: match.kind } : {};
}

export function cancelPicker(): void {
  cancelActive?.();
}

/** Starts the picker; resolves when the rep clicks an element or cancels. */
export function pickField(doc: Document, hint: string): Promise<PickResult> {
  cancelPicker();
  return new Promise((resolve) => {
    const box = doc.createElement('div');
    box.id = OVERLAY_ID;
    box.setAttribute(
      'style',
      'position:fixed;pointer-events:none;z-index:2147483647;border:2px solid #2457d6;background:rgba(36,87,214,.12);border-radius:3px;display:none',
    );
    const tip = doc.createElement('div');
    tip.setAttribute(
      'style',
      'position:fixed;top:8px;left:50%;transform:translateX(-50%);z-index:2147483647;pointer-events:none;background:#1d2330;color:#fff;font:13px system-ui,sans-serif;padding:6px 12px;border-radius:6px',
    );
    tip.textContent = hint;
    doc.documentElement.append(box, tip);
    let hovered: Element | undefined;

    const target = (event: Event) => {
      const first = event.composedPath()[0];
      return first instanceof Element || (first as Node | undefined)?.nodeType === 1 ? (first as Element) : undefined;
    };
    const onMove = (event: MouseEvent) => {
      hovered = target(event);
      if (!hovered) return;
      const rect = hovered.getBoundingClientRect();
      Object.assign(box.style, {
        display: 'block',
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
    };
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const onClick = (event: MouseEvent) => {
      swallow(event);
      const element = target(event) ?? hovered;
      if (!element) return;
      const { label, kind } = labelFor(doc, element);
      finish({
        ok: true,
        value: {
          url: clean(doc.location.href, 2048),
          selector: robustSelector(element).slice(0, 1024),
          labelAnchor: label?.slice(0, 120),
          value: shownValue(element).slice(0, 500),
          suggestedKind: kind,
        },
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      swallow(event);
      finish({ ok: false, error: 'cancelled' });
    };
    const listeners: [string, EventListener][] = [
      ['mousemove', onMove as EventListener],
      ['click', onClick as EventListener],
      ['mousedown', swallow],
      ['mouseup', swallow],
      ['keydown', onKey as EventListener],
    ];
    for (const [type, listener] of listeners) doc.addEventListener(type, listener, true);
    function finish(result: PickResult) {
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
      box.remove();
      tip.remove();
      cancelActive = undefined;
      resolve(result);
    }
    cancelActive = () => finish({ ok: false, error: 'cancelled' });
  });
}
