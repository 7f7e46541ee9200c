/**
 * The contract between the renderer and the control-room core.
 *
 * Everything a window may ask of the core is a method here (arguments validated by zod on the
 * core side, whatever the transport), and everything the core pushes is an event topic here.
 * Two transports carry it: Electron (MessagePort from the core's utilityProcess, exposed by the
 * preload as `window.controlRoom`) and host mode (WebSocket on loopback). Neither the renderer
 * nor the core knows which one is in use.
 *
 * This file must stay free of Node, Electron and DOM imports: all three sides load it.
 */
import { z } from "zod";

// ---------------------------------------------------------------------------------------------
// Domain types carried over the wire
// ---------------------------------------------------------------------------------------------

export const SERVICES = ["water", "heating", "waste", "parking", "lighting", "traffic", "air"] as const;
export type ServiceKey = (typeof SERVICES)[number];

export type Quality = "good" | "uncertain" | "bad";

export interface TagInfo {
  /** Opaque, stable id used by the contract (endpoint id + OPC UA node id). */
  id: string;
  assetId: string;
  name: string;
  unit: string | null;
  /** Engineering range (EURange) when the server gives one. */
  range: { low: number; high: number } | null;
}

export interface AssetInfo {
  id: string;
  endpointId: string;
  name: string;
  service: string;
  type: string;
  district: string;
  lat: number;
  lon: number;
  tags: TagInfo[];
}

export interface TagValue {
  id: string;
  value: number | boolean | string | null;
  quality: Quality;
  /** Source timestamp, ms since epoch. */
  sourceTime: number;
  /** True when the value is the last known one and no live connection backs it. */
  stale: boolean;
}

/** Four priorities, from the OPC UA severity (1..1000); the bands are in main/core/alarms/priority.ts. */
export type Priority = "low" | "medium" | "high" | "critical";

export interface AlarmState {
  /** ConditionId plus BranchId when the event is a branch. */
  id: string;
  endpointId: string;
  conditionId: string;
  assetId: string | null;
  sourceName: string;
  conditionType: string;
  /** Server text: render as text, never HTML. */
  message: string;
  severity: number;
  priority: Priority;
  active: boolean;
  acked: boolean;
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
}

export type ConnectionState = "connecting" | "connected" | "disconnected" | "error";

export interface EndpointStatus {
  endpointId: string;
  url: string;
  state: ConnectionState;
  /** Human sentence naming the endpoint when something is wrong. */
  error: string | null;
  since: number;
}

export interface SiteInfo {
  id: string;
  name: string;
  centre: { lat: number; lon: number };
  zoom: number;
  services: string[];
  /** Online tile URL template, only when the site config names one; the map works without it. */
  tileUrl: string | null;
  user: { name: string; role: string };
  /** Stores that were set aside as corrupt at start, so a person is told. */
  notices: string[];
}

export interface ActionResult {
  /** Outbox row that carries the action; it stays until the server confirmed it. */
  outboxId: number;
  status: "done" | "queued" | "failed";
  error: string | null;
}

export interface AlarmDelta {
  upserts: AlarmState[];
  removed: string[];
}

// ---------------------------------------------------------------------------------------------
// Methods: zod schemas for arguments; result types by name
// ---------------------------------------------------------------------------------------------

const noArgs = z.object({}).strict();
const tagIds = z.array(z.string().min(1).max(2048)).max(200_000);

export const methodArgs = {
  getSite: noArgs,
  listAssets: noArgs,
  getConnections: noArgs,
  /** Starts value delivery for these tags to this window; answers with their current values. */
  subscribeTags: z.object({ tagIds }).strict(),
  unsubscribeTags: z.object({ tagIds }).strict(),
  listAlarms: noArgs,
  acknowledgeAlarm: z
    .object({
      alarmId: z.string().min(1).max(4096),
      comment: z.string().trim().max(2000),
    })
    .strict(),
} as const;

export type MethodName = keyof typeof methodArgs;
export type MethodArgs<M extends MethodName> = z.infer<(typeof methodArgs)[M]>;

export interface MethodResults {
  getSite: SiteInfo;
  listAssets: AssetInfo[];
  getConnections: EndpointStatus[];
  subscribeTags: TagValue[];
  unsubscribeTags: { count: number };
  listAlarms: AlarmState[];
  acknowledgeAlarm: ActionResult;
}

// ---------------------------------------------------------------------------------------------
// Event topics pushed by the core
// ---------------------------------------------------------------------------------------------

export interface EventPayloads {
  /** Coalesced per tag, at most ~10 per second, only tags this window subscribed to. */
  values: TagValue[];
  alarms: AlarmDelta;
  connection: EndpointStatus;
  /** The whole asset list, after a (re)discovery changed it. */
  assets: AssetInfo[];
}
export type TopicName = keyof EventPayloads;
export const TOPICS: readonly TopicName[] = ["values", "alarms", "connection", "assets"];

// ---------------------------------------------------------------------------------------------
// What the renderer sees as `window.controlRoom`
// ---------------------------------------------------------------------------------------------

export type ControlRoomApi = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<MethodResults[M]>;
} & {
  on<T extends TopicName>(topic: T, handler: (payload: EventPayloads[T]) => void): () => void;
};

// ---------------------------------------------------------------------------------------------
// Wire messages, the same on MessagePort and WebSocket
// ---------------------------------------------------------------------------------------------

export const requestMessage = z.object({
  kind: z.literal("call"),
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  args: z.unknown(),
});
export type RequestMessage = z.infer<typeof requestMessage>;

export type ResponseMessage =
  | { kind: "result"; id: number; result: unknown }
  | { kind: "error"; id: number; error: { code: string; message: string } };

export type EventMessage = { kind: "event"; topic: TopicName; payload: unknown };

export type CoreToWindowMessage = ResponseMessage | EventMessage;
