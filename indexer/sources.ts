/**
 * Sources the indexer reads, streamed one item at a time (memory independent of corpus size):
 * - `records`: JSONL, one judgment a line — a full JudgmentRecord or `{text, id?, title?, source?…}`;
 * - `lecard`: the LeCaRD candidates JSONL (`id`, `qw`, `writName`…);
 * - `cases`: the authoritative-case collection JSONL (`collection`, `file`, `title`, `markdown`);
 * - `files`: a directory of `.txt` / `.html` / `.docx` judgments, one per file, or one such file;
 * - `synthetic:N[:seed]`: N generated judgments (indexer/generate.ts);
 * - `dead-letters`: a job's dead-letter file (indexer/pipeline.ts): the lines it kept (`record`),
 *   as fixed there, read again at their first place (`indexer replay`).
 * JSONL may be Brotli (`.br`) or gzip (`.gz`) compressed. Parsing happens later, in workers: a source
 * only says where each item came from (`locator`, for dead letters) and carries its raw payload.
 * Text is UTF-8 (a BOM is dropped) or UTF-16 with a BOM; a line or file in any other encoding is
 * refused with its place and the way to convert it, never indexed as mojibake.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { opendir } from "node:fs/promises";
import path from "node:path";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip } from "node:zlib";
import { LeianError } from "../src/errors.ts";

export type SourceFormat = "records" | "lecard" | "cases" | "files" | "synthetic" | "dead-letters";

export type RawItem =
  | { kind: "json"; format: "records" | "lecard" | "cases"; line: string }
  | { kind: "file"; path: string; root: string }
  | { kind: "synthetic"; id: string; text: string; meta: Record<string, unknown> }
  /** A line that could not be read as text (e.g. not UTF-8): dead-lettered with its reason. */
  | { kind: "unreadable"; reason: string };

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

const NOT_UTF8 = "not UTF-8 (GBK?): convert it, e.g. `iconv -f GBK -t UTF-8 in > out`, and rerun";
const NUL_BYTES =
  "holds NUL bytes (UTF-16 without a byte-order mark?): convert it, e.g. `iconv -f UTF-16LE -t UTF-8 in > out`, and rerun";

/** The encoding a byte-order mark names (the UTF-8 one is dropped by the UTF-8 decoder itself). */
function utf16Of(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** The charset an HTML file declares in a `<meta>` within its first 1024 bytes (the HTML prescan's window). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-8 text without a UTF-16 BOM's chance: what a JSONL line must be. */
function decodeUtf8(bytes: Uint8Array): string {
  const text = decodeStrict(bytes, "utf-8");
  if (text === undefined) throw new Error(NOT_UTF8);
  if (text.includes("\u0000")) throw new Error(NUL_BYTES);
  return text;
}

/**
 * The text of a judgment file's bytes: UTF-16 when a BOM says so, else UTF-8 (BOM dropped), else, for
 * HTML, the charset its `<meta>` declares (`gbk`, `gb2312`…). Valid UTF-8 wins over a declaration
 * because a page saved as UTF-8 often keeps its original `<meta charset="gbk">`, while GBK text is
 * practically never valid UTF-8. Throws a message saying how to convert the file otherwise.
 */
export function decodeText(bytes: Uint8Array, options: { html?: boolean } = {}): string {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text === undefined)
      throw new Error(`not valid ${utf16.toUpperCase()} although its byte-order mark says so`);
    return text;
  }
  const charset = options.html ? declaredCharset(bytes) : undefined;
  if (!charset || /^utf-?8$/i.test(charset) || decodeStrict(bytes, "utf-8") !== undefined)
    return decodeUtf8(bytes);
  try {
    new TextDecoder(charset);
  } catch {
    throw new Error(`declares charset ${charset}, which the indexer cannot decode: convert it to UTF-8`);
  }
  const text = decodeStrict(bytes, charset);
  if (text === undefined) throw new Error(`not valid ${charset} although its <meta> declares it`);
  return text;
}

