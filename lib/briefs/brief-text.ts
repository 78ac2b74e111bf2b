import { formatNumber, type Translate } from '../i18n';
import type { Language } from '../settings/settings';
import type { Brief } from './build-brief';

export interface BriefSection {
  heading: string;
  lines: string[];
}

/** The brief as sections of plain lines: what the page shows and what "Copy as text" copies, so the two never differ. */
export function briefSections(brief: Brief, t: Translate, language: Language): BriefSection[] {
  const n = (value: number) => formatNumber(value, language, { maximumFractionDigits: 2 });
  const kpi = (key: string) => t(`team.kpi.${key}` as 'team.kpi.deals');
  const totals = brief.dayTotals;
  const dayLine = t('brief.dayCounts', {
    dials: n(totals.dials),
    connects: n(totals.connects),
    deals: n(totals.deals),
    revenue: n(totals.revenue),
  });
  const platform = (which: 'today' | 'tomorrow') =>
    brief.platforms.map((rep) => t('brief.platformLine', { rep: rep.name, value: n(rep[which]), kpi: kpi(rep.kpi) }));
  const noTarget = brief.platforms.length ? [] : [t('brief.noTargets')];
  const sections: BriefSection[] = [];
  if (brief.kind === 'morning') {
    sections.push({ heading: t('brief.platformToday'), lines: [...platform('today'), ...noTarget] });
    sections.push({
      heading: t('brief.wins', { day: brief.winsDay }),
      lines: brief.wins.length
        ? brief.wins.map((win) => t('brief.winLine', { rep: win.name, deals: n(win.deals), revenue: n(win.revenue) }))
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
          kpi: kpi(rep.kpi),
        }),
      ),
    });
    if (brief.sprint)
      sections.push({
        heading: t('brief.sprint', { index: brief.sprint.index, first: brief.sprint.first, last: brief.sprint.last }),
        lines: [
          t('brief.dayCounts', {
            dials: n(brief.sprint.totals.dials),
            connects: n(brief.sprint.totals.connects),
            deals: n(brief.sprint.totals.deals),
            revenue: n(brief.sprint.totals.revenue),
          }),
        ],
      });
  } else if (brief.kind === 'midday') {
    sections.push({ heading: t('brief.morningSoFar'), lines: [dayLine] });
    sections.push({
      heading: t('brief.halfDay'),
      lines: [
        ...brief.platforms.map((rep) =>
          t('brief.halfDayLine', { rep: rep.name, actual: n(rep.dayActual), half: n(rep.today / 2), kpi: kpi(rep.kpi) }),
        ),
        ...noTarget,
      ],
    });
    sections.push({
      heading: t('brief.afternoonPlan'),
      lines: brief.platforms.map((rep) =>
        t('brief.platformLine', { rep: rep.name, value: n(Math.max(0, rep.today - rep.dayActual)), kpi: kpi(rep.kpi) }),
      ),
    });
  } else {
    sections.push({ heading: t('brief.theDay'), lines: [dayLine] });
    sections.push({
      heading: t('brief.againstPlatform'),
      lines: [
        ...brief.platforms.map((rep) =>
          t('brief.againstLine', { rep: rep.name, actual: n(rep.dayActual), platform: n(rep.today), kpi: kpi(rep.kpi) }),
        ),
        ...noTarget,
      ],
    });
    sections.push({
      heading: t('brief.objections'),
      lines: brief.objections.length
        ? brief.objections.map((entry) =>
            t('brief.objectionLine', {
              objection: entry.objection,
              used: n(entry.used),
              deals: n(entry.deals),
              rate: entry.used ? `${n(Math.round((entry.deals / entry.used) * 100))}%` : '—',
            }),
          )
        : [t('brief.noObjections')],
    });
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
