#!/usr/bin/env bash
# Startup benchmark of the built distribution on the embedded H2 default, with demo data:
# time from the start command to the first page served (N runs, median), then heap and resident
# memory of the last run once started, and its bundle list. Not part of the test suite.
#   distribution/bench/startup.sh [runs] [cold|warm]   (default 5 cold; build first: ./concerto build)
# cold: every run starts on an empty data folder (schema creation, demo import);
# warm: one unmeasured first start creates the data, then every run restarts on it.
set -euo pipefail
runs=${1:-5}
mode=${2:-cold}
dist=$(cd "$(dirname "$0")/../target/concerto" && pwd)
port=${PORT:-8097}
home=$(mktemp -d /tmp/concerto-bench.XXXXXX)
mkdir -p "$home/conf" "$home/bin" "$home/modules"
ln -s "$dist/lib" "$home/lib"; ln -s "$dist/bundles" "$home/bundles"
cp "$dist/conf/concerto.properties" "$home/conf/"; cp "$dist/bin/concerto" "$home/bin/"

now_ms() { date +%s%3N; }
times=()
if [ "$mode" = warm ]; then
  "$home/bin/concerto" --demo --port "$port" > "$home/console-0.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/"; do sleep 0.2; done
  kill -TERM "$pid"; wait "$pid" || true
fi
for i in $(seq "$runs"); do
  [ "$mode" = warm ] || rm -rf "$home/data" "$home/logs"
  start=$(now_ms)
  "$home/bin/concerto" --demo --port "$port" > "$home/console-$i.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: Concerto exited"; cat "$home/console-$i.log"; exit 1; }
    sleep 0.05
  done
  ms=$(( $(now_ms) - start ))
  times+=("$ms")
  echo "run $i: first page after $ms ms"
  if [ "$i" -lt "$runs" ]; then kill -TERM "$pid"; wait "$pid" || true; fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "median time to first page ($mode start): $median ms over $runs runs"

sleep 5  # let start-up work settle
java_pid=$(pgrep -f "concerto.home=$home" | head -1)
jcmd=$(dirname "$(readlink -f "$(command -v java)")")/jcmd
[ -x "${JAVA_HOME:-}/bin/jcmd" ] && jcmd="$JAVA_HOME/bin/jcmd"
"$jcmd" "$java_pid" GC.run >/dev/null 2>&1 || true
echo "heap after start (after a full GC):"
"$jcmd" "$java_pid" GC.heap_info 2>/dev/null | sed 's/^/  /' | head -4
echo "resident memory: $(grep VmRSS /proc/"$java_pid"/status | awk '{print $2, $3}')"
echo "bundles (id, state, name, version):"
grep -h "OsgiRuntime - Bundle " "$home/logs/concerto.log" | sed "s/.*OsgiRuntime - Bundle /  /" || true
kill -TERM "$pid"; wait "$pid" || true
rm -rf "$home"
