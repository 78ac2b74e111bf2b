import type { PageState } from '../../lib/ui/use-page-context';
import { useI18n } from '../shared/i18n';

export interface PageContextCardProps {
  page: PageState;
  onRefresh(): void;
  onEnableSite(): void;
  onDisableSite(): void;
}

/** Who is on the CRM page. Every value is page text, rendered as text. */
export function PageContextCard({ page, onRefresh, onEnableSite, onDisableSite }: PageContextCardProps) {
  const { t } = useI18n();
  if (page.status === 'reading')
    return (
      <section class="card" aria-label={t('page.title')} aria-busy="true">
        {t('page.reading')}
      </section>
    );
  if (page.status === 'unavailable') {
    return (
      <section class="card stack" aria-label={t('page.title')}>
        <p class="muted">{page.reason === 'no tab' ? t('page.noTab') : t('page.cannotRead', { reason: page.reason })}</p>
        <button type="button" onClick={onRefresh}>
          {t('page.readOnce')}
        </button>
      </section>
    );
  }
  const { context, siteEnabled } = page;
  const hasRecord = Boolean(context.name || context.phones.length || context.emails.length || context.company);
  return (
    <section class="card stack" aria-label={t('page.title')}>
      <div class="row">
        <h2 style={{ flex: 1, margin: 0 }}>{context.name ?? context.title}</h2>
        <button type="button" onClick={onRefresh} aria-label={t('page.refresh')} title={t('page.refresh')}>
          ↻
        </button>
      </div>
      {!hasRecord && <p class="muted">{t('page.nothingFound')}</p>}
      <dl class="fields">
        {context.phones.length > 0 && (
          <>
            <dt>{t('page.phones')}</dt>
            <dd>
              {context.phones.map((phone) => (
                <div key={phone.raw}>{phone.raw}</div>
              ))}
            </dd>
          </>
        )}
        {context.emails.length > 0 && (
          <>
            <dt>{t('page.emails')}</dt>
            <dd>{context.emails.join(', ')}</dd>
          </>
        )}
        {context.company && (
          <>
            <dt>{t('page.company')}</dt>
            <dd>{context.company}</dd>
          </>
        )}
        {context.status && (
          <>
            <dt>{t('page.status')}</dt>
            <dd>{context.status}</dd>
          </>
        )}
        {context.fields
          .filter((field) => !field.kind)
          .slice(0, 12)
          .map((field) => (
            <>
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </>
          ))}
      </dl>
      <p class="muted" style={{ fontSize: '12px', overflowWrap: 'anywhere' }}>
        {t('page.url')}: {context.title}
      </p>
      <div class="row">
        {siteEnabled ? (
          <button type="button" onClick={onDisableSite}>
            {t('page.disableSite')}
          </button>
        ) : (
          <button type="button" onClick={onEnableSite}>
            {t('page.enableSite')}
          </button>
        )}
      </div>
    </section>
  );
}
