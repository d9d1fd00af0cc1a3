import { describe, expect, it } from "vitest";
import { emptyRecord } from "../judgment/record.ts";
import { normaliseStatutes, typedStatutes } from "../judgment/statutes.ts";
import {
  CARD_FIELDS,
  type ResultCard,
  readTypedStatutes,
  statuteKey,
  statuteKeysOf,
  toJudgmentDocument,
} from "./documents.ts";
import { readBinary } from "./hits.ts";

describe("binary doc values: result card and ranking fields", () => {
  const reasoning = `本院认为，被告人醉酒驾驶机动车，其行为已构成危险驾驶罪。${"经查".repeat(200)}`;
  const record = {
    ...emptyRecord({
      id: "c1",
      source: "test",
      tier: "ordinary",
      text: reasoning,
      sections: { reasoning, disposition: "被告人犯危险驾驶罪，判处拘役二个月。" },
    }),
    title: "张某危险驾驶一案",
    court: "长沙市天心区人民法院",
    courtLevel: "基层" as const,
    outcome: {
      criminal: [{ defendant: "张某", charges: ["危险驾驶罪"], penalty: "拘役" as const, months: 2 }],
    },
  };

  it("holds the display fields and excerpts, and reads back from the doc value as indexed", () => {
    const doc = toJudgmentDocument(record);
    const card = readBinary<ResultCard>({ _index: "i", fields: { card: [doc.card] } }, "card") as ResultCard;
    expect(card).toEqual({
      title: "张某危险驾驶一案",
      court: "长沙市天心区人民法院",
      courtLevel: "基层",
      penaltyKinds: ["拘役"],
      months: 2,
      // The sentence shown, one defendant's (here the only one).
      principal: { penalty: "拘役", months: 2, charges: ["危险驾驶罪"] },
      reasoningExcerpt: expect.stringMatching(/^本院认为，被告人醉酒驾驶机动车.*…$/),
      dispositionExcerpt: "被告人犯危险驾驶罪，判处拘役二个月。",
    });
    // Every card field but the excerpts and the principal sentence is a field of the document too,
    // with the same value (indices before v5 held them one doc value each: CARD_FIELDS).
    const cardOnly = (field: string) =>
      field.endsWith("Excerpt") || field === "principal" || field === "defendants";
    expect(
      Object.keys(card).every((k) => cardOnly(k) || (CARD_FIELDS as readonly string[]).includes(k)),
    ).toBe(true);
    for (const [field, value] of Object.entries(card))
      if (!cardOnly(field)) expect(doc[field as keyof typeof doc]).toEqual(value);
  });

  it("holds what ranking reads, as the document has it", () => {
    const doc = toJudgmentDocument(record);
    expect(readBinary({ _index: "i", fields: { ranking: [doc.ranking] } }, "ranking")).toEqual({
      id: "c1",
      tier: "ordinary",
      status: "effective",
      charges: doc.charges,
      causes: [],
      statutes: [],
      circumstances: doc.circumstances,
      factCircumstances: doc.factCircumstances,
    });
  });

  it("is absent from hits of an index without cards", () => {
    expect(readBinary({ _index: "i", fields: { id: ["c1"] } }, "card")).toBeUndefined();
  });
});

describe("circumstance tags", () => {
  const facts = "经审理查明，被告赵某驾驶机动车与原告发生碰撞，原告请求赔偿损失人民币五万元。";
  const of = (category: "刑事" | "民事" | undefined) =>
    toJudgmentDocument({
      ...emptyRecord({ id: "t", source: "test", tier: "ordinary", text: facts, sections: { facts } }),
      ...(category ? { category } : {}),
    });

  it("are the Criminal Law's: none for a civil case (a claim's 赔偿 and sum are no 共同情节)", () => {
    expect(of("民事").circumstances).toEqual([]);
    expect(of("民事").factCircumstances).toEqual([]);
    // The same words in a criminal case, or one whose category was not read, are tagged as before.
    expect(of("刑事").factCircumstances).toContain("机动车");
    expect(of(undefined).factCircumstances).toEqual(of("刑事").factCircumstances);
  });

  it("are read for a prosecution whose number says 民: its charges or sentences make it criminal", () => {
    const prosecution = {
      ...emptyRecord({ id: "p", source: "test", tier: "ordinary", text: facts, sections: { facts } }),
      category: "民事" as const,
      charges: ["交通肇事罪"],
    };
    expect(toJudgmentDocument(prosecution).factCircumstances).toContain("机动车");
  });
});

