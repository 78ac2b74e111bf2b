import type { FunctionComponent } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PanelCommand } from '../../lib/background/panel-commands';
import { outcomeLabel } from '../../lib/calls/outcomes';
import { useDraftSlot } from '../../lib/calls/use-draft-slot';
import type { CommandRegistry } from '../../lib/commands/registry';
import { type Domain, loadStrings } from '../../lib/i18n/catalog';
import { SECTION_DOMAINS } from '../../lib/i18n/panel-strings';
import { PANEL_SECTIONS, type PanelSection, sectionMessageKey } from '../../lib/ui/sections';
import { type CallField, useCallActions } from '../../lib/ui/use-call-actions';
import { callStatusText, useCallFlow } from '../../lib/ui/use-call-flow';
import { useCallKeys } from '../../lib/ui/use-call-keys';
import { usePageContext } from '../../lib/ui/use-page-context';
import { useAllActions, useRegisteredActions } from '../../lib/ui/use-registered-actions';
import { CallStatusStrip } from '../calls/CallStatusStrip';
import { TodayPanel } from '../calls/TodayPanel';
import { useI18n } from '../shared/i18n';
import { lazyComponent } from '../shared/lazy';
import { ActivityBar } from './ActivityBar';
import { CallSection } from './sections/CallSection';
import type { PanelSectionProps, SectionProps } from './sections/section-props';

// Opened by Ctrl+K: loaded when first needed.
const CommandPalette = lazyComponent(() => import('./CommandPalette').then((module) => module.CommandPalette));

/** A section loaded on first visit, together with its own domains' strings (lib/i18n/panel-strings.ts). */
function lazySection(load: () => Promise<FunctionComponent<SectionProps>>, domains: readonly Domain[]) {
  return lazyComponent(() => Promise.all([load(), loadStrings(domains)]).then(([component]) => component));
}

// The Call section is what the panel opens on; the others load on first visit
// to keep the panel's initial JS small.
const SECTION_COMPONENTS: Record<PanelSection, FunctionComponent<PanelSectionProps>> = {
  call: CallSection,
  script: lazySection(() => import('./sections/ScriptSection').then((module) => module.ScriptSection), SECTION_DOMAINS.script),
  objections: lazySection(
    () => import('./sections/ObjectionsSection').then((module) => module.ObjectionsSection),
    SECTION_DOMAINS.objections,
  ),
  targets: lazySection(() => import('./sections/TargetsSection').then((module) => module.TargetsSection), SECTION_DOMAINS.targets),
  followUps: lazySection(() => import('./sections/FollowUpsSection').then((module) => module.FollowUpsSection), SECTION_DOMAINS.followUps),
};

/** Which section a browser keyboard command lands in. */
const COMMAND_SECTION: Record<PanelCommand, PanelSection> = {
  'focus-objection-search': 'objections',
  'start-call': 'call',
};

/** Palette actions of these owners come first in each section (see CommandRegistry.listFor). */
const SECTION_OWNERS: Record<PanelSection, readonly string[]> = {
  call: ['calls', 'page-reader'],
  script: ['scripts', 'calls'],
  objections: ['objections', 'calls'],
  targets: ['targets', 'calls'],
  followUps: ['follow-ups', 'calls'],
};

type ShellProps = Pick<SectionProps, 'services' | 'profile'>;

export function PanelShell(props: ShellProps) {
  // Each open panel has its own current-call draft; a reopened panel gets its unfinished one back.
  const draftId = useDraftSlot();
  return draftId ? <PanelWithCall {...props} draftId={draftId} /> : null;
}

