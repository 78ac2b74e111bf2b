import { registerCatalog } from './catalog';
import en from './locales/en';
import zh from './locales/zh-CN';

/** Makes both languages available synchronously: for pages without a size budget, and tests. */
export function registerAllCatalogs(): void {
  registerCatalog('en', en);
  registerCatalog('zh-CN', zh);
}
