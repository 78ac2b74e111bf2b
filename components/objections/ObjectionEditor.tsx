import { useState } from 'preact/hooks';
import type { ObjectionRecord } from '../../lib/db/records';
import { OBJECTION_CATEGORIES } from '../../lib/objections/objection-model';
import type { RebuttalStats } from '../../lib/objections/rebuttal-stats';
import { useI18n } from '../shared/i18n';
import { categoryLabel } from './category-label';
import { RebuttalStatsHint } from './RebuttalStatsHint';

export interface ObjectionEditorProps {
  objection: ObjectionRecord;
  stats: ReadonlyMap<string, RebuttalStats>;
  /** Resolves to an error message, or undefined when saved. */
  onSave(objection: ObjectionRecord): Promise<string | undefined>;
  onDelete(): void;
}

const splitList = (text: string) =>
  text
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Title, category, keywords and rebuttals of one objection, with each rebuttal's results. */
export function ObjectionEditor({ objection: initial, stats, onSave, onDelete }: ObjectionEditorProps) {
  const { t } = useI18n();
  const [objection, setObjection] = useState(initial);
  const [keywords, setKeywords] = useState(initial.keywords.join(', '));
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const id = objection.id;
  const categories: string[] = OBJECTION_CATEGORIES.includes(objection.category as never)
    ? [...OBJECTION_CATEGORIES]
    : [...OBJECTION_CATEGORIES, objection.category];
  return (
    <form
      class="objection-editor stack"
      aria-label={objection.title || t('objectionEditor.untitled')}
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = await onSave({ ...objection, keywords: splitList(keywords) });
        setStatus(
          problem ? { ok: false, text: t('objectionEditor.invalid', { problem }) } : { ok: true, text: t('objectionEditor.saved') },
        );
      }}
    >
      <div class="form-grid">
        <label for={`objection-title-${id}`}>{t('objectionEditor.title')}</label>
        <input
          id={`objection-title-${id}`}
          value={objection.title}
          onInput={(event) => setObjection({ ...objection, title: event.currentTarget.value })}
        />
        <label for={`objection-category-${id}`}>{t('objectionEditor.category')}</label>
        <select
          id={`objection-category-${id}`}
          value={objection.category}
          onChange={(event) => setObjection({ ...objection, category: event.currentTarget.value })}
        >
          {categories.map((category) => (
            <option key={category} value={category}>
              {categoryLabel(category, t)}
            </option>
          ))}
        </select>
        <label for={`objection-keywords-${id}`}>{t('objectionEditor.keywords')}</label>
        <input id={`objection-keywords-${id}`} value={keywords} onInput={(event) => setKeywords(event.currentTarget.value)} />
      </div>
      {objection.rebuttals.map((rebuttal, index) => (
        <div key={rebuttal.id} class="stack">
          <label for={`rebuttal-${rebuttal.id}`}>{t('objectionEditor.rebuttal', { n: index + 1 })}</label>
          <textarea
            id={`rebuttal-${rebuttal.id}`}
            rows={3}
            value={rebuttal.text}
            onInput={(event) =>
              setObjection({
                ...objection,
                rebuttals: objection.rebuttals.map((item) =>
                  item.id === rebuttal.id ? { ...item, text: event.currentTarget.value } : item,
                ),
              })
            }
          />
          <div class="editor-row">
            <RebuttalStatsHint stats={stats.get(rebuttal.id)} />
            <button
              type="button"
              disabled={objection.rebuttals.length <= 1}
              aria-label={t('objectionEditor.removeRebuttal', { n: index + 1 })}
              onClick={() => setObjection({ ...objection, rebuttals: objection.rebuttals.filter((item) => item.id !== rebuttal.id) })}
            >
              ×
            </button>
          </div>
        </div>
      ))}
      <div class="editor-row">
        <button
          type="button"
          onClick={() =>
            setObjection({
              ...objection,
              rebuttals: [...objection.rebuttals, { id: `${id}-${crypto.randomUUID().slice(0, 8)}`, text: '' }],
            })
          }
        >
          {t('objectionEditor.addRebuttal')}
        </button>
        <button type="submit" class="primary">
          {t('objectionEditor.save')}
        </button>
        <button type="button" onClick={onDelete}>
          {t('objectionEditor.delete')}
        </button>
        <span role="status" class={status?.ok === false ? 'error' : ''}>
          {status?.text ?? ''}
        </span>
      </div>
    </form>
  );
}
