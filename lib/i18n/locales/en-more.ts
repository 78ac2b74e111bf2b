// The English strings for the dashboard, options and lazy panel sections, merged from ../messages/en.
// Loaded on demand (see ../catalog.ts).
import type { MoreCatalog } from '../catalog';
import { briefsEn } from '../messages/en/briefs';
import { formatsEn } from '../messages/en/formats';
import { objectionsEn } from '../messages/en/objections';
import { playbookEn } from '../messages/en/playbook';
import { targetsPlanEn } from '../messages/en/targetsPlan';

const catalog: MoreCatalog = {
  ...targetsPlanEn,
  ...playbookEn,
  ...briefsEn,
  ...formatsEn,
  ...objectionsEn,
};
export default catalog;
