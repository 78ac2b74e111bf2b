import { useState } from 'preact/hooks';
import type { SiteMapping } from '../../lib/db/records';
import './page-reader.css';
import { useI18n } from '../shared/i18n';

export interface SiteMappingsTableProps {
  mappings: SiteMapping[];
  /** Resolves to an error message, or undefined when saved. */
  onSave(mapping: SiteMapping): Promise<string | undefined>;
  onDelete(mapping: SiteMapping): void;
}

/** Every site mapping: where, which field, how it is found; edit in place or delete. */
export function SiteMappingsTable({ mappings, onSave, onDelete }: SiteMappingsTableProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<SiteMapping>();
  const [problem, setProblem] = useState<string>();
  if (mappings.length === 0) return <p class="muted">{t('mappings.empty')}</p>;
  const edit = (patch: Partial<SiteMapping>) => editing && setEditing({ ...editing, ...patch });
  return (
    <table class="mappings-table">
      <thead>
        <tr>
          <th scope="col">{t('mappings.site')}</th>
          <th scope="col">{t('mappings.path')}</th>
          <th scope="col">{t('mappings.field')}</th>
          <th scope="col">{t('mappings.selector')}</th>
          <th scope="col">{t('mappings.label')}</th>
          <th scope="col">{t('mappings.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {mappings.map((mapping) =>
          editing?.id === mapping.id ? (
            <tr key={mapping.id}>
              <td>{mapping.origin}</td>
              <td>
                <input
                  aria-label={t('mappings.path')}
                  value={editing.pathPattern}
                  onInput={(event) => edit({ pathPattern: event.currentTarget.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('mappings.field')}
                  value={editing.field}
                  onInput={(event) => edit({ field: event.currentTarget.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('mappings.selector')}
                  value={editing.selector}
                  onInput={(event) => edit({ selector: event.currentTarget.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('mappings.label')}
                  value={editing.labelAnchor ?? ''}
                  onInput={(event) => edit({ labelAnchor: event.currentTarget.value || undefined })}
                />
              </td>
              <td>
                <div class="row">
                  <button
                    type="button"
                    class="primary"
                    onClick={async () => {
                      const error = await onSave(editing);
                      setProblem(error);
                      if (!error) setEditing(undefined);
                    }}
                  >
                    {t('common.save')}
                  </button>
                  <button type="button" onClick={() => setEditing(undefined)}>
                    {t('common.cancel')}
                  </button>
                </div>
                {problem && (
                  <p class="error" role="alert">
                    {problem}
                  </p>
                )}
              </td>
            </tr>
          ) : (
            <tr key={mapping.id}>
              <td>{mapping.origin}</td>
              <td>
                <code>{mapping.pathPattern}</code>
              </td>
              <td>{mapping.field}</td>
              <td>
                <code>{mapping.selector}</code>
              </td>
              <td>{mapping.labelAnchor ?? '—'}</td>
              <td>
                <div class="row">
                  <button
                    type="button"
                    aria-label={t('mappings.editOf', { field: mapping.field, origin: mapping.origin })}
                    onClick={() => {
                      setProblem(undefined);
                      setEditing(mapping);
                    }}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('mappings.deleteOf', { field: mapping.field, origin: mapping.origin })}
                    onClick={() => onDelete(mapping)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
