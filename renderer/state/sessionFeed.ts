/**
 * Keeps the store's sign-in state equal to the core's: a snapshot from getSession, then the
 * `session` topic. Sign-in is per workstation, so every window hears a sign-in made in another.
 * An event that arrives while the snapshot is on its way is newer than it, so it wins.
 */
import { PERMISSION_KEYS, type ControlRoomApi, type SessionInfo } from "../../contract/api";
import type { RoomStore } from "./roomState";

export function startSessionFeed(api: ControlRoomApi, store: RoomStore): { ready: Promise<void>; stop: () => void; apply: (info: SessionInfo) => void } {
  let version = 0;
  const apply = (info: SessionInfo) => {
    version++;
    store.update((s) => ({ ...s, sessionInfo: info }));
  };
  const off = api.on("session", apply);
  const asked = version;
  const ready = api.getSession({}).then((info) => {
    if (version === asked) apply(info);
  });
  return { ready, stop: off, apply };
}

/** What a window with no answer yet, or a read-only station, may do: nothing. */
export const NOTHING_ALLOWED = Object.fromEntries(PERMISSION_KEYS.map((k) => [k, false])) as SessionInfo["may"];
