import { useEffect, useMemo } from 'preact/hooks';
import { callStatusText } from '../../../lib/ui/use-call-flow';
import { CallForm } from '../../calls/CallForm';
import { useI18n } from '../../shared/i18n';
import { lazyComponent } from '../../shared/lazy';
import { CallProgressSlot } from '../CallProgressSlot';
import { PageContextPanel } from '../PageContextPanel';
import type { PanelSectionProps } from './section-props';

// Shown only when a dial breaks a rule: loaded on first use (preloaded when idle).
const GuardPrompt = lazyComponent(() => import('../../calls/GuardPrompt').then((module) => module.GuardPrompt));

/** The Call section: who is on screen, then the call being made. The flow behind it is lib/ui/use-call-flow.ts. */
export function CallSection(props: PanelSectionProps) {
  const { services, profile, call } = props;
  const { t } = useI18n();
  // The same object while the status stands, so the call form (memo) skips renders that change nothing in it.
  const status = useMemo(() => callStatusText(call.status, t), [call.status, t]);
  useEffect(() => {
    const timer = setTimeout(() => GuardPrompt.preload().catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div class="stack call-section">
      <PageContextPanel
        services={services}
        profile={profile}
        page={props.page}
        refreshPage={props.refreshPage}
        draftId={props.draftId}
        recordCollapsed={props.recordCollapsed}
        onToggleRecord={props.onToggleRecord}
        onDial={call.dial}
      />
      <CallProgressSlot services={services} profile={profile} />
      {call.guard && <GuardPrompt messages={call.guard.messages} onCancel={call.cancelGuard} onCallAnyway={call.callAnyway} />}
      {call.draft && !call.guard && (
        <CallForm
          draft={call.draft}
          outcomes={call.outcomes}
          preview={call.preview}
          now={services.now}
          picked={call.picked}
          requiredChecklist={call.requiredChecklist}
          status={status}
          focusRequest={props.focusRequest}
          onToggleRequired={call.toggleRequired}
          onStart={call.start}
          onPatch={call.patch}
          onPickOutcome={call.pickOutcome}
          onSave={call.save}
          onDiscard={call.discard}
        />
      )}
    </div>
  );
}
