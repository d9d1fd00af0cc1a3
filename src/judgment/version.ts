/**
 * The version of judgment understanding: a SHA-256 prefix of the sources that turn a judgment into
 * its index document — this folder (parsing), src/cases (authoritative write-ups, indexed beside
 * the judgments), src/text (folding, segmentation, excerpts; the dictionary has its own version),
 * src/search/documents.ts, the charge model built beside the index (src/search/charge-model.ts) and
 * the reversals derived in it (src/search/reversals.ts) — tests excluded. Stored with every index
 * build beside the dictionary version, so that an index built by other rules (a charge renamed, a
 * new outcome pattern, text folded differently) is recognised as stale and rebuilt by the
 * evaluation and benchmarks instead of being measured as if it were current.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** .ts from the sources, .js once compiled (npm run build). */
const EXT = path.extname(import.meta.filename);
const SOURCES = [
  import.meta.dirname,
  path.join(import.meta.dirname, "../cases"),
  path.join(import.meta.dirname, "../text"),
  path.join(import.meta.dirname, `../search/documents${EXT}`),
  path.join(import.meta.dirname, `../search/charge-model${EXT}`),
  // Which judgments are marked reversed by a later instance in the index.
  path.join(import.meta.dirname, `../search/reversals${EXT}`),
];

let cached: string | undefined;

export function understandingVersion(): string {
  if (cached !== undefined) return cached;
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    const files = source.endsWith(EXT)
      ? [source]
      : readdirSync(source)
          .sort()
          .filter((name) => name.endsWith(EXT) && !name.endsWith(`.test${EXT}`))
          .map((name) => path.join(source, name));
    for (const file of files) {
      hash
        .update(path.relative(path.dirname(import.meta.dirname), file))
        .update("\0")
        .update(readFileSync(file))
        .update("\0");
    }
  }
  cached = hash.digest("hex").slice(0, 12);
  return cached;
}
