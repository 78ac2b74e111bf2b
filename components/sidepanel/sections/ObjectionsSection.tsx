import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadDraft, patchDraft } from '../../../lib/calls/draft';
import { rebuttalStats } from '../../../lib/objections/rebuttal-stats';
import { buildObjectionIndex } from '../../../lib/objections/search-index';
import { storageErrorText } from '../../../lib/ui/storage-error-text';
import { useLiveQuery } from '../../../lib/ui/use-live-query';
import { useObjectionLibrary } from '../../../lib/ui/use-objection-library';
import { useRegisteredActions } from '../../../lib/ui/use-registered-actions';
import { flattenRebuttals, ObjectionSearch, type RebuttalChoice } from '../../objections/ObjectionSearch';
import { useI18n } from '../../shared/i18n';
import type { SectionProps } from './section-props';

const RESULT_LIMIT = 12;
/** With an empty box the rep browses the library, so show it whole (within reason). */
const BROWSE_LIMIT = 80;

export function ObjectionsSection({ services, profile, draftId }: SectionProps) {
  const { db } = services;
  const { t, language } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [status, setStatus] = useState<string>();

  // The keyboard command lands here; if the section is already open, it still focuses the box.
  useEffect(() => {
    inputRef.current?.focus();
    return services.onPanelCommand((command) => {
      if (command === 'focus-objection-search') inputRef.current?.focus();
    });
  }, [services]);

  const library = useObjectionLibrary(services, language, profile.industry);
  const index = useMemo(() => buildObjectionIndex(library.status === 'ready' ? library.value : []), [library]);
  const results = useMemo(() => index.search(query, query.trim() ? RESULT_LIMIT : BROWSE_LIMIT), [index, query]);
  const shownIds = results.flatMap((objection) => objection.rebuttals.map((rebuttal) => rebuttal.id));
  const stats = useLiveQuery(() => rebuttalStats(shownIds, db), [db, shownIds.join('|')]);
  const draft = useLiveQuery(() => loadDraft(draftId, db), [db, draftId]);

  const markUsed = (choice: RebuttalChoice) =>
    patchDraft(
      draftId,
      (current) =>
        current.rebuttalsUsed.includes(choice.rebuttal.id) ? {} : { rebuttalsUsed: [...current.rebuttalsUsed, choice.rebuttal.id] },
      db,
      services.now(),
    );
  const copy = async (choice: RebuttalChoice, alsoMarkUsed: boolean) => {
    try {
      await services.copyText(choice.rebuttal.text);
      if (alsoMarkUsed) await markUsed(choice);
      setStatus(alsoMarkUsed ? `${t('objections.copied')} ${t('objections.marked')}` : t('objections.copied'));
    } catch (error) {
      setStatus(t('objections.copyFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const choices = flattenRebuttals(results);
  const chosen = choices[Math.min(selected, Math.max(0, choices.length - 1))];
  const markUsedWithStatus = (choice: RebuttalChoice) =>
    void markUsed(choice)
      .then(() => setStatus(t('objections.marked')))
      .catch((error: unknown) => setStatus(storageErrorText(error, t)));
  // biome-ignore lint/correctness/useExhaustiveDependencies: relisted when the library or the chosen rebuttal changes
  const paletteActions = useMemo(() => {
    const group = t('palette.group.objections');
    // The chosen rebuttal's actions first, then a search per objection.
    const onChosen = chosen
      ? [
          { id: 'rebuttal-copy', group, title: t('command.copyRebuttal'), shortcut: 'Enter', run: () => void copy(chosen, false) },
          {
            id: 'rebuttal-copy-mark',
            group,
            title: t('command.copyMarkRebuttal'),
            shortcut: 'Shift+Enter',
            run: () => void copy(chosen, true),
          },
          { id: 'rebuttal-mark-used', group, title: t('command.markRebuttalUsed'), run: () => markUsedWithStatus(chosen) },
        ]
      : [];
    return [
      { id: 'objections-search', group, title: t('command.searchObjections'), run: () => inputRef.current?.focus() },
      ...onChosen,
      ...(library.status === 'ready' ? library.value : []).map((objection) => ({
        id: `rebuttal-${objection.id}`,
        group,
        title: t('command.findRebuttal', { title: objection.title }),
        keywords: objection.keywords,
        run: () => {
          setQuery(objection.title);
          setSelected(0);
          inputRef.current?.focus();
        },
      })),
    ];
  }, [library, t, chosen?.rebuttal.id, draftId]);
  useRegisteredActions(services.commands, 'objections', paletteActions);

  return (
    <section aria-label={t('objections.region')}>
      {library.status === 'loading' ? <p class="muted">{t('objections.loading')}</p> : null}
      <ObjectionSearch
        query={query}
        results={results}
        selected={Math.min(selected, Math.max(0, choices.length - 1))}
        usedOnCall={draft.status === 'ready' ? draft.value.rebuttalsUsed : []}
        stats={stats.status === 'ready' ? stats.value : new Map()}
        status={status}
        emptyLibrary={library.status === 'ready' && library.value.length === 0}
        inputRef={inputRef}
        onQuery={(next) => {
          setQuery(next);
          setSelected(0);
          setStatus(undefined);
        }}
        onSelect={setSelected}
        onCopy={(choice, alsoMarkUsed) => void copy(choice, alsoMarkUsed)}
        onMarkUsed={markUsedWithStatus}
      />
    </section>
  );
}
