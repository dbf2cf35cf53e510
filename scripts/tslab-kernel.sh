#!/usr/bin/env bash
# Starts the tslab kernel at the project root, whatever directory Jupyter starts it in,
# so notebooks import ./lib/... and tslab finds the project's tsconfig and node_modules.
cd "$(dirname "$0")/.." || exit 1
exec node --require ./scripts/tslab-no-directory-watch.cjs node_modules/tslab/bin/tslab kernel --config-path "$1"
