/**
 * `npm run es:start | es:stop | es:status` — see manager.ts. Failures print one actionable line
 * and exit 1.
 */
import { EsManagerError, optionsFromEnv, start, status, stop } from "./manager.ts";

async function main(command: string | undefined): Promise<void> {
  const opts = optionsFromEnv();
  switch (command) {
    case "start": {
      const node = await start(opts);
      if (node.origin === "testcontainers") {
        // A container lives as long as this process: keep it in the foreground.
        console.log(`Elasticsearch (testcontainers) at ${node.url} — Ctrl-C stops it`);
        await new Promise<void>((resolve) => process.once("SIGINT", resolve));
        await node.stop?.();
        return;
      }
      console.log(
        `Elasticsearch ${node.origin} at ${node.url}${node.pid ? ` (pid ${node.pid})` : ""}${node.logFile ? `, log: ${node.logFile}` : ""}`,
      );
      return;
    }
    case "stop": {
      const stopped = await stop(opts);
      console.log(stopped ? "Elasticsearch stopped" : "No Elasticsearch started by this project is running");
      return;
    }
    case "status": {
      const s = await status(opts);
      console.log(JSON.stringify(s));
      return;
    }
    default:
      console.error("usage: node tools/es/cli.ts start|stop|status");
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof EsManagerError ? `es: ${error.message}` : `es: ${String(error)}`);
  process.exitCode = 1;
});
