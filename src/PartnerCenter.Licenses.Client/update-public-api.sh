#!/usr/bin/env bash
# Acknowledges a change to the client's public API (hand-written and generated): builds with a SARIF error log and
# writes what PublicApiAnalyzers reports into PublicAPI.Unshipped.txt (RS0016: new API is added; RS0017: removed API is
# taken out). Review the diff of PublicAPI.*.txt in the pull request: a removal there is a breaking change for callers.
set -euo pipefail
cd "$(dirname "$0")"
log="$(mktemp -d)/api.sarif"
dotnet build PartnerCenter.Licenses.Client.csproj --no-incremental -p:TreatWarningsAsErrors=false "-p:ErrorLog=$log%2Cversion=2.1" > /dev/null || true

names() { # rule id → the API names it reports, one per line, JSON escapes undone
  { grep -A40 "\"ruleId\": \"$1\"" "$log" || true; } | { grep -oE '"APIName": "([^"\\]|\\.)*"' || true; } | sed -E 's/^"APIName": "//; s/"$//; s/\\"/"/g; s/\\\\/\\/g' | sort -u
}

added=$(names RS0016)
removed=$(names RS0017)
for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
  if [ -n "$removed" ]; then
    grep -vxF -f <(printf '%s\n' "$removed") "$file" > "$file.tmp" || true
    mv "$file.tmp" "$file"
  fi
done
{ grep -v '^#nullable' PublicAPI.Unshipped.txt || true; printf '%s\n' "$added"; } | grep -v '^$' | LC_ALL=C sort -u > PublicAPI.Unshipped.tmp
{ echo '#nullable enable'; cat PublicAPI.Unshipped.tmp; } > PublicAPI.Unshipped.txt
rm -f PublicAPI.Unshipped.tmp
echo "added $(printf '%s' "$added" | grep -c . || true), removed $(printf '%s' "$removed" | grep -c . || true) API lines"
