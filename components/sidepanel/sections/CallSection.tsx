import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, patchDraft } from '../../../lib/calls/draft';
import { listOutcomes, outcomeLabel, seedDefaultOutcomes } from '../../../lib/calls/outcomes';
import { draftIsForRecord, prefillFromPage } from '../../../lib/calls/prefill';
import type { SaveCallProblem } from '../../../lib/calls/save-call';
import type { GuardViolation } from '../../../lib/compliance/guard';
import type { OutcomeRecord } from '../../../lib/db/records';
import { describeStorageError } from '../../../lib/db/storage-errors';
import type { Translate } from '../../../lib/i18n';
import type { RequiredItem } from '../../../lib/scripts/call-checklist';
import { useLiveQuery } from '../../../lib/ui/use-live-query';
import { loadPhoneNormaliser, type NormalisePhone, usePhoneNormaliser } from '../../../lib/ui/use-phone-normaliser';
import { useRegisteredActions } from '../../../lib/ui/use-registered-actions';
import { CallForm } from '../../calls/CallForm';
import { formatTime, isTypingTarget } from '../../calls/format';
import { useI18n } from '../../shared/i18n';
import { lazyComponent } from '../../shared/lazy';
import { PageContextPanel } from '../PageContextPanel';
import type { SectionProps } from './section-props';

// Code the first paint does not need loads on first use (the panel preloads it when idle).
const GuardPrompt = lazyComponent(() => import('../../calls/GuardPrompt').then((module) => module.GuardPrompt));
const loadGuard = () => Promise.all([import('../../../lib/compliance/guard'), import('../../../lib/compliance/describe-violation')]);
const loadSaveCall = () => import('../../../lib/calls/save-call');
const loadChecklist = () => import('../../../lib/scripts/call-checklist');
const NO_REQUIRED_ITEMS: RequiredItem[] = [];

// Stable while loading: a fresh [] each render would re-register the palette actions forever.
const NO_OUTCOMES: OutcomeRecord[] = [];

type Status =
  | { kind: 'wait' }
  | { kind: 'saved'; deal: boolean }
  | { kind: 'problem'; problem: SaveCallProblem }
  | { kind: 'error'; message: string };

function problemText(problem: SaveCallProblem, t: Translate): string {
  if (problem.kind === 'required-pending') return t('call.problem.required-pending', { items: problem.items.join(', ') });
  return t(`call.problem.${problem.kind}`);
}

