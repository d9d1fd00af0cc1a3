/**
 * Synthetic corpus: realistic but invented judgments (裁判文书) for the default run on a machine
 * without ../shared, for scale benchmarks and for tests that need controlled data. Every record is
 * marked synthetic. Texts follow the layout of published judgments (header, parties, procedural
 * history, indictment or claims, defence, facts, 本院认为, legal basis, disposition, footer) so that
 * the judgment parser reads them like real ones; all wording, names and companies are made up here.
 *
 * Deterministic: the same seed gives the same corpus. Streaming: a generator, nothing accumulated,
 * so 200k documents cost constant memory.
 */
import type { Tier } from "../src/judgment/record.ts";

export type SyntheticStatus = "effective" | "reversed" | "withdrawn";

export interface SyntheticJudgment {
  /** Stable: `syn-<seed>-<n>`, n counted from 1. */
  id: string;
  text: string;
  meta: { source: "synthetic"; synthetic: true; tier: Tier; status: SyntheticStatus };
}

export interface GenerateOptions {
  count: number;
  seed?: number;
}

// ---------------------------------------------------------------------------------------------
// Randomness

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Log-uniform: amounts spread over orders of magnitude, as in real case loads. */
function logInt(rng: Rng, min: number, max: number, step = 1): number {
  const v = Math.exp(Math.log(min) + rng() * (Math.log(max) - Math.log(min)));
  return Math.max(step, Math.round(v / step) * step);
}

function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals and dates as judgments write them

const CN_DIGITS = "〇一二三四五六七八九";

function cnSmall(n: number): string {
  // 0–9999, the way judgments spell them: 十五, 一百零三, 二千零五十.
  if (n < 10) return CN_DIGITS[n] as string;
  if (n < 20) return `十${n % 10 === 0 ? "" : CN_DIGITS[n % 10]}`;
  const units = ["", "十", "百", "千"];
  const digits = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] as string;
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += "零";
    zero = false;
    out += (CN_DIGITS[d] as string) + unit;
  });
  return out;
}

/** Integers up to 10^8 in Chinese: 五千, 一万二千, 三十万. */
export function chineseNumber(n: number): string {
  if (n < 10_000) return cnSmall(n);
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  const lowText = low === 0 ? "" : (low < 1000 ? "零" : "") + cnSmall(low);
  return `${cnSmall(high)}万${lowText}`;
}

function cnYear(year: number): string {
  return String(year)
    .split("")
    .map((d) => CN_DIGITS[Number(d)])
    .join("");
}

/** 二〇二一年五月十二日 */
function cnDate(d: Date): string {
  return `${cnYear(d.getUTCFullYear())}年${cnSmall(d.getUTCMonth() + 1)}月${cnSmall(d.getUTCDate())}日`;
}

/** 2021年5月12日 */
function arDate(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

/** 一年六个月, 十个月, 三年 */
function cnTerm(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return `${y > 0 ? `${cnSmall(y)}年` : ""}${m > 0 ? `${cnSmall(m)}个月` : ""}`;
}

function money(n: number): string {
  return String(n);
}

// ---------------------------------------------------------------------------------------------
// Courts: real administrative divisions and the court codes of the 2016 case-number rules.

type District = { name: string; code: string; short: string };
type City = { name: string; code: string; short: string; intermediate?: string; districts: District[] };
type Province = { name: string; abbr: string; cities: City[] };

const PROVINCES: readonly Province[] = [
  {
    name: "浙江省",
    abbr: "浙",
    cities: [
      {
        name: "杭州市",
        code: "01",
        short: "杭",
        districts: [
          { name: "上城区", code: "02", short: "上" },
          { name: "西湖区", code: "06", short: "西" },
          { name: "余杭区", code: "10", short: "余" },
        ],
      },
      {
        name: "宁波市",
        code: "02",
        short: "甬",
        districts: [
          { name: "海曙区", code: "03", short: "海" },
          { name: "鄞州区", code: "12", short: "鄞" },
        ],
      },
    ],
  },
  {
    name: "江苏省",
    abbr: "苏",
    cities: [
      {
        name: "南京市",
        code: "01",
        short: "宁",
        districts: [
          { name: "玄武区", code: "02", short: "玄" },
          { name: "建邺区", code: "05", short: "建" },
        ],
      },
      {
        name: "苏州市",
        code: "05",
        short: "苏",
        districts: [
          { name: "姑苏区", code: "08", short: "姑" },
          { name: "吴中区", code: "06", short: "吴" },
        ],
      },
    ],
  },
  {
    name: "广东省",
    abbr: "粤",
    cities: [
      {
        name: "广州市",
        code: "01",
        short: "穗",
        districts: [
          { name: "越秀区", code: "04", short: "越" },
          { name: "番禺区", code: "13", short: "番" },
        ],
      },
      {
        name: "深圳市",
        code: "03",
        short: "深",
        districts: [
          { name: "罗湖区", code: "03", short: "罗" },
          { name: "南山区", code: "05", short: "南" },
        ],
      },
    ],
  },
  {
    name: "山东省",
    abbr: "鲁",
    cities: [
      {
        name: "济南市",
        code: "01",
        short: "济",
        districts: [{ name: "历下区", code: "02", short: "历" }],
      },
      {
        name: "青岛市",
        code: "02",
        short: "青",
        districts: [
          { name: "市南区", code: "02", short: "南" },
          { name: "黄岛区", code: "11", short: "黄" },
        ],
      },
    ],
  },
  {
    name: "河南省",
    abbr: "豫",
    cities: [
      {
        name: "郑州市",
        code: "01",
        short: "郑",
        districts: [
          { name: "金水区", code: "05", short: "金" },
          { name: "二七区", code: "03", short: "二" },
        ],
      },
    ],
  },
  {
    name: "四川省",
    abbr: "川",
    cities: [
      {
        name: "成都市",
        code: "01",
        short: "成",
        districts: [
          { name: "锦江区", code: "04", short: "锦" },
          { name: "武侯区", code: "07", short: "武" },
        ],
      },
    ],
  },
  {
    name: "湖南省",
    abbr: "湘",
    cities: [
      {
        name: "长沙市",
        code: "01",
        short: "长",
        districts: [{ name: "芙蓉区", code: "02", short: "芙" }],
      },
      {
        name: "衡阳市",
        code: "04",
        short: "衡",
        districts: [{ name: "珠晖区", code: "05", short: "珠" }],
      },
    ],
  },
  {
    name: "北京市",
    abbr: "京",
    cities: [
      {
        name: "",
        code: "03",
        short: "三",
        intermediate: "北京市第三中级人民法院",
        districts: [{ name: "朝阳区", code: "05", short: "朝" }],
      },
      {
        name: "",
        code: "01",
        short: "一",
        intermediate: "北京市第一中级人民法院",
        districts: [{ name: "海淀区", code: "08", short: "海" }],
      },
    ],
  },
];

type Level = "basic" | "intermediate" | "high";

interface Court {
  level: Level;
  province: Province;
  city: City;
  district: District;
  name: string;
  /** Court code in 2016-style case numbers: 浙, 浙01, 浙0106. */
  code: string;
  /** Court part of pre-2016 numbers: 浙杭西, 浙杭, 浙. */
  legacyCode: string;
  /** Where the city or district is, for addresses: 浙江省杭州市西湖区. */
  place: string;
}

function courtAt(level: Level, province: Province, city: City, district: District): Court {
  const place = `${province.name}${city.name}${district.name}`;
  if (level === "basic") {
    return {
      level,
      province,
      city,
      district,
      name: `${province.name}${city.name}${district.name}人民法院`,
      code: `${province.abbr}${city.code}${district.code}`,
      legacyCode: `${province.abbr}${city.short}${district.short}`,
      place,
    };
  }
  if (level === "intermediate") {
    return {
      level,
      province,
      city,
      district,
      name: city.intermediate ?? `${province.name}${city.name}中级人民法院`,
      code: `${province.abbr}${city.code}`,
      legacyCode: `${province.abbr}${city.short}中`,
      place,
    };
  }
  return {
    level,
    province,
    city,
    district,
    name: `${province.name}高级人民法院`,
    code: province.abbr,
    legacyCode: `${province.abbr}高`,
    place,
  };
}

function appealCourtOf(court: Court): Court {
  return courtAt(
    court.level === "basic" ? "intermediate" : "high",
    court.province,
    court.city,
    court.district,
  );
}

function procuratorateOf(court: Court): string {
  if (court.level === "basic") return `${court.place}人民检察院`;
  if (court.level === "intermediate") {
    return court.city.intermediate
      ? `北京市人民检察院第${court.city.short}分院`
      : `${court.province.name}${court.city.name}人民检察院`;
  }
  return `${court.province.name}人民检察院`;
}

/** （2021）浙0106刑初123号, or （2014）浙杭西刑初字第123号 before the 2016 rules. */
function caseNumber(court: Court, year: number, type: string, seq: number): string {
  if (year < 2016) {
    return `（${year}）${court.legacyCode}${type}字第${seq}号`;
  }
  return `（${year}）${court.code}${type}${seq}号`;
}

// ---------------------------------------------------------------------------------------------
// People and companies (all invented; persons masked as published judgments do)

const SURNAMES = Array.from(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵",
);
const GIVEN = Array.from(
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉鹏飞宇晨浩然思雨欣怡志红玉兰海燕春梅立新永峰",
);
const ETHNIC = ["汉族", "汉族", "汉族", "汉族", "汉族", "回族", "壮族", "土家族", "满族"];
const EDUCATION = ["小学", "初中", "初中", "高中", "中专", "大专", "大学本科"];
const JOBS = ["无业", "无业", "务工", "农民", "个体经营者", "公司职员", "驾驶员", "厨师", "快递员"];
const COMPANY_WORDS = [
  "恒泰",
  "宏达",
  "瑞丰",
  "鑫源",
  "华盛",
  "永安",
  "博远",
  "锦程",
  "达信",
  "中科",
  "天成",
  "金诚",
];
const INDUSTRIES = [
  "建材",
  "科技",
  "贸易",
  "物流",
  "服装",
  "电子",
  "餐饮管理",
  "房地产开发",
  "机械设备",
  "网络科技",
];
const FIRMS = ["明德", "正义", "天平", "信达", "金桥", "中伦文", "诚和", "海川"];
const INSURERS = [
  "中国人民财产保险股份有限公司",
  "中国平安财产保险股份有限公司",
  "中国太平洋财产保险股份有限公司",
];

function maskedName(rng: Rng, used: Set<string>): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = pick(rng, SURNAMES) + (chance(rng, 0.55) ? "某" : "某某");
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // Published judgments tell same-surname parties apart with 甲乙丙.
  const base = `${pick(rng, SURNAMES)}某`;
  for (const suffix of "甲乙丙丁戊") {
    if (!used.has(base + suffix)) {
      used.add(base + suffix);
      return base + suffix;
    }
  }
  return base;
}

