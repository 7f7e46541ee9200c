/**
 * Water losses: each pressure zone's minimum night flow (the lowest minute of 02:00–04:00 local
 * time, when hardly anyone draws water, so most of what still flows is leakage) against the
 * zone's average supply over the 24 h before. A zone counts only when both were recorded: a
 * night the workstation did not see is "no night recorded yet", not a guess.
 */
import type { AssetInfo, WaterLoss } from "../../../contract/api";
import { byDistrict, type AssetTags } from "./overview-assets";
import type { HistorySlots, Slot } from "./history-slots";
import { lastNightWindow } from "./local-day";

/** Share of a window that must have been recorded for its figure to stand. */
const MIN_RECORDED = 0.9;
const DAY = 86_400_000;

interface ZoneNight {
  asset: AssetInfo;
  nightFlow: number | null;
  supply: number | null;
}

function recorded(slots: readonly Slot[], from: number, to: number): boolean {
  return slots.reduce((a, s) => a + s.covered, 0) >= MIN_RECORDED * (to - from);
}

/** The lowest minute mean of the window: a single low sample is noise, a minute is a reading. */
export function minimumNightFlow(slots: readonly Slot[], from: number, to: number): number | null {
  if (!recorded(slots, from, to)) return null;
  const means = slots.filter((s) => s.covered > 0 && s.mean !== null).map((s) => s.mean!);
  return means.length === 0 ? null : Math.min(...means);
}

/** Mean of the recorded hours' means (an hour the flow was not recorded does not pull it to 0). */
export function averageSupply(slots: readonly Slot[], from: number, to: number): number | null {
  if (!recorded(slots, from, to)) return null;
  const means = slots.filter((s) => s.covered > 0 && s.mean !== null).map((s) => s.mean!);
  return means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length;
}

export async function waterLosses(
  zones: readonly AssetTags[],
  now: number,
  timeZone: string,
  slots: HistorySlots,
  districts: readonly string[],
): Promise<{ city: WaterLoss; districts: Record<string, WaterLoss> }> {
  const night = lastNightWindow(now, timeZone);
  const day = { from: night.to - DAY, to: night.to };
  const perZone: ZoneNight[] = await Promise.all(
    zones.map(async ({ asset, tags }) => {
      const flow = tags.Flow!;
      const [nightSlots, daySlots] = await Promise.all([
        slots.minutes(asset.endpointId, flow, night.from, night.to),
        slots.hourly(asset.endpointId, flow, day.from, day.to),
      ]);
      return { asset, nightFlow: minimumNightFlow(nightSlots, night.from, night.to), supply: averageSupply(daySlots, day.from, day.to) };
    }),
  );
  return byDistrict(perZone, districts, (list): WaterLoss => {
    const measured = list.filter((z) => z.nightFlow !== null && z.supply !== null);
    const nightFlow = measured.length === 0 ? null : measured.reduce((a, z) => a + z.nightFlow!, 0);
    const supply = measured.length === 0 ? null : measured.reduce((a, z) => a + z.supply!, 0);
    return {
      nightFrom: night.from,
      nightTo: night.to,
      nightFlow,
      supply,
      share: nightFlow !== null && supply !== null && supply > 0 ? nightFlow / supply : null,
      zones: list.length,
      measured: measured.length,
    };
  });
}
