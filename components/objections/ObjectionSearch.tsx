import type { Ref } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ObjectionRecord } from '../../lib/db/records';
import type { RebuttalStats } from '../../lib/objections/rebuttal-stats';
import { useI18n } from '../shared/i18n';
import { categoryLabel } from './category-label';
import { RebuttalStatsHint } from './RebuttalStatsHint';
import './objections.css';

export interface RebuttalChoice {
  objection: ObjectionRecord;
  rebuttal: ObjectionRecord['rebuttals'][number];
  /** 1-based position within its objection, for names like "rebuttal 2 of …". */
  position: number;
}

export interface ObjectionSearchProps {
  query: string;
  results: readonly ObjectionRecord[];
  /** Index into the flattened rebuttals of `results`. */
  selected: number;
  usedOnCall: readonly string[];
  stats: ReadonlyMap<string, RebuttalStats>;
  status?: string;
  emptyLibrary: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onSelect(index: number): void;
  onCopy(choice: RebuttalChoice, markUsed: boolean): void;
  onMarkUsed(choice: RebuttalChoice): void;
}

export function flattenRebuttals(results: readonly ObjectionRecord[]): RebuttalChoice[] {
  return results.flatMap((objection) => objection.rebuttals.map((rebuttal, index) => ({ objection, rebuttal, position: index + 1 })));
}

/** Search box and rebuttals: arrows move, Enter copies, Shift+Enter copies and marks the rebuttal used. */
export function ObjectionSearch(props: ObjectionSearchProps) {
  const { t } = useI18n();
  const choices = flattenRebuttals(props.results);
  const selected = choices[props.selected];
  // Arrow keys may move past the visible part of the list: keep the chosen rebuttal in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls when the chosen rebuttal changes
  useEffect(() => {
    if (selected) document.getElementById(`rebuttal-${selected.rebuttal.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected?.rebuttal.id]);
  let flatIndex = 0;
  const noMatch = !props.emptyLibrary && props.results.length === 0 && props.query.trim() !== '';
  const showsResults = !props.emptyLibrary && props.results.length > 0;
  return (
    <div class="objections stack">
      <input
        ref={props.inputRef}
        type="search"
        class="objection-search"
        aria-label={t('objections.search')}
        // Only while the results are on screen: an id that points at nothing is invalid ARIA.
        aria-controls={showsResults ? 'objection-results' : undefined}
        aria-describedby={selected ? `rebuttal-${selected.rebuttal.id}` : undefined}
        placeholder={t('objections.placeholder')}
        value={props.query}
        autoFocus
        onInput={(event) => props.onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!choices.length) return;
            const step = event.key === 'ArrowDown' ? 1 : -1;
            props.onSelect((props.selected + step + choices.length) % choices.length);
          } else if (event.key === 'Enter') {
            // With nothing matching, Enter does nothing at all (no copy, no form submit).
            event.preventDefault();
            if (selected) props.onCopy(selected, event.shiftKey);
          }
        }}
      />
      <p class="muted objection-keys">{t('objections.keysHint')}</p>
      <p role="status" class={`objection-status${noMatch ? ' is-no-match' : ''}`}>
        {noMatch ? t('objections.none', { query: props.query }) : (props.status ?? '')}
      </p>
      {props.emptyLibrary ? (
        <p class="muted">{t('objections.empty')}</p>
      ) : props.results.length === 0 ? null : (
        // Groups of rebuttals, one per objection, each rebuttal with its own buttons (a listbox may hold
        // neither headings nor buttons). The arrows move the chosen rebuttal (aria-current), which
        // describes the search box, so a screen reader reads it where the rep types.
        // biome-ignore lint/a11y/useSemanticElements: a labelled group of results, not a form fieldset
        <div id="objection-results" role="group" class="objection-results" aria-label={t('objections.results')}>
          {props.results.map((objection) => (
            // biome-ignore lint/a11y/useSemanticElements: one objection's rebuttals, not a form fieldset
            <div key={objection.id} role="group" aria-labelledby={`objection-${objection.id}`} class="objection">
              <h3 id={`objection-${objection.id}`}>
                {objection.title} <span class="objection-category">{categoryLabel(objection.category, t)}</span>
              </h3>
              <div class="rebuttals">
                {objection.rebuttals.map((rebuttal, index) => {
                  const choice: RebuttalChoice = { objection, rebuttal, position: index + 1 };
                  const myIndex = flatIndex++;
                  const isSelected = myIndex === props.selected;
                  const used = props.usedOnCall.includes(rebuttal.id);
                  const names = { n: index + 1, title: objection.title };
                  return (
                    <div
                      key={rebuttal.id}
                      class={`rebuttal${isSelected ? ' is-selected' : ''}`}
                      aria-current={isSelected ? 'true' : undefined}
                    >
                      <p id={`rebuttal-${rebuttal.id}`} class="rebuttal-text">
                        {rebuttal.text}
                      </p>
                      <div class="rebuttal-actions">
                        <RebuttalStatsHint stats={props.stats.get(rebuttal.id)} />
                        {used && <span class="rebuttal-used">{t('objections.usedOnCall')}</span>}
                        <button type="button" aria-label={t('objections.copyRebuttal', names)} onClick={() => props.onCopy(choice, false)}>
                          {t('objections.copy')}
                        </button>
                        <button
                          type="button"
                          aria-label={t('objections.markUsedRebuttal', names)}
                          aria-pressed={used}
                          disabled={used}
                          onClick={() => props.onMarkUsed(choice)}
                        >
                          {t('objections.markUsed')}
                        </button>
                      </div>
                    </div>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
