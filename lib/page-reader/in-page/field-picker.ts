// The field picker: the only change Callside makes to a host page. Hover
// highlights, click picks, Escape cancels; everything is removed afterwards.

import { fail, type Result } from '../../result';
import type { PickedField } from '../page-context';
import { clean } from './dom-text';
import { NAME_SOURCES } from './name-candidates';
import { pickTarget } from './pick-target';
import { robustSelector } from './robust-selector';
import { scanPage } from './scan-page';

/** The element the rep clicked, or 'cancelled' (Escape, or the panel cancelled). */
export type PickResult = Result<PickedField, 'cancelled'>;

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

/** The window, so the picker's capture listeners run before any of the page's own (document, elements). */
const eventTarget = (doc: Document): EventTarget => doc.defaultView ?? doc;

/** After a pick on pointerdown, the same press's mouseup and click must not reach the page either. */
function swallowTrailingEvents(doc: Document): void {
  const events = eventTarget(doc);
  const types = ['pointerup', 'mouseup', 'click'];
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click') stop();
  };
  const stop = () => {
    for (const type of types) events.removeEventListener(type, swallow, true);
  };
  for (const type of types) events.addEventListener(type, swallow, true);
  setTimeout(stop, 1000);
}

export function cancelPicker(): void {
  cancelActive?.();
}

/** Starts the picker; resolves when the rep clicks an element or cancels. */
export function pickField(doc: Document, hintText: string): Promise<PickResult> {
  cancelPicker();
  // The hint's second line, if any, is shown when the rep clicks something too big to be a value.
  const [hint = '', refusal = ''] = hintText.split('\n');
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
    // Dropdowns open on pointerdown, links follow on click: the first of them picks, and all are swallowed.
    const onPick = (event: Event) => {
      swallow(event);
      const clicked = target(event) ?? hovered;
      if (!clicked) return;
      const picked = pickTarget(clicked);
      if (!picked.ok) {
        // Keep picking, and say why (the panel's hint carries the explanation as its second line).
        tip.textContent = refusal || hint;
        return;
      }
      const { element, value } = picked;
      const { label, kind } = labelFor(doc, element);
      if (event.type !== 'click') swallowTrailingEvents(doc);
      finish({
        ok: true,
        value: {
          url: clean(doc.location.href, 2048),
          selector: robustSelector(element).slice(0, 1024),
          labelAnchor: label?.slice(0, 120),
          value: value.slice(0, 500),
          suggestedKind: kind,
        },
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      swallow(event);
      finish(fail('cancelled'));
    };
    const listeners: [string, EventListener][] = [
      ['pointermove', onMove as EventListener],
      ['mousemove', onMove as EventListener],
      ['pointerdown', onPick],
      ['mousedown', onPick],
      ['click', onPick],
      ['pointerup', swallow],
      ['mouseup', swallow],
      ['touchstart', swallow],
      ['dblclick', swallow],
      ['contextmenu', swallow],
      ['keydown', onKey as EventListener],
    ];
    const events = eventTarget(doc);
    for (const [type, listener] of listeners) events.addEventListener(type, listener, true);
    function finish(result: PickResult) {
      for (const [type, listener] of listeners) events.removeEventListener(type, listener, true);
      box.remove();
      tip.remove();
      cancelActive = undefined;
      resolve(result);
    }
    cancelActive = () => finish(fail('cancelled'));
  });
}
