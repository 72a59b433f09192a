// Every visible string of the library, in English and Simplified Chinese.
// Metric, programme and place names come from the dataset, not from here.
// Plurals and sentences with values are functions, so each language can order
// its words its own way.

export type Lang = 'en' | 'zh-CN';

export interface Strings {
  status: { actual: string; target: string; plan: string };
  statusLong: { actual: string; target: string; plan: string };
  qualifier: Record<'more-than' | 'at-least' | 'at-most' | 'nearly' | 'about' | 'less-than', string>;
  notReported: string;
  loading: string;
  /** With `period`: the place reported the indicator for other periods, perhaps, but not this one. */
  notReportedBy: (place: string, metric: string, period?: string) => string;
  /** "4 of 18 cities reported"; without a total (counties: the dataset holds only some) "5 counties reported". */
  reportedBy: (count: number, total: number | undefined, level: string) => string;
  reportingList: (count: number) => string;
  noneReporting: string;
  levelPlural: { province: string; prefecture: string; county: string };
  period: (period: string) => string;
  cumulative: string;
  asOf: (date: string) => string;
  /** The document a figure comes from, or every document a chart's figures come from: "Source: <title>, <date>", "Sources: <title>, <date>; <title>, <date>". */
  sourcesLine: (documents: Array<{ title: string; date: string }>) => string;
  showQuote: string;
  hideQuote: string;
  showTable: string;
  hideTable: string;
  tableCaption: (metric: string) => string;
  columns: { place: string; metric: string; value: string; period: string; status: string; source: string; rank: string };
  rankOf: (rank: number, count: number) => string;
  targetLabel: (value: string) => string;
  provincialTarget: string;
  trendTitle: (metric: string, place: string) => string;
  comparisonTitle: (metric: string, period: string) => string;
  chartInstructions: string;
  point: (place: string, value: string, period: string, status: string) => string;
  highlighted: string;
  /** One or two sentences for a screen reader and for the visible summary. */
  summary: {
    value: (p: { place: string; metric: string; value: string; period: string; status: 'actual' | 'target' | 'plan' }) => string;
    rank: (p: { rank: number; count: number; level: string; tied: boolean; direction: 'higher' | 'lower' | 'unknown'; subject?: string }) => string;
    target: (p: { target: string; relation: 'above' | 'below' | 'equal' }) => string;
    /** A ranking's target: how many of the places reached it (undefined when the metric has no better direction). */
    targetReached: (p: { target: string; reached?: number; count: number; level: string }) => string;
    trend: (p: { from: string; fromPeriod: string; to: string; toPeriod: string }) => string;
    /** A target or plan after a sentence that already named the indicator and place. */
    planned: (p: { value: string; period: string; status: 'target' | 'plan' }) => string;
  };
  rankingTitle: (metric: string, period: string, level: string) => string;
  mapTitle: (metric: string, period: string) => string;
  profileTitle: (place: string) => string;
  profileSummary: (p: { place: string; facts: number; programs: number; counties: number }) => string;
  contents: string;
  trendSingle: (p: { place: string; metric: string; value: string; period: string; status: string }) => string;
  trendRange: (p: { place: string; metric: string; from: string; fromPeriod: string; to: string; toPeriod: string }) => string;
  mapInstructions: string;
  mapSourceHint: string;
  selectForSource: string;
  legend: string;
  /** The places without a figure for the period shown (some may have one for another period). */
  notReportedList: (places: string, period: string) => string;
  largestFirst: string;
  direction: { higher: string; lower: string };
  comparisonHeading: (program: string, period: string) => string;
  footnoteMixedPeriods: (list: string) => string;
  /** A label before what it labels: "Kaifeng 2020: " (a note), "Kaifeng: " (Not reported). */
  labelled: (label: string) => string;
  /** A place and the one project a figure is about: "Nanyang (Nanyang Central Hospital new campus)". */
  /** Short items in a row, with the language's comma: "2020, Target", "2020年，目标". */
  joined: (items: string[]) => string;
  /** Text with an aside in the language's brackets: "Nanyang (Xichuan County People's Hospital)", "2020年（累计）". */
  bracket: (text: string, aside: string) => string;
  footnotes: string;
  comparisonSummary: {
    first: (p: { place: string; metric: string; value: string; period: string; relation?: 'above' | 'below' | 'equal'; target?: string }) => string;
    others: (items: string[]) => string;
    notReported: (places: string) => string;
    more: (count: number) => string;
  };
  rankingSummary: (p: { reported: string; count: number; top: string; topValue: string; bottom: string; bottomValue: string; highlight?: string }) => string;
  list: (items: string[]) => string;
  placeValue: (place: string, value: string) => string;
  errors: {
    title: string;
    missingAttribute: (name: string) => string;
    unknownCity: (value: string) => string;
    /** A place the dataset has, but the map does not draw (a county or district). */
    notOnMap: (place: string) => string;
    unknownMetric: (value: string) => string;
    unknownProgram: (value: string) => string;
    noProgramFigures: (program: string) => string;
    unknownPeriod: (value: string, metric: string) => string;
    unknownSubject: (value: string, metric: string) => string;
    /** The valid value when a place reports no named projects for an indicator. */
    noSubjects: string;
    unknownLevel: (value: string) => string;
    loadFailed: string;
    emptySelection: (name: string) => string;
    /** `places`: a level in the plural ("cities") or a list of place names; `period` when one was asked for. */
    noneReporting: (metric: string, places: string, period?: string) => string;
    validValues: string;
    andMore: (count: number) => string;
  };
}

