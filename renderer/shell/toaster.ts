/** One toaster per window for outcomes of actions that outlive the dialog that started them. */
import { OverlayToaster, Position, type Toaster, type ToastProps } from "@blueprintjs/core";

let toaster: Promise<Toaster> | null = null;

export function showToast(props: ToastProps): void {
  toaster ??= OverlayToaster.create({ position: Position.BOTTOM_RIGHT, maxToasts: 4 });
  void toaster.then((t) => t.show(props));
}
