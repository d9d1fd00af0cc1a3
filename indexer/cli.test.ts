import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = path.join(import.meta.dirname, "cli.ts");

describe("indexer CLI without a server", () => {
  it("generates a synthetic corpus as records JSONL, every record marked synthetic", async () => {
    const { stdout } = await run(process.execPath, [cli, "generate", "--count", "5", "--seed", "3"]);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; text: string; synthetic: boolean });
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line.synthetic).toBe(true);
      expect(line.text).toMatch(/人民法院/);
    }
    expect(new Set(lines.map((l) => l.id)).size).toBe(5);
  });

  it("rejects a bad option with a message saying what is expected", async () => {
    const failed = await run(process.execPath, [
      cli,
      "reindex",
      "--source",
      "x.jsonl",
      "--max-failure-rate",
      "5",
    ]).catch((e: { stderr: string; code: number }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/between 0 and 1/);
  });
});
