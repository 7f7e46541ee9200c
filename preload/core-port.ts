/**
 * The preload's MessagePipe over the MessagePort the main process hands each window. Calls made
 * before the port arrives wait in a queue. When the core is lost (the main process says so, or
 * the port itself reports closing) the pipe fails pending calls through the client's `closed`
 * handler, refuses new ones, and the window shows every endpoint disconnected until the main
 * process reloads it against a new core. No 'electron' import, so Node tests drive it.
 */
import type { CoreToWindowMessage, RequestMessage } from "../contract/api";
import { ContractError, type MessagePipe } from "../contract/client";

export interface CorePortSource {
  /** Asks the main process for a port to the core. */
  requestPort(): void;
  /** The port, once the main process sends it. */
  onPort(handler: (port: MessagePort) => void): void;
  /** The main process saw the core's process end. */
  onCoreLost(handler: (reason: string) => void): void;
}

export const PORT_CLOSED_REASON = "The link to the control-room core closed";

export function corePortPipe(source: CorePortSource): MessagePipe {
  let port: MessagePort | null = null;
  let lostReason: string | null = null;
  const queue: RequestMessage[] = [];
  let receiver: ((message: CoreToWindowMessage) => void) | null = null;
  let closedHandler: ((reason: string) => void) | null = null;

  const lose = (reason: string) => {
    if (lostReason !== null) return;
    lostReason = reason;
    queue.length = 0;
    port?.close();
    port = null;
    closedHandler?.(reason);
  };

  source.onPort((p) => {
    // A window is reloaded against a new core; a port arriving after the loss is stale.
    if (lostReason !== null || port) {
      p.close();
      return;
    }
    port = p;
    port.onmessage = (e: MessageEvent) => receiver?.(e.data as CoreToWindowMessage);
    // Chromium fires "close" on a MessagePort whose other end went away (where supported).
    port.addEventListener("close", () => lose(PORT_CLOSED_REASON));
    for (const message of queue.splice(0)) port.postMessage(message);
  });
  source.onCoreLost((reason) => lose(reason));
  source.requestPort();

  return {
    send(message) {
      if (lostReason !== null) throw new ContractError("transport-closed", lostReason);
      if (port) port.postMessage(message);
      else queue.push(message);
    },
    receive(handler) {
      receiver = handler;
    },
    closed(handler) {
      closedHandler = handler;
    },
  };
}