describe("a single defendant's grounds", () => {
  const judgment = (facts: string, reasoning: string, defendants: string[], parties: string[] = []) =>
    toJudgmentDocument({
      ...emptyRecord({
        id: "s",
        source: "test",
        tier: "ordinary",
        text: `${facts}${reasoning}`,
        sections: { facts, reasoning },
      }),
      category: "刑事",
      parties: parties.map((name) => ({ role: "上诉人" as const, name, kind: "person" as const })),
      outcome: {
        criminal: defendants.map((defendant) => ({
          defendant,
          charges: ["故意伤害罪"],
          penalty: "有期徒刑" as const,
          months: 12,
        })),
      },
    });
  const facts = "经审理查明，被告人王大海持刀捅伤被害人后，经民警电话通知到案。";
  const reasoning = "本院认为，被告人王大海到案后拒不如实供述，不能认定为自首。";

  it("are not a ground the court denies them after it is found (刑法 §67: the court's word is last)", () => {
    const doc = judgment(facts, reasoning, ["王大海"]);
    expect(doc.circumstances).not.toContain("自首");
    expect(doc.circumstances).toContain("持械");
    // The facts' tags are what the pending case's facts are compared with: they keep it.
    expect(doc.factCircumstances).toContain("自首");
  });

  it("take the 前科 a 累犯 implied away with the 累犯 the court denies, unless a prior is stated", () => {
    const claimed = "经审理查明，公诉机关认为被告人王大海系累犯。";
    const denied = "本院认为，被告人王大海前罪系单处罚金，不构成累犯。";
    expect(judgment(claimed, "本院认为，被告人王大海系累犯。", ["王大海"]).circumstances).toContain("前科");
    const doc = judgment(claimed, denied, ["王大海"]);
    expect(doc.circumstances).not.toContain("累犯");
    expect(doc.circumstances).not.toContain("前科");
    expect(judgment(`${claimed}其曾因盗窃被判处罚金。`, denied, ["王大海"]).circumstances).toContain("前科");
  });

  it("keep a ground the court denies an accused it does not sentence, and several defendants' tags", () => {
    const theirs = "本院认为，上诉人陈立新到案后拒不如实供述，不能认定为自首。";
    expect(judgment(facts, theirs, ["王大海"], ["王大海", "陈立新"]).circumstances).toContain("自首");
    expect(judgment(facts, reasoning, ["王大海", "刘小江"]).circumstances).toContain("自首");
  });
});

describe("a prior stated in the parties' header", () => {
  const parties =
    "公诉机关某县人民检察院。 被告人王大海，男，1985年出生。2012年3月因犯盗窃罪被某县人民法院判处有期徒刑一年。因涉嫌犯故意伤害罪于2019年5月被刑事拘留。";
  const facts = "经审理查明，被告人王大海持刀捅伤被害人。";
  const judgment = (header: string) =>
    toJudgmentDocument({
      ...emptyRecord({
        id: "h",
        source: "test",
        tier: "ordinary",
        text: `${header}${facts}`,
        sections: { parties: header, facts },
      }),
      category: "刑事",
      outcome: {
        criminal: [
          { defendant: "王大海", charges: ["故意伤害罪"], penalty: "有期徒刑" as const, months: 12 },
        ],
      },
    });

  it("tags 前科, in the vocabulary's place, but not the facts' tags a pending case's facts are compared with", () => {
    const doc = judgment(parties);
    expect(doc.circumstances.slice(0, 2)).toEqual(["前科", "持械"]);
    expect(doc.factCircumstances).not.toContain("前科");
    expect(judgment(parties.replace(/2012年.*?一年。/, "无前科。")).circumstances).not.toContain("前科");
  });
});

