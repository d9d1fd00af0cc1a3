import { describe, expect, it } from "vitest";
import {
  caseNumberForms,
  caseNumberKey,
  findCaseNumbers,
  isTrialNumber,
  joinedOrRevoked,
  likelyCourtLevel,
  numbersInContext,
  parseCaseNumber,
  provinceInName,
} from "./case-number.ts";

type Row = [raw: string, expected: Record<string, unknown> | undefined];

const TABLE: Row[] = [
  [
    "（2019）吉01民终123号",
    {
      year: 2019,
      courtCode: "吉01",
      province: "吉林省",
      courtLevel: "中级",
      typeCode: "民终",
      category: "民事",
      procedure: "二审",
      sequence: 123,
    },
  ],
  [
    "（2018）赣0111刑初182号",
    { courtCode: "赣0111", courtLevel: "基层", typeCode: "刑初", procedure: "一审", sequence: 182 },
  ],
  ["(2018)赣0111刑初182号", { courtCode: "赣0111", typeCode: "刑初" }],
  ["〔2018〕赣0111刑初182号", { courtCode: "赣0111", typeCode: "刑初" }],
  ["[2018]赣0111刑初182号", { courtCode: "赣0111", typeCode: "刑初" }],
  ["［2018］赣0111刑初182号", { courtCode: "赣0111", typeCode: "刑初" }],
  ["（２０１８）赣０１１１刑初１８２号", { year: 2018, courtCode: "赣0111", sequence: 182 }],
  ["（2019）湘0405民初1号", { courtCode: "湘0405", courtLevel: "基层", province: "湖南省" }],
  ["（2020）最高法民终12号", { courtCode: "最高法", courtLevel: "最高", typeCode: "民终" }],
  [
    "（2021）最高法知民终1号",
    { courtCode: "最高法", specialCode: "知", typeCode: "民终", courtLevel: "最高" },
  ],
  ["（2019）苏01知民初1号", { courtCode: "苏01", specialCode: "知", typeCode: "民初" }],
  ["（2019）京73民初123号", { courtCode: "京73", courtLevel: "专门" }],
  ["（2018）沪72民初456号", { courtCode: "沪72", courtLevel: "专门" }],
  ["（2017）京7101刑初3号", { courtCode: "京7101", courtLevel: "专门" }],
  ["（2019）京刑终88号", { courtCode: "京", courtLevel: "高级", province: "北京市", procedure: "二审" }],
  ["（2019）内01刑初5号", { province: "内蒙古自治区", courtLevel: "中级" }],
  ["（2019）兵01刑终5号", { courtCode: "兵01" }],
  ["（2019）新01刑终5号", { province: "新疆维吾尔自治区" }],
  ["（2018）粤03刑再2号", { typeCode: "刑再", procedure: "再审" }],
  ["（2018）粤03刑申2号", { typeCode: "刑申", procedure: "申请再审" }],
  ["（2018）粤刑监2号", { typeCode: "刑监", procedure: "审判监督" }],
  ["（2018）最高法刑核12345678号", { typeCode: "刑核", procedure: "复核" }],
  ["（2018）浙01民辖终5号", { typeCode: "民辖终", category: "管辖", procedure: "二审" }],
  ["（2018）浙0102民特5号", { typeCode: "民特", procedure: "特别程序" }],
  ["（2018）浙0102行初5号", { category: "行政", procedure: "一审" }],
  ["（2018）浙0102执恢5号", { typeCode: "执恢", category: "执行" }],
  ["（2018）浙0102执异5号", { typeCode: "执异", procedure: "执行异议" }],
  ["（2018）浙0102执5号", { typeCode: "执", category: "执行", procedure: "执行" }],
  ["（2018）浙0102财保5号", { typeCode: "财保", category: "非诉保全" }],
  ["（2018）浙01委赔5号", { typeCode: "委赔", category: "国家赔偿" }],
  ["（2018）浙0102民初×××号", { courtCode: "浙0102", typeCode: "民初", sequence: undefined }],
  ["（2018）浙0102民初ＸＸ号", { typeCode: "民初", sequence: undefined }],
  [
    "（2014）宜中刑一初字第99号",
    { year: 2014, courtCode: "宜中", courtLevel: "中级", typeCode: "刑初", legacy: true, sequence: 99 },
  ],
  [
    "（2014）粤高法刑二终字第582号",
    { courtCode: "粤高法", courtLevel: "高级", procedure: "二审", legacy: true },
  ],
  ["（2015）宿中知刑初字第0005号", { courtCode: "宿中", specialCode: "知", sequence: 5 }],
  ["（2015）鄂武汉中刑终字第01150号", { courtLevel: "中级", procedure: "二审" }],
  ["（2014）鄂刑监一再终字第00052号", { procedure: "再审", legacy: true }],
  ["（2015）深罗法刑一重字第5号", { procedure: "一审", legacy: true }],
  ["（2015）乳刑初字第550号", { courtCode: "乳", courtLevel: undefined }],
  ["［2015］沈高开刑初字第48号之一", { courtCode: "沈高开", sequence: 48 }],
  ["（20l4）长刑终字第153号", { year: 2014 }],
  ["2017云06刑初106号", { year: 2017, courtCode: "云06", typeCode: "刑初" }],
  ["湖检公诉刑诉（2018）597号", undefined],
  ["瓯检未检刑诉［2018］4-3号", undefined],
  ["沪虹检刑诉（2013）1087-1号起诉书", undefined],
  ["京朝检公诉刑诉〔2017〕127号", undefined],
  ["（2014）沪检诉字第1号", undefined],
];

