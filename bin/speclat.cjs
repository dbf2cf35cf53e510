#!/usr/bin/env node
// Entry point of `npx speclat`. Runs the compiled CLI in build/ when it was made from the current
// sources (see bin/cli-build.cjs; `npm run build:cli`, run by scripts/setup.sh), else the
// TypeScript sources through tsx, which is slower to start but never stale.
// `simulate` always runs through tsx: its worker threads load TypeScript modules by path.
// SPECLAT_CLI=tsx forces tsx; SPECLAT_CLI=build requires a fresh build (an error otherwise).
'use strict';
const path = require('node:path');
const { BUILD_DIR, buildIsFresh } = require('./cli-build.cjs');

const argv = process.argv.slice(2);
const mode = process.env.SPECLAT_CLI || 'auto';
let entry = null;
if (mode !== 'tsx' && argv[0] !== 'simulate') {
  if (buildIsFresh()) {
    entry = path.join(BUILD_DIR, 'cli.js');
  } else if (mode === 'build') {
    process.stderr.write('speclat: SPECLAT_CLI=build but build/ is missing or not made from the current lib/ (run npm run build:cli)\n');
    process.exit(1);
  } else if (process.stderr.isTTY && require('node:fs').existsSync(BUILD_DIR)) {
    // Only on a terminal: scripts reading stderr see what they always saw.
    process.stderr.write('speclat: lib/ changed since build/ was compiled: running the sources through tsx (npm run build:cli starts faster)\n');
  }
}
// Exit once stdout and stderr have flushed: process.exit right after a large write to a pipe
// would cut the output short.
const exitAfterFlush = (code) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

async function run() {
  if (entry === null) {
    require('tsx/cjs'); // require() of TypeScript
    // import() of TypeScript too: lib/cli.ts loads each command when it runs. (The ES-module build of
    // tsx's API: its CommonJS build registers a loader path that does not exist in tsx 4.23.)
    (await import('tsx/esm/api')).register();
    entry = path.join(__dirname, '..', 'lib', 'cli.ts');
  }
  const { main } = require(entry);
  return main(argv);
}

run().then(
  (code) => exitAfterFlush(code),
  (err) => {
    process.stderr.write(`speclat: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  },
);
