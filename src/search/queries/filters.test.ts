import { describe, expect, it } from "vitest";
import { CaseFilters } from "../../retrieval/types.ts";
import { filterClauses, provinceName } from "./filters.ts";

describe("filterClauses", () => {
  it("matches charges, statutes and provinces as indexed, whatever form was typed", () => {
    const clauses = filterClauses({
      charges: ["盗窃", "抢劫罪（未遂）"],
      statutes: ["刑法第264条", "《刑法》第二百六十四条、第六十七条", "刑法＃１３３-1"],
      provinces: ["贵州", "黔", "新疆", "北京市"],
    });
    expect(clauses).toContainEqual({ terms: { charges: ["盗窃罪", "抢劫罪"] } });
    expect(clauses).toContainEqual({
      terms: { statutes: ["刑法#264", "刑法#264", "刑法#67", "刑法#133-1"] },
    });
    expect(clauses).toContainEqual({
      // As typed too: sources that index the short name still match.
      terms: { province: ["贵州", "贵州省", "黔", "新疆", "新疆维吾尔自治区", "北京市"] },
    });
  });

  it("matches a law whose name has brackets as indexed, however they are typed", () => {
    // The 1979 Criminal Law's key as the README and the facets write it, or with half-width brackets.
    expect(
      filterClauses({
        statutes: ["刑法（1979年）#132", "刑法(1979年)#150", "《刑法》（1979年）第一百三十四条"],
      }),
    ).toContainEqual({
      terms: { statutes: ["刑法（1979年）#132", "刑法（1979年）#150", "刑法（1979年）#134"] },
    });
    expect(filterClauses({ statutes: ["民事诉讼法(试行)#100"] })).toContainEqual({
      terms: { statutes: ["民事诉讼法（试行）#100"] },
    });
  });

  it("finds a cause typed without its 纠纷 (民间借贷) as judgments name it", () => {
    expect(filterClauses({ causes: ["民间借贷", "追索劳动报酬纠纷"] })).toContainEqual({
      // With the 2011 text's 企业借贷纠纷, a 民间借贷 of the 2020 text (src/judgment/older-civil-causes.ts).
      terms: { causes: ["民间借贷", "民间借贷纠纷", "企业借贷纠纷", "追索劳动报酬纠纷"] },
    });
  });

  it("finds a parent cause with the causes below it (民事案件案由规定 2020), a …争议 without 纠纷 added", () => {
    const [clause] = filterClauses({ causes: ["劳动争议"] });
    const causes = (clause as { terms: { causes: string[] } }).terms.causes;
    expect(causes.slice(0, 2)).toEqual(["劳动争议", "劳动合同纠纷"]);
    expect(causes).toContain("追索劳动报酬纠纷");
    expect(causes).not.toContain("劳动争议纠纷");
  });

  it("refuses statutes that name none, with the field path", () => {
    for (const bad of ["第264条", "随便写的", "刑法#133之一", "刑法 #"]) {
      const result = CaseFilters.safeParse({ statutes: [bad] });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["statutes", 0]);
    }
    for (const good of ["刑法", "刑法 第 264 条", "最高人民法院关于审理盗窃刑事案件适用法律若干问题的解释"])
      expect(CaseFilters.safeParse({ statutes: [good] }).success, good).toBe(true);
  });

  it("reads province names in full, short or abbreviated", () => {
    expect(provinceName("内蒙古")).toBe("内蒙古自治区");
    expect(provinceName(" 广西 ")).toBe("广西壮族自治区");
    expect(provinceName("京")).toBe("北京市");
    expect(provinceName("某地")).toBe("某地");
  });
});
