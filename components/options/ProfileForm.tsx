import { useState } from 'preact/hooks';
import type { Profile } from '../../lib/settings/settings';
import { useI18n } from '../shared/i18n';

export interface ProfileFormProps {
  profile: Profile;
  /** Resolves to an error message, or undefined when saved. */
  onSave(profile: Profile): Promise<string | undefined>;
}

/** Rep name, team, language, theme, industry, phone region, effective-call threshold. */
export function ProfileForm({ profile, onSave }: ProfileFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(profile);
  // Kept as data, not text, so the message follows a language change made by this very save.
  const [status, setStatus] = useState<{ kind: 'ok' } | { kind: 'error'; problem: string }>();
  const set = <K extends keyof Profile>(key: K, value: Profile[K]) => setDraft({ ...draft, [key]: value });
  return (
    <form
      aria-labelledby="profile-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = await onSave(draft);
        setStatus(problem ? { kind: 'error', problem } : { kind: 'ok' });
      }}
    >
      <h2 id="profile-title">{t('options.profile')}</h2>
      <div class="form-grid">
        <label for="rep-name">{t('options.repName')}</label>
        <input id="rep-name" maxLength={80} value={draft.repName} onInput={(e) => set('repName', e.currentTarget.value)} />
        <label for="team">{t('options.team')}</label>
        <input id="team" maxLength={80} value={draft.team} onInput={(e) => set('team', e.currentTarget.value)} />
        <label for="language">{t('options.language')}</label>
        <select id="language" value={draft.language} onChange={(e) => set('language', e.currentTarget.value as Profile['language'])}>
          <option value="auto">{t('language.auto')}</option>
          <option value="zh-CN">{t('language.zh-CN')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
        <label for="theme">{t('options.theme')}</label>
        <select id="theme" value={draft.theme} onChange={(e) => set('theme', e.currentTarget.value as Profile['theme'])}>
          <option value="system">{t('theme.system')}</option>
          <option value="light">{t('theme.light')}</option>
          <option value="dark">{t('theme.dark')}</option>
        </select>
        <label for="industry">{t('options.industry')}</label>
        <select id="industry" value={draft.industry} onChange={(e) => set('industry', e.currentTarget.value as Profile['industry'])}>
          <option value="car-insurance">{t('industry.car-insurance')}</option>
          <option value="home-renovation">{t('industry.home-renovation')}</option>
          <option value="other">{t('industry.other')}</option>
        </select>
        <label for="region">{t('options.region')}</label>
        <input
          id="region"
          maxLength={2}
          value={draft.defaultRegion}
          onInput={(e) => set('defaultRegion', e.currentTarget.value.toUpperCase())}
        />
        <label for="effective-seconds">{t('options.effectiveSeconds')}</label>
        <input
          id="effective-seconds"
          type="number"
          min={0}
          max={3600}
          value={draft.effectiveSeconds}
          onInput={(e) => set('effectiveSeconds', Number(e.currentTarget.value))}
        />
      </div>
      <p class="row">
        <button type="submit" class="primary">
          {t('options.save')}
        </button>
        <span role="status" class={`status-line ${status?.kind === 'error' ? 'error' : ''}`}>
          {status?.kind === 'ok' && t('options.saved')}
          {status?.kind === 'error' && t('options.invalid', { problem: status.problem })}
        </span>
      </p>
    </form>
  );
}
