/**
 * Numbers of the overview in the window's language: energy in kWh or MWh, shares as percent,
 * flows and concentrations with their unit, a change against yesterday with its sign. Intl does
 * the digits, so Serbian reads 1.234,5 and English 1,234.5.
 */
const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** kWh below 10 MWh, MWh above, so a city's heat does not read as seven digits of kWh. */
export function energyText(kWh: number, locale: string): string {
  if (Math.abs(kWh) >= 10_000) return `${nf(locale, { maximumFractionDigits: 1 }).format(kWh / 1000)} MWh`;
  return `${nf(locale, { maximumFractionDigits: kWh >= 100 ? 0 : 1 }).format(kWh)} kWh`;
}

export function percentText(share: number, locale: string): string {
  return nf(locale, { style: "percent", maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(share);
}

export function quantityText(value: number, unit: string, locale: string, digits = 1): string {
  return `${nf(locale, { maximumFractionDigits: digits }).format(value)} ${unit}`;
}

export function countText(n: number, locale: string): string {
  return nf(locale, { maximumFractionDigits: 0 }).format(n);
}

/** "+12 %" / "−8 %" against a base; null when there is no base to compare with. */
export function changeText(now: number, base: number | null, locale: string): string | null {
  if (base === null || base <= 0) return null;
  return nf(locale, { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(now / base - 1);
}
