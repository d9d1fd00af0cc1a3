import { describe, expect, it } from "vitest";
import { chineseNumeralToInt, foldWidth, foldWidthAndCase, normalizeText } from "./normalize.ts";

describe("foldWidthAndCase", () => {
  it("folds full-width ASCII and upper case, blanks become spaces", () => {
    expect(foldWidthAndCase("ＡＢＣ１２３％（）：，　Xy\t\n")).toBe("abc123%():, xy  ");
  });

  it("drops thousands separators only between digit groups", () => {
    expect(foldWidthAndCase("6,500元、1,234,567元、６，５００元")).toBe("6500元、1234567元、6500元");
    expect(foldWidthAndCase("第1,2项，3,45元")).toBe("第1,2项,3,45元");
  });

  it("leaves Chinese text untouched", () => {
    const text = "被告人犯盗窃罪。";
    expect(foldWidthAndCase(text)).toBe(text);
  });
});

describe("foldWidth", () => {
  it("folds width and separators like foldWidthAndCase but keeps the letters' case", () => {
    expect(foldWidth("在ＫＴＶ与KTV内，６，５００元")).toBe("在KTV与KTV内,6500元");
    expect(foldWidth("ＡＢＣ１２３％（）：，　Xy\t\n")).toBe("ABC123%():, Xy  ");
    expect(foldWidth("ＡＢＣ１２３％（）：，　Xy\t\n").toLowerCase()).toBe(
      foldWidthAndCase("ＡＢＣ１２３％（）：，　Xy\t\n"),
    );
  });
});

describe("chineseNumeralToInt", () => {
  it.each([
    ["一百三十三", 133],
    ["二百六十四", 264],
    ["三百零三", 303],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["一千", 1000],
    ["两", 2],
    ["三万五千", 35000],
    ["二〇一七", 2017],
    ["二零二一", 2021],
    ["264", 264],
  ])("%s → %d", (numeral, value) => {
    expect(chineseNumeralToInt(numeral)).toBe(value);
  });

  it("reads a year written digit by digit without 〇 (一九九七), and no rough range (三四, 七八) as one number", () => {
    expect(chineseNumeralToInt("一九九七")).toBe(1997);
    expect(chineseNumeralToInt("一九七八")).toBe(1978);
    expect(chineseNumeralToInt("三四")).toBeUndefined();
    expect(chineseNumeralToInt("两三")).toBeUndefined();
    expect(normalizeText("一九九七年三月，三四个月后，七八岁，十四周岁")).toBe(
      "1997年3月,三四个月后,七八岁,14周岁",
    );
  });

  it("reads a year whose zero is a look-alike of 〇 (○, O, 0) as the year", () => {
    expect(normalizeText("二○一七年五月，二Ｏ一五年，二O一二年，二0一六年，二零一八年")).toBe(
      "2017年5月,2015年,2012年,2016年,2018年",
    );
    // Look-alikes folding does not reach, as the date parser reads them (ZERO_CHARS): a Cyrillic and a
    // Greek capital O, the large circle ◯.
    expect(normalizeText("二О一七年，二Ο一五年，二◯二〇年，二о一二年")).toBe("2017年,2015年,2020年,2012年");
  });

  it("rejects non-numerals", () => {
    expect(chineseNumeralToInt("盗窃")).toBeUndefined();
    expect(chineseNumeralToInt("")).toBeUndefined();
  });
});

describe("normalizeText", () => {
  it("turns Chinese quantities into Arabic numbers", () => {
    expect(normalizeText("有期徒刑一年六个月，罚金一千元，二〇一七年五月十八日，三年以下")).toBe(
      "有期徒刑1年6个月,罚金1000元,2017年5月18日,3年以下",
    );
  });

  it("leaves numerals that are not quantities, and mixed forms, alone", () => {
    expect(normalizeText("一审判决统一认定4万元，十余万元")).toBe("一审判决统一认定4万元,十余万元");
  });

  it("leaves the numerals of a title in 《》 as written, words of its name, and reads those around it", () => {
    expect(normalizeText("依照《关于已满十四周岁的人某类问题的答复》，判处有期徒刑三年")).toBe(
      "依照《关于已满十四周岁的人某类问题的答复》,判处有期徒刑3年",
    );
    expect(normalizeText("《某省二〇一六年度赔偿标准》五千元《某某 第二个五年纲要》二〇一七年")).toBe(
      "《某省二〇一六年度赔偿标准》5000元《某某 第二个五年纲要》2017年",
    );
    // No title: an unclosed 《 or one too long.
    expect(normalizeText("《某某十四周岁")).toBe("《某某14周岁");
    expect(normalizeText(`《${"某".repeat(80)}三年》`)).toBe(`《${"某".repeat(80)}3年》`);
  });

  it("is idempotent", () => {
    const once = normalizeText("Ｘ某于二〇一七年盗窃６,５００元，３６５.５％，《某某十四周岁的批复》");
    expect(normalizeText(once)).toBe(once);
  });
});
