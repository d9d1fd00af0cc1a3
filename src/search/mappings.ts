/**
 * Versioned index definitions from `mappings/<name>.v<version>.json`, read through aliases.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { estypes } from "@elastic/elasticsearch";
import type { Client } from "./client.ts";
import { aliasTargets } from "./indices.ts";

const mappingsDir = path.resolve(import.meta.dirname, "../../mappings");

export interface IndexDefinition {
  name: string;
  version: number;
  settings: estypes.IndicesIndexSettings;
  mappings: estypes.MappingTypeMapping;
}

/** Reads `mappings/<name>.v<version>.json` (comments under `_comment` are dropped). */
export function loadIndexDefinition(name: string, version: number): IndexDefinition {
  const file = path.join(mappingsDir, `${name}.v${version}.json`);
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    settings: estypes.IndicesIndexSettings;
    mappings: estypes.MappingTypeMapping;
  };
  return { name, version, settings: json.settings, mappings: json.mappings };
}

/** Current schema versions; bump together with a new mapping file. */
export const CURRENT_VERSIONS = { judgments: 8, reports: 1, "report-events": 1, audits: 1 } as const;

interface FieldMapping {
  type?: string;
  meta?: unknown;
  store?: boolean;
  index_options?: string;
  analyzer?: string;
  search_analyzer?: string;
}
type Mapping =
  | {
      _source?: { excludes?: string[] };
      properties?: Record<string, FieldMapping>;
      _meta?: { version?: unknown };
    }
  | undefined;

/** What decides how an index answers: fields, types, analyzers, field meta, storage and what _source keeps. */
function mappingSignature(mapping: Mapping): string {
  return JSON.stringify({
    fields: Object.entries(mapping?.properties ?? {})
      .map(([name, p]) => [
        name,
        p.type ?? "object",
        p.meta ?? null,
        p.store ?? false,
        p.index_options ?? null,
        p.analyzer ?? null,
        p.search_analyzer ?? null,
      ])
      .sort(),
    sourceExcludes: [...(mapping?._source?.excludes ?? [])].sort(),
    // A version may change only how documents are built (v6: statute keys, ranking's court code).
    version: mapping?._meta?.version ?? null,
  });
}

/**
 * Whether `index` has the current definition's version, fields, types, field `meta` (which carries
 * the versions of extraction rules, e.g. the circumstances'), stored fields, index options and _source
 * excludes: an index built before a mapping change must be rebuilt before its figures mean anything.
 */
export async function hasCurrentMapping(
  client: Client,
  index: string,
  def: IndexDefinition,
): Promise<boolean> {
  const live = (await client.indices.getMapping({ index }))[index]?.mappings as Mapping;
  return mappingSignature(live) === mappingSignature(def.mappings as Mapping);
}

/**
 * Whether the judgments indices behind `alias` (one, or two during a swap) were built with the
 * current definition; undefined without the alias. The service still answers from an older index,
 * with less (before v3: no full-text highlights, circumstances compared the old way; before v4: no
 * excerpts in similar-case results; before v5: similar-case and keyword searches run twice, the second
 * time reading each field on its own or the stored record, src/retrieval): operators
 * see it in /readyz and the start-up log, and rebuild with `indexer reindex`.
 */
export async function judgmentsIndexFreshness(
  client: Client,
  alias: string,
): Promise<{ indices: string[]; current: boolean } | undefined> {
  const indices = (await aliasTargets(client, alias)).sort();
  if (indices.length === 0) return undefined;
  return { indices, current: await judgmentsIndicesCurrent(client, indices) };
}

/** Whether every one of `indices` has the current judgments definition. */
export async function judgmentsIndicesCurrent(client: Client, indices: readonly string[]): Promise<boolean> {
  const def = currentJudgmentsDefinition();
  const current = await Promise.all(indices.map((index) => hasCurrentMapping(client, index, def)));
  return current.every(Boolean);
}

let judgmentsDefinition: IndexDefinition | undefined;
function currentJudgmentsDefinition(): IndexDefinition {
  judgmentsDefinition ??= loadIndexDefinition("judgments", CURRENT_VERSIONS.judgments);
  return judgmentsDefinition;
}
