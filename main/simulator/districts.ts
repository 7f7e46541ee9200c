/**
 * The five city municipalities of Niš and where assets may stand in each. The boxes are drawn
 * inside each municipality's built-up area (the Nišava runs east–west near 43.322 N: Crveni Krst
 * and Pantelej lie north of it, Palilula and Medijana south, Niška Banja 10 km east), so a
 * generated asset never lands in the river or the wrong municipality.
 */
import type { Rng } from "./noise";

export const DISTRICTS = ["Medijana", "Palilula", "Pantelej", "Crveni Krst", "Niška Banja"] as const;
export type District = (typeof DISTRICTS)[number];

interface DistrictArea {
  code: string;
  south: number;
  north: number;
  west: number;
  east: number;
  /** Neighbourhoods, for names operators recognise. */
  places: readonly string[];
}

export const DISTRICT_AREAS: Record<District, DistrictArea> = {
  Medijana: {
    code: "MED",
    south: 43.302,
    north: 43.318,
    west: 21.9,
    east: 21.935,
    places: ["Centar", "Trg kralja Milana", "Bulevar Nemanjića", "Duvanište", "Medijana", "Trošarina", "Stevan Sinđelić"],
  },
  Palilula: {
    code: "PAL",
    south: 43.29,
    north: 43.316,
    west: 21.862,
    east: 21.897,
    places: ["Palilula", "Bubanj", "Kalač brdo", "Ledena stena", "Tutunović podrum", "Krivi Vir", "Bulevar Zorana Đinđića"],
  },
  Pantelej: {
    code: "PAN",
    south: 43.327,
    north: 43.345,
    west: 21.905,
    east: 21.955,
    places: ["Pantelej", "Jagodin mala", "Čalije", "Donji Komren", "Durlan", "Ćele kula", "Vrežina"],
  },
  "Crveni Krst": {
    code: "CKR",
    south: 43.327,
    north: 43.352,
    west: 21.855,
    east: 21.9,
    places: ["Crveni Krst", "Medoševac", "Branko Bjegović", "Beograd mala", "Ratko Jović", "Industrijska zona sever", "Popovac"],
  },
  "Niška Banja": {
    code: "NBA",
    south: 43.286,
    north: 43.3,
    west: 21.985,
    east: 22.025,
    places: ["Niška Banja", "Prva Kutina", "Nikola Tesla", "Ostrovica", "Jelašnica", "Sićevo", "Bancarevo"],
  },
};

/** Bounding box of the whole city, for tests and sanity checks. */
export const CITY_BOUNDS = { south: 43.27, north: 43.37, west: 21.83, east: 22.05 };

export function placeIn(district: District, rng: Rng): { lat: number; lon: number } {
  const area = DISTRICT_AREAS[district];
  const lat = area.south + (area.north - area.south) * rng.next();
  const lon = area.west + (area.east - area.west) * rng.next();
  return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
}

export function isInside(district: District, lat: number, lon: number): boolean {
  const a = DISTRICT_AREAS[district];
  return lat >= a.south && lat <= a.north && lon >= a.west && lon <= a.east;
}
