/**
 * `npm start`: the product on its default setup, on a fresh machine.
 *
 * 1. Starts (or reuses) Elasticsearch through the local manager.
 * 2. When the judgments alias is missing, indexes a synthetic corpus through the real indexer
 *    (LEIAN_DEMO_CORPUS=real indexes ../shared's LeCaRD and authoritative cases instead, when present;
 *    LEIAN_DEMO_SIZE sets the synthetic count, default 3000). An index built by an older version is
 *    rebuilt from the corpus it held when the demo can reproduce it, else served as it is.
 * 3. Starts the service with one token per role (random unless LEIAN_TOKENS is set), of a court
 *    the index holds (tools/demo-court.ts), and prints example requests for search, similar,
 *    related and a case record.
 * Ctrl-C stops the service; Elasticsearch keeps running for the next start (`npm run es:stop`).
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { INDEXER_V8_FLAGS } from "../indexer/pool.ts";
import { COLLECTION_TIERS } from "../src/cases/parse.ts";
import { loadSettings } from "../src/config/settings.ts";
import { ListenError, startService } from "../src/main.ts";
import { createClient } from "../src/search/client.ts";
import { judgmentsIndexFreshness } from "../src/search/mappings.ts";
import { demoCourt } from "./demo-court.ts";
import { EsManagerError, optionsFromEnv, start } from "./es/manager.ts";

const root = path.resolve(import.meta.dirname, "..");

/** `source` values of ../shared's real corpus: LeCaRD and the authoritative-case collections. */
const REAL_SOURCES = new Set(["lecard", ...Object.keys(COLLECTION_TIERS)]);

/** The `source` values of the documents behind `alias`. */
async function sourcesOf(es: ReturnType<typeof createClient>, alias: string): Promise<string[]> {
  const res = await es.search({
    index: alias,
    size: 0,
    aggs: { sources: { terms: { field: "source", size: 100 } } },
  });
  const agg = res.aggregations?.sources as { buckets?: { key: string }[] } | undefined;
  return (agg?.buckets ?? []).map((b) => String(b.key));
}

function indexer(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...INDEXER_V8_FLAGS, path.join(root, "indexer/cli.ts"), ...args], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`indexer exited with code ${code}`)),
    );
  });
}

