/**
 * Charts for the audit and deviation pages, drawn as inline SVG strings: no scripts, no external
 * resources, no dependencies. Pure and deterministic: the same input always gives the same bytes
 * (numbers are formatted without the locale, coordinates rounded to 0.1 px).
 *
 * Styling is by class (`dot`, `band`, `median`, `flagged`, `proposed`, `bar`, …) so the page's CSS
 * decides colours; shapes also differ (diamonds for flagged cases, triangles for a proposed
 * outcome) so the charts survive black-and-white printing.
 */
import { escapeHtml } from "../../reports/render/html.ts";

/** The note shown instead of a chart when there is nothing to draw. */
export const NO_DATA = "无数据";

// ---- numbers ----------------------------------------------------------------------------------

/** Rounds to 0.1 for SVG coordinates, without trailing zeros ("12", "12.5"). */
export function coord(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

/** Up to `digits` decimals, trailing zeros dropped, no grouping, no locale: 8 → "8", 6.125 → "6.13". */
export function formatNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? "0" : String(r);
}

/** A share 0–1 as a percentage: 0.8333 → "83.3%". */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

/** The nice step (1, 2 or 5 × 10^k) that splits `span` into about `count` intervals. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Nice tick values covering [min, max]: multiples of a 1/2/5 step, from floor(min) to ceil(max).
 * A zero-width domain is widened around its value so a single value still gets an axis.
 */
export function ticks(min: number, max: number, count = 5): number[] {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.5;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const out: number[] = [];
  for (let i = first; i <= last; i++) {
    // Multiply the integer index (not accumulate) so 0.1-steps stay exact after rounding.
    out.push(Number((i * step).toPrecision(12)));
  }
  return out;
}

/** A linear scale from a domain to a range; a zero-width domain maps to the middle of the range. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

// ---- common SVG frame -------------------------------------------------------------------------

/** What every chart needs for accessibility: a unique id and a Chinese title and description. */
export interface ChartText {
  /** Unique within the page; used for the <title>/<desc> ids. */
  id: string;
  /** Short Chinese title, read by screen readers and shown as the figure caption. */
  title: string;
  /** One or two Chinese sentences describing what the chart shows (the numbers, not the look). */
  desc: string;
}

function svgOpen(text: ChartText, width: number, height: number, kind: string): string {
  const id = escapeHtml(text.id);
  return (
    `<svg class="chart ${kind}" id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(text.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(text.desc)}</desc>`
  );
}

/** The note that replaces a chart without data: a paragraph naming the chart, never an empty SVG. */
export function noDataNote(text: ChartText): string {
  return `<p class="nodata" id="${escapeHtml(text.id)}" role="note">${escapeHtml(text.title)}：${NO_DATA}</p>`;
}

/** Rough width of a label in px at `size`: CJK and full-width characters count 1 em, others ~0.6 em. */
export function textWidth(label: string, size: number): number {
  let w = 0;
  for (const ch of label) w += /[\u2E80-\uFFEF]/.test(ch) ? size : size * 0.6;
  return w;
}

// ---- strip (dot) plot -------------------------------------------------------------------------

/** A value drawn on top of the distribution: a flagged case (with its 案号) or a proposed outcome. */
export interface StripMark {
  value: number;
  label: string;
  kind: "flagged" | "proposed";
}

export interface StripPlotSpec extends ChartText {
  /** The cluster's values (months), one dot each; equal values stack. */
  values: readonly number[];
  median?: number;
  p10?: number;
  p90?: number;
  /** The p10–p90 band's name in the legend: "P10–P90" unless given (a judge's page says 八成类案). */
  bandLabel?: string;
  marks?: readonly StripMark[];
  /** Axis title, e.g. "刑期（月）". */
  axisLabel: string;
  width?: number;
}

/** Layout constants of the strip plot, exported so tests can compute expected positions. */
export const STRIP = { marginLeft: 36, marginRight: 36, dotRadius: 4, laneHeight: 18 } as const;

/** The x domain of a strip plot: nice ticks over the values, the band and every mark, from 0. */
export function stripDomain(spec: Pick<StripPlotSpec, "values" | "marks" | "p10" | "p90" | "median">): {
  domain: [number, number];
  ticks: number[];
} {
  const all = [
    ...spec.values,
    ...(spec.marks ?? []).map((m) => m.value),
    ...[spec.p10, spec.p90, spec.median].filter((v): v is number => v !== undefined),
  ].filter(Number.isFinite);
  const lo = Math.min(0, ...all);
  const hi = Math.max(...all);
  const t = ticks(lo, hi, 6);
  return { domain: [t[0] ?? lo, t[t.length - 1] ?? hi], ticks: t };
}

/**
 * A dot plot of a distribution along one axis: one dot per value (equal values stack upward), the
 * p10–p90 band shaded, the median as a line, and marks (flagged cases, a proposed outcome) drawn as
 * larger highlighted shapes above the dots with their labels, staggered so labels do not collide.
 */
