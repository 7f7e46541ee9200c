/**
 * Hands a file to the person through a Blob link: the browser saves it to Downloads, Electron
 * asks where to save it. No Node and no IPC needed, so host mode and the desktop app share it;
 * the history's CSV and the engineer's tag lists both leave this way.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the Blob by the next task; revoking at once can cancel it in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
