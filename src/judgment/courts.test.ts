import { describe, expect, it } from "vitest";
import {
  COURT_RELATIONS,
  courtRelation,
  isModernCourtCode,
  placeCourt,
  scopeRank,
  superiorCourtCode,
} from "./courts.ts";

describe("court codes", () => {
  it("tell post-2016 codes from legacy ones", () => {
    for (const code of ["最高法", "京", "京01", "京0108", "京7101", "兵"])
      expect(isModernCourtCode(code)).toBe(true);
    for (const code of ["粤高法", "宜中", "京1", "京010", "海", undefined])
      expect(isModernCourtCode(code)).toBe(false);
  });

  it("go one level up: basic → intermediate or specialised → high → SPC", () => {
    expect(superiorCourtCode("湘0103")).toBe("湘01");
    expect(superiorCourtCode("湘7101")).toBe("湘71"); // a railway court, under the railway intermediate court
    // A municipality's district courts: the digits are the district's, not the appeal court's
    // (朝阳 京0105 appeals to 京03); a county-level city under the province (豫9001 济源 → 豫96).
    expect(superiorCourtCode("京0105")).toBeUndefined();
    expect(superiorCourtCode("沪0115")).toBeUndefined();
    expect(superiorCourtCode("豫9001")).toBeUndefined();
    expect(superiorCourtCode("京01")).toBe("京");
    expect(superiorCourtCode("京")).toBe("最高法");
    expect(superiorCourtCode("最高法")).toBeUndefined();
    expect(superiorCourtCode("宜中")).toBeUndefined();
  });

  it("place a case's court relative to the judge's, in the order of the SPC's scope", () => {
    expect(courtRelation("湘0103", "最高法")).toBe("最高人民法院");
    expect(courtRelation("湘0103", "湘")).toBe("本省高级人民法院");
    expect(courtRelation("湘0103", "湘01")).toBe("上一级法院");
    // For an intermediate court the high court is also the court one level up: its judgments come
    // in §4's item 3, before the judge's own court's.
    expect(courtRelation("湘01", "湘")).toBe("本省高级人民法院");
    expect(courtRelation("湘0103", "湘0103")).toBe("本院");
    expect(courtRelation("湘0103", "湘0104")).toBe("本省其他法院");
    expect(courtRelation("湘0103", "湘02")).toBe("本省其他法院");
    expect(courtRelation("湘0103", "京0108")).toBe("外省法院");
    expect(courtRelation("湘0103", "宜中")).toBeUndefined();
    expect(courtRelation(undefined, "湘0103")).toBeUndefined();
    // 兵团 courts are in 新疆: the 兵团分院 (兵) belongs to the 新疆 high court, its appeals go to the SPC.
    expect(superiorCourtCode("兵")).toBe("最高法");
    expect(courtRelation("兵0101", "兵01")).toBe("上一级法院");
    expect(courtRelation("兵01", "兵")).toBe("本省高级人民法院");
    expect(courtRelation("兵0101", "兵")).toBe("本省高级人民法院");
    expect(courtRelation("兵0101", "新")).toBe("本省高级人民法院");
    expect(courtRelation("兵0101", "新01")).toBe("本省其他法院");
    expect(courtRelation("新0102", "兵")).toBe("本省高级人民法院");
    expect(courtRelation("新0102", "兵0101")).toBe("本省其他法院");
    expect(courtRelation("兵0101", "甘01")).toBe("外省法院");
    // An SPC judge: the SPC's own judgments first, every other court below it, unplaced.
    expect(courtRelation("最高法", "最高法")).toBe("最高人民法院");
    expect(courtRelation("最高法", "湘")).toBeUndefined();
    expect(COURT_RELATIONS.map(scopeRank)).toEqual([0, 1, 2, 2, 3, 3]);
    // A pre-2016 judgment of the judge's own court: its code cannot be compared, its name can.
    const own = { code: "京0105", name: "北京市朝阳区人民法院" };
    expect(placeCourt(own, { code: "朝", name: "北京市朝阳区人民法院" })).toBe("本院");
    expect(placeCourt(own, { code: "朝", name: "朝阳区人民法院" })).toBe("本院");
    expect(placeCourt(own, { code: "朝", name: "长春市朝阳区人民法院" })).toBeUndefined();
    expect(placeCourt(own, { code: "京03", name: "北京市第三中级人民法院" })).toBe("本省其他法院");
    expect(scopeRank(undefined)).toBe(3);
  });
});
