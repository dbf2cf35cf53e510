// Preloaded into the tslab kernel by scripts/tslab-kernel.sh (node --require).
//
// tslab compiles cells with a TypeScript watch program whose timer shim supports one pending
// timer only. TypeScript also watches the directories of failed module lookups (here lib/ and
// node_modules/, recursively) and, when any .ts/.js/.json file there is created or changed,
// schedules a second timer; the next cell then fails with "Unexpected pending rebuildTimer".
// Notebook runs do not need those directory watchers (the files a cell imports are still
// watched one by one), so they are turned into no-ops before tslab loads TypeScript.
'use strict';
const path = require('node:path');
const ts = require(require.resolve('@tslab/typescript-for-tslab', { paths: [path.join(__dirname, '..', 'node_modules', 'tslab')] }));
ts.sys.watchDirectory = () => ({ close() {} });
