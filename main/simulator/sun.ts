/**
 * Where the sun is over Niš. Public lighting switches on a photocell, so cabinets follow the
 * solar elevation rather than a timetable; the NOAA low-precision formulas are good to about a
 * minute, far better than a photocell.
 */

export const NIS_LATITUDE = 43.3209;
export const NIS_LONGITUDE = 21.8958;

const RAD = Math.PI / 180;

/** Solar elevation in degrees above the horizon at Niš, for a time in ms since the epoch. */
export function solarElevation(t: number, lat = NIS_LATITUDE, lon = NIS_LONGITUDE): number {
  const days = t / 86_400_000 - 10_957.5; // days since J2000.0 (2000-01-01 12:00 UTC)
  const meanLongitude = (280.46 + 0.9856474 * days) % 360;
  const meanAnomaly = ((357.528 + 0.9856003 * days) % 360) * RAD;
  const eclipticLongitude =
    (meanLongitude + 1.915 * Math.sin(meanAnomaly) + 0.02 * Math.sin(2 * meanAnomaly)) * RAD;
  const obliquity = (23.439 - 0.0000004 * days) * RAD;
  const declination = Math.asin(Math.sin(obliquity) * Math.sin(eclipticLongitude));
  const rightAscension = Math.atan2(Math.cos(obliquity) * Math.sin(eclipticLongitude), Math.cos(eclipticLongitude));
  const siderealHours = (18.697374558 + 24.06570982441908 * days) % 24;
  const hourAngle = (siderealHours * 15 + lon) * RAD - rightAscension;
  const sinElevation =
    Math.sin(lat * RAD) * Math.sin(declination) + Math.cos(lat * RAD) * Math.cos(declination) * Math.cos(hourAngle);
  return Math.asin(sinElevation) / RAD;
}

/** Photocells switch lamps on a little after sunset and off a little before sunrise. */
export const LAMPS_ON_BELOW_DEGREES = -1.5;

export function isDark(t: number): boolean {
  return solarElevation(t) < LAMPS_ON_BELOW_DEGREES;
}
