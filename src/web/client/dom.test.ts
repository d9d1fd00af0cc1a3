import { describe, expect, it } from "vitest";
import { fieldPathLabel } from "./dom.ts";

describe("fieldPathLabel: an API field path in the words of the form", () => {
  const labels = {
    statutes: "适用法条",
    proposed: "拟判结果",
    "proposed.months": "刑期（月）",
    "submittedCases.citation": "提交案例：案例（案号或名称）",
    queries: "补充关键词检索",
  };

  it("names a list's item by its place, counted from one", () => {
    expect(fieldPathLabel("statutes.0", labels)).toBe("适用法条（第1项）");
    expect(fieldPathLabel("submittedCases.1.citation", labels)).toBe("提交案例：案例（案号或名称）（第2项）");
    expect(fieldPathLabel("queries.2.q", labels)).toBe("补充关键词检索（第3项）");
  });

  it("prefers the longest key, and falls back to its parent's", () => {
    expect(fieldPathLabel("proposed.months", labels)).toBe("刑期（月）");
    expect(fieldPathLabel("proposed.fine", labels)).toBe("拟判结果");
    expect(fieldPathLabel("proposed", labels)).toBe("拟判结果");
  });

  it("shows a path no key covers as it came", () => {
    expect(fieldPathLabel("filters.tiers.0", labels)).toBe("filters.tiers.0");
    expect(fieldPathLabel("", labels)).toBe("");
    expect(fieldPathLabel("statutesX", labels)).toBe("statutesX");
  });
});
