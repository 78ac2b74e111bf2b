import type { FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { PanelCommand } from '../../lib/background/panel-commands';
import { useDraftSlot } from '../../lib/calls/use-draft-slot';
import { describeStorageError } from '../../lib/db/storage-errors';
import { createTranslator } from '../../lib/i18n';
import { loadMoreStrings } from '../../lib/i18n/catalog';
import { type Language, resolveLanguage, saveProfile } from '../../lib/settings/settings';
import type { PanelServices } from '../../lib/ui/panel-services';
import { PANEL_SECTIONS, type PanelSection, sectionMessageKey } from '../../lib/ui/sections';
import { applyTheme } from '../../lib/ui/theme';
import { useCatalog } from '../../lib/ui/use-catalog';
import { usePageContext } from '../../lib/ui/use-page-context';
import { useProfile } from '../../lib/ui/use-profile';
import { useAllActions, useRegisteredActions } from '../../lib/ui/use-registered-actions';
import { TodayPanel } from '../calls/TodayPanel';
import { I18nProvider, useI18n } from '../shared/i18n';
import { lazyComponent } from '../shared/lazy';
import { ActivityBar } from './ActivityBar';
import { CallSection } from './sections/CallSection';
import type { SectionProps } from './sections/section-props';

// Opened by Ctrl+K or once per install: loaded when first needed.
const CommandPalette = lazyComponent(() => import('./CommandPalette').then((module) => module.CommandPalette));
const FirstRun = lazyComponent(() => import('./FirstRun').then((module) => module.FirstRun));

/** A section loaded on first visit, together with the strings beyond the first paint's. */
function lazySection(load: () => Promise<FunctionComponent<SectionProps>>) {
  return lazyComponent(() => Promise.all([load(), loadMoreStrings()]).then(([component]) => component));
}

// The Call section is what the panel opens on; the others load on first visit
// to keep the panel's initial JS small.
const SECTION_COMPONENTS: Record<PanelSection, FunctionComponent<SectionProps>> = {
  call: CallSection,
  script: lazySection(() => import('./sections/ScriptSection').then((module) => module.ScriptSection)),
  objections: lazySection(() => import('./sections/ObjectionsSection').then((module) => module.ObjectionsSection)),
  targets: lazySection(() => import('./sections/TargetsSection').then((module) => module.TargetsSection)),
  followUps: lazySection(() => import('./sections/FollowUpsSection').then((module) => module.FollowUpsSection)),
};

/** Which section a browser keyboard command lands in. */
const COMMAND_SECTION: Record<PanelCommand, PanelSection> = {
  'focus-objection-search': 'objections',
  'start-call': 'call',
};

export function SidePanelApp({ services }: { services: PanelServices }) {
  const profileState = useProfile(services.db, services.browserLanguage);
  const [previewLanguage, setPreviewLanguage] = useState<Language>();
  const profile = profileState.status === 'ready' ? profileState.value.profile : undefined;
  const language =
    previewLanguage ??
    (profile ? resolveLanguage(profile, services.browserLanguage) : resolveLanguage({ language: 'auto' }, services.browserLanguage));

  const shownLanguage = useCatalog(language);

  useEffect(() => {
    if (shownLanguage) document.documentElement.lang = shownLanguage;
    if (profile) applyTheme(document.documentElement, profile.theme);
  }, [shownLanguage, profile?.theme]);

  if (profileState.status === 'loading' || !shownLanguage) return null;
  if (profileState.status === 'error') {
    const t = createTranslator(shownLanguage);
    return (
      <p role="alert" class="error" style={{ padding: '12px' }}>
        {describeStorageError(profileState.error, t)}
      </p>
    );
  }
  const current = profileState.value.profile;
  return (
    <I18nProvider language={shownLanguage}>
      {current.onboardedAt ? (
        <PanelShell services={services} profile={current} />
      ) : (
        <FirstRun
          initial={{ repName: current.repName, language: shownLanguage, industry: current.industry }}
          onLanguagePreview={setPreviewLanguage}
          onDone={(answers) => {
            const defaultRegion = answers.language === 'zh-CN' ? 'CN' : current.defaultRegion;
            void saveProfile({ ...current, ...answers, defaultRegion, onboardedAt: services.now() }, services.db).then(() =>
              setPreviewLanguage(undefined),
            );
          }}
        />
      )}
    </I18nProvider>
  );
}

function PanelShell({ services, profile }: Pick<SectionProps, 'services' | 'profile'>) {
  const { t } = useI18n();
  const [section, setSection] = useState<PanelSection>('call');
  const [paletteOpen, setPaletteOpen] = useState(false);
  const { page, refresh } = usePageContext(services);
  const actions = useAllActions(services.commands);
  // Each open panel has its own current-call draft; a reopened panel gets its unfinished one back.
  const draftId = useDraftSlot();

  const shellActions = useMemo(
    () => [
      ...PANEL_SECTIONS.map((target, index) => ({
        id: `go-${target}`,
        title: t('command.goTo', { section: t(sectionMessageKey(target)) }),
        keywords: [target],
        shortcut: `Alt+${index + 1}`,
        run: () => setSection(target),
      })),
      { id: 'refresh-page', title: t('command.refreshPage'), run: refresh },
      { id: 'open-dashboard', title: t('command.openDashboard'), run: services.openDashboard },
      { id: 'open-options', title: t('command.openOptions'), run: services.openOptions },
    ],
    [t, refresh, services],
  );
  useRegisteredActions(services.commands, 'shell', shellActions);

  // The palette is one keystroke away: fetch it once the panel has painted.
  useEffect(() => {
    const timer = setTimeout(() => CommandPalette.preload().catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => services.onPanelCommand((command) => setSection(COMMAND_SECTION[command])), [services]);

  // Layout effect: the shortcuts work from the first painted frame.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPaletteOpen((open) => !open);
      } else if (event.altKey && !event.ctrlKey && /^Digit[1-5]$/.test(event.code)) {
        // event.code, not key: Alt+3 types '£' on a Mac keyboard.
        event.preventDefault();
        setSection(PANEL_SECTIONS[Number(event.code.slice(5)) - 1] ?? 'call');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const Section = SECTION_COMPONENTS[section];
  return (
    <div class="panel">
      <ActivityBar current={section} onSelect={setSection} onOpenPalette={() => setPaletteOpen(true)} />
      <main class="panel-main">
        <TodayPanel db={services.db} now={services.now} />
        <header class="panel-header">
          <h1>{t(sectionMessageKey(section))}</h1>
          <kbd title={t('palette.open')}>{t('palette.hint')}</kbd>
        </header>
        <div class="panel-body">
          {draftId && <Section services={services} profile={profile} page={page} refreshPage={refresh} draftId={draftId} />}
        </div>
      </main>
      {paletteOpen && <CommandPalette actions={actions} onClose={() => setPaletteOpen(false)} />}
    </div>
  );
}
