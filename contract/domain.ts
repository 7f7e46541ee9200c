/**
 * Domain types carried over the wire: services, assets, tags, alarms, the site. How endpoints
 * stand is in endpoint-status.ts. Plain data only: no Node, Electron or DOM.
 */
import type { AlarmId, AssetId, EndpointId, TagId } from "./ids";

export const SERVICES = ["water", "heating", "waste", "parking", "lighting", "traffic", "air"] as const;
export type ServiceKey = (typeof SERVICES)[number];

/** Languages the UI speaks; the site config picks the default, each workstation may switch. */
export const LANGUAGES = ["sr-Latn", "sr-Cyrl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type Quality = "good" | "uncertain" | "bad";

export interface TagInfo {
  id: TagId;
  assetId: AssetId;
  name: string;
  unit: string | null;
  /** Engineering range (EURange) when the server gives one. */
  range: { low: number; high: number } | null;
}

export interface AssetInfo {
  id: AssetId;
  endpointId: EndpointId;
  name: string;
  service: string;
  type: string;
  district: string;
  lat: number;
  lon: number;
  tags: TagInfo[];
}

export interface TagValue {
  id: TagId;
  value: number | boolean | string | null;
  quality: Quality;
  /** Source timestamp, ms since epoch. */
  sourceTime: number;
  /** True when the value is the last known one and no live connection backs it. */
  stale: boolean;
}

/** Four priorities, from the OPC UA severity (1..1000); the bands are in main/core/alarms/priority.ts. */
export type Priority = "low" | "medium" | "high" | "critical";

/** How an alarm is shelved (Part 9 ShelvedStateMachine) and until when, ms since epoch (null: no end known). */
export interface AlarmShelving {
  kind: "timed" | "one-shot";
  until: number | null;
}

/** A limit alarm's limits (Part 9 LimitAlarmType), in the input's engineering unit; null where the server has none. */
export interface AlarmLimits {
  highHigh: number | null;
  high: number | null;
  low: number | null;
  lowLow: number | null;
}

/**
 * One row per condition (ISA-18.2): the condition's current state (Part 9's trunk, BranchId
 * null) folded with its open branches, the earlier states the server keeps until a person
 * acknowledges (and confirms) them.
 */
export interface AlarmState {
  /** The condition's id (endpoint and ConditionId); branches never have a row of their own. */
  id: AlarmId;
  endpointId: EndpointId;
  conditionId: string;
  assetId: AssetId | null;
  sourceName: string;
  conditionType: string;
  /** Server text: render as text, never HTML. */
  message: string;
  severity: number;
  priority: Priority;
  /** The condition is active now (its current state; a branch's old activation does not count). */
  active: boolean;
  /** False while the condition or any open branch awaits acknowledgement. */
  acked: boolean;
  /** False while anything acknowledged awaits confirmation; null when the server has no ConfirmedState. */
  confirmed: boolean | null;
  shelved: boolean;
  suppressed: boolean;
  enabled: boolean;
  retain: boolean;
  /** Time of the last event for this condition, ms since epoch. */
  time: number;
  /** When the condition last became active, ms since epoch (null if not known). */
  activeSince: number | null;
  lastComment: string | null;
  lastCommentUser: string | null;
  /** The condition's ConditionName (e.g. "PressureLimit"). */
  conditionName: string;
  /** Returned to normal but still shown (something awaits a person): !active && retain. */
  returned: boolean;
  /** Open branches awaiting acknowledgement or confirmation (earlier activations), besides the current state. */
  branches: number;
  /** Shelving detail; null when not shelved. */
  shelving: AlarmShelving | null;
  /** When the oldest activation this row still stands for began, ms since epoch. */
  firstTime: number;
  /**
   * The tag whose value the alarm watches (Part 9 InputNode), for its live value; null when the
   * server names none. Part 9 events carry no value at the event: the server's message may.
   * Optional only so journaled states and hand-made fixtures from before it still type-check.
   */
  inputTagId?: TagId | null;
  /** Limits of a limit alarm; null (or absent, in older journaled states) for other alarms. */
  limits?: AlarmLimits | null;
}

export interface AlarmDelta {
  upserts: AlarmState[];
  removed: AlarmId[];
}

export interface SiteInfo {
  id: string;
  name: string;
  centre: { lat: number; lon: number };
  zoom: number;
  services: string[];
  /** Online tile URL template, only when the site config names one; the map works without it. */
  tileUrl: string | null;
  /** IANA time zone every time on screen is shown in (Europe/Belgrade for Niš). */
  timeZone: string;
  /** The site's default UI language; a workstation may remember another. */
  language: Language;
  user: { name: string; role: string };
  /** The control room's operator positions (desks), for KPIs per position; may be empty. */
  positions: OperatorPosition[];
  /** Stores that were set aside as corrupt at start, so a person is told. */
  notices: string[];
}

/** A desk of the control room: the services (and districts) one operator watches. */
export interface OperatorPosition {
  id: string;
  name: string;
  services: string[];
  /** null: the whole city. */
  districts: string[] | null;
}

/** Something a person must be told that is not an endpoint or an alarm (a disk error, say). */
export interface CoreNotice {
  kind: "store-error" | "store-set-aside" | "internal-error";
  message: string;
  at: number;
}
