import { describe, expect, it } from "vitest";
import { earlierJudgmentDays, priorsInHeader, statesPrior } from "./priors.ts";

describe("statesPrior", () => {
  it("reads a conviction the header tells, with or without 曾", () => {
    expect(
      statesPrior(
        "被告人张某甲，男，1981年4月2日出生。2010年3月因犯盗窃罪被某县人民法院判处有期徒刑一年，2011年2月刑满释放。因涉嫌犯抢劫罪于2019年6月2日被某县公安局刑事拘留。",
      ),
    ).toBe(true);
    expect(
      statesPrior("被告人张某甲，曾因犯诈骗罪于2012年被某区法院以诈骗罪判处拘役五个月。现羁押于某县看守所。"),
    ).toBe(true);
    // A parole and an exemption after a finding of guilt are convictions too.
    expect(statesPrior("被告人张某甲，2004年被某区法院判处有期徒刑八年，2009年5月被假释。")).toBe(true);
    expect(
      statesPrior("被告人张某甲，2015年10月因犯受贿罪被某区法院免予刑事处罚。因本案于2017年被逮捕。"),
    ).toBe(true);
  });

  it("reads an administrative penalty as the facts' 前科 does: only when the court marks it past (曾因)", () => {
    expect(
      statesPrior("被告人张某甲，曾因吸食毒品于2016年7月被某县公安局行政拘留十日。因本案于2018年被逮捕。"),
    ).toBe(true);
    // Written without 曾, most are the current arrest's (因吸毒被行政拘留 on the day, 因本案被行政拘留).
    expect(
      statesPrior(
        "被告人张某甲，因吸毒于2018年1月20日被某县公安局行政拘留十日，因本案于2018年1月30日被刑事拘留。",
      ),
    ).toBe(false);
  });

  it("reads no prior where the header says there is none", () => {
    expect(statesPrior("被告人张某甲，男，汉族，农民，无前科。因涉嫌犯盗窃罪于2019年被刑事拘留。")).toBe(
      false,
    );
    expect(statesPrior("被告人张某甲，无违法犯罪记录，因涉嫌开设赌场罪于2019年被某县公安局刑事拘留。")).toBe(
      false,
    );
    // Neither a judgment the defendant failed to obey nor the term of this case's first instance.
    expect(statesPrior("被告人张某甲因涉嫌犯拒不执行判决、裁定罪于2018年3月被某县公安局刑事拘留。")).toBe(
      false,
    );
    expect(statesPrior("上诉人张某甲，因涉嫌犯赌博罪于2016年被逮捕。因一审所判刑期届满，已取保候审。")).toBe(
      false,
    );
  });

  it("does not take this case's own judgment for a prior", () => {
    // Told after this case's account opens, or dated later: an appeal's first instance, a term served.
    expect(
      statesPrior(
        "上诉人张某甲，因涉嫌犯诈骗罪于2014年11月15日被某市公安局刑事拘留，同年12月21日被逮捕。2016年8月16日，某市中级人民法院以张某甲犯诈骗罪，判处有期徒刑十年。",
      ),
    ).toBe(false);
    expect(
      statesPrior(
        "原审被告人张某甲，因涉嫌犯盗窃罪于2012年4月9日被刑事拘留，同年4月27日被逮捕。因刑期届满于2013年1月8日刑满释放。",
      ),
    ).toBe(false);
    // Named as this case's.
    expect(statesPrior("原审被告人张某甲，因本案于2013年5月15日被某区人民法院判处有期徒刑一年六个月。")).toBe(
      false,
    );
    // Dated the day the history says this case was first judged.
    const earlier = earlierJudgmentDays("某县人民法院于2013年5月6日作出（2013）某刑初字第8号刑事判决。");
    expect(
      statesPrior("原审被告人张某甲，因犯窝藏罪于2013年5月6日被某县人民法院判处有期徒刑八个月。", earlier),
    ).toBe(false);
    // A conviction after this case's arrest is no 前科 of the offence tried (刑法 §65, §70).
    expect(
      statesPrior(
        "被告人张某甲，2015年12月18日因犯盗窃罪被某区人民法院判处罚金三千元。2015年11月26日因本案被抓获。",
      ),
    ).toBe(false);
  });

  it("does not take what came of this case's first judgment for a prior (a retrial's header)", () => {
    const earlier = earlierJudgmentDays(
      "某区人民检察院指控原审被告人李某某犯失火罪一案，本院于2017年3月2日作出（2017）某0101刑初15号刑事判决。",
    );
    // The term this case's judgment passed, served out after the day it was judged.
    expect(
      statesPrior(
        "原审被告人李某某。2017年3月2日因犯失火罪被本院判处有期徒刑十个月，2017年12月28日刑满释放。2018年5月4日因涉嫌伪证罪被某市公安局刑事拘留。",
        earlier,
      ),
    ).toBe(false);
    // The judgment retried told without a date, its term ended after the day the history gives it; a
    // birth date before it, in its sentence or not, is no date of it.
    const retried = earlierJudgmentDays("某区人民法院于2015年1月20日作出（2015）某刑初字第31号刑事判决。");
    expect(
      statesPrior(
        "原审被告人王某某，女，1961年2月3日出生，居民。以包庇罪被某区人民法院判处有期徒刑十个月，2015年6月9日刑满释放。某市人民检察院提出抗诉，2017年4月11日被逮捕。",
        retried,
      ),
    ).toBe(false);
    expect(
      statesPrior(
        "原审被告人王某某，女，1961年2月3日生，以包庇罪被某区人民法院判处有期徒刑十个月，2015年6月9日刑满释放。",
        retried,
      ),
    ).toBe(false);
    // Told with no date at all and no release dated: the judgment the history dates, told again.
    expect(
      statesPrior(
        "原审被告人赵某某，男，1980年3月1日出生，无业。因犯诈骗罪，被本院判处有期徒刑二年，并处罚金。现已刑满释放。",
        retried,
      ),
    ).toBe(false);
    // A first judgment the history tells with its number (本院于…以（…）…刑事判决书判处…).
    expect(
      earlierJudgmentDays(
        "原审被告人赵某某犯合同诈骗罪一案，本院于2011年4月7日以（2011）某刑初字第52号刑事判决书判处其有期徒刑十个月。",
      ),
    ).toEqual(new Set(["2011-04-07"]));
  });

  it("still reads a prior served out before this case was first judged", () => {
    const earlier = earlierJudgmentDays("某区人民法院于2015年1月20日作出（2015）某刑初字第31号刑事判决。");
    // Undated but marked past (曾因…), or dated before this case's, beside this case's judgment told undated.
    expect(
      statesPrior(
        "原审被告人赵某某。曾因犯盗窃罪被判处有期徒刑一年。因犯诈骗罪，被本院判处有期徒刑二年。",
        earlier,
      ),
    ).toBe(true);
    expect(
      statesPrior(
        "原审被告人赵某某。2009年5月2日因犯盗窃罪被某县人民法院判处有期徒刑一年。现又因犯诈骗罪，被本院判处有期徒刑二年。",
        earlier,
      ),
    ).toBe(true);
    expect(
      statesPrior(
        "原审被告人王某某，女，1961年2月3日出生。因犯盗窃罪被某区人民法院判处有期徒刑一年，2008年9月1日刑满释放。因涉嫌包庇罪于2014年8月1日被刑事拘留。",
        earlier,
      ),
    ).toBe(true);
  });

  it("reads priors a court lists after the current custody, dated before it", () => {
    expect(
      statesPrior(
        "被告人张某甲，因涉嫌妨害公务罪于2016年1月6日被刑事拘留，同年1月29日被逮捕。2009年7月13日，被告人张某甲因犯盗窃罪被某县人民法院判处有期徒刑十个月。",
      ),
    ).toBe(true);
    // A prior told with 涉嫌 is no opening of this case when custody follows in a later sentence.
    expect(
      statesPrior(
        "被告人张某甲，2002年11月因涉嫌故意伤害罪被某市中级人民法院判处有期徒刑十二年，2011年3月刑满释放。2015年10月20日因非法持有枪支罪被某市公安局取保候审。",
      ),
    ).toBe(true);
  });
});