const en: Strings = {
  status: { actual: 'Actual', target: 'Target', plan: 'Plan' },
  statusLong: { actual: 'reported result', target: 'target, not an achievement', plan: 'plan, not an achievement' },
  qualifier: {
    'more-than': 'more than',
    'at-least': 'at least',
    'at-most': 'at most',
    nearly: 'nearly',
    about: 'about',
    'less-than': 'less than',
  },
  notReported: 'Not reported',
  loading: 'Loading data…',
  notReportedBy: (place, metric, period) => `${place} did not report ${midSentence(metric)} ${period ? `for ${period}` : 'in the source documents'}.`,
  reportedBy: (count, total, level) => (total === undefined ? `${count} ${level} reported` : `${count} of ${total} ${level} reported`),
  reportingList: (count) => (count === 1 ? 'Reported by 1 place:' : `Reported by ${count} places:`),
  noneReporting: 'No place reports this indicator.',
  levelPlural: { province: 'provinces', prefecture: 'cities', county: 'counties and districts' },
  period: (period) => period.replace('-', '–'),
  cumulative: 'cumulative',
  asOf: (date) => `as of ${date}`,
  sourcesLine: (documents) => `${documents.length > 1 ? 'Sources' : 'Source'}: ${documents.map((d) => `${d.title}, ${d.date}`).join('; ')}`,
  showQuote: 'Show the original text',
  hideQuote: 'Hide the original text',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  tableCaption: (metric) => `${metric}: values shown in the chart`,
  columns: { place: 'Place', metric: 'Indicator', value: 'Value', period: 'Period', status: 'Status', source: 'Source', rank: 'Rank' },
  rankOf: (rank, count) => `${rank} of ${count}`,
  targetLabel: (value) => `Target ${value}`,
  provincialTarget: 'provincial target',
  trendTitle: (metric, place) => `${metric}, ${place}, over time`,
  comparisonTitle: (metric, period) => `${metric}, ${period}`,
  chartInstructions: 'Use the arrow keys to move between data points, Home and End to jump to the first and last.',
  point: (place, value, period, status) => `${place}: ${value}, ${period}, ${status}`,
  highlighted: 'highlighted',
  summary: {
    value: ({ place, metric, value, period, status }) =>
      status === 'actual'
        ? `${metric} in ${place}: ${value} in ${period}.`
        : `${metric} in ${place}: ${value} for ${period}, a ${status}, not a result.`,
    rank: ({ rank, count, level, tied, direction, subject = 'That' }) =>
      count < 2
        ? `No other ${level} reported it.`
        : direction === 'unknown'
          ? `${subject} is the ${tied ? 'joint ' : ''}${rank === count ? 'lowest' : `${rank === 1 ? '' : `${ordinal(rank)} `}highest`} of the ${count} ${level} that reported it.`
          : `${subject} ranks ${tied ? 'joint ' : ''}${ordinal(rank)} of the ${count} ${level} that reported it (${direction} is better).`,
    target: ({ target, relation }) =>
      relation === 'equal' ? `It met the provincial target of ${target}.` : `It was ${relation} the provincial target of ${target}.`,
    trend: ({ from, fromPeriod, to, toPeriod }) => `It went from ${from} in ${fromPeriod} to ${to} in ${toPeriod}.`,
    planned: ({ value, period, status }) => `The ${status} for ${period} is ${value}, not a result.`,
    targetReached: ({ target, reached, count, level }) =>
      reached === undefined
        ? `The provincial target is ${target}.`
        : count === 1
          ? `The provincial target is ${target}; the one place that reported ${reached ? 'reached' : 'did not reach'} it.`
          : `The provincial target is ${target}; ${reached} of the ${count} ${level} reached it.`,
  },
  rankingTitle: (metric, period, level) => `${metric}, ${period}: ${level} ranked`,
  mapTitle: (metric, period) => `${metric}, ${period}: map of Henan's cities`,
  profileTitle: (place) => `${place}: health figures from the source documents`,
  profileSummary: ({ place, facts, programs, counties }) =>
    `${facts} figure${facts === 1 ? '' : 's'} for ${place}${counties ? ` and ${counties === 1 ? 'one of its counties' : `${counties} of its counties`}` : ''}, in ${programs} programme${programs === 1 ? '' : 's'}, each with its period, status and the original text it is quoted from.`,
  contents: 'Contents',
  trendSingle: ({ place, metric, value, period, status }) =>
    `${metric} in ${place}: the sources give only one period, ${period} (${value}, ${status.toLowerCase()}), so there is no trend to draw.`,
  trendRange: ({ place, metric, from, fromPeriod, to, toPeriod }) => `${metric} in ${place} went from ${from} in ${fromPeriod} to ${to} in ${toPeriod}.`,
  mapInstructions: 'Use the arrow keys to move to the nearest city in that direction, Home and End for the first and last; press Enter to show the source.',
  mapSourceHint: 'Select a city (click, or Enter on the keyboard) to see its source.',
  selectForSource: 'Select a bar (click, or Enter on the keyboard) to see where its value comes from.',
  legend: 'Legend',
  notReportedList: (places, period) => `Not reported for ${period}: ${places}.`,
  largestFirst: 'Ordered largest first.',
  direction: { higher: 'Ordered best first (higher is better).', lower: 'Ordered best first (lower is better).' },
  comparisonHeading: (program, period) => (period ? `${program}, ${period}` : program),
  footnoteMixedPeriods: (list) => `Values are from different periods: ${list}.`,
  labelled: (label) => `${label}: `,
  joined: (items) => items.join(', '),
  bracket: (text, aside) => `${text} (${aside})`,
  footnotes: 'Notes',
  comparisonSummary: {
    first: ({ place, metric, value, period, relation, target }) =>
      `${metric}: ${place}, ${value} in ${period}${relation && target ? `, was ${relation === 'equal' ? 'at' : relation} the provincial target of ${target}` : ''}`,
    others: (items) => `; ${items.join('; ')}`,
    notReported: (places) => `; not reported by ${places}`,
    more: (count) => ` (${count} more indicators in the chart and table).`,
  },
  rankingSummary: ({ reported, count, top, topValue, bottom, bottomValue, highlight }) =>
    `${reported}. ${top} was first with ${topValue}` +
    (count > 1 ? `, ${bottom} last with ${bottomValue}.` : '.') +
    (highlight ? ` ${highlight}` : ''),
  placeValue: (place, value) => `${place} ${value}`,
  list: (items) => (items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
  errors: {
    title: 'This chart cannot be shown',
    missingAttribute: (name) => `The "${name}" attribute is missing.`,
    unknownCity: (value) => `There is no place called "${value}" in the dataset.`,
    notOnMap: (place) => `${place} is not a prefecture-level city: the map draws those 18 only.`,
    unknownMetric: (value) => `There is no indicator "${value}" in the dataset.`,
    unknownProgram: (value) => `There is no programme "${value}" in the dataset.`,
    noProgramFigures: (program) => `The sources report no figures for ${midSentence(program)}, so there is nothing to compare.`,
    unknownPeriod: (value, metric) => `The dataset has no figures for ${midSentence(metric)} in "${value}".`,
    unknownSubject: (value, metric) => `The dataset has no figure for ${midSentence(metric)} about "${value}".`,
    noSubjects: 'none: leave "subject" out, these figures are about the whole place',
    unknownLevel: (value) => `"${value}" is not a level; use province, prefecture or county.`,
    loadFailed: 'The data for this chart could not be loaded. Check the network connection and reload the page.',
    emptySelection: (name) => `The "${name}" attribute selects nothing.`,
    noneReporting: (metric, places, period) => `The dataset has no figures for ${midSentence(metric)} from ${places}${period ? ` for ${period}` : ''}.`,
    validValues: 'Valid values include:',
    andMore: (count) => `and ${count} more`,
  },
};

/** A Chinese value that starts with a qualifier word (超过, 不少于, 约 …). */
const isQualified = (value: string) => /^(超过|不少于|不超过|近|约|不足)/.test(value);

const zh: Strings = {
  status: { actual: '实际', target: '目标', plan: '计划' },
  statusLong: { actual: '已报告的结果', target: '目标值，并非已实现', plan: '计划，并非已实现' },
  qualifier: { 'more-than': '超过', 'at-least': '不少于', 'at-most': '不超过', nearly: '近', about: '约', 'less-than': '不足' },
  notReported: '未报告',
  loading: '正在加载数据…',
  notReportedBy: (place, metric, period = '') => `来源文件中没有${place}${period}的${metric}数据。`,
  reportedBy: (count, total, level) => (total === undefined ? `${count}个${level}报告了此项` : `${total}个${level}中有${count}个报告了此项`),
  reportingList: (count) => `报告此项的地区（${count}个）：`,
  noneReporting: '没有地区报告此项指标。',
  levelPlural: { province: '省', prefecture: '市', county: '县（市、区）' },
  period: (period) => `${period.replace('-', '—')}年`,
  cumulative: '累计',
  asOf: (date) => `截至${date}`,
  sourcesLine: (documents) => `来源：${documents.map((d) => `${d.title}，${d.date}`).join('；')}`,
  showQuote: '查看原文',
  hideQuote: '收起原文',
  showTable: '查看数据表',
  hideTable: '收起数据表',
  tableCaption: (metric) => `${metric}：图表中的数值`,
  columns: { place: '地区', metric: '指标', value: '数值', period: '时期', status: '状态', source: '来源', rank: '排名' },
  rankOf: (rank, count) => `第${rank}/${count}`,
  targetLabel: (value) => `目标 ${value}`,
  provincialTarget: '省定目标',
  trendTitle: (metric, place) => `${place}${metric}的变化`,
  comparisonTitle: (metric, period) => `${period}${metric}`,
  chartInstructions: '使用方向键在数据点之间移动，Home 和 End 键跳到第一个和最后一个。',
  point: (place, value, period, status) => `${place}：${value}，${period}，${status}`,
  highlighted: '突出显示',
  summary: {
    // 为 before a bare number (为7万人), not before a qualifier word (超过7万人, not 为超过7万人).
    value: ({ place, metric, value, period, status }) =>
      status === 'actual'
        ? `${period}${place}${metric}${isQualified(value) ? '' : '为'}${value}。`
        : `${place}${period}${metric}的${status === 'target' ? '目标' : '计划'}${isQualified(value) ? '' : '为'}${value}（并非已实现的结果）。`,
    rank: ({ rank, count, level, tied, direction, subject = '' }) =>
      count < 2
        ? `没有其他${level}报告此项。`
        : direction === 'unknown'
          ? `${subject}在报告此项的${count}个${level}中${tied ? '并列' : ''}${rank === 1 ? '最高' : rank === count ? '最低' : `第${rank}高`}。`
          : `${subject}在报告此项的${count}个${level}中${tied ? '并列' : ''}排第${rank}位（${direction === 'higher' ? '越高越好' : '越低越好'}）。`,
    target: ({ target, relation }) =>
      relation === 'equal' ? `达到省定目标${target}。` : `${relation === 'above' ? '高于' : '低于'}省定目标${target}。`,
    trend: ({ from, fromPeriod, to, toPeriod }) => `从${fromPeriod}的${from}变为${toPeriod}的${to}。`,
    planned: ({ value, period, status }) => {
      const word = status === 'target' ? '目标' : '计划';
      return `${period}的${word}${isQualified(value) ? '' : '为'}${value}（并非已实现的结果）。`;
    },
    targetReached: ({ target, reached, count, level }) =>
      reached === undefined
        ? `省定目标为${target}。`
        : count === 1
          ? `省定目标为${target}，唯一报告此项的${level}${reached ? '已达到' : '未达到'}。`
          : `省定目标为${target}，${count}个${level}中有${reached}个达到。`,
  },
  rankingTitle: (metric, period, level) => `${period}${metric}：各${level}排名`,
  mapTitle: (metric, period) => `${period}${metric}：河南各市地图`,
  profileTitle: (place) => `${place}：来源文件中的卫生健康数据`,
  profileSummary: ({ place, facts, programs, counties }) =>
    `${place}${counties ? `及其${counties}个县（市、区）` : ''}共${facts}项数据，涉及${programs}个项目，每项均注明时期、状态和引用的原文。`,
  contents: '目录',
  trendSingle: ({ place, metric, value, period, status }) => `来源文件只给出${place}${metric}一个时期的数据：${period}为${value}（${status}），无法绘制变化趋势。`,
  trendRange: ({ place, metric, from, fromPeriod, to, toPeriod }) => `${place}${metric}从${fromPeriod}的${from}变为${toPeriod}的${to}。`,
  mapInstructions: '使用方向键移动到该方向上最近的城市，Home 和 End 键跳到第一个和最后一个；按 Enter 键查看来源。',
  mapSourceHint: '选择一个城市（点击，或用键盘按 Enter）查看其来源。',
  selectForSource: '选择一个条形（点击，或用键盘按 Enter）查看数值的来源。',
  legend: '图例',
  notReportedList: (places, period) => `${period}未报告：${places}。`,
  largestFirst: '按从大到小排列。',
  direction: { higher: '按从好到差排列（越高越好）。', lower: '按从好到差排列（越低越好）。' },
  comparisonHeading: (program, period) => (period ? `${period}${program}` : program),
  footnoteMixedPeriods: (list) => `数值来自不同时期：${list}。`,
  labelled: (label) => `${label}：`,
  joined: (items) => items.join('，'),
  bracket: (text, aside) => `${text}（${aside}）`,
  footnotes: '注',
  comparisonSummary: {
    first: ({ place, metric, value, period, relation, target }) =>
      `${metric}：${place}${period}为${value}${relation && target ? `，${relation === 'equal' ? '达到' : relation === 'above' ? '高于' : '低于'}省定目标${target}` : ''}`,
    others: (items) => `；${items.join('；')}`,
    notReported: (places) => `；${places}未报告`,
    more: (count) => `（图表和数据表中另有${count}项指标）。`,
  },
  rankingSummary: ({ reported, count, top, topValue, bottom, bottomValue, highlight }) =>
    `${reported}。${top}以${topValue}居首` +
    (count > 1 ? `，${bottom}以${bottomValue}居末。` : '。') +
    (highlight ?? ''),
  placeValue: (place, value) => `${place}${value}`,
  list: (items) => items.join('、'),
  errors: {
    title: '无法显示此图表',
    missingAttribute: (name) => `缺少“${name}”属性。`,
    unknownCity: (value) => `数据集中没有名为“${value}”的地区。`,
    notOnMap: (place) => `${place}不是地级市：地图只绘制18个地级市。`,
    unknownMetric: (value) => `数据集中没有“${value}”这项指标。`,
    unknownProgram: (value) => `数据集中没有“${value}”这个项目。`,
    noProgramFigures: (program) => `来源文件中没有${program}的数据，无法比较。`,
    unknownPeriod: (value, metric) => `数据集中没有${metric}在“${value}”的数据。`,
    unknownSubject: (value, metric) => `数据集中没有${metric}关于“${value}”的数据。`,
    noSubjects: '无：请去掉“subject”，这些数据是关于整个地区的',
    unknownLevel: (value) => `“${value}”不是有效的层级，可用 province、prefecture 或 county。`,
    loadFailed: '无法加载此图表的数据。请检查网络连接并刷新页面。',
    emptySelection: (name) => `“${name}”属性没有选中任何内容。`,
    noneReporting: (metric, places, period = '') => `没有${places}报告${period}${metric}。`,
    validValues: '可用的值包括：',
    andMore: (count) => `等另外${count}个`,
  },
};

/**
 * A label that starts a title ("Family-doctor signing rate") as it reads inside a
 * sentence. Acronyms (TCM, PhD) and names ("Healthy Kaifeng", "Chinese Medical
 * Association": a capital word follows) keep their capitals.
 */
function midSentence(label: string): string {
  return /^[A-Z][a-z]+(?=[\s,:-]|$)(?![\s-][A-Z])/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export const strings: Record<Lang, Strings> = { en, 'zh-CN': zh };
