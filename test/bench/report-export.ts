/**
 * Report export benchmark (issue 7, item 6): `npm run bench:report-export [-- --runs 50]`
 *
 * Renders the fixture report (src/reports/render/fixture.ts: four tiers, seven cases, four queries,
 * submitted cases, divergence, related cases) to DOCX and to HTML, after a few warm-up renders, and
 * prints the median and p95 of each as JSON. Target: DOCX ≤ 300 ms p50. `large` times the same
 * report with its cases repeated to --large (default 200, the most selections a request may make).
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { ReportCase, RetrievalReport } from "../../src/reports/model.ts";
import { renderDocx } from "../../src/reports/render/docx.ts";
import { fixtureReport } from "../../src/reports/render/fixture.ts";
import { renderHtml } from "../../src/reports/render/html.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "50" },
    warmup: { type: "string", default: "5" },
    /** Also time a large report: every tier's cases repeated up to this many cases in all. */
    large: { type: "string", default: "200" },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

async function measure(
  fn: () => unknown | Promise<unknown>,
): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: round(quantile(times, 0.5)),
    p95: round(quantile(times, 0.95)),
    max: round(times.at(-1) ?? 0),
  };
}

/** The fixture with its tiers' cases repeated (distinct ids and case numbers) up to `total` cases. */
function enlarged(total: number): RetrievalReport {
  const perTier = Math.ceil(total / fixtureReport.tiers.length);
  return {
    ...fixtureReport,
    tiers: fixtureReport.tiers.map((t) => ({
      ...t,
      cases: Array.from({ length: perTier }, (_, i) => {
        const c = t.cases[i % t.cases.length] as ReportCase;
        return { ...c, id: `${c.id}-${i}`, caseNumber: `${c.caseNumber ?? c.id}之${i + 1}` };
      }),
    })),
  };
}

const docxBytes = (await renderDocx(fixtureReport)).length;
const htmlBytes = Buffer.byteLength(renderHtml(fixtureReport));
const docx = await measure(() => renderDocx(fixtureReport));
const html = await measure(() => renderHtml(fixtureReport));
const large = enlarged(Number(values.large));
const largeCases = large.tiers.reduce((n, t) => n + t.cases.length, 0);
const largeDocx = await measure(() => renderDocx(large));
const largeHtml = await measure(() => renderHtml(large));
console.log(
  JSON.stringify(
    {
      runs,
      warmup,
      node: process.version,
      cases: fixtureReport.tiers.reduce((n, t) => n + t.cases.length, 0),
      docx: { ...docx, unit: "ms", bytes: docxBytes, targetP50: 300, ok: docx.p50 <= 300 },
      html: { ...html, unit: "ms", bytes: htmlBytes },
      large: { cases: largeCases, docx: largeDocx, html: largeHtml, unit: "ms" },
    },
    null,
    2,
  ),
);
