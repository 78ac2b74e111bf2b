/** The side panel's sections, in activity-bar order; Alt+1..5 jumps to each. */
export const PANEL_SECTIONS = ['call', 'script', 'objections', 'targets', 'followUps'] as const;
export type PanelSection = (typeof PANEL_SECTIONS)[number];

export const sectionMessageKey = (section: PanelSection) => `section.${section}` as const;
