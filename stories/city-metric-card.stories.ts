import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { forcedColorsPreview } from './forced-colors.js';
import '../src/components/city-metric-card/city-metric-card.js';
import { cityControl, langControl, metricControl, periodControl, themeControl } from './controls.js';

interface Args {
  city: string;
  metric: string;
  period: string;
  subject: string;
  lang: string;
  theme: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Components/city-metric-card',
  component: 'city-metric-card',
  tags: ['autodocs'],
  argTypes: {
    city: cityControl,
    metric: metricControl,
    period: periodControl,
    subject: { control: 'text', description: 'A named project, when a place reports several (Chinese or English name).' },
    lang: langControl,
    theme: themeControl,
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 }, description: 'Width of the column the card sits in (px).' },
  },
  args: { city: 'kaifeng', metric: 'fever-clinics', period: '', subject: '', lang: '', theme: '', width: 480 },
  render: ({ city, metric, period, subject, lang, theme, width }, { globals }) => html`<div style="max-width:${width}px">
    <city-metric-card city=${city || nothing} metric=${metric || nothing} period=${period || nothing} subject=${subject || nothing} lang=${lang || nothing} theme=${theme || globals.theme || nothing}></city-metric-card>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ranked: Story = {};
export const Chinese: Story = { args: { lang: 'zh-CN', city: 'kaifeng', metric: 'prenatal-ultrasound-screening-rate' } };
export const WithProvincialTarget: Story = { args: { city: 'kaifeng', metric: 'newborn-hearing-screening-rate' } };
export const Trend: Story = { args: { city: 'pingdingshan', metric: 'health-cards-issued' } };
/** The curators' notes on the figures shown, the card's own first: Luohe's rate is a completion rate. */
/** One of several named projects a place reports for the indicator, chosen by name. */
export const NamedProject: Story = { args: { city: 'nanyang', metric: 'hospital-construction-funds', subject: 'Nanyang Central Hospital "three-in-one" building' } };
export const Notes: Story = { args: { city: 'luohe', metric: 'prenatal-ultrasound-screening-completion-rate' } };
export const Plan: Story = { args: { city: 'nanyang', metric: 'hospital-construction-funds', period: '2021' } };
export const NotReported: Story = { args: { city: 'luoyang', metric: 'family-doctor-signing-rate' } };
export const Counties: Story = { args: { city: 'lankao', metric: 'medical-groups' } };
export const LongLabels: Story = { args: { city: 'kaifeng', metric: 'poor-major-disease-patients-treated', width: 320 } };
export const Dark: Story = { args: { theme: 'dark', city: 'kaifeng', metric: 'covid-designated-hospitals' } };
export const DarkChinese: Story = { args: { theme: 'dark', lang: 'zh-CN', city: 'luohe', metric: 'fever-clinics' } };
export const Narrow320: Story = { args: { width: 320 } };
/** A reader's text at twice the size (the browser's default font size, or --hhw-font-size): chart labels grow with it. */
export const LargerText: Story = {
  args: { city: 'kaifeng', metric: 'covid-designated-hospitals', width: 640 },
  decorators: [(story) => html`<div style="--hhw-font-size: 32px">${story()}</div>`],
};
export const Wide: Story = { args: { width: 1400 } };
export const BadCity: Story = { args: { city: 'atlantis' } };
export const BadMetric: Story = { args: { metric: 'happiness' } };
export const MissingCity: Story = { args: { city: '' } };
export const BadPeriod: Story = { args: { period: '1999' } };
export const ForcedColorsPreview: Story = {
  decorators: [(story) => forcedColorsPreview(story())],
  parameters: { docs: { description: { story: 'Colour tokens set to the system colours used in forced-colors mode (an approximation; the real mode is checked by emulation).' } } },
};
