/// <reference lib="dom" />
/**
 * Calls to /api/v1 with the signed-in user's token (kept in sessionStorage: gone when the tab
 * closes), or none when the court's proxy vouches for the user. Errors carry the API's Chinese
 * message and field paths.
 */

const TOKEN_KEY = "leian.token";

export interface Problem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problems: Problem[];
  constructor(status: number, code: string, message: string, problems: Problem[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.problems = problems;
  }
}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value: string | null): void {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(json: boolean): Record<string, string> {
  const out: Record<string, string> = { accept: "application/json" };
  const t = token();
  if (t) out.authorization = `Bearer ${t}`;
  if (json) out["content-type"] = "application/json";
  return out;
}

async function fail(res: Response): Promise<never> {
  let body: { error?: { code?: string; message?: string; details?: unknown } } = {};
  try {
    body = await res.json();
  } catch {
    // not JSON: a proxy's error page
  }
  const details = Array.isArray(body.error?.details) ? (body.error?.details as Problem[]) : [];
  const message =
    body.error?.message ??
    (res.status === 401 ? "登录已失效，请重新登录" : `服务返回错误（HTTP ${res.status}），请稍后再试`);
  throw new ApiError(
    res.status,
    body.error?.code ?? "http_error",
    message,
    details.filter((d) => typeof d?.path === "string"),
  );
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch {
    throw new ApiError(0, "network", "无法连接检索服务，请检查网络后重试");
  }
}

/** GET (no body) or POST (with a JSON body) under /api/v1; the parsed JSON answer. */
export async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await send(`/api/v1${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: headers(body !== undefined),
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) await fail(res);
  return (await res.json()) as T;
}

/** A file from the API (report exports), with the name the server gave it. */
export async function file(
  path: string,
): Promise<{ blob: Blob; filename: string; text: () => Promise<string> }> {
  const res = await send(`/api/v1${path}`, { headers: headers(false) });
  if (!res.ok) await fail(res);
  const disposition = res.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  const filename = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? "download");
  const blob = await res.blob();
  return { blob, filename, text: () => blob.text() };
}

/** Saves a blob under `filename` through the browser's download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
