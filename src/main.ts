/**
 * Wiring only: settings → client → app → listen, and a graceful shutdown on SIGTERM/SIGINT.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { type DestinationStream, pino } from "pino";
import { createApp } from "./api/app.ts";
import { answerUnparsableRequests } from "./api/errors.ts";
import { loadSettings, SettingsError } from "./config/settings.ts";
import { createClient } from "./search/client.ts";
import { judgmentsIndexFreshness } from "./search/mappings.ts";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

/** The service could not bind its port. */
export class ListenError extends Error {
  override name = "ListenError";
}

/**
 * Starts the service; resolves once it listens, rejects (ListenError) when it cannot. The log goes
 * to stdout unless `logDestination` is given.
 */
export async function startService(
  env: NodeJS.ProcessEnv = process.env,
  logDestination?: DestinationStream,
): Promise<{ server: Server; close: () => Promise<void> }> {
  const settings = loadSettings(env);
  const logger = logDestination
    ? pino({ level: settings.logLevel }, logDestination)
    : pino({ level: settings.logLevel });
  const es = createClient(settings.elasticsearch);
  const app = createApp({ settings, es, logger, version: pkg.version });
  // Express 5 hands a failed listen (EADDRINUSE, EACCES) to the callback: without this check the
  // service reported itself listening and the process then exited with nothing bound.
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(settings.http.port, settings.http.host, (error?: Error) => {
      if (!error) return resolve(s);
      void es.close();
      reject(
        new ListenError(
          `cannot listen on ${settings.http.host}:${settings.http.port}: ${error.message} — is another Leian running? Set LEIAN_PORT to use another port`,
          { cause: error },
        ),
      );
    });
  });
  answerUnparsableRequests(server);
  const address = server.address();
  logger.info({ address }, "leian listening");
  // Started without tokens, the service refused everyone with nothing in its log to say why.
  if (settings.tokens.length === 0) logger.warn(noTokensWarning(settings.http.identityHeader));
  // An index built with an older mapping still serves, with less: say so once, where operators look.
  judgmentsIndexFreshness(es, settings.aliases.judgments)
    .then((f) => {
      if (f && !f.current)
        logger.warn(
          { indices: f.indices },
          "judgments index built with an older mapping: run `indexer reindex`",
        );
    })
    .catch(() => {});
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await es.close();
  };
  return { server, close };
}

/** What an operator reads when no token is configured: every request will be refused, and the fix. */
function noTokensWarning(identityHeader: string | undefined): string {
  const proxy = identityHeader
    ? `; the identity header ${identityHeader} names users of those tokens, so it admits no one either`
    : "";
  return `no API tokens configured: every /api/v1 request is refused (401)${proxy}. Set LEIAN_TOKENS (or "tokens" in the LEIAN_CONFIG file) to a JSON array of {"sha256","user","court","role"}, sha256 being the lowercase hex SHA-256 of a bearer token (printf %s "$TOKEN" | sha256sum)`;
}

if (import.meta.main) {
  try {
    const { close } = await startService();
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        void close().then(() => process.exit(0));
      });
    }
  } catch (error) {
    if (error instanceof SettingsError || error instanceof ListenError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
