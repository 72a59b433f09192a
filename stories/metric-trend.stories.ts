import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/metric-trend/metric-trend.js';
import { forcedColorsPreview } from './forced-colors.js';
import { cityControl, langControl, metricControl, themeControl } from './controls.js';

interface Args {
  city: string;
  metric: string;
  lang: string;
  theme: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Components/metric-trend',
  component: 'metric-trend',
  tags: ['autodocs'],
  argTypes: { city: cityControl, metric: metricControl, lang: langControl, theme: themeControl, width: { control: { type: 'range', min: 280, max: 1400, step: 10 } } },
  args: { city: 'pingdingshan', metric: 'health-cards-issued', lang: '', theme: '', width: 560 },
  render: ({ city, metric, lang, theme, width }, { globals }) => html`<div style="max-width:${width}px">
    <metric-trend city=${city || nothing} metric=${metric || nothing} lang=${lang || nothing} theme=${theme || globals.theme || nothing}></metric-trend>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const TwoPeriods: Story = {};
export const ResultAndPlan: Story = { args: { city: 'kaifeng', metric: 'standard-village-clinics-built' } };
/** Figures about different hospitals are never joined into a line: the one a card would show, named. */
export const NamedSubject: Story = { args: { city: 'nanyang', metric: 'hospital-construction-funds' } };
export const ResultAndTarget: Story = { args: { city: 'kaifeng', metric: 'township-health-centres-with-tcm-hall-rate' } };
export const SinglePeriod: Story = { args: { city: 'kaifeng', metric: 'fever-clinics' } };
export const NotReported: Story = { args: { city: 'luoyang', metric: 'family-doctor-signing-rate' } };
export const Chinese: Story = { args: { lang: 'zh-CN' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow320: Story = { args: { width: 320 } };
export const BadCity: Story = { args: { city: 'atlantis' } };
export const ForcedColorsPreview: Story = { decorators: [(story) => forcedColorsPreview(story())] };
