/**
 * One source item → one index document: parse (judgment or authoritative case), give it a stable
 * id, segment it. Runs inside worker threads (indexer/worker.ts) or inline for small jobs.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseAuthoritativeCase } from "../src/cases/parse.ts";
import { judgmentId } from "../src/judgment/identity.ts";
import { parseJudgment } from "../src/judgment/parse.ts";
import { JudgmentRecord, Status, Tier } from "../src/judgment/record.ts";
import { toJudgmentDocument } from "../src/search/documents.ts";
import { decodeText, type RawItem, type SourceItem } from "./sources.ts";

export type Converted =
  | { seq: number; locator: string; id: string; json: string; warnings: number }
  | { seq: number; locator: string; error: string };

async function htmlToText(html: string): Promise<string> {
  const { convert } = await import("html-to-text");
  return convert(html, { wordwrap: false, selectors: [{ selector: "a", options: { ignoreHref: true } }] });
}

async function docxToText(file: string): Promise<string> {
  const mammoth = await import("mammoth");
  const { value } = await mammoth.extractRawText({ path: file });
  return value;
}

function requireString(obj: Record<string, unknown>, key: string): string {
  const value = obj[key];
  if (typeof value !== "string" || value.trim() === "") throw new Error(`field "${key}" is missing or empty`);
  return value;
}

function asObject(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    // A BOM inside a file (JSONL files joined with `cat`) is invisible to whoever reads the reason.
    value = JSON.parse(line.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`invalid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new Error("a line must be a JSON object");
  return value as Record<string, unknown>;
}

const RECORD_META_KEYS = ["title", "source", "sourceId", "tier", "status", "synthetic"] as const;

/** The parsed record of a raw source item, with its identity (src/judgment/identity.ts). */
export async function toRecord(raw: RawItem): Promise<JudgmentRecord> {
  switch (raw.kind) {
    case "synthetic":
      return parseJudgment(raw.text, { ...raw.meta, sourceId: raw.id, source: "synthetic", synthetic: true });
    case "file": {
      const ext = path.extname(raw.path).toLowerCase();
      const text =
        ext === ".docx"
          ? await docxToText(raw.path)
          : ext === ".txt"
            ? decodeText(await readFile(raw.path))
            : await htmlToText(decodeText(await readFile(raw.path), { html: true }));
      if (!text.trim()) throw new Error("the file holds no text");
      return parseJudgment(text, { source: "files", sourceId: path.relative(raw.root, raw.path) });
    }
    case "unreadable":
      throw new Error(raw.reason);
    case "json": {
      const obj = asObject(raw.line);
      if (raw.format === "lecard") {
        return parseJudgment(requireString(obj, "qw"), {
          source: "lecard",
          sourceId: String(obj.id ?? ""),
          title: typeof obj.writName === "string" ? obj.writName : undefined,
        });
      }
      if (raw.format === "cases") {
        const record = parseAuthoritativeCase(
          requireString(obj, "markdown"),
          requireString(obj, "collection"),
        );
        return { ...record, sourceId: typeof obj.file === "string" ? obj.file : record.sourceId };
      }
      // records: a full record is validated as such; otherwise the text is parsed.
      if ("sections" in obj && "parties" in obj) {
        const parsed = JudgmentRecord.safeParse({ id: "", source: "records", ...obj });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new Error(
            `invalid record at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "unknown"}`,
          );
        }
        return parsed.data;
      }
      const meta: Record<string, unknown> = { source: "records" };
      for (const key of RECORD_META_KEYS) if (obj[key] !== undefined) meta[key] = obj[key];
      // A status or tier the record schema does not know is the source's error: the record goes to
      // the dead-letter file with its line, never indexed as effective.
      for (const [key, schema] of [
        ["status", Status],
        ["tier", Tier],
      ] as const) {
        if (meta[key] !== undefined && !schema.safeParse(meta[key]).success)
          throw new Error(`invalid ${key} ${JSON.stringify(meta[key])}: one of ${schema.options.join(", ")}`);
      }
      if (meta.sourceId === undefined && obj.id !== undefined) meta.sourceId = String(obj.id);
      return parseJudgment(requireString(obj, "text"), meta);
    }
  }
}

/** Converts one item; never throws (a failure becomes an error result for the dead-letter file). */
export async function convertItem(item: SourceItem): Promise<Converted> {
  try {
    const record = await toRecord(item.raw);
    // Full records arriving as JSONL may carry no id of their own.
    const withId = record.id ? record : { ...record, id: judgmentId(record) };
    return {
      seq: item.seq,
      locator: item.locator,
      id: withId.id,
      json: JSON.stringify(toJudgmentDocument(withId)),
      warnings: withId.warnings.length,
    };
  } catch (error) {
    return { seq: item.seq, locator: item.locator, error: (error as Error).message ?? String(error) };
  }
}
