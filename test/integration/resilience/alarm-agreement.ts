/**
 * The core's alarm list against the server's truth (a plain client's ConditionRefresh): the same
 * conditions with the same acknowledgement, and never a condition twice. Alarms may still be
 * changing (a storm under way), so the two are asked again until they agree or time runs out.
 */
import { expect } from "vitest";
import type { AlarmState } from "../../../contract/api";
import type { TruthRow } from "./server-truth";

export interface Agreement {
  conditions: number;
  unacknowledged: number;
  /** How many times the truth was asked before both agreed. */
  asked: number;
}

function picture(rows: AlarmState[]): TruthRow[] {
  return rows.map((a) => ({ conditionId: a.conditionId, acked: a.acked })).sort((a, b) => a.conditionId.localeCompare(b.conditionId));
}

function duplicates(rows: AlarmState[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.conditionId)) twice.add(r.conditionId);
    seen.add(r.conditionId);
  }
  return [...twice];
}

export async function expectAlarmsMatchServer(coreAlarms: () => AlarmState[], truth: () => Promise<TruthRow[]>, timeoutMs = 30_000): Promise<Agreement> {
  const until = Date.now() + timeoutMs;
  for (let asked = 1; ; asked++) {
    const server = await truth();
    const rows = coreAlarms();
    // A duplicate is wrong at any moment, not only when the lists settle.
    expect(duplicates(rows), "conditions listed twice by the core").toEqual([]);
    const ours = picture(rows);
    if (JSON.stringify(ours) === JSON.stringify(server)) {
      return { conditions: server.length, unacknowledged: server.filter((r) => !r.acked).length, asked };
    }
    if (Date.now() > until) {
      const key = (r: TruthRow) => `${r.conditionId} acked=${r.acked}`;
      const theirs = new Set(server.map(key));
      const mine = new Set(ours.map(key));
      expect({ missingInCore: [...theirs].filter((k) => !mine.has(k)), notOnServer: [...mine].filter((k) => !theirs.has(k)) }).toEqual({
        missingInCore: [],
        notOnServer: [],
      });
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}
