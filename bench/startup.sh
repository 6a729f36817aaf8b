#!/usr/bin/env bash
# Startup to the first painted frame: the editor on the bundled DPRK plan
# against a bare QMainWindow of the same size, both shown and painted, in
# alternating pairs so that the load of a shared machine falls on both alike.
# Prints, per program, three medians and their ratios (goal: at most 2):
#
# - exec to first painted frame (the figure the goal names): from just before
#   the script starts the process to the wall-clock time the program prints
#   once its first frame has been painted (ui/window/firstframeclock.h);
# - the whole process's wall time (start, libraries, first frame and exit:
#   the widget tree destroyed, the window's settings saved);
# - the whole process's CPU time, which the load of a shared machine inflates
#   least, since the CPU a process spends does not grow while it waits for a
#   core (task-clock of `perf stat`, all threads; perf must be installed).
#
#   bench/startup.sh [BUILD_DIR] [PAIRS]     (defaults: build, 15)
#
# Needs the targets tranche and barewindow. Runs offscreen unless
# QT_QPA_PLATFORM says otherwise; settings and recovery files go to a
# temporary home, so that a saved window layout or a crash file does not count.
# On an X server, as a user starts it (the platform plugin, the connection and
# the server's round trips count for both programs), with a virtual one:
#
#   xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" \
#     env QT_QPA_PLATFORM=xcb bench/startup.sh build 31
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

# One sample of "$@": its whole wall-clock and CPU milliseconds, and the
# milliseconds from exec to its first painted frame. The clocks come from a run
# of the program alone; the CPU time from a second run under `perf stat`,
# whose own start (several milliseconds) would otherwise be added to both
# programs' clocks alike and so shrink their ratio.
cpufile="$home/cpu"
run_ms() {
  local t0 t1 out frame
  t0=$(date +%s%N)
  out=$("$@" 2>/dev/null) || { echo "failed: $*" >&2; exit 1; }
  t1=$(date +%s%N)
  frame=$(awk '/^first-frame-realtime-ns: / { print $2 }' <<<"$out")
  [[ -n $frame ]] || { echo "no first-frame clock from $*" >&2; exit 1; }
  perf stat -x, -e task-clock -o "$cpufile" "$@" >/dev/null 2>&1 || { echo "failed under perf: $*" >&2; exit 1; }
  echo "$(( (t1 - t0) / 1000000 )) $(awk -F, '/task-clock/ { printf "%.1f", $1 }' "$cpufile")" \
    "$(awk -v f="$frame" -v t="$t0" 'BEGIN { printf "%.1f", (f - t) / 1e6 }')"
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
ef=$(column 3 "${editor[@]}")
bf=$(column 3 "${bareTimes[@]}")
echo "pairs: $pairs, platform: $QT_QPA_PLATFORM"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians, ms:          exec to first frame | whole process wall | whole process CPU"
printf 'editor (DPRK plan)    %19s | %18s | %17s\n' "$ef" "$e" "$ec"
printf 'bare QMainWindow      %19s | %18s | %17s\n' "$bf" "$b" "$bc"
awk -v e="$e" -v b="$b" -v ec="$ec" -v bc="$bc" -v ef="$ef" -v bf="$bf" 'BEGIN {
  printf "ratio                 %19.2f | %18.2f | %17.2f\n", ef / bf, e / b, ec / bc
  printf "goal: exec to first painted frame <= 2.00x the bare window: %.2fx (%s); whole process %.2fx wall, %.2fx CPU\n",
    ef / bf, ef / bf <= 2 ? "met" : "not met", e / b, ec / bc }'
