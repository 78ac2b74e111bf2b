import { useMemo, useState } from 'preact/hooks';
import { PHONE_REGIONS, type Profile } from '../../lib/settings/settings';
import { useI18n } from '../shared/i18n';

/** Every region libphonenumber reads, named in the UI language and sorted by that name. */
function useRegionOptions(language: string): { code: string; name: string }[] {
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([language], { type: 'region' });
    } catch {}
    const name = (code: string) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    };
    return PHONE_REGIONS.map((code) => ({ code, name: `${name(code)} (${code})` })).sort((a, b) => a.name.localeCompare(b.name, language));
  }, [language]);
}

export interface ProfileFormProps {
  profile: Profile;
  /** Resolves to an error message, or undefined when saved. */
  onSave(profile: Profile): Promise<string | undefined>;
}

/** Rep name, team, language, theme, industry, phone region, effective-call threshold. */
export function ProfileForm({ profile, onSave }: ProfileFormProps) {
  const { t, language } = useI18n();
  const regions = useRegionOptions(language);
  const [draft, setDraft] = useState(profile);
  // Typed text, so an emptied field is refused instead of read as 0.
  const [effectiveText, setEffectiveText] = useState(String(profile.effectiveSeconds));
  // Kept as data, not text, so the message follows a language change made by this very save.
  const [status, setStatus] = useState<{ kind: 'ok' } | { kind: 'error'; problem: string } | { kind: 'effective' }>();
  const set = <K extends keyof Profile>(key: K, value: Profile[K]) => setDraft({ ...draft, [key]: value });
  return (
    <form
      aria-labelledby="profile-title"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        // A blocked save must not leave the previous "Settings saved." on screen.
        setStatus(undefined);
        const effectiveSeconds = Number(effectiveText);
        if (!/^\d+$/.test(effectiveText.trim()) || effectiveSeconds > 3600) {
          setStatus({ kind: 'effective' });
          return;
        }
        const problem = await onSave({ ...draft, effectiveSeconds });
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
        <select id="region" value={draft.defaultRegion} onChange={(e) => set('defaultRegion', e.currentTarget.value)}>
          {regions.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <label for="effective-seconds">{t('options.effectiveSeconds')}</label>
        <input
          id="effective-seconds"
          type="number"
          min={0}
          max={3600}
          step={1}
          required
          aria-invalid={status?.kind === 'effective'}
          aria-describedby={status?.kind === 'effective' ? 'profile-status' : undefined}
          value={effectiveText}
          onInput={(e) => setEffectiveText(e.currentTarget.value)}
        />
      </div>
      <p class="row">
        <button type="submit" class="primary">
          {t('options.save')}
        </button>
        <span id="profile-status" role="status" class={`status-line ${status && status.kind !== 'ok' ? 'error' : ''}`}>
          {status?.kind === 'ok' && t('options.saved')}
          {status?.kind === 'error' && t('options.invalid', { problem: status.problem })}
          {status?.kind === 'effective' && t('options.effectiveSecondsInvalid')}
        </span>
      </p>
    </form>
  );
}
