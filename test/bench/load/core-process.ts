/**
 * The core alone in its process (ControlRoomService, as host mode runs it, without the HTTP
 * side) on the bench server: discovery, monitored items, tag cache, historian feed, last values.
 * Ready once connected and the first value of most tags arrived. Options in argv[2]:
 * { url, dataDir, publishingIntervalMs }; answers { id, cmd: "window", ms } with WindowFigures.
 */
import fs from "node:fs";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import type { CoreLog } from "../../../main/core/log/core-log";
import { benchSite } from "./bench-site";
import { measureWindow } from "./window-figures";

const opts = JSON.parse(process.argv[2] ?? "{}") as { url: string; dataDir: string; publishingIntervalMs?: number };
fs.mkdirSync(opts.dataDir, { recursive: true });
const quiet: CoreLog = { info: () => {}, warn: () => {}, error: (fields, message) => console.error(message, fields) };
const service = await ControlRoomService.start({
  site: benchSite({ url: opts.url, publishingIntervalMs: opts.publishingIntervalMs }),
  dataDir: opts.dataDir,
  log: quiet,
});
const tags = () => service.listAssets().reduce((n, a) => n + a.tags.length, 0);
while (!(await service.whenConnected(1000)) || service.valueNotifications() < tags() * 0.9) await new Promise((r) => setTimeout(r, 200));
process.send!({ ready: { tags: tags() } });

process.on("message", (r: { id: number; cmd: string; ms?: number; count?: number }) => {
  const run = async () => {
    if (r.cmd === "window") return measureWindow(r.ms!, () => service.valueNotifications());
    if (r.cmd === "tagIds") return service.listAssets().flatMap((a) => a.tags.map((t) => t.id)).slice(0, r.count);
    if (r.cmd === "stop") {
      await service.stop();
      setImmediate(() => process.exit(0));
      return null;
    }
    throw new Error(`unknown command "${r.cmd}"`);
  };
  run().then(
    (result) => process.send!({ id: r.id, result }),
    (e: unknown) => process.send!({ id: r.id, error: String(e) }),
  );
});
process.on("disconnect", () => process.exit(0));
