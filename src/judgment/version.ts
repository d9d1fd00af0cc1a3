/**
 * The version of judgment understanding: a SHA-256 prefix of this folder's sources (tests excluded).
 * Stored with every index build beside the dictionary version, so that an index built by other
 * parsing rules (a charge renamed, a new outcome pattern) is recognised as stale and rebuilt by the
 * evaluation and benchmarks instead of being measured as if it were current.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

export function understandingVersion(): string {
  if (cached !== undefined) return cached;
  const dir = import.meta.dirname;
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
    hash
      .update(name)
      .update("\0")
      .update(readFileSync(path.join(dir, name)))
      .update("\0");
  }
  cached = hash.digest("hex").slice(0, 12);
  return cached;
}
