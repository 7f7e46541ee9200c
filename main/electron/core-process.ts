/**
 * Entry of the Electron utilityProcess that runs the core. Plain Node otherwise: each window's
 * MessagePort arrives from the main process and becomes one WindowLink.
 */
import { bootCore } from "../core/boot";

interface ParentPort {
  on(event: "message", listener: (event: { data: unknown; ports: MessagePortLike[] }) => void): void;
}
interface MessagePortLike {
  on(event: "message", listener: (event: { data: unknown }) => void): void;
  on(event: "close", listener: () => void): void;
  postMessage(message: unknown): void;
  start(): void;
}

const parentPort = (process as unknown as { parentPort: ParentPort }).parentPort;

async function main(): Promise<void> {
  const core = await bootCore({
    siteFile: process.env.CCR_SITE_FILE,
    dataDir: process.env.CCR_DATA_DIR,
    nativeBinding: process.env.CCR_NATIVE_BINDING || undefined,
  });
  parentPort.on("message", (event) => {
    const port = event.ports[0];
    if (!port) return;
    const link = core.service.connectWindow((message) => port.postMessage(message));
    port.on("message", (e) => void link.handle(e.data));
    port.on("close", () => link.close());
    port.start();
  });
  process.on("SIGTERM", () => void core.stop().then(() => process.exit(0)));
}

main().catch((err) => {
  console.error(`The control-room core could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
