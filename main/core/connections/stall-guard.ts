/**
 * The stall watchdog put on one node-opcua client and session: everything the server sends
 * counts as a sign of life, and while node-opcua itself is repairing a lost connection the
 * watch pauses (no answers are due on a channel that is being rebuilt).
 */
import type { ClientSession, OPCUAClient } from "node-opcua";
import { bounded } from "./bounded-wait";
import { promisedKeepAliveMs } from "./keep-alive";
import { StallWatchdog, type Stall } from "./stall-watchdog";

/** Starts watching; the returned function ends the watch. */
export function guardAgainstStall(client: OPCUAClient, session: ClientSession, onStall: (stall: Stall) => void): () => void {
  const dog = new StallWatchdog({ keepAliveMs: () => promisedKeepAliveMs(session), onStall });
  // Per received chunk, not per response: a large answer still arriving is not a stall.
  const heard = () => dog.heard();
  const pause = () => dog.stop();
  const resume = () => dog.start();
  client.on("receive_chunk", heard);
  client.on("connection_lost", pause);
  client.on("connection_reestablished", resume);
  dog.start();
  return () => {
    dog.stop();
    client.off("receive_chunk", heard);
    client.off("connection_lost", pause);
    client.off("connection_reestablished", resume);
  };
}

/**
 * Drops a client whose link stalled, at once. Closing its session politely would wait for an
 * answer on the stalled link: the session is left to the server, which ends it by its timeout.
 * Closing the channel cancels the requests still waiting (an acknowledge in flight fails now
 * and goes back to the outbox, rather than after node-opcua's 15 s transaction timeout).
 */
export async function dropStalledClient(client: OPCUAClient): Promise<void> {
  (client as { keepPendingSessionsOnDisconnect: boolean }).keepPendingSessionsOnDisconnect = true;
  await bounded(client.disconnect());
}
