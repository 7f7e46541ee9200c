import { describe, expect, it } from "vitest";
import { SERVICES } from "../../contract/domain";
import { fieldOfHeader, headerKey, suggestMapping } from "../../main/core/engineering/tag-list/columns";
import { EXPORT_HEADERS } from "../../main/core/engineering/tag-list/export";
import { resolveService } from "../../main/core/engineering/tag-list/service-names";

const field = (header: string) => fieldOfHeader(header)?.field ?? null;

describe("header synonyms", () => {
  it("knows our own export headers", () => {
    for (const [f, header] of Object.entries(EXPORT_HEADERS)) expect(field(header), header).toBe(f);
  });

  it("reads English, Serbian Latin and Cyrillic, and German names, case and diacritics aside", () => {
    const cases: [string, string | null][] = [
      ["Asset ID", "assetId"], ["ID objekta", "assetId"], ["ИД објекта", "assetId"], ["Anlagen-ID", "assetId"], ["asset_id", "assetId"],
      ["Naziv objekta", "assetName"], ["Назив објекта", "assetName"], ["Objektname", "assetName"],
      ["Usluga", "service"], ["УСЛУГА", "service"], ["Sparte", "service"],
      ["Tip objekta", "type"], ["Anlagentyp", "type"],
      ["Opština", "district"], ["opstina", "district"], ["Општина", "district"], ["Bezirk", "district"],
      ["Lat", "lat"], ["Latitude", "lat"], ["Geografska širina", "lat"], ["GEOGRAFSKA SIRINA", "lat"], ["Географска ширина", "lat"], ["Breitengrad", "lat"],
      ["Lon", "lon"], ["Lng", "lon"], ["Geografska dužina", "lon"], ["Längengrad", "lon"], ["Laengengrad", null],
      ["NodeId", "node"], ["Node ID", "node"], ["Adresa", "node"], ["Адреса", "node"], ["Browse path", "node"], ["Knoten-ID", "node"],
      ["Jedinica mere", "unit"], ["J.M.", "unit"], ["Ј.М.", "unit"], ["Maßeinheit", "unit"], ["Unit", "unit"],
      ["Tag name", "tagName"], ["Naziv taga", "tagName"],
      ["Opseg od", "rangeLow"], ["EU Low", "rangeLow"], ["Opseg do", "rangeHigh"], ["Obergrenze", "rangeHigh"],
      ["Lat [°]", "lat"], ["Longitude (WGS84)", "lon"],
      ["Komentar", null], ["", null],
    ];
    for (const [header, expected] of cases) expect(field(header), header).toBe(expected);
  });

  it("folds headers to letters and digits", () => {
    expect(headerKey(" Geografska  širina (°) ")).toBe("geografskasirina");
    expect(headerKey("Straße")).toBe("strasse");
  });
});

describe("the suggested mapping", () => {
  it("maps each field to its column and lists what is left", () => {
    const s = suggestMapping(["ID objekta", "Komentar", "Naziv objekta", "Usluga", "Lat", "Lon", "Adresa"]);
    expect(s.mapping).toEqual({ assetId: 0, assetName: 2, service: 3, lat: 4, lon: 5, node: 6 });
    expect(s.unmapped).toEqual([1]);
    expect(s.missing).toEqual([]);
  });

  it("prefers a strong name to a weak one wherever it stands, and gives a column one field", () => {
    const s = suggestMapping(["Name", "Min", "Asset name", "Range low", "Asset ID", "Asset ID"]);
    expect(s.mapping).toEqual({ assetName: 2, rangeLow: 3, assetId: 4 });
    expect(s.unmapped).toEqual([0, 1, 5]);
    expect(s.missing).toEqual(["service", "lat", "lon", "node"]);
  });

  it("takes a weak name when nothing stronger is there", () => {
    expect(suggestMapping(["Šifra", "Naziv", "Sistem", "Y", "X", "Path"]).mapping).toEqual({
      assetId: 0, assetName: 1, service: 2, lat: 3, lon: 4, node: 5,
    });
  });
});

describe("service names", () => {
  it("reads the site's keys and what utilities call themselves, in the site's services only", () => {
    expect(resolveService("water", SERVICES)).toBe("water");
    expect(resolveService("WATER", SERVICES)).toBe("water");
    expect(resolveService("Vodovod i kanalizacija", SERVICES)).toBe("water");
    expect(resolveService("Toplana", SERVICES)).toBe("heating");
    expect(resolveService("Fernwärme", SERVICES)).toBe("heating");
    expect(resolveService("Javna rasveta", SERVICES)).toBe("lighting");
    expect(resolveService("Саобраћајна сигнализација", SERVICES)).toBe("traffic");
    expect(resolveService("Kvalitet vazduha", SERVICES)).toBe("air");
    expect(resolveService("Čistoća", SERVICES)).toBe("waste");
    expect(resolveService("Parking servis", ["parking"])).toBe("parking");
    expect(resolveService("Toplana", ["water"])).toBeNull();
    expect(resolveService("ferry", SERVICES)).toBeNull();
    expect(resolveService("", SERVICES)).toBeNull();
  });
});