function openText(file: string): Readable {
  const stream = createReadStream(file);
  const decompress = file.endsWith(".br")
    ? createBrotliDecompress()
    : file.endsWith(".gz")
      ? createGunzip()
      : undefined;
  // `pipeline`, not `pipe`: a file that cannot be read must fail the decompressed stream too.
  return decompress ? pipeline(stream, decompress, () => undefined) : stream;
}

type Line = { lineNo: number; text: string } | { lineNo: number; error: string };

/**
 * A JSONL file's lines, each decoded on its own so one line in another encoding is reported with its
 * number (an item for the dead-letter file), not decoded lossily into mojibake. A UTF-8 BOM is
 * dropped; a file with a UTF-16 BOM is read as UTF-16. A failure to read the file (a truncated
 * `.br`/`.gz`, a file gone) comes after every line read completely before it, as a LeianError
 * `source_unreadable` naming the file and the last line read.
 */
async function* jsonLines(file: string): AsyncGenerator<Line> {
  let lineNo = 0;
  try {
    const chunks = (openText(file) as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    let head = Buffer.alloc(0);
    while (head.length < 2) {
      const next = await chunks.next();
      if (next.done) break;
      head = Buffer.concat([head, next.value]);
    }
    const utf16 = utf16Of(head);
    async function* all(): AsyncGenerator<Buffer> {
      try {
        if (head.length > 0) yield head;
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
      } finally {
        // A reader that stops early (format detection) closes the file.
        await chunks.return?.();
      }
    }
    if (utf16) {
      // The BOM makes the encoding certain: the whole stream is decoded as such.
      const decoder = new TextDecoder(utf16, { fatal: true });
      let pending = "";
      for await (const chunk of all()) {
        const lines = (pending + decoder.decode(chunk, { stream: true })).split("\n");
        pending = lines.pop() ?? "";
        for (const text of lines) yield { lineNo: ++lineNo, text: text.replace(/\r$/, "") };
      }
      pending += decoder.decode();
      if (pending) yield { lineNo: ++lineNo, text: pending.replace(/\r$/, "") };
      return;
    }
    let pending: Buffer[] = [];
    const line = (bytes: Buffer): Line => {
      lineNo++;
      const end = bytes.at(-1) === 0x0d ? bytes.length - 1 : bytes.length;
      try {
        return { lineNo, text: decodeUtf8(bytes.subarray(0, end)) };
      } catch (error) {
        return { lineNo, error: (error as Error).message };
      }
    };
    for await (const chunk of all()) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        pending.push(chunk.subarray(start, nl));
        yield line(Buffer.concat(pending));
        pending = [];
        start = nl + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
    if (pending.length > 0) yield line(Buffer.concat(pending));
  } catch (error) {
    const where = lineNo === 0 ? "could not be read" : `could not be read past line ${lineNo}`;
    throw new LeianError("source_unreadable", `${file} ${where}: ${(error as Error).message}`, {
      details: { file, line: lineNo },
      cause: error,
    });
  }
}

/** Lines looked at to detect a JSONL file's format: one bad first line does not decide it. */
const DETECT_LINES = 5;

const FILE_EXTENSIONS = new Set([".txt", ".html", ".htm", ".docx"]);
const FILE_TYPES = ".txt/.html/.htm/.docx";

function isJudgmentFile(file: string): boolean {
  return FILE_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** The JSONL format a record is in, by its keys. */
function formatOf(value: object): "records" | "lecard" | "cases" {
  const keys = Object.keys(value);
  if (keys.includes("qw") && keys.includes("writName")) return "lecard";
  if (keys.includes("markdown") && keys.includes("collection")) return "cases";
  return "records";
}

/**
 * Works out a source's format from its location: a folder or a `.txt`/`.html`/`.docx` file is
 * `files`; JSONL by the keys of its first record among its first few non-empty lines.
 */
export async function detectFormat(location: string): Promise<SourceFormat> {
  if (/^synthetic:\d+(:\d+)?$/.test(location)) return "synthetic";
  if (!existsSync(location)) {
    throw new LeianError("invalid_source", `Source not found: ${location}`);
  }
  if (statSync(location).isDirectory() || isJudgmentFile(location)) return "files";
  let seen = 0;
  let firstProblem: string | undefined;
  for await (const line of jsonLines(location)) {
    if ("text" in line && !line.text.trim()) continue;
    // Text in another encoding is the file's problem, not a line's: no format would read it.
    if ("error" in line)
      throw new LeianError("invalid_source", `${location}:${line.lineNo} is ${line.error}`);
    let problem: string;
    try {
      const value: unknown = JSON.parse(line.text);
      if (value !== null && typeof value === "object" && !Array.isArray(value)) return formatOf(value);
      problem = "not a JSON object";
    } catch (error) {
      problem = `not JSON (${(error as Error).message})`;
    }
    firstProblem ??= `line ${line.lineNo} is ${problem}`;
    if (++seen >= DETECT_LINES) break;
  }
  if (firstProblem === undefined) return "records";
  throw new LeianError(
    "invalid_source",
    `${location} is not JSONL with a record among its first ${seen} non-empty lines: ${firstProblem}. A JSONL source holds one JSON object a line (--format records sends each bad line to the dead-letter file); judgments as ${FILE_TYPES} files are given as such or as a folder of them`,
  );
}

/**
 * Checks a source against a format named with `--format`, before anything is read; returns the
 * format. `readSources` checks the same, so a job fails with this message rather than EISDIR/ENOTDIR.
 */
export function checkFormat(location: string, format: SourceFormat): SourceFormat {
  if (format === "synthetic") return format;
  if (!existsSync(location)) throw new LeianError("invalid_source", `Source not found: ${location}`);
  const folder = statSync(location).isDirectory();
  if (format === "files" && !folder && !isJudgmentFile(location)) {
    throw new LeianError(
      "invalid_source",
      `${location}: --format files reads a folder or one ${FILE_TYPES} file, not ${path.extname(location) || "a file without extension"}`,
    );
  }
  if (format !== "files" && folder) {
    throw new LeianError(
      "invalid_source",
      `${location} is a folder: --format ${format} reads one JSONL file; a folder of ${FILE_TYPES} judgments is --format files (or auto)`,
    );
  }
  return format;
}

/**
 * How many items the sources hold, when that is cheap to know (a folder's judgment files, a
 * synthetic count); undefined as soon as one is JSONL, whose lines are counted only by reading it.
 */
export async function countItems(specs: SourceSpec[]): Promise<number | undefined> {
  let total = 0;
  for (const spec of specs) {
    if (spec.format === "synthetic") total += syntheticSpec(spec.location).count;
    else if (spec.format !== "files") return undefined;
    else if (!statSync(spec.location).isDirectory()) total++;
    else for await (const file of walk(spec.location)) if (isJudgmentFile(file)) total++;
  }
  return total;
}

/** One line of a dead-letter file (indexer/pipeline.ts), as far as reading it again needs. */
interface DeadLetter {
  locator?: string;
  stage?: string;
  record?: unknown;
}

/** Dead letters that are not failures: an operator's decision kept, a record replaced within its job. */
const NOT_FAILURES = new Set(["decision", "duplicate"]);

/** A dead-letter file's line, or why it is not one (an operator's edit broke it). */
function readLetter(text: string): DeadLetter | string {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as DeadLetter;
    return "not a dead letter (a JSON object a line): fix it and replay again";
  } catch (error) {
    return `not a dead letter (${(error as Error).message}): fix it and replay again`;
  }
}

/** The format of a dead letter's record: its source's, by its keys (records when it is no JSON yet). */
function recordFormat(record: string): "records" | "lecard" | "cases" {
  try {
    const value: unknown = JSON.parse(record.replace(/^\uFEFF/, ""));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? formatOf(value) : "records";
  } catch {
    return "records";
  }
}

/** Parses `synthetic:N[:seed]`. */
export function syntheticSpec(location: string): { count: number; seed: number } {
  const [, count, seed] = location.split(":");
  return { count: Number(count), seed: Number(seed ?? 1) };
}

/** Every file under a folder, judgment files or not, sorted so a resumed job sees the same order. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(dir)) entries.push({ name: entry.name, dir: entry.isDirectory() });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.dir) yield* walk(full);
    else yield full;
  }
}

/**
 * One warning per folder source holding files the indexer does not read (`.pdf`, `.doc`, `.md`…),
 * with their count and first names, for the operator: `readSources` passes over them.
 */
export async function sourceWarnings(specs: SourceSpec[], listed = 10): Promise<string[]> {
  const warnings: string[] = [];
  for (const spec of specs) {
    if (spec.format === "dead-letters") {
      const kept: string[] = [];
      for await (const line of jsonLines(spec.location)) {
        const letter = "text" in line && line.text.trim() ? readLetter(line.text) : undefined;
        if (
          typeof letter === "object" &&
          typeof letter.record !== "string" &&
          !NOT_FAILURES.has(`${letter.stage}`)
        )
          kept.push(letter.locator ?? `line ${line.lineNo}`);
      }
      if (kept.length > 0)
        warnings.push(
          `${spec.location}: ${kept.length} dead letter(s) without their record not replayed (a file, an unreadable line, a document too large: fix their source and upsert it again): ${kept.slice(0, listed).join(", ")}${kept.length > listed ? ` and ${kept.length - listed} more` : ""}`,
        );
      continue;
    }
    if (spec.format !== "files" || !existsSync(spec.location) || !statSync(spec.location).isDirectory())
      continue;
    const skipped: string[] = [];
    for await (const file of walk(spec.location)) {
      if (!isJudgmentFile(file)) skipped.push(path.relative(spec.location, file));
    }
    if (skipped.length === 0) continue;
    const names = skipped.slice(0, listed).join(", ");
    const more = skipped.length > listed ? ` and ${skipped.length - listed} more` : "";
    warnings.push(
      `${spec.location}: ${skipped.length} file(s) skipped, not ${FILE_TYPES} (convert them to index them): ${names}${more}`,
    );
  }
  return warnings;
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
      checkFormat(spec.location, spec.format);
      if (!statSync(spec.location).isDirectory()) {
        const file = spec.location;
        yield { seq: ++seq, locator: file, raw: { kind: "file", path: file, root: path.dirname(file) } };
        continue;
      }
      for await (const file of walk(spec.location)) {
        if (!isJudgmentFile(file)) continue;
        yield { seq: ++seq, locator: file, raw: { kind: "file", path: file, root: spec.location } };
      }
    } else if (spec.format === "dead-letters") {
      checkFormat(spec.location, spec.format);
      for await (const line of jsonLines(spec.location)) {
        const place = `${spec.location}:${line.lineNo}`;
        if ("error" in line)
          yield { seq: ++seq, locator: place, raw: { kind: "unreadable", reason: line.error } };
        if (!("text" in line) || !line.text.trim()) continue;
        const letter = readLetter(line.text);
        if (typeof letter === "string")
          yield { seq: ++seq, locator: place, raw: { kind: "unreadable", reason: letter } };
        else if (typeof letter.record === "string" && !NOT_FAILURES.has(`${letter.stage}`))
          yield {
            seq: ++seq,
            // Its first place, so a letter that fails again says where the record came from.
            locator: letter.locator ?? place,
            raw: { kind: "json", format: recordFormat(letter.record), line: letter.record },
          };
      }
    } else {
      const format = spec.format;
      checkFormat(spec.location, format);
      for await (const line of jsonLines(spec.location)) {
        const locator = `${spec.location}:${line.lineNo}`;
        if ("error" in line) yield { seq: ++seq, locator, raw: { kind: "unreadable", reason: line.error } };
        else if (line.text.trim())
          yield { seq: ++seq, locator, raw: { kind: "json", format, line: line.text } };
      }
    }
  }
}
