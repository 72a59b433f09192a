// The data compiler refuses what it cannot verify, names the file, line and fact,
// and writes nothing then. Each refusal is shown with a small bad fixture.
import { test, suite, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { compileDataset } from '../../scripts/data/compile.mjs';

const SEED_TEXT =
  '开封市设置 24 小时发热门诊 34 个，预检分诊点 134 个。\n' +
  '郑州市7万余名医务人员取消休假。漯河市新增床位\n500 张。\n' +
  '目标：产前筛查率达到55%以上。累计救治贫困患者20.4 万\n人次。' +
  '产前筛查率达到 65%左右。产前筛查率不得低于20%。产前筛查率至少有1%。产前筛查率分别不低于 75%、55%。产前筛查率不得低于总数的30%。签约产前筛查率55%。' +
  '这里是很长的一段与数字无关的文字。'.repeat(40) +
  '鹤壁市：家庭医生签约率。新建发热门诊近 400余个。';

const GOOD_FACT = {
  entity: 'kaifeng',
  metric: 'fever-clinics',
  value: '34',
  unit: '个',
  period: '2020',
  status: 'actual',
  quote: '设置 24 小时发热门诊 34 个',
};

/** Writes a small, valid data directory and seeds directory; returns their paths. */
function makeFixture() {
  const root = mkdtempSync(join(tmpdir(), 'hhw-data-'));
  const data = join(root, 'data');
  const seeds = join(root, 'seeds');
  for (const dir of [data, seeds, join(data, 'entities'), join(data, 'metrics'), join(data, 'facts')]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(seeds, 'x.txt'), SEED_TEXT);
  writeFileSync(
    join(data, 'sources.json'),
    JSON.stringify([{ id: '000', file: 'x.txt', title_zh: '测试', title_en: 'Test', publisher: '测试', publisher_en: 'Test', date: '2021', reports_on: '2020' }], null, 2),
  );
  cpSync('data/units.json', join(data, 'units.json'));
  writeFileSync(join(data, 'programs.json'), JSON.stringify([{ id: 'covid-19', label_zh: '新冠', label_en: 'COVID-19' }], null, 2));
  // The real province and its 18 prefecture-level units: the map needs all of them.
  cpSync('data/entities/henan.json', join(data, 'entities', 'henan.json'));
  writeFileSync(
    join(data, 'metrics', 'm.json'),
    JSON.stringify(
      [
        { id: 'fever-clinics', label_zh: '发热门诊', label_en: 'Fever clinics', unit: 'facilities', program: 'covid-19', higher_is_better: null },
        { id: 'medical-staff', label_zh: '医务人员', label_en: 'Medical staff', unit: 'persons', program: 'covid-19', higher_is_better: null },
        { id: 'poor-patients-treated', label_zh: '救治贫困患者', label_en: 'Poor patients treated', unit: 'person-times', program: 'covid-19', higher_is_better: null },
        { id: 'prenatal-screening-rate', label_zh: '产前筛查率', label_en: 'Prenatal screening rate', unit: 'percent', program: 'covid-19', higher_is_better: true },
      ],
      null,
      2,
    ),
  );
  return { root, data, seeds };
}

let fixture = makeFixture();
beforeEach(() => {
  fixture = makeFixture();
});

/** Writes fact lines (objects or raw strings) as data/facts/000.jsonl and compiles. */
function compileWith(/** @type {Array<object | string>} */ lines) {
  writeFileSync(
    join(fixture.data, 'facts', '000.jsonl'),
    lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n',
  );
  return compileDataset({ dataDir: fixture.data, seedsDir: fixture.seeds });
}

/** Asserts exactly one refusal, on `line` of the facts file, matching `message`. */
function assertRefused(/** @type {any} */ result, /** @type {number} */ line, /** @type {RegExp} */ message, factName = /fact \S+ \S+ \S+ "/) {
  assert.equal(result.dataset, undefined, 'no dataset when anything is refused');
  assert.equal(result.errors.length, 1, result.errors.join('\n'));
  const [error] = result.errors;
  assert.match(error, new RegExp(`facts/000\\.jsonl:${line}: `), 'names the data file and line');
  assert.match(error, factName, 'names the fact');
  assert.match(error, message);
}

suite('data compiler: accepts', () => {
  test('a valid fact, normalising 万 and keeping the written form', () => {
    const result = compileWith([
      GOOD_FACT,
      { entity: 'zhengzhou', metric: 'medical-staff', value: '7', unit: '万余名', period: '2020', status: 'actual', quote: '郑州市7万余名医务人员' },
    ]);
    assert.deepEqual(result.errors, []);
    const [clinics, staff] = result.dataset.facts;
    assert.equal(clinics.value, 34);
    assert.equal(staff.value, 70000);
    assert.equal(staff.value_text, '7');
    assert.equal(staff.unit_text, '万余名');
    assert.equal(staff.qualifier, 'more-than');
    assert.equal(clinics.id, 'kaifeng.fever-clinics.2020.actual.000');
  });

  test('numbers in a note and its Chinese version as the seed writes them', () => {
    const result = compileWith([{ ...GOOD_FACT, note: 'Open 24 hours; 134 triage points, 7万 staff', note_zh: '24小时开放；预检分诊点134个，医务人员7万余名' }]);
    assert.deepEqual(result.errors, []);
    assert.equal(result.dataset.facts[0].note_zh, '24小时开放；预检分诊点134个，医务人员7万余名');
  });

  test('近 with 余 (近 400余个, "nearly" and "more than" at once) read as "about"', () => {
    const result = compileWith([{ ...GOOD_FACT, value: '400', unit: '余个', quote: '新建发热门诊近 400余个' }]);
    assert.deepEqual(result.errors, []);
    assert.equal(result.dataset.facts[0].qualifier, 'about');
  });

  test('以上 at the start of the fragment after the one that ends with the value (an OCR column break)', () => {
    const result = compileWith([{ ...GOOD_FACT, metric: 'prenatal-screening-rate', value: '55', unit: '%', status: 'target', quote: ['目标：产前筛查率达到55%', '以上。累计救治'] }]);
    assert.deepEqual(result.errors, []);
    assert.equal(result.dataset.facts[0].qualifier, 'at-least');
  });

  test('a unit broken by a line break, and 以上 read as "at least"', () => {
    const result = compileWith([
      { entity: 'kaifeng', metric: 'poor-patients-treated', value: '20.4', unit: '万人次', period: '2020', status: 'actual', quote: '累计救治贫困患者20.4 万\n人次' },
      { entity: 'henan', metric: 'prenatal-screening-rate', value: '55', unit: '%', period: '2021', status: 'target', quote: '产前筛查率达到55%以上' },
    ]);
    assert.deepEqual(result.errors, []);
    assert.equal(result.dataset.facts[0].value, 204000);
    assert.equal(result.dataset.facts[1].qualifier, 'at-least');
  });

  test('qualifiers: 左右 after a number, 至少 (also before a short verb), 不得低于 (also before what is compared), and a list headed by 不低于', () => {
    const fact = (value, quote) => ({ entity: 'henan', metric: 'prenatal-screening-rate', value, unit: '%', period: '2021', status: 'target', quote });
    const qualifiers = (facts) => compileWith(facts).dataset.facts.map((f) => f.qualifier ?? null);
    assert.deepEqual(qualifiers([fact('65', '产前筛查率达到 65%左右')]), ['about']);
    assert.deepEqual(qualifiers([fact('20', '产前筛查率不得低于20%')]), ['at-least']);
    assert.deepEqual(qualifiers([fact('1', '产前筛查率至少有1%')]), ['at-least']);
    assert.deepEqual(qualifiers([fact('55', '产前筛查率分别不低于 75%、55%')]), ['at-least']);
    assert.deepEqual(qualifiers([fact('30', '产前筛查率不得低于总数的30%')]), ['at-least']);
    // 约 of 签约 and a plain number stay unqualified.
    assert.deepEqual(qualifiers([fact('55', '签约产前筛查率55%')]), [null]);
  });

  test('the same input twice gives identical output', () => {
    const first = compileWith([GOOD_FACT]);
    const second = compileDataset({ dataDir: fixture.data, seedsDir: fixture.seeds });
    assert.equal(JSON.stringify(first.dataset), JSON.stringify(second.dataset));
    assert.equal(first.csv, second.csv);
    assert.equal(first.coverage, second.coverage);
  });
});

suite('data compiler: refuses', () => {
  test('a metrics file out of id order, naming the file, line and metric', () => {
    const file = join(fixture.data, 'metrics', 'm.json');
    const metrics = JSON.parse(readFileSync(file, 'utf8'));
    [metrics[0], metrics[1]] = [metrics[1], metrics[0]];
    writeFileSync(file, JSON.stringify(metrics, null, 2));
    const result = compileWith([GOOD_FACT]);
    assert.equal(result.dataset, undefined);
    assert.equal(result.errors.length, 1, result.errors.join('\n'));
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(`"id": "${metrics[1].id}"`)) + 1;
    assert.match(result.errors[0], new RegExp(`metrics/m\\.json:${line}: metric ${metrics[1].id}: out of order`));
  });

  test('a quote that is not in the seed', () => {
    assertRefused(compileWith([GOOD_FACT, { ...GOOD_FACT, entity: 'zhengzhou', quote: '设置发热门诊 34 个' }]), 2, /quote not found in seed 000: "设置发热门诊 34 个"/);
  });

  test('a value that is not in its quote', () => {
    assertRefused(compileWith([{ ...GOOD_FACT, value: '4' }]), 1, /value "4个" does not appear in its quote/);
  });

  test('an unknown entity', () => {
    assertRefused(compileWith([{ ...GOOD_FACT, entity: 'atlantis' }]), 1, /unknown entity "atlantis"/);
  });

  test('an unknown metric', () => {
    assertRefused(compileWith([{ ...GOOD_FACT, metric: 'happiness' }]), 1, /unknown metric "happiness"/);
  });

  test('an unknown source', () => {
    assertRefused(compileWith([{ ...GOOD_FACT, source: '999' }]), 1, /unknown source "999"/);
  });

  test('a unit that does not fit the metric', () => {
    assertRefused(
      compileWith([{ ...GOOD_FACT, metric: 'prenatal-screening-rate' }]),
      1,
      /unit "个" \(base "个"\) does not fit metric prenatal-screening-rate, whose unit is percent/,
    );
  });

  test('two facts for the same entity, metric, period and status with different values', () => {
    const other = { ...GOOD_FACT, value: '134', quote: '预检分诊点 134 个' };
    assertRefused(compileWith([GOOD_FACT, other]), 2, /conflicts with .*facts\/000\.jsonl:1 .*34个 there/);
  });

  test('quote fragments that lie too far apart', () => {
    assertRefused(
      compileWith([{ ...GOOD_FACT, quote: ['发热门诊 34 个', '鹤壁市：家庭医生签约率'] }]),
      1,
      /quote fragments lie \d+ characters apart; they must be within 400/,
    );
  });

  test('a line that is not JSON', () => {
    assertRefused(compileWith([GOOD_FACT, '{"entity": "kaifeng",']), 2, /not valid JSON/, /fact "\{\\"entity\\": \\"kaifeng\\","/);
  });

  test('a number in a note or subject that the seed does not contain (a conversion such as 7万 → 70,000 included)', () => {
    assertRefused(compileWith([{ ...GOOD_FACT, note: 'Open 24 hours; 35 planned', note_zh: '24小时开放' }]), 1, /note has the number 35, which seed 000 does not contain/);
    assertRefused(compileWith([{ ...GOOD_FACT, note: 'Open 24 hours', note_zh: '24小时开放，另计划35个' }]), 1, /note_zh has the number 35/);
    assertRefused(compileWith([{ ...GOOD_FACT, entity: 'zhengzhou', metric: 'medical-staff', value: '7', unit: '万余名', quote: '郑州市7万余名医务人员', note: 'About 70,000', note_zh: '约7万' }]), 1, /note has the number 70,000/);
    assertRefused(compileWith([{ ...GOOD_FACT, subject: '一号门诊', subject_en: 'Clinic No. 3' }]), 1, /subject_en has the number 3,/);
  });

  test('a note without its Chinese version, or a Chinese note without the English one', () => {
    assertRefused(compileWith([{ ...GOOD_FACT, note: 'Open 24 hours' }]), 1, /a note needs its Chinese version, note_zh/);
    assertRefused(compileWith([{ ...GOOD_FACT, note_zh: '24小时开放' }]), 1, /note_zh needs its English note/);
  });

  test('a status that is not actual, target or plan', () => {
    assertRefused(compileWith([{ ...GOOD_FACT, status: 'achieved' }]), 1, /status "achieved" is not one of actual, target, plan/);
  });
});

