import { css } from 'lit';

export const profileStyles = css`
  :host {
    --hhw-loading-height: 40em;
  }
  h2.title {
    font-size: 1.25em;
    margin: 0 0 0.25em;
  }
  h3.place {
    font-size: 1.15em;
    margin: 1.5em 0 0;
    padding-top: 0.5em;
    border-top: 2px solid var(--_border);
  }
  section h3,
  h4 {
    font-size: 1em;
    margin: 1.25em 0 0.5em;
  }
  .contents ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
    font-size: 0.9em;
  }
  .contents a {
    display: inline-block;
    /* A name that wraps keeps its list bullet on its first line, not its last. */
    vertical-align: top;
    min-height: 24px;
    padding: 0.1em 0;
    color: var(--_text);
    margin-inline-end: 0.75em;
  }
  dl {
    margin: 0;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr;
    gap: 0.25em 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border);
    break-inside: avoid;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  dd .number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  dd blockquote {
    font-size: 0.85em;
    margin: 0.35em 0 0.2em;
  }
  .source-line,
  .note {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
  }
  @media (max-width: 30em) {
    .fact {
      grid-template-columns: 1fr;
    }
  }
  /* A4 fact sheet (black on white, as every widget prints: see tokens), no navigation, every source kept. */
  @media print {
    :host {
      break-inside: auto;
      border: none !important;
      padding: 0 !important;
      font-size: 10.5pt !important;
    }
    .contents,
    .actions {
      display: none;
    }
    section {
      break-inside: auto;
    }
    h3,
    h4 {
      break-after: avoid;
    }
    blockquote {
      background: none;
    }
  }
`;
