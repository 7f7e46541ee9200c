/**
 * Event topics the core pushes to windows. TOPICS is built from a record keyed by every topic,
 * so a payload added to EventPayloads without registering its topic fails to compile.
 */
import type { OutboxEntry } from "./actions";
import type { AlarmDelta, AssetInfo, CoreNotice, TagValue } from "./domain";
import type { EndpointStatus } from "./endpoint-status";
import type { AlarmId, AssetId } from "./ids";
import type { SessionInfo } from "./session";
import type { OfflineMapStatus } from "./tiles";

export interface EventPayloads {
  /** Coalesced per tag, at most ~10 per second, only tags this window subscribed to. */
  values: TagValue[];
  alarms: AlarmDelta;
  connection: EndpointStatus;
  /** The whole asset list, after a (re)discovery changed it. */
  assets: AssetInfo[];
  /** Outbox rows that changed (new, sending, done, conflict, failed, discarded). */
  actions: OutboxEntry[];
  /** Something a person must be told: a disk error, a store set aside. */
  notice: CoreNotice;
  /** Someone signed in or out on this workstation. */
  session: SessionInfo;
  /** "Show on map" from any window: every window that shows the map moves it to this asset. */
  focus: MapFocus;
  /** An asset or alarm chosen in any window: the others follow (map, trend, detail). */
  selection: SharedSelection;
  /** Offline maps and field preparation: the basemap files, and the running job's progress (a few times a second). */
  offline: OfflineMapStatus;
}

export interface MapFocus {
  assetId: AssetId;
  /** Counts up per core, so asking twice for the same asset still moves a map the person has panned away. */
  seq: number;
}
/** What a person last chose in some window; every window (the one that chose included) hears it in the core's order. */
export interface SharedSelection {
  assetId: AssetId | null;
  alarmId: AlarmId | null;
  /** Counts up per core: a later number is a later choice. */
  seq: number;
  /** The choosing window's own random name, so it does not fly its own map again. */
  origin: string;
}
export type TopicName = keyof EventPayloads;

const topics: { readonly [T in TopicName]: true } = {
  values: true,
  alarms: true,
  connection: true,
  assets: true,
  actions: true,
  notice: true,
  session: true,
  focus: true,
  selection: true,
  offline: true,
};
export const TOPICS = Object.keys(topics) as TopicName[];
