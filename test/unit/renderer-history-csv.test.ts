/**
 * The history CSV: a file Excel opens as it is in a Serbian or an English locale (BOM, `;` or
 * `,`, CRLF), RFC 4180 quoting of server texts, no formulas smuggled in by a message, headers in
 * the window's language and times as the site's wall clock.
 */
import { describe, expect, it } from "vitest";
import type { AlarmHistoryAuditRow, AlarmHistoryRow, AlarmHistoryStateRow } from "../../contract/api";
import { csvCell, csvDocument, csvSeparatorFor, historyCsv } from "../../renderer/history/historyCsv";
import { createI18n } from "../../renderer/i18n/i18n";
import type { Language } from "../../renderer/i18n/languages";
import { A, AL } from "./fixtures/ids";

const ZONE = "Europe/Belgrade";
/** 2025-03-14 09:05:03 in Niš (CET, UTC+1). */
const T_WINTER = Date.UTC(2025, 2, 14, 8, 5, 3);
/** 2025-07-01 23:30:00 in Niš (CEST, UTC+2): still 1 July there, 21:30 UTC. */
const T_SUMMER = Date.UTC(2025, 6, 1, 21, 30, 0);

function stateRow(over: Partial<AlarmHistoryStateRow> = {}): AlarmHistoryStateRow {
  return {
    kind: "alarm",
    key: "alarm-1",
    time: T_WINTER,
    receivedAt: T_WINTER + 20,
    alarmId: AL("nis-water|ns=1;s=PS-MED-01.PressureLimit"),
    assetId: A("nis-water|ns=1;s=PS-MED-01"),
    sourceName: "Pumpna stanica Medijana",
    conditionName: "PressureLimit",
    message: "Pritisak nizak: 2,1 bar",
    severity: 700,
    priority: "high",
    service: "water",
    district: "Medijana",
    active: true,
    acked: false,
    confirmed: null,
    shelved: false,
    returned: false,
    enabled: true,
    lastComment: null,
    lastCommentUser: null,
    ...over,
  };
}

function auditRow(over: Partial<AlarmHistoryAuditRow> = {}): AlarmHistoryAuditRow {
  return {
    kind: "audit",
    key: "audit-1",
    time: T_SUMMER,
    userName: "Marko Jovanović",
    role: "supervisor",
    action: "acknowledge",
    target: "nis-water|ns=1;s=PS-MED-01.PressureLimit",
    targetLabel: "Pumpna stanica Medijana: Pritisak nizak",
    detail: "Acknowledged with comment",
    worded: null,
    alarmId: AL("nis-water|ns=1;s=PS-MED-01.PressureLimit"),
    priority: "high",
    service: "water",
    district: "Medijana",
    ...over,
  };
}

/** The file split back into lines and cells (good enough for files without quoted separators). */
function parse(csv: string, separator: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  return csv
    .slice(1, -2)
    .split("\r\n")
    .map((line) => line.split(separator));
}

const csvIn = (language: Language, rows: AlarmHistoryRow[]) => historyCsv(rows, { t: createI18n(language).t, language, timeZone: ZONE });

describe("csv cells (RFC 4180 and formula injection)", () => {
  it("leaves plain text alone and quotes separators, quotes and line breaks", () => {
    expect(csvCell("Pumpna stanica", ";")).toBe("Pumpna stanica");
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell("a,b", ";")).toBe("a,b");
    expect(csvCell("a,b", ",")).toBe('"a,b"');
    expect(csvCell('rekao "stop"', ",")).toBe('"rekao ""stop"""');
    expect(csvCell("prvi\ndrugi", ",")).toBe('"prvi\ndrugi"');
    expect(csvCell("prvi\r\ndrugi", ";")).toBe('"prvi\r\ndrugi"');
    expect(csvCell("", ";")).toBe("");
  });

  it("turns what a spreadsheet would run as a formula into text with a leading apostrophe", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")", ",")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+381 18 123", ";")).toBe("'+381 18 123");
    expect(csvCell("-5 °C", ";")).toBe("'-5 °C");
    expect(csvCell("@SUM(A1)", ";")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd", ";")).toBe("'\tcmd");
    // Only at the start: a minus inside a message is just text.
    expect(csvCell("Temperatura -5 °C", ";")).toBe("Temperatura -5 °C");
  });

  it("writes a BOM, one CRLF-ended line per row", () => {
    expect(csvDocument(["a", "b"], [["1", "x;y"], ["2", ""]], ";")).toBe('\uFEFFa;b\r\n1;"x;y"\r\n2;\r\n');
  });

  it("uses ; for Serbian (Excel in a Serbian locale) and , for English", () => {
    expect(csvSeparatorFor("sr-Latn")).toBe(";");
    expect(csvSeparatorFor("sr-Cyrl")).toBe(";");
    expect(csvSeparatorFor("en")).toBe(",");
  });
});