/** Judges, clerks, prosecutors and lawyers are named in full in published judgments. */
function fullName(rng: Rng): string {
  return pick(rng, SURNAMES) + pick(rng, GIVEN) + (chance(rng, 0.6) ? pick(rng, GIVEN) : "");
}

function companyName(rng: Rng, court: Court): string {
  const city = court.city.name ? court.city.name.replace(/市$/, "") : court.province.name.replace(/市$/, "");
  return `${city}${pick(rng, COMPANY_WORDS)}${pick(rng, INDUSTRIES)}有限公司`;
}

function lawyer(rng: Rng, court: Court): string {
  const place = court.province.name.replace(/[省市]$/, "");
  return `${fullName(rng)}，${place}${pick(rng, FIRMS)}律师事务所律师`;
}

function sexOf(rng: Rng, malePct = 0.8): string {
  return chance(rng, malePct) ? "男" : "女";
}

function birth(rng: Rng, year: number): string {
  const d = new Date(Date.UTC(year - int(rng, 19, 60), int(rng, 0, 11), int(rng, 1, 28)));
  return arDate(d);
}

// ---------------------------------------------------------------------------------------------
// Judgment parts shared by all kinds

interface Context {
  rng: Rng;
  court: Court;
  year: number;
  /** Decision date. */
  date: Date;
  /** Criminal timeline, backwards from the decision: filing (起诉), custody, the offence. */
  filed: Date;
  custody: Date;
  incident: Date;
  names: Set<string>;
}

function panel(rng: Rng, simple: boolean): string[] {
  if (simple) return [`审判员　${fullName(rng)}`];
  const lay = chance(rng, 0.5);
  return [
    `审判长　${fullName(rng)}`,
    lay ? `人民陪审员　${fullName(rng)}` : `审判员　${fullName(rng)}`,
    `人民陪审员　${fullName(rng)}`,
  ];
}

function footer(ctx: Context, judges: string[]): string {
  const lines = [...judges, cnDate(ctx.date)];
  if (chance(ctx.rng, 0.4)) lines.push("本件与原本核对无异");
  if (chance(ctx.rng, 0.3)) lines.push(`法官助理　${fullName(ctx.rng)}`);
  lines.push(`书记员　${fullName(ctx.rng)}`);
  return lines.join("\n");
}

function decisionDate(rng: Rng, year: number): Date {
  return new Date(Date.UTC(year, int(rng, 0, 11), int(rng, 1, 28)));
}

// ---------------------------------------------------------------------------------------------
// Criminal cases

interface Crime {
  charge: string;
  /** What happened, without the defendant's name: "{D}" stands for it. */
  facts: string;
  /** The legal characterisation in 本院认为. */
  element: string;
  /** Severity-driven sentence before mitigation, in months; 拘役 when `detention`. */
  baseMonths: number;
  detention: boolean;
  fine: number;
  /** Main article(s) of the 刑法, as cited. */
  articles: string;
  evidence: string;
  /** Extra disposition items (confiscation, restitution). */
  extra: string[];
  /** Whether victim forgiveness (谅解) makes sense. */
  victim: boolean;
}

function place(ctx: Context): string {
  const streets = ["人民路", "解放路", "建设路", "中山路", "文化路", "新华街", "学院路", "滨江大道"];
  return `${ctx.court.city.name}${ctx.court.district.name}${pick(ctx.rng, streets)}${int(ctx.rng, 1, 399)}号`;
}

/** A date some months before the offence, for offences that went on for a while. */
function earlier(ctx: Context, months: number): Date {
  return addDays(ctx.incident, -int(ctx.rng, months * 25, months * 35));
}

function theft(ctx: Context): Crime {
  const { rng } = ctx;
  const amount = logInt(rng, 800, 400_000, 10);
  const items = pick(rng, ["手机", "电动自行车", "现金", "金项链", "笔记本电脑", "电缆线", "香烟"]);
  const when = ctx.incident;
  const times = amount < 2000 ? int(rng, 2, 5) : 1;
  const burglary = chance(rng, 0.3);
  const facts = `${arDate(when)}${int(rng, 0, 23)}时许，{D}${burglary ? "翻窗进入" : "在"}${place(ctx)}${burglary ? "被害人住处" : "某商铺内"}，${times > 1 ? `先后${cnSmall(times)}次` : ""}窃得被害人${maskedName(rng, ctx.names)}的${items}等财物。经价格认定，被盗财物共计价值人民币${money(amount)}元。{D}于${arDate(ctx.custody)}被公安机关抓获，${chance(rng, 0.6) ? "赃物已追回并发还被害人" : "所窃财物已被其挥霍"}。`;
  const base = amount < 3000 ? int(rng, 4, 9) : amount < 30_000 ? 6 + amount / 1500 : 36 + amount / 6000;
  return {
    charge: "盗窃罪",
    facts,
    element: `以非法占有为目的，${times > 1 ? "多次" : ""}${burglary ? "入户" : ""}秘密窃取他人财物，数额${amount >= 30_000 ? "巨大" : "较大"}`,
    baseMonths: Math.min(Math.round(base), 120),
    detention: amount < 2000 && chance(rng, 0.6),
    fine: Math.max(1000, Math.round((amount * 0.5) / 1000) * 1000),
    articles: "第二百六十四条",
    evidence: "被害人陈述，证人证言，价格认定结论书，扣押、发还清单，监控视频截图，被告人的供述与辩解",
    extra: chance(rng, 0.5)
      ? [`责令被告人{D}退赔被害人经济损失人民币${money(Math.round(amount * 0.6))}元`]
      : [],
    victim: true,
  };
}