describe("parseCaseNumber", () => {
  it.each(TABLE)("%s", (raw, expected) => {
    const parsed = parseCaseNumber(raw);
    if (expected === undefined) {
      expect(parsed).toBeUndefined();
      return;
    }
    expect(parsed).toBeDefined();
    for (const [key, value] of Object.entries(expected))
      expect(parsed?.[key as keyof typeof parsed], key).toBe(value);
  });

  it("has at least 40 tricky cases", () => expect(TABLE.length).toBeGreaterThanOrEqual(40));

  it("reads a bare province abbreviation on an appeal or a retrial as a high court's (指导案例12号)", () => {
    const level = (raw: string) => parseCaseNumber(raw)?.courtLevel;
    expect(level("（2011）黑刑三终字第42号")).toBe("高级");
    expect(level("（2011）浙刑三终字第282号")).toBe("高级");
    expect(level("（2014）鄂刑监一再终字第00052号")).toBe("高级");
    expect(level("（2015）川刑提字第3号")).toBe("高级");
    expect(level("（2012）苏商再提字第0065号")).toBe("高级");
    expect(level("（2014）豫法刑三终字第40号")).toBe("高级");
    expect(parseCaseNumber("（2011）黑刑三终字第42号")?.province).toBe("黑龙江省");
    // First instances with such a code are mostly basic courts' (新安县, 晋江市, 京口区), but the
    // number does not say.
    expect(level("（2014）新刑初字第141号")).toBeUndefined();
    expect(level("（2014）晋刑初字第313号")).toBeUndefined();
    expect(level("（2013）京刑初字第777号")).toBeUndefined();
    // 宁 and 青 are also Nanjing's and Qingdao's intermediate courts: the level is not told.
    expect(level("（2015）宁刑终字第81号")).toBeUndefined();
    expect(level("（2014）青刑二终字第86号")).toBeUndefined();
    // Nor do other one-character codes on a first instance.
    expect(level("（2015）乳刑初字第550号")).toBeUndefined();
  });

  it("reads another short code on an appeal as an intermediate court's: a basic court hears none", () => {
    const level = (raw: string) => parseCaseNumber(raw)?.courtLevel;
    expect(level("（2009）武行终字第37号")).toBe("中级");
    expect(level("（2015）滁刑终字第00094号")).toBe("中级");
    expect(level("（2013）潭中刑终字第33号")).toBe("中级");
    expect(level("（2009）玄刑初字第291号")).toBeUndefined();
  });

  it("reads a pre-2016 number without a court code as the Supreme People's Court's, but for old local forms", () => {
    const spc = (raw: string) => {
      const c = parseCaseNumber(raw);
      return c ? [c.courtLevel, c.procedure] : undefined;
    };
    expect(spc("（2015）民申字第7613号")).toEqual(["最高", "申请再审"]);
    expect(spc("（2013）民三终字第6号")).toEqual(["最高", "二审"]);
    expect(spc("（2010）刑五复11834388号")).toEqual(["最高", "复核"]);
    expect(spc("（2003）刑提字第1号")).toEqual(["最高", "再审"]);
    // A local court's number of old (刑字), one whose court code was dropped (刑二初), another office's.
    expect(parseCaseNumber("（1991）刑字第055号")).toBeUndefined();
    expect(parseCaseNumber("（2012）刑二初字第00044号")).toBeUndefined();
    expect(parseCaseNumber("（2006）商品第6891号")).toBeUndefined();
    // Since 2016 the SPC writes its code: a number without one is none.
    expect(parseCaseNumber("（2017）刑终字第1号")).toBeUndefined();
  });

  it("reads the old economic, transport and IP divisions' numbers (经, 交, 知), the SPC's without a court code", () => {
    const read = (raw: string) => {
      const c = parseCaseNumber(raw);
      return c ? [c.courtLevel, c.province, c.category, c.procedure] : undefined;
    };
    expect(read("（2000）经终字第264号")).toEqual(["最高", undefined, "民事", "二审"]);
    expect(read("（2000）交提字第5号")).toEqual(["最高", undefined, "民事", "再审"]);
    expect(read("（1998）知终字第4号")).toEqual(["最高", undefined, "民事", "二审"]);
    expect(read("（1997）鲁经终字第690号")).toEqual(["高级", "山东省", "民事", "二审"]);
    expect(read("（2013）浙知终字第126号")).toEqual(["高级", "浙江省", "民事", "二审"]);
    // 经 of a place's name (an 经济技术开发区 court's code) is no division.
    expect(read("（2015）合经开刑初字第5号")?.[2]).toBe("刑事");
    // The divisions were renamed in 2000: a later number without a court code is none.
    expect(parseCaseNumber("（2005）经终字第1号")).toBeUndefined();
  });

  it("reads 高 alone above first instance as 北京市高级人民法院's, at first instance as no level", () => {
    const level = (raw: string) => parseCaseNumber(raw)?.courtLevel;
    expect(level("（2014）高刑终字第478号")).toBe("高级");
    expect(level("（2009）高行终字第573号")).toBe("高级");
    expect(level("（2011）高刑初字第15号")).toBeUndefined();
  });

  it("takes no province from a basic court's one-character code (its own abbreviation)", () => {
    const province = (raw: string) => parseCaseNumber(raw)?.province;
    // 呼和浩特市新城区, 周口市川汇区, 萍乡市湘东区: not 新疆, 四川, 湖南.
    expect(province("（2015）新刑初字第00812号")).toBeUndefined();
    expect(province("（2013）川刑初字第00704号")).toBeUndefined();
    expect(province("（2015）湘刑初字第358号")).toBeUndefined();
    // 宁/青 on an appeal may be Nanjing's or Qingdao's intermediate court as well as a high court.
    expect(province("（2015）宁刑终字第81号")).toBeUndefined();
    // A high court's, and a code of province and city, still tell it.
    expect(province("（2011）黑刑三终字第42号")).toBe("黑龙江省");
    expect(province("（2014）浙杭刑初字第12号")).toBe("浙江省");
  });
});

