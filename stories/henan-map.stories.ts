import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/henan-map/henan-map.js';
import { forcedColorsPreview } from './forced-colors.js';
import { cityControl, langControl, metricControl, periodControl, themeControl } from './controls.js';

interface Args {
  metric: string;
  period: string;
  highlight: string;
  lang: string;
  theme: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Components/henan-map',
  component: 'henan-map',
  tags: ['autodocs'],
  argTypes: {
    metric: metricControl,
    period: periodControl,
    highlight: { ...cityControl, options: ['', ...cityControl.options] },
    lang: langControl,
    theme: themeControl,
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  args: { metric: 'fever-clinics', period: '', highlight: '', lang: '', theme: '', width: 640 },
  render: ({ metric, period, highlight, lang, theme, width }, { globals }) => html`<div style="max-width:${width}px">
    <henan-map metric=${metric || nothing} period=${period || nothing} highlight=${highlight || nothing} lang=${lang || nothing} theme=${theme || globals.theme || nothing}></henan-map>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Highlighted: Story = { args: { highlight: 'zhengzhou' } };
export const Chinese: Story = { args: { lang: 'zh-CN', metric: 'covid-designated-hospitals' } };
export const FewReporters: Story = { args: { metric: 'family-doctor-signing-rate' } };
export const CountiesInTable: Story = { args: { metric: 'medical-groups' } };
export const Dark: Story = { args: { theme: 'dark', highlight: 'luohe' } };
export const Narrow320: Story = { args: { width: 320, lang: 'zh-CN' } };
export const Wide: Story = { args: { width: 1400 } };
export const BadMetric: Story = { args: { metric: 'happiness' } };
export const BadPeriod: Story = { args: { period: '1999' } };
export const ForcedColorsPreview: Story = { decorators: [(story) => forcedColorsPreview(story())] };
