import { describe, expect, it } from "vitest";
import {
  bandCloseness,
  circumstanceAgreement,
  circumstanceDenials,
  circumstanceSimilarity,
  drugGrams,
  drugSales,
  extractCircumstances,
  largestAmount,
  largestDrugGrams,
  statedGrades,
  withCircumstance,
  withImpliedPrior,
} from "./circumstances.ts";

describe("legal circumstances", () => {
  it("reads sentencing circumstances from facts", () => {
    const tags = extractCircumstances(
      "被告人张某伙同李某窜至被害人家中，撬门入户，盗走现金人民币5000元。案发后被告人张某主动到公安机关投案，如实供述了犯罪事实，并退赔被害人损失，取得谅解。",
    );
    expect(tags).toEqual(
      expect.arrayContaining(["自首", "坦白", "共同犯罪", "入户", "退赃退赔", "谅解", "数额:3千-1万"]),
    );
    expect(tags).not.toContain("累犯");
  });

  it("does not take a denied circumstance for one", () => {
    expect(extractCircumstances("经查，被告人不构成自首，辩护意见不予采纳。")).not.toContain("自首");
    // （2017）浙0683刑初582号
    expect(extractCircumstances("被告人被执勤交警当场查获，非自首。")).not.toContain("自首");
    expect(extractCircumstances("被告人到案后如实供述，不属自首。")).not.toContain("自首");
    expect(extractCircumstances("被告人系累犯，应当从重处罚。")).toContain("累犯");
  });

  it("does not take a surrender, confession or service the court refuses for one (法释〔1998〕8号 §1, §5)", () => {
    const only = new Set(["自首", "坦白", "立功"]);
    for (const [text, tag] of [
      ["被告人张某甲、李某乙虽自动投案，但到案后未如实供述罪行，依法不应认定二被告人为自首。", "自首"],
      ["被告人王某虽主动到派出所投案，但未能如实交代，不符合自首成立条件。", "自首"],
      ["经查，被告人赵某丙自动投案后又翻供，不能认定为自首。", "自首"],
      ["辩护人提出被告人系自首的辩护意见，与本院查明的事实不符，不予采纳。", "自首"],
      ["被告人到案后虽如实供述，但在庭审中翻供，不宜认定其具有坦白情节。", "坦白"],
      ["被告人检举他人犯罪的线索未查证属实，不应认定其有立功表现。", "立功"],
      // A claim refused in one clause however long (检察员关于X构成立功及…的意见不能成立).
      ["出庭检察员关于上诉人张某甲构成立功以及原审判决对其量刑过重的意见不能成立。", "立功"],
    ] as const)
      expect(extractCircumstances(text, only), text).not.toContain(tag);
    // 立功 forged for an offender is no 立功 of the forger (帮助伪造证据, 刑法 §307 ¶2).
    for (const forged of [
      "被告人张某甲帮助李某乙出具虚假的立功证明材料。",
      "被告人张某甲为李某乙伪造假立功材料。",
      "被告人张某甲与他人编造立功线索。",
    ])
      expect(extractCircumstances(forged, only), forged).toEqual([]);
    expect(extractCircumstances("被告人张某甲检举他人犯罪，经查证属实，系立功。", only)).toEqual(["立功"]);
    // The ground denied is the one named: 坦白 next to a refused 自首 stands.
    expect(extractCircumstances("被告人虽不具有自首情节，但如实供述自己的罪行，系坦白。", only)).toEqual([
      "坦白",
    ]);
    // A lower court's not finding it, which an appeal says was wrong, is no denial.
    expect(
      extractCircumstances("上诉人到案后如实供述，应认定为自首，原判未认定其自首不当。", only),
    ).toContain("自首");
  });

  it("does not read what is said not to touch a ground as a denial of it (法释〔2004〕2号)", () => {
    const only = new Set(["自首"]);
    for (const text of [
      "被告人张某甲主动投案后交代了作案经过，其认为自己不构成犯罪的辩解并不影响对自首的认定。",
      "被告人李某乙自动投案，当庭改变个别细节，不属于足以影响自首的翻供。",
    ])
      expect(extractCircumstances(text, only), text).toEqual(["自首"]);
  });

  it("does not take a law's or rule's title for a finding, but a document's (认罪认罚具结书) names one", () => {
    const cited = extractCircumstances(
      "被告人张某甲归案后如实供述。依照《中华人民共和国刑法》第六十七条第三款、《最高人民法院关于处理自首和立功具体应用法律若干问题的解释》第一条之规定，判决如下",
    );
    expect(cited).toContain("坦白");
    expect(cited).not.toContain("自首");
    expect(cited).not.toContain("立功");
    expect(
      extractCircumstances("依照《关于审理抢劫、抢夺刑事案件适用法律若干问题的意见》之规定"),
    ).not.toContain("抢夺");
    // The finding beside the title still counts; a document in 《》 is no law.
    expect(
      extractCircumstances(
        "被告人李某乙主动投案，系自首，依照《最高人民法院关于处理自首和立功具体应用法律若干问题的解释》",
      ),
    ).toContain("自首");
    expect(extractCircumstances("被告人王某丙自愿签署《认罪认罚具结书》。")).toContain("认罪认罚");
  });

  it("does not take a question for a finding (关于被告人X是否有自首情节的问题): the answer decides", () => {
    const only = new Set(["自首", "坦白", "立功"]);
    for (const question of [
      "关于被告人张某甲、李某乙是否有自首情节问题。",
      "争议焦点之一：被告人王某能否认定为立功。",
      "关于被告人赵某丙是否如实供述的问题。",
    ])
      expect(extractCircumstances(question, only), question).toEqual([]);
    expect(
      extractCircumstances(
        "关于被告人张某甲是否构成自首的问题。经查，张某甲主动投案，如实供述罪行，系自首。",
        only,
      ),
    ).toContain("自首");
  });

  it("keeps a ground of one defendant's point a denial in another defendant's point of the sentence does not reach", () => {
    const only = new Set(["自首"]);
    expect(
      extractCircumstances(
        "辩护人提出被告人张某甲构成自首的辩护意见本院不予采纳；被告人李某乙的辩护人提出李某乙系投案自首的辩护意见有事实依据，本院予以采纳。",
        only,
      ),
    ).toEqual(["自首"]);
    // A point without a name of its own (鉴于其…) is the denied defendant's.
    expect(
      extractCircumstances(
        "被告人张某甲虽系自动到案，但未如实交代罪行，不能认定为自首；鉴于其系自动投案，可酌情从轻处罚。",
        only,
      ),
    ).toEqual([]);
    // Urging another to surrender is no surrender (规劝同案犯自首).
    expect(extractCircumstances("被告人王某规劝同案犯投案自首，有立功表现。", only)).toEqual([]);
    // But the defendant's own surrender others urged is one (法释〔1998〕8号 §1(1): 经亲友规劝…投案).
    for (const urged of [
      "被告人张某甲在其父亲劝说下主动投案，如实供述了犯罪事实。",
      "被告人张某甲经家属规劝后自动投案。",
      "被告人张某甲经朋友劝告自动投案。",
      "被告人张某甲在亲友的动员下投案自首。",
    ])
      expect(extractCircumstances(urged, only), urged).toEqual(["自首"]);
  });

  it("takes an appeal court upholding a lower court's not finding a ground as a denial (一审未认定…并无不当)", () => {
    const only = new Set(["自首"]);
    for (const upheld of [
      "上诉人到案后未如实供述全部犯罪事实，故一审未认定上诉人所犯故意伤害罪系自首并无不当。",
      "上诉人虽到派出所说明情况，原判未认定上诉人张某甲具有自首情节，并无不当。",
    ])
      expect(extractCircumstances(upheld, only), upheld).toEqual([]);
  });

  it("reads the judgment below named earlier in the sentence as the one not finding a ground (原判…，只是未认定其自首)", () => {
    const only = new Set(["自首", "立功"]);
    // A correction: the ground stands.
    expect(
      extractCircumstances(
        "上诉人主动投案，如实供述，原审判决定性无误，只是未认定上诉人自首，致量刑偏重，本院予以改正。",
        only,
      ),
    ).toEqual(["自首"]);
    expect(
      circumstanceDenials("原判查明的事实无误，只是没有认定上诉人张某甲的立功表现，本院一并改正。", only),
    ).toEqual([]);
    // Upheld, however far: a denial.
    expect(
      circumstanceDenials("原审判决查明的事实无误，其未认定上诉人系自首亦无不当。", only).map((d) => d.tag),
    ).toEqual(["自首"]);
    // Not the 原审被告人, nor a denial in words of the court's own (不能认定).
    for (const denied of [
      "原审被告人张某甲未认定为自首。",
      "被告人直到一审庭审时才供认犯罪事实，依法不能认定为自首。",
    ])
      expect(circumstanceDenials(denied, only).length, denied).toBe(1);
  });

  it("does not take a circumstance stated as absent for one, nor a surrender written with 尚未", () => {
    for (const absent of [
      "被告人没有自首情节",
      "未取得被害人谅解，亦未赔偿",
      "被告人拒不如实供述",
      "被告人到案后不如实供述其罪行",
      "被害人家属不谅解被告人",
      "被告人无前科",
      "被告人未能进入被害人家中",
      "经呼气检测未达到醉酒标准",
      "经查询，未发现被告人有前科劣迹",
      "未发现被告人有自首情节",
    ])
      expect(extractCircumstances(absent), absent).toEqual([]);
    // A prior said absent farther off than a bare negation reaches.
    for (const absent of [
      "被告人张某甲一贯表现良好，无任何违法及犯罪前科",
      "经网上比对，未发现张某甲有违法犯罪前科记录",
      "现无被告人李某乙有犯罪前科的证据",
      "其犯前罪时不满十八周岁，依法不作为前科评价",
      // 没有 or 没 as well as 无, 无证据证明 (not 无证, unlicensed), and a search that names several.
      "李某乙亦没有实施盗窃等违法犯罪行为的前科",
      "辩护人提出被告人系初犯、没前科劣迹的意见，予以采纳",
      "现无证据证明被告人张某甲有毒品犯罪的前科",
      "经查询，未发现张某甲、李某乙、王某丙、赵某丁有违法犯罪前科",
    ])
      expect(extractCircumstances(absent), absent).not.toContain("前科");
    // 没收 is no negation, nor is 无证 before a prior stated.
    expect(extractCircumstances("被告人张某甲无证驾驶，且有前科")).toContain("前科");
    // Not 无业 or 无固定职业 before a prior stated, nor across 且; nor the characters of 目前科学.
    expect(extractCircumstances("被告人张某甲无固定职业，有前科")).toEqual(["前科"]);
    expect(extractCircumstances("被告人张某甲无正当职业且有犯罪前科")).toEqual(["前科"]);
    expect(extractCircumstances("限于目前科学技术的水平，无法鉴定")).not.toContain("前科");
    expect(extractCircumstances("在犯罪事实尚未被司法机关发觉前主动投案")).toEqual(["自首"]);
    expect(extractCircumstances("被告人在公安机关未发觉时自动投案")).toContain("自首");
    expect(extractCircumstances("其在未发觉前投案自首")).toContain("自首");
    expect(extractCircumstances("被告人无证醉酒驾驶小型轿车")).toContain("醉酒");
    expect(extractCircumstances("虽未赔偿但取得被害人谅解")).toEqual(["谅解"]);
    // 无故 is an unprovoked act, not a negation.
    expect(extractCircumstances("无故殴打他人")).toEqual(["暴力"]);
    // A blood test below the line is no 醉酒; 醉驾 is.
    expect(extractCircumstances("其血液中乙醇含量为50mg/100ml，不属于醉酒驾驶")).not.toContain("醉酒");
    expect(extractCircumstances("被告人醉驾被查获")).toContain("醉酒");
    // 公务 is a duty obstructed, not the police who made the arrest.
    expect(extractCircumstances("被告人醉酒后驾驶机动车，被执勤民警查获")).not.toContain("公务");
    expect(extractCircumstances("被告人在民警依法执行职务时推搡民警")).toContain("公务");
  });

  it("takes no evidence's title for a prior record, and reads 如实供认 as 坦白", () => {
    // A records search is a kind of evidence: it may show none (LeCaRD 7332).
    for (const title of [
      "6、户籍证明、前科查询情况，证实被告人的身份信息。",
      "公安机关出具的前科材料、抓获经过等证据证实。",
      "被告人张某甲的前科劣迹证明一份。",
      // A document listed among the evidence is no finding by itself (LeCaRD 4674, 25, 974).
      "有户籍证明、到案经过、前科刑事判决书、刑满释放证明书等证据证实。",
      "提取笔录，前科判决及释放证明，称量笔录。",
      "被告人张某甲、李某乙的身份证明及前科、劣迹材料。",
      "户籍证明、前科信息，证实张某甲的身份情况。",
      "3、前科网络查询情况，证实经查询，被告人张某甲无违法犯罪记录。",
      "刑事判决书、刑满释放人员通知书，证实被告人张某甲的前科及刑满释放情况。",
    ])
      expect(extractCircumstances(title), title).not.toContain("前科");
    expect(extractCircumstances("被告人李某乙累犯证明，破案经过。")).toEqual([]);
    // The court's own words that there is one.
    for (const found of [
      "被告人张某甲有前科，可酌情从重处罚。",
      "经查，被告人李某乙有犯罪前科记录。",
      "被告人张某甲有前科、劣迹，酌情从重处罚。",
      "被告人张某甲刑满释放后又犯本罪。",
    ])
      expect(extractCircumstances(found), found).toContain("前科");
    // 刑法 §67 ¶3's 如实供述, as judgments also write it.
    expect(extractCircumstances("被告人张某甲归案后能如实供认罪行，依法可从轻处罚。")).toContain("坦白");
    expect(extractCircumstances("被告人张某甲归案后未如实供认犯罪事实。")).not.toContain("坦白");
  });

  it("reads injury, drunk driving and flight", () => {
    expect(extractCircumstances("经鉴定，被害人损伤程度为轻伤二级。")).toContain("轻伤");
    expect(extractCircumstances("其血液中乙醇含量为201.1毫克/100毫升，肇事后逃逸。")).toEqual(
      expect.arrayContaining(["醉酒", "逃逸"]),
    );
  });

  it("bands drug quantities before money amounts", () => {
    expect(largestDrugGrams("查获甲基苯丙胺12.5克、海洛因0.3克")).toBe(12.5);
    expect(largestDrugGrams("盗走价值5000元的手机")).toBeUndefined();
    // A hard disk's 500G is no quantity of drugs (LeCaRD 3662: 4.96 g of heroin banded over 50 g).
    expect(largestDrugGrams("缴获海洛因净重4.96克，另盗走笔记本电脑（500G）一台、4G手机一部")).toBe(4.96);
    expect(largestDrugGrams("查获冰毒2.5g、麻古1.2kg")).toBe(1200);
    // Other drugs weigh as the 2016 毒品解释 §1 sets them against 50 g of heroin (LeCaRD 3340, 7454, 202).
    expect(largestDrugGrams("贩卖大麻叶约25克")).toBeCloseTo(25 / 3000);
    expect(extractCircumstances("被告人驾车撞倒行人，本案未认定被告人李樟逃逸。")).not.toContain("逃逸");
    expect(extractCircumstances("被告人的行为不属于驾驶机动车肇事后逃逸。")).not.toContain("逃逸");
    expect(extractCircumstances("被告人驾车撞倒行人后驾车逃逸。")).toContain("逃逸");
    expect(largestDrugGrams("查获毒品氯胺酮300克、海洛因0.3克")).toBe(30);
    expect(largestDrugGrams("贩卖毒品咖啡因，扣押的咖啡因净重1365.07克")).toBeCloseTo(1365.07 / 4000);
    expect(largestDrugGrams("贩卖毒品可待因0.70克")).toBeCloseTo(0.007);
    // A tablet of methamphetamine and caffeine weighs as methamphetamine; a drug unnamed as heroin.
    expect(largestDrugGrams("检出甲基苯丙胺和咖啡因成分，净重12克")).toBe(12);
    expect(largestDrugGrams("贩卖毒品12克")).toBe(12);
    // A precursor is no drug (（2013）深宝法刑初字第2741号: 麻黄草 beside a 1.58 g sale).
    expect(largestDrugGrams("贩卖甲基苯丙胺共1.58克，另非法买卖麻黄草7826千克")).toBe(1.58);
    expect(largestDrugGrams("非法买卖麻黄草7826千克，从中提炼甲基苯丙胺500克")).toBe(500);
    expect(extractCircumstances("贩卖大麻叶约25克")).toContain("毒品数量:折合海洛因1克以下");
    expect(extractCircumstances("贩卖甲基苯丙胺12.5克，获利300元")).toEqual(
      expect.arrayContaining(["甲基苯丙胺", "毒品数量:折合海洛因10-50克"]),
    );
  });

  it("adds up a case's sales and what was found, each told once (刑法 §347 ¶7)", () => {
    // Four small sales and the bag found on the seller: 84 months is a 10–50 g sentence (LeCaRD 3701).
    const seller =
      "1、2012年4月3日，被告人朱某以人民币150元的价格贩卖给甲某海洛因0.4克。" +
      "2、2012年6月15日，被告人朱某以人民币350元的价格贩卖2小袋净重0.72克甲基苯丙胺给乙某。" +
      "3、2012年8月27日，被告人朱某以人民币120元的价格将1小袋净重0.31克甲基苯丙胺贩卖给丙某后被抓获，" +
      "并在其身上查获1小袋净重0.23克海洛因，从其背包里查获29小袋净重6.08克海洛因、7小袋净重4.96克甲基苯丙胺。";
    expect(drugGrams(seller)).toBeCloseTo(0.4 + 0.72 + 0.31 + 0.23 + 6.08 + 4.96);
    expect(drugSales(seller)).toBe(3);
    expect(extractCircumstances(seller)).toEqual(
      expect.arrayContaining(["多次", "毒品数量:折合海洛因10-50克"]),
    );
    // The same sale told by the charge, the findings (同年: no year) and the reasoning counts once; the
    // buyer caught with the drugs sold found nothing more; the court's total is not added to its parts.
    const retold =
      "公诉机关指控，2018年3月8日，被告人杨某以300元的价格将甲基苯丙胺约1克贩卖给沈某。" +
      "经审理查明，2018年2月22日，被告人杨某以300元的价格将重约1克的甲基苯丙胺贩卖给沈某。" +
      "同年3月8日，杨某在上述地点以300元的价格将重约1克的甲基苯丙胺贩卖给沈某，民警当场从沈某处查获甲基苯丙胺1克。" +
      "本院认为，被告人杨某贩卖甲基苯丙胺共计2克，其行为已构成贩卖毒品罪。";
    expect(drugGrams(retold)).toBe(2);
    expect(drugSales(retold)).toBe(2);
    expect(extractCircumstances(retold)).not.toContain("多次");
    // A search told as a list and again as its sum; evidence and the defendant's words restate.
    const searched =
      "民警在其住处查获甲基苯丙胺三小袋，分别重0.35克、0.36克、0.33克。" +
      "经称量，上述毒品共计1.04克。被告人供述，民警在我家查获1克多冰毒。";
    expect(drugGrams(searched)).toBeCloseTo(1.04);
    // A price per gram is no quantity.
    expect(drugGrams("被告人以320元1克的价格向刘某购买海洛因2克后贩卖给王某。")).toBe(2);
    // Sales on the same day are one sale; undated ones, where others are dated, sum them up.
    expect(
      drugSales(
        "2017年12月17日，被告人以300元的价格将重约0.6克的甲基苯丙胺贩卖给张某，同日以200元的价格将0.3克甲基苯丙胺贩卖给张某。" +
          "被告人毛某贩卖甲基苯丙胺0.9克，事实清楚。",
      ),
    ).toBe(1);
  });

  it("adds up finds told in separate sentences, each once, unless a total is stated", () => {
    // Drugs sold found on the buyer and drugs found at the seller's home (LeCaRD 24032: 84 months, a
    // 10–50 g case), told by the charge and again by the findings: two finds, not four.
    const told =
      "某某县人民检察院指控，被告人张某甲在其暂住处向王某乙贩卖毒品。王某乙离开后在某路口被查获，当场起获毒品6.9克。" +
      "被告人张某甲亦于当日在其暂住处被抓获，当场起获毒品4.6克。经鉴定，上述毒品均为甲基苯丙胺。\n" +
      "经审理查明，被告人张某甲在其暂住处向王某乙贩卖毒品。王某乙离开后在某路口被查获，当场起获毒品6.9克。" +
      "被告人张某甲亦于当日在其暂住处被抓获，当场起获毒品4.6克。";
    expect(drugGrams(told)).toBeCloseTo(11.5);
    expect(extractCircumstances(told)).toContain("毒品数量:折合海洛因10-50克");
    // Finds told apart and then together (no 共): the together is no third find.
    expect(
      drugGrams(
        "民警从王某乙处查获毒品一包，净重0.28克。民警在被告人身上查获毒品一包，净重0.11克。" +
          "交易后民警从王某乙处查获一包毒品净重0.28克，从被告人身上查获一包毒品净重0.11克。",
      ),
    ).toBeCloseTo(0.39);
    // Equal finds in places of different kinds are two searches (review M4); in the same kind of
    // place, or where one names none, the same find told twice; their sum told again is no third.
    expect(drugGrams("民警在被告人身上查获甲基苯丙胺1克。民警在其车内查获甲基苯丙胺1克。")).toBe(2);
    expect(
      drugGrams(
        "民警在被告人身上查获甲基苯丙胺1克。民警在其车内查获甲基苯丙胺1克。民警从其身上和车内查获甲基苯丙胺2克。",
      ),
    ).toBe(2);
    expect(drugGrams("民警在其住处查获甲基苯丙胺1克。民警从其家中卧室的抽屉里查获甲基苯丙胺1克。")).toBe(1);
    expect(drugGrams("民警在路口当场查获甲基苯丙胺1克。民警从其身上查获甲基苯丙胺1克。")).toBe(1);
    // A find told roughly is told again, not found again.
    expect(drugGrams("民警在房内搜出甲基苯丙胺31.6克。民警在抽屉里搜出了大约30克的甲基苯丙胺。")).toBe(31.6);
    // 总 of a name (总台, 总部) is no total: the finds still add up (review M4).
    expect(
      drugGrams("民警在某某大厦总台查获被告人寄存的甲基苯丙胺2克。民警在其住处查获甲基苯丙胺9克。"),
    ).toBe(11);
    expect(drugGrams("民警在某某公司总部查获海洛因0.6克。民警在其车内查获海洛因0.5克。")).toBeCloseTo(1.1);
    // The court's total wins over the finds added up.
    expect(
      drugGrams(
        "民警在其身上查获甲基苯丙胺0.5克；在其住处查获甲基苯丙胺9.8克。本院认为，被告人贩卖甲基苯丙胺共计9.8克。",
      ),
    ).toBe(9.8);
  });

  it("finds the largest amount, ignoring fines", () => {
    expect(largestAmount("骗得人民币3.2万元，后退还5000元，并处罚金人民币100000元")).toBe(32000);
    expect(largestAmount("无金额")).toBeUndefined();
    // What was paid after the offence is not its amount (a 2,587-yuan theft, LeCaRD query 330).
    expect(
      largestAmount(
        "被告人盗窃被害人财物价值人民币2587元。案发后，被告人赔偿被害人车窗修理费4651元，取得谅解。",
      ),
    ).toBe(2587);
  });

  it("scores the share of the pending case's circumstances another case has", () => {
    expect(bandCloseness("数额:1万-3万", "数额:3万-10万")).toBe(0.5);
    expect(bandCloseness("数额:1万-3万", "毒品数量:折合海洛因1-10克")).toBe(0);
    const sim = circumstanceSimilarity(["自首", "入户", "数额:1万-3万"], ["自首", "累犯", "数额:3万-10万"]);
    // A neighbouring band is shared at half weight and named as such.
    expect(sim.shared).toEqual(["自首", "数额相近（本案1万-3万，该案3万-10万）"]);
    expect(sim.score).toBeCloseTo(1.5 / 3, 6);
    expect(circumstanceSimilarity([], ["自首"]).score).toBe(0);
  });
});

