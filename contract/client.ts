/**
 * Turns a message pipe into the ControlRoomApi. Used by the Electron preload (over a
 * MessagePort) and by the renderer's host-mode bridge (over a WebSocket), so both transports
 * behave the same way to the renderer. No Node, Electron or DOM-specific imports here.
 */
import {
  TOPICS,
  type EndpointStatus,
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
  /** Registers a handler for the loss of the pipe itself (host gone, core process died). */
  closed?(handler: (reason: string) => void): void;
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
  const pending = new Map<number, { method: MethodName; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<TopicName, Set<(payload: unknown) => void>>(TOPICS.map((t) => [t, new Set()]));

  // The last status of each endpoint, so that losing the core itself can be shown as every
  // endpoint going dark: the renderer then marks its values stale, as for any lost server.
  const lastStatus = new Map<string, EndpointStatus>();
  const emit = (topic: TopicName, payload: unknown) => {
    for (const handler of listeners.get(topic) ?? []) handler(payload);
  };

  pipe.closed?.((reason) => {
    for (const [id, call] of pending) {
      pending.delete(id);
      call.reject(new ContractError("transport-closed", reason));
    }
    for (const status of lastStatus.values()) {
      emit("connection", { ...status, state: "disconnected", error: reason, since: Date.now() });
    }
  });

  pipe.receive((message) => {
    if (message.kind === "event") {
      if (message.topic === "connection") {
        const status = message.payload as EndpointStatus;
        lastStatus.set(status.endpointId, status);
      }
      emit(message.topic, message.payload);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.kind === "result") {
      if (call.method === "getConnections") {
        for (const status of message.result as EndpointStatus[]) lastStatus.set(status.endpointId, status);
      }
      call.resolve(message.result);
    } else {
      call.reject(new ContractError(message.error.code, message.error.message));
    }
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
        pending.set(id, { method, resolve, reject });
        try {
          pipe.send({ kind: "call", id, method, args: args ?? {} });
        } catch (err) {
          // The pipe refused (core gone): nothing will ever answer this id.
          pending.delete(id);
          reject(err instanceof Error ? err : new ContractError("transport-closed", String(err)));
        }
      });
  }
  return api as ControlRoomApi;
}
