import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersIn } from '../../../lib/scripts/template';
import { createValueLookup } from '../../../lib/scripts/variables';
import { samplePageContext } from '../../helpers/panel-services';

describe('fillTemplate', () => {
  it('splits a line into text, values and gaps', () => {
    const values: Record<string, string> = { customerName: '张伟' };
    expect(fillTemplate('{{customerName}}您好，车牌{{plate}}。', (key) => values[key])).toEqual([
      { kind: 'value', key: 'customerName', text: '张伟' },
      { kind: 'text', text: '您好，车牌' },
      { kind: 'gap', key: 'plate' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('treats blank values as gaps and tolerates spaces inside braces', () => {
    expect(fillTemplate('Hi {{ customerName }}!', () => '   ')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'gap', key: 'customerName' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('keeps hostile values as plain text segments, never re-parsing them', () => {
    const hostile = '<img src=x onerror=alert(1)>{{repName}}';
    const segments = fillTemplate('Hello {{customerName}}', (key) => (key === 'customerName' ? hostile : 'SHOULD NOT APPEAR'));
    expect(segments).toEqual([
      { kind: 'text', text: 'Hello ' },
      { kind: 'value', key: 'customerName', text: hostile },
    ]);
  });

  it('leaves malformed braces as text', () => {
    expect(fillTemplate('{{not closed and {single}', () => 'x')).toEqual([{ kind: 'text', text: '{{not closed and {single}' }]);
  });

  it('lists the variables a line uses, once each', () => {
    expect(placeholdersIn('{{a}} {{ b }} {{a}}')).toEqual(['a', 'b']);
  });
});

describe('createValueLookup', () => {
  const page = samplePageContext({
    name: 'Jordan Avery',
    company: 'Avery Family Trust',
    fields: [
      { label: '车牌号：', value: '京A·12345', source: 'dl' },
      { label: 'House area', value: '140 m²', source: 'table' },
    ],
    mapped: { renewalDate: '2026-12-15' },
  });
  const variables = [
    { key: 'plate', label: '车牌号', labels: [] },
    { key: 'houseArea', label: 'Area', labels: ['house area'] },
    { key: 'renewalDate', label: 'Renewal date', labels: [] },
  ];

  it('reads built-ins, mapped fields and labelled page fields', () => {
    const lookup = createValueLookup({ page, profile: { repName: 'Alex', team: '' }, variables });
    expect(lookup('customerName')).toBe('Jordan Avery');
    expect(lookup('phone')).toBe('(252) 460-7929');
    expect(lookup('company')).toBe('Avery Family Trust');
    expect(lookup('repName')).toBe('Alex');
    expect(lookup('team')).toBeUndefined();
    expect(lookup('plate')).toBe('京A·12345');
    expect(lookup('houseArea')).toBe('140 m²');
    expect(lookup('renewalDate')).toBe('2026-12-15');
    expect(lookup('budget')).toBeUndefined();
  });

  it('lets a value the rep typed win over the page', () => {
    const lookup = createValueLookup({ page, typed: { customerName: 'Mr Avery', budget: '$40k' }, variables });
    expect(lookup('customerName')).toBe('Mr Avery');
    expect(lookup('budget')).toBe('$40k');
  });

  it('works without a page', () => {
    const lookup = createValueLookup({ profile: { repName: 'Alex', team: 'East' }, variables });
    expect(lookup('customerName')).toBeUndefined();
    expect(lookup('team')).toBe('East');
    expect(lookup('plate')).toBeUndefined();
  });
});
