/**
 * `Server-Timing: engine;dur=…, app;dur=…` on every response: how much of a request's time was
 * spent waiting for Elasticsearch. Operators see it in the browser or in logs; the query benchmark
 * reads it to report the engine's share of latency.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Client } from "../search/client.ts";

interface Timing {
  engineMs: number;
  started: number;
}

export function engineTiming(es: Client): RequestHandler {
  const current = new AsyncLocalStorage<Timing>();
  // The client reports each request's duration; async context ties it to the HTTP request in flight.
  es.diagnostic.on("response", (_error, result) => {
    const timing = current.getStore();
    if (timing && result?.meta.duration !== undefined) timing.engineMs += result.meta.duration;
  });
  return (_req, res, next) => {
    const timing: Timing = { engineMs: 0, started: performance.now() };
    const raw = res as ServerResponse;
    const writeHead = raw.writeHead;
    // Headers go out with the first write; the figures are final by then.
    raw.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
      if (!this.headersSent) {
        const app = performance.now() - timing.started;
        this.setHeader(
          "server-timing",
          `engine;dur=${timing.engineMs.toFixed(1)}, app;dur=${app.toFixed(1)}`,
        );
      }
      return writeHead.apply(this, args);
    } as ServerResponse["writeHead"];
    current.run(timing, next);
  };
}
