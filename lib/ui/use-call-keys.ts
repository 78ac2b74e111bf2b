import { useLayoutEffect } from 'preact/hooks';
import { outcomeForKey } from '../calls/call-flow';
import type { CallFlow } from './use-call-flow';

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** Keys typed into a text field must not log an outcome. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element?.tagName) return false;
  // A ticked checkbox keeps focus; its keys (Space) are no typing, so an outcome key still works there.
  if (element.tagName === 'INPUT' && NOT_TYPED.has((element as HTMLInputElement).type)) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable;
}

/**
 * One key per outcome while a call runs, in every section of the panel,
 * unless the rep is typing. Script branches use Shift+number, so the bare
 * number keys always mean an outcome. Enter saves only in the Call section
 * (elsewhere Enter belongs to the section: copy a rebuttal, follow a branch).
 * A layout effect: the keys work from the first painted frame.
 */
export function useCallKeys(flow: CallFlow, options: { enterSaves: boolean }): void {
  const live = flow.started && !flow.guard;
  useLayoutEffect(() => {
    if (!live) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      // Shift+number is a script branch (see SCRIPT_BRANCH_MODIFIER).
      if (event.shiftKey && /^Digit[0-9]$/.test(event.code)) return;
      // Enter pressed before focus reached Save call (fast hands) still saves; on a button it clicks that button.
      if (event.key === 'Enter') {
        if (!options.enterSaves || (event.target as HTMLElement | null)?.tagName === 'BUTTON') return;
        event.preventDefault();
        void flow.save();
        return;
      }
      const outcome = outcomeForKey(flow.outcomes, event.key);
      if (!outcome) return;
      event.preventDefault();
      flow.pickOutcome(outcome.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });
}
