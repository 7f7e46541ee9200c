/**
 * The three catalogues (renderer/i18n/catalogs) say the same things: identical key sets, the
 * plural forms each language needs, the same placeholders, no empty text; and every key the
 * renderer source uses exists. A key added to one catalogue only fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flattenCatalog, type Catalog } from "../../renderer/i18n/catalogs/catalog";
import { CATALOGS, createI18n } from "../../renderer/i18n/i18n";
import { INTL_LOCALE, LANGUAGES, type Language } from "../../renderer/i18n/languages";

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, "");
const flat = (lang: Language) => flattenCatalog(CATALOGS[lang] as Catalog);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  it("have exactly the same keys in all three languages (plural forms aside)", () => {
    const [first, ...rest] = LANGUAGES.map((l) => [...new Set([...flat(l).keys()].map(base))].sort());
    for (const keys of rest) expect(keys).toEqual(first);
    expect(first!.length).toBeGreaterThan(100);
  });

  it("give every plural key exactly the forms its language's plural rules use", () => {
    for (const lang of LANGUAGES) {
      const categories = new Intl.PluralRules(INTL_LOCALE[lang]).resolvedOptions().pluralCategories.slice().sort();
      const forms = new Map<string, string[]>();
      for (const key of flat(lang).keys()) {
        const m = PLURAL.exec(key);
        if (m) forms.set(base(key), [...(forms.get(base(key)) ?? []), m[1]!]);
      }
      expect(forms.size).toBeGreaterThan(0);
      for (const [key, got] of forms) expect({ lang, key, forms: got.sort() }).toEqual({ lang, key, forms: categories });
    }
  });

  it("have no empty text", () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of flat(lang)) expect({ lang, key, empty: text.trim() === "" }).toEqual({ lang, key, empty: false });
    }
  });

  it("use the same placeholders for the same key in every language", () => {
    const vars = (lang: Language) => {
      const byBase = new Map<string, Set<string>>();
      for (const [key, text] of flat(lang)) {
        const set = byBase.get(base(key)) ?? new Set<string>();
        for (const v of placeholders(text)) set.add(v!);
        byBase.set(base(key), set);
      }
      return byBase;
    };
    const en = vars("en");
    for (const lang of LANGUAGES) {
      for (const [key, set] of vars(lang)) expect({ lang, key, vars: [...set].sort() }).toEqual({ lang, key, vars: [...(en.get(key) ?? [])].sort() });
    }
  });

  it("the Cyrillic catalogue has no Latin letters left outside placeholders, code and kept words", () => {
    for (const [key, text] of flat("sr-Cyrl")) {
      const rest = text.replace(/\{\{[^}]*\}\}|`[^`]*`|\b(OPC UA|OPC|URL|SCADA|ISA|ID)\b/g, "");
      expect({ key, latin: /[A-Za-zČĆŽŠĐčćžšđ]/.test(rest) }).toEqual({ key, latin: false });
    }
  });
});

/** Renderer source files, for the key scan. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

describe("keys used in the renderer", () => {
  const files = sourceFiles(path.resolve("renderer")).filter((f) => !f.includes(`${path.sep}catalogs${path.sep}`));
  const used = new Map<string, string>();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/\b(?:t|tk|i18n\.t)\(\s*["'`]([^"'`$]+)["'`]/g)) used.set(m[1]!, path.relative(process.cwd(), file));
  }

  it("are found by the scan (the scan itself works)", () => {
    expect(used.size).toBeGreaterThan(100);
    expect(used.has("alarms.title")).toBe(true);
  });

  it("all exist in every catalogue, as a key or a plural key", () => {
    for (const lang of LANGUAGES) {
      const keys = new Set(flat(lang).keys());
      const plural = new Set([...keys].filter((k) => PLURAL.test(k)).map(base));
      for (const [key, file] of used) {
        expect({ lang, key, file, exists: keys.has(key) || plural.has(key) }).toEqual({ lang, key, file, exists: true });
      }
    }
  });

  it("leave no catalogue key unused", () => {
    const usedBases = new Set(used.keys());
    const unused = [...new Set([...flat("en").keys()].map(base))].filter((k) => !usedBases.has(k));
    expect(unused).toEqual([]);
  });
});

describe("i18next with the catalogues", () => {
  it("picks Serbian plural forms by count", () => {
    const t = createI18n("sr-Latn").t;
    expect(t("alarms.activeCount", { count: 1 })).toBe("1 aktivan");
    expect(t("alarms.activeCount", { count: 3 })).toBe("3 aktivna");
    expect(t("alarms.activeCount", { count: 5 })).toBe("5 aktivnih");
    expect(t("alarms.activeCount", { count: 21 })).toBe("21 aktivan");
    expect(t("alarms.activeCount", { count: 12 })).toBe("12 aktivnih");
    expect(createI18n("sr-Cyrl").t("alarms.activeCount", { count: 3 })).toBe("3 активна");
    expect(createI18n("en").t("alarms.activeCount", { count: 3 })).toBe("3 active");
  });

  it("does not escape interpolated server text (React renders it as a text node)", () => {
    const t = createI18n("en").t;
    expect(t("ack.failedToast", { message: "<b>&</b>" })).toBe("Acknowledge failed: <b>&</b>");
  });
});
