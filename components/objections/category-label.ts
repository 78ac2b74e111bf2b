import type { Translate } from '../../lib/i18n';
import { OBJECTION_CATEGORIES, type ObjectionCategory } from '../../lib/objections/objection-model';

/** Built-in categories in the UI language; a team's own category as written. */
export function categoryLabel(category: string, t: Translate): string {
  return (OBJECTION_CATEGORIES as readonly string[]).includes(category) ? t(`category.${category as ObjectionCategory}`) : category;
}
