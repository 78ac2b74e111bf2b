import { PageContextCard } from '../PageContextCard';
import type { SectionProps } from './section-props';

/** The Call section: who is on screen, then (call log) the call being made. */
export function CallSection({ services, page, refreshPage }: SectionProps) {
  const url = page.status === 'ready' ? page.context.url : undefined;
  return (
    <div class="stack">
      <PageContextCard
        page={page}
        onRefresh={refreshPage}
        onEnableSite={() => {
          if (!url) return;
          void services.enableSite(url).then(refreshPage);
        }}
        onDisableSite={() => {
          if (!url) return;
          void services.disableSite(url).then(refreshPage);
        }}
      />
    </div>
  );
}
