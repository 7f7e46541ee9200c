/**
 * Field notes: written by the signed-in person on an asset or an alarm, kept in the store first
 * (online or offline, never lost, shown at once); a note on an alarm is then asked of the action
 * service as a condition comment, so it goes through the same outbox as every action: sent now
 * when the server is there, replayed in order under the person's identity when it is back.
 */
import type { AlarmId, AssetId, FieldNote, MaintenanceHistoryPage, MethodArgs, NotePhoto } from "../../../contract/api";
import type { ActionService } from "../actions/action-service";
import type { AlarmHistoryService } from "../alarms/alarm-history";
import { CoreError } from "../rpc/core-error";
import type { SiteConfig } from "../sites/site-config";
import type { NotesRepository } from "../store/notes-repository";
import type { Person } from "../store/outbox-repository";
import { mergeMaintenancePage } from "./maintenance-history";
import { checkNotePhoto } from "./note-photo";

export interface NotesDeps {
  permissions: SiteConfig["permissions"];
  repo: NotesRepository;
  actions: Pick<ActionService, "request">;
  alarms: { get(id: AlarmId): { sourceName: string; message: string; assetId?: AssetId | null } | undefined };
  assetName(id: AssetId): string | null;
  history: Pick<AlarmHistoryService, "search">;
}

/** The latest time the contract takes: "no upper bound" for the journal search. */
const END_OF_TIME = 8.64e15;

export class NotesService {
  constructor(private readonly deps: NotesDeps) {}

  async add(person: Person, args: MethodArgs<"addNote">): Promise<FieldNote> {
    // Writing a note is commenting: the same roles, so a crew member who may comment may note.
    if (!(this.deps.permissions.comment as readonly string[]).includes(person.role)) {
      throw new CoreError("forbidden", `${person.name} (${person.role}) may not write notes on this site`);
    }
    const photo = args.photo ? checkNotePhoto(args.photo) : null;
    const alarm = args.alarmId ? this.deps.alarms.get(args.alarmId) : undefined;
    const assetId = alarm?.assetId ?? args.assetId ?? null;
    const assetName = assetId ? this.deps.assetName(assetId) : null;
    if (args.alarmId && !alarm && !assetName) throw new CoreError("not-found", `No alarm "${args.alarmId}" is known to the workstation`);
    if (!args.alarmId && !assetName) throw new CoreError("not-found", `No asset "${args.assetId}" is known to the workstation`);
    const targetLabel = alarm ? `${alarm.sourceName}: ${alarm.message}` : (assetName ?? "");
    const note = await this.deps.repo.add({ assetId, alarmId: args.alarmId ?? null, targetLabel, text: args.text, user: person, photo });
    if (!args.alarmId) return note;
    try {
      const queued = await this.deps.actions.request("comment", { alarmId: args.alarmId, comment: args.text }, person);
      return await this.deps.repo.setDelivery(note.id, queued.outboxId, null);
    } catch (err) {
      // Kept all the same: the person is told why it will not reach the server.
      const reason = err instanceof Error ? err.message : String(err);
      return this.deps.repo.setDelivery(note.id, null, reason);
    }
  }

  async history({ assetId, before, limit }: MethodArgs<"maintenanceHistory">): Promise<MaintenanceHistoryPage> {
    const [notes, page] = await Promise.all([
      this.deps.repo.forAsset({ assetId, before, limit: limit + 1 }),
      this.deps.history.search({ from: 0, to: before === undefined ? END_OF_TIME : before - 1, assetId, limit: limit + 1 }),
    ]);
    return mergeMaintenancePage(notes, page.rows, limit, notes.length > limit || page.next !== null);
  }

  async photo(noteId: number): Promise<NotePhoto> {
    const photo = await this.deps.repo.photo(noteId);
    if (!photo) throw new CoreError("not-found", `Note #${noteId} has no photo`);
    return { type: photo.type, data: Buffer.from(photo.bytes).toString("base64") };
  }
}
