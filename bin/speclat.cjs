#!/usr/bin/env node
// Entry point of `npx speclat`: runs the TypeScript CLI through tsx's CommonJS loader.
require('tsx/cjs');
const { main } = require('../lib/cli.ts');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`speclat: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  },
);
