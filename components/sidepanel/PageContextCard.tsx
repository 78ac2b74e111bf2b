import type { PageState } from '../../lib/ui/use-page-context';
import '../page-reader/page-reader.css';
import type { Translate } from '../../lib/i18n';
import { classifyReadFailure, type ReadFailure } from '../../lib/page-reader/read-errors';
import { stripBidiControls } from '../../lib/ui/bidi';
import { useI18n } from '../shared/i18n';

/** A number found on the page, as the panel understood it. */
function unavailableText(failure: ReadFailure, reason: string, t: Translate): string {
  if (failure === 'no-tab') return t('page.noTab');
  if (failure === 'no-access') return t('page.noAccess');
  if (failure === 'restricted') return t('page.restricted');
  return t('page.cannotRead', { reason });
}

export interface PhoneView {
  raw: string;
  /** International format, when libphonenumber accepted it in the rep's region. */
  display?: string;
  extension?: string;
  label?: string;
}

export interface PageContextCardProps {
  page: PageState;
  phones?: PhoneView[];
  /** "Attempt 3 · last: no answer, 2 days ago", ready to show. */
  attemptLine?: string;
  onRefresh(): void;
  onEnableSite(): void;
  onDisableSite(): void;
  /** The rep picked a number to dial; no call buttons without it. */
  onDial?(phoneRaw: string): void;
  onMapField?(): void;
  /** The default region's name, for the "not a valid number" note. */
  region?: string;
  /** Only the name shows (during a call in a narrow panel); the toggle brings the details back. */
  collapsed?: boolean;
  onToggleCollapsed?(): void;
}

/** Page text: isolated from the text around it, bidi controls removed (no reversed names). */
function PageText({ text }: { text: string }) {
  return <bdi>{stripBidiControls(text)}</bdi>;
}

/** Who is on the CRM page. Every value is page text, rendered as text. */
export function PageContextCard({
  page,
  phones,
  attemptLine,
  onRefresh,
  onEnableSite,
  onDisableSite,
  onDial,
  onMapField,
  region,
  collapsed,
  onToggleCollapsed,
}: PageContextCardProps) {
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
        <p class="muted">{unavailableText(classifyReadFailure(page.reason), page.reason, t)}</p>
        <button type="button" onClick={onRefresh}>
          {t('page.readOnce')}
        </button>
      </section>
    );
  }
  const { context, siteEnabled } = page;
  const phoneViews: PhoneView[] = phones ?? context.phones.map((phone) => ({ raw: phone.raw, label: phone.label }));
  const mapped = Object.entries(context.mapped);
  const hasRecord = Boolean(context.name || context.phones.length || context.emails.length || context.company || mapped.length);
  const siteButtons = (
    <div class="row page-actions">
      {siteEnabled ? (
        <button type="button" onClick={onDisableSite}>
          {t('page.disableSite')}
        </button>
      ) : (
        <button type="button" onClick={onEnableSite}>
          {t('page.enableSite')}
        </button>
      )}
      {onMapField && (
        <button type="button" onClick={onMapField}>
          {t('picker.mapField')}
        </button>
      )}
    </div>
  );
  if (context.settling) {
    return (
      <section class="card stack" aria-label={t('page.title')} aria-busy="true">
        <p class="muted">{t('page.loadingRecord')}</p>
        {siteButtons}
      </section>
    );
  }
  const header = (
    <div class="row">
      {/* A missing name shows as missing (never the page title, often the app's own name), one click from mapping it. */}
      <h2 class={context.name ? 'page-context-name' : 'page-context-name muted'}>
        {context.name ? <PageText text={context.name} /> : t('picker.nameMissing')}
      </h2>
      {onToggleCollapsed && (
        <button
          type="button"
          class="page-context-toggle"
          aria-expanded={!collapsed}
          aria-controls="page-context-details"
          aria-label={t(collapsed ? 'page.expand' : 'page.collapse')}
          title={t(collapsed ? 'page.expand' : 'page.collapse')}
          onClick={onToggleCollapsed}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        </button>
      )}
      <button type="button" onClick={onRefresh} aria-label={t('page.refresh')} title={t('page.refresh')}>
        ↻
      </button>
    </div>
  );
  if (collapsed)
    return (
      <section class="card page-context is-collapsed" aria-label={t('page.title')}>
        {header}
      </section>
    );
  return (
    <section class="card stack page-context" aria-label={t('page.title')} id="page-context-details">
      {header}
      {!context.name && onMapField && (
        <p>
          <button type="button" onClick={onMapField}>
            {t('picker.mapName')}
          </button>
        </p>
      )}
      {attemptLine && <p class="muted page-attempts">{attemptLine}</p>}
      {!hasRecord && <p class="muted">{t('page.nothingFound')}</p>}
      {phoneViews.length > 0 && (
        <ul class="page-phones" aria-label={t('page.phones')}>
          {phoneViews.map((phone) => (
            <li key={phone.raw}>
              <span class="page-phone-text">
                <span class="page-phone-raw">
                  <PageText text={phone.raw} />
                </span>
                {phone.label && (
                  <span class="muted">
                    {' · '}
                    <PageText text={phone.label} />
                  </span>
                )}
                {phone.display && phone.display !== phone.raw && <span class="muted page-phone-e164">{phone.display}</span>}
                {phone.extension && !phone.display && <span class="muted"> {t('page.extension', { extension: phone.extension })}</span>}
                {phones && !phone.display && region && <span class="warn-text"> ({t('page.unrecognisedPhone', { region })})</span>}
              </span>
              {onDial && (
                <button type="button" class="primary" onClick={() => onDial(phone.raw)}>
                  {t('page.callNumber', { number: stripBidiControls(phone.raw) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <dl class="fields">
        {context.emails.length > 0 && (
          <>
            <dt>{t('page.emails')}</dt>
            <dd>
              <PageText text={context.emails.join(', ')} />
            </dd>
          </>
        )}
        {context.company && (
          <>
            <dt>{t('page.company')}</dt>
            <dd>
              <PageText text={context.company} />
            </dd>
          </>
        )}
        {context.status && (
          <>
            <dt>{t('page.status')}</dt>
            <dd>
              <PageText text={context.status} />
            </dd>
          </>
        )}
        {mapped.map(([field, value]) => (
          <>
            <dt class="mapped-field">
              <PageText text={field} />
            </dt>
            <dd>
              <PageText text={value} />
            </dd>
          </>
        ))}
        {context.fields
          // A mapped field already shows under its own name.
          .filter((field) => !field.kind && !mapped.some(([, value]) => value === field.value))
          .slice(0, 12)
          .map((field) => (
            <>
              <dt>
                <PageText text={field.label} />
              </dt>
              <dd>
                <PageText text={field.value} />
              </dd>
            </>
          ))}
      </dl>
      <p class="muted page-title-line">
        {t('page.url')}: <PageText text={context.title} />
      </p>
      {siteButtons}
    </section>
  );
}
