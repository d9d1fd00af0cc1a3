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
