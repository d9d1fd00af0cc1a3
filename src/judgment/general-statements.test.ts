import { describe, expect, it } from "vitest";
import { circumstanceDenials, extractCircumstances } from "./circumstances.ts";
import { deniedGrounds } from "./grounds.ts";

// Write-ups comment on the law in general sentences that name no party: no finding and no denial.
describe("general statements: an offender by role in a rule, a condition or an example", () => {
  it("grants nothing", () => {
    expect(
      extractCircumstances("例如，行为人作案后主动投案并如实供述罪行的，应当认定为自首。", grounds),
    ).toEqual([]);
    expect(
      extractCircumstances("行为人在押期间检举同监人员的犯罪，经核实的，应当认定有立功表现。", grounds),
    ).toEqual([]);
    // A rule quoted after 规定： is the law's.
    expect(
      extractCircumstances(
        "该条规定：“在押的犯罪嫌疑人如实供述办案机关不知道的别的罪行的，以自首论。”",
        grounds,
      ),
    ).toEqual([]);
  });

  it("denies nothing", () => {
    expect(
      circumstanceDenials("如果犯罪嫌疑人只是口头表示愿意投案而从未去投案，就不能认定为自首。", grounds),
    ).toEqual([]);
    const text =
      "被告人张某甲作案后主动到派出所投案，如实供述了犯罪事实。在共同犯罪中，被告人仅供述本人的行为而隐瞒同伙的，不能认定为自首。";
    expect(deniedGrounds(text, ["张某甲"]).get("张某甲")).toEqual([]);
  });

  it("still reads the defendant's own sentences", () => {
    // 被告人 with a sentence's consequence, not what it is: this defendant.
    expect(extractCircumstances("被告人到案后如实供述犯罪事实的，可以从轻处罚。", grounds)).toEqual(["坦白"]);
    // A hypothetical in a party's submission is the party's, read as before.
    expect(extractCircumstances("辩护人提出，如果被告人张某甲构成犯罪，其有自首情节。", grounds)).toEqual([
      "自首",
    ]);
    const text =
      "被告人张某甲作案后主动投案。如果犯罪嫌疑人投案后又逃跑的，不能认定为自首。因此，本案被告人不能认定为自首。";
    expect(deniedGrounds(text, ["张某甲"]).get("张某甲")).toEqual(["自首"]);
  });
});

describe("general statements opening after a clause of their sentence", () => {
  it("grant nothing (…，如果行为人…; …；只要行为人…)", () => {
    expect(
      extractCircumstances(
        "这类情形在实践中较常见，如果行为人在被盘问时即主动交代罪行的，也应当认定为自首。",
        grounds,
      ),
    ).toEqual([]);
    expect(
      extractCircumstances(
        "两种观点各有道理；只要行为人在到案后能如实交代主要罪行，就应当认定为坦白。",
        grounds,
      ),
    ).toEqual([]);
  });

  it("keep a concession of the case (…，即使按被告人的供述…) and the case's own words", () => {
    expect(
      extractCircumstances("双方已协商解决，即使按被告人的供述计算，被害人亦表示谅解。", new Set(["谅解"])),
    ).toEqual(["谅解"]);
    expect(
      extractCircumstances("被告人张某甲到案后，在侦查人员讯问时如实供述了犯罪事实，可以从轻处罚。", grounds),
    ).toEqual(["坦白"]);
  });
});

const grounds = new Set(["自首", "坦白", "立功"]);

// Write-ups define the law's terms (所谓…，是指…): the definition's words are no one's act or ground.
describe("general statements: a definition (所谓X，是指…)", () => {
  it("grants nothing, with or without a comma, after a list's number", () => {
    for (const definition of [
      "所谓入户盗窃，是指为窃取财物而进入他人生活起居的住所。",
      "①所谓自首，是指犯罪以后自动投案，如实供述自己罪行的行为。",
      "（2）所谓累犯，就是刑罚执行完毕后五年内再犯一定之罪的犯罪分子。",
      "所谓“暴力”，即对人身实施殴打、捆绑等强制的方法。",
      "这里所谓的立功，指的是检举揭发他人犯罪经查证属实等表现。",
      "所谓归案，指犯罪嫌疑人被抓获或者投案后处于司法机关控制之下。",
      "所谓抢夺是指乘人不备公然夺取财物。",
    ])
      expect(extractCircumstances(definition, defined), definition).toEqual([]);
  });

  it("still reads the case's own words around a term called so-and-so", () => {
    expect(
      extractCircumstances("被告人张某甲以所谓讨债为由，持刀进入李某某家中殴打李某某。", defined),
    ).toEqual(["入户", "持械", "暴力"]);
    // A definition a party's submission or the court gives of this case is the case's.
    expect(
      extractCircumstances("辩护人提出，所谓自首，是指被告人张某甲到派出所投案的行为。", defined),
    ).toEqual(["自首"]);
  });
});

