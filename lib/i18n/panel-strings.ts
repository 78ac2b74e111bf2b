import type { PanelSection } from '../ui/sections';
import type { Domain } from './catalog';

// Which string domains each lazily loaded part of the side panel brings, so the
// strings follow the code split: a part and its strings load together.
// tests/unit/foundation/strings-follow-code.test.ts reads each part's code and
// fails if it uses a key of a domain not listed here for it.

/**
 * The full panel (loaded after the first frame): the shell, the Call section,
 * first run and what they load on demand (guard prompt, field picker, target
 * bars, command palette), beyond the first-paint domains.
 */
export const PANEL_DOMAINS = ['compliance', 'pageReader', 'targets'] as const satisfies readonly Domain[];

/** What each section loaded on first visit brings on top of the panel's. */
export const SECTION_DOMAINS: Record<Exclude<PanelSection, 'call'>, readonly Domain[]> = {
  script: ['scripts'],
  objections: ['objections'],
  targets: ['targets'],
  followUps: ['targets'],
};
