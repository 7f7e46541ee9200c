/**
 * One browser window's WebSocket joined to its link into the core. Whatever a client sends or
 * fails to read costs at most this one socket: a malformed frame, an over-long message, text
 * that is not JSON, or a client that stops reading while the core keeps sending closes or cuts
 * off this socket and is logged; the core, its simulator and every other window go on.
 */
import type { RawData, WebSocket } from "ws";
import type { CoreToWindowMessage, WindowRole } from "../../contract/api";
import type { HostLog } from "./host-log";

/** The part of the core a window socket needs (ControlRoomService.connectWindow). */
export interface WindowLinkSource {
  connectWindow(
    transmit: (message: CoreToWindowMessage) => void,
    role?: WindowRole,
  ): { handle(raw: unknown): Promise<void> | void; close(): void };
}

export interface SocketLimits {
  /** Bytes the core may have queued for a client that is not reading before it is cut off. */
  maxBufferedBytes: number;
}

/** RFC 6455 close codes used here (ws itself sends 1002, 1007 and 1009 for bad frames). */
const UNSUPPORTED_DATA = 1003;
const INVALID_PAYLOAD = 1007;

/** A client we close for what it sent gets this long to answer the close frame, not ws's 30 s. */
const CLOSE_GRACE_MS = 1000;

let nextSocketId = 1;

export function attachWindowSocket(
  ws: WebSocket,
  core: WindowLinkSource,
  limits: SocketLimits,
  log: HostLog,
  peer: string,
  role: WindowRole = "operator",
): void {
  const socket = nextSocketId++;
  const fields = (more: Record<string, unknown> = {}) => ({ socket, peer, ...more });
  let cutOff = false;
  const refuse = (code: number, reason: string, message: string) => {
    log.warn(fields({ code }), message);
    ws.close(code, reason);
    setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
  };

  // Without this listener a single bad frame is an uncaught 'error' that ends the process. By
  // the time it fires ws has already sent the close frame with the right code (1002 protocol
  // error, 1007 invalid UTF-8, 1009 too big) and stopped reading; we only record it.
  ws.on("error", (err: Error & { code?: string }) => {
    log.warn(fields({ code: err.code ?? "unknown", error: err.message }), "closed a window socket after a bad frame");
  });

  const link = core.connectWindow((message) => {
    if (cutOff || ws.readyState !== ws.OPEN) return;
    // Checked before sending, so one large legitimate reply (subscribeTags with 200k values is
    // tens of MB) does not trip it; a client that left that much unread since is not reading.
    if (ws.bufferedAmount > limits.maxBufferedBytes) {
      cutOff = true;
      log.warn(fields({ bufferedBytes: ws.bufferedAmount, limit: limits.maxBufferedBytes }), "cut off a window that stopped reading");
      ws.terminate();
      return;
    }
    let text: string;
    try {
      text = JSON.stringify(message);
    } catch (err) {
      // A core bug, not the client's: report it and keep the socket.
      log.warn(fields({ kind: message.kind, error: String(err) }), "could not encode a message for a window");
      return;
    }
    ws.send(text);
  }, role);

  ws.on("message", (data: RawData, isBinary: boolean) => {
    if (isBinary) {
      refuse(UNSUPPORTED_DATA, "text JSON only", "closed a window socket that sent binary data");
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(String(data));
    } catch {
      // Our renderer only sends JSON; a client that does not is closed, which also bounds the log.
      refuse(INVALID_PAYLOAD, "not JSON", "closed a window socket that sent text that is not JSON");
      return;
    }
    // handle() answers contract errors itself; anything that still escapes (sync or async) is a
    // core bug, logged here rather than becoming an uncaught exception or rejection.
    Promise.resolve()
      .then(() => link.handle(raw))
      .catch((err: unknown) => log.warn(fields({ error: err instanceof Error ? err.message : String(err) }), "a window message failed inside the core"));
  });

  ws.on("close", (code: number) => {
    try {
      link.close();
    } catch (err) {
      log.warn(fields({ error: err instanceof Error ? err.message : String(err) }), "closing a window link failed inside the core");
    }
    if (!cutOff) log.info(fields({ code }), "window socket closed");
  });
}
