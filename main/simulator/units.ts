/**
 * Engineering units as OPC UA EUInformation (UNECE Rec. 20 common codes), so a client shows
 * "bar" or "µg/m³" from the server and never guesses.
 */
import { makeEUInformation, standardUnits, type EUInformation } from "node-opcua";
import type { UnitKey } from "./model";

function withoutCode(unit: EUInformation): EUInformation {
  unit.unitId = -1;
  return unit;
}

export const UNITS: Record<UnitKey, EUInformation> = {
  bar: standardUnits.bar,
  cubicMetrePerHour: standardUnits.cubic_metre_per_hour,
  litrePerSecond: makeEUInformation("G51", "l/s", "litre per second"),
  metre: standardUnits.metre,
  percent: standardUnits.percent,
  milligramPerLitre: makeEUInformation("M1", "mg/l", "milligram per litre"),
  degreeCelsius: standardUnits.degree_celsius,
  kilowatt: standardUnits.kilowatt,
  kilowattHour: makeEUInformation("KWH", "kWh", "kilowatt hour"),
  megawatt: standardUnits.megawatt,
  volt: standardUnits.volt,
  ampere: standardUnits.ampere,
  microgramPerCubicMetre: makeEUInformation("GQ", "µg/m³", "microgram per cubic metre"),
  // UNECE Rec. 20 has no vehicle count; Part 8 says unitId -1 when no code applies.
  vehiclesPerHour: withoutCode(makeEUInformation("", "veh/h", "vehicles per hour")),
  count: makeEUInformation("C62", "", "one (a count)"),
  hertz: standardUnits.hertz,
  metrePerSecond: standardUnits.metre_per_second,
  second: standardUnits.second,
};

/** The short symbol, for alarm messages. */
export function unitSymbol(key: UnitKey): string {
  return UNITS[key].displayName?.text ?? "";
}
