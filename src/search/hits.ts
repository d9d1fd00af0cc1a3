/**
 * Reading search hits. Fetching a hit's `_id` (or any stored field) makes Lucene decompress the
 * block of stored fields holding the judgment — its full text, tens of kilobytes: on 100k judgments
 * that was 16 of the 22 ms of a 100-hit query that needs nothing but ids and scores. Queries that
 * need only doc values therefore ask for `stored_fields: "_none_"` (no `_id`, no `_source`) and read
 * the document id from the `id` keyword's doc values (`hitId`).
 */
import type { estypes } from "@elastic/elasticsearch";
import { decodeBinary } from "./documents.ts";

/** The request fragment for hits without stored fields; add `id` to `docvalue_fields`. */
export const NO_STORED_FIELDS = { stored_fields: "_none_" } as const;

/** A hit's document id: from the `id` doc values when requested, else `_id`. */
export function hitId(hit: estypes.SearchHit<unknown>): string {
  const values = hit.fields?.id as unknown[] | undefined;
  if (typeof values?.[0] === "string") return values[0];
  if (hit._id !== undefined) return hit._id;
  throw new Error('a hit without stored fields needs the `id` doc value (docvalue_fields: ["id"])');
}

const MULTI_VALUED = new Set([
  "charges",
  "causes",
  "statutes",
  "circumstances",
  "factCircumstances",
  "penaltyKinds",
]);

/** A hit's doc-value fields as one object: lists stay lists, single values are unwrapped. */
export function readCandidate<T>(hit: estypes.SearchHit<unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [field, values] of Object.entries(hit.fields ?? {})) {
    out[field] = MULTI_VALUED.has(field) ? values : (values as unknown[])[0];
  }
  out.id = hitId(hit);
  return out as T;
}

/**
 * A hit's binary doc value `field` as the indexer wrote it (src/search/documents.ts encodeBinary),
 * requested with `docvalue_fields`; undefined when the hit has none (an index built before mappings
 * v5 has neither `ranking` nor `card`).
 */
export function readBinary<T>(hit: estypes.SearchHit<unknown>, field: "ranking" | "card"): T | undefined {
  const values = hit.fields?.[field] as unknown[] | undefined;
  if (typeof values?.[0] !== "string") return undefined;
  return decodeBinary<T>(values[0]);
}

/** A stored text field of a hit (requested with `stored_fields`), "" when absent. */
export function storedText(hit: estypes.SearchHit<unknown>, field: string): string {
  const values = hit.fields?.[field] as unknown[] | undefined;
  return typeof values?.[0] === "string" ? values[0] : "";
}
