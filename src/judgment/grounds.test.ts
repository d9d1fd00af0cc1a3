import { describe, expect, it } from "vitest";
import { deniedGrounds, groundsByDefendant, unsentenced } from "./grounds.ts";

describe("groundsByDefendant", () => {
  it("gives a co-defendant's 从犯 and 累犯 to that co-defendant, not to the leader", () => {
    const text =
      "本院认为，被告人王大海、刘小江以非法占有为目的，入户抢劫，其行为均已构成抢劫罪。" +
      "在共同犯罪中，王大海起主要作用，系主犯；刘小江受他人指使参与犯罪，起次要作用，系从犯，应当从轻处罚。" +
      "刘小江在刑罚执行完毕后五年内再犯应当判处有期徒刑以上刑罚之罪，系累犯，应当从重处罚。";
    const grounds = groundsByDefendant(text, ["王大海", "刘小江"]);
    expect(grounds.get("王大海")).toEqual(["主犯"]);
    expect(grounds.get("刘小江")).toEqual(["累犯", "从犯"]);
  });

  it("reads 二被告人 and 各被告人 as every defendant", () => {
    const text = "被告人王大海系累犯。二被告人到案后均如实供述自己的罪行，系坦白，可以从轻处罚。";
    const grounds = groundsByDefendant(text, ["王大海", "刘小江"]);
    expect(grounds.get("王大海")).toEqual(["坦白", "累犯"]);
    expect(grounds.get("刘小江")).toEqual(["坦白"]);
  });

  it("reads a subject after a connective (鉴于被告人X), and a list of names as one subject", () => {
    const text =
      "被告人王大海、刘小江、陈某某结伙盗窃，数额较大。鉴于被告人陈某某犯罪后自动投案，如实供述犯罪事实，系自首，可以从轻处罚；" +
      "被告人刘小江和陈某某退赔了被害人的全部损失。";
    const grounds = groundsByDefendant(text, ["王大海", "刘小江", "陈某某"]);
    expect(grounds.get("王大海")).toEqual([]);
    expect(grounds.get("陈某某")).toEqual(["自首", "坦白", "退赃退赔"]);
    expect(grounds.get("刘小江")).toEqual(["退赃退赔"]);
  });

  it("does not make the person arrested the one who helped arrest him (立功)", () => {
    const text = "被告人刘小江归案后，协助公安机关抓获同案被告人王大海，有立功表现，可以从轻处罚。";
    const grounds = groundsByDefendant(text, ["王大海", "刘小江"]);
    expect(grounds.get("刘小江")).toContain("立功");
    expect(grounds.get("王大海")).toEqual([]);
  });

  it("reads whom a defence's submission is about (辩护人提出被告人X系从犯)", () => {
    const text =
      "被告人王大海的行为构成故意伤害罪。辩护人提出被告人刘小江系从犯的辩护意见，与查明的事实相符，本院予以采纳。";
    const grounds = groundsByDefendant(text, ["王大海", "刘小江"]);
    expect(grounds.get("刘小江")).toEqual(["从犯"]);
    expect(grounds.get("王大海")).toEqual([]);
  });

  it("does not give a defendant a role only a party claimed, or one the court denies", () => {
    const rejected =
      "被告人甲某某起主要作用，系主犯。辩护人提出被告人甲某某系从犯的辩护意见，与查明的事实不符，本院不予采纳。被告人乙某某起次要作用，系从犯。";
    let grounds = groundsByDefendant(rejected, ["甲某某", "乙某某"]);
    expect(grounds.get("甲某某")).toEqual(["主犯"]);
    expect(grounds.get("乙某某")).toEqual(["从犯"]);
    grounds = groundsByDefendant("被告人甲某某在共同犯罪中作用积极，不宜认定为从犯。被告人乙某某系从犯。", [
      "甲某某",
      "乙某某",
    ]);
    expect(grounds.get("甲某某")).toEqual([]);
    grounds = groundsByDefendant("各被告人的作用大体相当，可不区分主、从犯。", ["甲某某", "乙某某"]);
    expect([...grounds.values()]).toEqual([[], []]);
    // A question is no finding: the answer that follows decides.
    grounds = groundsByDefendant(
      "关于被告人甲某某能否认定为从犯的问题。经查，甲某某积极参与，作用重要。被告人乙某某起次要作用。",
      ["甲某某", "乙某某"],
    );
    expect([...grounds.values()]).toEqual([[], ["从犯"]]);
  });

  it("reads 其二人 as the two just named, the subjects before those their act concerns", () => {
    const names = ["甲某某", "乙某某", "丙某某", "丁某某"];
    const helpers =
      "被告人丙某某贩卖毒品，系主犯。被告人丁某某系累犯。" +
      "鉴于被告人甲某某、乙某某为丙某某称量、包装毒品，对丙某某的贩毒行为所起作用较小，故应认定其二人为从犯。";
    let grounds = groundsByDefendant(helpers, names);
    expect(grounds.get("甲某某")).toEqual(["从犯"]);
    expect(grounds.get("乙某某")).toEqual(["从犯"]);
    expect(grounds.get("丙某某")).toEqual(["主犯"]);
    expect(grounds.get("丁某某")).toEqual(["累犯"]);
    // No subject but names: those named (民警电话通知X、Y到案，其二人…).
    grounds = groundsByDefendant(
      "民警将被告人甲某某、乙某某抓获，并电话通知被告人丙某某、丁某某到派出所，其二人到案后如实供述了犯罪事实。",
      names,
    );
    expect([...grounds.values()]).toEqual([[], [], ["坦白"], ["坦白"]]);
    // Those of the sentences before (…系从犯。对于从犯，应当从轻处罚。其二人自动投案…).
    grounds = groundsByDefendant(
      "被告人丙某某起主要作用，系主犯，被告人丁某某起次要作用，系从犯。对于从犯，应当从轻处罚。其二人自动投案，系自首。",
      names,
    );
    expect(grounds.get("丙某某")).toEqual(["自首", "主犯"]);
    expect(grounds.get("丁某某")).toEqual(["自首", "从犯"]);
    expect(grounds.get("甲某某")).toEqual([]);
  });

  it("reads a bare 二人 or 五被告人 as the N just named when they are fewer than the defendants (LeCaRD 43627)", () => {
    const names = ["甲某某", "乙某某", "丙某某", "丁某某"];
    // Named in its sentence (被告人X…；被告人Y…，二人系主犯), or in the sentence before.
    let grounds = groundsByDefendant(
      "被告人甲某某策划并指挥了每次作案；被告人乙某某持刀动手，二人系主犯。" +
        "被告人丙某某受雇参与，丁某某负责望风。二被告人起次要作用，系从犯。",
      names,
    );
    expect([...grounds.values()]).toEqual([["主犯"], ["主犯"], ["从犯"], ["从犯"]]);
    // As many as the defendants, or more: all of them; fewer, and not as many named nearby: no one,
    // as it cannot be told which.
    grounds = groundsByDefendant("被告人甲某某系累犯。四被告人到案后如实供述，系坦白。", names);
    expect([...grounds.values()]).toEqual([["坦白", "累犯"], ["坦白"], ["坦白"], ["坦白"]]);
    grounds = groundsByDefendant("被告人甲某某、乙某某、丙某某盗窃。二人到案后如实供述，系坦白。", names);
    expect([...grounds.values()]).toEqual([[], [], [], []]);
    grounds = groundsByDefendant("被告人甲某某系累犯。本案五被告人到案后如实供述，系坦白。", names);
    expect(grounds.get("丁某某")).toEqual(["坦白"]);
    // The subjects of its point first, not a name their acts concern (受X安排).
    grounds = groundsByDefendant(
      "被告人甲某某提供场地并组织生产，系主犯；被告人乙某某提供技术指导，丙某某受甲某某安排参与生产，二人均是从犯。",
      names,
    );
    expect([...grounds.values()]).toEqual([["主犯"], ["从犯"], ["从犯"], []]);
    // 其余三被告人: the defendants but the one just named.
    grounds = groundsByDefendant("被告人甲某某起主要作用，系主犯，其余三被告人起次要作用，系从犯。", names);
    expect([...grounds.values()]).toEqual([["主犯"], ["从犯"], ["从犯"], ["从犯"]]);
    // 其余被告人 with no number: the defendants but the subject before; as an object, no subject.
    grounds = groundsByDefendant(
      "被告人甲某某、乙某某主动投案，系自首。其余被告人归案后如实供述，系坦白。被告人乙某某协助公安机关抓获其他被告人，有立功表现。",
      names,
    );
    expect([...grounds.values()]).toEqual([["自首"], ["自首", "立功"], ["坦白"], ["坦白"]]);
    // A unit is no 人: 二被告人 are the two people, however the sentence before names the unit.
    grounds = groundsByDefendant(
      "被告人甲某某系被告单位某某科技有限公司的法定代表人。二被告人到案后如实供述，系坦白。",
      ["某某科技有限公司", "甲某某", "乙某某"],
    );
    expect(grounds.get("乙某某")).toEqual(["坦白"]);
  });

  it("does not give a helper's role to the one whose act it helped (对于X的贩卖毒品行为所起的作用)", () => {
    const text =
      "被告人甲某某帮助乙某某分装毒品，对于乙某某的贩卖毒品行为所起的作用较小，系从犯。被告人乙某某系主犯。";
    const grounds = groundsByDefendant(text, ["甲某某", "乙某某"]);
    expect(grounds.get("甲某某")).toEqual(["从犯"]);
    expect(grounds.get("乙某某")).toEqual(["主犯"]);
  });

  it("reads a defence's later numbered points as the defence's (辩护意见：1、…。2、X系从犯)", () => {
    const text =
      "被告人甲某某的辩护人提出如下辩护意见：1、对指控的事实无异议。2、被告人甲某某系从犯，且有自首情节。" +
      "本院认为，被告人甲某某、乙某某共同贩卖毒品，甲某某起主要作用，系主犯。被告人乙某某到案后如实供述，系坦白。";
    const grounds = groundsByDefendant(text, ["甲某某", "乙某某"]);
    expect(grounds.get("甲某某")).toEqual(["主犯"]);
    expect(grounds.get("乙某某")).toEqual(["坦白"]);
    // The court's answer to the points is the court's.
    const answered =
      "对于辩护人的辩护意见，本院评判如下：1、关于指控的事实，予以确认。2、被告人乙某某起次要作用，系从犯。";
    expect(groundsByDefendant(answered, ["甲某某", "乙某某"]).get("乙某某")).toEqual(["从犯"]);
  });

  it("drops a ground the court later denies that defendant (电话通知到案 in the facts, 不能认定为自首 after)", () => {
    const names = ["张某甲", "李某乙"];
    let grounds = groundsByDefendant(
      "被告人张某甲、李某乙先后经民警电话通知到案。李某乙上诉提出其具有自首情节。" +
        "本院认为，张某甲到案后又翻供，不符合自首的法律规定，不能认定为自首。",
      names,
    );
    expect(grounds.get("张某甲")).toEqual([]);
    expect(grounds.get("李某乙")).toEqual(["自首"]);
    // The denial of the one its point names, not of the subject of a point before.
    grounds = groundsByDefendant(
      "原审被告人张某甲自动投案，如实供述罪行，是自首。新的证据证实原审被告人李某乙系为掩护他人而顶替罪责，其虽自动投案，亦不能成立自首。",
      names,
    );
    expect(grounds.get("张某甲")).toEqual(["自首", "坦白"]);
    expect(grounds.get("李某乙")).toEqual([]);
    // A party's denial the court refuses is none (辩护人关于X不构成累犯的辩护意见，不予采纳).
    grounds = groundsByDefendant(
      "被告人张某甲刑满释放后五年内再犯，系累犯。辩护人关于被告人张某甲不构成累犯的辩护意见，不予采纳；被告人李某乙系初犯。",
      names,
    );
    expect(grounds.get("张某甲")).toContain("累犯");
    // One charge's denial leaves another's ground (对其所犯赌博罪不构成自首).
    grounds = groundsByDefendant(
      "被告人张某甲犯故意伤害罪后自动投案，系自首。被告人李某乙系初犯。被告人张某甲对其所犯赌博罪未如实供述，不构成自首。",
      names,
    );
    expect(grounds.get("张某甲")).toContain("自首");
  });

  it("gives a ground of someone the judgment does not sentence to no defendant (a co-appellant decided apart)", () => {
    const names = ["王大海", "刘小江"];
    const text =
      "上诉人王大海、刘小江到案后如实供述，系坦白。上诉人刘小江系从犯。上诉人陈立新主动供述公安机关尚未掌握的罪行，以自首论。" +
      "陈立新、王大海、刘小江家属代为赔偿被害人损失。";
    let grounds = groundsByDefendant(text, names, ["王大海", "刘小江", "陈立新"]);
    expect(grounds.get("刘小江")).toEqual(["坦白", "从犯", "赔偿"]);
    expect(grounds.get("王大海")).toEqual(["坦白", "赔偿"]);
    // A party's name that may be a defendant's written otherwise (刘晓江 for 刘小江) is no stranger.
    grounds = groundsByDefendant("上诉人王大海系主犯。上诉人刘晓江有自首情节。", names, ["刘晓江"]);
    expect(grounds.get("王大海")).toEqual(["自首", "主犯"]);
  });

  it("keeps the court's last word where one person reads as both 主犯 and 从犯", () => {
    const text = "被告人甲某某起次要作用，系从犯。经查，被告人甲某某积极参与，起主要作用，应认定为主犯。";
    expect(groundsByDefendant(text, ["甲某某", "乙某某"]).get("甲某某")).toEqual(["主犯"]);
  });

  it("tells masked names apart: 张某 is not 张某某", () => {
    const text = "被告人张某某系累犯。被告人张某有自首情节。";
    const grounds = groundsByDefendant(text, ["张某", "张某某"]);
    expect(grounds.get("张某某")).toEqual(["累犯"]);
    expect(grounds.get("张某")).toEqual(["自首"]);
  });

  it("reads a full name followed by a date as that defendant (被告人王大海2015年…)", () => {
    const grounds = groundsByDefendant(
      "被告人刘小江起次要作用，系从犯。被告人王大海2015年因犯盗窃罪被判处有期徒刑，刑满释放后五年内再犯，系累犯。",
      ["王大海", "刘小江"],
    );
    expect(grounds.get("王大海")).toEqual(["累犯", "前科"]);
    expect(grounds.get("刘小江")).toEqual(["从犯"]);
  });

  it("gives what is written before any defendant is named to all of them", () => {
    const text = "本案系犯罪未遂，依法可以比照既遂犯从轻处罚。被告人王大海系累犯。";
    const grounds = groundsByDefendant(text, ["王大海", "刘小江"]);
    expect(grounds.get("王大海")).toEqual(["累犯", "犯罪未遂"]);
    expect(grounds.get("刘小江")).toEqual(["犯罪未遂"]);
  });

  it("gives a single defendant every personal ground of the text, and no offence tag", () => {
    const text = "被告人王大海入户盗窃，案发后主动投案，系自首，且系累犯。";
    expect(groundsByDefendant(text, ["王大海"]).get("王大海")).toEqual(["自首", "累犯"]);
  });

  it("reads 该二被告人 its sentence cannot tell as the two just named, sentence by sentence back", () => {
    const names = ["甲某某", "乙某某", "丙某某", "丁某某", "戊某某"];
    const text =
      "被告人甲某某、乙某某起主要作用，系主犯。被告人丙某某、丁某某、戊某某均系公司员工，丙某某、丁某某负责接待客户。" +
      "该二被告人退赔了被害人的损失。";
    const grounds = groundsByDefendant(text, names);
    expect(grounds.get("丙某某")).toEqual(["退赃退赔"]);
    expect(grounds.get("丁某某")).toEqual(["退赃退赔"]);
    expect(grounds.get("戊某某")).toEqual([]);
  });

  it("drops a single defendant's ground the court denies after it is found, as it does of several", () => {
    const text =
      "被告人王大海经民警电话通知后到派出所接受询问。辩护人提出被告人系自首。" +
      "本院认为，被告人王大海到案后未如实供述，不能认定为自首，但其系累犯。";
    expect(groundsByDefendant(text, ["王大海"]).get("王大海")).toEqual(["累犯"]);
    expect(deniedGrounds(text, ["王大海"]).get("王大海")).toEqual(["自首"]);
    // Not an unsentenced co-accused's denial (上诉人陈立新 decided apart), nor a charge's.
    const theirs = "被告人王大海主动投案，如实供述，系自首。上诉人陈立新虽到案，但不能认定为自首。";
    expect(deniedGrounds(theirs, ["王大海"], ["陈立新"]).get("王大海")).toEqual([]);
    expect(
      deniedGrounds("被告人王大海犯盗窃罪后主动投案，系自首；其对所犯赌博罪不构成自首。", ["王大海"]).get(
        "王大海",
      ),
    ).toEqual([]);
  });

  it("gives a ground after subjects each named with a phrase of their own to all of them (X在一审时、Y在归案后)", () => {
    const names = ["张某甲", "李某乙"];
    const text =
      "本院认为，上诉人张某甲、李某乙共同贩卖毒品，张某甲起主要作用，是主犯；李某乙起次要作用，是从犯。" +
      "张某甲在二审期间、李某乙在到案后均能如实供述自己的罪行，可以从轻处罚。";
    const grounds = groundsByDefendant(text, names);
    expect(grounds.get("张某甲")).toEqual(["坦白", "主犯"]);
    expect(grounds.get("李某乙")).toEqual(["坦白", "从犯"]);
    // The first one's phrase holding a ground of its own: what follows in the clause is the second's.
    const roles = groundsByDefendant("被告人张某甲系主犯、李某乙系从犯。", names);
    expect(roles.get("张某甲")).toEqual(["主犯"]);
    expect(roles.get("李某乙")).toEqual(["从犯"]);
    // 比照主犯从轻 (刑法 §27 ¶2) is the measure, no finding of 主犯.
    const weighed = groundsByDefendant(
      "被告人张某甲起主要作用，系主犯，被告人李某乙起次要作用、被告人王某丙起辅助作用，均系从犯，应当比照主犯从轻处罚。",
      [...names, "王某丙"],
    );
    expect([...weighed.values()]).toEqual([["主犯"], ["从犯"], ["从犯"]]);
  });

  it("reads an appeal prosecutor's opinion as a submission, refused where the court refuses it first", () => {
    // 检察员关于X构成立功…的意见不能成立，其他意见予以采纳: the acceptance is of the other points.
    const text =
      "出庭检察员提出，张某甲举报他人盗窃的线索经查证属实，应认定为立功。" +
      "经查，张某甲提供的线索未能查证，其行为不构成立功。" +
      "出庭检察员关于张某甲构成立功以及李某乙的行为不应按犯罪处理的意见不能成立，其他意见本院予以采纳。";
    expect(groundsByDefendant(text, ["张某甲", "李某乙"]).get("张某甲")).toEqual([]);
    // A confession made while a prosecutor questions the defendant is the court's finding, not a submission.
    expect(
      groundsByDefendant("被告人张某甲在检察员讯问时如实供述了犯罪事实。", ["张某甲", "李某乙"]).get(
        "张某甲",
      ),
    ).toEqual(["坦白"]);
  });

  it("counts the court's own finding in a sentence that also reports a submission, not the claim it refuses", () => {
    const names = ["张某甲", "李某乙", "王某丙"];
    // The court answers the defence (如前所述) and finds 主犯; the 从犯 the defence claimed again is refused.
    const answered =
      "本院认为，被告人张某甲、李某乙、王某丙结伙敲诈他人财物。王某丙起次要作用，是从犯。" +
      "关于辩护人提出张某甲、李某乙均是从犯的意见，如前所述，张某甲、李某乙在犯罪过程中起主导作用，" +
      "张某甲、李某乙是共同犯罪中的主犯，辩护人辩称张某甲、李某乙属于从犯，与事实不符，故对上述意见不予采纳；" +
      "关于王某丙的辩护人提出其属于犯罪中止的意见，经查，王某丙参与了全部行为，不属于犯罪中止，不予采纳；" +
      "其他辩护意见予以采纳。";
    expect(groundsByDefendant(answered, names).get("张某甲")).toEqual(["主犯"]);
    expect(groundsByDefendant(answered, names).get("王某丙")).toEqual(["从犯"]);
    // The court speaks first, the defence's claim after it.
    expect(
      groundsByDefendant("本院认为，被告人张某甲系主犯，辩护人所提张某甲系从犯的意见不予采纳。", names).get(
        "张某甲",
      ),
    ).toEqual(["主犯"]);
    // The court's reasons for refusing a claim of that very ground are no finding of it.
    const refused =
      "关于被告人李某乙的辩护人提出李某乙具有自首情节的辩护意见，经查，现有证据不能证实李某乙具有主动投案的情节，故不予采纳。";
    expect(groundsByDefendant(refused, names).get("李某乙")).toEqual([]);
    // A stage or role the court says the defendant lacks (不符合…构成要件, 不存在) is none.
    const lacking =
      "本院认为，李某乙已将货物运到约定地点，不符合犯罪未遂的构成要件，不存在犯罪中止的可能，其行为亦不符合从犯的特征。";
    expect(groundsByDefendant(lacking, names).get("李某乙")).toEqual([]);
  });

  it("reads 其他三名被告人 of more as the others of the list of them before (LeCaRD 7110)", () => {
    const names = ["张某甲", "李某乙", "王某丙", "赵某丁", "钱某戊", "孙某己"];
    const text =
      "被告人张某甲、李某乙共同贪污公款。" +
      "被告人王某丙伙同被告人赵某丁、钱某戊、孙某己利用职务上的便利，共同侵占本单位财产，各被告人的行为均已构成职务侵占罪。" +
      "被告人王某丙起主要作用，系主犯；其他三名被告人起次要作用，系从犯。";
    const grounds = groundsByDefendant(text, names);
    expect(["赵某丁", "钱某戊", "孙某己"].map((n) => grounds.get(n))).toEqual([["从犯"], ["从犯"], ["从犯"]]);
    expect(grounds.get("张某甲")).toEqual([]);
    expect(grounds.get("王某丙")).toEqual(["主犯"]);
  });

  it("reads each numbered evidence item afresh, a ground of the names nearest before it in its item, else no one's (LeCaRD 33132)", () => {
    const names = ["张某甲", "李某乙", "王某丙"];
    const text =
      "1、被告人张某甲的供述证实，其与李某乙、王某丙共同向被害人借款后未归还。 " +
      "2、被害人赵某某出具的书面材料证实，其对被告人的行为表示谅解。 " +
      "3、户籍信息及刑事判决书证实，被告人李某乙、王某丙的身份情况、被告人张某甲、王某丙的前科情况以及被告人王某丙系累犯的事实。";
    const grounds = groundsByDefendant(text, names);
    // Item 2 names no one before its 谅解 (not item 1's 张某甲); item 3's 累犯 is 王某丙's alone.
    expect(names.map((n) => grounds.get(n))).toEqual([[], [], ["累犯"]]);
    // Not the other party named (与被告人王某丙签订), and the court's reasoning after the list is no item's.
    const settled =
      "4、被告人李某乙的亲属与被告人王某丙签订的和解赔偿协议证实，双方就损失达成一致。\n" +
      "本院认为，被告人张某甲如实供述自己的罪行，可以从轻处罚。";
    expect(names.map((n) => groundsByDefendant(settled, names).get(n))).toEqual([["坦白"], ["赔偿"], []]);
  });

  it("gives what follows to a name after 、 behind a list's phrase, whatever its own predicate (LeCaRD 27075)", () => {
    const names = ["张某甲", "李某乙", "王某丙", "赵某丁"];
    const whose = (text: string) => names.map((n) => groundsByDefendant(text, names).get(n));
    const lead = "本院认为，被告人赵某丁纠集他人实施犯罪，系主犯。";
    // A list first, then a defendant named anew with a phrase of its own, with or without a predicate.
    expect(
      whose(
        `${lead}被告人张某甲、李某乙受雇负责搬运、被告人王某丙负责望风，在共同犯罪中起次要作用，系从犯。`,
      ),
    ).toEqual([["从犯"], ["从犯"], ["从犯"], ["主犯"]]);
    expect(whose(`${lead}被告人张某甲、李某乙受雇负责搬运、被告人王某丙起辅助作用，均系从犯。`)).toEqual([
      ["从犯"],
      ["从犯"],
      ["从犯"],
      ["主犯"],
    ]);
    // Not a name a phrase brings in as another party (与…、…).
    expect(whose("被告人张某甲的亲属与被害人钱某、王某丙达成协议，取得谅解。")).toEqual([
      ["谅解"],
      [],
      [],
      [],
    ]);
  });

  it("gives a pardon to the one pardoned, not the defendant who gives it (a fight's two sides, LeCaRD 30176)", () => {
    const names = ["张某甲", "李某乙", "赵某丙"];
    const whose = (text: string) => names.map((n) => groundsByDefendant(text, names).get(n));
    const lead = "本院认为，被告人赵某丙纠集他人斗殴，系主犯。";
    // 取得Y的谅解: Y gives it, the one obtaining it has it.
    expect(whose(`${lead}被告人张某甲的亲属赔偿了被告人李某乙的损失，并取得了被告人李某乙的谅解。`)).toEqual([
      ["谅解", "赔偿"],
      [],
      ["主犯"],
    ]);
    // Y对X表示谅解: X, named after 对, whatever follows it.
    expect(whose(`${lead}被害人王某某对被告人张某甲、李某乙表示谅解。`)).toEqual([
      ["谅解"],
      ["谅解"],
      ["主犯"],
    ]);
    // Y出具谅解书, naming no one pardoned: no one's, not the subject before.
    expect(whose(`${lead}被告人李某乙出具谅解书一份。`)).toEqual([[], [], ["主犯"]]);
  });

  it("gives a payment in an evidence item to the payer, not the one paid or given back to (LeCaRD 1798, 18174)", () => {
    const names = ["张某甲", "李某乙"];
    const whose = (text: string) => names.map((n) => groundsByDefendant(text, names).get(n));
    expect(whose("3、收条证实，被告人张某甲将二万元归还被告人李某乙并补偿被害人王某某损失。")).toEqual([
      ["赔偿"],
      [],
    ]);
    expect(whose("4、协议书证实，被告人张某甲的亲属已赔偿被告人李某乙因受伤造成的损失三万元。")).toEqual([
      ["赔偿"],
      [],
    ]);
  });

  it("gives a surrender on a phone call to the one called, named inside its words (LeCaRD 28691)", () => {
    const names = ["张某甲", "李某乙"];
    const text = "经审理查明，被告人张某甲于2018年3月被民警抓获。同年4月，侦查人员电话通知李某乙到案。";
    expect(names.map((n) => groundsByDefendant(text, names).get(n))).toEqual([[], ["自首"]]);
  });

  it("keeps an accused named beside a defendant of a like name apart from that defendant (LeCaRD 17235)", () => {
    // A slip of the sentenced name is that defendant; a party of its own beside it is another person.
    expect(unsentenced(["孙某乙", "周某"], ["孙某甲", "孙某乙", "周某", "周某丙"])).toEqual([
      "孙某甲",
      "周某丙",
    ]);
    expect(unsentenced(["孙某乙"], ["孙某甲"])).toEqual([]);
    expect(unsentenced(["孙某乙"], ["孙某乙", "孙某乙诈骗"])).toEqual([]);
    const names = ["孙某乙", "周某"];
    const text =
      "原审被告人孙某乙于2019年3月被民警抓获到案；上诉人孙某甲于同年4月主动到派出所投案。" +
      "原审被告人周某丙退缴违法所得五千元。上诉人周某到案后如实供述，系坦白。";
    const grounds = groundsByDefendant(text, names, ["孙某甲", "孙某乙", "周某", "周某丙"]);
    expect(names.map((n) => grounds.get(n))).toEqual([[], ["坦白"]]);
  });

  it("reads 被告人X均 and 上述被告人X as X, not as every defendant", () => {
    const names = ["韩某", "冯某", "卫某某"];
    const text = "被告人卫某某系从犯。被告人韩某、被告人冯某均系自首。上述被告人韩某主动退赔被害人损失。";
    expect(names.map((n) => groundsByDefendant(text, names).get(n))).toEqual([
      ["自首", "退赃退赔"],
      ["自首"],
      ["从犯"],
    ]);
  });

  it("reads a list of names on across a role word (上诉人X、Y及原审被告人Z, 、原审被告人Z) (LeCaRD 17235)", () => {
    const names = ["孙某甲", "周某", "吴某某", "郑某"];
    const whose = (text: string) => names.map((n) => groundsByDefendant(text, names).get(n));
    expect(whose("上诉人孙某甲、周某及原审被告人吴某某到案后均如实供述，系坦白。")).toEqual([
      ["坦白"],
      ["坦白"],
      ["坦白"],
      [],
    ]);
    expect(
      whose("上诉人郑某起主要作用，系主犯；上诉人孙某甲、原审被告人吴某某、周某起次要作用，均系从犯。"),
    ).toEqual([["从犯"], ["从犯"], ["从犯"], ["主犯"]]);
  });

  it("does not give a defendant what a victim of the same masked name gives (被害人邱某 beside 被告人邱某) (LeCaRD 2597)", () => {
    const names = ["韩某", "邱某"];
    const text =
      "经审理查明，被告人韩某在村口殴打邱某。上述事实，有下列证据证明：（1）被害人邱某的陈述及谅解书，证明其被打经过。" +
      "（2）被告人邱某的供述，证明其未到场。";
    expect(names.map((n) => groundsByDefendant(text, names).get(n))).toEqual([[], []]);
  });

  it("gives what follows a later name to it alone where the phrase before holds a ground (X为主犯、Y、Z为从犯) (LeCaRD 2597)", () => {
    const names = ["韩某", "邱某", "冯某某"];
    const text = "此次犯罪，被告人韩某为主犯、被告人邱某、冯某某为从犯。";
    expect(names.map((n) => groundsByDefendant(text, names).get(n))).toEqual([["主犯"], ["从犯"], ["从犯"]]);
  });

  it("reads a subject after 综观 as after 综上 (LeCaRD 33132)", () => {
    const names = ["张某甲", "李某乙"];
    const text =
      "本院认为，被告人张某甲到案后如实供述，系坦白。综观被告人李某乙从侦查至审判期间的几次供述，虽前后不尽一致，但对主要事实均予承认，应认定其具有坦白情节。";
    expect(names.map((n) => groundsByDefendant(text, names).get(n))).toEqual([["坦白"], ["坦白"]]);
  });
});