describe("findCaseNumbers", () => {
  it("reads a list sharing one prefix as one number with its first sequence", () => {
    const [first] = findCaseNumbers("（2017）苏0106刑初646、648、645号");
    expect(first).toMatchObject({ raw: "（2017）苏0106刑初646、648、645号", sequence: 646 });
  });

  it("reads a number whose division is bracketed inside its code (民四（海）, 民三(知))", () => {
    const text =
      "某海事法院以（2001）沪海法商初字第7号民事判决判决后，上海市高级人民法院于2003年以（2003）沪高民四（海）终字第5号民事判决驳回上诉；另见（2011）浦民三(知)初字第3号";
    expect(findCaseNumbers(text)).toMatchObject([
      { raw: "（2001）沪海法商初字第7号", procedure: "一审" },
      {
        raw: "（2003）沪高民四（海）终字第5号",
        courtLevel: "高级",
        category: "民事",
        procedure: "二审",
        sequence: 5,
      },
      { raw: "（2011）浦民三(知)初字第3号", category: "民事", procedure: "一审" },
    ]);
    expect(caseNumberKey("（2003）沪高民四(海)终字第5号")).toBe(
      caseNumberKey("（2003）沪高民四（海）终字第5号"),
    );
  });

  it("reads a sub-number joined by a dash of any width (第31－1号, 第78—1号) as one number", () => {
    const text = "某高级人民法院作出（2009）冀刑四终字第31－1号刑事判决，撤销（1996）苏经初字第7—1号民事裁定";
    expect(findCaseNumbers(text)).toMatchObject([
      { raw: "（2009）冀刑四终字第31－1号", procedure: "二审", sequence: 31 },
      { raw: "（1996）苏经初字第7—1号", procedure: "一审", sequence: 7 },
    ]);
    // One number however its dash is written; not its case's number without the sub-number.
    expect(caseNumberKey("（2009）冀刑四终字第31－1号")).toBe(caseNumberKey("(2009)冀刑四终字第31-1号"));
    expect(caseNumberKey("（2009）冀刑四终字第31－1号")).not.toBe(caseNumberKey("（2009）冀刑四终字第31号"));
  });

  it("finds court numbers around a prosecutor's number without taking it", () => {
    const text =
      "南昌市青山湖区人民检察院以湖检刑诉（2018）597号起诉书指控被告人… 不服江西省南昌市青山湖区人民法院（2018）赣0111刑初182号刑事判决";
    expect(findCaseNumbers(text).map((c) => c.raw)).toEqual(["（2018）赣0111刑初182号"]);
  });
});

