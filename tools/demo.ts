/**
 * `npm start`: the product on its default setup. Starts (or reuses) Elasticsearch through the local
 * manager, then the service, and prints where things are. Ctrl-C stops the service; the node keeps
 * running for the next start (`npm run es:stop` stops it).
 */
import { startService } from "../src/main.ts";
import { EsManagerError, optionsFromEnv, start } from "./es/manager.ts";

try {
  const node = await start(optionsFromEnv());
  const env = { ...process.env, ES_URL: node.url };
  const { server, close } = await startService(env);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 8080;
  console.log(`\nLeian is running: http://127.0.0.1:${port}/healthz  (Elasticsearch: ${node.url})\n`);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void close()
        .then(() => node.stop?.())
        .then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof EsManagerError ? `es: ${error.message}` : error);
  process.exit(1);
}
