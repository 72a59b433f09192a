import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/city-profile/city-profile.js';
import { forcedColorsPreview } from './forced-colors.js';
import { cityControl, langControl, themeControl } from './controls.js';

interface Args {
  city: string;
  lang: string;
  theme: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Components/city-profile',
  component: 'city-profile',
  tags: ['autodocs'],
  argTypes: { city: cityControl, lang: langControl, theme: themeControl, width: { control: { type: 'range', min: 280, max: 1400, step: 10 } } },
  args: { city: 'jiaozuo', lang: '', theme: '', width: 800 },
  render: ({ city, lang, theme, width }, { globals }) => html`<div style="max-width:${width}px">
    <city-profile city=${city || nothing} lang=${lang || nothing} theme=${theme || globals.theme || nothing}></city-profile>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const City: Story = {};
export const WithCounties: Story = { args: { city: 'luohe' } };
export const Chinese: Story = { args: { lang: 'zh-CN', city: 'pingdingshan' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow320: Story = { args: { width: 320, city: 'hebi' } };
export const County: Story = { args: { city: 'jiaxian' } };
export const BadCity: Story = { args: { city: 'atlantis' } };
export const ForcedColorsPreview: Story = { decorators: [(story) => forcedColorsPreview(story())] };