describe("the card's principal sentence", () => {
  const joint = (grounds?: string[]) =>
    toJudgmentDocument({
      ...emptyRecord({ id: "j", source: "test", tier: "ordinary", text: "本院认为。" }),
      outcome: {
        criminal: [
          {
            defendant: "王大海",
            charges: ["盗窃罪"],
            penalty: "有期徒刑" as const,
            months: 48,
            ...(grounds ? { grounds } : {}),
          },
          { defendant: "刘小江", charges: ["盗窃罪"], penalty: "有期徒刑" as const, months: 12 },
        ],
      },
    });
  const principal = (doc: ReturnType<typeof joint>) =>
    readBinary<ResultCard>({ _index: "i", fields: { card: [doc.card] } }, "card")?.principal;

  it("carries that defendant's grounds as read, and none where they were not read (an older record)", () => {
    expect(principal(joint(["累犯"]))?.grounds).toEqual(["累犯"]);
    expect(principal(joint([]))?.grounds).toEqual([]);
    // Unknown is not "none": the audit then keeps the judgment's tags (src/audit/engine.ts).
    expect(principal(joint())?.grounds).toBeUndefined();
  });
});

describe("a part's sections as written (facts_chars, reasoning_chars, disposition_chars)", () => {
  const claims = "公诉机关指控：被告人张某甲于２０２０年盗窃某某公司财物。";
  const facts = "经审理查明，被告人张某甲取得被害人谅解。";
  const reasoning = "本院认为，被告人已取得被害人的谅解，可以从轻处罚。";
  const disposition = "被告人张某甲犯盗窃罪，判处拘役三个月。";
  const text = [claims, facts, reasoning, disposition].join("\n");

  it("holds each section of a part as one value, width folded, so a phrase cannot run from one into the next", () => {
    const doc = toJudgmentDocument(
      emptyRecord({
        id: "s",
        source: "test",
        tier: "ordinary",
        text,
        sections: { claims, facts, reasoning, disposition },
      }),
    );
    expect(doc.facts_chars).toEqual([
      "公诉机关指控:被告人张某甲于2020年盗窃某某公司财物。",
      "经审理查明,被告人张某甲取得被害人谅解。",
    ]);
    expect(doc.reasoning_chars).toEqual(["本院认为,被告人已取得被害人的谅解,可以从轻处罚。"]);
    expect(doc.disposition_chars).toEqual(["被告人张某甲犯盗窃罪,判处拘役三个月。"]);
  });

  it("stands in with the whole text for the facts when no section was recognised, as facts_seg does", () => {
    const doc = toJudgmentDocument(emptyRecord({ id: "n", source: "test", tier: "ordinary", text }));
    expect(doc.facts_chars).toEqual([doc.text_chars]);
    expect(doc.reasoning_chars).toBeUndefined();
    expect(doc.disposition_chars).toBeUndefined();
  });
});

