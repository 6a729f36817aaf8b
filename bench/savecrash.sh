#!/usr/bin/env bash
# Crash safety of saving a .tranche file, at scale: runs tst_savecrash_helper
# (one save of one of two plans) N times, kills it with SIGKILL after a random
# delay within one run's duration, and checks after each kill that the plan is
# the old or the new file byte for byte, and after a last complete save that
# nothing else is left in its folder. tests/io/tst_savecrash does the same 120
# times in the test suite.
#   bench/savecrash.sh build/tests/tst_savecrash_helper [N=1000]
# Exit 0 when every kill left a whole file and the last save left no stray file.
set -euo pipefail
helper=$(realpath "$1")
n=${2:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$helper" "$work/old.tranche" old
"$helper" "$work/new.tranche" new
mkdir "$work/plan"
plan=$work/plan/plan.tranche
"$helper" "$plan" old
chmod 600 "$plan"

start=$(date +%s%N)
"$helper" "$work/calibrate.tranche" new
run_us=$((($(date +%s%N) - start) / 1000))
[ "$run_us" -lt 999999 ] || run_us=999999

mixed=0 finished=0 seen=0 open_temp=0
for ((i = 0; i < n; i++)); do
  variant=old
  [ $((i % 2)) -eq 0 ] && variant=new
  "$helper" "$plan" "$variant" 2>/dev/null &
  pid=$!
  delay=$(((RANDOM * 32768 + RANDOM) % run_us))
  sleep "$(printf '0.%06d' "$delay")"
  kill -9 "$pid" 2>/dev/null || true
  if wait "$pid" 2>/dev/null; then finished=$((finished + 1)); fi
  if ! cmp -s "$plan" "$work/old.tranche" && ! cmp -s "$plan" "$work/new.tranche"; then
    mixed=$((mixed + 1))
    echo "kill $i left a mixed file" >&2
  fi
  for f in "$work"/plan/plan.tranche.tmp-*; do
    [ -e "$f" ] || continue
    seen=$((seen + 1))
    [ "$(stat -c %a "$f")" = 600 ] || open_temp=$((open_temp + 1))
  done
done
"$helper" "$plan" new
left=$(find "$work/plan" -mindepth 1 ! -name plan.tranche | wc -l)
echo "one save: ${run_us} us (process start included)"
echo "kills: $n; saves finished before the kill: $finished; mixed files: $mixed"
echo "temporary files seen after kills: $seen (more open than the 0600 plan: $open_temp);" \
  "left after the next complete save: $left"
[ "$mixed" -eq 0 ] && [ "$open_temp" -eq 0 ] && [ "$left" -eq 0 ]
