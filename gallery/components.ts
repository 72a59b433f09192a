// What the gallery shows: one entry per component, each with live examples whose
// markup is both rendered and printed as the code to embed. A component appears
// here once it exists; nothing here stands in for one that does not.
export interface GalleryExample {
  title: string;
  markup: string;
}

export interface GalleryEntry {
  tag: string;
  title: string;
  summary: string;
  /** Loads the component's definition before its examples render. */
  load: () => Promise<unknown>;
  examples: GalleryExample[];
}

export const galleryEntries: GalleryEntry[] = [
  {
    tag: 'city-metric-card',
    title: 'City metric card',
    summary: 'One place\'s value for one indicator, with its rank among the places that reported it, the provincial target, its trend and the verbatim source.',
    load: () => import('../src/components/city-metric-card/city-metric-card.js'),
    examples: [
      { title: 'A result ranked among the cities that reported it', markup: '<city-metric-card city="kaifeng" metric="fever-clinics"></city-metric-card>' },
      { title: 'In Chinese, with the provincial target', markup: '<city-metric-card lang="zh-CN" city="开封市" metric="prenatal-ultrasound-screening-rate"></city-metric-card>' },
      { title: 'A trend across periods', markup: '<city-metric-card city="pingdingshan" metric="health-cards-issued"></city-metric-card>' },
      { title: 'A plan, never shown as a result', markup: '<city-metric-card city="nanyang" metric="hospital-construction-funds" period="2021"></city-metric-card>' },
      { title: 'Not reported', markup: '<city-metric-card city="luoyang" metric="family-doctor-signing-rate"></city-metric-card>' },
      { title: 'Counties compared', markup: '<city-metric-card city="lankao" metric="medical-groups"></city-metric-card>' },
      { title: 'Bad input: an unknown city', markup: '<city-metric-card city="atlantis" metric="fever-clinics"></city-metric-card>' },
      { title: 'Dark theme', markup: '<city-metric-card theme="dark" city="kaifeng" metric="covid-designated-hospitals"></city-metric-card>' },
    ],
  },
  {
    tag: 'program-comparison',
    title: 'Programme comparison',
    summary: 'The indicators of one programme side by side for chosen places: one small chart per indicator with its own scale, the provincial target, and places that did not report shown as such.',
    load: () => import('../src/components/program-comparison/program-comparison.js'),
    examples: [
      { title: 'Two cities, one programme', markup: '<program-comparison program="prenatal-newborn-screening" cities="kaifeng,luohe"></program-comparison>' },
      { title: 'In Chinese, every reporting city', markup: '<program-comparison lang="zh-CN" program="covid-19" metrics="fever-clinics,covid-designated-hospitals"></program-comparison>' },
      { title: 'A city that did not report', markup: '<program-comparison program="family-doctor" cities="kaifeng,jiaozuo,luoyang" metrics="family-doctor-signing-rate,family-doctor-teams"></program-comparison>' },
      { title: 'Bad input: an unknown programme', markup: '<program-comparison program="space-medicine"></program-comparison>' },
    ],
  },
  {
    tag: 'city-ranking',
    title: 'City ranking',
    summary: 'Every place of a level that reported an indicator, ranked, with ties sharing a rank, the provincial target, a highlighted place, and the places that did not report named.',
    load: () => import('../src/components/city-ranking/city-ranking.js'),
    examples: [
      { title: 'Prefecture-level cities, one highlighted', markup: '<city-ranking metric="fever-clinics" level="prefecture" highlight="zhengzhou"></city-ranking>' },
      { title: 'Counties, in Chinese, with ties', markup: '<city-ranking lang="zh-CN" metric="medical-groups" level="county"></city-ranking>' },
      { title: 'Dark theme', markup: '<city-ranking theme="dark" metric="covid-designated-hospitals" highlight="luohe"></city-ranking>' },
      { title: 'Bad input: a level that does not exist', markup: '<city-ranking metric="fever-clinics" level="village"></city-ranking>' },
    ],
  },
  {
    tag: 'henan-map',
    title: 'Henan map',
    summary: 'Henan\'s 18 prefecture-level cities coloured by one indicator; cities that did not report are hatched and labelled, never coloured as zero.',
    load: () => import('../src/components/henan-map/henan-map.js'),
    examples: [
      { title: 'Fever clinics, Zhengzhou outlined', markup: '<henan-map metric="fever-clinics" highlight="zhengzhou"></henan-map>' },
      { title: 'In Chinese, dark', markup: '<henan-map lang="zh-CN" theme="dark" metric="covid-designated-hospitals"></henan-map>' },
      { title: 'Counties listed under their city in the table', markup: '<henan-map metric="medical-groups"></henan-map>' },
      { title: 'Bad input: an unknown metric', markup: '<henan-map metric="happiness"></henan-map>' },
    ],
  },
  {
    tag: 'metric-trend',
    title: 'Metric trend',
    summary: 'One place\'s indicator across the periods the sources give: results solid, targets and plans dashed and labelled; a single period is said plainly.',
    load: () => import('../src/components/metric-trend/metric-trend.js'),
    examples: [
      { title: 'Two periods', markup: '<metric-trend city="pingdingshan" metric="health-cards-issued"></metric-trend>' },
      { title: 'A result and a target, in Chinese', markup: '<metric-trend lang="zh-CN" city="kaifeng" metric="township-health-centres-with-tcm-hall-rate"></metric-trend>' },
      { title: 'Figures about named hospitals: one hospital, never joined to another', markup: '<metric-trend city="nanyang" metric="hospital-construction-funds"></metric-trend>' },
      { title: 'Only one period', markup: '<metric-trend city="kaifeng" metric="fever-clinics"></metric-trend>' },
      { title: 'Bad input: an unknown city', markup: '<metric-trend city="atlantis" metric="fever-clinics"></metric-trend>' },
    ],
  },
  {
    tag: 'city-profile',
    title: 'City profile',
    summary: 'A fact sheet for portals: every figure for one city and its counties, by programme, with period, status and the original text; prints on A4.',
    load: () => import('../src/components/city-profile/city-profile.js'),
    examples: [
      { title: 'Luohe and Wuyang County', markup: '<city-profile city="luohe"></city-profile>' },
      { title: 'In Chinese', markup: '<city-profile lang="zh-CN" city="jiaozuo"></city-profile>' },
      { title: 'Bad input: an unknown city', markup: '<city-profile city="atlantis"></city-profile>' },
    ],
  },
];
