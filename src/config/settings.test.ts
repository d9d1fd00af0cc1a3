import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSettings, SettingsError } from "./settings.ts";

describe("loadSettings", () => {
  it("has working defaults", () => {
    const s = loadSettings({});
    expect(s.elasticsearch.url).toBe("http://127.0.0.1:9200");
    expect(s.http.port).toBe(8080);
    expect(s.aliases.judgments).toBe("leian-judgments");
  });

  it("reads the environment and lets it win over the file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "leian-cfg-"));
    const file = path.join(dir, "leian.json");
    writeFileSync(file, JSON.stringify({ http: { port: 9000 }, logLevel: "debug" }));
    const s = loadSettings({ LEIAN_CONFIG: file, LEIAN_PORT: "9100", ES_URL: "http://es:9200" });
    expect(s.http.port).toBe(9100);
    expect(s.logLevel).toBe("debug");
    expect(s.elasticsearch.url).toBe("http://es:9200");
  });

  it("names the setting that is wrong", () => {
    expect(() => loadSettings({ LEIAN_PORT: "seventy" })).toThrow(/LEIAN_PORT \(http\.port\)/);
    expect(() => loadSettings({ ES_URL: "not a url" })).toThrow(/ES_URL \(elasticsearch\.url\)/);
    expect(() => loadSettings({ LEIAN_ALIAS_JUDGMENTS: "Bad Alias" })).toThrow(/LEIAN_ALIAS_JUDGMENTS/);
    expect(() => loadSettings({ LEIAN_TOKENS: "[{" })).toThrow(/LEIAN_TOKENS/);
    expect(() =>
      loadSettings({ LEIAN_TOKENS: JSON.stringify([{ sha256: "x", user: "u", court: "c", role: "judge" }]) }),
    ).toThrow(/tokens\.0\.sha256/);
  });

  it("reports an unreadable config file by name", () => {
    expect(() => loadSettings({ LEIAN_CONFIG: "/nonexistent/leian.json" })).toThrow(SettingsError);
    expect(() => loadSettings({ LEIAN_CONFIG: "/nonexistent/leian.json" })).toThrow(/LEIAN_CONFIG/);
  });
});
