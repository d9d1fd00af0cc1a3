/**
 * Request validation: a zod schema turns the raw request into the value the handler receives, or
 * into a 400 `invalid_request` naming each bad field by its path (e.g. `filters.dateFrom`).
 */
import { z } from "zod";
import { LeianError } from "../errors.ts";

// Per-parse locale (not z.config) so nothing global changes: zod's own messages come out in Chinese;
// messages written in a schema take precedence.
const zhCN = z.locales.zhCN();

export interface FieldProblem {
  path: string;
  message: string;
}

/** Parses `value` with `schema`; throws LeianError("invalid_request") with one detail per issue. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, prefix = ""): z.output<S> {
  const result = schema.safeParse(value, { error: zhCN.localeError });
  if (result.success) return result.data;
  const pathOf = (parts: readonly PropertyKey[]) =>
    [prefix, ...parts.map(String)].filter((p) => p !== "").join(".");
  // An unknown field is named by its own path (filters.foo), not its object's.
  const details: FieldProblem[] = result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: `不支持的字段：${key}` }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
  const first = details[0];
  const where = first?.path ? `${first.path}：` : "";
  throw new LeianError("invalid_request", `请求参数有误：${where}${first?.message ?? "格式不正确"}`, {
    details,
  });
}
