/**
 * Numbers and times in the window's language and the site's zone (renderer/i18n/formats.ts):
 * a decimal comma and dot thousands in Serbian, Belgrade wall-clock time from a UTC instant,
 * month names in the chosen script, On/Off in words.
 */
import { describe, expect, it } from "vitest";
import { createFormats } from "../../renderer/i18n/formats";
import { createI18n } from "../../renderer/i18n/i18n";
import type { Language } from "../../renderer/i18n/languages";

const formats = (lang: Language, zone = "Europe/Belgrade") => createFormats(lang, zone, createI18n(lang).t);
const NOON_UTC = Date.UTC(2025, 0, 14, 12, 0, 5);

describe("formats", () => {
  it("show a UTC instant as Belgrade's wall clock in every language", () => {
    for (const lang of ["sr-Latn", "sr-Cyrl", "en"] as const) {
      expect(formats(lang).eventTime(NOON_UTC, NOON_UTC)).toBe("13:00:05");
      expect(formats(lang).clock(Date.UTC(2025, 6, 1, 21, 59, 0))).toBe("23:59:00");
    }
    // The same instant for a site in another zone: the site decides, not the machine.
    expect(formats("en", "Europe/London").eventTime(NOON_UTC, NOON_UTC)).toBe("12:00:05");
  });

  it("name older days in the language and script of the window", () => {
    const later = Date.UTC(2025, 0, 20, 12, 0, 0);
    expect(formats("sr-Latn").eventTime(NOON_UTC, later)).toBe("14. jan 13:00");
    expect(formats("sr-Cyrl").eventTime(NOON_UTC, later)).toBe("14. јан 13:00");
    expect(formats("en").eventTime(NOON_UTC, later)).toBe("14 Jan, 13:00");
    expect(formats("sr-Latn").dateTime(NOON_UTC)).toBe("14. 1. 2025. 13:00:05");
  });

  it("write numbers with a decimal comma and dot thousands in Serbian, the other way in English", () => {
    expect(formats("sr-Latn").value(1.8234, "bar")).toBe("1,82 bar");
    expect(formats("sr-Cyrl").value(123.456, "m³/h")).toBe("123,5 m³/h");
    expect(formats("sr-Latn").value(12345, "kW")).toBe("12.345 kW");
    expect(formats("sr-Latn").value(-0.41234, "mg/l")).toBe("-0,412 mg/l");
    expect(formats("en").value(1.8234, "bar")).toBe("1.82 bar");
    expect(formats("en").value(12345, "kW")).toBe("12,345 kW");
    expect(formats("sr-Latn").number(2.5)).toBe("2,50");
  });

  it("say On/Off in words of the language, and leave text values as the server sent them", () => {
    expect(formats("sr-Latn").value(true, null)).toBe("Uključeno");
    expect(formats("sr-Cyrl").value(false, null)).toBe("Искључено");
    expect(formats("en").value(true, null)).toBe("On");
    expect(formats("sr-Cyrl").value("Auto", null)).toBe("Auto");
    expect(formats("sr-Latn").value(null, "bar")).toBe("—");
  });

  it("write ages with the language's units", () => {
    expect(formats("sr-Latn").age(125_000)).toBe("2 min 5 s");
    expect(formats("sr-Cyrl").age(125_000)).toBe("2 мин 5 с");
    expect(formats("sr-Cyrl").age(3 * 24 * 3_600_000)).toBe("3 д");
  });
});
