import { PageContextCard } from './PageContextCard';
import type { SectionProps } from './sections/section-props';

export interface PageContextPanelProps extends SectionProps {
  /** The rep chose a number on the record to dial. */
  onDial?(phoneRaw: string): void;
}

/** Wires the page-context card to the panel's services (site access, re-read). */
export function PageContextPanel({ services, page, refreshPage }: PageContextPanelProps) {
  const url = page.status === 'ready' ? page.context.url : undefined;
  return (
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
  );
}
