import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { forcedColorsPreview } from './forced-colors.js';
import '../src/components/program-comparison/program-comparison.js';
import { cityControl, langControl, metricControl, periodControl, programControl, themeControl } from './controls.js';

interface Args {
  program: string;
  /** Place ids; a comma-separated string is accepted too (the bad-input stories use one). */
  cities: string[] | string;
  metrics: string[] | string;
  period: string;
  level: string;
  lang: string;
  theme: string;
  width: number;
}

const list = (value: string[] | string) => (Array.isArray(value) ? value.join(',') : value);

const meta: Meta<Args> = {
  title: 'Components/program-comparison',
  component: 'program-comparison',
  tags: ['autodocs'],
  argTypes: {
    program: programControl,
    cities: {
      control: { type: 'multi-select', labels: cityControl.control.labels },
      options: cityControl.options,
      description: 'Places to compare (the attribute is a comma-separated list); none selected: every reporting place.',
    },
    metrics: {
      control: { type: 'multi-select', labels: metricControl.control.labels },
      options: metricControl.options,
      description: 'Metrics of the programme to show; none selected: all of them.',
    },
    period: periodControl,
    level: { control: { type: 'inline-radio' }, options: ['', 'prefecture', 'county', 'province'] },
    lang: langControl,
    theme: themeControl,
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  args: { program: 'prenatal-newborn-screening', cities: ['kaifeng', 'luohe'], metrics: [], period: '', level: '', lang: '', theme: '', width: 720 },
  render: ({ program, cities, metrics, period, level, lang, theme, width }, { globals }) => html`<div style="max-width:${width}px">
    <program-comparison program=${program || nothing} cities=${list(cities) || nothing} metrics=${list(metrics) || nothing} period=${period || nothing}
      level=${level || nothing} lang=${lang || nothing} theme=${theme || globals.theme || nothing}></program-comparison>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const TwoCities: Story = {};
export const Chinese: Story = { args: { lang: 'zh-CN' } };
export const EveryReportingCity: Story = { args: { program: 'covid-19', cities: [], metrics: ['fever-clinics', 'covid-designated-hospitals'] } };
export const NotReported: Story = { args: { program: 'family-doctor', cities: ['kaifeng', 'jiaozuo', 'luoyang'], metrics: ['family-doctor-signing-rate', 'family-doctor-teams'] } };
export const DifferentPeriods: Story = { args: { program: 'family-doctor', cities: ['kaifeng', 'jiaozuo'], metrics: ['family-doctor-signing-rate'] } };
export const Counties: Story = { args: { program: 'medical-communities', cities: [], level: 'county', metrics: ['medical-groups'] } };
export const ManyCitiesNarrow: Story = { args: { program: 'covid-19', cities: [], metrics: ['fever-clinics'], width: 320 } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Wide: Story = { args: { width: 1400 } };
export const BadProgram: Story = { args: { program: 'space-medicine' } };
export const ProgrammeWithoutFigures: Story = { args: { program: 'maternal-child-health', cities: [], metrics: [] } };
export const BadCity: Story = { args: { cities: 'kaifeng,atlantis' } };
export const EmptySelection: Story = { args: { cities: ' , ' } };
export const ForcedColorsPreview: Story = {
  decorators: [(story) => forcedColorsPreview(story())],
  parameters: { docs: { description: { story: 'Colour tokens set to the system colours used in forced-colors mode (an approximation; the real mode is checked by emulation).' } } },
};
