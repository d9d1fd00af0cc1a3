import { describe, expect, it } from "vitest";
import {
  type AuditCase,
  articleLabel,
  clusterCases,
  legalKey,
  principalStatutes,
  sentencingRange,
  splitOrdinal,
  substantiveLaws,
} from "./cluster.ts";

function kase(id: string, over: Partial<AuditCase> = {}): AuditCase {
  return {
    id,
    charges: ["盗窃罪"],
    causes: [],
    statutes: ["刑法#264", "刑法#67", "刑法#52"],
    circumstances: [],
    penaltyKinds: ["有期徒刑"],
    months: 8,
    ...over,
  };
}

describe("clusters of comparable cases", () => {
  it("principal statutes are the Criminal Law's specific part", () => {
    expect(principalStatutes(["刑法#67", "刑法#264", "刑法#52", "刑事诉讼法#15", "刑法#133"])).toEqual([
      "刑法#133",
      "刑法#264",
    ]);
  });

  it("keeps an added article (之一) after its article and labels it 第一百三十三条之一", () => {
    expect(principalStatutes(["刑法#134", "刑法#133-1", "刑法#67", "刑法#133", "刑法#72"])).toEqual([
      "刑法#133",
      "刑法#133-1",
      "刑法#134",
    ]);
    expect(articleLabel("刑法#133-1")).toBe("第一百三十三条之一");
    expect(articleLabel("刑法#264")).toBe("第二百六十四条");
    // 危险驾驶 judgments cite 第一百三十三条之一 (and 交通肇事 ones 第一百三十三条): two clusters, each named right.
    const drunk = Array.from({ length: 6 }, (_, i) =>
      kase(`d${i}`, { charges: ["危险驾驶罪"], statutes: ["刑法#133-1", "刑法#67", "刑法#72"] }),
    );
    const traffic = Array.from({ length: 6 }, (_, i) =>
      kase(`t${i}`, { charges: ["交通肇事罪"], statutes: ["刑法#133", "刑法#67"] }),
    );
    const clusters = clusterCases([...drunk, ...traffic], { minClusterSize: 5 });
    expect(clusters.map((c) => c.label).sort()).toEqual([
      "交通肇事罪（第一百三十三条）",
      "危险驾驶罪（第一百三十三条之一）",
    ]);
    expect(clusters.find((c) => c.charges[0] === "危险驾驶罪")?.statutes).toEqual(["刑法#133-1"]);
  });

  it("separates charge sets; a case citing no principal statute joins its charge's main variant", () => {
    const cases = [
      ...Array.from({ length: 6 }, (_, i) => kase(`t${i}`)),
      kase("t-nostatute", { statutes: ["刑法#67"] }),
      ...Array.from({ length: 6 }, (_, i) => kase(`r${i}`, { charges: ["抢劫罪"], statutes: ["刑法#263"] })),
      kase("two", { charges: ["盗窃罪", "抢劫罪"], statutes: ["刑法#263", "刑法#264"] }),
    ];
    const clusters = clusterCases(cases, { minClusterSize: 5 });
    const theft = clusters.find((c) => c.charges.join() === "盗窃罪");
    expect(theft?.cases.map((c) => c.id)).toContain("t-nostatute");
    expect(theft?.statutes).toEqual(["刑法#264"]);
    expect(clusters.find((c) => c.key.startsWith("抢劫罪、盗窃罪"))?.cases.map((c) => c.id)).toEqual(["two"]);
  });

  it("splits a large amount-based group by amount band, merging a small band into its neighbour", () => {
    const band = (tag: string, n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => kase(`${prefix}${i}`, { circumstances: [tag] }));
    const cases = [
      ...band("数额:千元以下", 12, "a"),
      ...band("数额:1千-3千", 12, "b"),
      ...band("数额:3千-1万", 2, "c"),
      ...band("数额:10万-30万", 10, "d"),
    ];
    const clusters = clusterCases(cases, { minClusterSize: 5, splitAbove: 20 });
    expect(clusters.map((c) => c.cases.length).sort((x, y) => x - y)).toEqual([12, 12, 12]);
    expect(clusters.map((c) => c.label).join("|")).toContain("数额:3千-1万～10万-30万");
  });

  it("splits thefts by their form (入户、扒窃、携带凶器、多次) and recidivists from the rest", () => {
    const group = (n: number, prefix: string, circumstances: string[]) =>
      Array.from({ length: n }, (_, i) =>
        kase(`${prefix}${i}`, { circumstances: ["数额:千元以下", ...circumstances] }),
      );
    const cases = [
      ...group(12, "plain", []),
      ...group(8, "home", ["入户"]),
      ...group(6, "pocket", ["扒窃", "累犯"]),
      ...group(6, "again", ["累犯"]),
    ];
    const clusters = clusterCases(cases, { minClusterSize: 5, splitAbove: 10 });
    const labelOf = (id: string) => clusters.find((c) => c.cases.some((k) => k.id === id))?.label ?? "";
    expect(labelOf("plain0")).toContain("无入户、扒窃、携带凶器、多次·非累犯");
    expect(labelOf("again0")).toContain("无入户、扒窃、携带凶器、多次·累犯");
    expect(labelOf("home0")).toContain("入户、扒窃、携带凶器或多次·非累犯");
    expect(labelOf("pocket0")).toContain("入户、扒窃、携带凶器或多次·累犯");
    // Drug sales split by 多次贩卖 (2016 毒品解释 §4), named as such, not in theft's words.
    const drugs = Array.from({ length: 24 }, (_, i) =>
      kase(`s${i}`, {
        charges: ["走私、贩卖、运输、制造毒品罪"],
        statutes: ["刑法#347"],
        circumstances: ["毒品数量:折合海洛因1克以下", ...(i < 8 ? ["多次"] : [])],
      }),
    );
    const drugLabels = clusterCases(drugs, { minClusterSize: 5, splitAbove: 10 }).map((c) => c.label);
    expect(drugLabels.some((l) => l.includes("·多次贩卖"))).toBe(true);
    expect(drugLabels.some((l) => l.includes("·非多次贩卖"))).toBe(true);
    expect(drugLabels.join()).not.toContain("扒窃");
    // 醉驾 (§133-1) has no form level: recidivism alone splits it.
    const drunk = Array.from({ length: 24 }, (_, i) =>
      kase(`d${i}`, {
        charges: ["危险驾驶罪"],
        statutes: ["刑法#133"],
        circumstances: i < 8 ? ["累犯"] : [],
      }),
    );
    expect(
      clusterCases(drunk, { minClusterSize: 5, splitAbove: 10 })
        .map((c) => c.label)
        .sort(),
    ).toEqual([expect.stringContaining("累犯"), expect.stringContaining("非累犯")]);
  });

  it("does not split a group below splitAbove, nor by amount for a non-amount offence", () => {
    const cases = Array.from({ length: 30 }, (_, i) =>
      kase(`x${i}`, {
        charges: ["危险驾驶罪"],
        statutes: ["刑法#133"],
        circumstances: [i % 2 ? "数额:千元以下" : "数额:100万以上"],
      }),
    );
    expect(clusterCases(cases, { minClusterSize: 5 })).toHaveLength(1);
  });

  it("cases that do not state the band join the largest band when few", () => {
    const cs = [
      ...Array.from({ length: 6 }, (_, i) => kase(`a${i}`, { circumstances: ["数额:千元以下"] })),
      ...Array.from({ length: 8 }, (_, i) => kase(`b${i}`, { circumstances: ["数额:3万-10万"] })),
      kase("none"),
    ];
    const bins = splitOrdinal(
      cs,
      (c) => (c.circumstances[0] === "数额:千元以下" ? 0 : c.circumstances[0] ? 4 : undefined),
      5,
    );
    expect(bins?.map((b) => b.cases.length)).toEqual([6, 9]);
  });
});

