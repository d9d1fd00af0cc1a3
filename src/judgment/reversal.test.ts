import { describe, expect, it } from "vitest";
import {
  amendsPropertyOnly,
  dispositionItems,
  instanceRulings,
  type LaterInstance,
  propertyItem,
  quashedItemNumbers,
  reviewedInstances,
  toldRemands,
} from "./reversal.ts";

function appeal(over: Partial<LaterInstance> & { disposition?: string; history?: string }): LaterInstance {
  const { disposition, history, ...rest } = over;
  return {
    procedure: "二审",
    priorCaseNumbers: [],
    outcome: { appeal: "amended" },
    sections: { disposition, history },
    ...rest,
  };
}

const effects = (later: LaterInstance) =>
  Object.fromEntries(instanceRulings(later).map((r) => [r.caseNumber, r.effect]));

describe("instanceRulings: what a later instance rules on the earlier ones it cites", () => {
  it("quashes the sentence of （2018）湘0103刑初156号 (its conviction upheld: still changed, so quashed)", () => {
    const rulings = instanceRulings(
      appeal({
        priorCaseNumbers: ["（2018）湘0103刑初156号"],
        disposition:
          "一、维持湖南省长沙市天心区人民法院（2018）湘0103刑初156号刑事判决对原审被告人曾峰远的定罪部分；\n二、撤销湖南省长沙市天心区人民法院（2018）湘0103刑初156号刑事判决对原审被告人曾峰远的量刑部分；\n三、原审被告人曾峰远犯危险驾驶罪，判处拘役二个月，并处罚金人民币三千元。",
      }),
    );
    expect(rulings).toEqual([
      {
        caseNumber: "（2018）湘0103刑初156号",
        effect: "quashed",
        clause:
          "二、撤销湖南省长沙市天心区人民法院（2018）湘0103刑初156号刑事判决对原审被告人曾峰远的量刑部分",
        // What the quashing verb says, whole: whose sentence (src/search/reversals.ts reads the names).
        spans: ["撤销湖南省长沙市天心区人民法院（2018）湘0103刑初156号刑事判决对原审被告人曾峰远的量刑部分"],
      },
    ]);
  });

  it("keeps every quashing span of a number: each item may change another defendant's sentence", () => {
    const [ruling] = instanceRulings(
      appeal({
        priorCaseNumbers: ["（2018）渝03刑初1号"],
        disposition:
          "一、维持重庆市第三中级人民法院（2018）渝03刑初1号刑事判决第一项；二、撤销重庆市第三中级人民法院（2018）渝03刑初1号刑事判决第二项对被告人余辰的量刑；三、撤销该判决第三项对被告人王某的量刑；四、被告人余辰犯贩卖毒品罪，判处有期徒刑八年。",
      }),
    );
    expect(ruling?.effect).toBe("quashed");
    expect(ruling?.spans).toEqual([
      "撤销重庆市第三中级人民法院（2018）渝03刑初1号刑事判决第二项对被告人余辰的量刑",
      "撤销该判决第三项对被告人王某的量刑",
    ]);
  });

  it("a property or civil item quashed leaves the conviction and sentence standing", () => {
    // （2017）闽刑终24号: only the civil judgment (item 九) of （2016）闽08刑初94号 is quashed.
    const civil = appeal({
      priorCaseNumbers: ["（2016）闽08刑初94号"],
      disposition:
        "一、维持某市中级人民法院（2016）闽08刑初94号刑事附带民事判决的第一项至第八项；二、撤销某市中级人民法院（2016）闽08刑初94号刑事附带民事判决的第九项，即附带民事赔偿部分；三、驳回附带民事诉讼原告人的其他诉讼请求。",
    });
    expect(effects(civil)).toEqual({ "（2016）闽08刑初94号": "upheld" });
    // （2018）琼刑终521号: a confiscation quashed.
    const seized = appeal({
      priorCaseNumbers: ["（2018）琼97刑初808号"],
      disposition:
        "一、撤销某中级人民法院（2018）琼97刑初808号刑事判决第二项，即“非法采砂违法所得人民币8460元，继续予以追缴”；二、驳回上诉，维持原判其余部分。",
    });
    expect(effects(seized)).toEqual({ "（2018）琼97刑初808号": "upheld" });
    // An item named by its number alone, or one on the sentence, is a quash.
    const numbered = appeal({
      priorCaseNumbers: ["（2015）黔赫刑初字第232号"],
      disposition:
        "一、撤销赫章县人民法院（2015）黔赫刑初字第232号刑事附带民事判决第一项；二、上诉人王某犯故意伤害罪，判处有期徒刑二年。",
    });
    expect(effects(numbered)).toEqual({ "（2015）黔赫刑初字第232号": "quashed" });
    const fine = appeal({
      priorCaseNumbers: ["（2016）鄂01刑初680号"],
      disposition:
        "撤销湖北省武汉市中级人民法院（2016）鄂01刑初680号刑事判决第二项，即对被告人罚金及违法所得的判决部分。",
    });
    expect(effects(fine)).toEqual({ "（2016）鄂01刑初680号": "quashed" });
  });

  it("rules on nothing unless the result reverses (affirmed, withdrawn, unread)", () => {
    for (const result of ["affirmed", "withdrawn", "other", undefined]) {
      expect(
        instanceRulings(
          appeal({
            outcome: { appeal: result },
            priorCaseNumbers: ["（2018）湘0103刑初156号"],
            disposition: "驳回上诉，维持湖南省长沙市天心区人民法院（2018）湘0103刑初156号刑事判决。",
          }),
        ),
      ).toEqual([]);
    }
  });

  it("a quashing verb with no number of its own goes back to the item's number", () => {
    expect(
      effects(
        appeal({
          priorCaseNumbers: ["（2013）金婺刑初字第475号"],
          disposition: "一、维持婺城区人民法院（2013）金婺刑初字第475号刑事判决中的定罪部分，撤销量刑部分；",
        }),
      ),
    ).toEqual({ "（2013）金婺刑初字第475号": "quashed" });
  });

  it("a verb governs every number after it; numbers written in another form count", () => {
    expect(
      effects(
        appeal({
          procedure: "再审",
          priorCaseNumbers: ["(2014)中一法刑二初字第123号", "（2015）中中法刑二终字第18号"],
          disposition:
            "一、撤销广东省中山市中级人民法院（2015）中中法刑二终字第18号刑事裁定和广东省中山市第一人民法院（2014）中一法刑二初字第123号刑事判决。",
        }),
      ),
    ).toEqual({ "（2015）中中法刑二终字第18号": "quashed", "(2014)中一法刑二初字第123号": "quashed" });
  });

  it("a retrial that quashes the appeal and upholds the first instance reverses the appeal only", () => {
    expect(
      effects(
        appeal({
          procedure: "再审",
          priorCaseNumbers: ["（2017）晋0881刑初99号", "（2017）晋08刑终271号"],
          disposition:
            "一、撤销本院（2017）晋08刑终271号刑事裁定；\n二、维持永济市人民法院（2017）晋0881刑初99号刑事判决。",
        }),
      ),
    ).toEqual({ "（2017）晋08刑终271号": "quashed", "（2017）晋0881刑初99号": "upheld" });
  });

  it("an upheld item quoting what it upheld (即撤销…) quashes the quoted number, not the upheld one", () => {
    expect(
      effects(
        appeal({
          priorCaseNumbers: ["（2014）木刑初字第566号", "（2016）黑0127刑再6号"],
          disposition:
            "一、维持某省某县人民法院（2016）黑0127刑再6号刑事判决中的第一项，即撤销某县人民法院（2014）木刑初字第566号刑事判决。",
        }),
      ),
    ).toEqual({ "（2016）黑0127刑再6号": "upheld", "（2014）木刑初字第566号": "quashed" });
  });

  it("after a remand, an appeal quashing the retrial leaves the first trial alone", () => {
    expect(
      effects(
        appeal({
          priorCaseNumbers: ["（2016）京01刑初151号", "（2017）京刑终902号", "（2018）京01刑初41号"],
          disposition:
            "一、维持北京市第一中级人民法院（2018）京01刑初41号刑事判决的第二项。\n二、撤销北京市第一中级人民法院（2018）京01刑初41号刑事判决的第一项。",
        }),
      ),
    ).toEqual({ "（2018）京01刑初41号": "quashed" });
  });

  it("撤销原判，发回重审 names no number: the judgment under review, the latest first instance the history tells", () => {
    const later = appeal({
      outcome: { appeal: "remanded" },
      priorCaseNumbers: ["（2016）吉0323刑初779号", "（2017）吉03刑终20号", "（2018）吉0323刑初448号"],
      history:
        "伊通满族自治县人民法院审理…于2016年作出（2016）吉0323刑初779号刑事判决…本院以（2017）吉03刑终20号刑事裁定发回重审…该院于2018年作出（2018）吉0323刑初448号刑事判决。宣判后，被告人提出上诉。",
      disposition: "一、撤销伊通满族自治县人民法院刑事判决；\n二、发回伊通满族自治县人民法院重新审判。",
    });
    expect(reviewedInstances(later)).toEqual(["（2018）吉0323刑初448号"]);
    expect(effects(later)).toEqual({ "（2018）吉0323刑初448号": "quashed" });
    // A retrial's 原判: the latest second and first instances.
    expect(reviewedInstances({ ...later, procedure: "再审" })).toEqual([
      "（2017）吉03刑终20号",
      "（2018）吉0323刑初448号",
    ]);
  });

  it("revoking an earlier conviction's probation (刑法 §77) does not reverse it", () => {
    const later = appeal({
      priorCaseNumbers: ["（2019）鲁0503刑初335号", "（2019）鲁0505刑初84号"],
      history:
        "东营市河口区人民法院审理…作出（2019）鲁0503刑初335号刑事判决。宣判后，原审被告人冯禾航不服，提出上诉。",
      disposition:
        "一、撤销山东省东营市垦利区人民法院（2019）鲁0505刑初84号刑事判决书对被告人冯禾航宣告缓刑一年六个月的执行部分；\n二、撤销东营市河口区人民法院（2019）鲁0503刑初335号刑事判决第五项；\n三、上诉人冯禾航犯掩饰、隐瞒犯罪所得罪，判处有期徒刑一年。",
    });
    expect(effects(later)).toEqual({ "（2019）鲁0503刑初335号": "quashed" });
    // 撤销前罪判决的缓刑 names no judgment: not 原判 either.
    expect(
      effects(
        appeal({
          priorCaseNumbers: ["（2013）长刑一初字第972号"],
          disposition:
            "一、维持…（2013）长刑一初字第972号刑事判决对被告人的定罪部分；\n二、撤销前罪判决的缓刑，与前罪所判有期徒刑十个月数罪并罚，决定执行有期徒刑二年三个月。",
        }),
      ),
    ).toEqual({ "（2013）长刑一初字第972号": "upheld" });
    // The judgment under review's own probation quashed is a change of its sentence.
    expect(
      effects(
        appeal({
          priorCaseNumbers: ["（2017）豫0725刑初429号"],
          history: "原阳县人民法院审理…作出（2017）豫0725刑初429号刑事判决。宣判后，…提出抗诉。",
          disposition:
            "一、撤销河南省原阳县人民法院（2017）豫0725刑初429号刑事判决对被告人张森辰宣告缓刑的部分；",
        }),
      ),
    ).toEqual({ "（2017）豫0725刑初429号": "quashed" });
  });

  it("leaves out numbers the judgment does not cite as instances", () => {
    expect(
      effects(
        appeal({
          priorCaseNumbers: ["（2017）湘0624刑初54号"],
          disposition:
            "一、撤销湖南省湘阴县人民法院（2017）湘0624刑初54号刑事判决；\n二、撤销（2010）温永刑初字第751号刑事判决宣告的缓刑。",
        }),
      ),
    ).toEqual({ "（2017）湘0624刑初54号": "quashed" });
  });
});

