#!/usr/bin/env bash
# One-time (and idempotent) set-up of a fresh Debian/Ubuntu machine with Node >= 20.19:
#   1. the Debian packages the notebooks and figures need (Jupyter's nbclient, Chromium, fonts),
#      installed only when missing (apt-get update runs only then; sudo only when not root);
#   2. the npm dependencies (npm ci), skipped when node_modules already matches package-lock.json;
#   3. the compiled CLI (npm run build:cli: lib/ to build/, git-ignored), which starts much faster
#      than compiling TypeScript at each start; bin/speclat.cjs uses it only while it matches the
#      sources byte for byte (a stamp of their sizes, times and hash) and runs lib/ through tsx
#      otherwise, so it is never stale;
#   4. the project-local Jupyter kernel spec for tslab (.jupyter/, git-ignored, absolute paths);
#   5. the real data set: imported from ../shared/speculators-scaling when that folder exists,
#      downloaded otherwise (npm run data:fetch).
# Usage: bash scripts/setup.sh        (SPECLAT_FORCE_NPM_CI=1 forces a fresh npm ci)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# --- Node -----------------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || die "Node.js >= 20.19 is required (https://nodejs.org/en/download)"
command -v npm >/dev/null 2>&1 || die "npm is required (it comes with Node.js)"
node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || die "Node.js >= 20.19 is required, found $(node --version)"

# --- Debian packages ------------------------------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
has_candidate() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'; }

missing=()
for pkg in jupyter-nbconvert jupyter-client python3-nbclient python3-nbformat fonts-liberation; do
  installed "$pkg" || missing+=("$pkg")
done
# Debian ships Chromium as 'chromium'; Ubuntu as 'chromium-browser' (a snap wrapper).
if ! installed chromium && ! installed chromium-browser && [ -z "${SPECLAT_CHROMIUM:-}" ]; then
  missing+=(chromium)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get: install them by hand"
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update
  if [[ " ${missing[*]} " == *" chromium "* ]] && ! has_candidate chromium && has_candidate chromium-browser; then
    missing=("${missing[@]/#chromium/chromium-browser}")
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  say "Debian packages present"
fi
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import nbclient, nbformat' \
  || die "/usr/bin/python3 cannot import nbclient (Debian package python3-nbclient)"

# --- npm dependencies -----------------------------------------------------------------------
if [ -z "${SPECLAT_FORCE_NPM_CI:-}" ] && [ -d node_modules ] && npm ls --all >/dev/null 2>&1; then
  say "node_modules matches package-lock.json (npm ci skipped)"
else
  say "npm ci"
  npm ci --no-audit --no-fund
fi
# tslab talks to Jupyter through zeromq's native addon (shipped prebuilt): check it loads.
node -e 'require("zeromq")' || die "the zeromq native module does not load: tslab cannot start"

# --- compiled CLI ---------------------------------------------------------------------------
if node -e "process.exit(require('./bin/cli-build.cjs').buildIsFresh() ? 0 : 1)"; then
  say "build/ matches lib/ (CLI build skipped)"
else
  say "compiling the CLI (npm run build:cli)"
  npm run --silent build:cli
fi

# --- Jupyter kernel spec --------------------------------------------------------------------
npx tsx scripts/reproduce.ts --kernel-spec-only
JUPYTER_PATH="$ROOT/.jupyter" /usr/bin/python3 -m jupyter_client.kernelspecapp list 2>/dev/null | grep -q ' tslab ' \
  || die "Jupyter does not see the tslab kernel spec in $ROOT/.jupyter"

# --- data -----------------------------------------------------------------------------------
if [ -d ../shared/speculators-scaling ]; then
  say "importing the data set from ../shared/speculators-scaling"
  npm run data:fetch -- --from ../shared/speculators-scaling
else
  say "downloading the data set"
  npm run data:fetch
fi
say "done. Next: npm run reproduce (outputs in out/), npm test"
