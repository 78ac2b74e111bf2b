// Selectors for picked fields that survive re-renders: stable ids and
// attributes (name, data-*, aria-label) over positional chains, never
// generated class names (css-1x2y3z, jss12, sc-abc, ember123).

const GENERATED = /\d{3,}|^[:_]|:|^(ember|ext-|gen|react|mui|radix|headlessui|css-|jss|sc-|emotion|svelte-|ng-|v-)|[0-9a-f]{6,}/i;
const STABLE_ATTRIBUTES = [
  'data-field',
  'data-field-name',
  'data-testid',
  'data-test',
  'data-qa',
  'data-name',
  'name',
  'itemprop',
  'aria-label',
  'field-label',
];
const STATE_CLASSES = /^(active|selected|hover|focus|open|closed|hidden|visible|show|disabled|is-.*|has-.*)$/i;

const isStable = (value: string | null): value is string => !!value && value.length <= 60 && !GENERATED.test(value);
const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

function step(element: Element): { selector: string; anchored: boolean } {
  const tag = element.tagName.toLowerCase();
  if (isStable(element.id)) return { selector: `#${CSS.escape(element.id)}`, anchored: true };
  for (const attribute of STABLE_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    // Values with long digit runs are record data (ids, numbers), not structure.
    if (isStable(value) && !/\d{4,}/.test(value)) return { selector: `${tag}[${attribute}=${quote(value)}]`, anchored: true };
  }
  const classes = [...element.classList].filter((name) => isStable(name) && !STATE_CLASSES.test(name) && !/\d/.test(name)).slice(0, 2);
  let selector = tag + classes.map((name) => `.${CSS.escape(name)}`).join('');
  const parent = element.parentElement;
  if (parent) {
    const sameTag = [...parent.children].filter((sibling) => sibling.tagName === element.tagName);
    if (sameTag.length > 1) selector += `:nth-of-type(${sameTag.indexOf(element) + 1})`;
  }
  return { selector, anchored: false };
}

function isUnique(root: Document | ShadowRoot, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

/** The shortest stable selector that finds exactly this element within its own root (document or shadow root). */
export function robustSelector(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const parts: string[] = [];
  for (let current: Element | null = element, depth = 0; current && depth < 8; current = current.parentElement, depth++) {
    const { selector, anchored } = step(current);
    parts.unshift(selector);
    const candidate = parts.join(' > ');
    if (isUnique(root, candidate, element)) return candidate;
    // Below a stable anchor, descendant combinators tolerate wrappers added by re-renders.
    if (anchored && parts.length > 1) {
      const loose = `${parts[0]} ${parts.slice(1).join(' > ')}`;
      if (isUnique(root, loose, element)) return loose;
    }
  }
  return parts.join(' > ');
}
