/**
 * Coalesces bursts (an alarm flood arrives as many socket messages) into one store update per
 * frame. The timeout backs up requestAnimationFrame, which browsers pause for hidden windows.
 */
export function createFrameBatcher(flush: () => void, maxDelayMs = 200): () => void {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
    flush();
  };
  return () => {
    if (frame !== null || timer !== null) return;
    frame = requestAnimationFrame(run);
    timer = setTimeout(run, maxDelayMs);
  };
}
