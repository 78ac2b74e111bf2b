// What the field picker maps when the rep clicks: the value itself, also
// inside dropdowns, comboboxes and selects (their shown value, never the popup
// option, which is gone after a reload), and never the whole page.
import { clean, shownValue } from './dom-text';

export type PickTarget = { ok: true; element: Element; value: string } | { ok: false; reason: 'too-large' | 'empty' };

/** An element covering more than this share of the viewport is a layout box or an overlay, not a value. */
const MAX_VIEWPORT_SHARE = 0.5;

function coversViewport(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const rect = element.getBoundingClientRect();
  const viewport = Math.max(1, view.innerWidth * view.innerHeight);
  return (rect.width * rect.height) / viewport > MAX_VIEWPORT_SHARE;
}

/** The control a popup option belongs to (aria-controls / aria-owns point at the listbox). */
function ownerOfOption(option: Element): Element | undefined {
  const listbox = option.closest('[role=listbox], [role=menu], [role=tree], [role=grid]');
  if (!listbox?.id) return undefined;
  const root = option.getRootNode() as Document | ShadowRoot;
  const id = CSS.escape(listbox.id);
  return root.querySelector?.(`[aria-controls~="${id}"], [aria-owns~="${id}"]`) ?? undefined;
}

/** A combobox input's wrapper that shows the chosen value as text (kits draw the value beside a read-only input). */
function comboboxShowing(combobox: Element): Element {
  if (combobox.tagName === 'SELECT' || clean((combobox as HTMLInputElement).value)) return combobox;
  let wrapper = combobox.parentElement;
  for (let depth = 0; wrapper && depth < 4; depth++, wrapper = wrapper.parentElement) {
    if (clean(wrapper.textContent)) return wrapper;
  }
  return combobox;
}

function comboboxAround(element: Element): Element | undefined {
  let group = element.parentElement;
  for (let depth = 0; group && depth < 4; depth++, group = group.parentElement) {
    const controls = group.querySelectorAll('select, [role=combobox]');
    if (controls.length > 1) return undefined;
    if (controls[0]) return comboboxShowing(controls[0]);
  }
  return undefined;
}

/** The element whose value the rep means, from the element under the pointer. */
export function pickTarget(clicked: Element): PickTarget {
  const tag = clicked.tagName.toLowerCase();
  if (tag === 'html' || tag === 'body') return { ok: false, reason: 'too-large' };
  let element = clicked;
  const option = clicked.closest('[role=option], option');
  const owner = option && (option.tagName === 'OPTION' ? option.closest('select') : ownerOfOption(option));
  if (owner) element = owner;
  const combobox =
    element.closest('select, [role=combobox]') ??
    // The kit's wrapper around the combobox (its arrow, its shown value): the combobox inside it.
    element.querySelector('select, [role=combobox]');
  if (combobox && (combobox === element || element.contains(combobox) || combobox.contains(element))) {
    if (element.querySelectorAll('select, [role=combobox]').length <= 1) element = comboboxShowing(combobox);
  }
  // The kit's arrow or icon beside the shown value: the combobox of the group it sits in.
  if (!shownValue(element)) element = comboboxAround(element) ?? element;
  if (coversViewport(element)) return { ok: false, reason: 'too-large' };
  const value = shownValue(element);
  return value ? { ok: true, element, value } : { ok: false, reason: 'empty' };
}
