/**
 * Wire messages, the same on MessagePort and WebSocket.
 */
import { z } from "zod";
import type { TopicName } from "./events";

export const requestMessage = z.object({
  kind: z.literal("call"),
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  args: z.unknown(),
});
export type RequestMessage = z.infer<typeof requestMessage>;

export type ResponseMessage =
  | { kind: "result"; id: number; result: unknown }
  | { kind: "error"; id: number; error: { code: string; message: string } };

export type EventMessage = { kind: "event"; topic: TopicName; payload: unknown };

export type CoreToWindowMessage = ResponseMessage | EventMessage;
