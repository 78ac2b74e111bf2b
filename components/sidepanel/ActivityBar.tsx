import { PANEL_SECTIONS, type PanelSection, sectionMessageKey } from '../../lib/ui/sections';
import { useFirstPaintI18n } from '../shared/i18n';
import { memo } from '../shared/memo';

// Simple line icons drawn for Callside (24x24 viewBox, currentColor).
const ICONS: Record<PanelSection | 'palette', string> = {
  call: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z',
  script: 'M6 2h9l5 5v15H6zM14 3v5h5M9 12h8M9 16h8M9 8h3',
  objections: 'M4 4h16v11H8l-4 4zM9 9h6M12 6v6',
  targets: 'M12 3a9 9 0 1 0 9 9M12 7a5 5 0 1 0 5 5M12 11a1 1 0 1 0 1 1M12 12l8-8M17 4h3v3',
  followUps: 'M7 3v3M17 3v3M4 7h16v13H4zM8 12h3v3H8z',
  palette: 'M10 4a6 6 0 1 1 0 12a6 6 0 1 1 0-12zM14.5 14.5L20 20',
};

function Icon({ path }: { path: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d={path} />
    </svg>
  );
}

export interface ActivityBarProps {
  current: PanelSection;
  onSelect(section: PanelSection): void;
  onOpenPalette(): void;
}

export const ActivityBar = memo(function ActivityBar({ current, onSelect, onOpenPalette }: ActivityBarProps) {
  const { t } = useFirstPaintI18n();
  return (
    <nav class="activity-bar" aria-label={t('section.nav')}>
      {PANEL_SECTIONS.map((section, index) => (
        <button
          key={section}
          type="button"
          aria-label={t(sectionMessageKey(section))}
          title={`${t(sectionMessageKey(section))} (Alt+${index + 1})`}
          aria-current={section === current ? 'true' : 'false'}
          onClick={() => onSelect(section)}
        >
          <Icon path={ICONS[section]} />
        </button>
      ))}
      <span class="spacer" />
      <button type="button" aria-label={t('palette.open')} title={`${t('palette.open')} (Ctrl+K)`} onClick={onOpenPalette}>
        <Icon path={ICONS.palette} />
      </button>
    </nav>
  );
});
