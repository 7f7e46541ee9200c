/**
 * A tag list's service column, read onto the site's service keys. Our own export writes the keys
 * ("water"); a utility's file says what the utility is ("Vodovod i kanalizacija", "Toplana",
 * "Fernwärme"). Names are compared folded like headers; a name that means a service the site
 * does not run is unknown, as the site has no place to put it.
 */
import type { ServiceKey } from "../../../../contract/domain";
import { headerKey } from "./columns";

const NAMES: Record<ServiceKey, string[]> = {
  water: ["water", "water supply", "water and sewerage", "sewerage", "vodovod", "voda", "vodovod i kanalizacija", "kanalizacija", "vodosnabdevanje", "wasser", "wasserversorgung", "abwasser"],
  heating: ["heating", "district heating", "heat", "grejanje", "toplana", "toplane", "daljinsko grejanje", "toplifikacija", "fernwärme", "wärme", "heizung"],
  waste: ["waste", "waste collection", "refuse", "otpad", "smeće", "čistoća", "odvoz otpada", "komunalni otpad", "abfall", "müllabfuhr"],
  parking: ["parking", "parkiranje", "parking servis", "parken", "parkraum"],
  lighting: ["lighting", "public lighting", "street lighting", "rasveta", "javna rasveta", "ulična rasveta", "osvetljenje", "beleuchtung", "straßenbeleuchtung"],
  traffic: ["traffic", "traffic signals", "traffic lights", "saobraćaj", "semafori", "saobraćajna signalizacija", "signalizacija", "verkehr", "ampeln", "lichtsignalanlagen"],
  air: ["air", "air quality", "air monitoring", "vazduh", "kvalitet vazduha", "monitoring vazduha", "luft", "luftqualität"],
};

const BY_NAME = new Map<string, ServiceKey>();
for (const [key, names] of Object.entries(NAMES) as [ServiceKey, string[]][]) for (const n of names) BY_NAME.set(headerKey(n), key);

/** Reads service names onto `services`, the site's keys (folded once, not per row). */
export function serviceResolver(services: readonly string[]): (text: string) => string | null {
  const direct = new Map(services.map((s) => [headerKey(s), s]));
  return (text) => {
    const key = headerKey(text);
    if (key === "") return null;
    const named = BY_NAME.get(key);
    return direct.get(key) ?? (named && services.includes(named) ? named : null);
  };
}

/** The site's service key the text names, or null when it names none of `services`. */
export function resolveService(text: string, services: readonly string[]): string | null {
  return serviceResolver(services)(text);
}
