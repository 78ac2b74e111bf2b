import { useState } from 'preact/hooks';
import type { Industry, Language } from '../../lib/settings/settings';
import { useI18n } from '../shared/i18n';

export interface FirstRunAnswers {
  repName: string;
  /** Scripts introduce the rep with it ("{{team}}"). */
  team: string;
  language: Language;
  industry: Industry;
}

export interface FirstRunProps {
  initial: FirstRunAnswers;
  onLanguagePreview(language: Language): void;
  onDone(answers: FirstRunAnswers): void;
}

/** Asks name, team, language and industry once; defaults follow from them. */
export function FirstRun({ initial, onLanguagePreview, onDone }: FirstRunProps) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState(initial);
  return (
    <form
      class="first-run"
      aria-labelledby="first-run-title"
      onSubmit={(event) => {
        event.preventDefault();
        onDone({ ...answers, repName: answers.repName.trim(), team: answers.team.trim() });
      }}
    >
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <p class="muted">{t('firstRun.intro')}</p>
      <label>
        <span>{t('firstRun.name')}</span>
        <input
          required
          maxLength={80}
          autoFocus
          value={answers.repName}
          onInput={(event) => setAnswers({ ...answers, repName: event.currentTarget.value })}
        />
      </label>
      <label>
        <span>{t('firstRun.team')}</span>
        <input
          required
          maxLength={80}
          aria-describedby="first-run-team-hint"
          value={answers.team}
          onInput={(event) => setAnswers({ ...answers, team: event.currentTarget.value })}
        />
      </label>
      <p id="first-run-team-hint" class="muted hint">
        {t('firstRun.teamHint')}
      </p>
      <label>
        <span>{t('firstRun.language')}</span>
        <select
          value={answers.language}
          onChange={(event) => {
            const language = event.currentTarget.value as Language;
            setAnswers({ ...answers, language });
            onLanguagePreview(language);
          }}
        >
          <option value="zh-CN">{t('language.zh-CN')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </label>
      <label>
        <span>{t('firstRun.industry')}</span>
        <select value={answers.industry} onChange={(event) => setAnswers({ ...answers, industry: event.currentTarget.value as Industry })}>
          <option value="car-insurance">{t('industry.car-insurance')}</option>
          <option value="home-renovation">{t('industry.home-renovation')}</option>
          <option value="other">{t('industry.other')}</option>
        </select>
      </label>
      <button type="submit" class="primary">
        {t('firstRun.start')}
      </button>
    </form>
  );
}
