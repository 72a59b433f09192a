// The data table alternative: every value the chart draws, with its period,
// status and source, behind a visible toggle button. The table scrolls inside
// its own labelled region on narrow screens.
import { html, nothing } from 'lit';
import type { Strings } from '../i18n/strings.js';

export interface TableRow {
  cells: string[];
  /** Cells (by index) that hold numbers, aligned to the end. */
  numeric?: number[];
  /** Set on the highlighted place's row: the word a screen reader hears after its name (t.highlighted). */
  highlighted?: string;
  /** A row under the one before it (a county under its city): marked "↳", which is not read aloud. */
  nested?: boolean;
}

export interface TableModel {
  caption: string;
  columns: string[];
  rows: TableRow[];
}

export function tableToggle(t: Strings, open: boolean, controls: string, onClick: () => void) {
  return html`<button type="button" part="table-toggle" aria-expanded=${open} aria-controls=${controls} @click=${onClick}>
    ${open ? t.hideTable : t.showTable}
  </button>`;
}

/** Cells longer than this (metric names, source titles) wrap; shorter ones keep to one line. */
const LONG = 12;

/** `titleId` names the region with the widget's title too: a card, a ranking and a map of one metric on one page hold tables of one caption. */
export function dataTable(model: TableModel, id: string, open: boolean, titleId: string) {
  if (!open) return html`<div id=${id} hidden></div>`;
  // A column of numbers is headed over its numbers (aligned to the end, as they are).
  const numeric = new Set(model.rows.flatMap((row) => row.numeric ?? []));
  return html`<div class="table-region" id=${id} role="region" aria-labelledby="${titleId} ${id}-caption" tabindex="0" part="table">
    <table>
      <caption id="${id}-caption">${model.caption}</caption>
      <thead>
        <tr>${model.columns.map((c, i) => html`<th scope="col" class=${numeric.has(i) ? 'number' : nothing}>${c}</th>`)}</tr>
      </thead>
      <tbody>
        ${model.rows.map(
          (row) => html`<tr>
            ${row.cells.map((cell, i) =>
              i === 0
                ? html`<th scope="row" class=${row.nested ? 'nested' : nothing}>${cell}${row.highlighted ? html` <span class="visually-hidden">(${row.highlighted})</span>` : nothing}</th>`
                : html`<td class=${row.numeric?.includes(i) ? 'number' : cell.length > LONG ? 'long' : ''}>${cell}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
