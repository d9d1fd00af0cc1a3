import { describe, expect, it } from "vitest";
import { type Anchor, buildRelatedSearches, organisationCore, shapeRelated, sideOf } from "./related.ts";

const anchor: Anchor = {
  id: "a",
  caseNumbers: ["（2019）京0108民初100号"],
  priorCaseNumbers: [],
  parties: [
    { name: "北京华源科技有限公司", role: "原告", kind: "organisation" },
    { name: "王某甲", role: "被告", kind: "person" },
    { name: "北京市海淀区人民检察院", role: "公诉机关", kind: "organisation" },
  ],
  court: "北京市海淀区人民法院",
  decisionDate: "2019-03-01",
};

describe("related-case building blocks", () => {
  it("reduces organisation names to their distinctive words", () => {
    expect(organisationCore("北京华源科技股份有限公司")).toEqual(["北京", "华源", "科技"]);
    expect(organisationCore("北京华源科技有限责任公司")).toEqual(["北京", "华源", "科技"]);
  });

  it("puts roles on sides", () => {
    expect(sideOf("申请执行人")).toBe("原告方");
    expect(sideOf("被执行人")).toBe("被告方");
    expect(sideOf("第三人")).toBeUndefined();
  });

  it("never links on masked names or the prosecutor, and never returns the case itself", () => {
    const searches = buildRelatedSearches(anchor, { size: 10 });
    expect(searches.map((s) => s.key)).toEqual(["parties", "later", "series:北京华源科技有限公司"]);
    const text = JSON.stringify(searches[0]?.body);
    expect(text).not.toContain("王某甲");
    expect(text).not.toContain("人民检察院");
    expect(text).toContain('"must_not":[{"term":{"id":"a"}}]');
  });

  it("calls it a series only with enough other cases against different counterparties", () => {
    const doc = (id: string, other: string) => ({
      id,
      decisionDate: "2019-03-10",
      parties: [
        { name: "北京华源科技有限公司", name_seg: "", role: "原告", kind: "organisation" },
        { name: other, name_seg: "", role: "被告", kind: "person" },
      ],
    });
    const one = shapeRelated(anchor, [{ key: "series:北京华源科技有限公司", hits: [doc("b", "李某")] }], 10);
    expect(one.cases).toEqual([]);
    const same = shapeRelated(
      anchor,
      [{ key: "series:北京华源科技有限公司", hits: [doc("b", "李某"), doc("c", "李某")] }],
      10,
    );
    expect(same.cases).toEqual([]);
    const two = shapeRelated(
      anchor,
      [{ key: "series:北京华源科技有限公司", hits: [doc("b", "李某"), doc("c", "赵某")] }],
      10,
    );
    expect(two.cases.map((c) => c.relations[0]?.relation)).toEqual(["系列案件", "系列案件"]);
  });
});
