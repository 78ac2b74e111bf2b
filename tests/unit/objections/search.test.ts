import { describe, expect, it } from 'vitest';
import { DEFAULT_OBJECTIONS } from '../../../lib/objections/defaults/index';
import { toObjectionRecords } from '../../../lib/objections/objection-model';
import { buildObjectionIndex } from '../../../lib/objections/search-index';

const zh = buildObjectionIndex(toObjectionRecords('zh-CN', DEFAULT_OBJECTIONS['zh-CN'], 0));
const en = buildObjectionIndex(toObjectionRecords('en', DEFAULT_OBJECTIONS.en, 0));
const firstTitle = (index: typeof zh, query: string) => index.search(query)[0]?.title;

describe('default objection library', () => {
  it.each(['en', 'zh-CN'] as const)('%s has at least 20 objections with two or more rebuttals each, and unique ids', (language) => {
    const records = toObjectionRecords(language, DEFAULT_OBJECTIONS[language], 0);
    expect(records.length).toBeGreaterThanOrEqual(20);
    for (const record of records) expect(record.rebuttals.length).toBeGreaterThanOrEqual(2);
    const ids = records.flatMap((record) => [record.id, ...record.rebuttals.map((rebuttal) => rebuttal.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the handbook objections in both languages', () => {
    for (const key of ['already-renewed', 'friend-handles-it', 'price-too-high', 'not-interested', 'busy', 'send-information']) {
      expect(DEFAULT_OBJECTIONS.en.some((objection) => objection.key === key)).toBe(true);
      expect(DEFAULT_OBJECTIONS['zh-CN'].some((objection) => objection.key === key)).toBe(true);
    }
  });
});

describe('objection search ranking', () => {
  it('finds by pinyin initials', () => {
    expect(firstTitle(zh, 'jg')).toBe('价格高了，太贵');
    expect(firstTitle(zh, 'yjbl')).toBe('已经保了');
    expect(firstTitle(zh, 'pyzb')).toBe('朋友在办');
  });

  it('finds by full pinyin, with or without spaces', () => {
    expect(firstTitle(zh, 'jiage')).toBe('价格高了，太贵');
    expect(firstTitle(zh, 'yi jing bao')).toBe('已经保了');
  });

  it('finds by Chinese substring and keyword', () => {
    expect(firstTitle(zh, '价格')).toBe('价格高了，太贵');
    expect(firstTitle(zh, '太贵')).toBe('价格高了，太贵');
    expect(firstTitle(zh, '忙')).toBe('我在忙，没时间');
  });

  it('finds English by substring, keyword and case', () => {
    expect(firstTitle(en, 'price')).toBe('Your price is too high');
    expect(firstTitle(en, 'PRICE')).toBe('Your price is too high');
    expect(firstTitle(en, 'friend')).toBe('A friend handles my insurance');
    expect(firstTitle(en, 'renewed')).toBe('I already renewed');
  });

  it('tolerates typos through fuzzy matching', () => {
    expect(firstTitle(en, 'pirce')).toBe('Your price is too high');
    expect(firstTitle(en, 'intrested')).toBe('Not interested');
  });

  it('returns the library in order for an empty query and nothing for nonsense', () => {
    expect(en.search('', 5)).toHaveLength(5);
    expect(en.search('qqqxzzv')).toEqual([]);
  });
});
