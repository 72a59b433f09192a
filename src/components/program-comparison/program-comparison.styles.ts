import { css } from 'lit';

export const comparisonStyles = css`
  :host {
    --hhw-loading-height: 24em;
  }
  .panel {
    margin-top: 0.75em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .panel-title {
    margin: 0 0 0.25em;
    font-weight: 600;
    font-size: 0.95em;
  }
`;
