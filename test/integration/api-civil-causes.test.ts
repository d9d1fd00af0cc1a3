/**
 * Civil causes by their place in 民事案件案由规定 (2020), against a real Elasticsearch: a filter or a
 * similar-case search for a parent cause (保险合同纠纷, 继承纠纷) also finds the judgments whose titles
 * name a cause below it (船舶保险合同纠纷, 遗嘱继承纠纷), and one for a cause below finds only that cause.
 */
import { describe, expect, it } from "vitest";
import { foundIds, indexedApi, record } from "./api-fixtures.ts";

function civil(id: string, cause: string, facts: string, disposition = "判决如下：……") {
  return record({
    id,
    title: `张某甲与某某公司${cause}一审民事判决书`,
    caseNumber: { raw: `（2020）沪0101民初${id.length}号` },
    category: "民事",
    causes: [cause],
    sections: { facts, disposition },
    decisionDate: "2020-06-01",
    text: facts,
  });
}

const SHIP = "原告所有的货船投保后在航行中触礁受损，原告请求保险公司按保险合同赔付修理费用。";
const HOUSE = "被继承人去世后留有房屋一套，原告请求按遗嘱继承该房屋，被告主张法定继承。";

describe("civil causes searched with the causes below them", () => {
  const { api } = indexedApi("civilcauses", [
    civil("船舶保险", "船舶保险合同纠纷", SHIP),
    civil("保险合同", "保险合同纠纷", SHIP),
    civil("财产保险", "财产保险合同纠纷", SHIP),
    civil("遗嘱继承", "遗嘱继承纠纷", HOUSE),
    civil("法定继承", "法定继承纠纷", HOUSE),
    civil("借贷", "民间借贷纠纷", "原告出借款项给被告，被告到期未还，原告请求还本付息。"),
  ]);

  const found = (causes: string[]) => foundIds(api, { q: "原告", filters: { causes }, size: 50 });

  it("a filter by a parent finds its children; a child's finds only itself", async () => {
    expect(await found(["保险合同纠纷"])).toEqual(["保险合同", "船舶保险", "财产保险"].sort());
    expect(await found(["船舶保险合同纠纷"])).toEqual(["船舶保险"]);
    expect(await found(["继承纠纷"])).toEqual(["法定继承", "遗嘱继承"].sort());
    expect(await found(["继承"])).toEqual(["法定继承", "遗嘱继承"].sort());
    expect(await found(["遗嘱继承纠纷"])).toEqual(["遗嘱继承"]);
  });

  it("/similar given a parent cause finds the judgments of the causes below it", async () => {
    const res = await api.call("/api/v1/similar", { body: { facts: SHIP, causes: ["保险合同纠纷"] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    type Case = {
      id: string;
      why: { sharedCauses: string[]; sharedCauseDetails?: Record<string, string[]> };
    };
    const cases: Case[] = res.body.groups.flatMap((g: { cases: Case[] }) => g.cases);
    const why = (id: string) => cases.find((c) => c.id === id)?.why;
    // Shared with the judge's cause: in the judge's words, the cause below it, as the judgment names
    // it, beside it.
    expect(why("船舶保险")?.sharedCauses).toEqual(["保险合同纠纷"]);
    expect(why("船舶保险")?.sharedCauseDetails).toEqual({ 保险合同纠纷: ["船舶保险合同纠纷"] });
    expect(why("财产保险")?.sharedCauseDetails).toEqual({ 保险合同纠纷: ["财产保险合同纠纷"] });
    expect(why("保险合同")?.sharedCauses).toEqual(["保险合同纠纷"]);
    expect(why("保险合同")?.sharedCauseDetails).toBeUndefined();
    expect(why("借贷")?.sharedCauses ?? []).toEqual([]);
    // Said back as the judge gave it, not as the forms it is searched by.
    expect(res.body.query.charges).toEqual(["保险合同纠纷"]);
  });

  it("a cause typed without 纠纷 is said back by its catalogue name and finds the causes below it", async () => {
    const res = await api.call("/api/v1/similar", { body: { facts: HOUSE, causes: ["继承"] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.query.charges).toEqual(["继承纠纷"]);
    const ids = res.body.groups.flatMap((g: { cases: { id: string }[] }) => g.cases.map((c) => c.id));
    expect(ids).toEqual(expect.arrayContaining(["法定继承", "遗嘱继承"]));
  });
});

describe("a deviation check given a parent cause compares the cases of one cause below it", () => {
  const GOODS = "原告向被告供应货物，被告收货后未按合同约定支付货款，原告请求被告支付货款及逾期付款利息。";
  const PAID = "判决如下：被告某某公司于本判决生效之日起十日内支付原告张某甲货款10万元。";
  const { api } = indexedApi("civilcausedev", [
    ...Array.from({ length: 5 }, (_, i) => civil(`买卖${i}`, "买卖合同纠纷", GOODS, PAID)),
    ...Array.from({ length: 2 }, (_, i) =>
      civil(`借款${i}`, "借款合同纠纷", GOODS, "判决如下：驳回原告张某甲的诉讼请求。"),
    ),
  ]);

  it("leaves out the cases of another cause below it, and says so", async () => {
    const res = await api.call("/api/v1/deviation", {
      body: { facts: GOODS, causes: ["合同纠纷"], proposed: { civilDisposition: "upheld" } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const ids = res.body.similarCases.map((c: { id: string }) => c.id).sort();
    expect(ids).toEqual(["买卖0", "买卖1", "买卖2", "买卖3", "买卖4"]);
    expect(res.body.reason).toContain(
      "所填案由“合同纠纷”含下位案由，仅比较类案中最多的案由“买卖合同纠纷”的 5 件类案。",
    );
  });
});

describe("a deviation check names the judge's cause as understood (劳动 is 劳动争议)", () => {
  const UNPAID = "原告在被告处工作，被告拖欠原告工资三个月未付，原告请求被告支付拖欠的劳动报酬及经济补偿。";
  const PAID = "判决如下：被告某某公司于本判决生效之日起十日内支付原告张某甲工资2万元。";
  const { api } = indexedApi("civilcauselabour", [
    ...Array.from({ length: 5 }, (_, i) => civil(`报酬${i}`, "追索劳动报酬纠纷", UNPAID, PAID)),
    ...Array.from({ length: 2 }, (_, i) =>
      civil(`关系${i}`, "确认劳动关系纠纷", UNPAID, "判决如下：驳回原告张某甲的诉讼请求。"),
    ),
  ]);

  it("compares the cases of one cause below it, and says the cause by its catalogue name", async () => {
    for (const typed of ["劳动", "劳动纠纷"]) {
      const res = await api.call("/api/v1/deviation", {
        body: { facts: UNPAID, causes: [typed], proposed: { civilDisposition: "upheld" } },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const ids = res.body.similarCases.map((c: { id: string }) => c.id).sort();
      expect(ids, typed).toEqual(["报酬0", "报酬1", "报酬2", "报酬3", "报酬4"]);
      expect(res.body.reason, typed).toContain(
        "所填案由“劳动争议”含下位案由，仅比较类案中最多的案由“追索劳动报酬纠纷”的 5 件类案。",
      );
    }
  });
});
