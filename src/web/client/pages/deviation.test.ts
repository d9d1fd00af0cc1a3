import { describe, expect, it } from "vitest";
import { DeviationRequest } from "../../../audit/model.ts";
import { deviationRequest } from "./deviation.ts";

const empty = {
  facts: "原告驾驶机动车超速行驶，被处以罚款二百元，诉请撤销该处罚决定。",
  charges: "行政处罚",
  statutes: "",
  penalty: "",
  months: "",
  probationMonths: "",
  fine: "",
  civilDisposition: "",
  administrativeDisposition: "revoked",
};

describe("the deviation form's request", () => {
  it("sends the statutes split as /similar's form splits them, and only when filled", () => {
    const body = deviationRequest({ ...empty, statutes: "道路交通安全法#90、《道路交通安全法》第九十九条" });
    expect(body.statutes).toEqual(["道路交通安全法#90", "《道路交通安全法》第九十九条"]);
    expect(DeviationRequest.safeParse(body).success).toBe(true);
    expect(deviationRequest({ ...empty, statutes: " 、 " })).not.toHaveProperty("statutes");
    expect(deviationRequest(empty)).toEqual({
      facts: empty.facts,
      causes: ["行政处罚"],
      proposed: { administrativeDisposition: "revoked" },
    });
  });

  it("sends a charge and a law's articles that hold 、 each whole, as the API reads them", () => {
    const body = deviationRequest({
      ...empty,
      charges: "走私、贩卖、运输、制造毒品罪、盗窃罪",
      statutes: "《刑法》第三百四十七条、第六十七条第三款",
    });
    expect(body.charges).toEqual(["走私、贩卖、运输、制造毒品罪", "盗窃罪"]);
    expect(body.statutes).toEqual(["《刑法》第三百四十七条、第六十七条第三款"]);
    expect(DeviationRequest.safeParse(body).success).toBe(true);
  });

  it("leaves an unreadable statute to the API, which names the field", () => {
    const wrong = DeviationRequest.safeParse(deviationRequest({ ...empty, statutes: "刑法#133，第90条" }));
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((i) => i.path)).toEqual([["statutes", 1]]);
  });
});