describe("administrative clusters by the substantive law applied to the act sued", () => {
  const penalty = (id: string, statutes: string[]): AuditCase =>
    kase(id, { charges: [], causes: ["行政处罚"], statutes, penaltyKinds: [], months: undefined });

  it("reads laws and regulations, an implementing regulation as its law, less the suit's and general laws", () => {
    expect(
      substantiveLaws([
        "行政诉讼法#70",
        "最高人民法院关于适用《中华人民共和国行政诉讼法》的解释#1",
        "民事诉讼法（试行）#5",
        "行政处罚法#32",
        "国家赔偿法#4",
        "人民检察院组织法#20",
        "道路交通安全法#90",
        "道路交通安全法实施条例#38",
        "道路交通安全违法行为处理程序规定#8",
        "水法#48",
        "固体废物污染环境防治法（2016）#68",
        "某市客运出租汽车管理办法#12",
        "条例",
      ]),
    ).toEqual(["固体废物污染环境防治法", "水法", "道路交通安全法"]);
  });

  it("splits an administrative suit by its law when its cause is one the causes' pattern does not know", () => {
    // 消防验收纠纷, as a court names the act sued: an administrative judgment by its category (行政).
    const inspection = (id: string, statutes: string[], category?: string) => ({
      ...penalty(id, statutes),
      causes: ["消防验收纠纷"],
      ...(category ? { category } : {}),
    });
    const labels = (cases: AuditCase[]) => clusterCases(cases, { minClusterSize: 5 }).map((c) => c.label);
    expect(
      labels([
        ...[1, 2].map((i) => inspection(`消防${i}`, ["消防法#13", "行政诉讼法#70"], "行政")),
        inspection("建筑", ["建筑法#61"], "行政"),
        inspection("无", ["行政诉讼法#70"], "行政"),
      ]),
    ).toEqual(["消防验收纠纷（消防法）", "消防验收纠纷（未援引实体法）", "消防验收纠纷（建筑法）"]);
    // Without the category (an index of a document with none), the cause alone, as before.
    expect(labels([inspection("消防", ["消防法#13"]), inspection("建筑", ["建筑法#61"])])).toEqual([
      "消防验收纠纷",
    ]);
  });

  it("clusters a 工伤认定 under 社会保险法's 工伤保险 chapter with those under 工伤保险条例, as one regime", () => {
    const injury = (id: string, statutes: string[]) => ({ ...penalty(id, statutes), causes: ["工伤认定"] });
    const cases = [
      ...Array.from({ length: 3 }, (_, i) => injury(`regulation${i}`, ["工伤保险条例#14", "行政诉讼法#69"])),
      injury("law", ["社会保险法#36", "行政诉讼法#69"]),
      injury("province", ["某某省工伤保险条例#9", "行政诉讼法#69"]),
      // The law's chapter on 养老保险 is another insurance: not the regime of 工伤保险条例.
      injury("pension", ["社会保险法#16"]),
    ];
    expect(
      clusterCases(cases, { minClusterSize: 5 }).map((c) => [c.label, c.cases.map((x) => x.id).sort()]),
    ).toEqual([
      ["行政确认（工伤保险条例）", ["law", "province", "regulation0", "regulation1", "regulation2"]],
      ["行政确认（社会保险法）", ["pension"]],
    ]);
    expect(substantiveLaws(["社会保险法#33", "社会保险法#43", "社会保险法#44", "社会保险法"])).toEqual([
      "工伤保险条例",
      "社会保险法",
    ]);
  });

  it("clusters an act under an older title's name with the same act under the catalogue's name", () => {
    const suit = (id: string, causes: string[], statutes: string[]) => ({
      ...penalty(id, statutes),
      causes,
      category: "行政",
    });
    const clusters = clusterCases(
      [
        suit("old-injury", ["工伤认定"], ["工伤保险条例#14"]),
        suit("new-injury", ["行政确认"], ["工伤保险条例#15"]),
        suit("old-seizure", ["行政强制"], ["食品安全法#110"]),
        suit("new-seizure", ["行政强制措施"], ["食品安全法#110"]),
        suit("old-taking", ["行政征收"], ["土地管理法#47"]),
        suit("new-taking", ["征收或者征用土地"], ["土地管理法#47"]),
        // A court's own name of the act: the kind of the act it names.
        suit("written", ["治安管理处罚决定行政纠纷"], ["治安管理处罚法#43"]),
        suit("fine", ["罚款"], ["治安管理处罚法#43"]),
        // Naming no act of the catalogue: as written.
        suit("inspection", ["消防验收纠纷"], ["消防法#13"]),
      ],
      { minClusterSize: 2 },
    );
    expect(clusters.map((c) => [c.label, c.cases.map((x) => x.id).sort()])).toEqual([
      ["行政处罚（治安管理处罚法）", ["fine", "written"]],
      ["行政强制措施（食品安全法）", ["new-seizure", "old-seizure"]],
      ["行政征收或者征用（土地管理法）", ["new-taking", "old-taking"]],
      ["行政确认（工伤保险条例）", ["new-injury", "old-injury"]],
      ["消防验收纠纷（消防法）", ["inspection"]],
    ]);
    // A civil cause is not read as an act (no category, no administrative cause).
    expect(legalKey({ charges: [], causes: ["房屋买卖合同纠纷"] })).toEqual(["房屋买卖合同纠纷"]);
  });

  it("splits 行政处罚 by the law applied, each law apart however few; a case citing none by its cause alone", () => {
    const cases = [
      ...Array.from({ length: 6 }, (_, i) =>
        penalty(`traffic${i}`, ["道路交通安全法#90", "行政处罚法#32", "行政诉讼法#69"]),
      ),
      penalty("traffic-regulation", ["道路交通安全法实施条例#38", "行政诉讼法#70"]),
      ...Array.from({ length: 2 }, (_, i) => penalty(`tax${i}`, ["税收征收管理法#63", "行政诉讼法#69"])),
      // Cites a second law too: counted under the law more of its cause's cases apply.
      penalty("tax-invoice", ["税收征收管理法#63", "发票管理办法#22", "会计法#42", "行政诉讼法#69"]),
      penalty("none", ["行政诉讼法#70", "国家赔偿法#4"]),
      penalty("none2", []),
    ];
    const clusters = clusterCases(cases, { minClusterSize: 5 });
    expect(clusters.map((c) => [c.label, c.statutes, c.cases.map((x) => x.id).sort()])).toEqual([
      [
        "行政处罚（道路交通安全法）",
        ["道路交通安全法"],
        [...Array.from({ length: 6 }, (_, i) => `traffic${i}`), "traffic-regulation"].sort(),
      ],
      ["行政处罚（税收征收管理法）", ["税收征收管理法"], ["tax-invoice", "tax0", "tax1"]],
      ["行政处罚（未援引实体法）", [], ["none", "none2"]],
    ]);
    expect(clusters[0]?.charges).toEqual(["行政处罚"]);
  });

  it("leaves a civil cause by its cause alone, whatever laws its judgments cite", () => {
    const loan = (id: string, statutes: string[]) =>
      kase(id, { charges: [], causes: ["民间借贷纠纷"], statutes, penaltyKinds: [], months: undefined });
    const clusters = clusterCases(
      [
        ...Array.from({ length: 3 }, (_, i) => loan(`code${i}`, ["民法典#675"])),
        ...Array.from({ length: 3 }, (_, i) => loan(`contract${i}`, ["合同法#206"])),
      ],
      { minClusterSize: 5 },
    );
    expect(clusters.map((c) => [c.label, c.cases.length])).toEqual([["民间借贷纠纷", 6]]);
  });

  it("compares a civil cause's older name with the 2020 cause it became, not one split into several", () => {
    const suit = (id: string, cause: string) =>
      kase(id, { charges: [], causes: [cause], statutes: [], penaltyKinds: [], months: undefined });
    const clusters = clusterCases(
      [
        suit("old-broker", "居间合同纠纷"),
        suit("new-broker", "中介合同纠纷"),
        suit("old-mark", "侵犯商标专用权纠纷"),
        suit("new-mark", "侵害商标权纠纷"),
        // Split by the 2020 text (预售 or 销售): which it is, the name does not tell.
        suit("old-flat", "商品房买卖合同纠纷"),
        suit("new-flat", "商品房预售合同纠纷"),
      ],
      { minClusterSize: 2 },
    );
    expect(clusters.map((c) => [c.label, c.cases.map((x) => x.id).sort()])).toEqual([
      ["中介合同纠纷", ["new-broker", "old-broker"]],
      ["侵害商标权纠纷", ["new-mark", "old-mark"]],
      ["商品房买卖合同纠纷", ["old-flat"]],
      ["商品房预售合同纠纷", ["new-flat"]],
    ]);
    expect(legalKey({ charges: [], causes: ["侵犯著作权纠纷", "著作权权属、侵权纠纷"] })).toEqual([
      "著作权权属、侵权纠纷",
    ]);
  });
});

