import { describe, expect, it } from "vitest";
import { parseTermMonths, termText } from "./numerals.ts";

describe("termText: a term as a judgment states it", () => {
  it("writes years and months, not months alone", () => {
    expect(termText(180)).toBe("15 年");
    expect(termText(30)).toBe("2 年 6 个月");
    expect(termText(12)).toBe("1 年");
    expect(termText(6)).toBe("6 个月");
    expect(termText(1)).toBe("1 个月");
  });

  it("writes the parser's fractions of a month back as days", () => {
    expect(termText(3.5)).toBe("3 个月 15 日");
    expect(termText(0.5)).toBe("15 日");
    expect(termText(parseTermMonths("一年十一个月零十二日") ?? -1)).toBe("1 年 11 个月 12 日");
    // Sums of tenths carry float noise: 12 + 0.7 is 12.699999….
    expect(termText(12 + 0.7)).toBe("1 年 20 日");
  });

  it("writes back the day count judges write: a multiple of five where the tenth allows one", () => {
    for (const days of [5, 10, 15, 20, 25])
      expect(termText(parseTermMonths(`三个月${days}日`) ?? -1)).toBe(`3 个月 ${days} 日`);
    // 0.1, 0.4, 0.6, 0.9 of a month hold no multiple of five: the middle day count.
    expect([0.1, 0.4, 0.6, 0.9].map(termText)).toEqual(["3 日", "12 日", "18 日", "27 日"]);
  });

  it("inverts parseTermMonths: the text written back parses to the same months", () => {
    const asChinese = (text: string) => text.replace(/ /g, "");
    for (const years of [0, 1, 3]) {
      for (const months of [0, 2, 11]) {
        for (let days = 0; days < 30; days++) {
          const value = parseTermMonths(`${years}年${months}个月${days}日`) ?? -1;
          expect(parseTermMonths(asChinese(termText(value))), `${years}年${months}个月${days}日`).toBe(value);
        }
      }
    }
  });

  it("leaves what is no term in months", () => {
    expect(termText(-1)).toBe("-1 个月");
    expect(termText(Number.NaN)).toBe("NaN 个月");
  });
});
