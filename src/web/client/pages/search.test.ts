import { describe, expect, it } from "vitest";
import { unreadFilters } from "./search.ts";

describe("the search page's warning of filter values it could not read", () => {
  it("names unknown charges, causes and courts, and says nothing when all were read", () => {
    expect(unreadFilters({ unrecognisedCauses: ["信息公开"] })).toBe(
      "筛选条件中，案由“信息公开”不在民事、行政案件案由规定中，已按原文匹配，请核对。",
    );
    expect(unreadFilters({ unrecognisedCharges: ["醉驾"], unrecognisedCourts: ["某某区人民法院"] })).toBe(
      "筛选条件中，罪名“醉驾”不在现行罪名表中；案例库中未找到法院“某某区人民法院”，已按原文匹配，请核对。",
    );
    expect(unreadFilters({})).toBe("");
  });
});
