import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { ListenError, startService } from "./main.ts";

describe("startService", () => {
  it("rejects, naming the port, when another process holds it (not a silent exit)", async () => {
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const address = holder.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const started = startService({
        LEIAN_PORT: String(port),
        LEIAN_HOST: "127.0.0.1",
        LEIAN_LOG_LEVEL: "silent",
      });
      await expect(started).rejects.toBeInstanceOf(ListenError);
      await expect(started).rejects.toThrow(`cannot listen on 127.0.0.1:${port}: listen EADDRINUSE`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});

describe("start-up log", () => {
  /** The service's log lines, parsed, from a start on a free port (no Elasticsearch needed). */
  async function startupLog(env: NodeJS.ProcessEnv): Promise<{ level: number; msg: string }[]> {
    const lines: string[] = [];
    const { close } = await startService(
      { LEIAN_PORT: "0", LEIAN_HOST: "127.0.0.1", ES_URL: "http://127.0.0.1:1", ...env },
      { write: (line: string) => void lines.push(line) },
    );
    await close();
    return lines.map((l) => JSON.parse(l) as { level: number; msg: string });
  }

  it("warns, at warn level, that every request will be refused when no token is configured", async () => {
    const log = await startupLog({});
    const warning = log.find((l) => l.level === 40 && /no API tokens/.test(l.msg));
    expect(warning?.msg).toContain("every /api/v1 request is refused (401)");
    expect(warning?.msg).toContain("LEIAN_TOKENS");
  });

  it("says the identity header alone admits nobody: it names users of the tokens", async () => {
    const log = await startupLog({ LEIAN_IDENTITY_HEADER: "X-Remote-User" });
    const warning = log.find((l) => l.level === 40 && /no API tokens/.test(l.msg));
    expect(warning?.msg).toContain("x-remote-user");
  });

  it("does not warn once tokens are configured", async () => {
    const log = await startupLog({
      LEIAN_TOKENS: JSON.stringify([
        { sha256: "a".repeat(64), user: "张法官", court: "某法院", role: "judge" },
      ]),
    });
    expect(log.some((l) => l.msg === "leian listening")).toBe(true);
    expect(log.filter((l) => /no API tokens/.test(l.msg))).toEqual([]);
  });
});
