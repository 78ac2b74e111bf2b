import { useEffect, useState } from 'preact/hooks';
import { isCatalogReady, loadCatalog } from '../i18n/catalog';
import type { Language } from '../settings/settings';

/**
 * The language whose strings are ready to show. On a switch the previous
 * language stays on screen until the new catalogue has loaded, so the rep
 * never sees raw message keys.
 */
export function useCatalog(language: Language): Language | undefined {
  const [ready, setReady] = useState<Language | undefined>(() => (isCatalogReady(language) ? language : undefined));
  useEffect(() => {
    let live = true;
    loadCatalog(language)
      .then(() => live && setReady(language))
      .catch(() => undefined); // the previous language stays on screen
    return () => {
      live = false;
    };
  }, [language]);
  return ready;
}
