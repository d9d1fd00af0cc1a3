import { describe, expect, it } from "vitest";
import { convertItem, toRecord } from "./convert.ts";

const TEXT =
  "江西省南昌市青山湖区人民法院 刑事判决书 （2018）赣0111刑初182号 公诉机关南昌市青山湖区人民检察院。 被告人应某，男。 经审理查明，2017年8月15日，被告人应某醉酒驾驶机动车。 本院认为，被告人应某的行为已构成危险驾驶罪。依照《中华人民共和国刑法》第一百三十三条之一之规定，判决如下： 被告人应某犯危险驾驶罪，判处拘役二个月。 审判长彭某 二〇一八年九月十八日 书记员刘某";

describe("toRecord: what the source states of a judgment", () => {
  it("keeps the status a records line or the generator gives (a withdrawn judgment is not effective)", async () => {
    const withdrawn = await toRecord({
      kind: "json",
      format: "records",
      line: JSON.stringify({ text: TEXT, status: "withdrawn", tier: "typical" }),
    });
    expect(withdrawn).toMatchObject({ status: "withdrawn", tier: "typical" });
    const plain = await toRecord({ kind: "json", format: "records", line: JSON.stringify({ text: TEXT }) });
    expect(plain.status).toBe("effective");
    const synthetic = await toRecord({
      kind: "synthetic",
      id: "s1",
      text: TEXT,
      meta: { status: "reversed" },
    });
    expect(synthetic.status).toBe("reversed");
  });

  it("refuses a status or tier the schema does not know, naming it, the line kept for the dead-letter file", async () => {
    await expect(
      toRecord({ kind: "json", format: "records", line: JSON.stringify({ text: TEXT, status: "gone" }) }),
    ).rejects.toThrow(/invalid status "gone": one of effective, not_effective, reversed, withdrawn/);
    const failed = await convertItem({
      seq: 7,
      locator: "batch.jsonl:7",
      raw: { kind: "json", format: "records", line: JSON.stringify({ text: TEXT, tier: "gold" }) },
    });
    expect(JSON.stringify(failed)).toContain("invalid tier");
    expect(JSON.stringify(failed)).toContain("batch.jsonl:7");
  });
});
