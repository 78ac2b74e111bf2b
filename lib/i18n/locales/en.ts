// The English catalogue, merged from the domain files in ../messages/en.
// Loaded on demand (see ../catalog.ts): a page bundles only the language it shows.
import type { Catalog } from '../catalog';
import { callsEn } from '../messages/en/calls';
import { commonEn } from '../messages/en/common';
import { pageReaderEn } from '../messages/en/pageReader';
import { scriptsEn } from '../messages/en/scripts';
import { targetsEn } from '../messages/en/targets';
import { teamEn } from '../messages/en/team';

const catalog: Catalog = { ...commonEn, ...callsEn, ...pageReaderEn, ...scriptsEn, ...targetsEn, ...teamEn };
export default catalog;
