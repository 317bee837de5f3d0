#!/usr/bin/env bash
# Runs the unit tests, then the integration tests (build tag "integration") against one
# Neo4j: the one at NEO4J_URI when set, otherwise a throwaway launcher instance that
# integration/neo4j.sh starts on a free port and stops afterwards. Both stages always run;
# the exit status is non-zero when either fails.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
go=${GO:-go}

# Prints "PASS (N s)" or "FAIL (exit N, N s)" for a stage.
result() {
	local rc=$1 seconds=$2
	if ((rc == 0)); then
		echo "PASS (${seconds} s)"
	else
		echo "FAIL (exit $rc, ${seconds} s)"
	fi
}

echo "== unit tests: $go test ./..."
start=$SECONDS
"$go" test ./...
unit_rc=$?
unit_seconds=$((SECONDS - start))

echo "== integration tests: $go test -tags integration -count=1 ./integration/..."
start=$SECONDS
# A Neo4j is guaranteed here, so integration tests must fail rather than skip without one.
REQUIRE_NEO4J=1 integration/neo4j.sh with-neo4j --throwaway \
	"$go" test -tags integration -count=1 ./integration/...
integration_rc=$?
integration_seconds=$((SECONDS - start))

echo
echo "== summary"
echo "unit tests:        $(result "$unit_rc" "$unit_seconds")"
echo "integration tests: $(result "$integration_rc" "$integration_seconds")"
((unit_rc == 0 && integration_rc == 0))
