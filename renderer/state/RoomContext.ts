/**
 * Hands the store and session to components without threading props through every level.
 * The values never change after start, so the context itself causes no re-renders.
 */
import { createContext, useContext } from "react";
import type { ControlRoomApi } from "../../contract/api";
import type { RoomState, RoomStore } from "./roomState";
import type { Session } from "./session";
import { useStoreSelector } from "./store";

export interface Room {
  store: RoomStore;
  session: Session;
  /** For screens that ask the core for data on demand (history of one alarm, "show on map"); lists come through the store. */
  api: ControlRoomApi;
}

export const RoomContext = createContext<Room | null>(null);

export function useRoom(): Room {
  const room = useContext(RoomContext);
  if (!room) throw new Error("useRoom outside RoomContext");
  return room;
}

export function useRoomSelector<T>(selector: (s: RoomState) => T): T {
  return useStoreSelector(useRoom().store, selector);
}
