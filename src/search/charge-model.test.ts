import { describe, expect, it } from "vitest";
import { centroid, chargeScores } from "./charge-model.ts";

describe("charge model", () => {
  const fights = [
    ["聚众", "斗殴", "持械", "纠集"],
    ["聚众", "斗殴", "纠集", "双方"],
  ];
  const injuries = [
    ["殴打", "轻伤", "被害人", "2019"],
    ["殴打", "轻伤", "持械", "被害人"],
  ];
  const idf = () => 1;

  it("keeps a label's heaviest terms, unit length, numbers left out", () => {
    const c = centroid(injuries, idf, 3);
    expect(c).toHaveLength(3);
    expect(Math.hypot(...c.map(([, w]) => w))).toBeCloseTo(1, 3);
    expect(c.map(([t]) => t)).not.toContain("2019");
    // Words every judgment of the label shares weigh most.
    expect(
      centroid(fights, idf, 3)
        .map(([t]) => t)
        .sort(),
    ).toEqual(["斗殴", "纠集", "聚众"]);
    // A rarer word weighs more where idf says so.
    expect(centroid(fights, (t) => (t === "双方" ? 10 : 1), 1)).toEqual([["双方", 1]]);
  });

  it("scores each label by closeness to the facts, the closest 1", () => {
    const model = { centroids: { 聚众斗殴罪: centroid(fights, idf), 故意伤害罪: centroid(injuries, idf) } };
    const scores = chargeScores(model, ["纠集", "聚众", "持械", "斗殴"], idf);
    expect(scores.get("聚众斗殴罪")).toBe(1);
    expect(scores.get("故意伤害罪")).toBeLessThan(0.5);
    expect(chargeScores(model, ["无关"], idf).size).toBe(0);
  });

  it("scores only the labels kept, the closest of them 1", () => {
    const model = { centroids: { 聚众斗殴罪: centroid(fights, idf), 故意伤害罪: centroid(injuries, idf) } };
    const scores = chargeScores(model, ["纠集", "聚众", "持械", "斗殴"], idf, (l) => l !== "聚众斗殴罪");
    expect([...scores.keys()]).toEqual(["故意伤害罪"]);
    expect(scores.get("故意伤害罪")).toBe(1);
  });
});
