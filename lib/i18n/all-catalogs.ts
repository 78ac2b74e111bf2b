import type { Language } from '../settings/settings';
import { type Catalog, type Domain, registerCatalog, type StringsOf } from './catalog';
import { briefsEn } from './messages/en/briefs';
import { callsEn } from './messages/en/calls';
import { commonEn } from './messages/en/common';
import { complianceEn } from './messages/en/compliance';
import { formatsEn } from './messages/en/formats';
import { objectionsEn } from './messages/en/objections';
import { pageReaderEn } from './messages/en/pageReader';
import { playbookEn } from './messages/en/playbook';
import { scriptsEn } from './messages/en/scripts';
import { targetsEn } from './messages/en/targets';
import { teamEn } from './messages/en/team';
import { briefsZh } from './messages/zh-CN/briefs';
import { callsZh } from './messages/zh-CN/calls';
import { commonZh } from './messages/zh-CN/common';
import { complianceZh } from './messages/zh-CN/compliance';
import { formatsZh } from './messages/zh-CN/formats';
import { objectionsZh } from './messages/zh-CN/objections';
import { pageReaderZh } from './messages/zh-CN/pageReader';
import { playbookZh } from './messages/zh-CN/playbook';
import { scriptsZh } from './messages/zh-CN/scripts';
import { targetsZh } from './messages/zh-CN/targets';
import { teamZh } from './messages/zh-CN/team';

/** Every domain's catalogue in both languages (a domain missing here fails the type check). */
export const CATALOGUES: { [L in Language]: { [D in Domain]: StringsOf<D> } } = {
  en: {
    common: commonEn,
    calls: callsEn,
    compliance: complianceEn,
    pageReader: pageReaderEn,
    scripts: scriptsEn,
    objections: objectionsEn,
    targets: targetsEn,
    team: teamEn,
    playbook: playbookEn,
    briefs: briefsEn,
    formats: formatsEn,
  },
  'zh-CN': {
    common: commonZh,
    calls: callsZh,
    compliance: complianceZh,
    pageReader: pageReaderZh,
    scripts: scriptsZh,
    objections: objectionsZh,
    targets: targetsZh,
    team: teamZh,
    playbook: playbookZh,
    briefs: briefsZh,
    formats: formatsZh,
  },
};

/** One language's strings of every domain. */
export const fullCatalog = (language: Language): Catalog => Object.assign({}, ...Object.values(CATALOGUES[language])) as Catalog;

/** Makes both languages available synchronously: for pages without a size budget, and tests. */
export function registerAllCatalogs(): void {
  registerCatalog('en', fullCatalog('en'));
  registerCatalog('zh-CN', fullCatalog('zh-CN'));
}