function drunkDriving(ctx: Context): Crime {
  const { rng } = ctx;
  const bac = int(rng, 80, 280) + (chance(rng, 0.5) ? int(rng, 0, 9) / 10 : 0);
  const when = ctx.incident;
  const accident = chance(rng, 0.35);
  const vehicle = pick(rng, ["小型轿车", "小型普通客车", "普通二轮摩托车", "小型越野客车"]);
  const facts = `${arDate(when)}${int(rng, 19, 23)}时许，{D}饮酒后驾驶牌号为${pick(ctx.rng, ["浙A", "苏E", "粤B", "鲁B", "豫A", "川A", "湘D", "京N"])}${int(rng, 10_000, 99_999)}的${vehicle}，行驶至${place(ctx)}路段时，${accident ? "与前方车辆发生碰撞，造成两车受损的交通事故" : "被执勤民警查获"}。经鉴定，{D}血液中乙醇含量为${bac}毫克/100毫升。${accident ? "经交警部门认定，{D}负事故全部责任。" : ""}`;
  return {
    charge: "危险驾驶罪",
    facts,
    element: "在道路上醉酒驾驶机动车",
    baseMonths: Math.max(1, Math.min(6, Math.round((bac - 60) / 40) + (accident ? 1 : 0))),
    detention: true,
    fine: Math.max(1000, Math.round(bac / 20) * 1000),
    articles: "第一百三十三条之一第一款第（二）项",
    evidence:
      "呼气酒精含量检测单，血液乙醇含量检验报告，道路交通事故认定书，现场执法视频，证人证言，被告人的供述",
    extra: [],
    victim: false,
  };
}

function assault(ctx: Context): Crime {
  const { rng } = ctx;
  const grade = pick(rng, ["轻伤二级", "轻伤二级", "轻伤一级", "重伤二级"]);
  const when = ctx.incident;
  const cause = pick(rng, ["因琐事发生争执", "因停车问题发生纠纷", "因债务纠纷发生口角", "酒后发生争吵"]);
  const weapon = pick(rng, ["拳头", "木棍", "啤酒瓶", "水果刀"]);
  const facts = `${arDate(when)}${int(rng, 0, 23)}时许，{D}在${place(ctx)}与被害人${maskedName(rng, ctx.names)}${cause}，后{D}持${weapon}殴打被害人头面部、胸部等处，致被害人${pick(rng, ["鼻骨骨折", "肋骨骨折", "颅骨骨折", "脾脏破裂"])}。经鉴定，被害人的损伤程度为${grade}。`;
  const serious = grade === "重伤二级";
  return {
    charge: "故意伤害罪",
    facts,
    element: `故意伤害他人身体，致一人${serious ? "重伤" : "轻伤"}`,
    baseMonths: serious ? int(rng, 36, 84) : grade === "轻伤一级" ? int(rng, 12, 30) : int(rng, 6, 18),
    detention: false,
    fine: 0,
    articles: serious ? "第二百三十四条第二款" : "第二百三十四条第一款",
    evidence: "被害人陈述，证人证言，法医学人体损伤程度鉴定书，病历资料，辨认笔录，被告人的供述",
    extra: [],
    victim: true,
  };
}

function fraud(ctx: Context): Crime {
  const { rng } = ctx;
  const amount = logInt(rng, 3000, 2_000_000, 100);
  const scheme = pick(rng, [
    "以帮助办理贷款需缴纳保证金为由",
    "冒充电商平台客服以退款为名",
    "谎称能帮助安排子女入学",
    "虚构投资理财项目",
    "以介绍工作需缴纳服务费为由",
  ]);
  const victims = amount > 100_000 ? int(rng, 3, 40) : 1;
  const facts = `${arDate(earlier(ctx, 12))}至${arDate(ctx.incident)}，{D}${scheme}，先后骗取${victims > 1 ? `被害人${maskedName(rng, ctx.names)}等${cnSmall(victims)}人` : `被害人${maskedName(rng, ctx.names)}`}钱款共计人民币${money(amount)}元，所得钱款用于个人消费及偿还债务。`;
  const base =
    amount < 30_000 ? 6 + amount / 3000 : amount < 500_000 ? 36 + amount / 15_000 : 120 + amount / 100_000;
  return {
    charge: "诈骗罪",
    facts,
    element:
      "以非法占有为目的，虚构事实、隐瞒真相，骗取他人财物，数额" +
      (amount >= 500_000 ? "特别巨大" : amount >= 30_000 ? "巨大" : "较大"),
    baseMonths: Math.min(Math.round(base), 180),
    detention: false,
    fine: Math.max(2000, Math.round((amount * 0.3) / 1000) * 1000),
    articles: "第二百六十六条",
    evidence: "被害人陈述，银行交易明细，聊天记录截图，证人证言，被告人的供述",
    extra: [`责令被告人{D}退赔被害人经济损失`],
    victim: true,
  };
}

function trafficCasualty(ctx: Context): Crime {
  const { rng } = ctx;
  const death = chance(rng, 0.7);
  const fled = chance(rng, 0.2);
  const share = pick(rng, ["全部责任", "主要责任", "主要责任"]);
  const facts = `${arDate(ctx.incident)}${int(rng, 5, 23)}时许，{D}驾驶${pick(rng, ["重型半挂牵引车", "小型轿车", "中型厢式货车", "小型普通客车"])}行驶至${place(ctx)}路口时，因${pick(rng, ["未按规定让行", "超速行驶", "疏于观察路面情况", "违反交通信号灯指示"])}，与被害人${maskedName(rng, ctx.names)}驾驶的电动自行车发生碰撞，致被害人${death ? "经抢救无效死亡" : "受重伤"}。${fled ? "事故发生后，{D}驾车逃离现场。" : "事故发生后，{D}拨打报警电话并在现场等候处理。"}经交警部门认定，{D}负事故${share}。`;
  return {
    charge: "交通肇事罪",
    facts,
    element: `违反交通运输管理法规，因而发生重大交通事故，致一人${death ? "死亡" : "重伤"}，负事故${share}${fled ? "，且肇事后逃逸" : ""}`,
    baseMonths: fled ? int(rng, 36, 60) : int(rng, 8, 30),
    detention: false,
    fine: 0,
    articles: "第一百三十三条",
    evidence: "道路交通事故认定书，尸体检验报告，现场勘查笔录，车辆技术检验报告，证人证言，被告人的供述",
    extra: [],
    victim: true,
  };
}

function gambling(ctx: Context): Crime {
  const { rng } = ctx;
  const profit = logInt(rng, 3000, 600_000, 100);
  const facts = `${arDate(earlier(ctx, 10))}起，{D}在${place(ctx)}一出租房内，${chance(rng, 0.5) ? "以“牛牛”“推筒子”等方式" : "利用微信群以“抢红包”方式"}组织他人赌博，并从中抽头渔利共计人民币${money(profit)}元。${arDate(ctx.incident)}，公安机关将{D}抓获，现场查获赌资人民币${money(logInt(rng, 2000, 80_000, 100))}元。`;
  const grave = profit >= 50_000;
  return {
    charge: "开设赌场罪",
    facts,
    element: `以营利为目的，开设赌场${grave ? "，情节严重" : ""}`,
    baseMonths: grave ? int(rng, 36, 72) : int(rng, 6, 24),
    detention: false,
    fine: Math.max(5000, Math.round(profit / 1000) * 1000),
    articles: "第三百零三条第二款",
    evidence: "扣押清单，赌具照片，微信聊天记录，银行交易明细，参赌人员证言，被告人的供述",
    extra: ["扣押在案的赌资及赌具予以没收"],
    victim: false,
  };
}

