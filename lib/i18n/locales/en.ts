// The English strings of the side panel's first paint (FIRST_PAINT_DOMAINS in ../catalog.ts), one chunk
// loaded before the first frame. Every other domain is a chunk of its own (../messages/en/<domain>.ts).
import type { FirstPaintDomain, StringsOf } from '../catalog';
import { callsEn } from '../messages/en/calls';
import { commonEn } from '../messages/en/common';

const catalog: StringsOf<FirstPaintDomain> = { ...commonEn, ...callsEn };
export default catalog;
