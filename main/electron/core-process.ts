/**
 * Entry of the Electron utilityProcess that runs the core. Plain Node otherwise: each window's
 * MessagePort arrives from the main process and becomes one WindowLink; the station passwords
 * the main process keeps with safeStorage arrive first, and new ones are kept through it. The main process
 * supervises this process: "ready" once windows can be served, "fatal" with the reason
 * before an exit it did not ask for, so a person can be told why when restarts give up.
 */
import { bootCore } from "../core/boot";
import { ShellKeeper } from "../core/credentials/shell-keeper";
import { logUncaught, type ProcessLike } from "../core/log/logger";
import { CoreInbox } from "./core-inbox";
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

const describe = (what: string, err: unknown) => `${what}: ${err instanceof Error ? err.message : String(err)}`;

/** Tells the main process why, then exits a moment later so the message can leave first. */
function reportAndExit(message: string): void {
  parentPort.postMessage({ type: "fatal", message });
  setTimeout(() => process.exit(1), 100).unref();
}

// Until the core's log exists, a failure goes to stderr (the main process's console).
const beforeLog = (err: unknown) => {
  console.error(err);
  reportAndExit(describe("The control-room core failed", err));
};
process.on("uncaughtException", beforeLog);

async function main(): Promise<void> {
  const inbox = new CoreInbox<MessagePortLike>();
  parentPort.on("message", (event) => inbox.receive(event.data, event.ports));
  const kept = await inbox.keptPasswords();
  const passwords = new ShellKeeper(kept.passwords, kept.refusal, (request) => parentPort.postMessage({ type: "keep-password", ...request }));
  inbox.onAnswer = (requestId, error) => passwords.answered(requestId, error);
  const core = await bootCore({
    siteFile: process.env.CCR_SITE_FILE,
    dataDir: process.env.CCR_DATA_DIR,
    nativeBinding: process.env.CCR_NATIVE_BINDING || undefined,
    passwords,
  });
  process.off("uncaughtException", beforeLog);
  // The core's policy: an uncaught exception is logged and ends the process (we restart it);
  // an unhandled rejection is logged and the core keeps running.
  // Its exit is ours to make, after the fatal message has left.
  const proc: ProcessLike = { on: process.on.bind(process), removeListener: process.removeListener.bind(process), exit: () => undefined };
  logUncaught(core.log, proc, (err) => reportAndExit(describe("The control-room core failed", err)));
  process.on("unhandledRejection", (reason) => core.service.reportInternalError(reason));
  // Ports sent while booting waited in the inbox.
  inbox.serveWindows((port, role) => {
    const link = core.service.connectWindow((message) => port.postMessage(message), role);
    port.on("message", (e) => void link.handle(e.data));
    port.on("close", () => link.close());
    port.start();
  });
  process.on("SIGTERM", () => void core.stop().then(() => process.exit(0)));
  parentPort.postMessage({ type: "ready" });
}

main().catch((err: unknown) => {
  console.error(err);
  reportAndExit(describe("The control-room core could not start", err));
});
