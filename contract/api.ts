/**
 * The contract between the renderer and the control-room core. A newcomer reads this first.
 *
 * Everything a window may ask of the core is a method (methods.ts: arguments validated by zod
 * on the core side, whatever the transport), and everything the core pushes is an event topic
 * (events.ts). Ids are typed (ids.ts). Two transports carry it: Electron (MessagePort from the
 * core's utilityProcess, exposed by the preload as `window.controlRoom`) and host mode
 * (WebSocket on loopback); neither the renderer nor the core knows which one is in use.
 *
 * This folder stays free of Node, Electron and DOM imports: all three sides load it.
 */
import type { EventPayloads, TopicName } from "./events";
import type { MethodInput, MethodName, MethodResults } from "./methods";

export * from "./actions";
export * from "./audit";
export * from "./certificates";
export * from "./commands";
export * from "./credentials";
export * from "./domain";
export * from "./endpoint-status";
export * from "./events";
export * from "./handover";
export * from "./history";
export * from "./history-values";
export * from "./ids";
export * from "./methods";
export * from "./notes";
export * from "./overview";
export * from "./tiles";
export * from "./session";
export * from "./wire";

/** What the renderer sees as `window.controlRoom`. */
export type ControlRoomApi = {
  [M in MethodName]: (args: MethodInput<M>) => Promise<MethodResults[M]>;
} & {
  on<T extends TopicName>(topic: T, handler: (payload: EventPayloads[T]) => void): () => void;
};