describe("largestAmount with approximate amounts", () => {
  it("reads 余/多 amounts and full-width thousands separators (a 数额巨大 theft misfiled as 2,000 otherwise)", () => {
    expect(largestAmount("价值人民币49，000余元，其中现金2，000元")).toBe(49000);
    expect(largestAmount("骗取3万多元")).toBe(30000);
  });
});

describe("circumstanceAgreement", () => {
  it("weighs the circumstances both cases state against all that either states (F1)", () => {
    const pending = ["入户", "多次", "数额:3千-1万"];
    // All three shared, nothing else: full agreement.
    expect(circumstanceAgreement(pending, ["多次", "入户", "数额:3千-1万"])).toEqual({
      score: 1,
      shared: ["入户", "多次", "数额:3千-1万"],
    });
    // The same three among nine: recall 1, precision 1/3 — half the agreement, where the one-way
    // share would have called it complete.
    const many = ["入户", "多次", "数额:3千-1万", "持械", "暴力", "累犯", "前科", "自首", "谅解"];
    expect(circumstanceSimilarity(pending, many).score).toBe(1);
    expect(circumstanceAgreement(pending, many).score).toBeCloseTo(0.5, 5);
    // A neighbouring amount band counts half.
    expect(circumstanceAgreement(["数额:3千-1万"], ["数额:1万-3万"]).score).toBeCloseTo(0.5, 5);
    expect(circumstanceAgreement(pending, [])).toEqual({ score: 0, shared: [] });
    expect(circumstanceAgreement([], ["入户"])).toEqual({ score: 0, shared: [] });
  });
});

