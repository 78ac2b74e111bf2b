import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ObjectionRecord } from '../db/records';
import { objectionsForIndustry } from '../objections/industry-objections';
import type { DefaultObjection } from '../objections/objection-model';
import { listObjections } from '../objections/objection-repository';
import type { Industry, Language } from '../settings/settings';
import type { PanelServices } from './panel-services';
import { type LiveState, useLiveQuery } from './use-live-query';

/** The objection library in the rep's language, matched to their industry, live. */
export function useObjectionLibrary(services: PanelServices, language: Language, industry: Industry): LiveState<ObjectionRecord[]> {
  // Which defaults belong to which trade: the default texts load with the Objections section, not the first paint.
  const [defaults, setDefaults] = useState<readonly DefaultObjection[]>();
  useEffect(() => {
    let live = true;
    void import('../objections/defaults/index').then(({ DEFAULT_OBJECTIONS }) => live && setDefaults(DEFAULT_OBJECTIONS[language]));
    return () => {
      live = false;
    };
  }, [language]);
  const state = useLiveQuery(() => listObjections(language, services.db), [services.db, language]);
  // One array per change of the library: the search index and the palette actions are built from it.
  return useMemo((): LiveState<ObjectionRecord[]> => {
    if (state.status !== 'ready') return state;
    if (!defaults) return { status: 'loading' };
    return { status: 'ready', value: objectionsForIndustry(state.value, language, industry, defaults) };
  }, [state, defaults, language, industry]);
}
