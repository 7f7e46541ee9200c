/**
 * Turns a message pipe into the ControlRoomApi. Used by the Electron preload (over a
 * MessagePort) and by the renderer's host-mode bridge (over a WebSocket), so both transports
 * behave the same way to the renderer. No Node, Electron or DOM-specific imports here.
 */
import {
  TOPICS,
  methodArgs,
  type ControlRoomApi,
  type CoreToWindowMessage,
  type EventPayloads,
  type MethodName,
  type RequestMessage,
  type TopicName,
} from "./api";

export interface MessagePipe {
  send(message: RequestMessage): void;
  /** Registers the single receiver for everything the core sends. */
  receive(handler: (message: CoreToWindowMessage) => void): void;
}

export class ContractError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ContractError";
  }
}

export function createApiClient(pipe: MessagePipe): ControlRoomApi {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<TopicName, Set<(payload: unknown) => void>>(TOPICS.map((t) => [t, new Set()]));

  pipe.receive((message) => {
    if (message.kind === "event") {
      for (const handler of listeners.get(message.topic) ?? []) handler(message.payload);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.kind === "result") call.resolve(message.result);
    else call.reject(new ContractError(message.error.code, message.error.message));
  });

  const api: Record<string, unknown> = {
    on<T extends TopicName>(topic: T, handler: (payload: EventPayloads[T]) => void): () => void {
      const set = listeners.get(topic);
      if (!set) throw new ContractError("bad-topic", `Unknown event topic "${String(topic)}"`);
      const h = handler as (payload: unknown) => void;
      set.add(h);
      return () => set.delete(h);
    },
  };
  for (const method of Object.keys(methodArgs) as MethodName[]) {
    api[method] = (args: unknown) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        pipe.send({ kind: "call", id, method, args: args ?? {} });
      });
  }
  return api as ControlRoomApi;
}
