/**
 * Sends stored actions. A row is claimed (pending -> sending) in the store before it is sent,
 * so a replay after a reconnect and a fresh call racing on the same row never both send it.
 * The server's answer settles it: Good -> done; a code the registry entry calls a conflict
 * -> conflict (a person decides); any other refusal -> failed. Transport trouble puts it back
 * to pending for the next replay. A local action (the registry's `local: true`) needs no
 * session: it is claimed and applied at once, and settles done or failed.
 */
import { StatusCodes, type ClientSession } from "node-opcua";
import type { ActionResult, EndpointId } from "../../../contract/api";
import { toResult } from "./outbox-entry";
import type { OutboxRepository, OutboxRow } from "../store/outbox-repository";
import type { ActionRegistry } from "./registry";

export interface OutboxHooks {
  /** The live session for an endpoint, whose user is the person signed in; null when offline. */
  sessionFor(endpointId: EndpointId): ClientSession | null;
  /** A row changed state: every window hears of it. */
  changed(row: OutboxRow): void;
  /**
   * Whether a stored row may be sent now: only as the person who asked (the session runs as
   * whoever is signed in), so another person's offline actions wait for them.
   */
  mayReplay(row: OutboxRow): boolean;
}

export class OutboxExecutor {
  constructor(
    private readonly repo: OutboxRepository,
    private readonly registry: ActionRegistry,
    private readonly hooks: OutboxHooks,
  ) {}

  /** Sends one row if its endpoint is connected; otherwise it stays pending. */
  async execute(id: number): Promise<ActionResult> {
    const current = await this.repo.get(id);
    if (!current) throw new Error(`Outbox row ${id} vanished`);
    const definition = this.registry.get(current.kind);
    const local = definition?.local === true;
    // A command (not replayable) is never left pending: without a session it is claimed and settled failed.
    const neverQueued = !!definition && !local && !definition.replayable;
    if (current.status !== "pending" || (!local && !neverQueued && !this.hooks.sessionFor(current.endpointId))) return toResult(current);
    const row = await this.repo.claim(id);
    if (!row) return toResult((await this.repo.get(id)) ?? current); // someone else is sending it
    this.hooks.changed(row);
    const settled = await this.send(row);
    this.hooks.changed(settled);
    return toResult(settled);
  }

  private async send(row: OutboxRow): Promise<OutboxRow> {
    const where = `Endpoint "${row.endpointId}"`;
    const definition = this.registry.get(row.kind);
    const parsed = definition?.payload.safeParse(safeJson(row.payload));
    if (!definition || !parsed?.success) {
      return this.repo.settle(row.id, "failed", { serverStatus: null, error: `${where}: the stored ${row.kind} could not be read back` });
    }
    if (definition.local) {
      try {
        await definition.apply(parsed.data);
      } catch (err) {
        return this.repo.settle(row.id, "failed", { serverStatus: null, error: `The ${row.kind} of "${row.targetLabel}" failed: ${(err as Error).message}` });
      }
      return this.repo.settle(row.id, "done", { serverStatus: null, error: null });
    }
    const session = this.hooks.sessionFor(row.endpointId);
    const neverQueued = !definition.replayable;
    if (!session) {
      const why = `${where} went offline before the ${row.kind} was sent`;
      if (neverQueued) return this.repo.settle(row.id, "failed", { serverStatus: null, error: `${why}; a command is never queued: it was not sent` });
      return this.repo.release(row.id, why);
    }
    let status;
    try {
      status = await definition.send(session, parsed.data);
    } catch (err) {
      // Sent or not, a command is not tried again behind the person's back: they see the doubt.
      if (neverQueued) return this.repo.settle(row.id, "failed", { serverStatus: null, error: `${where}: ${(err as Error).message}; the ${row.kind} may not have reached the server` });
      return this.repo.release(row.id, `${where}: ${(err as Error).message}`);
    }
    if (status === StatusCodes.Good) return this.repo.settle(row.id, "done", { serverStatus: status.name, error: null });
    const conflict = definition.conflicts.includes(status);
    return this.repo.settle(row.id, conflict ? "conflict" : "failed", {
      serverStatus: status.name,
      error: `${where} refused ${row.kind} of "${row.targetLabel}": ${status.name}`,
    });
  }

  /** Every pending row of an endpoint, in the order they were asked. */
  async replay(endpointId: EndpointId): Promise<void> {
    for (const row of await this.repo.pending(endpointId)) {
      if (!this.hooks.sessionFor(endpointId)) return;
      // A local decision left pending (the core stopped in between) is not replayed behind the
      // person's back: it waits for them to retry or discard it.
      if (this.registry.get(row.kind)?.local) continue;
      // Nor is a command (one would only be here from an older build): it waits for a person too.
      if (this.registry.get(row.kind)?.replayable === false) continue;
      if (this.hooks.mayReplay(row)) await this.execute(row.id);
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