suite('data compiler: command line', () => {
  test('writes nothing when anything is refused, and exits non-zero naming the problem', () => {
    compileWith([GOOD_FACT, { ...GOOD_FACT, entity: 'atlantis' }]);
    const out = join(fixture.root, 'out');
    const run = spawnSync('node', ['scripts/build-data.mjs', '--data', fixture.data, '--seeds', fixture.seeds, '--out', out], { encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /facts\/000\.jsonl:2: fact atlantis fever-clinics 2020 "34个": unknown entity "atlantis"/);
    assert.match(run.stderr, /nothing was written/);
    assert.equal(existsSync(join(out, 'dataset.json')), false);
  });

  test('refuses when a map feature matches no prefecture, naming it', () => {
    compileWith([GOOD_FACT]);
    const entities = JSON.parse(readFileSync(join(fixture.data, 'entities', 'henan.json'), 'utf8'));
    writeFileSync(join(fixture.data, 'entities', 'henan.json'), JSON.stringify(entities.filter((e) => e.id !== 'jiyuan'), null, 2));
    const out = join(fixture.root, 'out');
    const run = spawnSync('node', ['scripts/build-data.mjs', '--data', fixture.data, '--seeds', fixture.seeds, '--out', out], { encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /map feature 419001 "济源市" matches no prefecture/);
    assert.equal(existsSync(join(out, 'dataset.json')), false);
  });

  test('writes dataset.json, dataset.csv and COVERAGE.md when everything is valid', () => {
    compileWith([GOOD_FACT]);
    const out = join(fixture.root, 'out');
    const run = spawnSync('node', ['scripts/build-data.mjs', '--data', fixture.data, '--seeds', fixture.seeds, '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    assert.equal(dataset.facts.length, 1);
    assert.match(readFileSync(join(out, 'dataset.csv'), 'utf8'), /^id,entity,/);
    assert.match(readFileSync(join(out, 'COVERAGE.md'), 'utf8'), /^# Coverage/);
  });
});
