import { describe, expect, it } from "vitest";
import { centroids, chargeScores } from "./charge-model.ts";

describe("charge model", () => {
  const docs = [
    { tokens: ["聚众", "斗殴", "持械", "纠集"], labels: ["聚众斗殴罪"] },
    { tokens: ["聚众", "斗殴", "纠集", "双方"], labels: ["聚众斗殴罪"] },
    { tokens: ["殴打", "轻伤", "被害人", "2019"], labels: ["故意伤害罪"] },
    { tokens: ["殴打", "轻伤", "持械", "被害人"], labels: ["故意伤害罪", "寻衅滋事罪"] },
  ];

  it("keeps each label's heaviest terms, unit length, numbers left out", () => {
    const model = centroids(docs, 3);
    expect(Object.keys(model)).toEqual(["寻衅滋事罪", "故意伤害罪", "聚众斗殴罪"]);
    for (const centroid of Object.values(model)) {
      expect(centroid.length).toBeLessThanOrEqual(3);
      expect(Math.hypot(...centroid.map(([, w]) => w))).toBeCloseTo(1, 3);
      expect(centroid.map(([t]) => t)).not.toContain("2019");
    }
    // Words every judgment of the label shares weigh most.
    expect(
      model["聚众斗殴罪"]
        ?.slice(0, 3)
        .map(([t]) => t)
        .sort(),
    ).toEqual(["斗殴", "纠集", "聚众"]);
  });

  it("scores each label by closeness to the facts, the closest 1", () => {
    const scores = chargeScores({ centroids: centroids(docs) }, ["纠集", "聚众", "持械", "斗殴"], () => 1);
    expect(scores.get("聚众斗殴罪")).toBe(1);
    expect(scores.get("故意伤害罪")).toBeLessThan(0.5);
    expect(chargeScores({ centroids: centroids(docs) }, ["无关"], () => 1).size).toBe(0);
  });
});
