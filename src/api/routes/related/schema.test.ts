import { describe, expect, it } from "vitest";
import { RelatedRequest, RelatedResponse } from "./schema.ts";

describe("related schemas", () => {
  it("answers an empty caseId with one message, on caseId", () => {
    const parsed = RelatedRequest.safeParse({ caseId: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["caseId"]);
    // Nothing given at all: the one message asking for any of them.
    expect(RelatedRequest.safeParse({}).error?.issues).toHaveLength(1);
  });

  it("declares the birth month the anchor's parties carry", () => {
    const anchor = {
      caseNumbers: [],
      priorCaseNumbers: [],
      parties: [{ name: "张某", role: "被告人", kind: "person", born: "1989-03" }],
    };
    const parsed = RelatedResponse.parse({ anchor, cases: [] });
    expect(parsed.anchor.parties[0]?.born).toBe("1989-03");
  });
});