function drugPossession(ctx: Context): Crime {
  const { rng } = ctx;
  const grams = Math.round(logInt(rng, 100, 3000, 1)) / 10;
  const drug = pick(rng, ["甲基苯丙胺", "海洛因", "氯胺酮"]);
  const facts = `${arDate(ctx.incident)}，公安民警在${place(ctx)}将{D}抓获，当场从其随身携带的包内查获疑似毒品${cnSmall(int(rng, 1, 9))}包。经称量、鉴定，上述疑似毒品净重${grams}克，均检出${drug}成分。`;
  const heavy = grams >= 50;
  return {
    charge: "非法持有毒品罪",
    facts,
    element: `明知是毒品而非法持有${drug}${grams}克${heavy ? "，数量大" : "，数量较大"}`,
    baseMonths: heavy ? int(rng, 84, 120) : Math.round(6 + grams * 0.6),
    detention: grams < 12 && chance(rng, 0.4),
    fine: heavy ? 20_000 : Math.max(1000, Math.round((grams * 100) / 1000) * 1000),
    articles: heavy ? "第三百四十八条" : "第三百四十八条",
    evidence: "扣押笔录，称量笔录，毒品检验鉴定报告，现场照片，被告人的供述",
    extra: ["扣押在案的毒品予以没收"],
    victim: false,
  };
}

const CRIMES: readonly [number, (ctx: Context) => Crime][] = [
  [26, theft],
  [22, drunkDriving],
  [14, assault],
  [12, fraud],
  [9, trafficCasualty],
  [8, gambling],
  [9, drugPossession],
];