const defined = new Set(["自首", "立功", "累犯", "前科", "入户", "持械", "暴力", "抢夺"]);

// Commentary speaks of 累犯 as the law's category (刑法 §65, §66, §74, §81): no one is said to be one.
describe("general statements: 累犯 as the law's category or institution", () => {
  it("grants nothing", () => {
    for (const general of [
      "依照刑法规定，对于累犯不适用缓刑。",
      "累犯与犯罪集团的首要分子均不适用缓刑。",
      "我国刑法规定，累犯不得假释。",
      "对被判处死缓的累犯，可以同时决定限制减刑。",
      "一般累犯要求前后两罪都是故意犯罪。",
      "设立累犯制度的目的在于预防再犯。",
      "本案争议在于累犯的认定。",
      "量刑时还应考虑其他情节，如自首、立功或者累犯等。",
      "量刑时须查明其是否属于孕妇、老年人、累犯等特殊人群。",
      "应依法严惩职业毒犯、累犯等人身危险性大的毒品犯罪分子。",
      "解释规定，盗窃数额较大，同时具有累犯情节的，可以认定为其他严重情节。",
    ])
      expect(extractCircumstances(general, recidivism), general).toEqual([]);
  });

  it("reads none where someone is said to have none, and a court's 不作累犯处理 as a denial", () => {
    expect(
      extractCircumstances("第一种意见认为，张某甲没有贩卖毒品或者再犯、累犯等情节。", recidivism),
    ).toEqual([]);
    expect(extractCircumstances("被告人张某甲前罪被判处缓刑，本院对其不作累犯处理。", recidivism)).toEqual(
      [],
    );
  });

  it("still reads a defendant said to be one", () => {
    for (const found of [
      "被告人张某甲系特别累犯，依法从重处罚。",
      "被告人张某甲符合累犯的构成条件，应当认定为累犯。",
      "被告人张某甲系主犯、累犯，应从重处罚。",
      "被告人张某甲刑满释放后五年内又犯罪，系累犯，对累犯应当从重处罚。",
      // A rule cited by a court that found it: the defendant's 累犯 stands.
      "被告人张某甲具有累犯情节，依法应当从重处罚。",
    ])
      expect(extractCircumstances(found, recidivism), found).toEqual(["累犯", "前科"]);
  });
});

const recidivism = new Set(["累犯", "前科"]);

// The same check for 前科 (a prior conviction as a notion: 前科消灭, the SPC's list of what a confession
// covers) and for the category in a list, a definition or a quoted rule.
describe("general statements: 前科 as a notion, and the categories in lists, definitions and rules", () => {
  it("grants nothing", () => {
    for (const general of [
      "有学者主张建立前科消灭制度，以利于犯罪人回归社会。",
      "对于前科的概念，学界尚有争议。",
      "所谓前科，是指因犯罪受过刑罚的事实。",
      "该意见规定，如实供述自己的罪行，除主要犯罪事实外，还应包括姓名、住址、前科等情况。",
      "对于具有累犯、前科等情节的毒品犯罪分子，应当依法从严。",
      "评价人身危险性，应从犯罪动机、手段、前科劣迹等方面考虑。",
      "某些国家对有醉驾前科者适用更严的酒精标准。",
      "（3）有盗窃犯罪前科劣迹的；",
      "考察其平素品行，如系偶犯，还是累犯，量刑时应有区别。",
      "应当重点打击职业毒贩、累犯、毒品再犯。",
      "该解释第二条规定：“被告人具有累犯情节，或者犯故意杀人罪的，可以同时决定限制减刑。”",
      "刑法第六十五条规定，被判处有期徒刑以上刑罚的犯罪分子，在五年以内再犯应当判处有期徒刑以上刑罚之罪的，是累犯。",
    ])
      expect(extractCircumstances(general, recidivism), general).toEqual([]);
  });

  it("still reads a defendant said to have one or to be one", () => {
    for (const [found, tags] of [
      ["被告人张某甲有盗窃前科，酌情从重处罚。", ["前科"]],
      ["被告人张某甲是有前科的人，仍不思悔改。", ["前科"]],
      // A note on a name in a list is that person's (成员包括…).
      ["团伙成员包括被告人王某某(有前科)、李某某等人。", ["前科"]],
      // The court's finding in the law's words, of a named defendant.
      [
        "被告人张某甲在刑罚执行完毕后五年以内再犯应当判处有期徒刑以上刑罚之罪的，是累犯，应当从重处罚。",
        ["累犯", "前科"],
      ],
    ] as const)
      expect(extractCircumstances(found, recidivism), found).toEqual(tags);
  });
});
