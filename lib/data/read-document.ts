/** The YAML parser, loaded on the first YAML file (about a third of a CSV-reading CLI command's start-up otherwise). */
let yaml: typeof import('yaml') | undefined;

/** The text syntaxes measurement files come in. */
export type DocumentSyntax = 'json' | 'jsonl' | 'yaml' | 'csv';

/** A measurement file's text decoded into a value (CSV stays text: its parser reads it). */
export interface ParsedDocument {
  syntax: DocumentSyntax;
  /** JSON/YAML: the value; JSON Lines: the array of line values; CSV: the text. */
  value: unknown;
}

/**
 * Decodes measurement file text by looking at its content, never its name:
 * text starting with `{` or `[` is JSON, or JSON Lines when several lines each hold one
 * JSON value (`vllm bench serve --append-result`); a first line with commas and no colon
 * is CSV; anything else is YAML.
 *
 * @param text the file content
 * @param fn the public function's name, for messages
 * @param file the file name, for messages
 * @returns the syntax and the decoded value
 * @throws {Error} `<fn>: <file>: (document): empty file | not valid JSON (...) | not valid YAML (...)`
 * @example
 * readDocument('{"a":1}\n{"a":2}\n', 'detectFormat', 'r.json'); // { syntax: 'jsonl', value: [{a:1},{a:2}] }
 */
export function readDocument(text: string, fn: string, file: string): ParsedDocument {
  if (typeof text !== 'string') throw new Error(`${fn} requires the file text as a string`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trim();
  const fail = (problem: string) => new Error(`${fn}: ${file}: (document): ${problem}`);
  if (trimmed === '') throw fail('empty file');

  if (trimmed[0] === '{' || trimmed[0] === '[') {
    try {
      return { syntax: 'json', value: JSON.parse(trimmed) };
    } catch (err) {
      const jsonProblem = oneLine(err);
      const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
      if (lines.length < 2) throw fail(`not valid JSON (${jsonProblem})`);
      const values: unknown[] = [];
      for (let i = 0; i < lines.length; i++) {
        try {
          values.push(JSON.parse(lines[i]));
        } catch (lineErr) {
          throw fail(`not valid JSON (${jsonProblem}) nor JSON Lines (line ${i + 1}: ${oneLine(lineErr)})`);
        }
      }
      return { syntax: 'jsonl', value: values };
    }
  }

  const firstLine = trimmed.split(/\r?\n/, 1)[0];
  if (firstLine.includes(',') && !firstLine.includes(':')) return { syntax: 'csv', value: body };

  try {
    yaml ??= require('yaml') as typeof import('yaml');
    return { syntax: 'yaml', value: yaml.parse(body, { logLevel: 'error' }) };
  } catch (err) {
    throw fail(`not valid JSON, CSV or YAML (YAML error: ${oneLine(err)})`);
  }
}

/** The first line of an error's message, at most 160 characters. */
function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const line = msg.split('\n', 1)[0];
  return line.length > 160 ? `${line.slice(0, 160)}...` : line;
}