export function stripPlot(spec: StripPlotSpec): string {
  const values = spec.values.filter(Number.isFinite);
  const marks = (spec.marks ?? []).filter((m) => Number.isFinite(m.value));
  if (values.length === 0 && marks.length === 0) return noDataNote(spec);

  const width = spec.width ?? 640;
  const { domain, ticks: tickValues } = stripDomain({ ...spec, values, marks });
  const x = linearScale(domain, [STRIP.marginLeft, width - STRIP.marginRight]);
  const r = STRIP.dotRadius;
  const gap = r * 2 + 1;

  // Stack equal values (binned to the dot diameter in px) upward; cap the visible stack height.
  const stacks = new Map<number, number>();
  for (const v of [...values].sort((a, b) => a - b)) {
    const bin = Math.round(x(v) / gap);
    stacks.set(bin, (stacks.get(bin) ?? 0) + 1);
  }
  const tallest = Math.max(1, ...stacks.values());
  const maxStackPx = 120;
  const step = Math.min(gap, maxStackPx / tallest);

  // Labels of marks: greedy lanes, sorted by x, so overlapping labels go one lane higher.
  const sortedMarks = [...marks].sort((a, b) => a.value - b.value || a.label.localeCompare(b.label));
  const laneEnds: number[] = [];
  const placed = sortedMarks.map((m) => {
    const cx = x(m.value);
    const w = textWidth(m.label, 11);
    const anchor = cx + w / 2 > width - 4 ? "end" : cx - w / 2 < 4 ? "start" : "middle";
    const left = anchor === "end" ? cx - w : anchor === "start" ? cx : cx - w / 2;
    let lane = laneEnds.findIndex((end) => end + 6 <= left);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(left + w);
    } else laneEnds[lane] = left + w;
    return { mark: m, cx, anchor, lane };
  });
  const lanes = Math.max(0, laneEnds.length);

  const labelTop = 8;
  const marksTop = labelTop + lanes * STRIP.laneHeight;
  const markRow = marksTop + (marks.length > 0 ? 12 : 0);
  const dotsTop = markRow + (marks.length > 0 ? 14 : 4);
  const baseline = dotsTop + Math.max(tallest * step, 24) + r;
  const height = baseline + 44;

  const parts: string[] = [svgOpen(spec, width, height, "strip")];

  // p10–p90 band and median, behind the dots.
  if (spec.p10 !== undefined && spec.p90 !== undefined) {
    const x0 = x(Math.min(spec.p10, spec.p90));
    const x1 = x(Math.max(spec.p10, spec.p90));
    parts.push(
      `<rect class="band" x="${coord(x0)}" y="${coord(dotsTop - 6)}" width="${coord(Math.max(1, x1 - x0))}" ` +
        `height="${coord(baseline - dotsTop + 6)}"/>`,
    );
  }
  if (spec.median !== undefined) {
    const mx = coord(x(spec.median));
    parts.push(
      `<line class="median" x1="${mx}" x2="${mx}" y1="${coord(dotsTop - 8)}" y2="${coord(baseline + 2)}"/>`,
    );
  }

  // Axis with ticks.
  parts.push(
    `<line class="axis" x1="${coord(x(domain[0]))}" x2="${coord(x(domain[1]))}" y1="${coord(baseline + 2)}" y2="${coord(baseline + 2)}"/>`,
  );
  for (const t of tickValues) {
    const tx = coord(x(t));
    parts.push(
      `<line class="tick" x1="${tx}" x2="${tx}" y1="${coord(baseline + 2)}" y2="${coord(baseline + 6)}"/>` +
        `<text class="tick-label" x="${tx}" y="${coord(baseline + 18)}" text-anchor="middle">${formatNumber(t)}</text>`,
    );
  }
  parts.push(
    `<text class="axis-label" x="${coord((x(domain[0]) + x(domain[1])) / 2)}" y="${coord(baseline + 36)}" text-anchor="middle">${escapeHtml(spec.axisLabel)}</text>`,
  );

  // Dots.
  const heights = new Map<number, number>();
  const dots: string[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const bin = Math.round(x(v) / gap);
    const k = heights.get(bin) ?? 0;
    heights.set(bin, k + 1);
    dots.push(`<circle class="dot" cx="${coord(x(v))}" cy="${coord(baseline - r - k * step)}" r="${r}"/>`);
  }
  parts.push(`<g class="dots">${dots.join("")}</g>`);

  // Band and median labels under the axis title row would crowd it; put them at the top right.
  const legend: string[] = [];
  if (spec.median !== undefined) legend.push(`中位数 ${formatNumber(spec.median)}`);
  if (spec.p10 !== undefined && spec.p90 !== undefined)
    legend.push(`${spec.bandLabel ?? "P10–P90"} ${formatNumber(spec.p10)}–${formatNumber(spec.p90)}`);
  legend.push(`共 ${values.length} 件`);
  parts.push(
    `<text class="legend" x="${width - 4}" y="${coord(baseline + 36)}" text-anchor="end">${escapeHtml(legend.join("　"))}</text>`,
  );

  // Marks: a vertical guide to the axis, a highlighted shape, and the label in its lane.
  for (const p of placed) {
    const cx = coord(p.cx);
    const cy = markRow;
    const labelY = labelTop + (lanes - p.lane) * STRIP.laneHeight - 4;
    const shape =
      p.mark.kind === "flagged"
        ? `<path class="flagged-shape" d="M${cx} ${coord(cy - 7)}L${coord(p.cx + 7)} ${coord(cy)}L${cx} ${coord(cy + 7)}L${coord(p.cx - 7)} ${coord(cy)}Z"/>`
        : `<path class="proposed-shape" d="M${cx} ${coord(cy + 7)}L${coord(p.cx + 7)} ${coord(cy - 6)}L${coord(p.cx - 7)} ${coord(cy - 6)}Z"/>`;
    parts.push(
      `<g class="${p.mark.kind}" data-value="${formatNumber(p.mark.value)}">` +
        `<line class="guide" x1="${cx}" x2="${cx}" y1="${coord(labelY + 3)}" y2="${coord(baseline + 2)}"/>` +
        `<circle class="${p.mark.kind}" cx="${cx}" cy="${coord(cy)}" r="2"/>` +
        shape +
        `<text class="mark-label" x="${cx}" y="${coord(labelY)}" text-anchor="${p.anchor}">${escapeHtml(p.mark.label)}</text>` +
        "</g>",
    );
  }

  parts.push("</svg>");
  return parts.join("");
}