describe("instanceRulings on judgments that change without the words 撤销 or 改判", () => {
  it("reads 撤消 as 撤销 (（2017）陕01刑终273号)", () => {
    expect(
      effects(
        appeal({
          priorCaseNumbers: ["（2017）陕0112刑初653号"],
          disposition:
            "一、维持陕西省西安市未央区人民法院（2017）陕0112刑初653号刑事判决书对原审被告人杨立岩的定性部分。二、撤消陕西省西安市未央区人民法院（2017）陕0112刑初653号刑事判决书对原审被告人杨立岩的量刑部分。三、上诉人杨立岩犯组织、领导传销活动罪，判处有期徒刑二年。",
        }),
      ),
    ).toEqual({ "（2017）陕0112刑初653号": "quashed" });
  });

  it("a judgment on appeal pronouncing a sentence of its own changes 原判, as to whom it sentences", () => {
    // （2017）青02刑终20号: the others' sentences upheld, 马某甲 sentenced anew for a crime added.
    const rulings = instanceRulings(
      appeal({
        priorCaseNumbers: ["（2016）青0222刑初47号"],
        history: "某自治县人民法院审理…作出（2016）青0222刑初47号刑事判决。宣判后，检察院提出抗诉。",
        disposition:
          "一、维持某自治县人民法院（2016）青0222刑初47号刑事判决中原审被告人李某甲、韩某乙犯寻衅滋事罪的定罪量刑部分。二、原审被告人韩某乙犯妨害公务罪，判处有期徒刑六个月，与犯寻衅滋事罪，判处有期徒刑二年十个月，数罪并罚，决定执行有期徒刑三年二个月。",
      }),
    );
    expect(rulings.map((r) => [r.caseNumber, r.effect, r.spans])).toEqual([
      [
        "（2016）青0222刑初47号",
        "quashed",
        [
          "二、原审被告人韩某乙犯妨害公务罪，判处有期徒刑六个月，与犯寻衅滋事罪，判处有期徒刑二年十个月，数罪并罚，决定执行有期徒刑三年二个月",
        ],
      ],
    ]);
  });
});

