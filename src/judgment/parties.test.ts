import { describe, expect, it } from "vitest";
import { birthMonth, separatelyTried } from "./parties.ts";

describe("birthMonth", () => {
  const parties =
    "公诉机关北京市大兴区人民检察院。被告人张涛，男，1989年3月5日出生于河北省威县，汉族，初中文化。2018年1月5日因涉嫌盗窃罪被刑事拘留。被告人李强，男，出生于1977年11月，汉族。被告人王某，男，19××年出生。";
  it("reads the year and month a party was born, after the party's own name", () => {
    expect(birthMonth(parties, "张涛")).toBe("1989-03");
    expect(birthMonth(parties, "李强")).toBe("1977-11");
  });
  it("gives nothing when not written, masked, or only another party's is", () => {
    expect(birthMonth(parties, "王某")).toBeUndefined();
    expect(birthMonth(parties, "赵六")).toBeUndefined();
    expect(birthMonth("被告人周某，因涉嫌盗窃罪于2018年1月5日被刑事拘留。", "周某")).toBeUndefined();
    expect(birthMonth(undefined, "张涛")).toBeUndefined();
  });
});

describe("separatelyTried", () => {
  it("reads the people the facts say are tried separately", () => {
    expect(
      separatelyTried("被告人顾某伙同许卫军、徐海波（另案处理）在汇金苑开设赌场，抽头获利55000元。"),
    ).toEqual(["许卫军", "徐海波"]);
    expect(separatelyTried("被告人与王兵兵（已判刑）共同绑架被害人。")).toEqual(["王兵兵"]);
    // Masked names identify nobody.
    expect(separatelyTried("被告人伙同王某（另案处理）盗窃。")).toEqual([]);
    expect(separatelyTried(undefined)).toEqual([]);
  });
});