describe("circumstance precision: a tag holds whenever it is found", () => {
  const has = (text: string, tag: string) => extractCircumstances(text).includes(tag);

  it("电信诈骗: fraud by phone or SMS, not any text message or the carrier", () => {
    expect(has("证人李某收到被告人发来的手机短信，约其次日见面。", "电信诈骗")).toBe(false);
    expect(has("中国电信股份有限公司出具的情况说明证实电缆被盗。", "电信诈骗")).toBe(false);
    expect(has("被告人冒充警察拦下被害人车辆，搜走其钱包。", "电信诈骗")).toBe(false);
    expect(has("被告人通过伪基站群发诈骗短信，诱骗被害人登录钓鱼网站。", "电信诈骗")).toBe(true);
    expect(has("被告人明知他人实施电信网络诈骗，仍为其提供银行卡。", "电信诈骗")).toBe(true);
    expect(has("被告人冒充购物网站客服，以退款为由骗取被害人验证码。", "电信诈骗")).toBe(true);
  });

  it("贩卖毒品: a sale of drugs, not a bank transaction or a car sold", () => {
    expect(has("银行账户交易明细证实，被告人于当日转入人民币5万元。", "贩卖毒品")).toBe(false);
    expect(has("被告人将其轿车以3万元的价格卖给王某。", "贩卖毒品")).toBe(false);
    expect(has("被告人在仓库内中转、贩卖走私香烟。", "贩卖毒品")).toBe(false);
    expect(has("被告人以300元的价格将一小包冰毒贩卖给吸毒人员李某。", "贩卖毒品")).toBe(true);
    expect(has("双方约定在某宾馆门口进行毒品交易。", "贩卖毒品")).toBe(true);
    expect(has("被告人多次向他人贩卖毒品甲基苯丙胺。", "贩卖毒品")).toBe(true);
  });

  it("信用卡: the card as the object of the offence, not any bank card", () => {
    expect(has("被害人将5万元转入被告人提供的农业银行卡内。", "信用卡")).toBe(false);
    expect(has("被盗钱包内有现金200元、银行卡两张。", "信用卡")).toBe(false);
    expect(has("被告人通过虚开发票套现后将钱款交给袁某。", "信用卡")).toBe(false);
    expect(has("被告人持其申领的信用卡恶意透支，经银行催收后仍不归还。", "信用卡")).toBe(true);
    expect(has("被告人拾得被害人遗失的银行卡后在取款机上取走存款。", "信用卡")).toBe(true);
    expect(has("被告人利用POS机盗刷他人储蓄卡。", "信用卡")).toBe(true);
  });

  it("持械: not someone else's weapon the defendant told of (（2015）张中刑二终字第73号)", () => {
    expect(has("被告人向公安机关举报他人持枪抢劫。", "持械")).toBe(false);
    expect(has("被告人持枪威胁被害人。", "持械")).toBe(true);
  });

  it("持械: a weapon against a person, not a tool, possession of a gun, or 利用", () => {
    expect(has("被告人使用螺丝刀撬开车门锁芯，盗走车内财物。", "持械")).toBe(false);
    expect(has("被告人用剪刀剪断电缆线后装车运走。", "持械")).toBe(false);
    expect(has("被告人在其住处非法持有枪支一支。", "持械")).toBe(false);
    expect(has("被告人利用其担任某钢管公司经理的职务便利。", "持械")).toBe(false);
    expect(has("被告人用电锤打掉院墙。", "持械")).toBe(false);
    expect(has("被告人用啤酒瓶砸伤被害人头部。", "持械")).toBe(true);
    expect(has("被告人用随身携带的匕首将被害人脸部划伤。", "持械")).toBe(true);
    expect(has("被告人手持木棍朝被害人头部猛击。", "持械")).toBe(true);
  });

  it("入户: a dwelling entered, not a hotel or KTV room, nor household registration", () => {
    expect(has("二人进入酒店8326房间后实施盗窃。", "入户")).toBe(false);
    expect(has("被告人户籍系从外省入户后迁至本地。", "入户")).toBe(false);
    expect(has("款项转入户名为张某的账户。", "入户")).toBe(false);
    expect(has("被告人多次入户盗窃，窃得现金共计五千元。", "入户")).toBe(true);
    expect(has("被告人敲门骗被害人开门入户后，持刀逼其交出财物。", "入户")).toBe(true);
    expect(has("被告人采取翻墙入户的方式窃取财物。", "入户")).toBe(true);
    expect(has("被告人从后门强行进入被害人家中。", "入户")).toBe(true);
  });

  it("多次: three or more acts of the offence, not any repetition", () => {
    expect(has("被告人先后2次盗窃电动车。", "多次")).toBe(false);
    expect(has("双方在三天内有16次通话。", "多次")).toBe(false);
    expect(has("被害人多次打电话催促被告人还钱。", "多次")).toBe(false);
    expect(has("被告人第三次盗窃时被抓获。", "多次")).toBe(false);
    expect(has("被告人在两年内多次盗窃他人财物。", "多次")).toBe(true);
    expect(has("被告人共盗窃15次，价值八万余元。", "多次")).toBe(true);
    expect(has("被告人先后6次收受他人财物。", "多次")).toBe(true);
    expect(has("被告人多次非法向十余名吸毒人员贩卖含可待因的止咳水。", "多次")).toBe(true);
  });

  it("冒充: impersonation, not any deceit or counterfeit goods", () => {
    expect(has("被告人虚构能够承揽工程的事实，骗取被害人保证金。", "冒充")).toBe(false);
    expect(has("被告人谎称家中有急事，向被害人借款。", "冒充")).toBe(false);
    expect(has("被告人销售假冒“某某”牌注册商标的白酒。", "冒充")).toBe(false);
    expect(has("被告人以不合格种子冒充合格种子销售。", "冒充")).toBe(false);
    expect(has("被告人身着假警服冒充警察，将被害人带上车。", "冒充")).toBe(true);
    expect(has("被告人冒用其兄的身份办理贷款。", "冒充")).toBe(true);
  });

  it("公共场所: the place of the act, not an institution or an address", () => {
    expect(has("被害人被送至县人民医院抢救。", "公共场所")).toBe(false);
    expect(has("被告人担任某某街道办事处主任期间。", "公共场所")).toBe(false);
    expect(has("被告人在中信广场62楼的办公室内收受现金。", "公共场所")).toBe(false);
    expect(has("被告人在KTV包厢内因琐事殴打被害人。", "公共场所")).toBe(true);
    // A place named in passing is not where the act was.
    expect(has("被告人在名为“某酒吧约起来”的微信群内发布信息。", "公共场所")).toBe(false);
    expect(has("二人说好去KTV玩，途中被告人抢走被害人手机。", "公共场所")).toBe(false);
    expect(has("被告人在某酒吧门口持刀伤人。", "公共场所")).toBe(true);
    expect(has("被告人在烧烤店与邻桌发生争执，随后持酒瓶互殴。", "公共场所")).toBe(true);
    expect(has("被告人在公共场所起哄闹事。", "公共场所")).toBe(true);
  });

  it("未成年人: a minor, not a university student nor the defendant's own children", () => {
    expect(has("被告人以帮助大学生安排工作为名骗取钱款。", "未成年人")).toBe(false);
    expect(has("被告人家中尚有两个未成年子女需要抚养。", "未成年人")).toBe(false);
    expect(has("被告人女儿尚未成年，请求从轻处罚。", "未成年人")).toBe(false);
    expect(has("被害人在网上购买儿童机票时被骗。", "未成年人")).toBe(false);
    expect(has("被告人明知被害人系未满十四周岁的幼女。", "未成年人")).toBe(true);
    expect(has("被害人系某小学六年级学生。", "未成年人")).toBe(true);
    expect(has("被告人作案时系未成年人。", "未成年人")).toBe(true);
    expect(has("被告人的行为已构成猥亵儿童罪。", "未成年人")).toBe(true);
  });

  it("经营, 吸毒, 机动车: the defendant's business, use and driving", () => {
    expect(has("被告人系某国有资产经营有限公司出纳。", "经营")).toBe(false);
    expect(has("被告人在其经营的KTV内容留他人吸毒。", "经营")).toBe(true);
    expect(has("被告人未经许可经营烟草制品。", "经营")).toBe(true);
    expect(has("被告人向吸毒人员贩卖甲基苯丙胺。", "吸毒")).toBe(false);
    expect(has("被告人在出租屋内吸食甲基苯丙胺。", "吸毒")).toBe(true);
    expect(has("被害人驾驶电动三轮车途经该路段。", "机动车")).toBe(false);
    expect(has("被告人醉酒后驾驶小型轿车上路。", "机动车")).toBe(true);
  });

  it("国家工作人员: §93's categories, not 国有 land nor a 村委会 address", () => {
    expect(has("某公司通过竞拍取得国有建设用地使用权。", "国家工作人员")).toBe(false);
    expect(has("案发地点位于某村委会东侧巷内。", "国家工作人员")).toBe(false);
    expect(has("被告人担任某国有资产经营有限公司董事长期间。", "国家工作人员")).toBe(true);
    // A village officer is one only when assisting the government's administration (§93 (2)); the
    // 村委会主任 of a 非国家工作人员受贿 case is not, nor is the charge's name.
    expect(has("被告人利用担任村委会主任的职务便利。", "国家工作人员")).toBe(false);
    expect(has("被告人身为村委会主任，在协助人民政府从事土地征收补偿管理工作中。", "国家工作人员")).toBe(
      true,
    );
    expect(has("被告人犯非国家工作人员受贿罪。", "国家工作人员")).toBe(false);
  });

  it("赔偿: compensation paid, not claimed, offered, or 拆迁补偿", () => {
    expect(has("附带民事诉讼原告人请求判令被告人赔偿经济损失。", "赔偿")).toBe(false);
    expect(has("被告人表示愿意赔偿被害人损失。", "赔偿")).toBe(false);
    expect(has("被告人虚报面积骗取拆迁补偿款。", "赔偿")).toBe(false);
    expect(has("被告人自愿一次性赔偿被害人经济损失一万元。", "赔偿")).toBe(true);
    expect(has("被告人通过家属对被害人作了经济补偿。", "赔偿")).toBe(true);
  });

  it("醉酒, 吸毒, 聚众, 非法拘禁, 讨债, 强行索要, 收受财物: the narrower forms", () => {
    expect(has("被告人饮酒后与被害人发生口角，遂持刀将其捅伤。", "醉酒")).toBe(false);
    expect(has("被告人饮酒后驾驶小型轿车被查获。", "醉酒")).toBe(true);
    expect(has("被告人在其经营的足浴店内容留妇女卖淫。", "吸毒")).toBe(false);
    expect(has("被告人在其租住处容留他人吸食甲基苯丙胺。", "吸毒")).toBe(true);
    expect(has("被告人纠集十余人组成诈骗团伙。", "聚众")).toBe(false);
    expect(has("被告人纠集十余人持砍刀与对方斗殴。", "聚众")).toBe(true);
    expect(has("被告人在看守所被关押期间供述了同监室人员的罪行。", "非法拘禁")).toBe(false);
    expect(has("被告人将被害人带至出租屋内看管，不让其离开。", "非法拘禁")).toBe(true);
    expect(has("被告人隐瞒其没有还款能力的事实借款。", "讨债")).toBe(false);
    expect(has("被告人多次到被害人家中催讨赌债。", "讨债")).toBe(true);
    expect(has("被告人到被害人住处索要欠款。", "强行索要")).toBe(false);
    expect(has("被告人以殴打相威胁，向摊主索要保护费。", "强行索要")).toBe(true);
    // An official's demand for a bribe is 索贿, not force.
    expect(has("被告人利用职务便利，向工程承包人索要好处费人民币8万元。", "强行索要")).toBe(false);
    expect(has("被告人通过微信给被害人发红包。", "收受财物")).toBe(false);
    expect(has("被告人多次收受他人所送红包。", "收受财物")).toBe(true);
  });

  it("逃逸: flight after a traffic accident, not after any crime", () => {
    expect(has("被告人作案后逃逸，于次日被抓获。", "逃逸")).toBe(false);
    expect(has("被告人抢得财物后驾车逃离。", "逃逸")).toBe(false);
    expect(has("发生交通事故后，被告人驾车逃离现场。", "逃逸")).toBe(true);
    expect(has("被告人驾车将行人撞倒后逃逸。", "逃逸")).toBe(true);
    expect(has("事故发生后被告人弃车逃离。", "逃逸")).toBe(true);
  });

  it("退赃退赔: the defendant's restitution, not the police's recovery", () => {
    expect(has("被盗手机已被公安机关追回并发还被害人。", "退赃退赔")).toBe(false);
    expect(has("被告人已退赔被害人全部经济损失。", "退赃退赔")).toBe(true);
  });

  it("持械 stated as absent is not tagged", () => {
    expect(has("被告人并未持刀，仅徒手推搡被害人。", "持械")).toBe(false);
    expect(has("被告人持刀威胁被害人交出财物。", "持械")).toBe(true);
  });

  it("赔偿 paid or agreed, not a liability, a dispute or a claim; 退赃 made, not ordered or refused", () => {
    expect(has("保险公司在交强险范围内承担赔偿责任。", "赔偿")).toBe(false);
    expect(has("双方就赔偿金额已经协商好，但对方尚未支付。", "赔偿")).toBe(false);
    expect(has("被告人以征地赔偿款没拿到为借口阻挠施工。", "赔偿")).toBe(false);
    expect(has("被告人赔偿被害人经济损失三万元，取得谅解。", "赔偿")).toBe(true);
    expect(has("案发后双方达成赔偿协议。", "赔偿")).toBe(true);
    expect(has("责令被告人退赔被害人经济损失。", "退赃退赔")).toBe(false);
    expect(has("被告人到案后不积极退赃。", "退赃退赔")).toBe(false);
    expect(has("被害公司已将保证金全部退还商户。", "退赃退赔")).toBe(false);
    expect(has("被告人家属代为退赃五千元。", "退赃退赔")).toBe(true);
  });

  it("掩饰隐瞒 is handling another's proceeds, not thieves selling their own loot", () => {
    expect(has("二被告人盗得电缆后将其销赃。", "掩饰隐瞒")).toBe(false);
    expect(has("被告人明知是盗窃所得的摩托车仍予以收购。", "掩饰隐瞒")).toBe(true);
    expect(has("被告人帮助李某销赃。", "掩饰隐瞒")).toBe(true);
  });

  it("second review: compensation or restitution by others, ordered, or not yet made; thieves' own 销赃", () => {
    expect(has("被告人将赔偿给麻将馆的损失转嫁他人。", "赔偿")).toBe(false);
    expect(has("村委会的实际赔偿款已经打到村上账户。", "赔偿")).toBe(false);
    expect(has("三被告人尚未赔偿被害人所受损失。", "赔偿")).toBe(false);
    expect(has("被告人家属向被害人支付赔偿款2万元。", "赔偿")).toBe(true);
    expect(has("责令被告人孙某于本判决生效后三十日内退赔被害人经济损失。", "退赃退赔")).toBe(false);
    expect(has("被告人尚未退赃。", "退赃退赔")).toBe(false);
    expect(has("被告人退还了全部赃款。", "退赃退赔")).toBe(true);
    expect(has("案发后赃款已全部退还被害人。", "退赃退赔")).toBe(true);
    expect(has("被告人将所骗款项退还被害人。", "退赃退赔")).toBe(true);
    expect(has("二被告人将盗得的铁轨运至废品收购站销赃。", "掩饰隐瞒")).toBe(false);
    expect(has("被告人明知是铁路物资而帮助他人实施盗窃。", "掩饰隐瞒")).toBe(false);
    expect(has("在公安机关尚未发觉时主动投案。", "自首")).toBe(true);
  });

  it("third review: orders and obligations, negations inside, 明知…的行为", () => {
    expect(has("明知是铁路物资而帮助张禾峰实施盗窃的行为。", "掩饰隐瞒")).toBe(false);
    expect(has("被告人不明知张禾峰是在盗窃赃物。", "掩饰隐瞒")).toBe(false);
    expect(has("责令被告人于十日内退赔甲公司损失，退赔乙公司损失。", "退赃退赔")).toBe(false);
    expect(has("被告人应退赔被害人损失。", "退赃退赔")).toBe(false);
    expect(has("限被告人于判决生效后十日内退赔被害人损失。", "退赃退赔")).toBe(false);
    expect(has("被告人的赃款尚未退还被害人。", "退赃退赔")).toBe(false);
    expect(has("赃款未退还被害人。", "退赃退赔")).toBe(false);
    expect(has("被告人应当赔偿被害人经济损失二万元。", "赔偿")).toBe(false);
    expect(has("被告人支付了赔偿款。", "赔偿")).toBe(true);
    expect(has("被告人家属支付赔偿款5万元。", "赔偿")).toBe(true);
    expect(has("被告人主动退缴赃款。", "退赃退赔")).toBe(true);
  });
});

