#!/usr/bin/env bash
# Runs `tranche check`, `flow` and `convert` of two builds on every fixture plan
# and bundled scenario and compares what they print, byte for byte (stdout,
# stderr and exit code). Kept for refactorings that must not change behaviour:
#   tests/cli/compare-output.sh OLD/tranche NEW/tranche
# Exit 0 when every output is identical; else lists the differences.
set -uo pipefail
old=$1 new=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

run_all() { # BIN OUTDIR
  local bin=$1 out=$2 n=0
  mkdir -p "$out"
  while IFS= read -r plan; do
    n=$((n + 1))
    local tag; tag=$(printf '%03d' "$n")
    local args
    for args in "check" "check --format json" "check --profile flexible" "flow" "flow --format json"; do
      local key=${args// /_}
      # shellcheck disable=SC2086
      (cd "$top" && "$bin" $args "$plan") > "$out/$tag.$key.out" 2> "$out/$tag.$key.err"
      echo $? > "$out/$tag.$key.rc"
    done
    # convert to .tranche and back: both steps' messages and the final bytes
    (cd "$top" && "$bin" convert "$plan" "$out/$tag.tranche") > /dev/null 2> "$out/$tag.convert1.err"
    echo $? > "$out/$tag.convert1.rc"
    if [ -f "$out/$tag.tranche" ]; then
      (cd "$top" && "$bin" convert "$out/$tag.tranche" "$out/$tag.back.json") 2> "$out/$tag.convert2.err"
      echo $? > "$out/$tag.convert2.rc"
      rm -f "$out/$tag.tranche"
    fi
  done < <(cd "$top" && { find tests/fixtures -name '*.json' | sort; ls resources/scenarios/*.json; })
  echo "$n"
}

n_old=$(run_all "$old" "$work/old")
n_new=$(run_all "$new" "$work/new")
if diff -r "$work/old" "$work/new" > "$work/diff"; then
  echo "identical: $n_new plans, check/flow/convert outputs byte for byte"
  exit 0
fi
echo "outputs differ ($n_old plans):"
head -100 "$work/diff"
exit 1
