/**
 * Event topics the core pushes to windows. TOPICS is built from a record keyed by every topic,
 * so a payload added to EventPayloads without registering its topic fails to compile.
 */
import type { OutboxEntry } from "./actions";
import type { AlarmDelta, AssetInfo, CoreNotice, EndpointStatus, TagValue } from "./domain";
import type { SessionInfo } from "./session";

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
};
export const TOPICS = Object.keys(topics) as TopicName[];