function PanelWithCall({ services, profile, draftId }: ShellProps & { draftId: string }) {
  const { t, language } = useI18n();
  const [section, setSection] = useState<PanelSection>('call');
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: CallField; count: number }>();
  const { page, refresh } = usePageContext(services);
  const call = useCallFlow({ services, profile, page, draftId, t, language });
  const latestCall = useRef(call);
  latestCall.current = call;

  // During a call the record card shrinks to the name, so the call form fits a 320 px panel. The rep's
  // own toggle holds until the call starts or ends: it is kept with the phase it was made in (derived
  // here rather than reset by an effect, which would render the whole panel once more per call).
  const phases = useRef({ started: call.started, count: 0 });
  if (phases.current.started !== call.started) phases.current = { started: call.started, count: phases.current.count + 1 };
  const phase = phases.current.count;
  const [collapseToggle, setCollapseToggle] = useState<{ phase: number; collapsed: boolean }>();
  const recordCollapsed = collapseToggle?.phase === phase ? collapseToggle.collapsed : call.started;
  const latestToggle = useRef({ phase, recordCollapsed });
  latestToggle.current = { phase, recordCollapsed };
  const toggleRecord = useCallback(
    () => setCollapseToggle({ phase: latestToggle.current.phase, collapsed: !latestToggle.current.recordCollapsed }),
    [],
  );
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  const closePalette = useCallback(() => setPaletteOpen(false), []);

  const openCall = () => setSection('call');
  const focusField = (field: CallField) => {
    setSection('call');
    setFocusRequest((last) => ({ field, count: (last?.count ?? 0) + 1 }));
  };
  useCallKeys(call, { enterSaves: section === 'call' });
  useCallActions(services.commands, call, { t, language, now: services.now, focusField, openCall });

  const shellActions = useMemo(
    () => [
      ...PANEL_SECTIONS.map((target, index) => ({
        id: `go-${target}`,
        group: t('palette.group.shell'),
        title: t('command.goTo', { section: t(sectionMessageKey(target)) }),
        keywords: [target],
        shortcut: `Alt+${index + 1}`,
        run: () => setSection(target),
      })),
      {
        id: 'toggle-record',
        group: t('palette.group.shell'),
        title: t('call.command.toggleRecord'),
        run: toggleRecord,
      },
      { id: 'refresh-page', group: t('palette.group.shell'), title: t('command.refreshPage'), run: refresh },
      { id: 'open-dashboard', group: t('palette.group.shell'), title: t('command.openDashboard'), run: services.openDashboard },
      { id: 'open-options', group: t('palette.group.shell'), title: t('command.openOptions'), run: services.openOptions },
    ],
    [t, refresh, services, toggleRecord],
  );
  useRegisteredActions(services.commands, 'shell', shellActions);

  // The palette is one keystroke away: fetch it once the panel has painted.
  useEffect(() => {
    const timer = setTimeout(() => CommandPalette.preload().catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, []);

  // Alt+Shift+C from anywhere in the browser: the background opens the panel and hands the command over.
  useEffect(
    () =>
      services.onPanelCommand((command) => {
        setSection(COMMAND_SECTION[command]);
        if (command === 'start-call') latestCall.current.start();
      }),
    [services],
  );

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
  const status = callStatusText(call.status, t);
  const pickedOutcome = call.outcomes.find((outcome) => outcome.id === call.draft?.outcomeId);
  const keys = call.outcomes.map((outcome) => outcome.hotkey).filter(Boolean);
  return (
    <div class="panel">
      <ActivityBar current={section} onSelect={setSection} onOpenPalette={openPalette} />
      <main class="panel-main">
        <TodayPanel db={services.db} now={services.now} industry={profile.industry} />
        <header class="panel-header">
          <h1>{t(sectionMessageKey(section))}</h1>
          <kbd title={t('palette.open')}>{t('palette.hint')}</kbd>
        </header>
        <div class="panel-body">
          <Section
            services={services}
            profile={profile}
            page={page}
            refreshPage={refresh}
            draftId={draftId}
            call={call}
            recordCollapsed={recordCollapsed}
            onToggleRecord={toggleRecord}
            focusRequest={focusRequest}
          />
        </div>
        {section !== 'call' && (call.started || status) && (
          <CallStatusStrip
            startedAt={call.draft?.startedAt}
            now={services.now}
            customerName={call.preview.customerName}
            phone={call.preview.phone}
            outcomeLabel={pickedOutcome && outcomeLabel(pickedOutcome, language, pickedOutcome.id)}
            outcomeKeys={keys.length > 1 ? `${keys[0]}–${keys[keys.length - 1]}` : (keys[0] ?? '')}
            status={status}
            onSave={() => void call.save()}
            onOpenCall={openCall}
          />
        )}
      </main>
      {paletteOpen && <OpenPalette registry={services.commands} owners={SECTION_OWNERS[section]} onClose={closePalette} />}
    </div>
  );
}

/** The palette, listing what applies now: it follows the registry only while it is open. */
function OpenPalette({ registry, owners, onClose }: { registry: CommandRegistry; owners: readonly string[]; onClose(): void }) {
  const actions = useAllActions(registry, owners);
  return <CommandPalette actions={actions} onClose={onClose} />;
}
