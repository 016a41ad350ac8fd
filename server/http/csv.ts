/**
 * CSV for Excel: quoted cells, CRLF rows. Safe against formula injection: a cell starting with
 * = + - @ tab or carriage return is prefixed with a quote (OWASP), so Excel shows it as text.
 * Numbers are written as they are: a negative number (a change of −8.33 ha) is no formula.
 * Responses start with a UTF-8 BOM (csvBom) so that Excel reads Vietnamese names correctly.
 */
export const csvBom = '\uFEFF';

export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvRow(cells: (string | number | boolean | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