describe("ranges the law sets apart", () => {
  it("splits by the amount grade the court found, however small the group, before the band", () => {
    // 盗窃 by the 1998 thresholds (巨大 from 5,000–20,000) or a province's own: the band says 1万-3万 for both.
    const cases = [
      ...Array.from({ length: 8 }, (_, i) =>
        kase(`l${i}`, { circumstances: ["认定:数额较大", "数额:1万-3万"] }),
      ),
      ...Array.from({ length: 3 }, (_, i) =>
        kase(`h${i}`, { circumstances: ["认定:数额巨大", "数额:1万-3万"], months: 48 }),
      ),
    ];
    const clusters = clusterCases(cases, { minClusterSize: 5 });
    expect(clusters.map((c) => [c.label, c.cases.length])).toEqual([
      ["盗窃罪（第二百六十四条）·数额较大", 8],
      ["盗窃罪（第二百六十四条）·数额巨大", 3],
    ]);
    // Cases that state no grade stay apart, however few: not put in with a range.
    const unstated = clusterCases([...cases, kase("u1"), kase("u2")], { minClusterSize: 5 });
    expect(unstated.map((c) => [c.label, c.cases.length])).toEqual([
      ["盗窃罪（第二百六十四条）·数额较大", 8],
      ["盗窃罪（第二百六十四条）·数额巨大", 3],
      ["盗窃罪（第二百六十四条）·未认定数额等级", 2],
    ]);
  });

  it("keeps deaths, injuries and 逃逸 apart in a small traffic group (§133)", () => {
    const traffic = (id: string, circumstances: string[]) =>
      kase(id, { charges: ["交通肇事罪"], statutes: ["刑法#133"], circumstances });
    const cases = [
      ...Array.from({ length: 6 }, (_, i) => traffic(`d${i}`, ["死亡"])),
      ...Array.from({ length: 3 }, (_, i) => traffic(`e${i}`, ["死亡", "逃逸"])),
      ...Array.from({ length: 2 }, (_, i) => traffic(`s${i}`, ["重伤"])),
    ];
    const labels = clusterCases(cases, { minClusterSize: 5 }).map((c) => `${c.label} ${c.cases.length}`);
    expect(labels.sort()).toEqual([
      "交通肇事罪（第一百三十三条）·死亡·未逃逸 6",
      "交通肇事罪（第一百三十三条）·死亡·肇事后逃逸 3",
      "交通肇事罪（第一百三十三条）·重伤 2",
    ]);
  });

  it("does not take a weapon for an aggravated robbery: 入户 and 多次 are (§263)", () => {
    const robbery = (id: string, circumstances: string[]) =>
      kase(id, { charges: ["抢劫罪"], statutes: ["刑法#263"], circumstances });
    const cases = [
      ...Array.from({ length: 6 }, (_, i) => robbery(`w${i}`, ["持械"])),
      ...Array.from({ length: 6 }, (_, i) => robbery(`p${i}`, [])),
      ...Array.from({ length: 3 }, (_, i) => robbery(`h${i}`, ["入户"])),
    ];
    const clusters = clusterCases(cases, { minClusterSize: 5 });
    expect(clusters.map((c) => `${c.label} ${c.cases.length}`)).toEqual([
      "抢劫罪（第二百六十三条）·非入户、多次抢劫 12",
      "抢劫罪（第二百六十三条）·入户或多次抢劫 3",
    ]);
  });
});

