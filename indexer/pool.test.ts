import { describe, expect, it } from "vitest";
import { generateJudgments } from "./generate.ts";
import { convertAll, defaultWorkers } from "./pool.ts";
import { readSources } from "./sources.ts";

describe("defaultWorkers", () => {
  it("leaves a core to this process and one to Elasticsearch", () => {
    expect(defaultWorkers(1)).toBe(0);
    expect(defaultWorkers(2)).toBe(0);
    expect(defaultWorkers(4)).toBe(2);
    expect(defaultWorkers(16)).toBe(14);
  });
});

describe("convertAll", () => {
  const items = (n: number) =>
    readSources([{ location: `synthetic:${n}:5`, format: "synthetic" }], (count, seed) =>
      generateJudgments({ count, seed }),
    );

  it("converts every item once through worker processes, and inline, alike", async () => {
    const viaWorkers: string[] = [];
    for await (const c of convertAll(items(40), { workers: 2, batchSize: 4, inflightPerWorker: 2 })) {
      expect("error" in c, JSON.stringify(c).slice(0, 200)).toBe(false);
      viaWorkers.push((c as { id: string }).id);
    }
    const inline: string[] = [];
    for await (const c of convertAll(items(40), { workers: 0, batchSize: 4, inflightPerWorker: 2 })) {
      inline.push((c as { id: string }).id);
    }
    expect(viaWorkers).toHaveLength(40);
    expect(new Set(viaWorkers).size).toBe(40);
    expect([...viaWorkers].sort()).toEqual([...inline].sort());
  });
});
