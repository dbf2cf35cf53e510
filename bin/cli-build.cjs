// The compiled CLI (build/, made by `npm run build:cli`) and its freshness check, shared by
// bin/speclat.cjs (at every start) and scripts/build-cli.cjs (which writes the stamp).
// The build is used only when build/.source-hash equals the hash of the current sources, so a
// compiled CLI is never stale against lib/: after any edit, pull or checkout the CLI falls back to
// running the TypeScript sources through tsx until the next build.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** Project root (the folder holding package.json). */
const ROOT = path.resolve(__dirname, '..');
/** Where the compiled CLI goes (git-ignored). */
const BUILD_DIR = path.join(ROOT, 'build');
/** The stamp: the source hash the build was made from. */
const STAMP = '.source-hash';
/** Files besides lib/ whose content changes the build. */
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json'];

function listFiles(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/**
 * SHA-1 over the relative path and content of every file under lib/ and the TypeScript configs.
 * About 20 ms for the project's ~300 files.
 * @param {string} [root] project root
 * @returns {string} hex digest
 */
function sourceHash(root = ROOT) {
  const files = listFiles(path.join(root, 'lib'), []).sort();
  const hash = crypto.createHash('sha1');
  for (const file of [...files, ...CONFIG_FILES.map((f) => path.join(root, f))]) {
    hash.update(path.relative(root, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Whether build/ holds a CLI compiled from exactly the current sources.
 * @param {string} [root] project root
 * @returns {boolean}
 */
function buildIsFresh(root = ROOT) {
  const build = path.join(root, 'build');
  let stamp;
  try {
    stamp = fs.readFileSync(path.join(build, STAMP), 'utf8').trim();
  } catch {
    return false;
  }
  return fs.existsSync(path.join(build, 'cli.js')) && stamp === sourceHash(root);
}

module.exports = { ROOT, BUILD_DIR, STAMP, sourceHash, buildIsFresh };
