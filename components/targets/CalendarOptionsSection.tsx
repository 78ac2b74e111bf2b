import { useState } from 'preact/hooks';
import { dayKeyOf, systemClock } from '../../lib/calendar';
import { isoWeekday } from '../../lib/calendar/day-key';
import { daysOfPeriod, periodKeyOf, periodRange } from '../../lib/calendar/periods';
import { isWorkingDay } from '../../lib/calendar/working-days';
import { calendarRows, markDay, setChinaCalendar, usesOfficialCalendar } from '../../lib/targets/calendar-store';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useI18n } from '../shared/i18n';
import type { TargetsOptionsProps } from './TargetsOptionsSection';
import './targets.css';

/** Options: the working-day calendar, China's official days on or off, and any day marked off or on. */
export function CalendarOptionsSection({ db, now = systemClock.now }: TargetsOptionsProps) {
  const { t, language } = useI18n();
  const [monthKey, setMonthKey] = useState(periodKeyOf('month', dayKeyOf(now())));
  const range = periodRange(monthKey);
  const state = useLiveQuery(async () => {
    const rows = range ? await calendarRows(range.first, range.last, db) : [];
    const official = await usesOfficialCalendar(db);
    return { rows, official };
  }, [db, monthKey]);
  const rows = state.status === 'ready' ? state.value.rows : [];
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const entries = new Map(rows.map((row) => [row.day, row.kind]));
  const days = range ? daysOfPeriod(range) : [];
  const working = days.filter((day) => isWorkingDay(day, entries)).length;
  // Weeks as rows, Monday first; blanks before the 1st.
  const blanks = Array.from({ length: days[0] ? isoWeekday(days[0]) - 1 : 0 }, (_, position) => `blank-${position}`);
  const cells: { key: string; day?: string }[] = [...blanks.map((key) => ({ key })), ...days.map((day) => ({ key: day, day }))];
  const weeks: { key: string; day?: string }[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));

  return (
    <div class="options-targets stack">
      <label class="inline">
        <input
          type="checkbox"
          checked={state.status === 'ready' && state.value.official}
          onChange={(event) => void setChinaCalendar((event.target as HTMLInputElement).checked, language, db)}
        />{' '}
        {t('targets.calendar.china')}
      </label>
      <label>
        {t('targets.calendar.month')}
        <input type="month" value={monthKey} onInput={(event) => setMonthKey((event.target as HTMLInputElement).value || monthKey)} />
      </label>
      <p>{t('targets.calendar.count', { count: working, month: monthKey })}</p>
      <table class="calendar-grid">
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.key}>
              {week.map(({ key, day }) => {
                if (!day) return <td key={key} />;
                const on = isWorkingDay(day, entries);
                const row = byDay.get(day);
                const label = on ? t('targets.calendar.markOff', { day }) : t('targets.calendar.markOn', { day });
                return (
                  <td key={day}>
                    <button
                      type="button"
                      class={`${on ? '' : 'off'} ${row?.source === 'user' ? 'user' : ''}`}
                      // The name starts with the day shown, so speech users can say what they see (axe label-content-name-mismatch).
                      aria-label={`${Number(day.slice(8))} · ${label}`}
                      aria-pressed={!on}
                      title={[
                        row?.name,
                        on ? t('targets.calendar.working') : t('targets.calendar.off'),
                        row?.source === 'user' ? t('targets.calendar.yours') : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                      onClick={() => void markDay(day, on ? 'holiday' : 'workday', db)}
                    >
                      {Number(day.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
