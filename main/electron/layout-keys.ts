/**
 * The workstation's window keys, decided here so a test can hold them: F11 puts a window in or
 * out of full screen (a wall display runs full screen), Ctrl+Shift+→ sends it to the next
 * display. Only key-down, with no other modifier, so text fields keep their own shortcuts.
 */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
}

export type LayoutKeyAction = "full-screen" | "next-display";

export function layoutKeyAction(input: KeyInput): LayoutKeyAction | null {
  if (input.type !== "keyDown") return null;
  if (input.key === "F11" && !input.control && !input.shift && !input.alt && !input.meta) return "full-screen";
  if (input.key === "ArrowRight" && input.control && input.shift && !input.alt && !input.meta) return "next-display";
  return null;
}
