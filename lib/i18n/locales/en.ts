// The English first-paint strings of the side panel, merged from ../messages/en.
// Loaded on demand (see ../catalog.ts).
import type { CoreCatalog } from '../catalog';
import { callsEn } from '../messages/en/calls';
import { commonEn } from '../messages/en/common';
import { complianceEn } from '../messages/en/compliance';
import { pageReaderEn } from '../messages/en/pageReader';
import { scriptsEn } from '../messages/en/scripts';
import { targetsEn } from '../messages/en/targets';
import { teamEn } from '../messages/en/team';

const catalog: CoreCatalog = { ...commonEn, ...callsEn, ...complianceEn, ...pageReaderEn, ...scriptsEn, ...targetsEn, ...teamEn };
export default catalog;
