import { useMemo, useState } from 'preact/hooks';
import { outcomeLabel } from '../../lib/calls/outcomes';
import { originPattern } from '../../lib/page-reader/page-link';
import { storageErrorText } from '../../lib/ui/storage-error-text';
import { useAttemptHistory } from '../../lib/ui/use-attempt-history';
import { usePhoneNormaliser } from '../../lib/ui/use-phone-normaliser';
import { useRegisteredActions } from '../../lib/ui/use-registered-actions';
import type { PickerState } from '../page-reader/FieldPickerCard';
import { relativeTime } from '../page-reader/relative-time';
import { TabAccessPanel } from '../page-reader/TabAccessPanel';
import { useI18n } from '../shared/i18n';
import { lazyComponent } from '../shared/lazy';
import { memo } from '../shared/memo';
import { PageContextCard, type PhoneView } from './PageContextCard';
import type { PanelSectionProps, SectionProps } from './sections/section-props';

// The picker's form appears only while mapping a field.
const FieldPickerCard = lazyComponent(() => import('../page-reader/FieldPickerCard').then((module) => module.FieldPickerCard));

export interface PageContextPanelProps extends SectionProps, Partial<Pick<PanelSectionProps, 'recordCollapsed' | 'onToggleRecord'>> {
  /** The rep chose a number on the record to dial. */
  onDial?(phoneRaw: string): void;
}

/** Wires the page-context card to the panel's services: site access, re-read, numbers to dial, the field picker. */
export const PageContextPanel = memo(function PageContextPanel({
  services,
  page,
  refreshPage,
  profile,
  onDial,
  recordCollapsed,
  onToggleRecord,
}: PageContextPanelProps) {
  const { t, language } = useI18n();
  const [picker, setPicker] = useState<PickerState>();
  const [notice, setNotice] = useState<{ text: string; error?: boolean }>();
  const context = page.status === 'ready' && !page.context.settling ? page.context : undefined;
  const url = page.status === 'ready' ? page.context.url : undefined;

  const normalisePhone = usePhoneNormaliser();
  const phones: PhoneView[] | undefined = useMemo(
    () =>
      context?.phones.map((phone) => {
        const normalised = normalisePhone?.(phone.raw, profile.defaultRegion);
        return { raw: phone.raw, label: phone.label, display: normalised?.display, extension: normalised?.extension };
      }),
    [context, profile.defaultRegion, normalisePhone],
  );
  const firstE164 = context?.phones.map((phone) => normalisePhone?.(phone.raw, profile.defaultRegion)?.e164).find(Boolean);
  const attempts = useAttemptHistory(services.db, context && { phoneE164: firstE164, recordUrl: context.url });
  const attemptLine = (() => {
    if (!attempts || !context?.phones.length) return undefined;
    const { summary, lastOutcome: outcome } = attempts;
    if (!summary.last) return t('page.firstAttempt');
    return t('page.attempts', {
      next: summary.count + 1,
      outcome: outcome ? outcomeLabel(outcome, language, summary.last.outcomeId) : summary.last.outcomeId,
      when: relativeTime(summary.last.at, services.now(), language),
    });
  })();

  const startPicker = () => {
    setNotice(undefined);
    setPicker({ phase: 'picking' });
    void services.pickField(t('picker.hint')).then((result) => {
      if (result.ok) setPicker({ phase: 'picked', picked: result.value });
      else if (result.error.code === 'cancelled') setPicker(undefined);
      else setPicker({ phase: 'failed', reason: result.error.code });
    });
  };
  const cancelPicker = () => {
    if (picker?.phase === 'picking') void services.cancelPickField();
    setPicker(undefined);
  };

  const enableSite = () => {
    if (!url) return;
    void services.enableSite(url).then((result) => {
      if (!result.ok) setNotice({ text: t('page.permissionDenied'), error: true });
      refreshPage();
    });
  };
  const disableSite = () => {
    if (!url) return;
    void services.disableSite(url).then(refreshPage);
  };
  const siteEnabled = page.status === 'ready' && page.siteEnabled;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the handlers only read url and services, listed here
  const actions = useMemo(() => {
    const group = t('palette.group.call');
    if (!url) return [];
    return [
      { id: 'map-field', group, title: t('picker.mapField'), keywords: ['picker', 'mapping', '映射'], run: startPicker },
      siteEnabled
        ? { id: 'site-disable', group, title: t('page.command.disableSite'), keywords: ['site', '网站'], run: disableSite }
        : { id: 'site-enable', group, title: t('page.command.enableSite'), keywords: ['site', 'permission', '网站'], run: enableSite },
    ];
  }, [t, services, url, siteEnabled]);
  useRegisteredActions(services.commands, 'page-reader', actions);

  return (
    <div class="stack">
      {/* Above the record, so the rep sees it without scrolling once a value is picked. */}
      {picker && (
        <FieldPickerCard
          key={picker.phase === 'picked' ? picker.picked.selector : picker.phase}
          state={picker}
          onCancel={cancelPicker}
          onSave={(field) => {
            if (picker.phase !== 'picked') return;
            void import('../../lib/page-reader/site-mappings')
              .then(({ saveMappingFromPick }) => saveMappingFromPick(picker.picked, field, services.db, services.now()))
              .then((saved) => {
                setPicker(undefined);
                setNotice({ text: t('picker.saved', { origin: saved.origin }) });
                refreshPage();
              })
              .catch((error: unknown) => setNotice({ text: storageErrorText(error, t), error: true }));
          }}
        />
      )}
      {page.status === 'unavailable' ? (
        <TabAccessPanel services={services} page={page} refreshPage={refreshPage} />
      ) : (
        <PageContextCard
          page={page}
          phones={phones}
          attemptLine={attemptLine}
          region={profile.defaultRegion}
          onRefresh={refreshPage}
          onDial={onDial}
          onMapField={url && originPattern(url) ? startPicker : undefined}
          collapsed={recordCollapsed}
          onToggleCollapsed={onToggleRecord}
          onEnableSite={enableSite}
          onDisableSite={disableSite}
        />
      )}
      {notice && (
        <p role="status" class={notice.error ? 'error' : 'muted'}>
          {notice.text}
        </p>
      )}
    </div>
  );
});
