/**
 * The workbench (工作台) for judges and the research office: static pages served by the same app as
 * the API, which they call with the user's token (or through the court's identity proxy).
 *
 * No bundler and no framework: the browser code is TypeScript under ./client, written in erasable
 * syntax and turned into JavaScript once, at start-up, by Node's own type stripping
 * (`stripTypeScriptTypes`, which blanks annotations in place so line and column numbers stay those
 * of the source). Files keep their `.ts` URLs, so relative imports work unchanged in the browser;
 * `import type` of the server's models vanishes. `npm run typecheck` checks the client with the rest.
 * A few server modules are served too ({@link SHARED_MODULES}), for one formatter on both sides.
 */
import { readdirSync, readFileSync } from "node:fs";
import { stripTypeScriptTypes } from "node:module";
import path from "node:path";
import { constants, gzipSync } from "node:zlib";
import { type RequestHandler, Router } from "express";
import { CSS as REPORT_CSS } from "../audit/render/common.ts";
import { workbenchLabels } from "./labels.ts";

const CLIENT_DIR = path.join(import.meta.dirname, "client");

/**
 * Server modules the workbench imports as they are, so that both sides write a thing one way
 * (src/judgment/provisions.ts: a provision with its article in Chinese numerals, on the audit page as
 * in the audit report). Served at their path under src: a client file's `../../judgment/provisions.ts`
 * is `/judgment/provisions.ts` in the browser too. Each is browser-safe (no Node import) and imports
 * only the others listed.
 */
export const SHARED_MODULES = [
  "judgment/provisions.ts",
  "judgment/numerals.ts",
  // The names a typed list is read by (./client/lists.ts): charges, causes, statutes' titles.
  "judgment/charges.ts",
  "judgment/charge-list.ts",
  "judgment/causes.ts",
  "judgment/civil-catalogue.ts",
  "judgment/older-civil-causes.ts",
  "judgment/parties.ts",
  "text/law-titles.ts",
  "text/interpretation-issuers.ts",
  "text/laws.ts",
  "text/normalize.ts",
] as const;
const SRC_DIR = path.join(import.meta.dirname, "..");

const TYPES: Record<string, string> = {
  ".ts": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

/**
 * The workbench's own policy (helmet's default is meant for the API): scripts from this origin only,
 * no plugins, no third-party anything. Styles allow inline `<style>`/`style=` because the report
 * preview (the filed report's own HTML export, in a sandboxed frame) and the server-drawn charts
 * carry them; scripts never run inline. No `upgrade-insecure-requests`: court intranets often serve
 * plain HTTP, where that directive would send every asset request to a port that does not answer.
 */
export const WORKBENCH_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

export interface Asset {
  type: string;
  body: string;
  /**
   * The body gzipped once, at start-up, sent to a browser that accepts it: the workbench's scripts
   * with the server modules it imports are ~315 KB as text and ~100 KB gzipped, which a court
   * intranet's slow links feel on every first load.
   */
  gzip: Buffer;
}

function asset(type: string, body: string): Asset {
  return { type, body, gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }) };
}

/** Node prints an ExperimentalWarning the first time stripTypeScriptTypes runs; users need not see it. */
function stripTypes(source: string, file: string): string {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (text.includes("stripTypeScriptTypes")) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return stripTypeScriptTypes(source, { mode: "strip", sourceUrl: file });
  } finally {
    process.emitWarning = emit;
  }
}

/** The chart rules of the audit and deviation pages, so the workbench draws the same figures alike. */
export function chartCss(): string {
  return REPORT_CSS.split("\n")
    .filter((line) => /^(svg\.chart|p\.nodata|table\.data)/.test(line))
    .join("\n");
}

/**
 * Every servable client file by its URL path under /web/ (e.g. `pages/judge.ts`), transformed, and the
 * {@link SHARED_MODULES} by their absolute path (`/judgment/provisions.ts`).
 */
export function loadAssets(dir = CLIENT_DIR): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith(".test.ts")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const type = TYPES[path.extname(entry.name)];
    if (!type) continue;
    const rel = path.relative(dir, file).split(path.sep).join("/");
    const source = readFileSync(file, "utf8");
    assets.set(rel, asset(type, rel.endsWith(".ts") ? stripTypes(source, `/web/${rel}`) : source));
  }
  // Keyed by their absolute path: not under /web/.
  for (const module of SHARED_MODULES)
    assets.set(
      `/${module}`,
      asset(
        TYPES[".ts"] as string,
        stripTypes(readFileSync(path.join(SRC_DIR, module), "utf8"), `/${module}`),
      ),
    );
  assets.set("charts.css", asset("text/css; charset=utf-8", chartCss()));
  assets.set("labels.json", asset("application/json; charset=utf-8", JSON.stringify(workbenchLabels())));
  return assets;
}

/** `/` (the workbench page) and `/web/*` (its scripts and styles). */
export function workbenchRoutes(assets: Map<string, Asset> = loadAssets()): Router {
  const router = Router();
  const send =
    (name: string): RequestHandler =>
    (req, res, next) => {
      const found = assets.get(name);
      if (!found) {
        next();
        return;
      }
      res.setHeader("Content-Security-Policy", WORKBENCH_CSP);
      // Revalidate every time (express answers 304 on a matching ETag): a new deploy is seen at once.
      res.setHeader("Cache-Control", "no-cache");
      // The ETag express derives differs between the two encodings, as HTTP requires of a strong one.
      res.vary("Accept-Encoding").type(found.type);
      if (req.acceptsEncodings("gzip", "identity") === "gzip") {
        res.setHeader("Content-Encoding", "gzip");
        res.send(found.gzip);
      } else res.send(found.body);
    };
  router.get("/", send("index.html"));
  for (const module of SHARED_MODULES) router.get(`/${module}`, send(`/${module}`));
  router.get(/^\/web\/(.+)$/, (req, res, next) => {
    const name = (req.params as Record<string, string>)[0] ?? "";
    if (name === "index.html") {
      next();
      return;
    }
    send(name)(req, res, next);
  });
  return router;
}