describe("other bodies' numbers written like a court's", () => {
  it("are no case numbers: a notary's certificate, a penalty or reconsideration decision, a police forensic report", () => {
    const text =
      "某公证处出具（2010）甲证民字第321号公证书、（2012）乙丙内民证字第45号公证书，某局作出（2009）丁规行罚字第7号" +
      "处罚决定，某市政府作出〔2011〕己行复第6号行政复议决定，某公安局出具（2013）戊公刑技字第8号鉴定书；某某人民法院作出（2013）戊环公民初字第2号民事判决，" +
      "（2019）京0105证保1号裁定";
    expect(findCaseNumbers(text).map((c) => c.raw)).toEqual([
      "（2013）戊环公民初字第2号",
      "（2019）京0105证保1号",
    ]);
  });
});

describe("caseNumberKey and caseNumberForms", () => {
  it("compare a number however its year is bracketed and its digits are written", () => {
    const key = caseNumberKey("（2019）京0108民初100号");
    for (const written of ["(2019)京0108民初100号", "〔2019〕京0108民初100号", " [２０１９] 京0108民初100号"])
      expect(caseNumberKey(written)).toBe(key);
    expect(caseNumberKey("（2019）京0108民初101号")).not.toBe(key);
  });

  it("list the forms a number is written in, the one given first", () => {
    const forms = caseNumberForms("〔2019〕京01民终５００号");
    expect(forms[0]).toBe("〔2019〕京01民终５００号");
    expect(forms).toEqual(
      expect.arrayContaining([
        "（2019）京01民终500号",
        "(2019)京01民终500号",
        "（２０１９）京０１民终５００号",
        "2019京01民终500号",
      ]),
    );
    expect(caseNumberForms("京01民终500号")).toEqual(["京01民终500号"]);
  });

  it("find a pre-2016 number typed in any form: its 第 and its padded sequence restored", () => {
    // Typed otherwise than indexed, （2014）乳刑初字第709号 was found in no form.
    for (const typed of [
      "(2014)乳刑初字第709号",
      "〔2014〕乳刑初字第709号",
      "2014乳刑初字709号",
      "（２０１４）乳刑初字第７０９号",
    ])
      expect(caseNumberForms(typed), typed).toContain("（2014）乳刑初字第709号");
    // Cited as 第2号, indexed as 第00002号, and the other way round.
    expect(caseNumberKey("（2013）石刑再初字第00001号")).toBe(caseNumberKey("（2013）石刑再初字第1号"));
    expect(caseNumberForms("（2013）石刑再初字第1号")).toContain("（2013）石刑再初字第00001号");
    expect(caseNumberForms("（2015）新刑初字第00812号")).toContain("（2015）新刑初字第812号");
    // No more than a terms query can take in a batch of 1,000 (src/search/reversals.ts).
    expect(caseNumberForms("（2013）石刑再初字第1号").length).toBeLessThanOrEqual(44);
    // A sequence's own zeros stay: 第100号 is no 第1号.
    expect(caseNumberKey("（2019）京0108民初100号")).not.toBe(caseNumberKey("（2019）京0108民初1号"));
  });
});

describe("isTrialNumber", () => {
  it("tells trials from requests, designations and commutations, the old style included", () => {
    const of = (raw: string) => isTrialNumber(parseCaseNumber(raw) ?? { raw });
    expect(of("（2014）乳刑初字第709号")).toBe(true);
    expect(of("（2016）鲁10刑终898号")).toBe(true);
    expect(of("（2018）吉01刑他3号")).toBe(false);
    expect(of("（2015）浙嘉刑他字第8号")).toBe(false);
    expect(of("（2014）浙刑二他字第61号")).toBe(false);
    expect(of("（2019）苏1182刑更3号")).toBe(false);
    expect(of("（2018）吉01刑辖2号")).toBe(false);
  });
});

