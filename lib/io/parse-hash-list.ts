/** One file of a data set: its expected SHA-256 (lowercase hex) and plain file name. */
export interface HashEntry {
  sha256: string;
  name: string;
}

/** A data set's hash list: where to download from and what each file must hash to. */
export interface HashList {
  /** From the `# base-url: URL` comment line; null when absent. */
  baseUrl: string | null;
  entries: HashEntry[];
}

const LINE = /^([0-9a-fA-F]{64}) [ *]?(.+)$/;
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/**
 * Parses a `sha256sum`-style hash list (`<64 hex>  <name>` per line) with `#` comments, one of
 * which may be `# base-url: <URL>` (the URL each name is appended to). Names must be plain file
 * names (no folders, no `..`), so a list can never write outside its destination folder.
 *
 * @param text the list's text
 * @param file the list's path, for messages
 * @returns the base URL and entries in list order
 * @throws {Error} `parseHashList: <file>: line <n>: <problem>` for a malformed line, an unsafe or
 *   duplicate name; `parseHashList: <file>: no entries`
 * @example
 * parseHashList('# base-url: https://x/\n' + 'ab'.repeat(32) + '  a.json\n', 'list').entries[0].name; // 'a.json'
 */
export function parseHashList(text: string, file: string): HashList {
  let baseUrl: string | null = null;
  const entries: HashEntry[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const bad = (problem: string) => new Error(`parseHashList: ${file}: line ${i + 1}: ${problem}`);
    if (line === '') return;
    if (line.startsWith('#')) {
      const m = /^#\s*base-url:\s*(\S+)\s*$/.exec(line);
      if (m) {
        if (!/^https?:\/\//.test(m[1])) throw bad(`base-url is not an http(s) URL: ${m[1]}`);
        baseUrl = m[1].endsWith('/') ? m[1] : `${m[1]}/`;
      }
      return;
    }
    const m = LINE.exec(line);
    if (!m) throw bad('not "<64 hex digits>  <file name>"');
    const name = m[2].trim();
    if (!SAFE_NAME.test(name) || name.includes('..')) throw bad(`unsafe file name ${JSON.stringify(name)}`);
    if (seen.has(name)) throw bad(`duplicate file name ${name}`);
    seen.add(name);
    entries.push({ sha256: m[1].toLowerCase(), name });
  });
  if (entries.length === 0) throw new Error(`parseHashList: ${file}: no entries`);
  return { baseUrl, entries };
}
