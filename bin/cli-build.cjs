// The compiled CLI (build/, made by `npm run build:cli`) and its freshness check, shared by
// bin/speclat.cjs (at every start) and scripts/build-cli.cjs (which writes the stamp).
// The build is used only when it was made from exactly the current sources: build/.source-hash
// holds the SHA-1 of the sources' paths and contents when the build was made, and below it each
// source file's size, modification and change times. A start whose files all have the recorded
// sizes and times takes the build at once (a few ms of stat calls); otherwise it hashes the
// sources (~50-100 ms for lib/'s ~470 files) and takes the build only when the hash matches
// (then records the new times, so the next start is quick again). A write changes a file's change
// time (ctime), which no user can set back, so an edit is always seen: after any edit, pull or
// checkout the CLI falls back to running the TypeScript sources through tsx until the next build.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** Project root (the folder holding package.json). */
const ROOT = path.resolve(__dirname, '..');
/** Where the compiled CLI goes (git-ignored). */
const BUILD_DIR = path.join(ROOT, 'build');
/** The stamp: the source hash the build was made from, then the sources' times. */
const STAMP = '.source-hash';
/** Files besides lib/ whose content changes the build. */
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json'];

/** Paths (relative to root, '/'-separated) of the files under root/dir, recursively. */
function listFiles(root, dir, out) {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) listFiles(root, rel, out);
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** The source files (relative paths): every file under lib/ (sorted), then the TypeScript configs. */
function sourceFiles(root) {
  return [...listFiles(root, 'lib', []).sort(), ...CONFIG_FILES];
}

/**
 * SHA-1 over the relative path and content of every file under lib/ and the TypeScript configs.
 * @param {string} [root] project root
 * @returns {string} hex digest
 */
function sourceHash(root = ROOT) {
  const hash = crypto.createHash('sha1');
  for (const rel of sourceFiles(root)) {
    const file = path.join(root, rel);
    hash.update(rel);
    hash.update('\0');
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * One line per source file: relative path, size, modification and change time (ms); '-' for
 * an absent config file. Equal lines mean untouched files.
 * @param {string} [root] project root
 * @returns {string}
 */
function sourceStats(root = ROOT) {
  let out = '';
  for (const rel of sourceFiles(root)) {
    const s = fs.statSync(`${root}/${rel}`, { throwIfNoEntry: false });
    out += `${out === '' ? '' : '\n'}${rel}\t${s ? `${s.size}\t${s.mtimeMs}\t${s.ctimeMs}` : '-'}`;
  }
  return out;
}

/**
 * The stamp text for the current sources: the hash, then the stats (taken first: a file changed
 * meanwhile has newer times than recorded, so the next check hashes again).
 * @param {string} [root] project root
 * @returns {string}
 */
function sourceStamp(root = ROOT) {
  const stats = sourceStats(root);
  return `${sourceHash(root)}\n${stats}\n`;
}

/**
 * Whether build/ holds a CLI compiled from exactly the current sources (see the top of this
 * file). When the times differ but the hash matches, records the current times in the stamp
 * (best effort: a read-only build/ only keeps the check slower).
 * @param {string} [root] project root
 * @returns {boolean}
 */
function buildIsFresh(root = ROOT) {
  const build = path.join(root, 'build');
  let stamp;
  try {
    stamp = fs.readFileSync(path.join(build, STAMP), 'utf8');
  } catch {
    return false;
  }
  if (!fs.existsSync(path.join(build, 'cli.js'))) return false;
  const newline = stamp.indexOf('\n');
  const hash = (newline < 0 ? stamp : stamp.slice(0, newline)).trim();
  const recorded = newline < 0 ? '' : stamp.slice(newline + 1).replace(/\n$/, '');
  const stats = sourceStats(root);
  if (recorded !== '' && recorded === stats) return true;
  if (hash !== sourceHash(root)) return false;
  try {
    const tmp = path.join(build, `${STAMP}.${process.pid}`);
    fs.writeFileSync(tmp, `${hash}\n${stats}\n`);
    fs.renameSync(tmp, path.join(build, STAMP));
  } catch {
    // read-only build/: the next start hashes again
  }
  return true;
}

module.exports = { ROOT, BUILD_DIR, STAMP, sourceHash, sourceStats, sourceStamp, buildIsFresh };
