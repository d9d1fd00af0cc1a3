import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

// A bare `node test/bench/x.ts` runs on whatever Node is on PATH; Node 20 refuses .ts files
// (ERR_UNKNOWN_FILE_EXTENSION). Through npm, node_modules/.bin's Node 24 (the `node` package) runs it.
describe("package.json scripts", () => {
  it("run every benchmark through npm, so on the project's Node 24", () => {
    const benches = readdirSync(path.join(root, "test/bench")).filter((f) => f.endsWith(".ts"));
    expect(benches.length).toBeGreaterThan(0);
    const run = Object.values(pkg.scripts);
    const withoutScript = benches.filter(
      (f) => !run.some((s) => new RegExp(`^node (?:--\\S+ )*test/bench/${f.replace(".", "\\.")}\\b`).test(s)),
    );
    expect(withoutScript).toEqual([]);
  });

  it("name them bench:<file>", () => {
    expect(pkg.scripts["bench:audit"]).toBe("node test/bench/audit.ts");
    expect(pkg.scripts["bench:report-export"]).toBe("node test/bench/report-export.ts");
  });
});
