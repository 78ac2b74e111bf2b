import { formatNumber, type Translate } from '../i18n';
import type { Language } from '../settings/settings';
import type { KpiTotals } from '../team/leaderboard';
import type { SummaryKpi } from '../team/summary-schema';
import type { Brief } from './build-brief';
import { plural, pluralCategory } from './plural';

export interface BriefSection {
  heading: string;
  lines: string[];
}

/** The brief as sections of plain lines: what the page shows and what "Copy as text" copies, so the two never differ. */
export function briefSections(brief: Brief, t: Translate, language: Language): BriefSection[] {
  const n = (value: number) => formatNumber(value, language, { maximumFractionDigits: 2 });
  // The KPI's noun agrees with the number it follows ("1 deal", "11.2 deals"; Chinese has one form).
  const unit = (kpi: SummaryKpi, count: number) => t(`brief.unit.${kpi}.${pluralCategory(count, language)}`);
  const counts = (totals: Pick<KpiTotals, 'dials' | 'connects' | 'deals' | 'revenue'>) =>
    t('brief.dayCounts', {
      dials: plural(t, language, 'brief.count.dials', totals.dials, n(totals.dials)),
      connects: plural(t, language, 'brief.count.connects', totals.connects, n(totals.connects)),
      deals: plural(t, language, 'brief.count.deals', totals.deals, n(totals.deals)),
      revenue: t('brief.count.revenue', { value: n(totals.revenue) }),
    });
  const platform = (which: 'today' | 'tomorrow') =>
    brief.platforms.map((rep) => t('brief.platformLine', { rep: rep.name, value: n(rep[which]), kpi: unit(rep.kpi, rep[which]) }));
  const noTarget = brief.platforms.length ? [] : [t('brief.noTargets')];
  const followUps = (which: 'due' | 'set') => {
    const { followUps: day } = brief;
    if (!day.known) return [t('brief.followUpsUnknown')];
    if (day[which] === 0) return [t(which === 'due' ? 'brief.noFollowUpsDue' : 'brief.noFollowUpsSet')];
    const count = (value: number) => plural(t, language, 'brief.count.followUps', value, n(value));
    return [
      t('brief.followUpsTeam', { count: count(day[which]) }),
      ...day.reps.filter((rep) => rep[which] > 0).map((rep) => t('brief.followUpsLine', { rep: rep.name, count: count(rep[which]) })),
    ];
  };
  const sections: BriefSection[] = [];
  if (brief.kind === 'morning') {
    sections.push({ heading: t('brief.platformToday'), lines: [...platform('today'), ...noTarget] });
    sections.push({
      heading: t('brief.wins', { day: brief.winsDay }),
      lines: brief.wins.length
        ? brief.wins.map((win) =>
            t('brief.winLine', {
              rep: win.name,
              deals: plural(t, language, 'brief.count.deals', win.deals, n(win.deals)),
              revenue: t('brief.count.revenue', { value: n(win.revenue) }),
            }),
          )
        : [t('brief.noWinsYet')],
    });
    sections.push({
      heading: t('brief.monthPace', { elapsed: brief.monthDays.elapsed, total: brief.monthDays.total }),
      lines: brief.platforms.map((rep) =>
        t('brief.paceLine', {
          rep: rep.name,
          actual: n(rep.monthActual - rep.dayActual),
          expected: n((rep.monthFloor * brief.monthDays.elapsed) / Math.max(1, brief.monthDays.total)),
          floor: n(rep.monthFloor),
          kpi: unit(rep.kpi, rep.monthFloor),
        }),
      ),
    });
    if (brief.sprint)
      sections.push({
        heading: t('brief.sprint', { index: brief.sprint.index, first: brief.sprint.first, last: brief.sprint.last }),
        lines: [counts(brief.sprint.totals)],
      });
    sections.push({ heading: t('brief.followUpsDue'), lines: followUps('due') });
  } else if (brief.kind === 'midday') {
    sections.push({ heading: t('brief.morningSoFar'), lines: [counts(brief.dayTotals)] });
    sections.push({
      heading: t('brief.halfDay'),
      lines: [
        ...brief.platforms.map((rep) =>
          t('brief.halfDayLine', { rep: rep.name, actual: n(rep.dayActual), half: n(rep.today / 2), kpi: unit(rep.kpi, rep.today / 2) }),
        ),
        ...noTarget,
      ],
    });
    sections.push({
      heading: t('brief.afternoonPlan'),
      lines: brief.platforms.map((rep) => {
        const left = Math.max(0, rep.today - rep.dayActual);
        return t('brief.platformLine', { rep: rep.name, value: n(left), kpi: unit(rep.kpi, left) });
      }),
    });
  } else {
    sections.push({ heading: t('brief.theDay'), lines: [counts(brief.dayTotals)] });
    sections.push({
      heading: t('brief.againstPlatform'),
      lines: [
        ...brief.platforms.map((rep) =>
          t('brief.againstLine', { rep: rep.name, actual: n(rep.dayActual), platform: n(rep.today), kpi: unit(rep.kpi, rep.today) }),
        ),
        ...noTarget,
      ],
    });
    const percent = (part: number, whole: number) => (whole ? `${n(Math.round((part / whole) * 100))}%` : '—');
    sections.push({
      heading: t('brief.objections'),
      lines: brief.objections.length
        ? brief.objections.map((entry) =>
            t('brief.objectionLine', {
              objection: entry.objection,
              used: plural(t, language, 'brief.count.uses', entry.used, n(entry.used)),
              quotes: plural(t, language, 'brief.count.quotes', entry.quoted, n(entry.quoted)),
              quoteRate: percent(entry.quoted, entry.used),
              deals: plural(t, language, 'brief.count.deals', entry.deals, n(entry.deals)),
              dealRate: percent(entry.deals, entry.used),
            }),
          )
        : [t('brief.noObjections')],
    });
    sections.push({ heading: t('brief.followUpsSet'), lines: followUps('set') });
    sections.push({ heading: t('brief.platformTomorrow'), lines: [...platform('tomorrow'), ...noTarget] });
  }
  return sections;
}

/** Plain text for a chat app. */
export function briefText(brief: Brief, t: Translate, language: Language): string {
  const title = t(`brief.kind.${brief.kind}`);
  const body = briefSections(brief, t, language).map((section) =>
    [section.heading, ...section.lines.map((line) => `• ${line}`)].join('\n'),
  );
  return [`${title} · ${brief.day}`, ...body].join('\n\n');
}
