/**
 * Everything the main process sends the core's utility process, sorted: windows' ports (kept
 * until the core can serve them), the kept station passwords it needs before it boots, and the
 * answers to its requests to keep one. Plain code, so it runs under Node without Electron.
 */
import { windowRoleOf, type WindowRole } from "../../contract/api";
import { parseMainMessage, type MainToCoreMessage } from "./core-messages";

type KeptPasswordsMessage = Extract<MainToCoreMessage, { type: "kept-passwords" }>;

export class CoreInbox<Port> {
  private readonly waitingPorts: { port: Port; role: WindowRole }[] = [];
  private serve: ((port: Port, role: WindowRole) => void) | null = null;
  private gotKept: ((message: KeptPasswordsMessage) => void) | null = null;
  private readonly kept: Promise<KeptPasswordsMessage>;
  /** Set by the keeper: the main process answered a request to keep a password. */
  onAnswer: (requestId: number, error: string | null) => void = () => undefined;

  constructor() {
    this.kept = new Promise((resolve) => (this.gotKept = resolve));
  }

  receive(data: unknown, ports: readonly Port[]): void {
    const port = ports[0];
    if (port) {
      const role = windowRoleOf((data as { role?: string } | null)?.role);
      if (this.serve) this.serve(port, role);
      else this.waitingPorts.push({ port, role });
      return;
    }
    const message = parseMainMessage(data);
    if (message?.type === "kept-passwords") {
      // Only the first counts: a second would change passwords under a running core.
      this.gotKept?.(message);
      this.gotKept = null;
    } else if (message?.type === "password-kept") {
      this.onAnswer(message.requestId, message.error);
    }
  }

  /** The passwords the main process keeps; it sends them right after starting the process. */
  keptPasswords(): Promise<KeptPasswordsMessage> {
    return this.kept;
  }

  /** From now on each window's port is served at once; those that came while booting first. */
  serveWindows(serve: (port: Port, role: WindowRole) => void): void {
    this.serve = serve;
    for (const { port, role } of this.waitingPorts.splice(0)) serve(port, role);
  }
}