describe("toldRemands: remands a retrial's history tells of", () => {
  const retrial = (history: string, priorCaseNumbers: string[]) =>
    toldRemands({ priorCaseNumbers, sections: { history } });
  const quashed = (history: string, priorCaseNumbers: string[]) =>
    retrial(history, priorCaseNumbers).map((r) => [r.caseNumber, r.effect, r.told]);

  it("names the ruling that sent the case back, where the history writes it before its 撤销", () => {
    const told = retrial(
      "本院于2016年5月6日作出（2016）浙01刑初88号刑事判决。宣判后，被告人王大海不服，提出上诉。浙江省高级人民法院于2017年2月3日作出（2017）浙刑终21号刑事裁定，撤销本院（2016）浙01刑初88号刑事判决，发回本院重新审判。",
      ["（2016）浙01刑初88号", "（2017）浙刑终21号"],
    );
    expect(told.map((r) => [r.caseNumber, r.toldBy])).toEqual([
      ["（2016）浙01刑初88号", "（2017）浙刑终21号"],
    ]);
    // Quashed without the ruling's number (被…撤销，发回): none named.
    expect(
      retrial("本院作出的（2016）浙01刑初88号刑事判决被浙江省高级人民法院撤销，发回本院重新审判。", [
        "（2016）浙01刑初88号",
      ])[0]?.toldBy,
    ).toBeUndefined();
  });

  it("reads the number the remanding ruling quashed, however the history says it", () => {
    // （2019）川1304刑初126号
    expect(
      quashed(
        "本院于2019年3月29日作出（2019）川1304刑初79号刑事判决。宣判后，被告人柯航不服上诉于四川省南充市中级人民法院。该院于2019年7月12日作出（2019）川13刑终578号刑事裁定，撤销本院（2019）川1304刑初79号刑事判决，发回本院重新审判。",
        ["（2019）川1304刑初79号", "（2019）川13刑终578号"],
      ),
    ).toEqual([["（2019）川1304刑初79号", "quashed", "remanded"]]);
    // The judgment was quashed (被…撤销): the number before the verb.
    expect(
      quashed(
        "本院于2018年5月16日作出的（2017）湘0121刑初643号刑事判决于2018年9月3日被某市中级人民法院撤销，发回本院重新审判。",
        ["（2017）湘0121刑初643号"],
      ),
    ).toEqual([["（2017）湘0121刑初643号", "quashed", "remanded"]]);
    // 撤销原判 in the ruling's sentence: the latest first instance cited before, not the ruling.
    expect(
      quashed(
        "于2017年3月9日作出（2016）冀0827刑初713号刑事判决。被告人曾晓宇提出上诉，承德市中级人民法院于2017年5月26日作出（2017）冀08刑终416号刑事裁定，撤销原判，发回重审。",
        ["（2016）冀0827刑初713号", "（2017）冀08刑终416号"],
      ),
    ).toEqual([["（2016）冀0827刑初713号", "quashed", "remanded"]]);
    // A retrial quashing an appeal and the first instance it upheld.
    expect(
      quashed(
        "郑州市中级人民法院于2015年9月22日作出（2014）郑刑再字第3号刑事裁定，撤销郑州市中级人民法院（2014）郑刑一终字第82号刑事判决和本院（2013）荥刑初字第876号刑事判决，将此案发回重审。",
        ["（2014）郑刑一终字第82号", "（2013）荥刑初字第876号", "（2014）郑刑再字第3号"],
      ),
    ).toEqual([
      ["（2014）郑刑一终字第82号", "quashed", "remanded"],
      ["（2013）荥刑初字第876号", "quashed", "remanded"],
    ]);
  });

  it("reads a quoted ruling whole: its quash is in the item before the one saying 发回 (（2018）吉7603刑初8号)", () => {
    expect(
      quashed(
        "长春林区中级法院决定再审，于2018年1月23日作出（2018）吉76刑再3号刑事裁定书，认为原判事实不清，裁定：一、撤销长春林区中级法院（2016）吉76刑终3号刑事判决及临江林区基层法院（2016）吉7601刑初6号刑事附带民事判决中的刑事部分，即第一项赵禾远犯非法采伐国家重点保护植物罪，判处有期徒刑三年；犯故意毁坏财物罪判处有期徒刑一年；第三项即没收作案工具。二、发回临江林区基层法院重审。",
        ["（2016）吉76刑终3号", "（2016）吉7601刑初6号", "（2018）吉76刑再3号"],
      ),
    ).toEqual([
      ["（2016）吉76刑终3号", "quashed", "remanded"],
      ["（2016）吉7601刑初6号", "quashed", "remanded"],
    ]);
  });

  it("a remand of a question of property only (对…权属异议部分发回) sends back nothing else", () => {
    expect(
      retrial(
        "本院于2014年作出（2013）鄂应城刑初字第00780号刑事判决。某市中级人民法院再审裁定：一、维持本院（2013）鄂应城刑初字第00780号刑事判决；二、对案外人钱某甲就本案扣押的一辆白色货车的权属异议部分发回本院另行组成合议庭重审。",
        ["（2013）鄂应城刑初字第00780号"],
      ),
    ).toEqual([]);
  });

  it("tells nothing when only the civil part went up, or nothing was sent back", () => {
    expect(
      retrial(
        "本院于2017年5月11日作出（2017）桂0981刑初30号刑事附带民事判决。被告人在上诉期内未提出上诉，刑事部分已经生效。附带民事诉讼原告人不服，提起上诉。某市中级人民法院作出（2017）桂09刑终574号刑事裁定书，撤销本院（2017）桂0981刑初30号刑事附带民事判决，发回重审。",
        ["（2017）桂0981刑初30号"],
      ),
    ).toEqual([]);
    expect(
      retrial("本院于2017年作出（2017）湘0121刑初643号刑事判决，宣判后被告人上诉，二审维持原判。", [
        "（2017）湘0121刑初643号",
      ]),
    ).toEqual([]);
  });
});

