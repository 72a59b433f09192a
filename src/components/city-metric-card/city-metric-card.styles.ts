import { css } from 'lit';

export const cardStyles = css`
  :host {
    --hhw-loading-height: 22em;
  }
  :host {
    min-height: var(--hhw-min-height, 0);
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .title .sep {
    color: var(--_muted);
  }
  .value {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    margin: 0.35em 0;
  }
  .value .number {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  /* A target or plan never looks like a result: hollow, dashed, labelled. */
  .value.target .number,
  .value.plan .number {
    font-weight: 400;
    padding: 0 0.2em;
    border: 2px dashed var(--_muted);
    border-radius: 4px;
  }
  .value.not-reported {
    font-size: 1.5em;
    font-weight: 600;
    color: var(--_muted);
  }
  .period,
  .context-label {
    color: var(--_muted);
  }
  .context-label {
    font-size: 0.875em;
    margin: 0.75em 0 0.25em;
  }
  .reporters {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .narrow .value .number {
    font-size: 1.6em;
  }
`;