describe("attribution: a conduct tag is the defendant's, not the victim's nor a third party's", () => {
  const has = (text: string, tag: string) => extractCircumstances(text).includes(tag);

  it("持械: not the victim's side's weapon, nor the police's", () => {
    expect(has("钱某与孔某口角后，被害人孔某持水果刀抵住钱某颈部，二人随即扭打。", "持械")).toBe(false);
    expect(has("后因被害人谈某1的父亲谈某2持刀对抗而未能得逞。", "持械")).toBe(false);
    expect(has("被告人辩称，被害人先拿木棍打其，其才还手。", "持械")).toBe(false);
    expect(has("黄某雄先到现场被对方持刀砍伤头部。", "持械")).toBe(false);
    expect(has("熊某右手臂擦伤，头部系被警察用警棍打中致出血。", "持械")).toBe(false);
    // The defendant's, though a victim is named before it.
    expect(has("被告人甲某趁被害人乙某在田边歇息之机，持柴刀从其身后砍向乙某。", "持械")).toBe(true);
    expect(has("被告人丁某以送快递为名骗被害人戊某开门，入户后持刀威胁被害人。", "持械")).toBe(true);
    expect(has("被告人赢某拿来两把菜刀分给张某一把，二人持菜刀追砍被告人陈某等人。", "持械")).toBe(true);
    expect(has("经鉴定，被害人系全身多处刀刺伤致失血性休克死亡。", "持械")).toBe(true);
    // In the victim's own words 对方 is the offender.
    expect(has("被害人谭某的陈述：我们的车被撞停，这时对方有三四名男青年拿刀追赶我们。", "持械")).toBe(true);
  });

  it("轻伤, 轻微伤, 重伤: the harm done to another, not the defendant's own injury", () => {
    expect(has("经鉴定，被告人黄某的损伤程度为轻伤二级。", "轻伤")).toBe(false);
    expect(has("双方发生厮打，被告人孙某亦受轻伤。", "轻伤")).toBe(false);
    expect(has("对方持械砍伤被告人李某，致被告人李某轻伤。", "轻伤")).toBe(false);
    expect(has("被告人王某被打成轻微伤。", "轻微伤")).toBe(false);
    expect(has("经法医鉴定，被告人程某的腹部损伤评定为重伤二级。", "重伤")).toBe(false);
    const both = extractCircumstances("经鉴定，被害人冯某的损伤为轻伤二级，被告人王某的损伤为轻微伤。");
    expect(both).toContain("轻伤");
    expect(both).not.toContain("轻微伤");
    // Denied, or a statute's wording, or 严重伤害.
    expect(has("经法医鉴定，辅警周某所受损伤不构成轻微伤。", "轻微伤")).toBe(false);
    expect(has("其抗拒抓捕的暴力行为并未造成被害人轻伤以上后果。", "轻伤")).toBe(false);
    expect(has("犯前款罪，致人重伤的，处三年以上十年以下有期徒刑。", "重伤")).toBe(false);
    expect(has("明知其手持的螺丝刀足以对他人造成严重伤害。", "重伤")).toBe(false);
    expect(has("被告人王某持刀将被害人砍成轻伤。", "轻伤")).toBe(true);
    expect(has("被害人的损伤程度为轻微伤，未达到轻伤。", "轻微伤")).toBe(true);
    expect(has("被害人的损伤程度为轻微伤，未达到轻伤。", "轻伤")).toBe(false);
    expect(has("被告人李某犯故意伤害罪致人轻伤。", "轻伤")).toBe(true);
    expect(has("被告人王某被被害人打成轻伤后，持刀将被害人砍成重伤。", "重伤")).toBe(true);
  });

  it("死亡: a death the offence caused, not a person's status note or a certificate", () => {
    expect(has("被告人何某多次通过微信与郑某（已死亡）商谈毒品买卖。", "死亡")).toBe(false);
    expect(has("被告人安排医务科科长违规开具了虚假医学死亡证明书。", "死亡")).toBe(false);
    expect(has("另查明，徐某于2014年4月死亡，本院已另行裁定对徐某终止审理。", "死亡")).toBe(false);
    expect(has("被告人明知邓某没有死亡，仍将其拖进卫生间。", "死亡")).toBe(false);
    expect(has("被告人捕获野生鸟共计244只，其中造成红嘴相思鸟死亡9只。", "死亡")).toBe(false);
    expect(has("被告人的行为构成故意伤害罪（致人死亡）。", "死亡")).toBe(true);
    expect(has("辩护人提出，被告人的行为与死者的死亡只有间接因果关系。", "死亡")).toBe(true);
    expect(has("被害人经送医院抢救无效死亡。", "死亡")).toBe(true);
    // Articles quoted, an intent argued, an attempt, the victim's own act (LeCaRD 36805, 39724, 26958, 22165).
    expect(has("造成死亡的，还应当赔偿丧葬费和死亡赔偿金。", "死亡")).toBe(false);
    expect(has("行为人在主观上放任或者希望被害人死亡的结果发生。", "死亡")).toBe(false);
    expect(has("由于其意志以外的原因未能造成被害人死亡的后果，属犯罪未遂。", "死亡")).toBe(false);
    expect(has("被害人在受伤后喝农药自杀身亡。", "死亡")).toBe(false);
    // …but a death that happened is one, however told.
    expect(has("致一名社区矫正对象脱管后再次犯罪，造成一人死亡的后果。", "死亡")).toBe(true);
  });

  it("醉酒: the defendant drunk, not a drunk victim", () => {
    expect(has("被告人趁被害人醉酒之机，强行与其发生性关系。", "醉酒")).toBe(false);
    expect(has("被告人李某将醉酒的被害人张某带至酒店房间。", "醉酒")).toBe(false);
    expect(has("被告人罗某将醉酒的肖某带至其租住的房子。", "醉酒")).toBe(false);
    expect(has("经审理查明，被害人施某酒后驾驶轻型货车，与被告人驾驶的车辆相撞。", "醉酒")).toBe(false);
    expect(has("民警赶到现场将醉酒的被告人李某抓获。", "醉酒")).toBe(true);
    expect(has("医生把两名醉酒的男子拉开。", "醉酒")).toBe(true);
    expect(has("被告人醉酒后驾驶小型轿车，与被害人驾驶的摩托车相撞。", "醉酒")).toBe(true);
  });

  it("交通事故 stated as absent is not tagged", () => {
    expect(has("被告人醉酒驾驶机动车，未发生交通事故。", "交通事故")).toBe(false);
    expect(has("被告人醉酒驾驶，没有造成交通事故。", "交通事故")).toBe(false);
    expect(has("被告人醉酒驾驶与他车发生交通事故。", "交通事故")).toBe(true);
  });

  it("逃逸: flight after a traffic accident, not from a checkpoint, nor someone met (撞见)", () => {
    expect(has("其见前方有民警设卡检查，遂弃车逃跑。", "逃逸")).toBe(false);
    expect(has("四人在实施盗窃时被外出归家的被害人当场撞见，后四人逃逸。", "逃逸")).toBe(false);
    expect(has("被害人黄某的车辆追尾被告人驾驶的车辆，被害人黄某弃车逃跑。", "逃逸")).toBe(false);
    expect(has("被告人驾车将行人撞倒后弃车逃离现场。", "逃逸")).toBe(true);
  });

  it("单位: a unit crime (刑法 §30–31), not any company, post or claim", () => {
    expect(
      has("被告人杨某在某某食品有限责任公司担任出纳时，擅自以公司需要融资为由向他人骗取借款。", "单位"),
    ).toBe(false);
    expect(has("证人周某、姜某的陈述，证明二人系如东交建公司职工。", "单位")).toBe(false);
    expect(has("被告人戴某作为华隧公司项目部项目经理，没有按照规定将事故情况立即上报。", "单位")).toBe(false);
    expect(has("辩护人提出：1、指控数额有误；2、本案应属于单位犯罪，被告人并非单位主管人员。", "单位")).toBe(
      false,
    );
    expect(has("即使认定其构成犯罪，也是单位犯罪。", "单位")).toBe(false);
    expect(has("要求判令附带民事诉讼被告单位某保险公司在交强险范围内赔偿。", "单位")).toBe(false);
    expect(has("其行为已构成对单位行贿罪。", "单位")).toBe(false);
    expect(has("被告单位某某有限公司为偷逃税款，由被告人王某让他人虚开增值税专用发票。", "单位")).toBe(true);
    expect(has("被告人徐某系单位的其他直接责任人员，应以非法吸收公众存款罪追究刑事责任。", "单位")).toBe(
      true,
    );
    expect(
      has("公诉机关认为，被告人王某身为单位直接负责的主管人员，应当以单位行贿罪追究刑事责任。", "单位"),
    ).toBe(true);
    expect(has("本院认为，某公司的行为系单位犯罪，被告人曹某系该公司法定代表人。", "单位")).toBe(true);
  });
});

