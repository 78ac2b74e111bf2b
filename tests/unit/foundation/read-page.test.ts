import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import { loadFixtureDocument as loadFixture } from '../../helpers/fixture-document';

describe('page reader basics on the demo CRM', () => {
  it('reads the Chinese car-insurance record', () => {
    const context = readPage(loadFixture('demo-crm/car-renewal.html'));
    expect(context.name).toBe('张伟');
    expect(context.phones.map((phone) => phone.raw)).toContain('+8613800138000');
    expect(context.fields.find((field) => field.label === '车牌号')?.value).toBe('京A·12345');
  });

  it('reads the English renovation lead', () => {
    const context = readPage(loadFixture('demo-crm/renovation-lead.html'));
    expect(context.name).toBe('Jordan Avery');
    expect(context.phones[0]?.raw).toBe('(252) 460-7929');
    expect(context.emails).toEqual(['jordan.avery@example.com']);
    expect(context.company).toBe('Avery Family Trust');
  });
});
