import { describe, expect, it } from "vitest";
import { engineWallMs } from "./timing.ts";

describe("engineWallMs", () => {
  it("counts time with any engine call in flight once, however many ran in parallel", () => {
    expect(engineWallMs([])).toBe(0);
    expect(engineWallMs([[0, 10]])).toBe(10);
    // Two parallel calls, then one after a gap.
    expect(
      engineWallMs([
        [20, 30],
        [0, 10],
        [5, 12],
      ]),
    ).toBe(22);
    // One call inside another.
    expect(
      engineWallMs([
        [0, 10],
        [2, 4],
      ]),
    ).toBe(10);
  });
});