describe("rape's aggravated range (§236 ¶3, ten years or more)", () => {
  it("is apart from rapes sentenced within ¶1 however few, as the court found it", () => {
    const rape = (id: string, circumstances: string[], months: number) =>
      kase(id, { charges: ["强奸罪"], statutes: ["刑法#236"], circumstances, months });
    const cases = [
      ...Array.from({ length: 20 }, (_, i) => rape(`r${i}`, [], 40 + i)),
      ...Array.from({ length: 2 }, (_, i) => rape(`g${i}`, ["认定:强奸加重"], 150)),
    ];
    const labels = clusterCases(cases, { minClusterSize: 5 }).map((c) => `${c.label} ${c.cases.length}`);
    expect(labels).toEqual([
      "强奸罪（第二百三十六条）·无第三款加重情节 20",
      "强奸罪（第二百三十六条）·强奸加重情节（第二百三十六条第三款） 2",
    ]);
    expect(sentencingRange(["刑法#236"], ["认定:强奸加重"])).toEqual([
      "未致轻伤以上",
      "强奸加重情节（第二百三十六条第三款）",
    ]);
  });
});

describe("a traffic offence's 其他特别恶劣情节 (§133, 2000 交通肇事解释 §4: three to seven years)", () => {
  it("is apart from the base range's deaths however few, as the court found it", () => {
    const crash = (id: string, circumstances: string[], months: number) =>
      kase(id, { charges: ["交通肇事罪"], statutes: ["刑法#133"], circumstances, months });
    const cases = [
      ...Array.from({ length: 20 }, (_, i) => crash(`d${i}`, ["死亡"], 10 + i)),
      ...Array.from({ length: 2 }, (_, i) => crash(`s${i}`, ["死亡", "认定:交通肇事特别恶劣"], 60 + i)),
    ];
    const labels = clusterCases(cases, { minClusterSize: 5 }).map((c) => `${c.label} ${c.cases.length}`);
    expect(labels).toEqual([
      "交通肇事罪（第一百三十三条）·无特别恶劣情节 20",
      "交通肇事罪（第一百三十三条）·特别恶劣情节 2",
    ]);
  });
});

