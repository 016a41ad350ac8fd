/**
 * CSV for Excel: quoted cells, CRLF rows. Safe against formula injection: a cell starting with
 * = + - @ tab or carriage return is prefixed with a quote (OWASP), so Excel shows it as text.
 * Responses start with a UTF-8 BOM (csvBom) so that Excel reads Vietnamese names correctly.
 */
export const csvBom = '\uFEFF';

export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvRow(cells: (string | number | boolean | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
