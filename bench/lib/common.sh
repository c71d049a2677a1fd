# shellcheck shell=bash
# Shared by bench/run and bench/crash-test: logging, building the bench module and reading /health/ready.
# The sourcing script sets BENCH_TAG (the log prefix) before sourcing.

# shellcheck disable=SC2034 # used by the sourcing scripts
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
DB_PASSWORD_FILE="$ROOT/.agora/db-password"
JAR="$BENCH/target/agora-bench-1.0.0-SNAPSHOT.jar"
export PATH="$PATH:/usr/sbin:/sbin"

log() { printf '[%s %s] %s\n' "$BENCH_TAG" "$(date +%H:%M:%S)" "$*"; }
die() {
  printf '[%s %s] ERROR: %s\n' "$BENCH_TAG" "$(date +%H:%M:%S)" "$*" >&2
  exit 1
}

# build_bench WORK_DIR: builds the module with the modules it uses. The output is kept aside and shown only on
# failure: Debian's Maven writes colour resets even in batch mode.
build_bench() {
  log "Building the bench module"
  if ! (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests -pl bench -am package) >"$1/build.txt" 2>&1; then
    cat "$1/build.txt" >&2
    die "build failed; from $ROOT try: mvn -B -q -DskipTests -pl bench -am package"
  fi
}

require_jar() {
  [[ -f "$JAR" && -d "$BENCH/target/lib" ]] || die "$JAR not built; run without --no-build"
  command -v java >/dev/null || die "java not found"
}

# bench_java CLASS ARGS...: one of the bench module's programs.
bench_java() {
  local class="$1"
  shift
  java -Xms64m -Xmx512m -cp "$JAR:$BENCH/target/lib/*" "com.agora.bench.$class" "$@"
}

# readiness MODE <<<"$health_json": prints a one-line verdict, exit 0 when ready.
#   MODE needed: the Order and Inventory agents are UP (the platform reports DOWN overall while agents are still
#                unimplemented; these two are what placing and reserving orders needs)
#   MODE all:    every implemented agent is UP (how ./agora waits after a start)
readiness() {
  python3 -c '
import json, sys
try:
    checks = json.load(sys.stdin).get("checks") or []
except ValueError:
    print("no JSON on /health/ready"); sys.exit(1)
if sys.argv[1] == "needed":
    status = {c.get("name"): c.get("status") for c in checks}
    down = [n + "=" + str(status.get(n, "missing")) for n in ("agent-order", "agent-inventory") if status.get(n) != "UP"]
    print(", ".join(down) if down else "Order and Inventory agents UP")
else:
    deployed = [c for c in checks if (c.get("data") or {}).get("state") != "not-implemented"]
    down = sorted(c.get("name", "?") for c in deployed if c.get("status") != "UP")
    print("%d agent checks, %d deployed, %s" % (len(checks), len(deployed),
          "down: " + ", ".join(down) if down else "all deployed UP"))
    down = down or not checks
sys.exit(1 if down else 0)
' "$1"
}