describe("statedGrades: the range the court found", () => {
  it("rape's aggravated range: §236 ¶3 cited, or 轮奸 / 多人 found; not argued, denied or the law quoted", () => {
    const cites = (paragraph: number) => [{ law: "中华人民共和国刑法", article: 236, paragraph }];
    expect(
      statedGrades("本院认为，被告人违背妇女意志，强行与其发生性关系，其行为构成强奸罪。", cites(3)),
    ).toEqual(["认定:强奸加重"]);
    expect(
      statedGrades("本院认为，被告人违背妇女意志，强行与其发生性关系，其行为构成强奸罪。", cites(1)),
    ).toEqual([]);
    // LeCaRD 24474, 12428, 22389
    for (const found of [
      "两被告人的行为均已构成强奸罪，系共同犯罪，且属二人以上轮奸。",
      "被告人金禾川违背妇女意志，以暴力手段先后奸淫妇女多人，已构成强奸罪。",
      "本院认为，被告人衡川立强奸幼女多人，其行为已构成强奸罪。",
      "被告人吴禾宇多次强奸不满12周岁的外甥女，应认定为情节恶劣，依法从重处罚。",
    ])
      expect(statedGrades(found), found).toEqual(["认定:强奸加重"]);
    // LeCaRD 16637, 3916, 17020; the law's words; 情节恶劣 alone (LeCaRD 43813)
    for (const not of [
      "（一）、关于被告人陈泉航是否构成轮奸的问题。",
      "对于公诉机关指控三名被告人犯强奸罪且有轮奸情节的意见，本院认为，所谓轮奸是指二人以上…",
      "辩护人提出公诉机关指控被告人刘禾犯强奸罪有轮奸情节证据不足的辩护意见，与查明的事实相符。",
      "二人以上轮奸的，处十年以上有期徒刑、无期徒刑或者死刑。",
      "所谓轮奸，指二人以上在共同认识下…。作为强奸罪的一种加重情形，轮奸在主观上要求…",
      "被害人亲属申诉认为，被告人对被害人实施的是轮奸行为，应依法加重处罚。",
      "三名被告人事先并无共同实施强奸的意思联络，不构成轮奸，公诉机关的该项指控本院不予认定。",
      "故二人之间没有刑法上的共同故意，被告人陈泉航不构成轮奸。",
      "被告人用药物迷昏被害人后实施强奸，又将拍下的视频传给他人，情节恶劣，社会危害大。",
      "被告人多次殴打他人，属情节恶劣。被告人另强奸妇女一人。",
    ])
      expect(statedGrades(not), not).toEqual([]);
  });

  it("reads the gravest amount and circumstance the court finds", () => {
    expect(
      statedGrades("本院认为，被告人以非法占有为目的，多次秘密窃取他人财物，数额巨大，其行为已构成盗窃罪。"),
    ).toEqual(["认定:数额巨大"]);
    expect(
      statedGrades(
        "被告人王某诈骗数额特别巨大，被告人李某诈骗数额较大。被告人贩卖毒品，情节严重，应依法惩处。",
      ),
    ).toEqual(["认定:数额特别巨大", "认定:情节严重"]);
    expect(statedGrades("被告人纠集他人多次实施寻衅滋事，严重破坏了社会秩序。")).toEqual([
      "认定:纠集他人多次",
    ]);
  });

  it("reads a traffic offence's 其他特别恶劣情节 (2000 交通肇事解释 §4) as found, or from deaths and liability", () => {
    const p133 = [{ law: "中华人民共和国刑法", article: 133 }];
    expect(
      statedGrades("被告人违章驾驶，致三人死亡，负事故主要责任，其行为构成交通肇事罪，情节特别恶劣。", p133),
    ).toEqual(["认定:交通肇事特别恶劣"]);
    expect(
      statedGrades(
        "被告人违反交通运输管理法规，造成二人死亡，负事故全部责任，其行为已构成交通肇事罪。",
        p133,
      ),
    ).toEqual(["认定:交通肇事特别恶劣"]);
    // Two dead and only a secondary share of the liability: the base range; one death: the base range;
    // the law's words quoted (…或者有其他特别恶劣情节的，处三年以上…): no finding.
    expect(
      statedGrades("被告人驾驶车辆，致二人死亡，负事故的次要责任，其行为构成交通肇事罪。", p133),
    ).toEqual([]);
    expect(statedGrades("被告人驾驶车辆，致一人死亡，负事故全部责任。", p133)).toEqual([]);
    expect(statedGrades("发生致一人死亡、三人受伤的交通事故，负事故的全部责任。", p133)).toEqual([]);
    // The liability found in the facts (the traffic police's finding), the deaths in the reasoning.
    expect(
      statedGrades(
        "被告人超速行驶，造成11人死亡，其行为构成交通肇事罪。",
        p133,
        [],
        "经交警部门认定，被告人承担该起事故的主要责任。",
      ),
    ).toEqual(["认定:交通肇事特别恶劣"]);
    // The main liability another's, or denied: the base range.
    expect(
      statedGrades(
        "被告人驾驶车辆，造成三人死亡，其行为构成交通肇事罪。",
        p133,
        [],
        "交警认定被害人负事故主要责任，被告人负次要责任。",
      ),
    ).toEqual([]);
    expect(statedGrades("被告人驾驶车辆，造成三人死亡，被告人不负事故主要责任。", p133)).toEqual([]);
    expect(
      statedGrades("交通运输肇事后逃逸或者有其他特别恶劣情节的，处三年以上七年以下有期徒刑。", p133),
    ).toEqual([]);
    // Not a traffic case: 情节特别恶劣 of another offence is no traffic grade.
    expect(
      statedGrades("被告人虐待家庭成员，情节特别恶劣。", [{ law: "中华人民共和国刑法", article: 260 }]),
    ).toEqual([]);
  });

  it("reads §276之一's 造成严重后果 (2013 拒不支付劳动报酬解释 §5) as found, not denied or the law quoted", () => {
    const p276 = [{ law: "中华人民共和国刑法", article: 276, subArticle: 1, paragraph: 1 }];
    const grave = ["认定:拒不支付劳动报酬严重后果"];
    expect(
      statedGrades(
        "本院认为，被告人张某甲以逃匿方法逃避支付劳动者的劳动报酬，数额较大，经政府有关部门责令支付仍不支付，造成严重后果，其行为已构成拒不支付劳动报酬罪。",
        p276,
      ),
    ).toEqual(["认定:数额较大", ...grave]);
    expect(statedGrades("被告人拒不支付工人工资，造成了多名工人无法返乡过年的严重后果。", p276)).toEqual(
      grave,
    );
    // The offence's 拒不支付, or a nonpayment, in the clause of 造成 is no denial of it.
    for (const found of ["被告人拒不向工人支付工资造成严重后果。", "被告人因长期未支付工资造成严重后果。"])
      expect(statedGrades(found, p276), found).toEqual(grave);
    // §5 applied in the legal basis.
    const fifth = { law: "最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释", article: 5 };
    expect(statedGrades("本院认为，被告人的行为已构成拒不支付劳动报酬罪。", p276, [...p276, fifth])).toEqual(
      grave,
    );
    for (const not of [
      "被告人在提起公诉前支付了劳动报酬，尚未造成严重后果，可以从轻处罚。",
      "被告人拒不支付劳动报酬，但未造成严重后果。",
      "经政府有关部门责令支付仍不支付，造成严重后果的，处三年以上七年以下有期徒刑。",
      "辩护人提出被告人的行为没有造成严重后果的意见，本院予以采纳。",
      // Denied further back in the clause of 造成 (review M2).
      "被告人张某甲拖欠工资，但未对工人生活造成严重后果。",
      "被告人的行为未给劳动者造成严重后果，可酌情从轻处罚。",
      "被告人已将拖欠的工资全部付清，未因此造成严重后果。",
    ])
      expect(statedGrades(not, p276), not).toEqual([]);
    // 破坏生产经营 (§276 itself) is no wage case.
    expect(
      statedGrades("被告人毁坏机器设备，造成严重后果。", [{ law: "中华人民共和国刑法", article: 276 }]),
    ).toEqual([]);
  });

  it("reads 纠集他人多次 (§293 ¶2) in words apart, or from the legal basis — not a citation the reasoning refuses", () => {
    expect(statedGrades("本院认为，被告人王某纠集他人先后实施多次寻衅滋事犯罪，严重破坏社会秩序。")).toEqual([
      "认定:纠集他人多次",
    ]);
    const para2 = { law: "中华人民共和国刑法", article: 293, paragraph: 2 };
    const para1 = { law: "中华人民共和国刑法", article: 293, paragraph: 1 };
    expect(
      statedGrades("被告人随意殴打他人，情节恶劣，其行为构成寻衅滋事罪。", [para1, para2], [para1, para2]),
    ).toEqual(["认定:纠集他人多次"]);
    // Cited in the reasoning to refuse it (公诉机关指控…第二百九十三条第二款，经查…), applied: ¶1 only.
    expect(
      statedGrades(
        "公诉机关指控被告人的行为触犯刑法第二百九十三条第二款，经查，证据不足。",
        [para1, para2],
        [para1],
      ),
    ).toEqual([]);
  });

  it("not a quoted article's or rule's words, whatever grade they name (LeCaRD 8728, 30450)", () => {
    const p276 = [{ law: "中华人民共和国刑法", article: 276, subArticle: 1, paragraph: 1 }];
    for (const law of [
      // An article quoted, its conditional going on past the grade (数额较大，经…的，处…).
      "本院认为，被告人张某甲的行为触犯《中华人民共和国刑法》第二百七十六条之一第一款“以逃匿方法逃避支付劳动者的劳动报酬，数额较大，经政府有关部门责令支付仍不支付的，处三年以下有期徒刑或者拘役”之规定，构成拒不支付劳动报酬罪。",
      // A judicial interpretation quoted, its grade (the base range applied: two guns, not five).
      "依照某解释第二条“买卖以火药为动力发射枪弹的非军用枪支五支以上的，属于刑法第一百二十五条第一款规定的‘情节严重’”之规定，被告人李某乙买卖枪支二支，应判处三年以上十年以下有期徒刑。",
      // A rule's list quoted (…情形之一的：（一）以数额巨大的财物为盗窃目标的；…).
      "虽然某解释第十二条规定“盗窃未遂，具有下列情形之一的，应当依法追究刑事责任：（一）以数额巨大的财物为盗窃目标的；（二）以珍贵文物为盗窃目标的。”，但被告人入户盗窃未遂，仍应追究刑事责任。",
      // The law's conditional without quotation marks.
      "根据刑法规定，强拿硬要公私财物，情节严重，破坏社会秩序的，处五年以下有期徒刑、拘役或者管制。",
      "刑法第二百三十六条第三款规定：“强奸妇女、奸淫幼女，有下列情形之一的，处十年以上有期徒刑：（一）强奸妇女、奸淫幼女情节恶劣的；（四）二人以上轮奸的。”",
    ])
      expect(statedGrades(law, p276), law).toEqual([]);
    // The court's own finding before the article it quotes: found.
    expect(
      statedGrades(
        "被告人王某乙抢夺他人财物，数额较大，其行为已触犯《中华人民共和国刑法》第二百六十七条第一款“抢夺公私财物，数额较大的，或者多次抢夺的，处三年以下有期徒刑”之规定。",
      ),
    ).toEqual(["认定:数额较大"]);
    // The court says the rape is the quoted grade.
    expect(statedGrades("与幼女共同生活的被告人多次奸淫幼女致其怀孕，应当认定属于“情节恶劣”。")).toEqual([
      "认定:强奸加重",
    ]);
  });

  it("not the law's words, a denial or a defence's argument (LeCaRD 16071)", () => {
    expect(
      statedGrades("根据刑法第二百六十四条之规定，盗窃公私财物，数额较大的，处三年以下有期徒刑。"),
    ).toEqual([]);
    expect(statedGrades("吴某某挪用资金的数额仅为八十五万元，尚未达到数额巨大的标准。")).toEqual([]);
    expect(statedGrades("辩护人提出被告人的盗窃金额属于数额较大，应从轻处罚。")).toEqual([]);
    expect(statedGrades("诈骗罪是指以非法占有为目的，骗取数额较大的公私财物的行为。")).toEqual([]);
    // The law's terms quoted, or a threshold (LeCaRD 4188, 5033, 6464, 1080, 3948).
    expect(
      statedGrades(
        "数额较大的，或者多次扒窃的，处三年以下有期徒刑；数额巨大或者有其他严重情节的，处三年以上。",
      ),
    ).toEqual([]);
    expect(statedGrades("非国家工作人员受贿罪数额较大的标准为6万元，数额巨大的标准为100万元。")).toEqual([]);
    expect(statedGrades("入户盗窃数额达到盗窃“数额巨大”标准之百分之五十的。")).toEqual([]);
    expect(statedGrades("公诉机关未指控各被告人属“情节严重”，本院对此不作评判。")).toEqual([]);
    // …but a court that says the case is the quoted grade finds it.
    expect(statedGrades("被告人韩森泉系“情节特别严重”。")).toEqual(["认定:情节特别严重"]);
    expect(statedGrades("应认定为刑法第三百八十三条第一款规定的“数额较大”。")).toEqual(["认定:数额较大"]);
    // Not 非法 or 不特定 taken for a denial.
    expect(
      statedGrades("被告人向社会不特定对象非法吸收公众存款，数额巨大，其行为已构成非法吸收公众存款罪。"),
    ).toEqual(["认定:数额巨大"]);
  });
});

