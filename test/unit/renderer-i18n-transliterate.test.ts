/** Serbian Latin to Cyrillic (renderer/i18n/transliterate.ts), which generates the Cyrillic catalogue. */
import { describe, expect, it } from "vitest";
import { flattenCatalog, type Catalog } from "../../renderer/i18n/catalogs/catalog";
import { CYRILLIC_OVERRIDES, srCyrl } from "../../renderer/i18n/catalogs/sr-cyrl";
import { srLatn } from "../../renderer/i18n/catalogs/sr-latn";
import { latinToCyrillic } from "../../renderer/i18n/transliterate";

describe("latinToCyrillic", () => {
  it("maps every letter of the Serbian Latin alphabet", () => {
    expect(latinToCyrillic("abcčćddžđefghijklljmnnjoprsštuvzž")).toBe("абцчћдџђефгхијклљмнњопрсштувзж");
    expect(latinToCyrillic("ABCČĆDDŽĐEFGHIJKLLJMNNJOPRSŠTUVZŽ")).toBe("АБЦЧЋДЏЂЕФГХИЈКЛЉМНЊОПРСШТУВЗЖ");
  });

  it("reads lj, nj and dž as one letter, in any case", () => {
    expect(latinToCyrillic("Ljubljana Njegoš džep")).toBe("Љубљана Његош џеп");
    expect(latinToCyrillic("LJUBAV NJIVA DŽEMPER")).toBe("ЉУБАВ ЊИВА ЏЕМПЕР");
    expect(latinToCyrillic("Džomba")).toBe("Џомба");
    expect(latinToCyrillic("poslednje, uključeno, obaveštenja")).toBe("последње, укључено, обавештења");
  });

  it("keeps two letters where a prefix meets a root", () => {
    expect(latinToCyrillic("nadživeti podžupan injekcija konjugacija")).toBe("надживети поджупан инјекција конјугација");
  });

  it("leaves placeholders, code and acronyms alone", () => {
    expect(latinToCyrillic("Pokušaja: {{count}}")).toBe("Покушаја: {{count}}");
    expect(latinToCyrillic("komanda `npm run serve` i OPC UA server, URL")).toBe("команда `npm run serve` и OPC UA сервер, URL");
    expect(latinToCyrillic("{{h}} h {{m}} min")).toBe("{{h}} х {{m}} мин");
  });

  it("leaves digits, punctuation and non-Serbian letters as they are", () => {
    expect(latinToCyrillic("1,82 bar — 98 % (x/y)")).toBe("1,82 бар — 98 % (x/y)");
    expect(latinToCyrillic("Niš — Niška Banja")).toBe("Ниш — Нишка Бања");
  });
});

describe("the Cyrillic catalogue", () => {
  it("is the Latin one transliterated, except where an override says otherwise", () => {
    const latin = flattenCatalog(srLatn);
    const cyrillic = flattenCatalog(srCyrl as Catalog);
    expect([...cyrillic.keys()]).toEqual([...latin.keys()]);
    for (const [key, text] of latin) expect(cyrillic.get(key)).toBe(CYRILLIC_OVERRIDES[key] ?? latinToCyrillic(text));
    expect(cyrillic.get("alarms.ackButton")).toBe("Потврди");
    expect(cyrillic.get("alarmState.unacked")).toBe("Непотврђен");
    expect(cyrillic.get("age.hours")).toBe("{{h}} ч {{m}} мин");
  });

  it("has overrides only for keys that exist", () => {
    const latin = flattenCatalog(srLatn);
    for (const key of Object.keys(CYRILLIC_OVERRIDES)) expect(latin.has(key)).toBe(true);
  });
});