try {
  const node = await start(optionsFromEnv());
  const env: NodeJS.ProcessEnv = { ...process.env, ES_URL: node.url };

  const settings = loadSettings(env);
  const alias = settings.aliases.judgments;
  const es = createClient(settings.elasticsearch);
  // A demo index built by an older version is rebuilt from the corpus it held, when the demo can
  // reproduce it (synthetic, or ../shared's real corpus when its files are here); an index holding
  // anything else is served as it is, with the command that rebuilds it.
  const freshness = await judgmentsIndexFreshness(es, alias);
  const shared = path.resolve(root, "../shared/data");
  const real = [
    path.join(shared, "lecard/candidates.jsonl.br"),
    path.join(shared, "cases/authoritative-cases.jsonl.br"),
  ];
  const realHere = real.every((f) => existsSync(f));
  const held = freshness && !freshness.current ? await sourcesOf(es, alias) : [];
  const heldReal = held.some((s) => REAL_SOURCES.has(s));
  const foreign = held.filter((s) => s !== "synthetic" && !REAL_SOURCES.has(s));
  if (freshness && !freshness.current && (foreign.length > 0 || (heldReal && !realHere))) {
    console.error(
      `demo: ${freshness.indices.join(", ")} was built by an older version and holds ${foreign.length > 0 ? `documents from ${foreign.join(", ")}` : "the real corpus, whose files are not here"}: it is served as it is. Rebuild it with: npm run indexer -- reindex --source <the same sources>`,
    );
  } else if (!freshness?.current) {
    const useReal = (env.LEIAN_DEMO_CORPUS === "real" || heldReal) && realHere;
    const sources = useReal ? real : [`synthetic:${Number(env.LEIAN_DEMO_SIZE ?? 3000)}:1`];
    console.error(
      `demo: ${freshness ? `${freshness.indices.join(", ")} was built by an older version; ` : ""}indexing ${useReal ? "the real corpus (LeCaRD + authoritative cases)" : sources[0]} into ${alias}…`,
    );
    await indexer(["reindex", "--source", ...sources], env);
    if (!useReal && realHere) {
      console.error(
        "demo: ../shared/data is here too: LEIAN_DEMO_CORPUS=real with a new alias indexes the real corpus.",
      );
    }
  }
  const sample = await es.search<{ id: string; partyNames?: string[] }>({
    index: alias,
    size: 1,
    query: { bool: { filter: [{ term: { category: "刑事" } }, { exists: { field: "priorCaseNumbers" } }] } },
    _source: ["id", "partyNames"],
  });
  const anyCase =
    sample.hits.hits[0]?._source?.id ??
    (await es.search<{ id: string }>({ index: alias, size: 1 })).hits.hits[0]?._source?.id;
  // The tokens' court is one the index holds, so /similar and reports place cases relative to it.
  const court = await demoCourt(es, alias);
  const courtName = court?.name ?? "演示市中级人民法院";
  const synthetic = (await sourcesOf(es, alias)).includes("synthetic");
  await es.close();

  const tokens: Record<string, string> = {};
  if (!env.LEIAN_TOKENS) {
    const entries = (["judge", "research", "admin"] as const).map((role) => {
      tokens[role] = `${role}-${randomBytes(12).toString("hex")}`;
      const sha256 = createHash("sha256")
        .update(tokens[role] as string)
        .digest("hex");
      const user = { judge: "演示法官", research: "演示研究室", admin: "演示技术处" }[role];
      return { sha256, user, court: courtName, role };
    });
    env.LEIAN_TOKENS = JSON.stringify(entries);
    if (!court)
      console.error(
        `demo: ${alias} holds no intermediate court's judgments; the tokens' court ${courtName} is not in it, so /similar answers 未能识别本院 and does not order cases by court.`,
      );
  }

  const { server, close } = await startService(env);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : settings.http.port;
  const base = `http://127.0.0.1:${port}`;
  const judge = tokens.judge ?? "<your judge token>";
  const curl = (route: string, body?: unknown) =>
    `curl -s ${body === undefined ? "" : "-X POST "}${base}${route} -H 'authorization: Bearer ${judge}'${body === undefined ? "" : ` -H 'content-type: application/json' -d '${JSON.stringify(body)}'`}`;
  console.log(`
Leian is running at ${base} (Elasticsearch ${node.url}, alias ${alias}).
Tokens: ${
    Object.entries(tokens)
      .map(([role, token]) => `${role}=${token}`)
      .join("  ") || "from LEIAN_TOKENS"
  }${Object.keys(tokens).length > 0 ? ` (court: ${courtName})` : ""}${
    synthetic
      ? "\nSynthetic corpus: its 指导性案例, 典型案例 and 参考性案例 are generated ordinary judgments with a random tier label, not real reference cases."
      : ""
  }

Workbench (sign in with a token above): ${base}/

Try:
  ${curl("/api/v1/search", { q: "醉酒驾驶", filters: { category: ["刑事"] }, size: 5 })}
  ${curl("/api/v1/similar", { facts: "被告人醉酒后驾驶小型轿车在道路上行驶，被民警查获，经鉴定血液中乙醇含量为186毫克/100毫升。", charges: ["危险驾驶罪"], size: 5 })}
  ${anyCase ? curl("/api/v1/related", { caseId: anyCase }) : ""}
  ${anyCase ? curl(`/api/v1/cases/${anyCase}`) : ""}
  ${curl("/api/v1/reports", {
    trigger: "no_clear_rule",
    pendingCase: {
      caseNumber: court?.code ? `（2026）${court.code}刑终1号` : "（2026）演0101刑初1号",
      court: courtName,
      facts: "被告人醉酒后驾驶小型轿车在道路上行驶，被民警查获，经鉴定血液中乙醇含量为186毫克/100毫升。",
      charges: ["危险驾驶罪"],
      disputedIssues: ["是否应当适用缓刑"],
    },
  })}
  then: curl -s '${base}/api/v1/reports/<id>/export?format=docx' -H 'authorization: Bearer ${judge}' -o report.docx
  curl -s ${base}/api/v1/openapi.json

Ctrl-C stops the service; npm run es:stop stops Elasticsearch.
`);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void close()
        .then(() => node.stop?.())
        .then(() => process.exit(0));
    });
  }
} catch (error) {
  if (error instanceof EsManagerError) console.error(`es: ${error.message}`);
  else if (error instanceof ListenError) console.error(error.message);
  else console.error(error);
  process.exit(1);
}
