/**
 * Child process for crash-safety.test.ts: opens the real store (worker thread, WAL) on the file
 * in argv[2] and writes without end, several requests in flight at once: outbox actions (each
 * with its audit row), alarm journal batches, audit rows, field notes (with theirs). It prints one line per write the store
 * reported as done, and nothing before that, until the parent kills it with SIGKILL.
 */
import { assetId, endpointId } from "../../../contract/ids";
import { openStore } from "../../../main/core/store/store";
import { alarmState } from "../../unit/fixtures/alarm-state";

const file = process.argv[2];
const round = process.argv[3] ?? "r";
if (!file) throw new Error("usage: crash-writer.ts <store file> [round]");

const store = await openStore({ file });
const say = (line: string) => process.stdout.write(`${line}\n`);
say(`ready ${store.notices.length}`);

const IN_FLIGHT = 6;
let i = 0;
async function writeOne(n: number): Promise<void> {
  const key = `${round}-${n}`;
  switch (n % 4) {
    case 0: {
      const row = await store.outbox.record({
        endpointId: endpointId("nis-water"),
        kind: "acknowledge",
        target: `nis-water|crash-${key}`,
        targetLabel: `Pumpa ${key}`,
        comment: "",
        payload: { eventId: "00" },
        user: { name: "Ana", role: "supervisor" },
        detail: `Acknowledge "Pumpa ${key}"`,
      });
      say(`done outbox ${row.id} nis-water|crash-${key}`);
      return;
    }
    case 1:
      await store.journal.append([1, 2, 3].map((b) => ({ state: alarmState(`nis|crash-${key}-${b}`), eventId: "0a" })));
      say(`done journal nis|crash-${key}-1 nis|crash-${key}-2 nis|crash-${key}-3`);
      return;
    case 2: {
      const note = await store.notes.add({ assetId: assetId("nis-water", `crash-${key}`), alarmId: null, targetLabel: `Pumpa ${key}`, text: `note ${key}`, user: { name: "Nikola", role: "maintenance" }, photo: null });
      say(`done note ${note.id} note ${key}`);
      return;
    }
    default:
      await store.audit.append({ userName: "Marko", role: "engineer", action: "sign-in", target: "marko", detail: `crash ${key}` });
      say(`done audit crash ${key}`);
  }
}

async function lane(): Promise<never> {
  for (;;) await writeOne(i++);
}
await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
