/**
 * Entry of the Electron utilityProcess that runs the core. Plain Node otherwise: each window's
 * MessagePort arrives from the main process and becomes one WindowLink. The main process
 * supervises this process: "ready" once windows can be served, "fatal" with the reason
 * before any exit it did not ask for, so a person can be told why.
 */
import { bootCore } from "../core/boot";
import type { CoreToMainMessage } from "./core-messages";

interface ParentPort {
  on(event: "message", listener: (event: { data: unknown; ports: MessagePortLike[] }) => void): void;
  postMessage(message: CoreToMainMessage): void;
}
interface MessagePortLike {
  on(event: "message", listener: (event: { data: unknown }) => void): void;
  on(event: "close", listener: () => void): void;
  postMessage(message: unknown): void;
  start(): void;
}

const parentPort = (process as unknown as { parentPort: ParentPort }).parentPort;

function die(what: string, err: unknown): void {
  const message = `${what}: ${err instanceof Error ? err.message : String(err)}`;
  console.error(err instanceof Error && err.stack ? `${what}: ${err.stack}` : message);
  parentPort.postMessage({ type: "fatal", message });
  // Give the message a moment to leave before the process does.
  setTimeout(() => process.exit(1), 100);
}

process.on("uncaughtException", (err) => die("The control-room core failed", err));
process.on("unhandledRejection", (err) => die("The control-room core failed", err));

async function main(): Promise<void> {
  const core = await bootCore({
    siteFile: process.env.CCR_SITE_FILE,
    dataDir: process.env.CCR_DATA_DIR,
    nativeBinding: process.env.CCR_NATIVE_BINDING || undefined,
  });
  // Ports sent while booting wait in the parentPort until this listener starts it.
  parentPort.on("message", (event) => {
    const port = event.ports[0];
    if (!port) return;
    const link = core.service.connectWindow((message) => port.postMessage(message));
    port.on("message", (e) => void link.handle(e.data));
    port.on("close", () => link.close());
    port.start();
  });
  process.on("SIGTERM", () => void core.stop().then(() => process.exit(0)));
  parentPort.postMessage({ type: "ready" });
}

main().catch((err) => die("The control-room core could not start", err));
