import { describe, expect, it } from "vitest";
import { COMMON_CAUSES } from "../../judgment/causes.ts";
import { CRIMINAL_CHARGES } from "../../judgment/charges.ts";
import { CIVIL_CATALOGUE } from "../../judgment/civil-catalogue.ts";
import { statuteKeysOf } from "../../search/documents.ts";
import { splitNames, splitStatutes } from "./lists.ts";

describe("splitNames: typed charges and causes, each whole", () => {
  it("keeps a name that holds 、 whole: a listed charge, its subset, a catalogue cause", () => {
    expect(splitNames("走私、贩卖、运输、制造毒品罪")).toEqual(["走私、贩卖、运输、制造毒品罪"]);
    // A subset of a selective charge, as judgments name it (canonicalCharge reads it).
    expect(splitNames("贩卖、运输毒品罪")).toEqual(["贩卖、运输毒品罪"]);
    expect(splitNames("生命权、身体权、健康权纠纷")).toEqual(["生命权、身体权、健康权纠纷"]);
    // 合同 is a cause by itself (合同纠纷), but the whole is the catalogue's first-level cause.
    expect(splitNames("合同、准合同纠纷")).toEqual(["合同、准合同纠纷"]);
    // A piece that ends as a name does, inside a listed name.
    expect(splitNames("劳动争议、人事争议")).toEqual(["劳动争议、人事争议"]);
    expect(splitNames("拒绝提供间谍犯罪、恐怖主义犯罪、极端主义犯罪证据罪")).toEqual([
      "拒绝提供间谍犯罪、恐怖主义犯罪、极端主义犯罪证据罪",
    ]);
  });

  it("keeps an unknown name whole when its earlier pieces name nothing by themselves", () => {
    expect(splitNames("甲设施、乙设备损害责任纠纷")).toEqual(["甲设施、乙设备损害责任纠纷"]);
  });

  it("splits names that are each one: a charge or cause before it, or a name typed without its 纠纷", () => {
    expect(splitNames("盗窃罪、诈骗罪")).toEqual(["盗窃罪", "诈骗罪"]);
    expect(splitNames("盗窃罪、走私、贩卖、运输、制造毒品罪")).toEqual([
      "盗窃罪",
      "走私、贩卖、运输、制造毒品罪",
    ]);
    expect(splitNames("民间借贷、离婚纠纷")).toEqual(["民间借贷", "离婚纠纷"]);
    expect(splitNames("合同、买卖合同纠纷")).toEqual(["合同", "买卖合同纠纷"]);
    expect(splitNames("故意伤害、寻衅滋事罪")).toEqual(["故意伤害", "寻衅滋事罪"]);
  });

  it("splits after a piece the API knows as a cause (knownTypedCause), as the API reads it", () => {
    // A cause titles write below a catalogue cause (房屋继承纠纷 under 继承纠纷): known, so a name by itself.
    expect(splitNames("房屋继承、民间借贷纠纷")).toEqual(["房屋继承", "民间借贷纠纷"]);
    // A third-level cause of the administrative catalogue, which the API knows as well.
    expect(splitNames("排除妨碍、民间借贷纠纷")).toEqual(["排除妨碍", "民间借贷纠纷"]);
  });

  it("always splits at commas, semicolons and new lines, and drops blank entries", () => {
    expect(splitNames("合同，准合同纠纷")).toEqual(["合同", "准合同纠纷"]);
    expect(splitNames("贩卖、运输毒品罪; 盗窃罪\n诈骗罪,")).toEqual(["贩卖、运输毒品罪", "盗窃罪", "诈骗罪"]);
    expect(splitNames(" 、 ，")).toEqual([]);
  });

  it("reads every listed charge and catalogue cause back as it was joined (the form filled from a judgment)", () => {
    for (const charge of CRIMINAL_CHARGES)
      expect(splitNames(`诈骗罪、${charge}、盗窃罪`), charge).toEqual(["诈骗罪", charge, "盗窃罪"]);
    const causes = new Set([...Object.entries(CIVIL_CATALOGUE).flat(2), ...COMMON_CAUSES]);
    for (const cause of causes)
      expect(splitNames(`民间借贷纠纷、${cause}、离婚纠纷`), cause).toEqual([
        "民间借贷纠纷",
        cause,
        "离婚纠纷",
      ]);
  });
});

describe("splitStatutes: typed statutes, each an entry the API reads", () => {
  it("gives a law's later articles, typed without its name, to the law", () => {
    expect(splitStatutes("《刑法》第二百六十四条、第六十七条")).toEqual([
      "《刑法》第二百六十四条、第六十七条",
    ]);
    expect(statuteKeysOf("《刑法》第二百六十四条、第六十七条")).toEqual(["刑法#264", "刑法#67"]);
    expect(splitStatutes("刑法第264条、第67条第三款、第（二）项")).toEqual([
      "刑法第264条、第67条第三款、第（二）项",
    ]);
    // A key is read alone: an article after it stays an entry of its own, which the API refuses.
    expect(splitStatutes("刑法#264、第67条")).toEqual(["刑法#264", "第67条"]);
    // Across a comma, as before.
    expect(splitStatutes("刑法#133，第90条")).toEqual(["刑法#133", "第90条"]);
  });

  it("keeps a title's own 、 in it, in 《》 or not", () => {
    const title = "最高人民法院、最高人民检察院关于办理某类刑事案件适用法律若干问题的解释";
    expect(splitStatutes(`《${title}》第一条、第二条、刑法第264条`)).toEqual([
      `《${title}》第一条、第二条`,
      "刑法第264条",
    ]);
    expect(splitStatutes(`${title}第一条`)).toEqual([`${title}第一条`]);
    // The form filled from a judgment: its keys joined by 、, a title with 、 inside among them.
    const keys = [
      "刑法#263",
      "最高人民法院关于审理抢劫、抢夺刑事案件适用法律若干问题的意见#1",
      "枪支、弹药解释#9",
    ];
    expect(splitStatutes(keys.join("、"))).toEqual(keys);
    // A law's name inside a 关于… title is not its end.
    expect(splitStatutes("关于刑法、刑诉法有关规定的解释")).toEqual(["关于刑法、刑诉法有关规定的解释"]);
  });

  it("splits statutes that are each one", () => {
    expect(splitStatutes("刑法第264条、刑事诉讼法第15条")).toEqual(["刑法第264条", "刑事诉讼法第15条"]);
    expect(splitStatutes("刑法、刑事诉讼法")).toEqual(["刑法", "刑事诉讼法"]);
    expect(splitStatutes("道路交通安全法#90、《道路交通安全法》第九十九条")).toEqual([
      "道路交通安全法#90",
      "《道路交通安全法》第九十九条",
    ]);
  });
});
