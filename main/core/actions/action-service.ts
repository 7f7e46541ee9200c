/**
 * Operator actions end to end: the registry entry authorizes the person, resolves the request
 * against the current state, the outbox stores it (with its audit row) before anything is
 * sent, and the executor sends it. Retry and discard are the two things a person can do with
 * an action the server refused.
 */
import type { ActionKind, ActionResult, OutboxEntry, OutboxStatus } from "../../../contract/api";
import { CoreError } from "../rpc/core-error";
import type { SiteConfig } from "../sites/site-config";
import { toEntry, toResult } from "./outbox-entry";
import type { OutboxExecutor } from "./outbox-executor";
import type { OutboxRepository, OutboxRow, Person } from "../store/outbox-repository";
import type { ActionArgs, ActionRegistry, AnyActionDefinition, RequestableKind } from "./registry";
import { retryDetail } from "../audit/worded-detail";

/** What a person may still have to act on. */
const OPEN_STATUSES: OutboxStatus[] = ["pending", "sending", "conflict", "failed"];

export class ActionService {
  /** Requests on one kind+target in flight, so two clicks arriving together still make one row. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly permissions: SiteConfig["permissions"],
    private readonly registry: ActionRegistry,
    private readonly repo: OutboxRepository,
    private readonly executor: OutboxExecutor,
    private readonly changed: (row: OutboxRow) => void,
  ) {}

  async request<K extends RequestableKind>(kind: K, args: ActionArgs[K], person: Person): Promise<ActionResult> {
    const definition = this.authorized(kind, person);
    const target = definition.prepare(args).target;
    const recorded = await this.oneAtATime(`${kind}\u0000${target}`, async () => {
      // Prepared again inside the turn: an earlier request may have changed what is known.
      const prepared = definition.prepare(args);
      // The same action on the same target already waiting: one row, never a second.
      const open = definition.oncePerTarget ? await this.repo.openFor(kind, prepared.target) : null;
      if (open) return { row: open, fresh: false };
      const row = await this.repo.record({ ...prepared, kind, user: person, detail: definition.audit(prepared) });
      this.changed(row);
      return { row, fresh: true };
    });
    return recorded.fresh ? this.executor.execute(recorded.row.id) : toResult(recorded.row);
  }

  /** Runs `work` after every earlier call with the same key has finished. */
  private async oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.inFlight.get(key) ?? Promise.resolve();
    const turn = before.catch(() => undefined).then(work);
    this.inFlight.set(key, turn);
    try {
      return await turn;
    } finally {
      if (this.inFlight.get(key) === turn) this.inFlight.delete(key);
    }
  }

  /** Prepares the action again on the target's current state and sends it. */
  async retry(outboxId: number, person: Person): Promise<ActionResult> {
    const row = await this.row(outboxId);
    if (row.status !== "conflict" && row.status !== "failed") {
      throw new CoreError("bad-request", `Action #${outboxId} is ${row.status}; only a conflicted or failed action can be retried`);
    }
    const definition = this.authorized(row.kind, person);
    const parsed = definition.payload.safeParse(JSON.parse(row.payload));
    if (!parsed.success) throw new CoreError("internal", `Action #${outboxId} cannot be read back; discard it`);
    const prepared = definition.prepare(definition.retryArgs(parsed.data));
    const open = definition.oncePerTarget ? await this.repo.openFor(row.kind, prepared.target) : null;
    if (open) throw new CoreError("bad-request", `Action #${open.id} on the same target is already waiting`);
    const updated = await this.repo.retry(outboxId, prepared.payload, person, retryDetail(outboxId, definition.audit(prepared)));
    this.changed(updated);
    return this.executor.execute(outboxId);
  }

  async discard(outboxId: number, reason: string, person: Person): Promise<OutboxEntry> {
    const row = await this.row(outboxId);
    this.authorized(row.kind, person);
    if (row.status === "sending" || row.status === "done" || row.status === "discarded") {
      throw new CoreError("bad-request", `Action #${outboxId} is ${row.status} and cannot be discarded`);
    }
    const updated = await this.repo.discard(outboxId, reason, person);
    this.changed(updated);
    return toEntry(updated);
  }

  async list(filter: { statuses?: OutboxStatus[]; limit: number }): Promise<OutboxEntry[]> {
    const rows = await this.repo.list({ statuses: filter.statuses ?? OPEN_STATUSES, limit: filter.limit });
    return rows.map(toEntry);
  }

  get(outboxId: number): Promise<OutboxRow | null> {
    return this.repo.get(outboxId);
  }

  private async row(outboxId: number): Promise<OutboxRow> {
    const row = await this.repo.get(outboxId);
    if (!row) throw new CoreError("not-found", `No action #${outboxId}`);
    return row;
  }

  /** The core's own check, whatever the window offered: a role without permission is refused. */
  private authorized(kind: ActionKind, person: Person): AnyActionDefinition {
    const definition = this.registry.get(kind);
    if (!definition) throw new CoreError("bad-request", `No action "${kind}" on this workstation`);
    const allowed = this.permissions[definition.permission] as readonly string[];
    if (!allowed.includes(person.role)) {
      throw new CoreError("forbidden", `${person.name} (${person.role}) may not ${kind} on this site`);
    }
    return definition;
  }
}
