/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR before one) as a formula; a
 * comment like "=HYPERLINK(…)" would execute when a researcher opens the file.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * RFC 4180 cell: quoted when it holds a comma, quote or line break; quotes doubled. With `guard`,
 * a text cell that a spreadsheet would read as a formula gets a leading apostrophe (numbers stay).
 */
export function csvCell(value: unknown, guard = false): string {
  if (value === null || value === undefined) return '';
  const raw = typeof value === 'string' ? value : String(value);
  const text = guard && typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: unknown[], guard = false): string {
  return `${cells.map((cell) => csvCell(cell, guard)).join(',')}\r\n`;
}