describe("§276之一's 造成严重后果 (2013 拒不支付劳动报酬解释 §5: three to seven years)", () => {
  it("is apart from the base range's wage cases however few, as the court found it", () => {
    const wages = (id: string, circumstances: string[], months: number) =>
      kase(id, { charges: ["拒不支付劳动报酬罪"], statutes: ["刑法#276-1"], circumstances, months });
    const cases = [
      ...Array.from({ length: 12 }, (_, i) => wages(`b${i}`, ["认定:数额较大"], 6 + i)),
      wages("grave", ["认定:数额较大", "认定:拒不支付劳动报酬严重后果"], 36),
    ];
    const labels = clusterCases(cases, { minClusterSize: 5 }).map((c) => `${c.label} ${c.cases.length}`);
    expect(labels).toEqual([
      "拒不支付劳动报酬罪（第二百七十六条之一）·未认定严重后果 12",
      "拒不支付劳动报酬罪（第二百七十六条之一）·造成严重后果 1",
    ]);
    expect(sentencingRange(["刑法#276-1"], ["认定:拒不支付劳动报酬严重后果"])).toEqual(["造成严重后果"]);
  });
});

describe("repeated drug sales (多次贩卖, 毒品解释 §4)", () => {
  it("are apart from single sales however few, also where the court writes no 情节严重", () => {
    const sale = (id: string, circumstances: string[], months: number) =>
      kase(id, { charges: ["走私、贩卖、运输、制造毒品罪"], statutes: ["刑法#347"], circumstances, months });
    const cases = [
      ...Array.from({ length: 24 }, (_, i) => sale(`s${i}`, ["毒品数量:折合海洛因1克以下"], 7)),
      sale("many", ["毒品数量:折合海洛因1克以下", "多次"], 38),
    ];
    const labels = clusterCases(cases, { minClusterSize: 5 }).map((c) => `${c.label} ${c.cases.length}`);
    expect(labels).toEqual([
      "走私、贩卖、运输、制造毒品罪（第三百四十七条）·非多次贩卖 24",
      "走私、贩卖、运输、制造毒品罪（第三百四十七条）·多次贩卖 1",
    ]);
  });
});

