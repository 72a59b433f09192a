import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ChartElement, type ErrorModel } from '../../chart/chart-element.js';
import { barChart, type BarRow } from '../../chart/bar-chart.js';
import type { TableModel } from '../../chart/data-table.js';
import { markChinese, quoteForReading } from '../../chart/mark-chinese.js';
import { noteOf } from '../../chart/footnotes.js';
import { metricLabel, placeName, programLabel, sourceTitle, subjectName, valueText } from '../../chart/fact-rows.js';
import { KeyboardNavigationController } from '../../controllers/keyboard-navigation.js';
import { dataIndex, entitiesAt, factsOfEntity, findEntity, getMetric, getProgram, getSource, programsOfEntity } from '../../data/dataset.js';
import type { Entity, Fact, Metric, Program } from '../../data/types.js';
import { formatDate, formatPeriod } from '../../core/format.js';
import type { Lang } from '../../i18n/strings.js';
import { profileStyles } from './city-profile.styles.js';
import { scaleEnd } from '../../core/scales.js';

interface ProgramGroup {
  program: Program;
  facts: Array<{ fact: Fact; metric: Metric }>;
  /** Percentages of this programme with results, drawn side by side (one unit, one scale). */
  chart: Array<{ fact: Fact; metric: Metric }>;
}

interface PlaceSection {
  entity: Entity;
  groups: ProgramGroup[];
}

type ProfileModel = { kind: 'profile'; entity: Entity; sections: PlaceSection[]; summary: string; table: TableModel };

/**
 * A fact sheet for one city and its counties: every fact, grouped by programme,
 * each with value, period, status and the verbatim source quote; small charts
 * where a programme has comparable percentages; a contents list; prints on A4
 * with its sources.
 *
 * @tagname city-profile
 * @summary Every figure the sources give for one city, with sources, printable.
 *
 * @attr city - Place id, Chinese or English name.
 * @attr lang - `zh-CN` or `en`; defaults to the nearest ancestor's `lang`, then English.
 * @attr theme - `light` or `dark`; unset follows the reader's colour scheme.
 *
 * @csspart figure - The fact sheet.
 * @csspart title - The place's name.
 * @csspart summary - What the sheet holds.
 * @csspart contents - The contents list.
 * @csspart section - Each programme's section.
 * @csspart chart - Each small chart.
 * @csspart point - Each focusable bar.
 * @csspart fact - Each fact.
 * @csspart quote - Each verbatim quote.
 * @csspart error - The error message.
 */
export class CityProfile extends ChartElement<ProfileModel> {
  static override styles = [...ChartElement.styles, profileStyles];

  /** Place id, Chinese or English name. */
  @property({ reflect: true }) city?: string;

  /** @internal */
  private readonly nav = new KeyboardNavigationController(this, () => [...this.renderRoot.querySelectorAll<SVGElement>('.point')]);

  /** @internal */
  protected readonly inputs = ['city'] as const;

  /** The place and its counties: all the programmes their facts are in. */
  protected programsNeeded(): string[] {
    const entity = this.city ? findEntity(this.city) : undefined;
    if (!entity) return [];
    const places = [entity, ...dataIndex.entities.filter((e) => e.parent === entity.id && e.level === 'county')];
    return [...new Set(places.flatMap((p) => programsOfEntity(p.id)))];
  }

