#!/usr/bin/env bash
# docs/lectern.1 from the commands, by swift-argument-parser's generate-manual plugin (offline: the plugin comes with
# the package's swift-argument-parser). Run it after changing a command, an option or a help text:
#   scripts/manual.sh            regenerate docs/lectern.1
#   scripts/manual.sh --check    regenerate into a temporary folder; fail if docs/lectern.1 differs (CI)
# The page's date (.Dd) is the day it was generated, so --check compares everything else.
set -euo pipefail
cd "$(dirname "$0")/.."

generate() {
  swift package --allow-writing-to-directory "$1" generate-manual --configuration debug --output-directory "$1" \
    >/dev/null
}

if [ "${1:-}" = --check ]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  generate "$out"
  if ! diff -u -I '^\.Dd ' docs/lectern.1 "$out/lectern.1" >&2; then
    echo "docs/lectern.1 is not what the commands generate; run scripts/manual.sh" >&2
    exit 1
  fi
else
  generate docs
  echo "wrote docs/lectern.1"
fi
