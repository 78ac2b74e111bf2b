import type { ThemePreference } from '../settings/settings';

/** Applies the theme to a document: 'system' leaves it to prefers-color-scheme. */
export function applyTheme(root: HTMLElement, preference: ThemePreference): void {
  if (preference === 'system') delete root.dataset.theme;
  else root.dataset.theme = preference;
}
