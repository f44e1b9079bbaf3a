/**
 * SUM over a list of cells, within Excel's limit of 255 arguments per
 * function (LibreOffice shows Err:512 past it): a longer list is summed in
 * chunks of 255, `SUM(SUM(D4,…),SUM(…))`, nested again if need be.
 */
export const MAX_FUNCTION_ARGUMENTS = 255;

/** "SUM(D4,D5,D6)" without the leading "=". */
export function sumOf(references: readonly string[]): string {
  if (references.length <= MAX_FUNCTION_ARGUMENTS) return `SUM(${references.join(",")})`;
  const chunks: string[] = [];
  for (let i = 0; i < references.length; i += MAX_FUNCTION_ARGUMENTS) chunks.push(sumOf(references.slice(i, i + MAX_FUNCTION_ARGUMENTS)));
  return sumOf(chunks);
}
