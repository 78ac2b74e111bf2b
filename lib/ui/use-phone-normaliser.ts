import { useEffect, useState } from 'preact/hooks';
import type { normalisePhone } from '../page-reader/phones';

export type NormalisePhone = typeof normalisePhone;

let loading: Promise<NormalisePhone> | undefined;

/**
 * libphonenumber's metadata is about half the side panel's JS budget, so the
 * panel loads it just after first paint instead of before. Callers show the
 * number as written until it is there.
 */
export function loadPhoneNormaliser(): Promise<NormalisePhone> {
  loading ??= import('../page-reader/phones').then((module) => module.normalisePhone);
  return loading;
}

/** The phone normaliser, or undefined for the few milliseconds it takes to load. */
export function usePhoneNormaliser(): NormalisePhone | undefined {
  const [normalise, setNormalise] = useState<NormalisePhone>();
  useEffect(() => {
    let live = true;
    loadPhoneNormaliser()
      .then((loaded) => live && setNormalise(() => loaded))
      .catch(() => {
        // Numbers stay as written; the next panel open tries again.
        loading = undefined;
      });
    return () => {
      live = false;
    };
  }, []);
  return normalise;
}
