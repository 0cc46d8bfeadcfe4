/**
 * JSON for a <script type="application/json"> block. Inside a script element only "</script" and
 * "<!--" can end or confuse it, so every "<" is written as \u003c (and ">" and "&" too, for any
 * reader that scans for markup); U+2028 and U+2029 are escaped for old JSON-in-JS readers. JSON
 * escapes lone surrogates itself, so hostile text survives byte for byte and parses back equal.
 */
export function scriptJson(value: unknown): string {
  return escapeScriptJson(JSON.stringify(value));
}

export function escapeScriptJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for an HTML text or attribute context (the few strings the document itself carries). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
