import type { Language } from '../../settings/settings';
import type { DefaultObjection } from '../objection-model';
import { enObjections } from './en';
import { zhObjections } from './zh-CN';

export const DEFAULT_OBJECTIONS: Readonly<Record<Language, readonly DefaultObjection[]>> = { en: enObjections, 'zh-CN': zhObjections };
