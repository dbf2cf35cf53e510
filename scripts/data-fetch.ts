// npm run data:fetch [-- --from DIR] [-- --dir OUT]
// Fetches the speculators-scaling data set listed (with SHA-256 hashes and the pinned source URL)
// in data/speculators-scaling.sha256 into data/speculators-scaling/. Logic: lib/io/fetch-dataset.ts.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { fetchDataset } from '../lib/io/fetch-dataset.js';

const USAGE = `usage: npm run data:fetch [-- --from DIR] [-- --dir OUT]

Downloads the 240 speculators-scaling files (Apache-2.0, vllm-project/speculators @ 5ebcf43)
listed in data/speculators-scaling.sha256, checking every SHA-256; files already present with
the right hash are kept.
  --from DIR   import from a local copy instead of downloading (same hash checks)
  --dir OUT    destination folder (default data/speculators-scaling)
`;

async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { from: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const root = path.resolve(__dirname, '..');
  const destDir = path.resolve(values.dir ?? path.join(root, 'data', 'speculators-scaling'));
  const result = await fetchDataset({
    hashListPath: path.join(root, 'data', 'speculators-scaling.sha256'),
    destDir,
    from: values.from === undefined ? undefined : path.resolve(values.from),
  });
  const replaced = result.replaced.length > 0 ? `, ${result.replaced.length} corrupt copies replaced` : '';
  process.stderr.write(
    `data:fetch: ${result.total} files verified in ${path.relative(process.cwd(), destDir) || '.'} ` +
      `(${result.fetched} ${values.from === undefined ? 'downloaded' : 'copied'}, ${result.present} already present${replaced})\n`,
  );
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`data:fetch: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
