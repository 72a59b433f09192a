import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // The a11y addon fails a story on any axe violation rather than only listing it.
    a11y: { test: 'error' },
  },
};

export default preview;
