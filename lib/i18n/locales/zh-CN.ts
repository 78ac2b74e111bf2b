// The Simplified Chinese strings of the side panel's first paint (FIRST_PAINT_DOMAINS in ../catalog.ts), one chunk
// loaded before the first frame. Every other domain is a chunk of its own (../messages/zh-CN/<domain>.ts).
import type { FirstPaintDomain, StringsOf } from '../catalog';
import { callsZh } from '../messages/zh-CN/calls';
import { commonZh } from '../messages/zh-CN/common';

const catalog: StringsOf<FirstPaintDomain> = { ...commonZh, ...callsZh };
export default catalog;