describe("provinceInName", () => {
  it("reads the province from a prefecture-level city when the name leaves the province out", () => {
    expect(provinceInName("杭州市西湖区人民法院")).toBe("浙江省");
    expect(provinceInName("延边朝鲜族自治州中级人民法院")).toBe("吉林省");
    expect(provinceInName("大兴安岭地区中级人民法院")).toBe("黑龙江省");
    expect(provinceInName("苏州工业园区人民法院")).toBe("江苏省");
    expect(provinceInName("云浮市云城区人民法院")).toBe("广东省");
    expect(provinceInName("河北省唐山市路北区人民法院")).toBe("河北省");
    // A district or county bearing a city's name is no prefecture.
    expect(provinceInName("朝阳区人民法院")).toBeUndefined();
    expect(provinceInName("兴安县人民法院")).toBeUndefined();
  });
});

describe("the level a case number claims (review 17: 224 intermediate courts read as basic)", () => {
  const level = (raw: string) => parseCaseNumber(raw)?.courtLevel;

  it("claims none for a pre-2016 first instance or retrial of a short code: intermediate courts try them too", () => {
    // An intermediate court's first instance and retrial, a basic court's first instance: alike.
    expect(level("（2015）某刑初字第75号")).toBeUndefined();
    expect(level("（2014）某刑二初字第9号")).toBeUndefined();
    expect(level("（2013）某刑抗再字第6号")).toBeUndefined();
    // What the number does tell stays: an appeal, 中 in the code, a high court's code.
    expect(level("（2015）某刑终字第73号")).toBe("中级");
    expect(level("（2014）某中刑初字第11号")).toBe("中级");
    expect(level("（2014）粤高法刑二终字第5号")).toBe("高级");
    // For choosing among the courts a write-up names, the likely level is still basic.
    const c = parseCaseNumber("（2015）某刑初字第75号");
    expect(c && likelyCourtLevel(c)).toBe("基层");
    expect(likelyCourtLevel({ courtLevel: "中级", courtCode: "某", legacy: true })).toBe("中级");
  });

  it("reads a province-administered county-level city's court (90xx) as a basic court, not a specialised one", () => {
    expect(level("（2017）鄂9005刑初12号")).toBe("基层");
    expect(level("（2018）琼9002民初3号")).toBe("基层");
    expect(level("（2019）京7101刑初3号")).toBe("专门");
    expect(level("（2019）粤71刑终3号")).toBe("专门");
  });

  it("reads a pre-2016 railway transport court's code as a specialised court's, as its name is read", () => {
    expect(level("（2014）某铁刑初字第39号")).toBe("专门");
    expect(level("（2015）某铁中刑初字第59号")).toBe("专门");
    expect(level("（2015）鄂某铁中刑终字第6号")).toBe("专门");
    // 铁西区 is a district.
    expect(level("（2014）沈铁西刑初字第5号")).toBeUndefined();
  });
});

describe("joinedOrRevoked: an earlier conviction this judgment joins or revokes", () => {
  const told = (sentence: string) =>
    numbersInContext(sentence).map(({ number, before, after }) => [
      number.raw,
      joinedOrRevoked(before, after),
    ]);

  it("reads 并罚 however far after the number, and a probation revoked, in judgments and write-ups alike", () => {
    expect(
      told(
        "与（2017）某0101刑初11号刑事判决所判之刑，即有期徒刑八年、罚金二万元、没收个人财产一万元、剥夺政治权利二年，依法实行并罚，决定执行有期徒刑十年。",
      ),
    ).toEqual([["（2017）某0101刑初11号", true]]);
    expect(told("撤销（2014）某刑初字第9号刑事判决中对被告人张某所宣告缓刑的缓刑执行部分。")).toEqual([
      ["（2014）某刑初字第9号", true],
    ]);
  });

  it("keeps an appeal quashing its own first instance that gave probation an instance", () => {
    expect(
      told("撤销（2014）某刑初字第9号刑事判决，即被告人张某犯盗窃罪，判处有期徒刑三年，缓刑四年。"),
    ).toEqual([["（2014）某刑初字第9号", false]]);
  });
});
