import { describe, expect, it } from "vitest";
import { understandingVersion } from "./version.ts";

describe("understandingVersion", () => {
  it("is a stable 12-hex-digit digest of the parsing rules", () => {
    expect(understandingVersion()).toMatch(/^[0-9a-f]{12}$/);
    expect(understandingVersion()).toBe(understandingVersion());
  });
});
