#!/usr/bin/env node
// `npm run build:cli`: compiles lib/ to build/ (CommonJS, same folder depth as lib/ so that paths
// relative to __dirname, e.g. ../../data, still resolve), copies lib/'s non-TypeScript files (the
// simulator's calibration.json, ...), and stamps the build with the hash of the sources it was made
// from and their sizes and times (bin/cli-build.cjs). Built in build.tmp/ and moved into place, so
// an interrupted build never leaves a half-built, stamped build/.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, BUILD_DIR, STAMP, sourceStamp } = require('../bin/cli-build.cjs');

const started = Date.now();
const tmp = path.join(ROOT, 'build.tmp');
fs.rmSync(tmp, { recursive: true, force: true });
const stamp = sourceStamp(ROOT); // before compiling: an edit during the build makes the stamp stale, not wrong
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
const copyAssets = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, entry.name);
    if (entry.isDirectory()) copyAssets(from);
    else if (!entry.name.endsWith('.ts')) {
      const to = path.join(tmp, path.relative(path.join(ROOT, 'lib'), from));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
};
copyAssets(path.join(ROOT, 'lib'));
fs.writeFileSync(path.join(tmp, STAMP), stamp);
fs.rmSync(BUILD_DIR, { recursive: true, force: true });
fs.renameSync(tmp, BUILD_DIR);
process.stdout.write(`build:cli: lib/ compiled to build/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
