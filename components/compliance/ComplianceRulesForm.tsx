import { useState } from 'preact/hooks';
import type { ComplianceSettings } from '../../lib/compliance/compliance-settings';
import type { MessageKey } from '../../lib/i18n';
import '../page-reader/page-reader.css';
import { useI18n } from '../shared/i18n';

export interface ComplianceRulesFormProps {
  settings: ComplianceSettings;
  /** Resolves to an error message, or undefined when saved. */
  onSave(settings: ComplianceSettings): Promise<string | undefined>;
}

type RuleKey = keyof ComplianceSettings;

/** Every pre-dial rule with its on/off switch and its numbers. */
export function ComplianceRulesForm({ settings, onSave }: ComplianceRulesFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(settings);
  const [status, setStatus] = useState<{ kind: 'ok' } | { kind: 'error'; problem: string }>();
  const set = <K extends RuleKey>(rule: K, patch: Partial<ComplianceSettings[K]>) =>
    setDraft({ ...draft, [rule]: { ...draft[rule], ...patch } });

  const toggle = (rule: RuleKey, title: MessageKey) => (
    <legend>
      <label>
        <input type="checkbox" checked={draft[rule].enabled} onChange={(event) => set(rule, { enabled: event.currentTarget.checked })} />{' '}
        {t(title)}
      </label>
    </legend>
  );
  const clock = (rule: 'callingWindow' | 'lunchBreak', end: 'from' | 'to', title: MessageKey) => (
    <label class="field">
      <span>{t(end === 'from' ? 'compliance.from' : 'compliance.to')}</span>
      <input
        type="time"
        aria-label={`${t(title)}: ${t(end === 'from' ? 'compliance.from' : 'compliance.to')}`}
        value={draft[rule][end]}
        disabled={!draft[rule].enabled}
        onInput={(event) => set(rule, { [end]: event.currentTarget.value })}
      />
    </label>
  );
  const number = <K extends RuleKey>(rule: K, key: keyof ComplianceSettings[K] & string, label: MessageKey, title: MessageKey) => (
    <label class="field">
      <span>{t(label)}</span>
      <input
        type="number"
        min={1}
        aria-label={`${t(title)}: ${t(label)}`}
        value={String(draft[rule][key])}
        disabled={!draft[rule].enabled}
        onInput={(event) => set(rule, { [key]: Number(event.currentTarget.value) } as Partial<ComplianceSettings[K]>)}
      />
    </label>
  );

  return (
    <form
      class="settings-form"
      // Zod checks the whole form and says what is wrong, in the page's language.
      noValidate
      aria-labelledby="compliance-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = await onSave(draft);
        setStatus(problem ? { kind: 'error', problem } : { kind: 'ok' });
      }}
    >
      <h2 id="compliance-title">{t('compliance.title')}</h2>
      <p class="muted">{t('compliance.intro')}</p>
      <fieldset>
        {toggle('callingWindow', 'compliance.callingWindow')}
        {clock('callingWindow', 'from', 'compliance.callingWindow')}
        {clock('callingWindow', 'to', 'compliance.callingWindow')}
      </fieldset>
      <fieldset>
        {toggle('lunchBreak', 'compliance.lunchBreak')}
        {clock('lunchBreak', 'from', 'compliance.lunchBreak')}
        {clock('lunchBreak', 'to', 'compliance.lunchBreak')}
      </fieldset>
      <fieldset>
        {toggle('dailyCap', 'compliance.dailyCap')}
        {number('dailyCap', 'max', 'compliance.max', 'compliance.dailyCap')}
      </fieldset>
      <fieldset>
        {toggle('weeklyCap', 'compliance.weeklyCap')}
        {number('weeklyCap', 'max', 'compliance.max', 'compliance.weeklyCap')}
      </fieldset>
      <fieldset>
        {toggle('minInterval', 'compliance.minInterval')}
        {number('minInterval', 'minutes', 'compliance.minutes', 'compliance.minInterval')}
      </fieldset>
      <fieldset>
        {toggle('burst', 'compliance.burst')}
        {number('burst', 'dials', 'compliance.burstDials', 'compliance.burst')}
        {number('burst', 'minutes', 'compliance.burstMinutes', 'compliance.burst')}
      </fieldset>
      <fieldset>{toggle('dnc', 'compliance.dncRule')}</fieldset>
      <div class="row">
        <button type="submit" class="primary">
          {t('compliance.save')}
        </button>
        <span role="status" class={status?.kind === 'error' ? 'error' : 'muted'}>
          {status?.kind === 'ok' && t('compliance.saved')}
          {status?.kind === 'error' && t('compliance.invalid', { problem: status.problem })}
        </span>
      </div>
    </form>
  );
}