describe("withCircumstance", () => {
  it("adds a tag where the vocabulary puts it, before bands and stated grades, once", () => {
    expect(withCircumstance(["自首", "持械", "数额:1万-3万", "认定:数额较大"], "前科")).toEqual([
      "自首",
      "前科",
      "持械",
      "数额:1万-3万",
      "认定:数额较大",
    ]);
    expect(withCircumstance(["数额:1万-3万"], "前科")).toEqual(["前科", "数额:1万-3万"]);
    expect(withCircumstance(["前科", "持械"], "前科")).toEqual(["前科", "持械"]);
  });
});

describe("a recidivist's prior (刑法 §65)", () => {
  it("reads 累犯 denied by the court or refused as claimed, and no 累犯 in 连累犯 (rules 19)", () => {
    expect(extractCircumstances("本院认为，被告人张某前罪被判处罚金，不能认定为累犯。")).toEqual([]);
    expect(extractCircumstances("公诉机关关于被告人张某系累犯的意见，本院不予采纳。")).toEqual([]);
    expect(extractCircumstances("被告人张某非累犯，可酌情从轻处罚。")).toEqual([]);
    expect(extractCircumstances("被告人李某窝藏他人，其行为属于连累犯。")).toEqual([]);
    expect(extractCircumstances("被告人张某系累犯，应当从重处罚。")).toEqual(["累犯", "前科"]);
    // A lower court's not finding it, called wrong by the review, is no denial.
    expect(
      extractCircumstances("被告人张某在刑罚执行完毕后五年内重新犯罪，系累犯。一、二审判决未认定累犯不当。"),
    ).toEqual(["累犯", "前科"]);
  });

  it("reads no 累犯 where a name ends in 累 before 犯 and a charge (张某累犯盗窃罪)", () => {
    const recidivism = new Set(["累犯", "前科"]);
    for (const name of [
      "被告人石某累犯放火罪，判处有期徒刑三年。",
      "公诉机关指控被告人王小累犯贩卖毒品罪一案。",
      "刘某某、石某累犯罪时均未满十八周岁。",
    ])
      expect(extractCircumstances(name, recidivism), name).toEqual([]);
    // A recidivist written before the charge, or named among others, stays one.
    for (const found of [
      "被告人张某系累犯，犯盗窃罪，应从重处罚。",
      "被告人张某甲系累犯及毒品犯罪的再犯。",
      "被告人张某甲系累犯又犯数罪，应从重处罚。",
    ])
      expect(extractCircumstances(found, recidivism), found).toEqual(["累犯", "前科"]);
  });

  it("reads 前科 wherever 累犯 holds, on both sides of a comparison", () => {
    expect(extractCircumstances("本院认为，被告人张某系累犯，应当从重处罚。")).toEqual(["累犯", "前科"]);
    expect(extractCircumstances("被告人张某不构成累犯。")).toEqual([]);
    expect(extractCircumstances("被告人张某系累犯。", new Set(["前科"]))).toEqual([]);
    expect(withImpliedPrior(["自首", "累犯", "持械"])).toEqual(["自首", "累犯", "前科", "持械"]);
  });
});

