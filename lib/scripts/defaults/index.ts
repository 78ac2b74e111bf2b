import type { Industry, Language } from '../../settings/settings';
import type { ScriptDocumentInput } from './build';
import { carInsuranceEn } from './car-insurance.en';
import { carInsuranceZh } from './car-insurance.zh-CN';
import { homeRenovationEn } from './home-renovation.en';
import { homeRenovationZh } from './home-renovation.zh-CN';

export const DEFAULT_SCRIPTS: Readonly<Record<Language, Readonly<Record<Exclude<Industry, 'other'>, ScriptDocumentInput>>>> = {
  en: { 'car-insurance': carInsuranceEn, 'home-renovation': homeRenovationEn },
  'zh-CN': { 'car-insurance': carInsuranceZh, 'home-renovation': homeRenovationZh },
};

export const defaultScriptId = (language: Language, industry: Exclude<Industry, 'other'>) => `default-${language}-${industry}`;
