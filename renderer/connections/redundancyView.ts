/**
 * What the connections view says of an endpoint's redundant server set, as plain rules a test
 * can hold: each server with its ServiceLevel in words (Part 5: 200..255 healthy, 2..199
 * degraded, 1 no data, 0 maintenance), which one is in use, and the last switchover.
 */
import type { TFunction } from "i18next";
import type { EndpointRedundancy } from "../../contract/api";
import type { Formats } from "../i18n/formats";

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

export function healthOf(level: number): Health {
  if (level >= 200) return "healthy";
  if (level >= 2) return "degraded";
  return level === 1 ? "noData" : "maintenance";
}

const MODES = ["None", "Cold", "Warm", "Hot", "Transparent", "HotAndMirrored"] as const;

export function redundancyView(r: EndpointRedundancy, now: number, t: TFunction, formats: Pick<Formats, "eventTime">): RedundancyView {
  const mode = MODES.find((m) => m === r.support);
  return {
    modeText: mode ? t("connections.redundancy.modeValue", { mode: t(`connections.redundancy.mode.${mode}`) }) : null,
    servers: r.servers.map((s) => ({
      url: s.url,
      applicationUri: s.applicationUri,
      active: s.url === r.activeUrl,
      levelText:
        s.serviceLevel === null
          ? t("connections.redundancy.unreachable")
          : t("connections.redundancy.level", { level: s.serviceLevel, health: t(`connections.redundancy.health.${healthOf(s.serviceLevel)}`) }),
      unusable: s.serviceLevel === null || s.serviceLevel < 2,
    })),
    lastSwitchText: r.lastSwitch
      ? t("connections.redundancy.lastSwitch", {
          from: r.lastSwitch.from,
          time: formats.eventTime(r.lastSwitch.at, now),
          reason: t(`connections.redundancy.reason.${r.lastSwitch.reason}`),
        })
      : t("connections.redundancy.noSwitch"),
  };
}
