/**
 * Segmentation benchmark (issue 4, item 5): raw nodejieba `cut` versus the whole text pipeline
 * (normalise + protected spans + jieba + filtering) over LeCaRD full texts, in one run, plus the cost
 * of parsing a judgment when src/judgment/parse.ts exists.
 *
 *   node test/bench/segment.ts [--docs 1000] [--passes 5]
 *
 * Passes alternate between the contenders so that thermal or GC drift hits both alike; the median
 * pass is reported.
 */
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createBrotliDecompress } from "node:zlib";
import nodejieba from "nodejieba";
import { dictionaryVersion, initSegmenter, segment } from "../../src/text/segment.ts";

const CANDIDATES = path.resolve(import.meta.dirname, "../../../shared/data/lecard/candidates.jsonl.br");

const { values } = parseArgs({
  options: { docs: { type: "string", default: "1000" }, passes: { type: "string", default: "5" } },
});
const maxDocs = Number(values.docs);
const passes = Number(values.passes);

async function loadTexts(limit: number): Promise<string[]> {
  const texts: string[] = [];
  const lines = createInterface({ input: createReadStream(CANDIDATES).pipe(createBrotliDecompress()) });
  for await (const line of lines) {
    const record = JSON.parse(line) as { qw?: unknown };
    if (typeof record.qw === "string" && record.qw.length > 0) texts.push(record.qw);
    if (texts.length >= limit) break;
  }
  lines.close();
  return texts;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timePass(texts: string[], run: (text: string) => unknown): number {
  const start = process.hrtime.bigint();
  let sink = 0;
  for (const text of texts) {
    const result = run(text);
    if (Array.isArray(result)) sink += result.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) console.log(sink); // keeps the work observable
  return seconds;
}

async function main(): Promise<void> {
  if (!existsSync(CANDIDATES)) {
    console.error(`LeCaRD candidates not found at ${CANDIDATES}; nothing to benchmark.`);
    process.exitCode = 1;
    return;
  }
  const texts = await loadTexts(maxDocs);
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
  initSegmenter();

  type Contender = { name: string; run: (text: string) => unknown; times: number[] };
  const contenders: Contender[] = [
    {
      name: "raw nodejieba cut (HMM on, as the pipeline uses it)",
      run: (t) => nodejieba.cut(t, true),
      times: [],
    },
    { name: "whole text pipeline (segment)", run: segment, times: [] },
  ];
  const parsePath = path.resolve(import.meta.dirname, "../../src/judgment/parse.ts");
  if (existsSync(parsePath)) {
    const parser = (await import(parsePath)) as { parseJudgment?: (text: string) => unknown };
    const parseJudgment = parser.parseJudgment;
    if (typeof parseJudgment === "function") {
      contenders.push({ name: "parseJudgment", run: (t) => parseJudgment(t), times: [] });
    }
  }

  // Warm-up: JIT, jieba's caches, regex compilation.
  for (const c of contenders) timePass(texts.slice(0, 50), c.run);
  for (let p = 0; p < passes; p++) {
    for (const c of contenders) c.times.push(timePass(texts, c.run));
  }

  console.log(
    `documents: ${texts.length} (LeCaRD qw), ${megabytes.toFixed(1)} MB UTF-8, ${passes} passes, median`,
  );
  console.log(`dictionary version: ${dictionaryVersion()}`);
  const rates = new Map<string, number>();
  for (const c of contenders) {
    const seconds = median(c.times);
    const rate = megabytes / seconds;
    rates.set(c.name, seconds);
    console.log(`${c.name.padEnd(52)} ${rate.toFixed(2).padStart(8)} MB/s  ${seconds.toFixed(2)} s`);
  }
  const [raw, pipeline, parse] = contenders.map((c) => rates.get(c.name) ?? Number.NaN);
  if (raw !== undefined && pipeline !== undefined) {
    const overhead = (pipeline / raw - 1) * 100;
    console.log(`pipeline overhead over raw jieba: ${overhead.toFixed(1)}% (target ≤ 25%)`);
  }
  if (parse !== undefined && pipeline !== undefined) {
    console.log(`parse cost relative to segmentation: ${((parse / pipeline) * 100).toFixed(1)}%`);
  } else {
    console.log("parseJudgment: src/judgment/parse.ts not present, skipped");
  }
}

await main();
