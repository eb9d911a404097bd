#!/bin/sh
# run-bench.sh — `make bench`: times `incentive run --format json` on a generated month
# and, on the same file, a mawk script doing the same per-employee weighted sum; then
# shows that peak memory follows the txn_id set, not the number of lines.
#
# Usage: run-bench.sh INCENTIVE SRCDIR GENERATE-MONTH MEASURE DATADIR
# Environment: BENCH_LINES (1000000), BENCH_SEED (20261001), BENCH_RUNS (3: the best
# wall time of that many runs is reported), BENCH_KEEP=1 keeps the generated files,
# MAWK (mawk, else awk).
# MB below means 10^6 bytes; peak RSS comes from wait4() via the measure helper.
set -eu

incentive=$1
bench=$2/bench
generate=$3
measure=$4
data=$5

lines=${BENCH_LINES:-1000000}
seed=${BENCH_SEED:-20261001}
runs=${BENCH_RUNS:-3}
quarter=$((lines / 4))
plan=$bench/plan.ini
period=2026-10

awk_prog=${MAWK:-}
if [ -z "$awk_prog" ]; then
  if command -v mawk >/dev/null 2>&1; then awk_prog=mawk; else awk_prog=awk; fi
fi
# C locale: awk must read and print "." as the decimal point whatever the user's locale.
LC_ALL=C
export LC_ALL

mkdir -p "$data"
cleanup () {
  if [ "${BENCH_KEEP:-0}" != 1 ]; then
    rm -f "$data"/month-*.csv "$data"/report-*.json "$data"/reference-*.txt "$data"/measure.txt
    rmdir "$data" 2>/dev/null || :
  fi
}
trap cleanup EXIT

fail () {
  echo "bench: $*" >&2
  exit 1
}

# generate N FILE [--no-txn] [--no-customer]
generate () {
  n=$1
  file=$2
  shift 2
  "$generate" --products "$bench/products.csv" --employees "$bench/employees.csv" \
    --period "$period" --seed "$seed" --lines "$n" --output "$file" "$@"
}

# rss_of N LABEL [GENERATOR OPTIONS]: generates, runs once, checks; sets rss_kib.
rss_of () {
  n=$1
  f=$data/month-$n-$2.csv
  shift 2
  generate "$n" "$f" "$@"
  measure "$data/report-rss.json" "$incentive" run --plan "$plan" --format json "$f"
  check_totals "$data/report-rss.json" "$n"
  rm -f "$f"
}

# measure STDOUT-FILE COMMAND...: runs it once; sets wall, cpu (user + sys), rss_kib.
measure () {
  out=$1
  shift
  if ! "$measure" --stdout "$out" "$@" 2>"$data/measure.txt"; then
    cat "$data/measure.txt" >&2
    fail "failed: $*"
  fi
  set -- $(tail -n 1 "$data/measure.txt")
  wall=$1
  cpu=$(awk -v u="$2" -v s="$3" 'BEGIN { printf "%.3f", u + s }')
  rss_kib=$4
}

# best STDOUT-FILE COMMAND...: the best wall and CPU times of $runs runs, and the largest
# peak RSS.  On a shared machine the CPU time is the steadier figure.
best () {
  best_wall=
  best_cpu=
  best_rss=0
  i=0
  while [ "$i" -lt "$runs" ]; do
    measure "$@"
    best_wall=$(awk -v a="$best_wall" -v b="$wall" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }')
    best_cpu=$(awk -v a="$best_cpu" -v b="$cpu" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }')
    [ "$rss_kib" -gt "$best_rss" ] && best_rss=$rss_kib
    i=$((i + 1))
  done
}

# The per-employee weighted sales of a report.json: "employee_id weighted_sales" lines.
report_sums () {
  awk -F'"' '
    /"employees"/ { in_employees = 1 }
    in_employees && $2 == "employee_id" { id = $4 }
    in_employees && $2 == "weighted_sales" { print id, $4 }
    /"employee_of_the_month"/ { in_employees = 0 }' "$1" | sort
}

# rows_read, rows_accepted and rows_rejected of a report.json.
check_totals () {
  awk -F'[:,]' -v want="$2" '
    /"rows_read"/ { read = $2 + 0 }
    /"rows_rejected"/ { rejected = $2 + 0 }
    END {
      if (read != want || rejected != 0) {
        printf "bench: %s: rows_read %d, rows_rejected %d (expected %d and 0)\n", FILENAME, read, rejected, want > "/dev/stderr"
        exit 1
      }
    }' "$1" || exit 1
}

month=$data/month-$lines.csv
generate "$lines" "$month"
bytes=$(wc -c < "$month" | tr -d ' ')

