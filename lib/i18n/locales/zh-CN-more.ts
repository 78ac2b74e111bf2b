// The Simplified Chinese strings for the dashboard, options and lazy panel sections, merged from ../messages/zh-CN.
// Loaded on demand (see ../catalog.ts).
import type { MoreCatalog } from '../catalog';
import { briefsZh } from '../messages/zh-CN/briefs';
import { formatsZh } from '../messages/zh-CN/formats';
import { objectionsZh } from '../messages/zh-CN/objections';
import { playbookZh } from '../messages/zh-CN/playbook';
import { targetsPlanZh } from '../messages/zh-CN/targetsPlan';

const catalog: MoreCatalog = {
  ...targetsPlanZh,
  ...playbookZh,
  ...briefsZh,
  ...formatsZh,
  ...objectionsZh,
};
export default catalog;
