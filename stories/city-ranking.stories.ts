import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { forcedColorsPreview } from './forced-colors.js';
import '../src/components/city-ranking/city-ranking.js';
import { cityControl, langControl, metricControl, periodControl, themeControl } from './controls.js';

interface Args {
  metric: string;
  level: string;
  period: string;
  highlight: string;
  lang: string;
  theme: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Components/city-ranking',
  component: 'city-ranking',
  tags: ['autodocs'],
  argTypes: {
    metric: metricControl,
    level: { control: { type: 'inline-radio' }, options: ['prefecture', 'county', 'province'] },
    period: periodControl,
    highlight: { ...cityControl, options: ['', ...cityControl.options] },
    lang: langControl,
    theme: themeControl,
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  args: { metric: 'fever-clinics', level: 'prefecture', period: '', highlight: 'zhengzhou', lang: '', theme: '', width: 560 },
  render: ({ metric, level, period, highlight, lang, theme, width }, { globals }) => html`<div style="max-width:${width}px">
    <city-ranking metric=${metric || nothing} level=${level || nothing} period=${period || nothing} highlight=${highlight || nothing} lang=${lang || nothing} theme=${theme || globals.theme || nothing}></city-ranking>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Highlighted: Story = {};
export const NoHighlight: Story = { args: { highlight: '' } };
export const Chinese: Story = { args: { lang: 'zh-CN', highlight: 'kaifeng' } };
export const CountiesWithTies: Story = { args: { metric: 'medical-groups', level: 'county', highlight: 'lankao' } };
export const WithProvincialTarget: Story = { args: { metric: 'prenatal-ultrasound-screening-rate', highlight: 'kaifeng' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkChinese: Story = { args: { theme: 'dark', lang: 'zh-CN', metric: 'covid-designated-hospitals', highlight: 'luohe' } };
export const Narrow320: Story = { args: { width: 320, metric: 'medical-groups', level: 'county', lang: 'zh-CN' } };
export const Wide: Story = { args: { width: 1400 } };
export const BadMetric: Story = { args: { metric: 'happiness' } };
export const BadLevel: Story = { args: { level: 'village' } };
export const BadHighlight: Story = { args: { highlight: 'atlantis' } };
export const NobodyAtLevel: Story = { args: { level: 'province' } };
export const ForcedColorsPreview: Story = {
  decorators: [(story) => forcedColorsPreview(story())],
  parameters: { docs: { description: { story: 'Colour tokens set to the system colours used in forced-colors mode (an approximation; the real mode is checked by emulation).' } } },
};