describe("the history file", () => {
  it("has the operator's columns with Serbian headers in Serbian and English ones in English", () => {
    const [srHeader] = parse(csvIn("sr-Latn", []), ";");
    expect(srHeader).toEqual(["Vreme (Europe/Belgrade)", "Prioritet", "Izvor", "Uslov", "Poruka", "Stanje / radnja", "Korisnik", "Komentar / detalj", "Služba", "Opština"]);
    const [enHeader] = parse(csvIn("en", []), ",");
    expect(enHeader).toEqual(["Time (Europe/Belgrade)", "Priority", "Source", "Condition", "Message", "State / action", "User", "Comment / detail", "Service", "District"]);
    const [cyrHeader] = parse(csvIn("sr-Cyrl", []), ";");
    expect(cyrHeader![1]).toBe("Приоритет");
  });

  it("writes an alarm state with its ISA-18.2 state words and the site's wall-clock time", () => {
    const rows = parse(csvIn("sr-Latn", [stateRow()]), ";");
    expect(rows[1]).toEqual([
      "2025-03-14 09:05:03",
      "Visok",
      "Pumpna stanica Medijana",
      "PressureLimit",
      "Pritisak nizak: 2,1 bar",
      "Aktivan · Nepotvrđen",
      "",
      "",
      "Vodovod i kanalizacija",
      "Medijana",
    ]);
  });

  it("words returned, acknowledged, unconfirmed, shelved and out-of-service states as the panel does", () => {
    const state = (over: Partial<AlarmHistoryStateRow>) => parse(csvIn("en", [stateRow({ message: "Pressure low", ...over })]), ",")[1]![5];
    expect(state({ active: false, returned: true })).toBe("Returned · Unacknowledged");
    expect(state({ acked: true, confirmed: false })).toBe("Active · Acknowledged · Unconfirmed");
    expect(state({ acked: true, shelved: true })).toBe("Active · Acknowledged · Shelved");
    expect(state({ active: false, acked: true, enabled: false })).toBe("Returned · Acknowledged · Out of service");
  });

  it("writes an action with its name, the person and role, the alarm it was about and the detail", () => {
    const rows = parse(csvIn("en", [auditRow()]), ",");
    expect(rows[1]).toEqual([
      "2025-07-01 23:30:00",
      "High",
      "",
      "",
      "Pumpna stanica Medijana: Pritisak nizak",
      "Acknowledge",
      "Marko Jovanović (Supervisor)",
      "Acknowledged with comment",
      "Water & sewerage",
      "Medijana",
    ]);
    const signIn = parse(csvIn("sr-Latn", [auditRow({ action: "sign-in", target: "supervisor", targetLabel: null, alarmId: null, priority: null, service: null, district: null, detail: "Signed in (online)" })]), ";");
    expect(signIn[1]).toEqual(["2025-07-01 23:30:00", "", "supervisor", "", "", "Prijava", "Marko Jovanović (Supervizor)", "Signed in (online)", "", ""]);
  });

  it("quotes server texts with separators, quotes and line breaks, and defuses formulas in them", () => {
    const csv = csvIn("sr-Latn", [stateRow({ message: 'Nivo; "kritičan"\nproveriti', lastComment: "=1+1", lastCommentUser: "@ana" })]);
    expect(csv).toContain(';"Nivo; ""kritičan""\nproveriti";');
    expect(csv).toContain(";'@ana;'=1+1;");
  });

  it("keeps Serbian letters and Cyrillic as UTF-8 text", () => {
    const csv = csvIn("sr-Cyrl", [stateRow({ sourceName: "Ниш Ђура Јакшић", district: "Niška Banja" })]);
    expect(csv).toContain(";Ниш Ђура Јакшић;");
    expect(csv).toContain(";Niška Banja\r\n");
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