  protected buildModel(lang: Lang): ProfileModel | ErrorModel {
    const t = this.t;
    const valid = { valid: entitiesAt('prefecture').slice(0, 6).map((e) => `${e.id} (${e.name_zh} · ${e.name_en})`), more: dataIndex.entities.length - 6 };
    if (!this.city?.trim()) return { kind: 'error', problem: { message: t.errors.missingAttribute('city'), ...valid } };
    const entity = findEntity(this.city);
    if (!entity) return { kind: 'error', problem: { message: t.errors.unknownCity(this.city), ...valid } };
    const counties = dataIndex.entities.filter((e) => e.parent === entity.id && e.level === 'county');
    const sections = [entity, ...counties].map((place) => ({ entity: place, groups: this.groups(place) })).filter((s) => s.groups.length > 0);
    const count = sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.facts.length, 0), 0);
    const summary = t.profileSummary({
      place: placeName(entity.id, lang),
      facts: count,
      programs: new Set(sections.flatMap((s) => s.groups.map((g) => g.program.id))).size,
      counties: sections.length - (sections[0]?.entity === entity ? 1 : 0),
    });
    const table: TableModel = {
      caption: t.profileTitle(placeName(entity.id, lang)),
      columns: [t.columns.place, t.columns.metric, t.columns.value, t.columns.period, t.columns.status, t.columns.source],
      rows: sections.flatMap((s) =>
        s.groups.flatMap((g) =>
          g.facts.map(({ fact, metric }) => ({
            cells: [placeName(s.entity.id, lang), this.factName(fact, metric), valueText(fact, metric, lang), formatPeriod(fact.period, lang), t.status[fact.status], sourceTitle(getSource(fact.source)!, lang)],
          })),
        ),
      ),
    };
    return { kind: 'profile', entity, sections, summary, table };
  }

  /** A place's facts by programme, in the dataset's programme order. */
  private groups(place: Entity): ProgramGroup[] {
    const byProgram = new Map<string, Array<{ fact: Fact; metric: Metric }>>();
    for (const fact of factsOfEntity(place.id)) {
      const metric = getMetric(fact.metric)!;
      byProgram.set(metric.program, [...(byProgram.get(metric.program) ?? []), { fact, metric }]);
    }
    return dataIndex.programs
      .filter((p) => byProgram.has(p.id))
      .map((program) => {
        const facts = byProgram.get(program.id)!.sort((a, b) => a.metric.id.localeCompare(b.metric.id) || a.fact.period.localeCompare(b.fact.period));
        // Shares on one axis; a change on the previous year is not a share, and is listed only.
        const chart = facts.filter(({ fact, metric }) => metric.unit === 'percent' && fact.status === 'actual' && !metric.change);
        return { program: getProgram(program.id)!, facts, chart: chart.length >= 2 ? chart : [] };
      });
  }

  /** An indicator's name, with its subject when the figure is about one named part of the place. */
  private factName(fact: Fact, metric: Metric): string {
    const lang = this.language.lang;
    return fact.subject ? this.t.bracket(metricLabel(metric, lang), subjectName(fact, lang)!) : metricLabel(metric, lang);
  }

  /** The figure's note, in the page's language. */
  private note(fact: Fact, lang: Lang) {
    const note = noteOf(fact, lang);
    return note ? html`<span class="note">${markChinese(note, lang)}</span>` : nothing;
  }

  private jump(id: string, event: Event): void {
    // In-page links cannot reach into a shadow root: scroll and focus by hand.
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  protected renderModel(model: ProfileModel) {
    const t = this.t;
    const lang = this.language.lang;
    const width = Math.max(this.size.width, 200);
    const sectionId = (s: PlaceSection, g: ProgramGroup) => `${this.idPrefix}-${s.entity.id}-${g.program.id}`;
    const chartPoints = model.sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.chart.length, 0), 0);
    let offset = 0;
    return html`<article part="figure" aria-labelledby="${this.idPrefix}-title" aria-describedby="${this.idPrefix}-summary">
      <h2 class="title" id="${this.idPrefix}-title" part="title">${t.profileTitle(placeName(model.entity.id, lang))}</h2>
      <p class="summary" id="${this.idPrefix}-summary" part="summary">${model.summary}</p>
      <p hidden id="${this.idPrefix}-instructions">${t.chartInstructions}</p>
      <nav class="contents" part="contents" aria-label=${t.contents}>
        <ul>
          ${model.sections.map(
            (s) => html`<li>
              <span class="muted">${t.labelled(placeName(s.entity.id, lang))}</span>
              ${s.groups.map(
                (g) => html`<a href="#${sectionId(s, g)}" @click=${(e: Event) => this.jump(sectionId(s, g), e)}>${programLabel(g.program, lang)}</a>`,
              )}
            </li>`,
          )}
        </ul>
      </nav>
      ${model.sections.map(
        (s) => html`${s.entity.id === model.entity.id ? nothing : html`<h3 class="place" id="${this.idPrefix}-${s.entity.id}">${placeName(s.entity.id, lang)}</h3>`}
          ${s.groups.map((g) => {
            const start = offset;
            offset += g.chart.length;
            const headingId = sectionId(s, g);
            // A bar's name says what sets it apart: its subject, and its period when the same indicator has several.
            const named = g.chart.map(({ fact, metric }) => this.factName(fact, metric));
            const rows: BarRow[] = g.chart.map(({ fact, metric }, i) => {
              const label = named.indexOf(named[i]) === named.lastIndexOf(named[i]) ? named[i] : t.bracket(named[i], formatPeriod(fact.period, lang));
              return {
                key: fact.id,
                label,
                value: fact.value,
                valueLabel: valueText(fact, metric, lang),
                status: fact.status,
                ariaLabel: t.point(label, valueText(fact, metric, lang), formatPeriod(fact.period, lang), t.status[fact.status]),
              };
            });
            // The city's programmes are h3; a county's sit under its h3 as h4 and are named with it.
            const county = s.entity.id !== model.entity.id;
            const label = programLabel(g.program, lang);
            return html`<section part="section" aria-labelledby=${county ? `${this.idPrefix}-${s.entity.id} ${headingId}` : headingId}>
              ${county ? html`<h4 id=${headingId} tabindex="-1">${label}</h4>` : html`<h3 id=${headingId} tabindex="-1">${label}</h3>`}
              ${rows.length
                ? barChart({
                    rows,
                    scaleTo: scaleEnd(g.chart[0].metric.unit),
                    width,
                    text: this.size.text,
                    labelledBy: headingId,
                    describedBy: `${this.idPrefix}-instructions`,
                    ...this.nav.chartProps(start, chartPoints),
                  })
                : nothing}
              <dl>
                ${g.facts.map(({ fact, metric }) => {
                  const source = getSource(fact.source)!;
                  return html`<div class="fact" part="fact">
                    <dt>${markChinese(this.factName(fact, metric), lang)}</dt>
                    <dd>
                      <span class="number">${valueText(fact, metric, lang)}</span>
                      <span class="status ${fact.status}">${t.status[fact.status]}</span>
                      <span class="muted">${formatPeriod(fact.period, lang)}${fact.cumulative ? ` · ${t.cumulative}` : ''}</span>
                      <blockquote lang="zh-CN" part="quote">${quoteForReading(fact.quote)}</blockquote>
                      <span class="source-line">${t.sourcesLine([{ title: sourceTitle(source, lang), date: formatDate(source.date, lang) }])}</span>
                      ${this.note(fact, lang)}
                    </dd>
                  </div>`;
                })}
              </dl>
            </section>`;
          })}`,
      )}
    </article>`;
  }
}
