/**
 * Figures read from live values, with history where the goal needs time: parking occupancy,
 * container fill and overdue collections, air quality against the daily PM10 limit, traffic
 * signals out of normal operation. A value that is stale (its server is not connected) is not
 * "reporting": the figure says how many of how many it stands on.
 */
import type { AirQuality, AssetInfo, ParkingUse, TagId, TagValue, TrafficSignals, WasteFill } from "../../../contract/api";
import { byDistrict, numeric, type AssetTags } from "./overview-assets";
import type { HistorySlots } from "./history-slots";
import { startOfLocalDay } from "./local-day";
import { timeWeightedMean } from "./period-sums";

/** EU Directive 2008/50/EC (and Serbian law): PM10 daily mean limit value, µg/m³. */
export const PM10_DAILY_LIMIT = 50;
/** A container at or above this fill is full (the simulator's FillLimit high). */
export const FULL_PERCENT = 85;
/** Full this long, recorded throughout, and its collection is overdue. */
export const OVERDUE_HOURS = 12;
const HOUR = 3_600_000;

export type Current = (id: TagId) => TagValue | undefined;

function live(current: Current, id: TagId | undefined): number | null {
  if (!id) return null;
  const v = current(id);
  return v && !v.stale && v.quality !== "bad" ? numeric(v.value) : null;
}

export function parkingUse(lots: readonly AssetTags[], current: Current, districts: readonly string[]) {
  const each = lots.map(({ asset, tags }) => ({ asset, occupied: live(current, tags.Occupied), capacity: live(current, tags.Capacity) }));
  return byDistrict(each, districts, (list): ParkingUse => {
    const reporting = list.filter((l) => l.occupied !== null && l.capacity !== null && l.capacity > 0);
    const occupied = reporting.reduce((a, l) => a + l.occupied!, 0);
    const capacity = reporting.reduce((a, l) => a + l.capacity!, 0);
    return { occupied, capacity, share: capacity > 0 ? occupied / capacity : null, lots: list.length, reporting: reporting.length };
  });
}

interface ContainerState {
  asset: AssetInfo;
  fill: number | null;
  /** null: full now but not recorded long enough to tell. */
  overdue: boolean | null;
}

/** Full now and, through every one of the last OVERDUE_HOURS hours, recorded and never below the mark. */
async function containerState({ asset, tags }: AssetTags, current: Current, slots: HistorySlots, now: number): Promise<ContainerState> {
  const fill = live(current, tags.FillLevel);
  if (fill === null || fill < FULL_PERCENT) return { asset, fill, overdue: fill === null ? null : false };
  const from = now - OVERDUE_HOURS * HOUR;
  const hours = await slots.slots(asset.endpointId, tags.FillLevel!, from, now);
  const recordedMs = hours.reduce((a, s) => a + s.covered, 0);
  if (hours.some((s) => s.min !== null && s.min < FULL_PERCENT)) return { asset, fill, overdue: false };
  return { asset, fill, overdue: recordedMs >= 0.95 * (now - from) ? true : null };
}

export async function wasteFill(containers: readonly AssetTags[], current: Current, slots: HistorySlots, now: number, districts: readonly string[]) {
  const each = await Promise.all(containers.map((c) => containerState(c, current, slots, now)));
  return byDistrict(each, districts, (list): WasteFill => {
    const reporting = list.filter((c) => c.fill !== null);
    const full = reporting.filter((c) => c.fill! >= FULL_PERCENT);
    return {
      meanFill: reporting.length === 0 ? null : reporting.reduce((a, c) => a + c.fill!, 0) / reporting.length,
      full: full.length,
      overdue: full.filter((c) => c.overdue === true).length,
      overdueUnknown: full.filter((c) => c.overdue === null).length,
      containers: list.length,
      reporting: reporting.length,
    };
  });
}

export async function airQuality(stations: readonly AssetTags[], current: Current, slots: HistorySlots, now: number, timeZone: string, districts: readonly string[]) {
  const from = startOfLocalDay(now, timeZone);
  const each = await Promise.all(
    stations.map(async ({ asset, tags }) => {
      const day = await slots.slots(asset.endpointId, tags.PM10!, from, now);
      // Time-weighted over the recorded part of the day, a value reported on change held until the next.
      const pm10DayMean = timeWeightedMean(day);
      const recorded = now > from ? day.reduce((a, s) => a + s.covered, 0) / (now - from) : 0;
      return { asset, index: live(current, tags.AirQualityIndex), pm10DayMean, recorded };
    }),
  );
  return byDistrict(each, districts, (list): AirQuality => {
    const indexes = list.map((s) => s.index).filter((i): i is number => i !== null);
    const means = list.map((s) => s.pm10DayMean).filter((m): m is number => m !== null);
    return {
      worstIndex: indexes.length === 0 ? null : Math.max(...indexes),
      pm10DayMean: means.length === 0 ? null : Math.max(...means),
      pm10Share: means.length === 0 ? 0 : Math.min(1, list.filter((s) => s.pm10DayMean !== null).reduce((a, s) => a + s.recorded, 0) / means.length),
      overLimit: means.filter((m) => m > PM10_DAILY_LIMIT).length,
      stations: list.length,
      reporting: indexes.length,
    };
  });
}

export function trafficSignals(signals: readonly AssetTags[], current: Current, districts: readonly string[]) {
  const each = signals.map(({ asset, tags }) => {
    const v = current(tags.Mode!);
    return { asset, mode: v && !v.stale && typeof v.value === "string" ? v.value : null };
  });
  return byDistrict(each, districts, (list): TrafficSignals => {
    const reporting = list.filter((s) => s.mode !== null);
    return { notNormal: reporting.filter((s) => s.mode !== "Normal").length, signals: list.length, reporting: reporting.length };
  });
}