describe("amendsPropertyOnly", () => {
  it("tells an appeal that changed the civil or property items only", () => {
    // （2018）粤16刑终551号: the prison terms upheld, the civil compensation replaced.
    expect(
      amendsPropertyOnly(
        "一、维持广东省紫金县人民法院（2018）粤1621刑初232号刑事附带民事判决第一、二、四项；二、撤销广东省紫金县人民法院（2018）粤1621刑初232号刑事附带民事判决第三项；三、上诉人邹志辰、邹森泉应于本判决发生法律效力之日起十日内共同赔偿各原审附带民事诉讼原告人的损失。",
      ),
    ).toBe(true);
    expect(
      amendsPropertyOnly(
        "一、撤销某区人民法院（2016）辽0402刑初12号刑事判决对被告人甲的量刑部分；二、上诉人甲犯盗窃罪，判处拘役五个月。",
      ),
    ).toBe(false);
    expect(amendsPropertyOnly("驳回上诉，维持原判。")).toBe(false);
    // The judgment's name alone (刑事附带民事判决) tells nothing: item one may be a sentence.
    expect(amendsPropertyOnly("一、撤销某县人民法院（2018）粤1621刑初232号刑事附带民事判决第一项。")).toBe(
      false,
    );
  });
});

describe("quashedItemNumbers and dispositionItems", () => {
  it("reads the numbers of the items a span quashes", () => {
    expect(quashedItemNumbers("撤销…刑事判决第二项对被告人余辰的量刑")).toEqual([2]);
    expect(quashedItemNumbers("撤销…刑事判决第一、二项的量刑部分和第三项")).toEqual([1, 2, 3]);
    expect(quashedItemNumbers("撤销…刑事判决第一至第六项，即被告人余森…")).toEqual([1, 2, 3, 4, 5, 6]);
    expect(quashedItemNumbers("撤销原判对被告人颜峰泉的量刑部分")).toEqual([]);
  });

  it("reads a disposition's numbered items, and which are on property only", () => {
    const items = dispositionItems(
      "一、被告人黄川晓犯盗窃罪，判处有期徒刑一年；二、被告人李某犯盗窃罪，判处拘役三个月；三、扣押的作案工具予以没收。",
    );
    expect([...items.keys()]).toEqual([1, 2, 3]);
    expect(items.get(2)).toBe("二、被告人李某犯盗窃罪，判处拘役三个月；");
    expect([...items.values()].map(propertyItem)).toEqual([false, false, true]);
  });
});
