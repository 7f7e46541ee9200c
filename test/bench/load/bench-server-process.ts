/**
 * The bench server in a process of its own, so the client under test shares nothing with it but
 * the machine. Started by bench-server-handle.ts with its options as JSON in argv[2]; answers
 * requests over the IPC channel: { id, cmd, ...args } → { id, result } or { id, error }.
 */
import { startBenchServer, type BenchServer } from "./bench-server";

type Request = { id: number; cmd: string; hz?: number; asset?: number; text?: string; count?: number; withinMs?: number; perSecond?: number };

const server: BenchServer = await startBenchServer(JSON.parse(process.argv[2] ?? "{}"));
process.send!({ ready: { endpointUrl: server.endpointUrl, tags: server.tags } });

async function answer(r: Request): Promise<unknown> {
  switch (r.cmd) {
    case "startChanging":
      return server.startChanging(r.hz!);
    case "stopChanging":
      return server.stopChanging();
    case "takeRate":
      return server.takeRate();
    case "setMarker":
      return server.setMarker(r.asset!, r.text!);
    case "raiseAlarms":
      return server.raiseAlarms(r.count!, r.withinMs!);
    case "unacked":
      return server.unacked(r.count!);
    case "ackedCount":
      return server.ackedCount();
    case "startToggling":
      return server.startToggling(r.perSecond!);
    case "stopToggling":
      return server.stopToggling();
    case "cpu":
      return { cpuS: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, rssMB: process.memoryUsage().rss / 1e6 };
    case "stop":
      await server.stop();
      setImmediate(() => process.exit(0));
      return null;
    default:
      throw new Error(`unknown bench server command "${r.cmd}"`);
  }
}

process.on("message", (r: Request) => {
  answer(r).then(
    (result) => process.send!({ id: r.id, result }),
    (e: unknown) => process.send!({ id: r.id, error: String(e) }),
  );
});
process.on("disconnect", () => process.exit(0));
