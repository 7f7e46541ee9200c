/** What a history search asks for and the rows it gets back from the store, before the core merges them. */
import type { AuditDetail } from "../../../contract/audit-detail";
import type { AlarmId, AlarmState, AssetId, Priority } from "../../../contract/api";

export type HistoryKind = "alarm" | "audit";

export interface HistoryQuery {
  from: number;
  to: number;
  text?: string;
  priorities?: Priority[];
  services?: string[];
  districts?: string[];
  assetId?: AssetId;
  /** One condition: its journaled states and the audit rows whose target it is. */
  alarmId?: AlarmId;
  user?: string;
  kinds?: HistoryKind[];
  /** Rows wanted; each table answers at most limit + 1 so the caller knows whether more follow. */
  limit: number;
  /** Strictly older than this position (time, kind rank, seq) in newest-first order. */
  before?: HistoryPosition;
}

/** Where a row stands in newest-first order: time, then audit (1) before alarm (0), then seq. */
export interface HistoryPosition {
  time: number;
  rank: 0 | 1;
  seq: number;
}

export interface StoredAlarmHistory {
  kind: "alarm";
  seq: number;
  time: number;
  receivedAt: number;
  state: AlarmState;
  service: string | null;
  district: string | null;
}

export interface StoredAuditHistory {
  kind: "audit";
  seq: number;
  time: number;
  userName: string;
  role: string;
  action: string;
  target: string;
  detail: string;
  worded: AuditDetail | null;
  /** The journal's last state of the alarm the target names, when it is one. */
  targetState: AlarmState | null;
  service: string | null;
  district: string | null;
}

export type StoredHistoryRow = StoredAlarmHistory | StoredAuditHistory;
