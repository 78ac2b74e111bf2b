import { useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { CUSTOM_FIELD_NAME, deleteSiteMapping, listSiteMappings, saveSiteMapping } from '../../lib/page-reader/site-mappings';
import { nowOf } from '../../lib/services/app-services';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import type { OptionsSectionProps } from '../options/sections';
import { useI18n } from '../shared/i18n';
import { SiteMappingsTable } from './SiteMappingsTable';

/** Options: the fields mapped with the picker, per site. */
export function SiteMappingsSection({ db, services }: OptionsSectionProps) {
  const { t } = useI18n();
  const mappings = useLiveQuery(() => listSiteMappings(db), [db]);
  const [notice, setNotice] = useState<string>();
  return (
    <section class="stack" aria-labelledby="mappings-title">
      <h2 id="mappings-title">{t('mappings.title')}</h2>
      <p class="muted">{t('mappings.intro')}</p>
      {mappings.status === 'error' && <p role="alert">{describeStorageError(mappings.error, t)}</p>}
      {mappings.status === 'ready' && (
        <SiteMappingsTable
          mappings={mappings.value}
          onSave={async (mapping) => {
            if (!CUSTOM_FIELD_NAME.test(mapping.field)) return t('picker.invalidName');
            try {
              await saveSiteMapping({ ...mapping, updatedAt: nowOf(services) }, db);
              setNotice(t('mappings.saved'));
              return undefined;
            } catch (error) {
              return error instanceof z.core.$ZodError ? z.prettifyError(error) : describeStorageError(error, t);
            }
          }}
          onDelete={(mapping) => {
            void deleteSiteMapping(mapping.id, db)
              .then(() => setNotice(t('mappings.deleted')))
              .catch((error: unknown) => setNotice(describeStorageError(error, t)));
          }}
        />
      )}
      <p role="status" class="muted">
        {notice}
      </p>
    </section>
  );
}