describe("grounds not true of the defendant (session 25)", () => {
  it("reads no 前科 the court says it cannot establish, the negation after the word (write-up xsspck1340)", () => {
    const prior = new Set(["前科"]);
    expect(extractCircumstances("被告人的前科事实无法确认，是否构成累犯存疑。", prior)).toEqual([]);
    expect(extractCircumstances("经核，被告人张某的前科有待查证。", prior)).toEqual([]);
    expect(extractCircumstances("被告人张某有盗窃前科，酌情从重处罚。", prior)).toEqual(["前科"]);
  });

  it("reads a refused claim against 自首 as no denial of it (write-up rmsf1164)", () => {
    const text =
      "鉴于被告人张某主动投案，如实供述，有自首情节，本院对抗诉机关关于原判认定张某具有自首情节有误的抗诉意见不予采纳。";
    expect(extractCircumstances(text, new Set(["自首"]))).toEqual(["自首"]);
    // A claim of it refused stays a denial.
    const refused = "关于辩护人提出被告人张某具有自首情节的意见，本院不予采纳。";
    expect(extractCircumstances(refused, new Set(["自首"]))).toEqual([]);
  });

  it("lists a records search finding no prior as a denial of 前科 at its word", () => {
    const text = "经查询，未发现被告人张某、李某有违法犯罪前科。被告人王某无违法犯罪记录。";
    expect(circumstanceDenials(text, new Set(["前科"])).map((d) => d.tag)).toEqual(["前科", "前科"]);
  });
});