// ---- horizontal bar chart ---------------------------------------------------------------------

export interface Bar {
  label: string;
  /** Share 0–1. */
  share: number;
  /** Draw in the highlight class (the flagged case's category or the proposed outcome). */
  highlight?: "flagged" | "proposed";
  /** Text after the value, e.g. "← 本案（2021）浙0102刑初88号". */
  note?: string;
}

export interface BarChartSpec extends ChartText {
  bars: readonly Bar[];
  width?: number;
}

export const BARS = { rowHeight: 26, barHeight: 16, top: 8, labelGap: 8, valueWidth: 52 } as const;

/**
 * Horizontal bars of shares (0–100%), one row per category in the given order, with the share
 * written after each bar; the highlighted category is drawn in its class and annotated.
 */
export function barChart(spec: BarChartSpec): string {
  const bars = spec.bars.filter((b) => Number.isFinite(b.share));
  if (bars.length === 0) return noDataNote(spec);
  const width = spec.width ?? 640;
  const labelWidth = Math.min(180, Math.max(48, ...bars.map((b) => textWidth(b.label, 12)))) + BARS.labelGap;
  const noteWidth = Math.min(260, Math.max(0, ...bars.map((b) => (b.note ? textWidth(b.note, 11) + 8 : 0))));
  const x0 = labelWidth;
  const x1 = width - BARS.valueWidth - noteWidth;
  const x = linearScale([0, 1], [x0, x1]);
  const height = BARS.top + bars.length * BARS.rowHeight + 30;
  const axisY = BARS.top + bars.length * BARS.rowHeight + 2;

  const parts: string[] = [svgOpen(spec, width, height, "bars")];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const tx = coord(x(t));
    parts.push(
      `<line class="grid" x1="${tx}" x2="${tx}" y1="${BARS.top - 2}" y2="${coord(axisY)}"/>` +
        `<text class="tick-label" x="${tx}" y="${coord(axisY + 14)}" text-anchor="middle">${t * 100}%</text>`,
    );
  }
  bars.forEach((b, i) => {
    const y = BARS.top + i * BARS.rowHeight + (BARS.rowHeight - BARS.barHeight) / 2;
    const share = Math.max(0, Math.min(1, b.share));
    const w = Math.max(share > 0 ? 1 : 0, x(share) - x0);
    const cls = b.highlight ? `bar ${b.highlight}` : "bar";
    const midY = coord(y + BARS.barHeight / 2 + 4);
    parts.push(
      `<g class="${b.highlight ? `row ${b.highlight}` : "row"}">` +
        `<text class="bar-label" x="${coord(x0 - BARS.labelGap)}" y="${midY}" text-anchor="end">${escapeHtml(b.label)}</text>` +
        `<rect class="${cls}" x="${coord(x0)}" y="${coord(y)}" width="${coord(w)}" height="${BARS.barHeight}"/>` +
        `<text class="bar-value" x="${coord(x0 + w + 4)}" y="${midY}">${formatShare(share)}</text>` +
        (b.note
          ? `<text class="bar-note" x="${coord(x1 + BARS.valueWidth)}" y="${midY}">${escapeHtml(b.note)}</text>`
          : "") +
        "</g>",
    );
  });
  parts.push(
    `<line class="axis" x1="${coord(x0)}" x2="${coord(x0)}" y1="${BARS.top - 2}" y2="${coord(axisY)}"/>`,
    "</svg>",
  );
  return parts.join("");
}

// ---- frequency table --------------------------------------------------------------------------

/** Values counted and sorted ascending: the data behind a strip plot, for its fallback table. */
export function frequencies(values: readonly number[]): Array<{ value: number; count: number }> {
  const counts = new Map<number, number>();
  for (const v of values) if (Number.isFinite(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([value, count]) => ({ value, count }));
}
