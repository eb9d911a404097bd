#!/bin/sh
# history-season.sh — seasons of months closed one after another: every folder
# tests/cases-history/NAME/ holds a plan with a history store, its exports and a `steps`
# file (its header says how a step is written).  Each step's output is compared with the
# expected file; refusals must leave the store unchanged byte for byte.
#
# Usage: history-season.sh [NAME...]     (default: every season)
. "$(dirname "$0")/lib.sh"
t_require_incentive
t_mktemp

seasons_dir=$top_srcdir/tests/cases-history
[ $# -eq 0 ] && set -- $(cd "$seasons_dir" && ls)

store_sum () {
  if [ -f "$1" ]; then sha256sum <"$1"; else echo absent; fi
}

for name in "$@"; do
  work=$t_scratch/$name
  rm -rf "$work"
  cp -R "$seasons_dir/$name" "$work"
  rm -f "$work"/history.sqlite*
  n=0
  grep -v '^#' "$seasons_dir/$name/steps" | while read -r want_exit mode file args; do
    [ -z "$want_exit" ] && continue
    n=$((n + 1))
    before=$(store_sum "$work/history.sqlite")
    (cd "$work" && eval "exec \"\$INCENTIVE\" $args") >"$t_scratch/out" 2>"$t_scratch/err" </dev/null
    status=$?
    after=$(store_sum "$work/history.sqlite")
    problems=
    [ "$status" = "$want_exit" ] || problems="exit status $status, expected $want_exit"
    case $mode in
      =|r)
        cmp -s "$work/$file" "$t_scratch/out" || problems="$problems; standard output differs from $file"
        [ "$mode" = r ] && [ "$before" != "$after" ] && problems="$problems; the store changed" ;;
      '~'|!)
        where=$t_scratch/out
        [ "$mode" = ! ] && where=$t_scratch/err
        while IFS= read -r want || [ -n "$want" ]; do
          [ -z "$want" ] && continue
          grep -qF -- "$want" "$where" || problems="$problems; output lacks: $want"
        done <"$work/$file"
        if [ "$mode" = ! ]; then
          [ -s "$t_scratch/out" ] && problems="$problems; a refusal printed a report"
          [ "$before" != "$after" ] && problems="$problems; the store changed"
        fi ;;
    esac
    if [ -z "$problems" ]; then
      echo "PASS: $name step $n: $args"
    else
      echo "FAIL: $name step $n: $args"
      echo "  ${problems#; }"
      sed 's/^/  stderr: /' "$t_scratch/err" | head -5
      if [ -n "${INCENTIVE_UPDATE_EXPECTED:-}" ] && [ "$mode" = = -o "$mode" = r ]; then
        cp "$t_scratch/out" "$seasons_dir/$name/$file"
      fi
      echo fail >>"$t_scratch/failed"
    fi
  done
done
if [ -f "$t_scratch/failed" ]; then
  echo "$(wc -l <"$t_scratch/failed") step(s) failed"
  exit 1
fi
echo "all steps passed"
exit 0
