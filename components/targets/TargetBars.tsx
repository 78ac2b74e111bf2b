import { useI18n } from '../shared/i18n';

export interface BarValue {
  actual: number;
  target: number;
  /** Text of the numbers, already formatted ("12 of 20"). */
  text: string;
}

function Bar({ label, value, note }: { label: string; value: BarValue; note?: string }) {
  const percent = value.target > 0 ? Math.min(100, (value.actual / value.target) * 100) : 0;
  return (
    <div class="target-bar">
      <div class="target-bar-head">
        <span class="target-bar-label">{label}</span>
        <span class="target-bar-text">{value.text}</span>
      </div>
      <div
        class={`target-bar-track${value.actual >= value.target && value.target > 0 ? ' met' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={value.target}
        aria-valuenow={Math.min(value.actual, value.target)}
        aria-valuetext={value.text}
      >
        <div class="target-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      {note && <span class="target-bar-note muted">{note}</span>}
    </div>
  );
}

/** The Call section's two-bar summary: today against the daily platform, the month against its floor. */
export function TargetBars({
  kpiLabel,
  today,
  month,
  stretchNote,
  celebration,
}: {
  kpiLabel: string;
  today: BarValue;
  month: BarValue;
  stretchNote?: string;
  celebration?: string;
}) {
  const { t } = useI18n();
  return (
    <div class="target-bars" title={kpiLabel}>
      <span class="target-bars-kpi muted">{kpiLabel}</span>
      <Bar label={t('targets.bar.today')} value={today} />
      <Bar label={t('targets.bar.month')} value={month} note={stretchNote} />
      <p class="target-celebration" role="status">
        {celebration}
      </p>
    </div>
  );
}
