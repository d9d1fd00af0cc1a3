/**
 * Sources the indexer reads, streamed one item at a time (memory independent of corpus size):
 * - `records`: JSONL, one judgment a line — a full JudgmentRecord or `{text, id?, title?, source?…}`;
 * - `lecard`: the LeCaRD candidates JSONL (`id`, `qw`, `writName`…);
 * - `cases`: the authoritative-case collection JSONL (`collection`, `file`, `title`, `markdown`);
 * - `files`: a directory of `.txt` / `.html` / `.docx` judgments, one per file;
 * - `synthetic:N[:seed]`: N generated judgments (indexer/generate.ts).
 * JSONL may be Brotli (`.br`) or gzip (`.gz`) compressed. Parsing happens later, in workers: a source
 * only says where each item came from (`locator`, for dead letters) and carries its raw payload.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { opendir } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip } from "node:zlib";
import { LeianError } from "../src/errors.ts";

export type SourceFormat = "records" | "lecard" | "cases" | "files" | "synthetic";

export type RawItem =
  | { kind: "json"; format: "records" | "lecard" | "cases"; line: string }
  | { kind: "file"; path: string; root: string }
  | { kind: "synthetic"; id: string; text: string; meta: Record<string, unknown> };

export interface SourceItem {
  /** Position across all sources of the job, from 1; checkpoints record the last contiguous one done. */
  seq: number;
  /** Where it came from, for people: `file.jsonl:42`, a file path, `synthetic#17`. */
  locator: string;
  raw: RawItem;
}

export interface SourceSpec {
  location: string;
  format: SourceFormat;
}

function openText(file: string): Readable {
  const stream = createReadStream(file);
  if (file.endsWith(".br")) return stream.pipe(createBrotliDecompress());
  if (file.endsWith(".gz")) return stream.pipe(createGunzip());
  return stream;
}

async function firstLine(file: string): Promise<string | undefined> {
  const lines = createInterface({ input: openText(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim()) {
      lines.close();
      return line;
    }
  }
  return undefined;
}

/** Works out a source's format from its location (and the keys of a JSONL file's first record). */
export async function detectFormat(location: string): Promise<SourceFormat> {
  if (/^synthetic:\d+(:\d+)?$/.test(location)) return "synthetic";
  if (!existsSync(location)) {
    throw new LeianError("invalid_source", `Source not found: ${location}`);
  }
  if (statSync(location).isDirectory()) return "files";
  const line = await firstLine(location);
  if (line === undefined) return "records";
  let keys: string[];
  try {
    keys = Object.keys(JSON.parse(line) as object);
  } catch {
    throw new LeianError(
      "invalid_source",
      `${location}:1 is not JSON; name the format with --format, or pass a directory of .txt/.html/.docx files`,
    );
  }
  if (keys.includes("qw") && keys.includes("writName")) return "lecard";
  if (keys.includes("markdown") && keys.includes("collection")) return "cases";
  return "records";
}

/** Parses `synthetic:N[:seed]`. */
export function syntheticSpec(location: string): { count: number; seed: number } {
  const [, count, seed] = location.split(":");
  return { count: Number(count), seed: Number(seed ?? 1) };
}

const FILE_EXTENSIONS = new Set([".txt", ".html", ".htm", ".docx"]);

async function* walk(dir: string): AsyncGenerator<string> {
  // Sorted so a resumed job sees the same order as the run it resumes.
  const entries: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(dir)) entries.push({ name: entry.name, dir: entry.isDirectory() });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.dir) yield* walk(full);
    else if (FILE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) yield full;
  }
}

/** Streams every item of every source, numbered across sources in order. */
export async function* readSources(
  specs: SourceSpec[],
  generate: (
    count: number,
    seed: number,
  ) => Iterable<{ id: string; text: string; meta: Record<string, unknown> }>,
): AsyncGenerator<SourceItem> {
  let seq = 0;
  for (const spec of specs) {
    if (spec.format === "synthetic") {
      const { count, seed } = syntheticSpec(spec.location);
      let n = 0;
      for (const item of generate(count, seed)) {
        n++;
        yield { seq: ++seq, locator: `synthetic#${n}`, raw: { kind: "synthetic", ...item } };
      }
    } else if (spec.format === "files") {
      for await (const file of walk(spec.location)) {
        yield { seq: ++seq, locator: file, raw: { kind: "file", path: file, root: spec.location } };
      }
    } else {
      const format = spec.format;
      const lines = createInterface({ input: openText(spec.location), crlfDelay: Number.POSITIVE_INFINITY });
      let lineNo = 0;
      for await (const line of lines) {
        lineNo++;
        if (!line.trim()) continue;
        yield { seq: ++seq, locator: `${spec.location}:${lineNo}`, raw: { kind: "json", format, line } };
      }
    }
  }
}
