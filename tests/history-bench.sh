#!/bin/sh
# history-bench.sh — `make bench-history`: a month of LINES lines (default 1 000 000, each
# with a txn_id, none paid before) run without a store and with a store holding PAID paid
# txn_ids (default 10 000 000); prints both times and the store's size per million ids.
# Usage: history-bench.sh BUILDDIR SRCDIR
builddir=$1
LINES=${LINES:-1000000}
PAID=${PAID:-10000000}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/incentive-bench-history}
mkdir -p "$work"
cd "$work" || exit 1
I=$builddir/examples/incentive
if [ ! -f month.csv ] || [ "$(($(wc -l <month.csv) - 1))" != "$LINES" ]; then
  awk -v n="$LINES" 'BEGIN { print "date,employee_id,product_id,amount,txn_id,customer_id";
    for (i = 1; i <= n; i++) printf "2026-01-%02d,E%d,P%d,%d.%02d,N%d,C%d\n", i % 28 + 1, i % 50, i % 30, i % 900, i % 100, i, i % 20000 }' >month.csv
fi
printf '[plan]\nname=bench\ncurrency=EUR\n[bonus]\nrate=1%%\n' >nostore.ini
printf '[plan]\nname=bench\ncurrency=EUR\nhistory=store.sqlite\n[bonus]\nrate=1%%\n' >store.ini
if [ ! -f store.sqlite ] || [ "$(cat store.count 2>/dev/null)" != "$PAID" ]; then
  rm -f store.sqlite*
  echo "writing a store of $PAID paid txn_ids…"
  "$builddir/tests/history-bench-store" store.sqlite "$PAID" || exit 1
  echo "$PAID" >store.count
fi
t () { s=$(date +%s%N); "$@" >/dev/null; echo $(( ($(date +%s%N) - s) / 1000000 )); }
a=$(t "$I" run --plan nostore.ini --period 2026-01 --format csv month.csv)
b=$(t "$I" run --plan store.ini --period 2026-01 --format csv month.csv)
a2=$(t "$I" run --plan nostore.ini --period 2026-01 --format csv month.csv)
b2=$(t "$I" run --plan store.ini --period 2026-01 --format csv month.csv)
size=$(stat -c %s store.sqlite)
echo "run of $LINES lines without a store:              $a ms, $a2 ms"
echo "run of $LINES lines with $PAID paid ids in the store: $b ms, $b2 ms"
awk -v s="$size" -v p="$PAID" 'BEGIN { printf "store on disk: %.1f MB, %.1f MB per million paid ids\n", s / 1e6, s / 1e6 / (p / 1e6) }'