describe("whose prior (session 25)", () => {
  it("gives a prior whose holder is named right before it to that person, not to the clause's subject (LeCaRD 8650)", () => {
    const names = ["赵某甲", "钱某"];
    const text =
      "经审理查明，被告人赵某甲在呈请报告中隐瞒了孙某有犯罪前科的事实。被告人钱某不知道孙某有前科。" +
      "被告人钱某曾因犯盗窃罪被判处有期徒刑一年。";
    const grounds = groundsByDefendant(text, names);
    expect(grounds.get("赵某甲")).toEqual([]);
    expect(grounds.get("钱某")).toEqual(["前科"]);
  });

  it("drops a prior carried over to a defendant a later records search names as having none (LeCaRD 13730)", () => {
    const names = ["王大海", "刘小江"];
    const text =
      "经审理查明，被告人刘小江在赌场内放贷。另查明，被告人王某洲（又名王大海）因犯盗窃罪，被判处有期徒刑一年，" +
      "后刑满释放。证据：前科查询说明证明：公安机关经查，未发现刘小江有违法犯罪前科。";
    const grounds = groundsByDefendant(text, names);
    expect(grounds.get("刘小江")).toEqual([]);
  });
});

describe("a denial of others named in a list (session 25)", () => {
  it("keeps a defendant's prior where the court then says others it compares have none (write-up xsspck910)", () => {
    const names = ["张某某"];
    const text =
      "本院认为，被告人张某某罪行极其严重，且张某某有故意伤害的犯罪前科，认罪态度差，而王甲乙、赵丙丁无前科劣迹，归案后认罪悔罪。";
    expect(groundsByDefendant(text, names).get("张某某")).toEqual(["前科"]);
    expect(deniedGrounds(text, names).get("张某某")).toEqual([]);
  });

  it("still reads a denial naming the defendant in such a list", () => {
    const names = ["张某某", "李某"];
    const text = "被告人张某某曾因盗窃被判处拘役。经查，李某、张某某均无违法犯罪记录。";
    expect(deniedGrounds(text, names).get("张某某")).toEqual(["前科"]);
  });
});
