/**
 * Daily rhythms of a Balkan city of 250 000: when people draw water, drive, park. Each returns a
 * dimensionless multiplier around 1 for a local hour and weekday.
 */

function bump(hour: number, centre: number, width: number): number {
  const d = Math.min(Math.abs(hour - centre), 24 - Math.abs(hour - centre));
  return Math.exp(-(d * d) / (2 * width * width));
}

const isWeekend = (weekday: number) => weekday === 0 || weekday === 6;

/** Water demand: trough at 03–04, morning peak 07–08, evening peak 19–21 (later at weekends). */
export function waterDemand(hour: number, weekday: number): number {
  const morning = isWeekend(weekday) ? bump(hour, 9.5, 2) : bump(hour, 7.5, 1.5);
  return 0.45 + 0.8 * morning + 0.7 * bump(hour, 20, 2) + 0.35 * bump(hour, 13, 3);
}

/** Road traffic: weekday rush hours 07–08 and 15–17 (the working day ends at 15 in Serbia). */
export function trafficIntensity(hour: number, weekday: number): number {
  if (isWeekend(weekday)) return 0.08 + 0.7 * bump(hour, 12, 4) + 0.4 * bump(hour, 19, 2.5);
  return 0.06 + 1.0 * bump(hour, 7.5, 1.2) + 0.75 * bump(hour, 12, 2.5) + 1.0 * bump(hour, 16, 1.6) + 0.35 * bump(hour, 20, 2);
}

/** Parking demand in the centre (offices, shops) vs residential streets (evenings, nights). */
export function parkingDemand(hour: number, weekday: number, central: boolean): number {
  if (central) {
    const day = isWeekend(weekday) ? 0.55 * bump(hour, 12, 3.5) : 0.9 * bump(hour, 11.5, 3);
    return 0.15 + day + 0.35 * bump(hour, 20.5, 2);
  }
  return 0.55 + 0.35 * bump(hour, 23, 4) - 0.25 * bump(hour, 11, 3);
}
