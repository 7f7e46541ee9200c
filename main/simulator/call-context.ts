/**
 * Issue #6's cause, in node-opcua 2.182.2: a session has ONE SessionContext, and
 * UAMethodImpl.execute writes the object a method is called on into it (`context.object =
 * object`), then awaits the address space's method-call interceptors, then runs the method, which
 * reads `context.object` again. With two Call requests of one session in flight, the second
 * overwrites `object` while the first awaits its interceptors, so the first Acknowledge runs on the
 * second's condition, finds no branch with its EventId there and answers BadEventIdUnknown (8 in
 * flight: 142 of 163 refused). A server without interceptors never awaits in between and is not hit;
 * ours has two (role checks, the ClientUserId stamp).
 *
 * Each Call request here gets a context of its own, a child of the session's so everything else
 * (session, server, user) reads through. The methods of one request run one after another, so
 * they may share it.
 */
import type { ServerEngine } from "node-opcua";

export function giveEachCallItsOwnContext(engine: ServerEngine): void {
  const call = engine.call.bind(engine);
  engine.call = (context, methodsToCall) => call(Object.create(context) as typeof context, methodsToCall);
}
