// The Simplified Chinese catalogue, merged from the domain files in ../messages/zh-CN.
// Loaded on demand (see ../catalog.ts): a page bundles only the language it shows.
import type { Catalog } from '../catalog';
import { callsZh } from '../messages/zh-CN/calls';
import { commonZh } from '../messages/zh-CN/common';
import { pageReaderZh } from '../messages/zh-CN/pageReader';
import { scriptsZh } from '../messages/zh-CN/scripts';
import { targetsZh } from '../messages/zh-CN/targets';
import { teamZh } from '../messages/zh-CN/team';

const catalog: Catalog = { ...commonZh, ...callsZh, ...pageReaderZh, ...scriptsZh, ...targetsZh, ...teamZh };
export default catalog;
