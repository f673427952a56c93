#!/usr/bin/env bash
# Fails when a tracked text file has CRLF line endings in the repository or in this checkout, or
# when a file has no line-ending rule (.gitattributes: text=auto eol=lf, binaries marked). A
# Windows checkout then gets LF everywhere: no "\r" in prompts, .ts files or test data (issue 17).
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(git ls-files --eol | awk '
    # columns: index eol, working-tree eol, attributes, path
    $3 !~ /-text/ && ($1 == "i/crlf" || $1 == "i/mixed" || $2 == "w/crlf" || $2 == "w/mixed") { print }
    $3 == "attr/" { print "no rule: " $0 }')
if [[ -n "$bad" ]]; then
    echo "check-line-endings: these files break the LF rule of .gitattributes:" >&2
    echo "$bad" >&2
    exit 1
fi
echo "check-line-endings: $(git ls-files | wc -l) tracked files, no CRLF in text files"
