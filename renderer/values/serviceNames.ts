/** Service keys from the site config as operators say them. Unknown keys show as given. */
const NAMES: Record<string, string> = {
  water: "Water & sewerage",
  heating: "District heating",
  waste: "Waste collection",
  parking: "Parking",
  lighting: "Public lighting",
  traffic: "Traffic signals",
  air: "Air quality",
};

export function serviceName(key: string): string {
  return NAMES[key] ?? key;
}
