// The Simplified Chinese first-paint strings of the side panel, merged from ../messages/zh-CN.
// Loaded on demand (see ../catalog.ts).
import type { CoreCatalog } from '../catalog';
import { callsZh } from '../messages/zh-CN/calls';
import { commonZh } from '../messages/zh-CN/common';
import { complianceZh } from '../messages/zh-CN/compliance';
import { pageReaderZh } from '../messages/zh-CN/pageReader';
import { scriptsZh } from '../messages/zh-CN/scripts';
import { targetsZh } from '../messages/zh-CN/targets';
import { teamZh } from '../messages/zh-CN/team';

const catalog: CoreCatalog = { ...commonZh, ...callsZh, ...complianceZh, ...pageReaderZh, ...scriptsZh, ...targetsZh, ...teamZh };
export default catalog;
