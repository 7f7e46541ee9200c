/**
 * One window's end of the contract, whatever carries it (MessagePort or WebSocket): validates
 * each call against the zod schemas in contract/methods.ts, hands it to the handler table, and
 * batches the values this window subscribed to.
 */
import {
  methodArgs,
  requestMessage,
  type CoreToWindowMessage,
  type EventPayloads,
  type MethodArgs,
  type MethodName,
  type MethodResults,
  type TagId,
  type TagValue,
  type TopicName,
  type WindowRole,
} from "../../../contract/api";
import { WindowBatcher } from "../values/window-batcher";
import { CoreError } from "./core-error";

export interface ContractHandlers {
  call<M extends MethodName>(link: WindowLink, method: M, args: MethodArgs<M>): Promise<MethodResults[M]>;
  closed(link: WindowLink): void;
}

/** Pushes an event to every open window (this one included); answers how many were told. */
export type EveryWindow = <T extends TopicName>(topic: T, payload: EventPayloads[T]) => number;

let nextLinkId = 1;

export class WindowLink {
  readonly id = nextLinkId++;
  readonly watched = new Set<TagId>();
  readonly batcher: WindowBatcher;
  private open = true;

  constructor(
    private readonly transmit: (message: CoreToWindowMessage) => void,
    private readonly handlers: ContractHandlers,
    /** Given by whoever opened the window (Electron main, or the host from the page's address). */
    readonly role: WindowRole = "operator",
    /** The hub's broadcast, for calls that speak to the other windows ("show on map"); alone, only this window. */
    readonly everyWindow: EveryWindow = (topic, payload) => {
      this.emit(topic, payload);
      return 1;
    },
  ) {
    this.batcher = new WindowBatcher((values: TagValue[]) => this.emit("values", values));
  }

  emit<T extends TopicName>(topic: T, payload: EventPayloads[T]): void {
    if (this.open) this.transmit({ kind: "event", topic, payload });
  }

  /** Entry point for every raw message from the window. */
  async handle(raw: unknown): Promise<void> {
    const parsed = requestMessage.safeParse(raw);
    if (!parsed.success) return; // not a call: nothing to answer, nothing to trust
    const { id, method, args } = parsed.data;
    try {
      if (!Object.hasOwn(methodArgs, method)) throw new CoreError("bad-request", `Unknown method "${method}"`);
      const name = method as MethodName;
      const checked = methodArgs[name].safeParse(args);
      if (!checked.success) {
        const detail = checked.error.issues.map((i) => `${i.path.join(".") || "(args)"}: ${i.message}`).join("; ");
        throw new CoreError("bad-request", `Invalid arguments for ${method}: ${detail}`);
      }
      // The schema of `name` produced `checked.data`, so it is MethodArgs<typeof name>; TypeScript
      // cannot correlate a runtime key with its schema's output, hence this one cast.
      const result = await this.handlers.call(this, name, checked.data as MethodArgs<typeof name>);
      if (this.open) this.transmit({ kind: "result", id, result });
    } catch (err) {
      const code = err instanceof CoreError ? err.code : "internal";
      const message = err instanceof Error ? err.message : String(err);
      if (this.open) this.transmit({ kind: "error", id, error: { code, message } });
    }
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.batcher.dispose();
    this.handlers.closed(this);
  }
}