/** The Call section: who is on screen, then the call being made. */
export function CallSection(props: SectionProps) {
  const { services, profile, page, draftId } = props;
  const { db } = services;
  const { t, language } = useI18n();
  const [status, setStatus] = useState<Status>();
  const [guard, setGuard] = useState<{
    violations: GuardViolation[];
    at: number;
    normalise: NormalisePhone;
    messages: { severity: GuardViolation['severity']; text: string }[];
  }>();
  const attaching = useRef<Promise<unknown>>(Promise.resolve());
  const [picked, setPicked] = useState<{ outcomeId?: string; count: number }>({ count: 0 });

  // After first paint, fetch what Start call and Save call will need, so the first call is not slower.
  useEffect(() => {
    const timer = setTimeout(() => {
      // A failed preload is simply retried when the code is first used.
      const ignore = () => undefined;
      GuardPrompt.preload().catch(ignore);
      loadGuard().catch(ignore);
      loadSaveCall().catch(ignore);
      loadChecklist().catch(ignore);
    }, 300);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    void seedDefaultOutcomes(db).catch((error: unknown) => setStatus({ kind: 'error', message: describeStorageError(error, t) }));
  }, [db]);
  const outcomesState = useLiveQuery(() => listOutcomes(db), [db]);
  const draftState = useLiveQuery(() => loadDraft(draftId, db), [db, draftId]);
  const outcomes = outcomesState.status === 'ready' ? outcomesState.value : NO_OUTCOMES;
  const requiredState = useLiveQuery(async () => {
    const current = await loadDraft(draftId, db);
    return current.scriptId ? (await loadChecklist()).requiredChecklist(current, db) : NO_REQUIRED_ITEMS;
  }, [db, draftId]);
  const requiredChecklist = requiredState.status === 'ready' ? requiredState.value : NO_REQUIRED_ITEMS;
  const draft = draftState.status === 'ready' ? draftState.value : undefined;
  const started = draft?.startedAt !== undefined;
  const context = page.status === 'ready' ? page.context : undefined;
  const normalisePhone = usePhoneNormaliser();
  const preview = prefillFromPage(context, profile.defaultRegion, normalisePhone);

  const report = (error: unknown) => setStatus({ kind: 'error', message: describeStorageError(error, t) });
  const patch = (update: Parameters<typeof patchDraft>[1]) => patchDraft(draftId, update, db, services.now()).catch(report);

  const begin = (at: number, overrides: { rule: string; reason: string; at: number }[], normalise: NormalisePhone) => {
    setGuard(undefined);
    // A fresh call: focus starts again from the outcomes.
    setPicked({ count: 0 });
    void patch((current) => {
      const fromPage = prefillFromPage(context, profile.defaultRegion, normalise);
      // Left over from another record (the rep moved on before starting): the page wins, the rest is dropped.
      if (!draftIsForRecord(current, context)) {
        return { ...fromPage, scriptPath: [], checklistDone: [], requiredPending: [], rebuttalsUsed: [], startedAt: at, overrides };
      }
      // The page's values fill only what the rep (or a picked number) has not set already.
      return {
        ...fromPage,
        ...Object.fromEntries(
          Object.entries({
            customerName: current.customerName,
            phoneRaw: current.phoneRaw,
            phoneE164: current.phoneE164,
            recordUrl: current.recordUrl,
            pageTitle: current.pageTitle,
          }).filter(([, value]) => value !== undefined),
        ),
        startedAt: at,
        overrides: [...current.overrides, ...overrides],
      };
    }).then(() => {
      // The script's required checklist gates the save even if the Script section is never opened;
      // Save call waits for this, so a fast rep cannot slip past it.
      attaching.current = loadChecklist()
        .then(({ attachScriptToDraft }) => attachScriptToDraft(draftId, profile, services.browserLanguage, db, services.now()))
        .catch(report);
    });
  };

  const start = async () => {
    if (started) return;
    // Between two records of an SPA: wait for the new one, or the guard would check no number.
    if (page.status === 'reading' || context?.settling) {
      setStatus({ kind: 'wait' });
      return;
    }
    setStatus(undefined);
    const at = services.now();
    try {
      // The guard needs the normalised number: wait for the normaliser if it is still loading.
      const normalise = normalisePhone ?? (await loadPhoneNormaliser());
      const ownNumber = draft && draftIsForRecord(draft, context) ? draft.phoneE164 : undefined;
      const phoneE164 = ownNumber ?? prefillFromPage(context, profile.defaultRegion, normalise).phoneE164;
      const [{ checkBeforeDial }, { describeViolation }] = await loadGuard();
      const violations = await checkBeforeDial({ phoneE164, at }, db);
      const messages = violations.map((violation) => ({
        severity: violation.severity,
        text: describeViolation(violation, t, (time) => formatTime(time, language)),
      }));
      if (violations.length > 0) setGuard({ violations, at, normalise, messages });
      else begin(at, [], normalise);
    } catch (error) {
      report(error);
    }
  };

  const pickOutcome = (outcomeId: string) => {
    setStatus(undefined);
    // Focus moves on at once, not after the write: a fast rep types the amount right after the key.
    setPicked((last) => ({ outcomeId, count: last.count + 1 }));
    void patch({ outcomeId });
  };

  const save = async () => {
    try {
      await attaching.current;
      const { saveDraftAsCall } = await loadSaveCall();
      const result = await saveDraftAsCall(draftId, { outcomes, effectiveSeconds: profile.effectiveSeconds, now: services.now() }, db);
      setStatus(result.ok ? { kind: 'saved', deal: result.call.flags.deal === 1 } : { kind: 'problem', problem: result.problem });
    } catch (error) {
      report(error);
    }
  };

  // One key per outcome while a call runs, unless the rep is typing. A layout effect: the keys work from the first frame.
  useLayoutEffect(() => {
    if (!started || guard) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      // Enter pressed before focus reached Save call (fast hands) still saves; on a button it clicks that button.
      if (event.key === 'Enter' && (event.target as HTMLElement | null)?.tagName !== 'BUTTON') {
        event.preventDefault();
        void save();
        return;
      }
      const outcome = outcomes.find((candidate) => candidate.hotkey && candidate.hotkey.toLowerCase() === event.key.toLowerCase());
      if (!outcome) return;
      event.preventDefault();
      pickOutcome(outcome.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [started, guard, outcomes, draftId, profile.effectiveSeconds]);

  const actions = useMemo(
    () => [
      { id: 'call-start', title: t('call.command.start'), keywords: ['dial', 'call'], run: () => void start() },
      { id: 'call-save', title: t('call.command.save'), keywords: ['log', 'save'], run: () => void save() },
      ...outcomes.map((outcome) => ({
        id: `call-outcome-${outcome.id}`,
        title: t('call.command.outcome', { label: outcomeLabel(outcome, language, outcome.id) }),
        keywords: [outcome.label.en, outcome.label['zh-CN']],
        shortcut: outcome.hotkey,
        run: () => pickOutcome(outcome.id),
      })),
    ],
    [t, language, outcomes, draft, page, guard],
  );
  useRegisteredActions(services.commands, 'calls', actions);

  return (
    <div class="stack">
      <PageContextPanel
        {...props}
        onDial={(phoneRaw) => {
          void loadPhoneNormaliser().then((normalise) => {
            const picked = prefillFromPage(context, profile.defaultRegion, normalise, phoneRaw);
            // Remember which record the number was picked on (see draftIsForRecord).
            void patch({ phoneRaw: picked.phoneRaw, phoneE164: picked.phoneE164, recordUrl: context?.url });
          });
        }}
      />
      {guard && (
        <GuardPrompt
          messages={guard.messages}
          onCancel={() => setGuard(undefined)}
          onCallAnyway={(reason) =>
            begin(
              services.now(),
              guard.violations.map((violation) => ({ rule: violation.rule, reason: reason || 'acknowledged', at: guard.at })),
              guard.normalise,
            )
          }
        />
      )}
      {draft && !guard && (
        <CallForm
          draft={draft}
          outcomes={outcomes}
          preview={
            started || draftIsForRecord(draft, context)
              ? { customerName: draft.customerName ?? preview.customerName, phone: draft.phoneRaw ?? preview.phoneRaw }
              : { customerName: preview.customerName, phone: preview.phoneRaw }
          }
          now={services.now}
          picked={picked}
          requiredChecklist={requiredChecklist}
          onToggleRequired={(itemId, done) =>
            void loadChecklist()
              .then(({ setChecklistItem }) => setChecklistItem(draftId, itemId, done, db, services.now()))
              .catch(report)
          }
          onStart={() => void start()}
          onPatch={(update) => void patch(update)}
          onPickOutcome={pickOutcome}
          onSave={() => void save()}
          onDiscard={() => void clearDraft(draftId, db).catch(report)}
        />
      )}
      <p role="status" class={`status-line ${status?.kind === 'saved' || status?.kind === 'wait' ? '' : 'error'}`}>
        {status?.kind === 'saved' && t(status.deal ? 'call.savedDeal' : 'call.saved')}
        {status?.kind === 'wait' && t('page.loadingRecord')}
        {status?.kind === 'problem' && problemText(status.problem, t)}
        {status?.kind === 'error' && status.message}
      </p>
    </div>
  );
}
