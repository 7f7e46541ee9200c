/**
 * Energy used by public lighting (the cabinets' Energy counters, kWh) and by district heating
 * (the substations' HeatPower, kW, integrated over time): today so far, against the same hours
 * of yesterday and of the same weekday last week, so a morning's figure is never set against a
 * whole day.
 */
import type { AssetInfo, Coverage, EnergyUse, PeriodAmount } from "../../../contract/api";
import { byDistrict, type AssetTags } from "./overview-assets";
import type { HistorySlots } from "./history-slots";
import { localDayBefore, startOfLocalDay } from "./local-day";
import { counterRise, integratePower, type PartialSum } from "./period-sums";

export interface Period {
  from: number;
  to: number;
}

export interface ComparedPeriods {
  today: Period;
  yesterday: Period;
  lastWeek: Period;
}

/** Today from local midnight to now; the same span from yesterday's and last week's midnight. */
export function comparedPeriods(now: number, timeZone: string): ComparedPeriods {
  const today = startOfLocalDay(now, timeZone);
  const elapsed = now - today;
  const dayBefore = (n: number) => {
    const from = localDayBefore(today, n, timeZone);
    return { from, to: from + elapsed };
  };
  return { today: { from: today, to: now }, yesterday: dayBefore(1), lastWeek: dayBefore(7) };
}

/** Shares within a minute's worth of the whole period count as whole. */
function coverageOf(value: number | null, share: number): Coverage {
  if (value === null) return "none";
  return share >= 0.999 ? "full" : "partial";
}

function fold(parts: readonly PartialSum[], period: Period): PeriodAmount {
  const known = parts.filter((p) => p.value !== null);
  const value = known.length === 0 ? null : known.reduce((a, p) => a + p.value!, 0);
  // Every asset weighs the same: one not recorded at all lowers the share as much as it should.
  const share = parts.length === 0 ? 0 : parts.reduce((a, p) => a + p.share, 0) / parts.length;
  return { from: period.from, to: period.to, value, coverage: coverageOf(value, share), share };
}

interface AssetEnergy {
  asset: AssetInfo;
  today: PartialSum;
  yesterday: PartialSum;
  lastWeek: PartialSum;
}

export type EnergyMethod = "counter" | "power";

export async function energyUse(
  items: readonly AssetTags[],
  tagName: string,
  method: EnergyMethod,
  periods: ComparedPeriods,
  slots: HistorySlots,
  districts: readonly string[],
): Promise<{ city: EnergyUse; districts: Record<string, EnergyUse> }> {
  const sum = method === "counter" ? counterRise : integratePower;
  const perAsset: AssetEnergy[] = await Promise.all(
    items.map(async ({ asset, tags }) => {
      const tag = tags[tagName]!;
      const one = async (p: Period) => sum(await slots.slots(asset.endpointId, tag, p.from, p.to), p.from, p.to);
      const [today, yesterday, lastWeek] = await Promise.all([one(periods.today), one(periods.yesterday), one(periods.lastWeek)]);
      return { asset, today, yesterday, lastWeek };
    }),
  );
  return byDistrict(perAsset, districts, (list) => ({
    today: fold(list.map((a) => a.today), periods.today),
    yesterday: fold(list.map((a) => a.yesterday), periods.yesterday),
    lastWeek: fold(list.map((a) => a.lastWeek), periods.lastWeek),
    assets: list.length,
  }));
}
