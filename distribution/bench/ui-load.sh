#!/usr/bin/env bash
# UI load harness: N simulated board members at once on the built distribution (embedded H2, demo data),
# each signing in, opening a plan of M actions, approving its board task, signing out; reports the
# server's response times (p50/p95/max per step) and the heap one UI session holds. Not a test.
#   distribution/bench/ui-load.sh [users] [actions] [spread]   (default 100 500 0; run by ./concerto bench ui)
# spread: over how many seconds the users start each part of the scenario (0: all at once, a burst).
# Extra options for the server JVM (a profiler, say): BENCH_JAVA_OPTS="-XX:StartFlightRecording=settings=profile"
# With BENCH_JFR_DUMP=/tmp/ui.jfr the server's flight recording is written there once the users are done
# (before the server is stopped, which would cut the recording's end).
# Needs the built distribution and, built in the "bench" profile, the load fixture module and the harness.
set -euo pipefail
users=${1:-100}
actions=${2:-500}
spread=${3:-0}
root=$(cd "$(dirname "$0")/../.." && pwd)
dist="$root/distribution/target/concerto"
port=${PORT:-8098}
home=$(mktemp -d /tmp/concerto-ui-load.XXXXXX)
mkdir -p "$home/conf" "$home/bin" "$home/modules"
ln -s "$dist/lib" "$home/lib"; ln -s "$dist/bundles" "$home/bundles"
cp "$dist/conf/concerto.properties" "$home/conf/"; cp "$dist/bin/concerto" "$home/bin/"
# the fixture module prepares one board task per user, through the platform's services, then writes this file
fixture="$home/load-fixture.txt"
cp "$root"/bundles/load-fixture/target/concerto-load-fixture-*.jar "$home/modules/"

export CONCERTO_JAVA_OPTS="-Xmx1g ${BENCH_JAVA_OPTS:-} -Dconcerto.load.out=$fixture -Dconcerto.load.users=$users -Dconcerto.load.actions=$actions"
"$home/bin/concerto" --demo --port "$port" > "$home/console.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
echo "Concerto (pid $pid) in $home, port $port: preparing $users board tasks on plans of $actions actions..."
last=""
until [ -f "$fixture" ]; do
  kill -0 "$pid" 2>/dev/null || { echo "Concerto exited:"; tail -40 "$home/console.log"; exit 1; }
  if grep -q "Load fixture failed" "$home/logs/concerto.log" 2>/dev/null; then
    echo "The load fixture failed:"; grep -A20 "Load fixture failed" "$home/logs/concerto.log" | head -40; exit 1
  fi
  now=$(grep -o "Load fixture: [0-9]*/[0-9]* board tasks ready" "$home/logs/concerto.log" 2>/dev/null | tail -1 || true)
  if [ -n "$now" ] && [ "$now" != "$last" ]; then echo "  $now"; last=$now; fi
  sleep 2
done
echo "Fixture ready; $users users start."
cd "$root"
./mvnw -B -q -Pbench -pl ui/load-harness exec:exec \
  -Dconcerto.load.url="http://localhost:$port/" -Dconcerto.load.fixture="$fixture" \
  -Dconcerto.load.pid="$pid" -Dconcerto.load.spread="$spread" -Dconcerto.load.out="$root/ui/load-harness/target/ui-load.txt"
if [ -n "${BENCH_JFR_DUMP:-}" ]; then jcmd "$pid" JFR.dump filename="$BENCH_JFR_DUMP" > /dev/null; fi
echo "Report: ui/load-harness/target/ui-load.txt; server log: $home/logs/concerto.log"
