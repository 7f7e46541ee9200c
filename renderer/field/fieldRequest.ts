/**
 * What the field dialog asks the core, from what a person picked: the area (districts or a
 * box), the zoom levels between two bounds, the history period ending now. Pure, unit-tested.
 */
import type { OfflineArea, OfflineJob } from "../../contract/api";

export const PERIODS = { "1d": 24 * 3600_000, "7d": 7 * 24 * 3600_000, "30d": 30 * 24 * 3600_000 } as const;
export type PeriodKey = keyof typeof PERIODS;

export interface BoxInput {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface FieldForm {
  areaKind: "districts" | "box";
  districts: string[];
  box: BoxInput;
  period: PeriodKey;
  zoomFrom: number;
  zoomTo: number;
}

/** Zoom levels a person may pick: the city as a whole (10) to single houses (18). */
export const ZOOM_CHOICES = [10, 11, 12, 13, 14, 15, 16, 17, 18] as const;

/** A box around the site's centre, about 5 × 4 km: a start to adjust. */
export function defaultBox(centre: { lat: number; lon: number }): BoxInput {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { south: round(centre.lat - 0.02), west: round(centre.lon - 0.03), north: round(centre.lat + 0.02), east: round(centre.lon + 0.03) };
}

/** null while the form cannot make an area (no district ticked, a box inside out or not numbers). */
export function areaOf(form: FieldForm): OfflineArea | null {
  if (form.areaKind === "districts") return form.districts.length > 0 ? { kind: "districts", districts: [...form.districts] } : null;
  const { south, west, north, east } = form.box;
  if (![south, west, north, east].every(Number.isFinite)) return null;
  if (!(south < north && west < east && south >= -85 && north <= 85 && west >= -180 && east <= 180)) return null;
  return { kind: "box", south, west, north, east };
}

export function zoomsOf(form: FieldForm): number[] {
  const lo = Math.min(form.zoomFrom, form.zoomTo);
  const hi = Math.max(form.zoomFrom, form.zoomTo);
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

export function periodOf(form: Pick<FieldForm, "period">, now: number): { from: number; to: number } {
  return { from: now - PERIODS[form.period], to: now };
}

/** The form as a job asked for it, so Resume asks the same again. */
export function formOfJob(job: OfflineJob, base: FieldForm): FieldForm {
  const { area, zooms } = job.request;
  const period = job.request.from !== undefined && job.request.to !== undefined ? (Object.entries(PERIODS).find(([, ms]) => ms === job.request.to! - job.request.from!)?.[0] as PeriodKey | undefined) : undefined;
  return {
    ...base,
    areaKind: area.kind,
    districts: area.kind === "districts" ? [...area.districts] : base.districts,
    box: area.kind === "box" ? { south: area.south, west: area.west, north: area.north, east: area.east } : base.box,
    zoomFrom: Math.min(...zooms),
    zoomTo: Math.max(...zooms),
    period: period ?? base.period,
  };
}

/** Bytes as a person reads them: kB under a megabyte, MB with one decimal under 10 MB, GB past 1000 MB. */
export function formatBytes(bytes: number, locale: string): string {
  const n = (value: number, digits: number, unit: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value) + " " + unit;
  if (bytes < 1_000_000) return n(Math.max(1, Math.round(bytes / 1000)), 0, "kB");
  if (bytes < 10_000_000) return n(bytes / 1_000_000, 1, "MB");
  if (bytes < 1_000_000_000) return n(Math.round(bytes / 1_000_000), 0, "MB");
  return n(bytes / 1_000_000_000, 1, "GB");
}
