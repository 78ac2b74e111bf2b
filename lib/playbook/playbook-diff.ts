// What a pack would change on the rep's machine, per area: each item added,
// changed or removed, with its text before and after. Pure: the rep's state
// is read first (lib/playbook/playbook-state.ts).
import { canonicalJson } from '../team/content-hash';
import type { Playbook, PlaybookArea, PlaybookTarget } from './playbook-schema';
import type { PlaybookState } from './playbook-state';

export type ChangeStatus = 'added' | 'changed' | 'removed';

export interface AreaChange {
  key: string;
  /** A short name of the item (script name, objection title, rule). */
  label: string;
  status: ChangeStatus;
  /** The item's text on the rep's machine (absent when added). */
  before?: string;
  /** The item's text in the pack (absent when removed). */
  after?: string;
}

export type PlaybookDiff = Record<PlaybookArea, AreaChange[]>;

interface Described {
  key: string;
  label: string;
  text: string;
  /** Compared by canonical JSON, so key order never counts as a change. */
  value: unknown;
}

function compare(mine: readonly Described[], theirs: readonly Described[]): AreaChange[] {
  const mineByKey = new Map(mine.map((item) => [item.key, item]));
  const theirKeys = new Set(theirs.map((item) => item.key));
  const changes: AreaChange[] = [];
  for (const item of theirs) {
    const own = mineByKey.get(item.key);
    if (!own) changes.push({ key: item.key, label: item.label, status: 'added', after: item.text });
    else if (canonicalJson(own.value) !== canonicalJson(item.value))
      changes.push({ key: item.key, label: item.label, status: 'changed', before: own.text, after: item.text });
  }
  for (const item of mine) {
    if (!theirKeys.has(item.key)) changes.push({ key: item.key, label: item.label, status: 'removed', before: item.text });
  }
  return changes;
}

const scriptItems = (scripts: PlaybookState['scripts']): Described[] =>
  scripts.map(({ id, document }) => ({
    key: id,
    label: document.name,
    text: [document.name, ...document.nodes.map((node) => `– ${node.title}: ${node.lines.join(' ')}`)].join('\n'),
    value: document,
  }));

const objectionItems = (objections: PlaybookState['objections']): Described[] =>
  objections.entries.map((entry) => ({
    key: entry.id,
    label: entry.title,
    text: [entry.title, ...entry.rebuttals.map((rebuttal) => `– ${rebuttal.text}`)].join('\n'),
    value: entry,
  }));

const flagText = (flags: Record<string, 0 | 1>) =>
  Object.entries(flags)
    .filter(([, on]) => on === 1)
    .map(([flag]) => flag)
    .join(', ');

function outcomeItems(outcomes: PlaybookState['outcomes'], effectiveSeconds: number): Described[] {
  return [
    { key: 'effectiveSeconds', label: 'effectiveSeconds', text: `${effectiveSeconds} s`, value: effectiveSeconds },
    ...outcomes.map((outcome) => ({
      key: outcome.id,
      label: outcome.label.en || outcome.label['zh-CN'],
      text: `${outcome.label.en} / ${outcome.label['zh-CN']} [${flagText(outcome.flags)}]`,
      value: outcome,
    })),
  ];
}

const targetText = (target: PlaybookTarget, stretchFactor: number) =>
  `${target.floor} / ${Math.round(target.floor * stretchFactor * 100) / 100}`;

function targetItems(targets: readonly PlaybookTarget[], stretchFactor: number): Described[] {
  return targets.map((target) => ({
    key: `${target.periodKey}|${target.kpi}`,
    label: `${target.periodKey} ${target.kpi}`,
    text: targetText(target, stretchFactor),
    value: { floor: target.floor, stretchFactor },
  }));
}

const calendarItems = (calendar: PlaybookState['calendar']): Described[] =>
  calendar.map((entry) => ({
    key: entry.day,
    label: entry.day,
    text: `${entry.kind}${entry.name ? ` ${entry.name}` : ''}`,
    value: entry.kind,
  }));

function rhythmItems(rhythm: PlaybookState['rhythm']): Described[] {
  const dialing = rhythm.dialing.map((span) => `${span.from}–${span.to}`).join(', ');
  return [
    { key: 'morningMeeting', label: 'morningMeeting', text: rhythm.morningMeeting, value: rhythm.morningMeeting },
    { key: 'dialing', label: 'dialing', text: dialing, value: rhythm.dialing },
    { key: 'middayMeeting', label: 'middayMeeting', text: rhythm.middayMeeting, value: rhythm.middayMeeting },
    { key: 'eveningMeeting', label: 'eveningMeeting', text: rhythm.eveningMeeting, value: rhythm.eveningMeeting },
  ];
}

const complianceItems = (compliance: PlaybookState['compliance']): Described[] =>
  Object.entries(compliance).map(([rule, value]) => ({
    key: rule,
    label: rule,
    text: Object.entries(value)
      .map(([field, setting]) => `${field}: ${String(setting)}`)
      .join(', '),
    value,
  }));

const mappingItems = (mappings: PlaybookState['siteMappings']): Described[] =>
  mappings.map((mapping) => ({
    key: mapping.id,
    label: `${mapping.origin}${mapping.pathPattern} ${mapping.field}`,
    text: mapping.selector,
    value: { ...mapping },
  }));

/** The targets a pack proposes to one rep: their own line, else the default. */
export function proposedTargetsFor(pack: Playbook, repId: string): PlaybookTarget[] {
  return pack.targets.perRep.find((line) => line.repId === repId)?.targets ?? pack.targets.default;
}

/** Targets the rep has for periods the pack proposes: a target of another period is not "removed". */
function ownTargetsInPack(mine: PlaybookState['targets'], proposed: readonly PlaybookTarget[]): PlaybookTarget[] {
  const keys = new Set(proposed.map((target) => `${target.periodKey}|${target.kpi}`));
  const periods = new Set(proposed.map((target) => target.periodKey));
  return mine.targets.filter((target) => keys.has(`${target.periodKey}|${target.kpi}`) || periods.has(target.periodKey));
}

export function diffPlaybook(mine: PlaybookState, pack: Playbook, repId: string): PlaybookDiff {
  const proposed = proposedTargetsFor(pack, repId);
  return {
    scripts: compare(scriptItems(mine.scripts), scriptItems(pack.scripts)),
    objections: compare(objectionItems(mine.objections), objectionItems(pack.objections)),
    outcomes: compare(outcomeItems(mine.outcomes, mine.effectiveSeconds), outcomeItems(pack.outcomes, pack.effectiveSeconds)),
    targets: compare(
      targetItems(ownTargetsInPack(mine.targets, proposed), mine.targets.stretchFactor),
      targetItems(proposed, pack.targets.stretchFactor),
    ),
    calendar: compare(calendarItems(mine.calendar), calendarItems(pack.calendar)),
    rhythm: compare(rhythmItems(mine.rhythm), rhythmItems(pack.rhythm)),
    compliance: compare(complianceItems(mine.compliance), complianceItems(pack.compliance)),
    siteMappings: compare(mappingItems(mine.siteMappings), mappingItems(pack.siteMappings)),
  };
}
