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
  /* Longer than a page: printed panel by panel, never split through one. */
  @media print {
    :host {
      break-inside: auto;
    }
    .panel {
      break-inside: avoid;
    }
  }
  .panel-title {
    margin: 0 0 0.25em;
    font-weight: 600;
    font-size: 0.95em;
  }
`;
