/**
 * Host mode: the same contract over a WebSocket to main/host on loopback. The token the host
 * printed in the page URL authorises the socket. If the socket drops, every endpoint is shown
 * as disconnected (values go stale) and the page reloads once the host answers again, so the
 * window comes back with fresh state rather than a half-restored one.
 *
 * A browser cannot see why a WebSocket handshake failed, so when the socket fails to open or
 * drops, the page asks the host's `/api/check` whether its token is still accepted. A host that
 * is down is retried; a refused token (the host restarted with a new one) is final: the start
 * fails, or later every call fails, with a ContractError whose code is TOKEN_REFUSED, and
 * onTokenRefused handlers hear of it, so the window can say so instead of staying silently stale.
 */
import { windowRoleOf, type ControlRoomApi, type CoreToWindowMessage } from "../../contract/api";
import { ContractError, createApiClient } from "../../contract/client";

/** The code of the ContractError for a page whose token the host refuses. */
export const TOKEN_REFUSED = "token-refused";

const RETRY_MS = 2000;
const LOST = "Lost the link to the control-room host; showing last known values and retrying";
const REFUSED =
  "The control-room host refused this page's token (it was restarted with a new one). Open the address it printed when it started.";
const UNREACHABLE = "Cannot reach the control-room host (is `npm run serve` running, and is the token in the URL right?)";

type HostAnswer = "accepted" | "refused" | "unreachable";

const pageToken = (location: Location) => new URLSearchParams(location.search).get("token") ?? "";

function socketUrl(location: Location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  // The window's role goes with it: the core refuses actions from every window but the operator's.
  const named = windowRoleOf(new URLSearchParams(location.search).get("role"));
  const role = named === "operator" ? "" : `&role=${named}`;
  return `${scheme}//${location.host}/api?token=${encodeURIComponent(pageToken(location))}${role}`;
}

/** 204: the token is good; 403: refused; anything else, or no answer: the host is not (yet) there. */
async function askHost(location: Location): Promise<HostAnswer> {
  try {
    const res = await fetch(`/api/check?token=${encodeURIComponent(pageToken(location))}`, { cache: "no-store" });
    return res.status === 204 ? "accepted" : res.status === 403 ? "refused" : "unreachable";
  } catch {
    return "unreachable";
  }
}

let refusal: ContractError | null = null;
const refusedHandlers = new Set<(error: ContractError) => void>();

/** Hears once that the host refused this page's token; told at once if that already happened. */
export function onTokenRefused(handler: (error: ContractError) => void): () => void {
  if (refusal) handler(refusal);
  refusedHandlers.add(handler);
  return () => refusedHandlers.delete(handler);
}

function tokenRefused(): ContractError {
  if (!refusal) {
    refusal = new ContractError(TOKEN_REFUSED, REFUSED);
    for (const handler of refusedHandlers) handler(refusal);
  }
  return refusal;
}

/** After the link dropped: reload when the host accepts us again, stop for good if it refuses. */
function watchHost(location: Location, onRefused: (error: ContractError) => void): void {
  void askHost(location).then((answer) => {
    if (answer === "accepted") location.reload();
    else if (answer === "refused") onRefused(tokenRefused());
    else setTimeout(() => watchHost(location, onRefused), RETRY_MS);
  });
}

export function connectHost(location: Location): Promise<ControlRoomApi> {
  const socket = new WebSocket(socketUrl(location));
  return new Promise((resolve, reject) => {
    let opened = false;
    socket.addEventListener("open", () => {
      opened = true;
      resolve(linkOver(socket, location));
    });
    // 'error' is always followed by 'close'; only a socket that never opened rejects the start.
    socket.addEventListener("close", () => {
      if (opened) return;
      void askHost(location).then((answer) => reject(answer === "refused" ? tokenRefused() : new Error(UNREACHABLE)));
    });
  });
}

function linkOver(socket: WebSocket, location: Location): ControlRoomApi {
  // Once the socket is gone a call cannot be sent; it fails at once instead of waiting forever.
  let linkError: ContractError | null = null;
  const closedHandlers: ((reason: string) => void)[] = [];
  socket.addEventListener("close", () => {
    linkError = new ContractError("transport-closed", LOST);
    for (const handler of closedHandlers) handler(LOST);
    setTimeout(
      () =>
        watchHost(location, (error) => {
          linkError = error;
          // Endpoints' "disconnected" now carries why, even where nothing listens for the refusal.
          for (const handler of closedHandlers) handler(error.message);
        }),
      RETRY_MS,
    );
  });
  return createApiClient({
    send: (message) => {
      if (linkError) throw linkError;
      socket.send(JSON.stringify(message));
    },
    receive: (handler) =>
      socket.addEventListener("message", (event) => {
        let message: CoreToWindowMessage;
        try {
          message = JSON.parse(String(event.data)) as CoreToWindowMessage;
        } catch {
          console.warn("Ignored a message from the control-room host that is not JSON");
          return;
        }
        handler(message);
      }),
    closed: (handler) => closedHandlers.push(handler),
  });
}
