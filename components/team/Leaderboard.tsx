import { formatNumber, type MessageKey } from '../../lib/i18n';
import type { LeaderboardRow, LeaderboardSortKey, RateCell, teamTotals } from '../../lib/team/leaderboard';
import { useI18n } from '../shared/i18n';
import { formatDateTime, formatKpi, formatRate } from './team-format';

const COUNT_COLUMNS = ['dials', 'connects', 'effective', 'quotes', 'deals', 'issued', 'revenue', 'talkSeconds'] as const;
const RATE_COLUMNS = [
  ['connectRate', 'team.col.connectRate'],
  ['quoteRate', 'team.col.quoteRate'],
  ['successRate', 'team.col.successRate'],
] as const;

function SortHeader({
  column,
  label,
  sortKey,
  direction,
  onSort,
  numeric = true,
}: {
  column: LeaderboardSortKey;
  label: string;
  sortKey: LeaderboardSortKey;
  direction: 'asc' | 'desc';
  onSort(column: LeaderboardSortKey): void;
  numeric?: boolean;
}) {
  const { t } = useI18n();
  const sorted = sortKey === column;
  return (
    <th scope="col" class={numeric ? 'num' : undefined} aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" aria-label={t('team.sortBy', { column: label })} onClick={() => onSort(column)}>
        {label}
        {sorted ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}

function RateTd({ cell, minimumDials }: { cell: RateCell; minimumDials: number }) {
  const { t, language } = useI18n();
  return (
    <td class={`num${cell.ranks ? '' : ' unranked'}`}>
      {formatRate(cell.part, cell.whole, t, language)}
      {!cell.ranks && cell.whole > 0 && <span class="counts">{t('team.belowMinimum', { count: minimumDials })}</span>}
    </td>
  );
}

/** The ranked table: attainment of each rep's own target first, absolute numbers beside it, every column sortable. */
export function Leaderboard({
  rows,
  totals,
  sortKey,
  direction,
  onSort,
  onSelect,
  minimumDials,
}: {
  rows: readonly LeaderboardRow[];
  totals: ReturnType<typeof teamTotals>;
  sortKey: LeaderboardSortKey;
  direction: 'asc' | 'desc';
  onSort(column: LeaderboardSortKey): void;
  onSelect(repId: string): void;
  minimumDials: number;
}) {
  const { t, language } = useI18n();
  const header = (column: LeaderboardSortKey, label: MessageKey, numeric = true) => (
    <SortHeader column={column} label={t(label)} sortKey={sortKey} direction={direction} onSort={onSort} numeric={numeric} />
  );
  const percent = (value: number | undefined) =>
    value === undefined
      ? t('team.none')
      : t('team.attainmentCell', { percent: formatNumber(value, language, { maximumFractionDigits: 1 }) });
  return (
    <div class="table-scroll">
      <table class="team-table leaderboard" aria-label={t('team.leaderboard')}>
        <caption>{t('team.leaderboard')}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('team.col.rank')}
            </th>
            {header('name', 'team.col.rep', false)}
            {header('attainment', 'team.col.attainment')}
            <th scope="col">{t('team.col.target')}</th>
            {COUNT_COLUMNS.map((column) => header(column, `team.kpi.${column}`))}
            {RATE_COLUMNS.map(([column, label]) => header(column, label))}
            <th scope="col">{t('team.col.asOf')}</th>
            <th scope="col">{t('team.col.playbook')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.repId}>
              <td class="num">{index + 1}</td>
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  aria-label={t('team.showRep', { name: row.name || row.repId })}
                  onClick={() => onSelect(row.repId)}
                >
                  {row.name || row.repId}
                </button>
                {row.team && <span class="counts">{row.team}</span>}
              </th>
              <td class="num">{percent(row.attainment)}</td>
              <td>
                {row.target
                  ? t('team.targetCell', {
                      floor: formatKpi(row.target.kpi, row.target.floor, language),
                      stretch: formatKpi(row.target.kpi, row.target.stretch, language),
                      kpi: t(`team.kpi.${row.target.kpi}`),
                    })
                  : t('team.none')}
              </td>
              {COUNT_COLUMNS.map((column) => (
                <td key={column} class="num">
                  {formatKpi(column, row.totals[column], language)}
                </td>
              ))}
              {RATE_COLUMNS.map(([column]) => (
                <RateTd key={column} cell={row[column]} minimumDials={minimumDials} />
              ))}
              <td class="nowrap">
                {formatDateTime(row.asOf, language)}{' '}
                {row.stale && (
                  <span class="badge stale" title={t('team.staleHint')}>
                    {t('team.stale')}
                  </span>
                )}
              </td>
              <td>
                {row.playbookVersion === null ? t('team.none') : t('summary.preview.playbookVersion', { version: row.playbookVersion })}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">{t('team.totalsRow')}</th>
            <td class="num">{percent(totals.attainment)}</td>
            <td>
              {totals.target
                ? t('team.targetCell', {
                    floor: formatKpi(totals.target.kpi, totals.target.floor, language),
                    stretch: formatKpi(totals.target.kpi, totals.target.stretch, language),
                    kpi: t(`team.kpi.${totals.target.kpi}`),
                  })
                : t('team.none')}
            </td>
            {COUNT_COLUMNS.map((column) => (
              <td key={column} class="num">
                {formatKpi(column, totals.totals[column], language)}
              </td>
            ))}
            <td class="num">{formatRate(totals.totals.connects, totals.totals.dials, t, language)}</td>
            <td class="num">{formatRate(totals.totals.quotes, totals.totals.connects, t, language)}</td>
            <td class="num">{formatRate(totals.totals.deals, totals.totals.quotes, t, language)}</td>
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
