/**
 * Offering text as a file to download from the task pane: a Blob behind a
 * link clicked for the user (the browser, or Excel's web view, saves it).
 */
export function downloadText(fileName: string, text: string, doc: Document = document): boolean {
  if (typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(new Blob([text], { type: "application/json;charset=utf-8" }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
