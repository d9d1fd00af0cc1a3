import { describe, expect, it } from "vitest";
import { findCauses } from "./causes.ts";

describe("findCauses", () => {
  it("reads a listed cause wherever it is written", () => {
    expect(findCauses("原告张三与被告李四民间借贷纠纷一案")).toEqual(["民间借贷纠纷"]);
  });

  it("keeps what follows the parties, however they are joined to the cause (公报 and guiding titles)", () => {
    expect(findCauses("深圳裕某科技有限公司等侵害集成电路布图设计专有权纠纷案")).toEqual([
      "侵害集成电路布图设计专有权纠纷",
    ]);
    expect(findCauses("花都区梯面镇红山村村民委员会违反安全保障义务责任纠纷案")).toEqual([
      "违反安全保障义务责任纠纷",
    ]);
    expect(findCauses("招商银行股份有限公司上海延西支行银行卡纠纷案")).toEqual(["银行卡纠纷"]);
    expect(findCauses("陈某诉华某公司侵害外观设计专利权纠纷案")).toEqual(["侵害外观设计专利权纠纷"]);
    // A company's own cause keeps its 公司.
    expect(findCauses("林某诉常熟市凯莱实业有限公司公司解散纠纷案")).toEqual(["公司解散纠纷"]);
  });
});