describe("priorsInHeader", () => {
  const header =
    "公诉机关某县人民检察院。 被告人张某甲，男，1981年4月2日出生。2010年3月因犯盗窃罪被某县人民法院判处有期徒刑一年。因涉嫌犯抢劫罪于2019年6月2日被刑事拘留。 辩护人赵某，某律师事务所律师。 " +
    "被告人李某乙，男，1990年8月9日出生，无前科。因涉嫌犯抢劫罪于2019年6月2日被刑事拘留。 " +
    "附带民事诉讼原告人王某丙，男，曾因犯故意伤害罪于2008年被某县人民法院判处拘役三个月。";

  it("gives the prior to the defendant whose paragraph states it, not to another nor to the victim", () => {
    expect(priorsInHeader(header, ["张某甲", "李某乙"])).toEqual(["张某甲"]);
    expect(priorsInHeader(header, ["李某乙"])).toEqual([]);
    // No sentence read: any accused the header names.
    expect(priorsInHeader(header, [])).toEqual(["张某甲"]);
  });

  it("reads a name the header writes shorter or longer than the disposition", () => {
    expect(priorsInHeader(header.replace("被告人张某甲", "被告人张某"), ["张某甲", "李某乙"])).toEqual([
      "张某甲",
    ]);
    // One accused, one sentenced: theirs whatever the header calls them.
    const one = "公诉机关某县人民检察院。 被告人张三，男。曾因犯盗窃罪于2010年被判处有期徒刑一年。";
    expect(priorsInHeader(one, ["张叁"])).toEqual(["张叁"]);
  });

  it("does not read the history where it runs on into the header", () => {
    const retrial =
      "原公诉机关某县人民检察院。 原审被告人张某甲，男，1970年出生。因犯窝藏罪被某县人民法院判处有期徒刑六个月。 " +
      "某县人民检察院指控原审被告人张某甲犯窝藏罪一案，某县人民法院于2013年5月6日作出（2013）某刑初字第8号刑事判决，以窝藏罪判处其有期徒刑六个月。";
    expect(
      priorsInHeader(retrial.replace("因犯窝藏罪被某县人民法院判处有期徒刑六个月。", ""), ["张某甲"]),
    ).toEqual([]);
  });
});
