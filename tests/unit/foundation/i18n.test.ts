import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../lib/i18n';
import { fullCatalog } from '../../../lib/i18n/all-catalogs';

const catalog = { en: fullCatalog('en'), 'zh-CN': fullCatalog('zh-CN') };

describe('i18n catalogues', () => {
  it('have the same keys in English and Chinese, none empty', () => {
    const en = Object.keys(catalog.en).sort();
    const zh = Object.keys(catalog['zh-CN']).sort();
    expect(zh).toEqual(en);
    for (const key of en) {
      expect(catalog.en[key as keyof typeof catalog.en].trim(), key).not.toBe('');
      expect(catalog['zh-CN'][key as keyof typeof catalog.en].trim(), key).not.toBe('');
    }
  });

  it('keep placeholders the same across languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(catalog.en) as (keyof typeof catalog.en)[]) {
      expect(placeholders(catalog['zh-CN'][key]), key).toEqual(placeholders(catalog.en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('en');
    expect(t('command.goTo', { section: 'Script' })).toBe('Go to Script');
    expect(t('command.goTo')).toBe('Go to {section}');
    expect(createTranslator('zh-CN')('command.goTo', { section: '话术' })).toBe('前往话术');
  });
});