describe("statute keys a judge types", () => {
  it("reads a national law abbreviated or with a slip in its prefix as the key the index holds", () => {
    expect(statuteKeysOf("刑诉法#15")).toEqual(["刑事诉讼法#15"]);
    expect(statuteKeysOf("《中华人民共和刑法》#264")).toEqual(["刑法#264"]);
    expect(statuteKeysOf("道交法")).toEqual(["道路交通安全法"]);
    expect(statuteKeysOf("刑诉法解释")).toEqual(["刑诉法解释"]);
  });

  it("reads an interpretation's article typed with its title as written in a judgment", () => {
    const key = "最高人民法院关于适用刑事诉讼法的解释#100";
    expect(statuteKeysOf("最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释#100")).toEqual([key]);
    expect(statuteKeysOf("关于适用（刑事诉讼法）的解释#100")).toEqual([key]);
  });

  /** The keys the index holds for a judgment citing `text`. */
  const cited = (text: string) => normaliseStatutes(text).map(statuteKey);

  it("reads an interpretation's whole title, with or without 《》, its issuer or an article, as its citation is keyed", () => {
    const title = "关于审理交通肇事刑事案件具体应用法律若干问题的解释";
    const law = cited(`依照最高人民法院《${title}》的规定`);
    expect(law).toEqual([`最高人民法院${title}`]);
    for (const typed of [
      `《最高人民法院${title}》`,
      `最高人民法院${title}`,
      `《${title}》`,
      title,
      `最高法院《${title}》`,
    ])
      expect(statuteKeysOf(typed), typed).toEqual(law);
    const article = cited(`依照《最高人民法院${title}》第二条第一款之规定`);
    expect(article).toEqual([`最高人民法院${title}#2`]);
    for (const typed of [
      `《最高人民法院${title}》第二条`,
      `最高人民法院${title}第二条`,
      `《${title}》第二条`,
      `${title}第二条`,
      `${title}第2条第一款`,
      `最高人民法院《${title}》第二条`,
      `${title}#2`,
    ])
      expect(statuteKeysOf(typed), typed).toEqual(article);
    expect(statuteKeysOf(`${title}第二条、第四条`)).toEqual(cited(`《${title}》第二条、第四条`));
  });

  it("reads an interpretation's issuer typed short, in another order or in part as its citations are keyed", () => {
    const title = "关于办理盗窃刑事案件适用法律若干问题的解释";
    const article = cited(`依照最高人民法院、最高人民检察院《${title}》第一条之规定`);
    expect(article).toEqual([`最高人民法院、最高人民检察院${title}#1`]);
    for (const typed of [
      `两高${title}第一条`,
      `两高《${title}》第一条`,
      `最高法、最高检${title}第一条`,
      `最高人民检察院、最高人民法院${title}第一条`,
      `最高人民法院${title}第一条`,
      `最高检${title}#1`,
    ])
      expect(statuteKeysOf(typed), typed).toEqual(article);
  });

  it("reads a title typed with or without its quotation marks, in either case, as its citation is keyed", () => {
    const article = cited("依照《关于办理“套路贷”刑事案件若干问题的意见》第三条");
    for (const typed of [
      "关于办理套路贷刑事案件若干问题的意见第三条",
      '关于办理"套路贷"刑事案件若干问题的意见第三条',
      "《关于办理「套路贷」刑事案件若干问题的意见》#3",
    ])
      expect(statuteKeysOf(typed), typed).toEqual(article);
    expect(statuteKeysOf("关于在柜员机（ATM机）上取款某类问题的批复第一条")).toEqual(
      cited("依照《关于在柜员机（ａｔｍ机）上取款某类问题的批复》第一条"),
    );
  });

  it("reads the law or article an interpretation's title names as the title's words, not a citation", () => {
    const procedure = cited("依照《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》的规定");
    expect(statuteKeysOf("最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释")).toEqual(procedure);
    expect(statuteKeysOf("最高人民法院关于适用中华人民共和国刑事诉讼法的解释第一百条")).toEqual(
      cited("依照《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第一百条"),
    );
    // A legislative interpretation of one article is no citation of that article (刑法#313).
    const article313 = cited(
      "依照《全国人民代表大会常务委员会关于〈中华人民共和国刑法〉第三百一十三条的解释》",
    );
    expect(article313).toEqual(["全国人民代表大会常务委员会关于刑法第三百一十三条的解释"]);
    expect(statuteKeysOf("全国人民代表大会常务委员会关于《中华人民共和国刑法》第三百一十三条的解释")).toEqual(
      article313,
    );
    expect(statuteKeysOf("关于刑法第三百一十三条的解释")).toEqual(article313);
    expect(statuteKeysOf("最高人民法院关于刑法修正案（八）时间效力问题的解释第二条")).toEqual(
      cited("依照《最高人民法院关于〈中华人民共和国刑法修正案（八）〉时间效力问题的解释》第二条"),
    );
  });

  it("reads another title typed without 《》 before its articles when nothing else names a statute", () => {
    expect(statuteKeysOf("刑法修正案（九）")).toEqual(cited("依照《中华人民共和国刑法修正案（九）》"));
    expect(statuteKeysOf("刑法修正案(九)第一条")).toEqual(
      cited("依照《中华人民共和国刑法修正案（九）》第一条"),
    );
    expect(statuteKeysOf("刑法第264条")).toEqual(["刑法#264"]);
  });

  it("reads a key for each statute an entry names", () => {
    const title = "关于审理某类刑事案件具体应用法律若干问题的解释";
    const article = cited(`依照《${title}》第二条`)[0];
    const whole = cited(`依照《${title}》`)[0];
    for (const [typed, keys] of [
      // The title was lost: only 刑法#264 was read.
      [`${title}第二条、刑法第264条`, [article, "刑法#264"]],
      [`${title}第二条；刑法第二百六十四条`, [article, "刑法#264"]],
      [`${title}、刑法第264条`, [whole, "刑法#264"]],
      [`刑法第264条和${title}第二条`, ["刑法#264", article]],
      [
        `${title}第二条、两高关于另一类案件的意见第三条`,
        [article, ...cited("依照两高《关于另一类案件的意见》第三条")],
      ],
      // One key no judgment has: 刑法、刑事诉讼法.
      ["刑法、刑事诉讼法", ["刑法", "刑事诉讼法"]],
      ["刑法 中华人民共和国刑事诉讼法", ["刑法", "刑事诉讼法"]],
      ["《刑法》和《刑事诉讼法》", ["刑法", "刑事诉讼法"]],
      ["刑法#264、民法典#577", ["刑法#264", "民法典#577"]],
      // The regulation's article was lost.
      ["刑法第264条、道路交通安全法实施条例第九十一条", ["刑法#264", "道路交通安全法实施条例#91"]],
    ] as const)
      expect(statuteKeysOf(typed), typed).toEqual(keys);
    // One statute: a law's list, a title joining its own words, a title naming two laws' articles.
    expect(statuteKeysOf("刑法第264条、第67条")).toEqual(["刑法#264", "刑法#67"]);
    expect(statuteKeysOf("关于刑法、刑诉法有关规定的解释")).toEqual(
      cited("依照《关于刑法、刑诉法有关规定的解释》"),
    );
    expect(
      typedStatutes("全国人民代表大会常务委员会关于刑法第九条第一款、刑事诉讼法第二条的解释"),
    ).toHaveLength(1);
    expect(typedStatutes("最高法、最高检关于某类案件的解释第一条")).toHaveLength(1);
  });

  it("reads a 关于… title listing the articles it is about as that title, not as citations of them", () => {
    const title = "全国人民代表大会常务委员会关于刑法第九条第一款、刑事诉讼法第二条的解释";
    // It had been read as 刑法#9 and 刑事诉讼法#2, which its words name and it does not cite.
    expect(statuteKeysOf(title)).toEqual(cited(`依照《${title}》`));
    expect(statuteKeysOf(`${title}第一条`)).toEqual(cited(`依照《${title}》第一条`));
  });

  it("reads a version typed after a law's name as the key a judgment citing that version has", () => {
    // A judgment writes the note after the title: 《刑事诉讼法》（1996年修正）第…条.
    const dated = cited("依照《中华人民共和国刑事诉讼法》（1996年修正）第一百八十九条");
    expect(dated).toEqual(["刑事诉讼法（1996年）#189"]);
    for (const typed of [
      "刑事诉讼法（1996年修正）#189",
      "刑事诉讼法(1996年)#189",
      "中华人民共和国刑事诉讼法（1996年3月17日修正）#189",
      "刑事诉讼法（1996年修正）第一百八十九条",
      "《刑事诉讼法》（1996年修正）第一百八十九条",
    ])
      expect(readTypedStatutes(typed), typed).toEqual({ keys: dated, unread: [] });
    // A version of the law's last renumbering or later is today's article (src/judgment/statutes.ts
    // LAST_RENUMBERED), the Criminal Law's before 1997 the 1979 law's.
    expect(statuteKeysOf("刑事诉讼法（2018年修正）#189")).toEqual(["刑事诉讼法#189"]);
    expect(statuteKeysOf("刑法（1998年）#264")).toEqual(["刑法#264"]);
    expect(statuteKeysOf("刑法（1990年）#150")).toEqual(["刑法（1979年）#150"]);
    // A law whose numbering is not known here keeps its dated key, as its citation does.
    expect(statuteKeysOf("某某管理条例（2016年修订）#3")).toEqual(
      cited("依照《某某管理条例》（2016年修订）第三条"),
    );
    expect(statuteKeysOf("某某管理条例（2016年修订）")).toEqual(["某某管理条例（2016年）"]);
    // A title's own part and a key as indexed stay as they are.
    expect(statuteKeysOf("民事诉讼法（试行）#1")).toEqual(["民事诉讼法（试行）#1"]);
    expect(statuteKeysOf("刑法修正案（九）#1")).toEqual(["刑法修正案（九）#1"]);
    expect(statuteKeysOf("刑事诉讼法（1996年）#189")).toEqual(["刑事诉讼法（1996年）#189"]);
    expect(statuteKeysOf("某某规则（试行）（2013年修正）#5")).toEqual(["某某规则（试行）（2013年）#5"]);
  });

  it("refuses a bracket after a law's name that is no note it can read", () => {
    // Each had been kept as typed: a key no judgment has, an empty result unexplained.
    expect(readTypedStatutes("刑事诉讼法（1996年修正本）#189").unread).toEqual(["（1996年修正本）"]);
    expect(readTypedStatutes("刑法（某某）#264").unread).toEqual(["（某某）"]);
    // A title's own words in brackets are no note: the title as written.
    expect(readTypedStatutes("某某会议纪要（某地纪要）#1")).toEqual({
      keys: ["某某会议纪要（某地纪要）#1"],
      unread: [],
    });
  });

  it("says what of an entry names no statute, before, between or after what does", () => {
    for (const [typed, keys, unread] of [
      ["盗窃、刑法第264条", ["刑法#264"], ["盗窃"]],
      ["盗窃刑法第二百六十四条", ["刑法#264"], ["盗窃"]],
      ["刑法第264条、盗窃", ["刑法#264"], ["盗窃"]],
      ["刑法第264条盗窃罪", ["刑法#264"], ["盗窃罪"]],
      ["刑法第264条某某、刑法第67条", ["刑法#264", "刑法#67"], ["某某"]],
      // A version note, read past: the text since renumbered is a law of its own (the note had ended
      // the citation, its article lost and left unread).
      ["《刑事诉讼法》（1996年）第一百九十九条", ["刑事诉讼法（1996年）#199"], []],
      // A key's law and a title typed without 《》 are read whole: they had been keys no judgment has.
      ["盗窃、刑法#264", ["盗窃、刑法#264"], ["盗窃"]],
      ["盗窃、刑法修正案（九）第一条", ["盗窃、刑法修正案（九）#1"], ["盗窃"]],
      ["盗窃、关于某类案件的解释第二条", ["盗窃、关于某类案件的解释#2"], ["盗窃"]],
    ] as const)
      expect(readTypedStatutes(typed), typed).toEqual({ keys, unread });
    // All of it read: citing words, separators, a list's slips, a title's issuer, subjects or bodies.
    for (const typed of [
      "依照《中华人民共和国刑法》第二百六十四条之规定",
      "根据我国刑法第二百六十四条的相关规定",
      "刑法第六十七条第一款、第三款",
      "刑法第五十二条、五十三条",
      "刑法第五十三条一款",
      "《刑法》二百三十六条第二款",
      "刑法第264条第一款第（二）项",
      "1979年刑法第一百五十条",
      "国务院《某某管理条例》第十四条",
      "最高人民法院、最高人民检察院、公安部、某某监督管理委员会《关于某类案件的意见》第二条",
      "《关于某类案件的解释》第一条第一款第(一)项第二目",
      "中华人民共和国 刑法 第 264 条",
      "刑法#264、刑法#67",
      "刑法、刑事诉讼法",
      "刑法第264条、道路交通安全法实施条例第九十一条",
      "最高法、最高检关于某类案件的解释第一条",
      "关于刑法、刑诉法有关规定的解释",
      "枪支、弹药、爆炸物解释第九条",
      "刑诉法解释",
    ])
      expect(readTypedStatutes(typed).unread, typed).toEqual([]);
  });

  it("never joins a title and the statute typed after it into one title", () => {
    // No key 关于…的解释、刑法#264, which no judgment has: each key is one a citation of either statute has.
    const title = "关于审理某类刑事案件具体应用法律若干问题的解释";
    const other = "关于另一类案件的解释";
    const either = [
      ...cited(`《${title}》`),
      ...cited(`《${other}》第二条`),
      ...cited("《刑法》第二百六十四条"),
    ];
    for (const typed of [`${title}、刑法第264条`, `${title}和中华人民共和国刑法第二百六十四条`]) {
      expect(statuteKeysOf(typed), typed).toContain("刑法#264");
      for (const key of statuteKeysOf(typed)) expect(either, typed).toContain(key);
    }
    for (const key of statuteKeysOf(`${title}、${other}第二条`)) expect(either).toContain(key);
  });
});
