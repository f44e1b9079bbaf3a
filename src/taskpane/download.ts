/**
 * Offering text or bytes as a file to download from the task pane: a Blob
 * behind a link clicked for the user (the browser, or Excel's web view, saves it).
 */
function downloadBlob(fileName: string, blob: Blob, doc: Document): boolean {
  if (typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Released once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

export function downloadText(fileName: string, text: string, doc: Document = document): boolean {
  return downloadBlob(fileName, new Blob([text], { type: "application/json;charset=utf-8" }), doc);
}

export function downloadBytes(fileName: string, bytes: Uint8Array, type: string, doc: Document = document): boolean {
  // A copy into a plain ArrayBuffer: Blob takes ArrayBuffer views, not SharedArrayBuffer ones.
  return downloadBlob(fileName, new Blob([bytes.slice().buffer as ArrayBuffer], { type }), doc);
}
