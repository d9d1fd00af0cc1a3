/**
 * Request validation: a zod schema turns the raw request into the value the handler receives, or
 * into a 400 `invalid_request` naming each bad field by its path (e.g. `filters.dateFrom`).
 */
import { z } from "zod";
import { LeianError } from "../errors.ts";

// Per-parse locale (not z.config) so nothing global changes: zod's own messages come out in Chinese;
// messages written in a schema take precedence.
const zhCN = z.locales.zhCN();

const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "布尔值（true 或 false）",
  object: "对象（{…}）",
  array: "数组（[…]）",
  null: "null",
  undefined: "空",
  date: "日期",
  bigint: "整数",
};

function received(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "数组";
  if (typeof input === "number")
    return Number.isNaN(input) ? "非数字" : Number.isInteger(input) ? "整数" : "小数";
  return TYPE_NAMES[typeof input] ?? typeof input;
}

type RawIssue = Parameters<typeof zhCN.localeError>[0];

/**
 * zod's messages a judge may read, in plain Chinese: its zhCN locale leaves the type names in
 * English (期望 object，实际接收 undefined) and words a text's length as a number's (数值过大：期望
 * string <=80 字符), a date as 无效ISO日期 and a union's unknown key as 无效输入. Other issues keep the
 * locale's wording.
 */
function chineseMessage(issue: RawIssue): string | undefined {
  const i = issue as RawIssue & {
    expected?: string;
    input?: unknown;
    origin?: string;
    maximum?: number | bigint;
    minimum?: number | bigint;
    inclusive?: boolean;
    values?: unknown[];
    format?: string;
    discriminator?: string;
    options?: unknown[];
  };
  switch (i.code) {
    case "invalid_type": {
      const expected = TYPE_NAMES[String(i.expected)] ?? String(i.expected);
      if (i.input === undefined)
        return i.expected === "object" && (i.path?.length ?? 0) === 0
          ? "缺少请求内容（应为 JSON 对象）"
          : `缺少此项（应为${expected}）`;
      return `应为${expected}，收到的是${received(i.input)}`;
    }
    case "too_big": {
      const max = String(i.maximum);
      if (i.origin === "string") return `长度不能超过 ${max} 个字符`;
      if (i.origin === "array" || i.origin === "set") return `最多 ${max} 项`;
      return i.inclusive === false ? `应小于 ${max}` : `不能大于 ${max}`;
    }
    case "too_small": {
      const min = String(i.minimum);
      if (i.origin === "string") return min === "1" ? "不能为空" : `长度不能少于 ${min} 个字符`;
      if (i.origin === "array" || i.origin === "set") return min === "1" ? "至少填写一项" : `至少 ${min} 项`;
      return i.inclusive === false ? `应大于 ${min}` : `不能小于 ${min}`;
    }
    case "invalid_value":
      return i.values && i.values.length <= 20
        ? `应为以下之一：${i.values.map(String).join("、")}`
        : undefined;
    case "invalid_format":
      return formatMessage(i.format, i.input);
    case "invalid_union": {
      // A discriminated union (a report query's `method`) whose key matches none: the locale says 无效输入.
      if (!i.discriminator || !i.options?.length) return undefined;
      const options = i.options.map(String).join("、");
      const given = (i.input as Record<string, unknown> | undefined)?.[i.discriminator];
      return given === undefined ? `缺少此项（应为以下之一：${options}）` : `应为以下之一：${options}`;
    }
    default:
      return undefined;
  }
}

/**
 * A string format zod checks, said as the format to write: the locale's 无效ISO日期 names no format,
 * and its regex message shows the pattern itself. Schemas' own regex messages take precedence.
 */
function formatMessage(format: string | undefined, input: unknown): string | undefined {
  switch (format) {
    case "date":
      // z.iso.date() also refuses a day no calendar has (2021-02-29): a right shape is told so.
      return typeof input === "string" && /^\d{4}-\d{2}-\d{2}$/.test(input)
        ? `${input} 不是实际存在的日期`
        : "日期格式应为 YYYY-MM-DD，如 2020-01-01";
    case "datetime":
      return "时间格式应为 YYYY-MM-DDTHH:mm:ss 加时区，如 2020-01-01T08:00:00+08:00";
    case "regex":
      return "格式不正确";
    default:
      return undefined;
  }
}

const errorMap = (issue: RawIssue) => chineseMessage(issue) ?? zhCN.localeError(issue);

export interface FieldProblem {
  path: string;
  message: string;
}

/** Issues listed in a 400's details at most. */
const MAX_DETAILS = 50;

/** Parses `value` with `schema`; throws LeianError("invalid_request") with one detail per issue. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, prefix = ""): z.output<S> {
  const result = schema.safeParse(value, { error: errorMap });
  if (result.success) return result.data;
  const pathOf = (parts: readonly PropertyKey[]) =>
    [prefix, ...parts.map(String)].filter((p) => p !== "").join(".");
  // An unknown field is named by its own path (filters.foo), not its object's.
  const details: FieldProblem[] = result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: `不支持的字段：${key}` }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
  // Every issue up to a point: 60,000 unknown keys had made a 3.4 MB answer.
  if (details.length > MAX_DETAILS) {
    const more = details.length - MAX_DETAILS;
    details.splice(MAX_DETAILS, more, { path: "", message: `另有 ${more} 处问题未列出` });
  }
  const first = details[0];
  const where = first?.path ? `${first.path}：` : "";
  throw new LeianError("invalid_request", `请求参数有误：${where}${first?.message ?? "格式不正确"}`, {
    details,
  });
}

/**
 * A whole number written in a URL's query (`?size=20`), min..max, `fallback` when absent. Decimal
 * digits only: z.coerce.number() took `0x10`, `1e1`, ` 20 ` and `` (→ 0) for numbers.
 */
export function queryInteger(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^[0-9]{1,9}$/, `应为 ${min} 到 ${max} 之间的十进制整数`)
    .meta({ description: `${min}–${max}，缺省 ${fallback}` })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((value) => value ?? fallback);
}
