import { useEffect, useMemo, useState } from 'preact/hooks';
import { briefSections, briefText } from '../../lib/briefs/brief-text';
import type { Brief, BriefKind } from '../../lib/briefs/build-brief';
import { loadBrief } from '../../lib/briefs/load-brief';
import { MEETING_MINUTES, useMeetingTimer } from '../../lib/briefs/use-meeting-timer';
import { systemClock } from '../../lib/calendar/clock';
import { dayKeyOf, isDayKey } from '../../lib/calendar/day-key';
import type { DashboardViewProps } from '../dashboard/views';
import { useI18n } from '../shared/i18n';
import './briefs.css';

const KINDS: readonly BriefKind[] = ['morning', 'midday', 'evening'];

/** Dashboard → Meeting brief: the morning, midday or evening brief of a chosen day, with a timer, copy and print. */
export function MeetingBriefView({ db, services }: DashboardViewProps) {
  const { t, language } = useI18n();
  const now = services?.now ?? systemClock.now;
  const [day, setDay] = useState(() => dayKeyOf(now()));
  const [kind, setKind] = useState<BriefKind>('morning');
  const [brief, setBrief] = useState<Brief>();
  const [status, setStatus] = useState<{ text: string; error: boolean }>();
  const timer = useMeetingTimer(now, MEETING_MINUTES[kind]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reloaded per day and meeting, not per render
  useEffect(() => {
    if (!isDayKey(day)) return;
    void loadBrief({ kind, day, now: now(), browserLanguage: services?.browserLanguage ?? 'en' }, db)
      .then((loaded) => setBrief(loaded.brief))
      .catch((failure: unknown) => setStatus({ text: String(failure), error: true }));
  }, [db, day, kind]);

  const sections = useMemo(() => (brief ? briefSections(brief, t, language) : []), [brief, t, language]);
  const empty = brief && brief.repDays.length === 0;
  const seconds = Math.ceil(timer.remainingMs / 1000);
  const total = MEETING_MINUTES[kind];

  const copy = async () => {
    if (!brief || !services?.copyText) return;
    try {
      await services.copyText(briefText(brief, t, language));
      setStatus({ text: t('brief.copied'), error: false });
    } catch (failure) {
      setStatus({ text: t('brief.copyFailed', { detail: String(failure) }), error: true });
    }
  };

  return (
    <section class="meeting-brief" aria-labelledby="meeting-brief-title">
      <h3 id="meeting-brief-title">{t('brief.title')}</h3>
      <div class="brief-controls no-print">
        <label class="field">
          {t('brief.day')}
          <input type="date" value={day} onChange={(event) => setDay(event.currentTarget.value)} />
        </label>
        <label class="field">
          {t('brief.meeting')}
          <select value={kind} onChange={(event) => setKind(event.currentTarget.value as BriefKind)}>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`brief.kind.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <div role="timer" aria-label={t('brief.timer')} class="brief-timer">
          {timer.remainingMs > 0
            ? t('brief.timer.left', { minutes: Math.floor(seconds / 60), seconds: String(seconds % 60).padStart(2, '0'), total })
            : t('brief.timer.over', { total })}
        </div>
        <button type="button" onClick={timer.running ? timer.stop : timer.start}>
          {timer.running ? t('brief.timer.stop') : t('brief.timer.start')}
        </button>
        <button type="button" disabled={!brief || !services?.copyText} onClick={() => void copy()}>
          {t('brief.copy')}
        </button>
        <button type="button" onClick={() => globalThis.print?.()}>
          {t('brief.print')}
        </button>
      </div>
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'status'}>
          {status.text}
        </p>
      )}
      {brief && (
        <article class="brief-body">
          <h4>
            {t(`brief.kind.${brief.kind}`)} · {brief.day}
          </h4>
          {empty && <p>{t('brief.empty')}</p>}
          {sections.map((section) => (
            <section key={section.heading} class="brief-section">
              <h5>{section.heading}</h5>
              <ul>
                {section.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          ))}
        </article>
      )}
    </section>
  );
}
