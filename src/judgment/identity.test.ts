import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { judgmentId } from "./identity.ts";
import { emptyRecord, type JudgmentRecord } from "./record.ts";

function judgment(over: Partial<JudgmentRecord>): JudgmentRecord {
  return emptyRecord({
    source: "lecard",
    tier: "ordinary",
    text: "……",
    court: "江西省上犹县人民法院",
    documentType: "判决书",
    decisionDate: "2015-06-19",
    caseNumber: {
      raw: "（2015）上刑初字第19号",
      year: 2015,
      courtCode: "上",
      typeCode: "刑初",
      sequence: 53,
    },
    parties: [{ name: "黄森远", role: "被告人", kind: "person" }],
    ...over,
  });
}

describe("judgmentId", () => {
  it("is the same for one judgment whatever source or text variant brings it", () => {
    expect(judgmentId(judgment({ source: "lecard", sourceId: "13384", text: "审判长　靳航森" }))).toBe(
      judgmentId(judgment({ source: "files", sourceId: "a.txt", text: "审判长 靳航森" })),
    );
  });

  it("tells apart courts sharing a pre-2016 code, split trials and supplementary rulings", () => {
    const base = judgmentId(judgment({}));
    expect(judgmentId(judgment({ court: "河南省郑州市上街区人民法院" }))).not.toBe(base);
    expect(judgmentId(judgment({ parties: [{ name: "杨川超", role: "被告人", kind: "person" }] }))).not.toBe(
      base,
    );
    expect(judgmentId(judgment({ decisionDate: "2015-07-01" }))).not.toBe(base);
    expect(judgmentId(judgment({ documentType: "裁定书" }))).not.toBe(base);
  });

  it("falls back to the source's id, then the text, when the number is masked", () => {
    const masked = { raw: "（2015）上刑初字第××号", year: 2015, courtCode: "上", typeCode: "刑初" };
    expect(judgmentId(judgment({ caseNumber: masked, sourceId: "1" }))).not.toBe(
      judgmentId(judgment({ caseNumber: masked, sourceId: "2" })),
    );
    expect(judgmentId(judgment({ caseNumber: masked, text: "甲" }))).not.toBe(
      judgmentId(judgment({ caseNumber: masked, text: "乙" })),
    );
  });

  it("never gives an authoritative write-up the id of the judgment it summarises", () => {
    const writeUp = judgment({
      source: "spc-guiding",
      documentType: "案例",
      tier: "guiding",
      authorityNumber: "指导性案例24号",
    });
    expect(judgmentId(writeUp)).not.toBe(judgmentId(judgment({})));
  });

  it("keys a write-up by its number, and by its case's name too where the collection printed two cases under it", () => {
    const writeUp = (authorityNumber: string, title: string, text = "……") =>
      judgment({
        source: "criminal-trial-reference",
        documentType: "案例",
        tier: "typical",
        authorityNumber,
        title,
        text,
      });
    const plain = (number: string) =>
      createHash("sha256")
        .update(`authority|criminal-trial-reference|${number}`)
        .digest("base64url")
        .slice(0, 22);
    // Any other number: the id its number alone gives, whatever the title.
    expect(judgmentId(writeUp("刑事审判参考第994号", "【第994号】张某甲故意杀人案——如何量刑"))).toBe(
      plain("刑事审判参考第994号"),
    );
    // 第993号 was printed on two cases: each keeps its own id, from its own record alone.
    const killing = writeUp("刑事审判参考第993号", "【第993号】张某甲故意杀人案——如何量刑");
    const injury = writeUp("刑事审判参考第993号", "【第993号】李某乙故意伤害案——如何定罪处罚");
    expect(judgmentId(killing)).not.toBe(judgmentId(injury));
    expect([judgmentId(killing), judgmentId(injury)]).not.toContain(plain("刑事审判参考第993号"));
    // The same case read again (spacing, width, another question wording, its text edited) keeps its id.
    expect(
      judgmentId(writeUp("刑事审判参考第993号", "【第 993 号】 张某甲故意杀人案 —— 如何量刑", "另一文本")),
    ).toBe(judgmentId(killing));
  });
});
