/**
 * Versioned index definitions from `mappings/<name>.v<version>.json`, read through aliases.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { estypes } from "@elastic/elasticsearch";

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
export const CURRENT_VERSIONS = { judgments: 1 } as const;
