#!/bin/sh
# run-cases.sh — the golden cases: every folder tests/cases/NAME/ is one run of the command.
#
# A case folder holds its inputs and:
#   args             the command line after `incentive`, run from inside the folder; shell
#                    words and quotes work, and $OUT names a fresh scratch directory
#   expected.json    standard output, byte for byte (also expected.csv, expected.txt,
#                    expected-stdout: the first that exists)
#   expected-exit    the exit status (default 0)
#   expected-stderr  each of its lines must appear somewhere in standard error
#   no-oracle        (optional) do not ask tests/oracle/oracle.py about this case
# Adding a case is adding a folder.  With python3 available, each expected.json of a
# successful run is also checked against the independent reference in tests/oracle, so an
# expected file cannot silently pin a wrong figure; a case expecting exit 1 must be refused
# by the reference as well.
#
# Usage: run-cases.sh [NAME...]     (default: every case)
#   INCENTIVE_UPDATE_CASES=1 run-cases.sh NAME   rewrites NAME's expected standard output from
#   the program (after a deliberate change); the oracle still has to agree, and the diff
#   must be read before it is committed.
. "$(dirname "$0")/lib.sh"
t_require_incentive
t_mktemp

cases_dir=$top_srcdir/tests/cases
oracle=$top_srcdir/tests/oracle/oracle.py
python=
if [ -z "${INCENTIVE_NO_ORACLE:-}" ] && command -v python3 >/dev/null 2>&1; then
  python=python3
fi

if [ $# -eq 0 ]; then
  set -- $(cd "$cases_dir" && ls)
fi

for name in "$@"; do
  dir=$cases_dir/$name
  if [ ! -f "$dir/args" ]; then
    t_fail "$name" "no such case (missing $dir/args)"
    continue
  fi
  OUT=$t_scratch/$name.out
  export OUT
  rm -rf "$OUT"
  mkdir -p "$OUT"
  stdout=$t_scratch/$name.stdout
  stderr=$t_scratch/$name.stderr
  args=$(cat "$dir/args")
  (cd "$dir" && eval "exec \"\$INCENTIVE\" $args") >"$stdout" 2>"$stderr" </dev/null
  status=$?

  problems=
  want_exit=0
  [ -f "$dir/expected-exit" ] && want_exit=$(tr -d ' \n' <"$dir/expected-exit")
  if [ "$status" != "$want_exit" ]; then
    problems="exit status $status, expected $want_exit"
  fi

  expected=
  for f in expected.json expected.csv expected.txt expected-stdout; do
    if [ -f "$dir/$f" ]; then expected=$dir/$f; break; fi
  done
  if [ -n "$expected" ] && [ -n "${INCENTIVE_UPDATE_CASES:-}" ]; then
    cp "$stdout" "$expected"
  fi
  if [ -n "$expected" ] && ! cmp -s "$expected" "$stdout"; then
    problems="$problems${problems:+; }standard output differs from $(basename "$expected")"
  fi

  if [ -f "$dir/expected-stderr" ]; then
    while IFS= read -r want || [ -n "$want" ]; do
      [ -z "$want" ] && continue
      if ! grep -qF -- "$want" "$stderr"; then
        problems="$problems${problems:+; }standard error lacks: $want"
      fi
    done <"$dir/expected-stderr"
  fi

  oracle_note=
  if [ -z "$problems" ] && [ -n "$python" ] && [ "$want_exit" = 0 ] \
     && [ -f "$dir/expected.json" ] && [ ! -f "$dir/no-oracle" ]; then
    if ! (cd "$dir" && eval "exec $python \"\$oracle\" --check expected.json $args") \
         >"$t_scratch/$name.oracle" 2>&1; then
      problems="the reference in tests/oracle disagrees with expected.json"
      oracle_note=$t_scratch/$name.oracle
    fi
  fi

  if [ -z "$problems" ] && [ -n "$python" ] && [ "$want_exit" = 1 ] && [ ! -f "$dir/no-oracle" ]; then
    (cd "$dir" && eval "exec $python \"\$oracle\" $args") >"$t_scratch/$name.oracle" 2>&1
    if [ $? -ne 1 ] || ! grep -q '^refused:' "$t_scratch/$name.oracle"; then
      problems="the reference in tests/oracle does not refuse this run"
      oracle_note=$t_scratch/$name.oracle
    fi
  fi

  if [ -z "$problems" ]; then
    t_pass "$name"
    continue
  fi
  t_fail "$name" "incentive $args" "$problems"
  if [ -n "$expected" ]; then
    diff -u "$expected" "$stdout" | head -60 | sed 's/^/  /'
  fi
  if [ -n "$oracle_note" ]; then
    sed 's/^/  oracle: /' "$oracle_note" | head -40
  fi
  if [ -s "$stderr" ]; then
    echo "  standard error:"
    head -20 "$stderr" | sed 's/^/    /'
  fi
done

t_finish
