import { useEffect, useState } from 'preact/hooks';
import type { CallsideDatabase } from '../../lib/db/database';
import type { Kpi } from '../../lib/db/records';
import { DEFAULT_TARGET_SETTINGS, loadTargetSettings, saveTargetSettings, type TargetSettings } from '../../lib/targets/target-store';
import { useI18n } from '../shared/i18n';

/** Status thresholds, the midday checkpoint, the rate window and the panel bars' KPI. */
export function TargetSettingsForm({ db, kpis }: { db: CallsideDatabase; kpis: readonly Kpi[] }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<TargetSettings>(DEFAULT_TARGET_SETTINGS);
  const [fields, setFields] = useState({ onTrack: '', atRisk: '', middayClock: '', rateWindowDays: '' });
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  useEffect(() => {
    void loadTargetSettings(db).then((loaded) => {
      setSettings(loaded);
      setFields({
        onTrack: String(loaded.onTrack),
        atRisk: String(loaded.atRisk),
        middayClock: loaded.middayClock,
        rateWindowDays: String(loaded.rateWindowDays),
      });
    });
  }, [db]);
  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    onInput: (event: Event) => setFields({ ...fields, [name]: (event.target as HTMLInputElement).value }),
  });
  const save = async (event: Event) => {
    event.preventDefault();
    const result = await saveTargetSettings(
      {
        ...settings,
        onTrack: Number(fields.onTrack),
        atRisk: Number(fields.atRisk),
        middayClock: fields.middayClock.trim(),
        rateWindowDays: Number(fields.rateWindowDays),
      },
      db,
    );
    if (result.ok) setSettings(result.value);
    setMessage(
      result.ok
        ? { text: t('targets.options.settingsSaved'), error: false }
        : { text: t(`targets.problem.${result.error.code}`), error: true },
    );
  };
  return (
    <form onSubmit={save} aria-label={t('targets.options.thresholds')}>
      <h3>{t('targets.options.thresholds')}</h3>
      <label>
        {t('targets.options.onTrack')}
        <input inputMode="decimal" {...field('onTrack')} />
      </label>
      <label>
        {t('targets.options.atRisk')}
        <input inputMode="decimal" {...field('atRisk')} />
      </label>
      <label>
        {t('targets.options.middayClock')}
        <input {...field('middayClock')} />
      </label>
      <label>
        {t('targets.options.rateWindow')}
        <input inputMode="numeric" {...field('rateWindowDays')} />
      </label>
      <label>
        {t('targets.options.headline')}
        <select
          aria-label={t('targets.options.headline')}
          value={settings.headlineKpi ?? ''}
          onChange={(event) => {
            const value = (event.target as HTMLSelectElement).value as Kpi | '';
            setSettings({ ...settings, headlineKpi: value === '' ? undefined : value });
          }}
        >
          <option value="">{t('targets.options.headlineAuto')}</option>
          {kpis.map((kpi) => (
            <option key={kpi} value={kpi}>
              {t(`targets.kpi.${kpi}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('targets.options.saveSettings')}</button>
      <p role="status" class={message?.error ? 'error' : ''}>
        {message?.text}
      </p>
    </form>
  );
}
