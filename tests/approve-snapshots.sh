#!/usr/bin/env bash
# Approves generated-code snapshots: every *.received.cs left by a failing snapshot test becomes its *.approved.cs,
# and every *.received.deleted marker (a source no longer generated) removes its *.approved.cs.
# Run it only after reading the diff (git diff --no-index X.approved.cs X.received.cs, or your diff tool);
# the approved files are committed and reviewed in the pull request. CI never runs this script.
set -euo pipefail
cd "$(dirname "$0")"
if [ "${CI:-}" = "true" ]; then
  echo "approve-snapshots.sh refuses to run in CI: approving is a person's decision." >&2
  exit 1
fi
count=0
while IFS= read -r -d '' received; do
  approved="${received%.received.cs}.approved.cs"
  mv -f "$received" "$approved"
  echo "approved: ${approved#./}"
  count=$((count + 1))
done < <(find . -name '*.received.cs' -print0 | sort -z)
while IFS= read -r -d '' marker; do
  approved="${marker%.received.deleted}.approved.cs"
  rm -f "$approved" "$marker"
  echo "removed:  ${approved#./}"
  count=$((count + 1))
done < <(find . -name '*.received.deleted' -print0 | sort -z)
echo "$count snapshot(s) approved."
