#!/usr/bin/env bash
# Time and peak memory of `tranche check` and `tranche export` on every bad
# input of the robustness suite (tests/robustness/badinputs.cpp), in a Release
# build: flags any run over 2 s or 200 MB. A report, not a test: always exits 0
# unless it cannot run at all.
#   tests/robustness/measure.sh [BUILD_DIR]   (default: build)
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
tranche="$build/app/tranche"
suite="$build/tests/tst_malformed"
for f in "$tranche" "$suite" /usr/bin/time; do
  [ -x "$f" ] || { echo "measure.sh: $f is missing (build tranche and tst_malformed)" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 0700 "$work/xdg"
# The suite writes its inputs where it is told and keeps them.
TRANCHE_MALFORMED_DIR="$work/inputs" "$suite" inputsWritten >"$work/suite.log" 2>&1 ||
  { cat "$work/suite.log" >&2; exit 1; }

limit_s=2
limit_kb=$((200 * 1024))
flagged=0
count=0
printf '%-34s %9s %10s %9s %10s\n' input "check s" "check MB" "export s" "export MB"
measure() { # prints "seconds kilobytes" of one run
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/time"
}
for input in "$work"/inputs/*; do
  case "$input" in *.b) continue ;; esac # the second half of a link loop
  name="$(basename "$input")"
  read -r cs ck < <(measure "$tranche" check "$input")
  read -r es ek < <(measure "$tranche" export "$input" --chart -o "$work/out.png")
  rm -f "$work/out.png"
  flag=""
  for pair in "$cs $ck" "$es $ek"; do
    set -- $pair
    if awk -v s="$1" -v k="$2" -v ls="$limit_s" -v lk="$limit_kb" 'BEGIN { exit !(s > ls || k > lk) }'; then
      flag="  <-- over ${limit_s} s or 200 MB"
    fi
  done
  [ -n "$flag" ] && flagged=$((flagged + 1))
  count=$((count + 1))
  awk -v n="$name" -v cs="$cs" -v ck="$ck" -v es="$es" -v ek="$ek" -v f="$flag" \
    'BEGIN { printf "%-34s %9s %10.1f %9s %10.1f%s\n", n, cs, ck / 1024, es, ek / 1024, f }'
done
echo "measure.sh: $count inputs, $flagged over ${limit_s} s or 200 MB"
