import { get } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import express from "express";
import { describe, expect, it } from "vitest";
import { chartCss, loadAssets, WORKBENCH_CSP, workbenchRoutes } from "./serve.ts";

const assets = loadAssets();

describe("workbench assets", () => {
  it("serves every client script with its types stripped, imports staying inside what is served", () => {
    const scripts = [...assets.keys()].filter((name) => name.endsWith(".ts"));
    expect(scripts).toEqual(
      expect.arrayContaining([
        "main.ts",
        "api.ts",
        "pages/judge.ts",
        "pages/audit.ts",
        "/judgment/provisions.ts",
      ]),
    );
    // A client file's URL is under /web/; a shared server module's is its own absolute path.
    const url = (name: string) => `http://x${name.startsWith("/") ? name : `/web/${name}`}`;
    for (const name of scripts) {
      const body = assets.get(name)?.body ?? "";
      expect(body, name).not.toMatch(/^\s*import type /m);
      // What the browser will fetch: relative imports that resolve to served files.
      for (const [, spec] of body.matchAll(/^\s*import [^;]*? from "([^"]+)";/gm)) {
        expect(spec, `${name} imports ${spec}`).toMatch(/^\.\.?\//);
        const at = new URL(spec ?? "", url(name)).pathname;
        const resolved = at.startsWith("/web/") ? at.slice("/web/".length) : at;
        expect(assets.has(resolved), `${name} → ${at}`).toBe(true);
      }
    }
    // The audit page writes a provision with the server's own formatter.
    expect(assets.get("pages/audit.ts")?.body).toContain('from "../../../judgment/provisions.ts"');
  });

  it("serves the shared server modules free of anything only Node has", () => {
    // A browser has no process, Buffer, require or node: modules: one such use in a shared module
    // would break the workbench at load while every server test passes.
    for (const [name, { body }] of assets) {
      if (!name.startsWith("/")) continue;
      const code = body.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code, name).not.toMatch(
        /\b(?:process|Buffer|require|__dirname|__filename)\b|import\.meta\.dirname|from "node:/,
      );
    }
  });

  it("sends every asset gzipped to a browser that accepts it, as text to one that does not", async () => {
    const app = express().use(workbenchRoutes(assets));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const port = (server.address() as AddressInfo).port;
    const raw = (url: string, encoding?: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
        (resolve, reject) => {
          const headers = encoding === undefined ? {} : { "accept-encoding": encoding };
          get({ host: "127.0.0.1", port, path: url, headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          }).on("error", reject);
        },
      );
    try {
      const text = assets.get("/judgment/causes.ts")?.body ?? "";
      const zipped = await raw("/judgment/causes.ts", "gzip, deflate, br");
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(zipped.headers.vary).toContain("Accept-Encoding");
      expect(gunzipSync(zipped.body).toString("utf8")).toBe(text);
      // The catalogue of causes is a third of its size on the wire.
      expect(zipped.body.length).toBeLessThan(Buffer.byteLength(text) / 2);
      const plain = await raw("/judgment/causes.ts");
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString("utf8")).toBe(text);
      // A browser refusing gzip outright gets the text too.
      expect((await raw("/web/main.ts", "gzip;q=0")).headers["content-encoding"]).toBeUndefined();
      // The page itself, compressed, keeps its policy and revalidates on the encoding's own ETag.
      const page = await raw("/", "gzip");
      expect(page.headers["content-security-policy"]).toBe(WORKBENCH_CSP);
      expect(gunzipSync(page.body).toString("utf8")).toContain('src="/web/main.ts"');
      expect(page.headers.etag).not.toBe((await raw("/")).headers.etag);
    } finally {
      server.close();
    }
  });

  it("takes the chart styles from the printed report instead of copying them", () => {
    expect(chartCss()).toContain("svg.chart .dot");
    expect(chartCss()).not.toContain("@page");
  });

  it("answers / and /web/* with the workbench's own policy, and 404s what is not a client file", async () => {
    const app = express().use(workbenchRoutes(assets));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${base}/`);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(page.headers.get("content-security-policy")).toBe(WORKBENCH_CSP);
      expect(await page.text()).toContain('<script type="module" src="/web/main.ts"></script>');
      const script = await fetch(`${base}/web/pages/judge.ts`);
      expect(script.headers.get("content-type")).toContain("text/javascript");
      const labels = await (await fetch(`${base}/web/labels.json`)).json();
      expect(labels.uses).toEqual({ follow: "参照", consider: "参考", not_used: "不予参照" });
      // The deviation form's civil choices, each named in Chinese: a suit refused unheard too.
      expect(labels.proposedDispositions.map((d: string) => labels.dispositions[d])).toEqual([
        "支持诉讼请求",
        "部分支持诉讼请求",
        "驳回诉讼请求",
        "驳回起诉",
      ]);
      // And an administrative case's rulings on the act sued (行政诉讼法 2017 §69–§78).
      expect(labels.proposedAdministrative.map((d: string) => labels.administrative[d])).toEqual([
        "撤销被诉行政行为",
        "责令重新作出行政行为",
        "判决被告履行职责或给付义务",
        "确认被诉行政行为违法",
        "确认被诉行政行为无效",
        "变更行政处罚",
        "责令采取补救措施",
        "判决行政赔偿",
        "驳回诉讼请求",
        "驳回起诉",
      ]);
      // A shared server module at its own path, as a client file imports it; no other server file.
      const shared = await fetch(`${base}/judgment/provisions.ts`);
      expect(shared.headers.get("content-type")).toContain("text/javascript");
      expect(await shared.text()).toContain("export function statuteKeyText");
      expect((await fetch(`${base}/judgment/statutes.ts`)).status).toBe(404);
      expect((await fetch(`${base}/web/../serve.ts`)).status).toBe(404);
      expect((await fetch(`${base}/web/nope.ts`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
