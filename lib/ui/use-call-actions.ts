import { useMemo, useRef } from 'preact/hooks';
import { followUpPresets } from '../calls/follow-up-presets';
import { outcomeLabel } from '../calls/outcomes';
import type { CommandRegistry, PaletteAction } from '../commands/registry';
import type { Translate } from '../i18n';
import type { Language } from '../settings/settings';
import { followUpPresetLabel } from './follow-up-label';
import type { CallFlow } from './use-call-flow';
import { useRegisteredActions } from './use-registered-actions';

export type CallField = 'notes' | 'amount' | 'followUp';

/**
 * The running call's palette actions, from every section: what applies now
 * only (Start call while idle; outcomes, follow-up, notes, save and discard
 * while a call runs).
 */
export function useCallActions(
  registry: CommandRegistry,
  flow: CallFlow,
  options: { t: Translate; language: Language; now: () => number; focusField(field: CallField): void; openCall(): void },
): void {
  const { t, language } = options;
  const group = t('palette.group.call');
  // Actions run the flow as it is when chosen, not as it was when they were listed.
  const latest = useRef(flow);
  latest.current = flow;
  const shell = useRef(options);
  shell.current = options;
  // The presets' times are listed as they are now; relisted as the minutes pass.
  const minute = Math.floor(options.now() / 60_000);
  // biome-ignore lint/correctness/useExhaustiveDependencies: actions run the latest flow through refs; relisted when what applies changes
  const actions = useMemo((): PaletteAction[] => {
    if (!flow.started)
      return [
        { id: 'call-start', group, title: t('call.command.start'), keywords: ['dial', 'call', '拨打'], run: () => latest.current.start() },
      ];
    return [
      { id: 'call-save', group, title: t('call.command.save'), keywords: ['log', 'save', '保存'], run: () => latest.current.save() },
      { id: 'call-open', group, title: t('call.command.open'), run: () => shell.current.openCall() },
      ...flow.outcomes.map((outcome) => ({
        id: `call-outcome-${outcome.id}`,
        group,
        title: t('call.command.outcome', { label: outcomeLabel(outcome, language, outcome.id) }),
        keywords: [outcome.label.en, outcome.label['zh-CN']],
        shortcut: outcome.hotkey,
        run: () => latest.current.pickOutcome(outcome.id),
      })),
      { id: 'call-notes', group, title: t('call.command.notes'), keywords: ['note', '备注'], run: () => shell.current.focusField('notes') },
      {
        id: 'call-amount',
        group,
        title: t('call.command.amount'),
        keywords: ['amount', '金额'],
        run: () => shell.current.focusField('amount'),
      },
      ...followUpPresets(options.now()).map((preset) => ({
        id: `call-follow-up-${preset.id}`,
        group,
        title: t('call.command.followUp', { preset: followUpPresetLabel(preset, t, language) }),
        keywords: ['follow-up', 'call back', '回电'],
        run: () => latest.current.patch({ followUpAt: preset.at }),
      })),
      {
        id: 'call-follow-up-none',
        group,
        title: t('call.command.followUpClear'),
        run: () => latest.current.patch({ followUpAt: undefined }),
      },
      {
        id: 'call-discard',
        group,
        title: t('call.command.discard'),
        keywords: ['discard', 'cancel', '放弃'],
        run: () => latest.current.discard(),
      },
    ];
    // Rebuilt when what applies changes, not on every render of the flow.
  }, [flow.started, flow.outcomes, flow.draft?.startedAt, t, language, minute]);
  useRegisteredActions(registry, 'calls', actions);
}
