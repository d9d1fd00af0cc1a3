import { describe, expect, it } from "vitest";
import { scopeQuery } from "./engine.ts";

describe("scopeQuery", () => {
  it("audits effective judgments only: no withdrawn or reversed one, no authoritative write-up", () => {
    const query = scopeQuery({ charges: ["盗窃"] });
    const filter = (query?.bool?.filter ?? []) as unknown[];
    expect(filter).toContainEqual({ term: { status: "effective" } });
    expect(filter).toContainEqual({ terms: { charges: ["盗窃罪"] } });
    const excluded = JSON.stringify(filter.find((f) => JSON.stringify(f).includes("must_not")));
    for (const source of [
      "spc-guiding",
      "spp-guiding",
      "spc-gazette",
      "criminal-trial-reference",
      "people-judicature",
    ])
      expect(excluded).toContain(source);
  });
});