describe("a pending case's facts (session 25, h12)", () => {
  it("finds 自首 from a surrender with relatives, without 主动, where the confession is told (法释〔1998〕8号 §1)", () => {
    const only = new Set(["自首"]);
    for (const text of [
      "被告人张某在其父亲陪同下到公安机关投案，如实供述了犯罪事实。",
      "案发后，被告人李某某在家属劝说下到交警大队投案，并如实供述。",
      "其母亲陪同其到派出所投案，被告人王某如实交代了作案经过。",
    ])
      expect(extractCircumstances(text, only), text).toEqual(["自首"]);
    for (const text of [
      // No confession told: 投案 alone is not 自首 (刑法 §67 ¶1).
      "被告人张某在家属劝说下到交警大队投案。",
      // Caught on the way: no 自动投案.
      "被告人张某在其父亲陪同下欲到派出所投案时被民警抓获，如实供述了犯罪事实。",
      // Urging another to surrender.
      "被告人王某规劝同案犯投案，如实供述。",
    ])
      expect(extractCircumstances(text, only), text).toEqual([]);
  });

  it("finds a minor from the defendant's age at the crime (刑法 §17), not a victim's age nor a lower bound", () => {
    const only = new Set(["未成年人"]);
    for (const text of [
      "被告人张某作案时17周岁。",
      "被告人张某犯罪时未满18周岁，依法应当从轻处罚。",
      // §17 ¶3 (刑法修正案（十一）): from 12 for a killing or a maiming causing death.
      "被告人张某作案时13周岁，故意伤害致人死亡，经最高人民检察院核准追诉。",
      "被告人张某作案时年仅十二周岁。",
    ])
      expect(extractCircumstances(text, only), text).toEqual(["未成年人"]);
    for (const text of [
      "被害人李某某17周岁，系在校学生。",
      "户籍证明证实被告人张某犯罪时已满16周岁，主体适格。",
      "刑法规定，累犯应当从重处罚，但是过失犯罪和不满十八周岁的人犯罪的除外。",
    ])
      expect(extractCircumstances(text, only), text).toEqual([]);
  });
});

describe("an act the text says is not proven (session 25, h12)", () => {
  it("reads no conduct tag where no evidence shows it (刑事诉讼法 §55)", () => {
    for (const text of [
      "公安机关未查获其贩卖毒品的证据，被告人张某非法持有甲基苯丙胺15克。",
      "现有证据无法证明被告人李某某贩卖毒品，其持有毒品的数量较大。",
      "没有证据证实被告人王某向他人贩卖毒品。",
      "无证据证明其贩卖毒品。",
    ])
      expect(extractCircumstances(text, new Set(["贩卖毒品"])), text).toEqual([]);
  });

  it("keeps the act where the evidence missing is of something else, or a contrast follows", () => {
    for (const text of [
      "被告人张某向李某贩卖毒品，未查获其他证据。",
      "没有证据证明其知情，但其多次贩卖毒品给李某。",
    ])
      expect(extractCircumstances(text, new Set(["贩卖毒品"])), text).toEqual(["贩卖毒品"]);
  });
});
