/**
 * How many assets of a kind exist and where. Counts grow with the scale factor; districts are
 * dealt in proportion to population so the map looks like Niš (Medijana and Palilula dense,
 * Niška Banja sparse). Ids embed the district code so an operator can read them.
 */
import { DISTRICT_AREAS, DISTRICTS, placeIn, type District } from "./districts";
import { hashString, Rng } from "./noise";

/** Rough share of the city's population per municipality (2022 census, rounded). */
const POPULATION_SHARE: Record<District, number> = {
  Medijana: 0.3,
  Palilula: 0.27,
  Pantelej: 0.2,
  "Crveni Krst": 0.17,
  "Niška Banja": 0.06,
};

export function scaledCount(base: number, factor: number): number {
  return Math.max(1, Math.round(base * factor));
}

export interface Placement {
  id: string;
  district: District;
  place: string;
  /** 1-based number within its district and kind. */
  number: number;
  lat: number;
  lon: number;
  rng: Rng;
}

/**
 * Deals `count` assets of one kind over the districts. Every district gets at least one while
 * there are enough to go round; the rest follow population share.
 */
export function place(seed: number, prefix: string, count: number, weights = POPULATION_SHARE): Placement[] {
  const districts: District[] = [];
  if (count >= DISTRICTS.length) districts.push(...DISTRICTS);
  const total = DISTRICTS.reduce((sum, d) => sum + weights[d], 0);
  const remaining = count - districts.length;
  let dealt = 0;
  for (const d of DISTRICTS) {
    const n = Math.floor((remaining * weights[d]) / total);
    for (let i = 0; i < n; i++) districts.push(d);
    dealt += n;
  }
  // Hand out what rounding left over, largest share first.
  const order = [...DISTRICTS].sort((a, b) => weights[b] - weights[a]);
  for (let i = 0; dealt < remaining; i++, dealt++) districts.push(order[i % order.length]!);

  const perDistrict = new Map<District, number>();
  const out: Placement[] = [];
  // Interleave districts so that a small prefix of the list still covers all five.
  districts.sort((a, b) => DISTRICTS.indexOf(a) - DISTRICTS.indexOf(b));
  for (const district of districts) {
    const number = (perDistrict.get(district) ?? 0) + 1;
    perDistrict.set(district, number);
    const area = DISTRICT_AREAS[district];
    const id = `${prefix}-${area.code}-${String(number).padStart(2, "0")}`;
    const rng = new Rng(seed, hashString(id));
    const { lat, lon } = placeIn(district, rng);
    const place = area.places[(number - 1) % area.places.length]!;
    out.push({ id, district, place, number, lat, lon, rng });
  }
  return out;
}
