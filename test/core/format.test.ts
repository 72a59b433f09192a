import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, formatPeriod, formatValue, writtenBaseUnit } from '../../src/core/format.js';
import { data } from '../helpers/data.js';

const units = data.units;

suite('core/format', () => {
  test('Chinese uses 万 and 亿 from ten thousand; English uses words from a million, digit groups below', () => {
    expect(formatNumber(2710000, 'zh-CN')).to.equal('271万');
    expect(formatNumber(290000000, 'zh-CN')).to.equal('2.9亿');
    expect(formatNumber(1375, 'zh-CN')).to.equal('1375');
    expect(formatNumber(2710000, 'en')).to.equal('2.71 million');
    expect(formatNumber(368000, 'en')).to.equal('368,000');
  });

  test('values carry their unit and qualifier in the reader\'s language', () => {
    const persons = { unit: 'persons' };
    expect(formatValue({ value: 2710000, unit_text: '万人' }, persons, units, 'zh-CN')).to.equal('271万人');
    expect(formatValue({ value: 2710000, unit_text: '万人' }, persons, units, 'en')).to.equal(`2.71 million ${units.persons.label_en}`);
    expect(formatValue({ value: 69.31, unit_text: '%' }, { unit: 'percent' }, units, 'en')).to.equal('69.31%');
    expect(formatValue({ value: 70000, unit_text: '万余名', qualifier: 'more-than' }, persons, units, 'en')).to.equal(`more than 70,000 ${units.persons.label_en}`);
    expect(formatValue({ value: 290000000, unit_text: '亿元' }, { unit: 'cny' }, units, 'en')).to.equal('CNY 290 million');
    expect(formatValue({ value: 290000000, unit_text: '亿元' }, { unit: 'cny' }, units, 'zh-CN')).to.equal('2.9亿元');
  });

  test('a value keeps every digit the source gave: Chinese as written, English with as many significant digits', () => {
    const persons = { unit: 'persons' };
    expect(formatValue({ value: 37962, unit_text: '人' }, persons, units, 'zh-CN')).to.equal('37962人');
    expect(formatValue({ value: 37962, unit_text: '人' }, persons, units, 'en')).to.equal(`37,962 ${units.persons.label_en}`);
    expect(formatValue({ value: 2365000, unit_text: '万人' }, persons, units, 'zh-CN')).to.equal('236.5万人');
    expect(formatValue({ value: 2365000, unit_text: '万人' }, persons, units, 'en')).to.equal(`2.365 million ${units.persons.label_en}`);
    expect(formatValue({ value: 121681700, unit_text: '万元' }, { unit: 'cny' }, units, 'zh-CN')).to.equal('12168.17万元');
    expect(formatValue({ value: 121681700, unit_text: '万元' }, { unit: 'cny' }, units, 'en')).to.equal('CNY 121.6817 million');
  });

  test('every fact of the dataset shows the digits its quote has (Chinese)', () => {
    const metrics = new Map(data.metrics.map((m) => [m.id, m]));
    for (const fact of data.facts) {
      if (!/^\d+(\.\d+)?$/.test(fact.value_text)) continue; // numbers written in words (三批)
      const shown = formatValue(fact, metrics.get(fact.metric)!, units, 'zh-CN');
      // The written number, digit for digit (a trailing zero after the point aside: 50.60 → 50.6).
      expect(shown, fact.id).to.contain(String(Number(fact.value_text)));
    }
  });

  test('units: Chinese keeps the source\'s measure word; English is singular for 1 and names written units the kind would misname', () => {
    expect(formatValue({ value: 344, unit_text: '所' }, { unit: 'facilities' }, units, 'zh-CN')).to.equal('344所');
    expect(formatValue({ value: 26, unit_text: '例' }, { unit: 'cases' }, units, 'zh-CN')).to.equal('26例');
    expect(formatValue({ value: 344, unit_text: '所' }, { unit: 'facilities' }, units, 'en')).to.equal(`344 ${units.facilities.label_en}`);
    expect(formatValue({ value: 1, unit_text: '家' }, { unit: 'facilities' }, units, 'en')).to.equal(`1 ${units.facilities.label_en_one}`);
    expect(formatValue({ value: 46571, unit_text: '人份' }, { unit: 'persons' }, units, 'en')).to.equal(`46,571 ${units.persons.written_en!['人份'][1]}`);
    expect(formatValue({ value: 10, unit_text: '个工作日' }, { unit: 'days' }, units, 'en')).to.equal(`10 ${units.days.written_en!['个工作日'][1]}`);
    // Every fact's Chinese value ends with the measure word its source wrote.
    const metrics = new Map(data.metrics.map((m) => [m.id, m]));
    for (const fact of data.facts) {
      const word = writtenBaseUnit(fact.unit_text);
      if (word && metrics.get(fact.metric)!.unit !== 'percent') expect(formatValue(fact, metrics.get(fact.metric)!, units, 'zh-CN'), fact.id).to.match(new RegExp(`${word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    }
  });

  test('generic counts keep the classifier the source wrote', () => {
    expect(writtenBaseUnit('多万张')).to.equal('张');
    expect(formatValue({ value: 1500000, unit_text: '多万张' }, { unit: 'count' }, units, 'zh-CN')).to.equal('150万张');
  });

  test('periods and dates read naturally', () => {
    expect(formatPeriod('2016-2020', 'en')).to.equal('2016–2020');
    expect(formatPeriod('2020', 'zh-CN')).to.equal('2020年');
    expect(formatDate('2022-10-13', 'en')).to.equal('October 13, 2022');
    expect(formatDate('2022-10-13', 'zh-CN')).to.equal('2022年10月13日');
    expect(formatDate('2021', 'en')).to.equal('2021');
  });
});
