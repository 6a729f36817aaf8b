#!/usr/bin/env bash
# Startup to the first painted frame: the editor on the bundled DPRK plan
# against a bare QMainWindow of the same size, both shown and painted, each
# process whole (start, libraries, first frame, exit), in alternating pairs so
# that the load of a shared machine falls on both alike. Prints the medians
# and their ratio (goal: at most 2).
#
#   bench/startup.sh [BUILD_DIR] [PAIRS]     (defaults: build, 15)
#
# Wall-clock time is what the goal names; CPU time is what the load of a
# shared machine inflates least, since the CPU a process spends does not grow
# while it waits for a core (task-clock of `perf stat`, whole process; perf
# must be installed).
#
# Needs the targets tranche and barewindow. Runs offscreen unless
# QT_QPA_PLATFORM says otherwise; settings and recovery files go to a
# temporary home, so that a saved window layout or a crash file does not count.
set -euo pipefail

build=${1:-build}
pairs=${2:-15}
tranche="$build/app/tranche"
bare="$build/bench/barewindow"
for exe in "$tranche" "$bare"; do
  [[ -x $exe ]] || { echo "missing $exe (cmake --build $build --target tranche barewindow)" >&2; exit 2; }
done

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
export XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export TRANCHE_QUIT_AFTER_FIRST_FRAME=1

# One run of "$@": its wall-clock and CPU milliseconds.
cpufile="$home/cpu"
run_ms() {
  local t0 t1
  t0=$(date +%s%N)
  perf stat -x, -e task-clock -o "$cpufile" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(awk -F, '/task-clock/ { printf "%.1f", $1 }' "$cpufile")"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

run_ms "$bare" >/dev/null && run_ms "$tranche" >/dev/null # warm the file cache
editor=() bareTimes=()
for ((i = 0; i < pairs; i++)); do
  if (( i % 2 )); then
    editor+=("$(run_ms "$tranche")"); bareTimes+=("$(run_ms "$bare")")
  else
    bareTimes+=("$(run_ms "$bare")"); editor+=("$(run_ms "$tranche")")
  fi
done
column() { printf '%s\n' "${@:2}" | awk -v c="$1" '{ print $c }' | median; }
e=$(column 1 "${editor[@]}")
b=$(column 1 "${bareTimes[@]}")
ec=$(column 2 "${editor[@]}")
bc=$(column 2 "${bareTimes[@]}")
echo "pairs: $pairs"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "editor (DPRK plan) to first frame, median ms: $e wall, $ec CPU"
echo "bare QMainWindow to first frame, median ms:   $b wall, $bc CPU"
awk -v e="$e" -v b="$b" -v ec="$ec" -v bc="$bc" \
  'BEGIN { printf "ratio: %.2f wall, %.2f CPU (goal <= 2.00)\n", e / b, ec / bc }'
