import type { SummaryDay } from '../../lib/team/summary-schema';
import { useI18n } from '../shared/i18n';
import { ChartCanvas } from '../targets/ChartCanvas';

/** Dials and deals per day (Chart.js, loaded on first draw); the table beside it carries the same numbers. */
export function TrendChart({ days }: { days: readonly SummaryDay[] }) {
  const { t } = useI18n();
  return (
    <div class="trend-chart">
      <ChartCanvas
        label={t('team.trend')}
        config={{
          type: 'bar',
          data: {
            labels: days.map((day) => day.day.slice(5)),
            datasets: [
              { type: 'bar', label: t('team.kpi.dials'), data: days.map((day) => day.dials), backgroundColor: '#7aa2ff', yAxisID: 'y' },
              {
                type: 'line',
                label: t('team.kpi.deals'),
                data: days.map((day) => day.deals),
                borderColor: '#1c7c3c',
                backgroundColor: '#1c7c3c',
                yAxisID: 'deals',
              },
            ],
          },
          options: {
            maintainAspectRatio: false,
            scales: {
              y: { beginAtZero: true, position: 'left' },
              deals: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } },
            },
          },
        }}
      />
    </div>
  );
}
