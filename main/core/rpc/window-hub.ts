/**
 * Every open window's link, and the one way the core pushes an event to all of them.
 */
import type { CoreToWindowMessage, EventPayloads, TopicName, WindowRole } from "../../../contract/api";
import { WindowLink, type ContractHandlers } from "./window-link";

export class WindowHub {
  private readonly links = new Set<WindowLink>();

  constructor(private readonly handlers: ContractHandlers) {}

  connect(transmit: (message: CoreToWindowMessage) => void, role: WindowRole = "operator"): WindowLink {
    const link = new WindowLink(
      transmit,
      {
      call: (l, method, args) => this.handlers.call(l, method, args),
      closed: (l) => {
        this.links.delete(l);
        this.handlers.closed(l);
      },
      },
      role,
      (topic, payload) => {
        this.broadcast(topic, payload);
        return this.links.size;
      },
    );
    this.links.add(link);
    return link;
  }

  broadcast<T extends TopicName>(topic: T, payload: EventPayloads[T]): void {
    for (const link of this.links) link.emit(topic, payload);
  }

  closeAll(): void {
    for (const link of [...this.links]) link.close();
  }
}