function weighted<T>(rng: Rng, table: readonly [number, T][]): T {
  const total = table.reduce((s, [w]) => s + w, 0);
  let r = rng() * total;
  for (const [w, v] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return (table[table.length - 1] as [number, T])[1];
}

interface Sentence {
  kind: "有期徒刑" | "拘役";
  months: number;
  probationMonths?: number;
  fine: number;
  text: string;
  mitigation: string[];
  articles: string[];
  plea: boolean;
  recidivist: boolean;
}

/** Sentencing: severity first, then the mitigating and aggravating circumstances found. */
function sentence(ctx: Context, crime: Crime, name: string): Sentence {
  const { rng } = ctx;
  const surrendered = chance(rng, 0.25);
  const confessed = !surrendered && chance(rng, 0.8);
  const plea = ctx.year >= 2019 && chance(rng, 0.7);
  const forgiven = crime.victim && chance(rng, 0.45);
  const recidivist = chance(rng, 0.12);
  let factor = 1;
  const mitigation: string[] = [];
  const articles: string[] = [];
  if (recidivist) {
    factor *= 1.25;
    mitigation.push(
      `被告人${name}曾因犯罪被判处有期徒刑，刑罚执行完毕后五年内再犯应当判处有期徒刑以上刑罚之罪，系累犯，依法应当从重处罚`,
    );
    articles.push("第六十五条第一款");
  }
  if (surrendered) {
    factor *= 0.75;
    mitigation.push(`被告人${name}犯罪以后自动投案，如实供述自己的罪行，系自首，依法可以从轻处罚`);
    articles.push("第六十七条第一款");
  }
  if (confessed) {
    factor *= 0.9;
    mitigation.push(`被告人${name}归案后如实供述自己的罪行，依法可以从轻处罚`);
    articles.push("第六十七条第三款");
  }
  if (plea) {
    factor *= 0.9;
    mitigation.push(`被告人${name}自愿认罪认罚，依法可以从宽处理`);
  }
  if (forgiven) {
    factor *= 0.85;
    mitigation.push(`被告人${name}已赔偿被害人经济损失并取得被害人谅解，可以酌情从轻处罚`);
  }
  const kind = crime.detention ? "拘役" : "有期徒刑";
  const months = Math.max(kind === "拘役" ? 1 : 6, Math.round(crime.baseMonths * factor));
  const cappedMonths = kind === "拘役" ? Math.min(months, 6) : months;
  let probationMonths: number | undefined;
  if (!recidivist && cappedMonths <= 36 && (surrendered || forgiven || plea) && chance(rng, 0.55)) {
    probationMonths =
      kind === "拘役"
        ? Math.min(12, Math.max(2, cappedMonths * 2))
        : Math.min(60, Math.max(12, Math.round((cappedMonths * 1.5) / 6) * 6));
    mitigation.push(
      `被告人${name}犯罪情节较轻，有悔罪表现，没有再犯罪的危险，宣告缓刑对所居住社区没有重大不良影响，可以宣告缓刑`,
    );
    articles.push("第七十二条第一款", "第七十三条第一款、第三款");
  }
  const fine = crime.fine;
  if (fine > 0) articles.push("第五十二条", "第五十三条");
  if (crime.extra.length > 0) articles.push("第六十四条");
  const term = kind === "拘役" ? `拘役${cnTerm(cappedMonths)}` : `有期徒刑${cnTerm(cappedMonths)}`;
  const text = `${term}${probationMonths ? `，缓刑${cnTerm(probationMonths)}` : ""}${fine > 0 ? `，并处罚金人民币${chineseNumber(fine)}元` : ""}`;
  return {
    kind,
    months: cappedMonths,
    fine,
    text,
    mitigation,
    articles,
    plea,
    recidivist,
    ...(probationMonths ? { probationMonths } : {}),
  };
}

function defendantParagraph(
  ctx: Context,
  name: string,
  charge: string,
  custodyStart: Date,
  onBail: boolean,
  recidivist: boolean,
): string {
  const { rng } = ctx;
  const sex = sexOf(rng, 0.85);
  const arrest = addDays(custodyStart, int(rng, 7, 24));
  const custody = onBail
    ? `因涉嫌犯${charge}于${arDate(custodyStart)}被刑事拘留，${arDate(arrest)}被取保候审。`
    : `因涉嫌犯${charge}于${arDate(custodyStart)}被刑事拘留，${arDate(arrest)}被逮捕。现羁押于${ctx.court.city.name || ctx.court.province.name}看守所。`;
  // A recidivist (累犯) was released from a prison term less than five years before the new offence.
  const released = addMonths(custodyStart, -int(rng, 6, 50));
  const priors = recidivist
    ? `${arDate(addMonths(released, -int(rng, 10, 30)))}因犯${pick(rng, ["盗窃罪", "故意伤害罪", "诈骗罪", "寻衅滋事罪"])}被判处有期徒刑${cnTerm(int(rng, 6, 36))}，${arDate(released)}刑满释放。`
    : "";
  return `被告人${name}，${sex}，${birth(rng, ctx.year)}出生，${pick(rng, ETHNIC)}，${pick(rng, EDUCATION)}文化，${pick(rng, JOBS)}，户籍地${pick(rng, PROVINCES).name}${pick(rng, ["某县", "某市", "某区"])}。${priors}${custody}`;
}

interface CriminalFirst {
  text: string;
  caseNo: string;
  name: string;
  crime: Crime;
  sentence: Sentence;
  facts: string;
}

function criminalFirstInstance(ctx: Context, seq: number): CriminalFirst {
  const { rng, court } = ctx;
  const crime = weighted(rng, CRIMES)(ctx);
  const name = maskedName(rng, ctx.names);
  const facts = crime.facts.replaceAll("{D}", name);
  const sent = sentence(ctx, crime, name);
  const caseNo = caseNumber(court, ctx.year, "刑初", seq);
  const prosecutor = procuratorateOf(court);
  const simple = court.level === "basic" && chance(rng, 0.6);
  const judges = panel(rng, simple);
  const custodyStart = ctx.custody;
  const filed = ctx.filed;
  // Short sentences and suspended ones are usually served out of custody before the trial.
  const bail = sent.probationMonths !== undefined || sent.kind === "拘役";
  const defender = chance(rng, 0.5) ? lawyer(rng, court) : undefined;
  const procNo = `${court.city.short}${court.district.short}检刑诉〔${ctx.year}〕${int(rng, 10, 999)}号`;
  const mainArticles = [crime.articles, ...sent.articles];
  const statutes = `《中华人民共和国刑法》${mainArticles.join("、")}${sent.plea ? "，《中华人民共和国刑事诉讼法》第十五条" : ""}`;
  const disposition = [
    `被告人${name}犯${crime.charge}，判处${sent.text}。`,
    `（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日${sent.probationMonths ? "。缓刑考验期限从判决确定之日起计算" : bail ? "" : `，即自${arDate(custodyStart)}起至${arDate(addDays(addMonths(custodyStart, sent.months), -1))}止`}。${sent.fine > 0 ? "罚金于本判决生效后十日内缴纳。" : ""}）`,
    ...crime.extra.map((e) => `${e.replaceAll("{D}", name)}。`),
  ];
  const numbered = disposition.length > 2;
  const dispositionText = numbered
    ? disposition.map((d, i) => (i === 1 ? d : `${cnSmall(i === 0 ? 1 : i)}、${d}`)).join("\n")
    : disposition.join("");
  const paragraphs = [
    court.name,
    "刑事判决书",
    caseNo,
    `公诉机关${prosecutor}。`,
    defendantParagraph(ctx, name, crime.charge, custodyStart, bail, sent.recidivist),
    ...(defender ? [`辩护人${defender}。`] : []),
    `${prosecutor}以${procNo}起诉书指控被告人${name}犯${crime.charge}，于${arDate(filed)}向本院提起公诉。本院依法适用${simple ? "简易程序，实行独任审判" : "普通程序，组成合议庭"}，公开开庭审理了本案。${prosecutor}指派检察员${fullName(rng)}出庭支持公诉，被告人${name}${defender ? "及其辩护人" : ""}到庭参加诉讼。现已审理终结。`,
    `公诉机关指控：${facts}公诉机关认为，被告人${name}${crime.element}，其行为已触犯《中华人民共和国刑法》${crime.articles}，应当以${crime.charge}追究其刑事责任。${sent.plea ? `被告人自愿认罪认罚，建议判处${sent.text}。` : ""}`,
    `被告人${name}对公诉机关指控的犯罪事实和罪名均无异议${chance(rng, 0.4) ? "，但提出其系初犯，请求从轻处罚" : ""}。${defender ? `其辩护人提出，被告人${name}归案后认罪态度较好，${crime.victim ? "积极赔偿被害人损失，" : ""}建议对其从轻处罚。` : ""}`,
    `经审理查明：${facts}`,
    `上述事实，被告人${name}在开庭审理过程中亦无异议，并有${crime.evidence}等证据证实，足以认定。`,
    `本院认为，被告人${name}${crime.element}，其行为已构成${crime.charge}。公诉机关指控的罪名成立。${sent.mitigation.join("。")}${sent.mitigation.length ? "。" : ""}${defender ? "辩护人的相关辩护意见，本院予以采纳。" : ""}依照${statutes}之规定，判决如下：`,
    dispositionText,
    `如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向${appealCourtOf(court).name}提出上诉。书面上诉的，应当提交上诉状正本一份，副本二份。`,
    footer(ctx, judges),
  ];
  return { text: paragraphs.join("\n"), caseNo, name, crime, sentence: sent, facts };
}

type AppealOutcome = "affirmed" | "amended" | "remanded";

function criminalAppeal(
  ctx: Context,
  seq: number,
  first: CriminalFirst,
  firstCourt: Court,
  firstDate: Date,
  outcome: AppealOutcome,
): string {
  const { rng, court } = ctx;
  const name = first.name;
  const caseNo = caseNumber(court, ctx.year, "刑终", seq);
  const procedureArticle = ctx.year >= 2019 ? "第二百三十六条" : "第二百二十五条";
  const judges = panel(rng, false);
  const reduced = Math.max(first.sentence.kind === "拘役" ? 1 : 6, Math.round(first.sentence.months * 0.8));
  const amendedTerm = `${first.sentence.kind}${cnTerm(reduced)}${first.sentence.fine > 0 ? `，并处罚金人民币${chineseNumber(first.sentence.fine)}元` : ""}`;
  const docType = outcome === "amended" ? "刑事判决书" : "刑事裁定书";
  const reasons = {
    affirmed: `原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法。上诉人${name}所提上诉理由，经查，原判已充分考虑其量刑情节，其上诉理由不能成立，本院不予采纳。依照《中华人民共和国刑事诉讼法》${procedureArticle}第一款第（一）项之规定，裁定如下：`,
    amended: `原判认定事实清楚，定罪准确，审判程序合法。但上诉人${name}在二审期间积极退赔被害人全部经济损失并取得谅解，可以对其酌情从轻处罚，原判量刑应予调整。依照《中华人民共和国刑事诉讼法》${procedureArticle}第一款第（二）项、《中华人民共和国刑法》${first.crime.articles}、第六十七条第三款之规定，判决如下：`,
    remanded: `原判认定被告人${name}犯罪的部分事实不清、证据不足。依照《中华人民共和国刑事诉讼法》${procedureArticle}第一款第（三）项之规定，裁定如下：`,
  }[outcome];
  const disposition = {
    affirmed: "驳回上诉，维持原判。\n本裁定为终审裁定。",
    amended: `一、维持${firstCourt.name}${first.caseNo}刑事判决对上诉人${name}的定罪部分；\n二、撤销${firstCourt.name}${first.caseNo}刑事判决对上诉人${name}的量刑部分；\n三、上诉人${name}犯${first.crime.charge}，判处${amendedTerm}。\n本判决为终审判决。`,
    remanded: `一、撤销${firstCourt.name}${first.caseNo}刑事判决；\n二、本案发回${firstCourt.name}重新审判。\n本裁定为终审裁定。`,
  }[outcome];
  const paragraphs = [
    court.name,
    docType,
    caseNo,
    `原公诉机关${procuratorateOf(firstCourt)}。`,
    `上诉人（原审被告人）${name}，${sexOf(rng, 0.85)}，${birth(rng, ctx.year)}出生，${pick(rng, ETHNIC)}，${pick(rng, EDUCATION)}文化。现羁押于${firstCourt.city.name || firstCourt.province.name}看守所。`,
    ...(chance(rng, 0.6) ? [`辩护人${lawyer(rng, court)}。`] : []),
    `${firstCourt.name}审理${procuratorateOf(firstCourt)}指控原审被告人${name}犯${first.crime.charge}一案，于${arDate(firstDate)}作出${first.caseNo}刑事判决。宣判后，原审被告人${name}不服，提出上诉。本院依法组成合议庭，经过阅卷，讯问上诉人，听取辩护人的意见，认为事实清楚，决定不开庭审理。现已审理终结。`,
    `原判认定：${first.facts}原审法院认为，被告人${name}${first.crime.element}，其行为已构成${first.crime.charge}，判处${first.sentence.text}。`,
    `上诉人${name}上诉提出，${pick(rng, ["原判量刑过重，请求二审法院从轻改判", "其系初犯、偶犯，认罪悔罪，请求适用缓刑", "原判认定的犯罪数额有误，请求依法改判"])}。`,
    `经审理查明：${outcome === "remanded" ? "原判认定上诉人的部分犯罪事实，现有证据不能相互印证。" : `原判认定的事实清楚，有经一审庭审举证、质证的证据证实，本院予以确认。`}`,
    `本院认为，上诉人${name}${first.crime.element}，其行为已构成${first.crime.charge}。${reasons}`,
    disposition,
    footer(ctx, judges),
  ];
  return paragraphs.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Civil cases

interface Party {
  name: string;
  paragraph: string;
}

function personParty(ctx: Context, role: string): Party {
  const name = maskedName(ctx.rng, ctx.names);
  return {
    name,
    paragraph: `${role}：${name}，${sexOf(ctx.rng, 0.6)}，${birth(ctx.rng, ctx.year)}出生，${pick(ctx.rng, ETHNIC)}，住${ctx.court.place}。`,
  };
}

function companyParty(ctx: Context, role: string, name = companyName(ctx.rng, ctx.court)): Party {
  // A branch office has a 负责人, a company a 法定代表人.
  const head = /分公司$|支公司$/.test(name) ? "负责人" : "法定代表人";
  return {
    name,
    paragraph: `${role}：${name}，住所地${place(ctx)}。\n${head}：${maskedName(ctx.rng, ctx.names)}，该${head === "负责人" ? "分支机构经理" : "公司执行董事"}。`,
  };
}

interface CivilClaim {
  cause: string;
  plaintiff: Party;
  defendant: Party;
  /** Extra defendants (insurers). */
  others: Party[];
  claims: string;
  reasons: string;
  defence: string;
  facts: string;
  reasoning: string;
  statutes: string;
  /** Amount claimed and amount awarded (0 = dismissed). */
  claimed: number;
  awarded: number;
  awardText: string;
}

function civilLaw(year: number, modern: string, old: string): string {
  return year >= 2021 ? `《中华人民共和国民法典》${modern}` : old;
}

function privateLending(ctx: Context, plaintiff: Party, defendant: Party): CivilClaim {
  const { rng, year } = ctx;
  const principal = logInt(rng, 5000, 3_000_000, 1000);
  const repaid = chance(rng, 0.3) ? Math.round((principal * int(rng, 10, 50)) / 100 / 100) * 100 : 0;
  const rate = pick(rng, [0, 6, 12, 15, 24, 36]);
  const lent = addDays(ctx.date, -int(rng, 300, 1200));
  const evidenceWeak = chance(rng, 0.12);
  const owed = principal - repaid;
  const allowedRate = year >= 2021 ? Math.min(rate, 15.4) : Math.min(rate, 24);
  return {
    cause: "民间借贷纠纷",
    plaintiff,
    defendant,
    others: [],
    claims: `1.判令被告偿还借款本金${owed}元及利息（${rate > 0 ? `按年利率${rate}%` : "按一年期贷款市场报价利率"}，自${arDate(lent)}起计算至实际清偿之日止）；2.本案诉讼费用由被告负担。`,
    reasons: `${arDate(lent)}，被告因${pick(rng, ["资金周转", "经营需要", "购房"])}向原告借款${principal}元，并出具借条一份，约定${rate > 0 ? `月利率${(rate / 12).toFixed(1)}%` : "不计利息"}，${arDate(addMonths(lent, int(rng, 3, 12)))}前归还。借款到期后，${repaid > 0 ? `被告仅归还${repaid}元，` : ""}经原告多次催讨，被告至今未还。`,
    defence: chance(rng, 0.5)
      ? `被告${defendant.name}辩称，借款属实，但因经营困难暂时无力偿还，${rate > 15 ? "约定的利息过高，请求依法调整。" : "请求分期归还。"}`
      : `被告${defendant.name}经本院合法传唤，无正当理由拒不到庭参加诉讼，亦未提交书面答辩意见。`,
    facts: `${arDate(lent)}，被告向原告出具借条，载明“今借到${plaintiff.name}人民币${principal}元”。原告当日通过银行转账向被告交付借款${principal}元。${repaid > 0 ? `此后被告归还${repaid}元。` : ""}`,
    reasoning: evidenceWeak
      ? `原告主张与被告之间存在借贷关系，但未能提供借款交付的证据，被告亦否认收到借款，原告应承担举证不能的不利后果，对其诉讼请求本院不予支持。`
      : `合法的借贷关系受法律保护。原告提供的借条、转账记录足以证明双方之间的借贷关系成立并已实际履行。被告未按约还款，应承担偿还借款本金并支付利息的民事责任。${rate > allowedRate ? `双方约定的利率超过法律保护的上限，超过部分本院不予支持，利息按年利率${allowedRate}%计算。` : ""}`,
    statutes: `${civilLaw(year, "第六百六十七条、第六百七十四条、第六百七十五条、第六百七十六条", "《中华人民共和国合同法》第二百零六条、第二百零七条")}，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第${year >= 2021 ? "二十五" : "二十九"}条`,
    claimed: owed,
    awarded: evidenceWeak ? 0 : owed,
    awardText: `被告${defendant.name}于本判决生效之日起十日内偿还原告${plaintiff.name}借款本金${owed}元及利息（以${owed}元为基数，按年利率${allowedRate || 3.85}%，自${arDate(lent)}起计算至实际清偿之日止）`,
  };
}

function sale(ctx: Context, plaintiff: Party, defendant: Party): CivilClaim {
  const { rng, year } = ctx;
  const goods = pick(rng, ["钢材", "水泥", "服装面料", "电子元器件", "农药化肥", "建筑模板", "食品原料"]);
  const price = logInt(rng, 20_000, 8_000_000, 100);
  const paid = Math.round((price * int(rng, 0, 60)) / 100 / 100) * 100;
  const owed = price - paid;
  const penalty = Math.round(owed * 0.1);
  const partly = chance(rng, 0.4);
  return {
    cause: "买卖合同纠纷",
    plaintiff,
    defendant,
    others: [],
    claims: `1.判令被告支付货款${owed}元；2.判令被告支付逾期付款违约金${penalty}元；3.本案诉讼费用由被告负担。`,
    reasons: `原、被告之间存在长期${goods}买卖关系。原告按约向被告供应${goods}，货款共计${price}元，被告${paid > 0 ? `已付${paid}元，` : ""}尚欠${owed}元，经对账确认后至今未付。`,
    defence: `被告${defendant.name}辩称，${pick(rng, ["对欠款金额无异议，但原告供应的部分货物存在质量问题", "双方未约定违约金，原告主张的违约金过高", "欠款属实，因下游客户未付款导致无力支付"])}。`,
    facts: `原告与被告于${arDate(addDays(ctx.date, -int(rng, 300, 900)))}签订《${goods}购销合同》，约定被告收货后三十日内付款。合同签订后，原告陆续向被告交付${goods}，双方于${arDate(addDays(ctx.date, -int(rng, 60, 250)))}对账确认被告尚欠货款${owed}元。`,
    reasoning: `原、被告之间的买卖合同系双方真实意思表示，合法有效。原告已依约交付货物，被告应按约支付货款。被告未按期付款，应承担继续履行及赔偿损失的违约责任。${partly ? "原告主张的违约金过分高于造成的损失，本院依被告请求予以酌减，按逾期付款损失计算。" : ""}`,
    statutes: civilLaw(
      year,
      "第五百零九条、第五百七十七条、第五百七十九条、第五百八十五条、第六百二十六条",
      "《中华人民共和国合同法》第六十条、第一百零七条、第一百一十四条、第一百五十九条",
    ),
    claimed: owed + penalty,
    awarded: owed + (partly ? Math.round(penalty / 2) : penalty),
    awardText: `被告${defendant.name}于本判决生效之日起十日内支付原告${plaintiff.name}货款${owed}元及违约金${partly ? Math.round(penalty / 2) : penalty}元`,
  };
}

function trafficTort(ctx: Context, plaintiff: Party, defendant: Party): CivilClaim {
  const { rng, year } = ctx;
  const insurerName = `${pick(rng, INSURERS)}${ctx.court.city.name || ctx.court.province.name}${pick(rng, ["中心支公司", "分公司"])}`;
  const insurer = companyParty(ctx, "被告", insurerName);
  const medical = logInt(rng, 2000, 300_000, 1);
  const lost = logInt(rng, 1000, 80_000, 1);
  const disability = chance(rng, 0.4) ? logInt(rng, 30_000, 600_000, 1) : 0;
  const total = medical + lost + disability + int(rng, 500, 5000);
  const awarded = Math.round(total * (int(rng, 70, 100) / 100));
  const grade = disability > 0 ? pick(rng, ["十级伤残", "九级伤残", "八级伤残"]) : "";
  return {
    cause: "机动车交通事故责任纠纷",
    plaintiff,
    defendant,
    others: [insurer],
    claims: `1.判令被告赔偿原告医疗费、误工费、护理费、交通费${disability ? "、残疾赔偿金" : ""}等各项损失共计${total}元；2.判令被告${insurerName}在交强险和商业三者险的责任限额内承担赔偿责任；3.本案诉讼费用由被告负担。`,
    reasons: `${arDate(addDays(ctx.date, -int(rng, 150, 500)))}，被告${defendant.name}驾驶小型轿车与原告驾驶的电动自行车发生碰撞，致原告受伤。经交警部门认定，被告${defendant.name}负事故${pick(rng, ["全部责任", "主要责任"])}。该车在被告${insurerName}投保了交强险和商业三者险。`,
    defence: `被告${insurerName}辩称，对事故发生及责任认定无异议，愿在保险限额内依法赔偿，但原告主张的${pick(rng, ["误工费标准过高", "护理期限过长", "部分医疗费属非医保用药"])}，不应支持；诉讼费、鉴定费不属保险赔偿范围。`,
    facts: `事故发生后，原告被送往医院住院治疗${int(rng, 5, 60)}天，花去医疗费${medical}元。${grade ? `经司法鉴定，原告的伤情构成${grade}。` : ""}`,
    reasoning: `机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车强制保险责任限额范围内予以赔偿；不足部分，按照各自过错的比例分担责任。根据本案证据，本院确认原告的合理损失为${awarded}元，由被告${insurerName}在保险限额内赔偿。`,
    statutes:
      year >= 2021
        ? "《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条、第一千二百一十三条，《中华人民共和国道路交通安全法》第七十六条"
        : "《中华人民共和国侵权责任法》第十六条、第四十八条，《中华人民共和国道路交通安全法》第七十六条",
    claimed: total,
    awarded,
    awardText: `被告${insurerName}于本判决生效之日起十日内赔偿原告${plaintiff.name}各项损失共计${awarded}元`,
  };
}

function labourDispute(ctx: Context, plaintiff: Party, defendant: Party): CivilClaim {
  const { rng } = ctx;
  const monthly = int(rng, 30, 150) * 100;
  const months = int(rng, 2, 8);
  const wages = monthly * months;
  const years = int(rng, 1, 9);
  const compensation = monthly * years;
  const hired = addMonths(ctx.date, -12 * years - int(rng, 3, 11));
  return {
    cause: "劳动争议",
    plaintiff,
    defendant,
    others: [],
    claims: `1.判令被告支付拖欠的工资${wages}元；2.判令被告支付解除劳动合同经济补偿金${compensation}元；3.本案诉讼费用由被告负担。`,
    reasons: `原告于${arDate(hired)}入职被告处，担任${pick(rng, ["操作工", "销售员", "仓库管理员", "司机", "技术员"])}，月工资${monthly}元。被告自${arDate(addMonths(ctx.date, -months - 3))}起拖欠原告工资，原告遂以被告未及时足额支付劳动报酬为由解除劳动合同。原告申请劳动仲裁，${ctx.court.city.name || ctx.court.province.name}劳动人事争议仲裁委员会作出裁决后，原告不服，诉至本院。`,
    defence: `被告${defendant.name}辩称，公司因经营困难确有欠薪，但金额应以公司账目为准；原告系自行离职，不应支付经济补偿金。`,
    facts: `原告自${arDate(hired)}起在被告处工作，双方签订了书面劳动合同。被告拖欠原告${months}个月工资共计${wages}元未付。原告于${arDate(addMonths(ctx.date, -3))}向被告邮寄解除劳动合同通知书。`,
    reasoning: `用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被告未及时足额支付原告劳动报酬，原告据此解除劳动合同，被告应当支付经济补偿。原告在被告处工作${years}年，经济补偿金应为${compensation}元。`,
    statutes: "《中华人民共和国劳动合同法》第三十条、第三十八条、第四十六条、第四十七条",
    claimed: wages + compensation,
    awarded: wages + compensation,
    awardText: `被告${defendant.name}于本判决生效之日起十日内支付原告${plaintiff.name}工资${wages}元、经济补偿金${compensation}元`,
  };
}

type CivilKind = (ctx: Context, plaintiff: Party, defendant: Party) => CivilClaim;

const CIVIL: readonly [number, { kind: CivilKind; defendantIsCompany: number }][] = [
  [35, { kind: privateLending, defendantIsCompany: 0.1 }],
  [25, { kind: sale, defendantIsCompany: 0.9 }],
  [25, { kind: trafficTort, defendantIsCompany: 0 }],
  [15, { kind: labourDispute, defendantIsCompany: 1 }],
];

/** The article on doubled interest for late payment moved with each revision of the 民事诉讼法. */
function lateInterestArticle(year: number): string {
  if (year < 2022) return "第二百五十三条";
  return year < 2024 ? "第二百六十条" : "第二百六十四条";
}

interface CivilFirst {
  text: string;
  caseNo: string;
  claim: CivilClaim;
  disposition: "upheld" | "partly_upheld" | "dismissed";
}

function civilFirstInstance(ctx: Context, seq: number, claim: CivilClaim): CivilFirst {
  const { rng, court, year } = ctx;
  const caseNo = caseNumber(court, year, "民初", seq);
  const simple = court.level === "basic" && chance(rng, 0.65);
  const judges = panel(rng, simple);
  const filed = addDays(ctx.date, -int(rng, 30, 150));
  const counsel = chance(rng, 0.6) ? lawyer(rng, court) : undefined;
  const all = [claim.defendant, ...claim.others];
  const defendants = all.map((p) => p.name).join("、");
  const disposition =
    claim.awarded === 0 ? "dismissed" : claim.awarded < claim.claimed ? "partly_upheld" : "upheld";
  const absent = claim.defence.includes("拒不到庭");
  const fee = Math.max(50, Math.round(claim.claimed * 0.012));
  const feeText = simple ? `案件受理费${fee}元，减半收取计${Math.round(fee / 2)}元` : `案件受理费${fee}元`;
  const payer = disposition === "dismissed" ? `原告${claim.plaintiff.name}` : `被告${claim.defendant.name}`;
  const items =
    disposition === "dismissed"
      ? [`驳回原告${claim.plaintiff.name}的诉讼请求。`]
      : disposition === "partly_upheld"
        ? [`一、${claim.awardText}；`, `二、驳回原告${claim.plaintiff.name}的其他诉讼请求。`]
        : [`${claim.awardText}。`];
  const paragraphs = [
    court.name,
    "民事判决书",
    caseNo,
    claim.plaintiff.paragraph,
    ...(counsel ? [`委托诉讼代理人：${counsel}。`] : []),
    ...all.map((p) => p.paragraph),
    `原告${claim.plaintiff.name}与被告${defendants}${claim.cause}一案，本院于${arDate(filed)}立案后，依法适用${simple ? "简易程序" : "普通程序"}，公开开庭进行了审理。${
      absent
        ? `原告${claim.plaintiff.name}${counsel ? "及其委托诉讼代理人" : ""}到庭参加诉讼，被告${claim.defendant.name}经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。`
        : `原告${claim.plaintiff.name}${counsel ? "及其委托诉讼代理人" : ""}、被告${defendants}到庭参加诉讼。`
    }本案现已审理终结。`,
    `原告${claim.plaintiff.name}向本院提出诉讼请求：${claim.claims}事实和理由：${claim.reasons}`,
    claim.defence,
    `本院经审理认定事实如下：${claim.facts}`,
    `本院认为，${claim.reasoning}依照${claim.statutes}，《中华人民共和国民事诉讼法》${year >= 2022 ? "第六十七条第一款" : "第六十四条第一款"}${absent ? (year >= 2022 ? "、第一百四十七条" : "、第一百四十四条") : ""}之规定，判决如下：`,
    items.join("\n"),
    ...(disposition === "dismissed"
      ? []
      : [
          `如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》${lateInterestArticle(year)}之规定，加倍支付迟延履行期间的债务利息。`,
        ]),
    `${feeText}，由${payer}负担。`,
    `如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，并按对方当事人或者代表人的人数提出副本，上诉于${appealCourtOf(court).name}。`,
    footer(ctx, judges),
  ];
  return { text: paragraphs.join("\n"), caseNo, claim, disposition };
}

function civilAppeal(
  ctx: Context,
  seq: number,
  first: CivilFirst,
  firstCourt: Court,
  firstDate: Date,
  outcome: AppealOutcome,
): string {
  const { rng, court, year } = ctx;
  const { claim } = first;
  const caseNo = caseNumber(court, year, "民终", seq);
  const appellantIsPlaintiff = first.disposition === "dismissed";
  const appellant = appellantIsPlaintiff ? claim.plaintiff : claim.defendant;
  const appellee = appellantIsPlaintiff ? claim.defendant : claim.plaintiff;
  const article = year >= 2022 ? "第一百七十七条" : "第一百七十条";
  const docType = outcome === "remanded" ? "民事裁定书" : "民事判决书";
  const fee = Math.max(50, Math.round(claim.claimed * 0.012));
  const body = {
    affirmed: `综上所述，${appellant.name}的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》${article}第一款第一项规定，判决如下：`,
    amended: `一审判决认定事实清楚，但对${pick(rng, ["利息计算标准", "违约金数额", "损失范围"])}的认定有误，本院予以纠正。依照《中华人民共和国民事诉讼法》${article}第一款第二项规定，判决如下：`,
    remanded: `一审判决认定基本事实不清。依照《中华人民共和国民事诉讼法》${article}第一款第三项规定，裁定如下：`,
  }[outcome];
  const disposition = {
    affirmed: `驳回上诉，维持原判。\n二审案件受理费${fee}元，由上诉人${appellant.name}负担。\n本判决为终审判决。`,
    amended: `一、撤销${firstCourt.name}${first.caseNo}民事判决；\n二、${claim.awardText.replace(/\d+元/, (m) => `${Math.round(Number(m.slice(0, -1)) * 0.85)}元`)}；\n三、驳回${claim.plaintiff.name}的其他诉讼请求。\n一、二审案件受理费由双方分担。\n本判决为终审判决。`,
    remanded: `一、撤销${firstCourt.name}${first.caseNo}民事判决；\n二、本案发回${firstCourt.name}重审。\n上诉人${appellant.name}预交的二审案件受理费予以退回。`,
  }[outcome];
  const paragraphs = [
    court.name,
    docType,
    caseNo,
    appellant.paragraph.replace(/^[^：]+：/, `上诉人（原审${appellantIsPlaintiff ? "原告" : "被告"}）：`),
    appellee.paragraph.replace(/^[^：]+：/, `被上诉人（原审${appellantIsPlaintiff ? "被告" : "原告"}）：`),
    `上诉人${appellant.name}因与被上诉人${appellee.name}${claim.cause}一案，不服${firstCourt.name}${first.caseNo}民事判决，向本院提起上诉。本院于${arDate(addDays(ctx.date, -int(rng, 30, 90)))}立案后，依法组成合议庭进行了审理。本案现已审理终结。`,
    `${appellant.name}上诉请求：撤销一审判决，依法改判${appellantIsPlaintiff ? "支持上诉人的全部诉讼请求" : "驳回被上诉人的诉讼请求"}。事实和理由：一审判决认定事实不清，适用法律错误。`,
    `${appellee.name}辩称，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。`,
    `${claim.plaintiff.name}向一审法院起诉请求：${claim.claims}一审法院认定事实：${claim.facts}一审法院认为，${claim.reasoning}一审法院于${arDate(firstDate)}判决：${first.disposition === "dismissed" ? "驳回原告的诉讼请求" : claim.awardText}。`,
    `本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。`,
    `本院认为，${body}`,
    disposition,
    footer(ctx, panel(rng, false)),
  ];
  return paragraphs.join("\n");
}

// ---------------------------------------------------------------------------------------------
// The corpus

/** Per court and year, the next sequence number: keeps case numbers unique and increasing. */
class Docket {
  private readonly next = new Map<string, number>();
  take(court: Court, year: number, type: string, rng: Rng): number {
    const key = `${court.code}|${year}|${type}`;
    const n = (this.next.get(key) ?? int(rng, 1, 400)) + int(rng, 1, 30);
    this.next.set(key, n);
    return n;
  }
}

function randomCourt(rng: Rng, level: Level): Court {
  const province = pick(rng, PROVINCES);
  const city = pick(rng, province.cities);
  return courtAt(level, province, city, pick(rng, city.districts));
}

function tierFor(rng: Rng, level: Level): Tier {
  // Reference cases come from higher courts: a few marked typical or provincial reference cases,
  // very few guiding cases.
  const r = rng();
  if (r < 0.002) return "guiding";
  if (r < (level === "basic" ? 0.008 : 0.02)) return "typical";
  if (r < (level === "basic" ? 0.02 : 0.05)) return "provincial";
  return "ordinary";
}

interface Draft {
  text: string;
  tier: Tier;
  status: SyntheticStatus;
}

function newContext(rng: Rng, court: Court, year: number, date?: Date): Context {
  const decided = date ?? decisionDate(rng, year);
  const filed = addDays(decided, -int(rng, 10, 45));
  const custody = addDays(filed, -int(rng, 25, 100));
  const incident = addDays(custody, -int(rng, 0, 20));
  return { rng, court, year, date: decided, filed, custody, incident, names: new Set() };
}

/** One block of related judgments: a single case, an appealed case with both instances, or a series. */
function* block(rng: Rng, docket: Docket): Generator<Draft> {
  const year = int(rng, 2014, 2025);
  const criminal = chance(rng, 0.55);
  const r = rng();
  const status = (): SyntheticStatus => (chance(rng, 0.004) ? "withdrawn" : "effective");

  if (!criminal && r < 0.06) {
    // Series case: one company sued by many claimants at the same court within a few weeks.
    const court = randomCourt(rng, "basic");
    const company = companyName(rng, court);
    const kind = chance(rng, 0.6) ? labourDispute : sale;
    const start = decisionDate(rng, year);
    const size = int(rng, 4, 12);
    for (let i = 0; i < size; i++) {
      const ctx = newContext(rng, court, year, addDays(start, int(rng, 0, 35)));
      const claim = kind(ctx, personParty(ctx, "原告"), companyParty(ctx, "被告", company));
      const first = civilFirstInstance(ctx, docket.take(court, year, "民初", rng), claim);
      yield { text: first.text, tier: "ordinary", status: status() };
    }
    return;
  }

  const appealed = r < 0.3;
  const firstLevel: Level = chance(rng, 0.12) ? "intermediate" : "basic";
  const firstCourt = randomCourt(rng, firstLevel);
  const firstYear = appealed && year === 2025 ? 2024 : year;
  const firstCtx = newContext(rng, firstCourt, firstYear);
  const outcome: AppealOutcome = weighted(rng, [
    [75, "affirmed" as const],
    [15, "amended" as const],
    [10, "remanded" as const],
  ]);
  // Some appeals are published without their first instance.
  const bothPublished = !appealed || chance(rng, 0.7);
  const firstStatus: SyntheticStatus = appealed && outcome !== "affirmed" ? "reversed" : status();

  const appealCourt = appealCourtOf(firstCourt);
  const appealDate = addDays(firstCtx.date, int(rng, 60, 180));
  const appealYear = Math.min(appealDate.getUTCFullYear(), 2025);
  const appealCtx = { ...firstCtx, court: appealCourt, year: appealYear, date: appealDate };

  if (criminal) {
    const first = criminalFirstInstance(firstCtx, docket.take(firstCourt, firstYear, "刑初", rng));
    if (bothPublished) yield { text: first.text, tier: tierFor(rng, firstLevel), status: firstStatus };
    if (appealed) {
      const seq = docket.take(appealCourt, appealYear, "刑终", rng);
      yield {
        text: criminalAppeal(appealCtx, seq, first, firstCourt, firstCtx.date, outcome),
        tier: tierFor(rng, appealCourt.level),
        status: status(),
      };
    }
    return;
  }
  const spec = weighted(rng, CIVIL);
  const plaintiff = personParty(firstCtx, "原告");
  const defendant = chance(rng, spec.defendantIsCompany)
    ? companyParty(firstCtx, "被告")
    : personParty(firstCtx, "被告");
  const claim = spec.kind(firstCtx, plaintiff, defendant);
  const first = civilFirstInstance(firstCtx, docket.take(firstCourt, firstYear, "民初", rng), claim);
  if (bothPublished) yield { text: first.text, tier: tierFor(rng, firstLevel), status: firstStatus };
  if (appealed) {
    const seq = docket.take(appealCourt, appealYear, "民终", rng);
    yield {
      text: civilAppeal(appealCtx, seq, first, firstCourt, firstCtx.date, outcome),
      tier: tierFor(rng, appealCourt.level),
      status: status(),
    };
  }
}

/**
 * Yields `count` synthetic judgments, deterministically for a seed. Related judgments (both instances
 * of an appealed case, the cases of a series) come out next to each other.
 */
export function* generateJudgments(options: GenerateOptions): Generator<SyntheticJudgment> {
  const seed = options.seed ?? 1;
  const rng = mulberry32(seed * 0x9e3779b1 + 0x85ebca6b);
  const docket = new Docket();
  let n = 0;
  while (n < options.count) {
    for (const draft of block(rng, docket)) {
      n++;
      yield {
        id: `syn-${seed}-${n}`,
        text: draft.text,
        meta: { source: "synthetic", synthetic: true, tier: draft.tier, status: draft.status },
      };
      if (n >= options.count) return;
    }
  }
}