# Warm up: the libtool wrapper may relink on its first run, and both programs should
# find the file in the page cache.
head -n 1001 "$month" > "$data/month-warmup.csv"
measure "$data/report-warmup.json" "$incentive" run --plan "$plan" --format json "$data/month-warmup.csv"
cat "$month" > /dev/null

best "$data/report-$lines.json" "$incentive" run --plan "$plan" --format json "$month"
inc_wall=$best_wall
inc_cpu=$best_cpu
inc_rss=$best_rss
check_totals "$data/report-$lines.json" "$lines"

best "$data/reference-$lines.txt" "$awk_prog" -v period="$period" -v default_weight=1 \
  -v locomotive_weight=2.5 -f "$bench/reference.awk" "$bench/products.csv" "$month"
awk_wall=$best_wall
awk_cpu=$best_cpu

# Both must have done the same work: the reference's sums (doubles) agree with the
# library's exact ones to a cent or two per employee.
report_sums "$data/report-$lines.json" > "$data/reference-incentive.txt"
awk '{ print $1, $3 }' "$data/reference-$lines.txt" | sort > "$data/reference-awk.txt"
agreement=$(join "$data/reference-incentive.txt" "$data/reference-awk.txt" | awk '
  { n++; d = $2 - $3; if (d < 0) d = -d; if (d > max) max = d }
  END { printf "%d %.2f", n, max }')
set -- $agreement
[ "$1" -eq "$(wc -l < "$data/reference-incentive.txt")" ] && [ "$1" -gt 0 ] \
  || fail "the mawk reference and incentive saw different employees"
awk -v d="$2" 'BEGIN { exit !(d <= 0.05) }' \
  || fail "the mawk reference differs from incentive by $2 EUR for some employee"
agree_n=$1
agree_max=$2
rm -f "$month"

# Memory: the same generator stream without the txn_id column, at a quarter and the
# full number of lines; then also without customer ids (the per customer and employee
# sums are bounded by customers x employees, but they fill up as lines come); then a
# quarter with txn_ids.
rss_of "$quarter" notxn --no-txn
rss_quarter_notxn=$rss_kib
rss_of "$lines" notxn --no-txn
rss_full_notxn=$rss_kib
rss_of "$quarter" bare --no-txn --no-customer
rss_quarter_bare=$rss_kib
rss_of "$lines" bare --no-txn --no-customer
rss_full_bare=$rss_kib
rss_of "$quarter" txn
rss_quarter=$rss_kib

load=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)
awk -v lines="$lines" -v bytes="$bytes" -v seed="$seed" -v runs="$runs" -v load="$load" \
    -v iw="$inc_wall" -v ic="$inc_cpu" -v irss="$inc_rss" -v aw="$awk_wall" -v ac="$awk_cpu" -v awk_name="$awk_prog" \
    -v qb="$rss_quarter_bare" -v fb="$rss_full_bare" \
    -v an="$agree_n" -v amax="$agree_max" -v q="$quarter" \
    -v qn="$rss_quarter_notxn" -v fn="$rss_full_notxn" -v qt="$rss_quarter" '
  function mb(kib) { return sprintf("%.1f MB", kib * 1024 / 1e6) }
  function count(n) { return n % 1000000 == 0 ? (n / 1000000) "M" : n % 1000 == 0 ? (n / 1000) "k" : n }
  BEGIN {
    printf "lines: %d  bytes: %.1f MB  (seed %s; best of %d runs; MB = 10^6 bytes; load average %s)\n", lines, bytes / 1e6, seed, runs, load
    printf "incentive run: %.2f s  %d lines/s  %.1f MB/s  peak RSS %s  (cpu %.2f s)\n", iw, lines / iw, bytes / 1e6 / iw, mb(irss), ic
    printf "%s reference: %.2f s  %d lines/s  %.1f MB/s  (cpu %.2f s)\n", awk_name, aw, lines / aw, bytes / 1e6 / aw, ac
    printf "ratio incentive/%s: %.2f  (cpu %.2f)\n", awk_name, iw / aw, ic / ac
    printf "check: weighted sales of all %d employees agree with the %s reference (largest difference %.2f EUR)\n", an, awk_name, amax
    printf "peak RSS without txn_id: %s lines %s, %s lines %s\n", count(q), mb(qn), count(lines), mb(fn)
    printf "peak RSS without txn_id and customer_id: %s lines %s, %s lines %s\n", count(q), mb(qb), count(lines), mb(fb)
    printf "peak RSS with txn_id:    %s lines %s, %s lines %s (about %d bytes per txn_id)\n", count(q), mb(qt), count(lines), mb(irss), (irss - fn) * 1024 / lines
  }'
