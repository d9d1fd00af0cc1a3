/**
 * Audit benchmark (issue 8, item 4): `npm run bench:audit [-- --show 5 --reindex]`
 *
 * Audits all LeCaRD judgments (scope: category 刑事, no charge filter — every charge clustered) on
 * an index built through the indexer, reusing the evaluation's alias `leian-eval-lecard` when it was
 * built from this corpus with today's mapping and dictionary. Prints the duration, cases, clusters,
 * findings (and how many single-case findings the fact check measured and downgraded) and the top
 * 10 findings with case numbers, LeCaRD ids and fact similarity; `--show N` prints the
 * sentencing part of the judgments behind the top N findings, for reading them.
 */
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createBrotliDecompress } from "node:zlib";
import { runAudit } from "../../src/audit/engine.ts";
import { AuditRequest } from "../../src/audit/model.ts";
import { createClient } from "../../src/search/client.ts";
import { optionsFromEnv, start } from "../../tools/es/manager.ts";
import { ensureCorpusIndex } from "../eval/corpus-index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.resolve(root, "../shared/data/lecard/candidates.jsonl.br");
const ALIAS = "leian-eval-lecard";
const { values: args } = parseArgs({
  options: { show: { type: "string", default: "0" }, reindex: { type: "boolean", default: false } },
});

async function main(): Promise<void> {
  if (!existsSync(corpus)) throw new Error(`not found: ${corpus}`);
  const node = await start(optionsFromEnv());
  const client = createClient({ url: node.url, requestTimeoutMs: 120_000 });
  const index = await ensureCorpusIndex(client, ALIAS, corpus, { rebuild: args.reindex });

  const started = performance.now();
  const audit = await runAudit(client, ALIAS, AuditRequest.parse({ scope: { category: "刑事" } }));
  const seconds = (performance.now() - started) / 1000;
  const top = audit.findings.slice(0, 10);
  const ids = top.flatMap((f) => (f.case ? [f.case.id] : []));
  const sources = await client.search({
    index: ALIAS,
    size: ids.length,
    query: { ids: { values: ids } },
    _source: false,
    docvalue_fields: ["sourceId"],
  });
  const sourceOf = new Map(sources.hits.hits.map((h) => [h._id, String(h.fields?.sourceId?.[0] ?? "")]));
  const byKind: Record<string, number> = {};
  for (const f of audit.findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  console.log(
    JSON.stringify(
      {
        index: audit.snapshot.index,
        documents: audit.snapshot.documents,
        reusedIndex: !index.built,
        durationSeconds: Math.round(seconds * 100) / 100,
        engineDurationMs: audit.durationMs,
        cases: audit.casesExamined,
        clusters: audit.clusters.length,
        clustersWithFindingSize: audit.clusters.filter(
          (c) => c.caseIds.length >= audit.request.minClusterSize,
        ).length,
        findings: audit.findings.length,
        findingsByKind: byKind,
        factChecked: audit.findings.filter((f) => f.numbers.factSimilarity !== undefined).length,
        factDowngraded: audit.findings.filter((f) => f.summary.includes("可能属不同情形")).length,
        top10: top.map((f, i) => ({
          rank: i + 1,
          kind: f.kind,
          severity: f.severity,
          factSimilarity: f.numbers.factSimilarity,
          caseNumber: f.case?.caseNumber,
          lecardId: f.case ? sourceOf.get(f.case.id) : undefined,
          cluster: audit.clusters.find((c) => c.id === f.clusterId)?.label,
          summary: f.summary,
        })),
      },
      null,
      2,
    ),
  );

  const show = Number(args.show);
  if (show > 0) {
    const wanted = new Map(
      top.slice(0, show).flatMap((f) => (f.case ? [[sourceOf.get(f.case.id) ?? "", f]] : [])),
    );
    const lines = createInterface({ input: createReadStream(corpus).pipe(createBrotliDecompress()) });
    for await (const line of lines) {
      const id = /"id":\s*"?(\d+)/.exec(line)?.[1];
      if (!id || !wanted.has(id)) continue;
      const { qw } = JSON.parse(line) as { qw: string };
      const at = Math.max(0, qw.search(/判决如下|裁定如下/));
      console.log(
        `\n=== LeCaRD ${id} — ${wanted.get(id)?.summary}\n${qw.slice(Math.max(0, at - 600), at + 500)}`,
      );
    }
  }
  await client.close();
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
