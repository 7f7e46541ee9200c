// What the core's utility process and the main process may tell each other; anything else must not count.
import { describe, expect, it } from "vitest";
import { CoreInbox } from "../../main/electron/core-inbox";
import { parseCoreMessage, parseMainMessage } from "../../main/electron/core-messages";

describe("parseCoreMessage", () => {
  it("reads ready and fatal", () => {
    expect(parseCoreMessage({ type: "ready" })).toEqual({ type: "ready" });
    expect(parseCoreMessage({ type: "fatal", message: "disk full" })).toEqual({ type: "fatal", message: "disk full" });
  });
  it("bounds the text shown to a person", () => {
    expect(parseCoreMessage({ type: "fatal", message: "x".repeat(10_000) })).toEqual({ type: "fatal", message: "x".repeat(2000) });
  });
  it.each([null, undefined, "ready", 1, {}, { type: "READY" }, { type: "fatal" }, { type: "fatal", message: 7 }, { type: "window" }])(
    "ignores %j",
    (data) => {
      expect(parseCoreMessage(data)).toBeNull();
    },
  );
});

describe("kept passwords between the main process and the core", () => {
  it("reads the core's request to keep a password, and nothing looser", () => {
    const request = { type: "keep-password", requestId: 3, endpointId: "water", password: "s3cret" };
    expect(parseCoreMessage(request)).toEqual(request);
    expect(parseCoreMessage({ ...request, password: "" })).toBeNull();
    expect(parseCoreMessage({ ...request, requestId: "3" })).toBeNull();
    expect(parseCoreMessage({ ...request, extra: 1 })).toBeNull();
  });
  it("reads the main process's kept passwords and answers; anything else is not one", () => {
    expect(parseMainMessage({ type: "kept-passwords", passwords: { water: "a" }, refusal: null })).toEqual({ type: "kept-passwords", passwords: { water: "a" }, refusal: null });
    expect(parseMainMessage({ type: "password-kept", requestId: 1, error: "locked" })).toEqual({ type: "password-kept", requestId: 1, error: "locked" });
    expect(parseMainMessage({ type: "kept-passwords", passwords: { water: 1 }, refusal: null })).toBeNull();
    expect(parseMainMessage({ type: "window" })).toBeNull();
    expect(parseMainMessage(null)).toBeNull();
  });
});

describe("the core's inbox", () => {
  it("holds windows' ports until the core serves them, then serves each at once", () => {
    const inbox = new CoreInbox<string>();
    const served: string[] = [];
    inbox.receive({ type: "window", role: "map" }, ["early"]);
    inbox.serveWindows((port, role) => served.push(`${port}:${role}`));
    inbox.receive({ type: "window" }, ["late"]);
    expect(served).toEqual(["early:map", "late:operator"]);
  });
  it("takes the first kept passwords only, and routes answers to the keeper", async () => {
    const inbox = new CoreInbox<string>();
    const answers: unknown[] = [];
    inbox.onAnswer = (id, error) => answers.push([id, error]);
    inbox.receive({ type: "kept-passwords", passwords: { water: "a" }, refusal: null }, []);
    inbox.receive({ type: "kept-passwords", passwords: { water: "b" }, refusal: null }, []);
    inbox.receive({ type: "password-kept", requestId: 2, error: null }, []);
    inbox.receive({ type: "password-kept", requestId: "x" }, []);
    expect((await inbox.keptPasswords()).passwords).toEqual({ water: "a" });
    expect(answers).toEqual([[2, null]]);
  });
});
