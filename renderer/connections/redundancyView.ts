/**
 * What the connections view says of an endpoint's redundant server set, as plain rules a test
 * can hold: each server with its ServiceLevel in words (Part 5: 200..255 healthy, 2..199
 * degraded, 1 no data, 0 maintenance), which one is in use, and the last switchover.
 */
import type { TFunction } from "i18next";
import type { EndpointRedundancy, SwitchoverReason } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { tk } from "../i18n/keys";

export interface RedundantServerView {
  url: string;
  applicationUri: string | null;
  active: boolean;
  /** "Service level 255 — healthy", or "not reachable". */
  levelText: string;
  /** The server cannot serve (not reachable, no data, maintenance): shown as trouble. */
  unusable: boolean;
}

export interface RedundancyView {
  modeText: string | null;
  servers: RedundantServerView[];
  lastSwitchText: string;
}

type Health = "healthy" | "degraded" | "noData" | "maintenance";

const HEALTH_TEXT = {
  healthy: tk("connections.redundancy.health.healthy"),
  degraded: tk("connections.redundancy.health.degraded"),
  noData: tk("connections.redundancy.health.noData"),
  maintenance: tk("connections.redundancy.health.maintenance"),
} as const satisfies Record<Health, string>;

/** Part 4 RedundancySupport names, as the core passes them on. */
const MODE_TEXT = {
  None: tk("connections.redundancy.mode.None"),
  Cold: tk("connections.redundancy.mode.Cold"),
  Warm: tk("connections.redundancy.mode.Warm"),
  Hot: tk("connections.redundancy.mode.Hot"),
  Transparent: tk("connections.redundancy.mode.Transparent"),
  HotAndMirrored: tk("connections.redundancy.mode.HotAndMirrored"),
} as const;

const REASON_TEXT = {
  lost: tk("connections.redundancy.reason.lost"),
  "service-level": tk("connections.redundancy.reason.service-level"),
} as const satisfies Record<SwitchoverReason, string>;

export function healthOf(level: number): Health {
  if (level >= 200) return "healthy";
  if (level >= 2) return "degraded";
  return level === 1 ? "noData" : "maintenance";
}

export function redundancyView(r: EndpointRedundancy, now: number, t: TFunction, formats: Pick<Formats, "eventTime">): RedundancyView {
  const mode = r.support !== null && Object.hasOwn(MODE_TEXT, r.support) ? MODE_TEXT[r.support as keyof typeof MODE_TEXT] : null;
  return {
    modeText: mode ? t("connections.redundancy.modeValue", { mode: t(mode) }) : null,
    servers: r.servers.map((s) => ({
      url: s.url,
      applicationUri: s.applicationUri,
      active: s.url === r.activeUrl,
      levelText:
        s.serviceLevel === null
          ? t("connections.redundancy.unreachable")
          : t("connections.redundancy.level", { level: s.serviceLevel, health: t(HEALTH_TEXT[healthOf(s.serviceLevel)]) }),
      unusable: s.serviceLevel === null || s.serviceLevel < 2,
    })),
    lastSwitchText: r.lastSwitch
      ? t("connections.redundancy.lastSwitch", {
          from: r.lastSwitch.from,
          time: formats.eventTime(r.lastSwitch.at, now),
          reason: t(REASON_TEXT[r.lastSwitch.reason]),
        })
      : t("connections.redundancy.noSwitch"),
  };
}
