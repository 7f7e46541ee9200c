/**
 * The alarms one server of the pair retains, as a plain node-opcua client sees them after its
 * own ConditionRefresh (resilience/server-truth.ts), in the shape the failover test compares
 * with the core's list: "conditionId acked|unacked", sorted.
 */
import type { OPCUACertificateManager } from "node-opcua";
import type { AlarmState } from "../../../contract/api";
import { serverAlarmTruth } from "../resilience/server-truth";

const picture = (rows: { conditionId: string; acked: boolean }[]) => rows.map((r) => `${r.conditionId} ${r.acked ? "acked" : "unacked"}`).sort();

/** What the core's list must equal. */
export function corePicture(alarms: AlarmState[]): string[] {
  return picture(alarms);
}

export async function serverPicture(url: string, pki: OPCUACertificateManager, user: { user: string; password: string }): Promise<string[]> {
  return picture(await serverAlarmTruth(url, pki, user));
}
