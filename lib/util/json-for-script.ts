/**
 * Serialises a value as JSON that is safe to paste inside an HTML `<script>` element:
 * '<', '>', '&' and the line separators U+2028 / U+2029 are written as \u escapes, so no
 * string in the data can close the script element.
 *
 * @param value any JSON-serialisable value
 * @returns JSON text (valid JavaScript expression)
 * @throws {Error} `jsonForScript requires a JSON-serialisable value` (undefined, functions)
 * @example
 * jsonForScript({ t: '</script>' }); // '{"t":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('jsonForScript requires a JSON-serialisable value');
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
