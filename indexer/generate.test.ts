import { describe, expect, it } from "vitest";
import { chineseNumber, generateJudgments } from "./generate.ts";

const CASE_NUMBER = /（(\d{4})）([^\s（）]*?)(刑初|刑终|民初|民终)(?:字第)?(\d+)号/;
const COURT = /^(.+?)(?:高级|中级)?人民法院$/;

function header(text: string): { court: string; docType: string; caseNumber: string } {
  const [court = "", docType = "", caseNumber = ""] = text.split("\n", 3);
  return { court, docType, caseNumber };
}

function levelOf(court: string): string {
  if (court.endsWith("高级人民法院")) return "high";
  if (court.endsWith("中级人民法院")) return "intermediate";
  return "basic";
}

describe("generateJudgments", () => {
  const sample = [...generateJudgments({ count: 2000, seed: 42 })];

  it("yields exactly the requested count, with unique stable ids", () => {
    expect(sample).toHaveLength(2000);
    expect(new Set(sample.map((j) => j.id)).size).toBe(2000);
    expect(sample[0]?.id).toBe("syn-42-1");
    expect([...generateJudgments({ count: 0, seed: 1 })]).toEqual([]);
    expect([...generateJudgments({ count: 3, seed: 1 })]).toHaveLength(3);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const again = [...generateJudgments({ count: 2000, seed: 42 })];
    expect(again).toEqual(sample);
    const other = [...generateJudgments({ count: 50, seed: 43 })];
    expect(other.map((j) => j.text)).not.toEqual(sample.slice(0, 50).map((j) => j.text));
  });

  it("marks every record synthetic", () => {
    for (const j of sample) {
      expect(j.meta.source).toBe("synthetic");
      expect(j.meta.synthetic).toBe(true);
    }
  });

  it("has published judgments' shape: court, document type, case number, sections, footer", () => {
    for (const j of sample) {
      const { court, docType, caseNumber } = header(j.text);
      expect(court).toMatch(COURT);
      expect(docType).toMatch(/^(刑事|民事)(判决书|裁定书)$/);
      expect(caseNumber).toMatch(CASE_NUMBER);
      expect(j.text).toMatch(/本院认为/);
      expect(j.text).toMatch(/(判决|裁定)如下：/);
      expect(j.text).toMatch(
        /\n[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日\n/,
      );
      expect(j.text).toMatch(/\n书记员　\S+$/);
    }
  });

  it("uses case numbers consistent with the court's level and the year", () => {
    for (const j of sample) {
      const { court, caseNumber } = header(j.text);
      const m = CASE_NUMBER.exec(caseNumber);
      const [, yearText = "", code = ""] = m ?? [];
      const year = Number(yearText);
      expect(year).toBeGreaterThanOrEqual(2014);
      expect(year).toBeLessThanOrEqual(2025);
      if (year >= 2016) {
        const digits = code.replace(/^\D+/, "").length;
        expect(digits).toBe({ basic: 4, intermediate: 2, high: 0 }[levelOf(court)]);
      } else {
        expect(caseNumber).toContain("字第");
      }
    }
  });

  it("covers criminal and civil, both instances, several levels, provinces, charges, causes and tiers", () => {
    const texts = sample.map((j) => j.text);
    const count = (re: RegExp) => texts.filter((t) => re.test(t)).length;
    expect(count(/^.*\n刑事/)).toBeGreaterThan(400);
    expect(count(/^.*\n民事/)).toBeGreaterThan(400);
    expect(count(/刑终|民终/)).toBeGreaterThan(100);
    expect(new Set(sample.map((j) => levelOf(header(j.text).court))).size).toBeGreaterThanOrEqual(3);
    const provinces = new Set(texts.map((t) => /^(.{2,3}?[省市])/.exec(t)?.[1]));
    expect(provinces.size).toBeGreaterThanOrEqual(5);
    for (const charge of [
      "盗窃罪",
      "危险驾驶罪",
      "故意伤害罪",
      "诈骗罪",
      "交通肇事罪",
      "开设赌场罪",
      "非法持有毒品罪",
    ]) {
      expect(count(new RegExp(`犯${charge}`))).toBeGreaterThan(10);
    }
    for (const cause of ["民间借贷纠纷", "买卖合同纠纷", "机动车交通事故责任纠纷", "劳动争议"]) {
      expect(count(new RegExp(`${cause}一案`))).toBeGreaterThan(10);
    }
    const tiers = new Set(sample.map((j) => j.meta.tier));
    expect(tiers).toContain("ordinary");
    expect(tiers.size).toBeGreaterThanOrEqual(3);
    expect(sample.some((j) => j.meta.status === "reversed")).toBe(true);
  });

  it("links appeals to a first instance and gives plausible outcomes", () => {
    const appeals = sample.filter((j) => /刑终|民终/.test(header(j.text).caseNumber));
    for (const j of appeals) {
      expect(j.text).toMatch(/（\d{4}）\S+?(刑初|民初)(字第)?\d+号(刑事|民事)判决/);
      expect(j.text).toMatch(/驳回上诉，维持原判|撤销|发回/);
    }
    const affirmed = appeals.filter((j) => j.text.includes("驳回上诉，维持原判")).length;
    expect(affirmed / appeals.length).toBeGreaterThan(0.6);
  });

  it("masks parties' names and correlates sentences with amounts", () => {
    const theft = sample.filter((j) => /犯盗窃罪，判处有期徒刑/.test(j.text));
    expect(theft.length).toBeGreaterThan(10);
    let parties = 0;
    for (const j of sample.slice(0, 300)) {
      for (const m of j.text.matchAll(
        /^(?:被告人|原告：|被告：|(?:被)?上诉人（[^）]+）：?)([^，\n]{1,5})，/gm,
      )) {
        const name = m[1] ?? "";
        if (name.endsWith("公司")) continue;
        parties++;
        expect(name, j.id).toMatch(/^\p{Script=Han}{1,2}某[某甲乙丙丁戊]?$/u);
      }
    }
    expect(parties).toBeGreaterThan(300);
    const small: number[] = [];
    const large: number[] = [];
    for (const j of theft) {
      const amount = Number(/共计价值人民币(\d+)元/.exec(j.text)?.[1]);
      const years = /有期徒刑([一二三四五六七八九十]+)年/.exec(j.text) ? 1 : 0;
      (amount >= 30_000 ? large : small).push(years);
    }
    const share = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    expect(share(large)).toBeGreaterThan(share(small));
  });

  it("builds a series: one company sued by several claimants at one court", () => {
    const byCompany = new Map<string, Set<string>>();
    for (const j of sample) {
      const m = /被告：(\S+?有限公司)，/.exec(j.text);
      if (!m?.[1] || !j.text.includes("民初")) continue;
      const courts = byCompany.get(m[1]) ?? new Set<string>();
      courts.add(header(j.text).court);
      byCompany.set(m[1], courts);
    }
    const series = [...byCompany.entries()].filter(
      ([company]) => sample.filter((j) => j.text.includes(`被告：${company}`)).length >= 4,
    );
    expect(series.length).toBeGreaterThan(0);
  });

  it("streams: a large corpus does not accumulate", () => {
    let n = 0;
    for (const j of generateJudgments({ count: 20_000, seed: 7 })) {
      if (j.text.length > 0) n++;
    }
    expect(n).toBe(20_000);
  });
});

describe("chineseNumber", () => {
  it.each([
    [5, "五"],
    [15, "十五"],
    [103, "一百零三"],
    [2050, "二千零五十"],
    [5000, "五千"],
    [12000, "一万二千"],
    [300000, "三十万"],
    [10500, "一万零五百"],
  ])("%d → %s", (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });
});
