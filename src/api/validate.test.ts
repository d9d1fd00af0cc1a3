import { describe, expect, it } from "vitest";
import { LeianError } from "../errors.ts";
import { RelatedRequest } from "./routes/related/schema.ts";
import { parseRequest } from "./validate.ts";

function problems(value: unknown): { path: string; message: string }[] {
  try {
    parseRequest(RelatedRequest, value);
  } catch (e) {
    if (e instanceof LeianError) return (e.details ?? []) as { path: string; message: string }[];
    throw e;
  }
  return [];
}

describe("parseRequest", () => {
  it("names an unknown field by its own path, in Chinese", () => {
    expect(problems({ caseId: "a", caseNumber: "（2019）京0108民初100号" })).toEqual([
      { path: "caseNumber", message: "不支持的字段：caseNumber" },
    ]);
  });

  it("refuses text that is no case number, at its index", () => {
    const [problem] = problems({ caseNumbers: ["（2019）京0108民初100号", "abc"] });
    expect(problem?.path).toBe("caseNumbers.1");
    expect(problem?.message).toMatch(/不是案号/);
    expect(problems({ caseNumbers: ["2016苏01刑终80号", "（２０１４）乳刑初字第２３４号"] })).toEqual([]);
  });
});