describe("情节严重 and 情节特别严重 as found, where the law makes them heavier ranges", () => {
  it("split 破坏生产经营 by 情节严重 (§276), 非法经营 only by 情节特别严重 (§225)", () => {
    const sabotage = (id: string, circumstances: string[], months: number) =>
      kase(id, { charges: ["破坏生产经营罪"], statutes: ["刑法#276"], circumstances, months });
    const dealing = (id: string, circumstances: string[], months: number) =>
      kase(id, { charges: ["非法经营罪"], statutes: ["刑法#225"], circumstances, months });
    const cases = [
      ...Array.from({ length: 7 }, (_, i) => sabotage(`b${i}`, [], 8 + i)),
      sabotage("grave", ["认定:情节严重"], 54),
      // 情节严重 is 非法经营 itself (five years or less): no split; 情节特别严重 is five or more.
      ...Array.from({ length: 10 }, (_, i) => dealing(`d${i}`, i % 2 ? ["认定:情节严重"] : [], 12 + i)),
      dealing("very", ["认定:情节特别严重"], 66),
    ];
    const labels = clusterCases(cases, { minClusterSize: 5 }).map((c) => `${c.label} ${c.cases.length}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        "破坏生产经营罪（第二百七十六条）·未认定情节严重 7",
        "破坏生产经营罪（第二百七十六条）·情节严重 1",
        "非法经营罪（第二百二十五条）·未认定情节特别严重 10",
        "非法经营罪（第二百二十五条）·情节特别严重 1",
      ]),
    );
    expect(labels).toHaveLength(4);
  });
});

describe("sentencingRange (how a report groups its similar cases)", () => {
  it("is the found grade before the band, the harm and 逃逸, 情节严重 of small drug sales", () => {
    expect(sentencingRange(["刑法#264"], ["认定:数额巨大", "数额:1万-3万", "自首"])).toEqual(["数额巨大"]);
    expect(sentencingRange(["刑法#264"], ["数额:1万-3万"])).toEqual(["数额:1万-3万"]);
    expect(sentencingRange(["刑法#133"], ["死亡", "逃逸"])).toEqual(["死亡", "肇事后逃逸"]);
    expect(sentencingRange(["刑法#347"], ["毒品数量:折合海洛因1克以下", "认定:情节严重"])).toEqual([
      "毒品数量:折合海洛因1克以下",
      "情节严重",
    ]);
    expect(sentencingRange(["刑法#133-1"], ["认定:情节严重", "数额:千元以下"])).toEqual([]);
  });
});
