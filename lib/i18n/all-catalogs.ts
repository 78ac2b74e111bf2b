import { registerCatalog } from './catalog';
import en from './locales/en';
import enMore from './locales/en-more';
import zh from './locales/zh-CN';
import zhMore from './locales/zh-CN-more';

/** Makes both languages available synchronously: for pages without a size budget, and tests. */
export function registerAllCatalogs(): void {
  registerCatalog('en', { ...en, ...enMore });
  registerCatalog('zh-CN', { ...zh, ...zhMore });
}
