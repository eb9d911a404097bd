#!/bin/sh
# history-faults.sh — the history store under faults: a close killed with SIGKILL at random
# points leaves exactly the state before or after it; two closes racing give one clean
# result; a foreign, damaged, newer or locked store is refused with the store untouched.
. "$(dirname "$0")/lib.sh"
t_require_incentive
t_mktemp
if ! command -v sqlite3 >/dev/null 2>&1; then
  echo "SKIP: the sqlite3 command is needed to compare stores"
  exit 77
fi

d=$t_scratch/w
mkdir -p "$d"
cd "$d" || exit 99
cat >plan.ini <<'PLAN'
[plan]
name=Faults
currency=EUR
history=history.sqlite
[bonus]
rate=1%
[customers]
new=1.00
PLAN
# A month big enough that a close takes a noticeable time: 60 000 lines, 5 000 customers.
awk 'BEGIN { print "date,employee_id,product_id,amount,txn_id,customer_id";
             for (i = 1; i <= 60000; i++)
               printf "2026-0%d-%02d,E%d,P,%d.%02d,T%d,C%d\n", 1, i % 28 + 1, i % 17, i % 500, i % 100, i, i % 5000 }' >jan.csv
sed 's/^2026-01/2026-02/; s/,T\([0-9]*\),/,U\1,/' jan.csv >feb.csv

# A logical dump: the same content gives the same text, whatever the pages look like; the
# time of the close is the only field that differs between two closes of the same month.
dump () {
  sqlite3 "$1" .dump | sed "s/'[0-9-]*T[0-9:]*Z'/'TIME'/g"
}
sum () {
  if [ -f "$1" ]; then sha256sum <"$1"; else echo absent; fi
}

"$INCENTIVE" close --plan plan.ini --period 2026-01 --format csv jan.csv >/dev/null 2>&1
t_check "a first close creates the store" test -s history.sqlite
cp history.sqlite before.sqlite
dump before.sqlite >before.dump
# The after state, made in a twin folder so that every recorded file name is the same.
mkdir twin
cp plan.ini feb.csv before.sqlite twin/
mv twin/before.sqlite twin/history.sqlite
start=$(date +%s%N)
(cd twin && "$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>&1)
took=$(( ($(date +%s%N) - start) / 1000000 ))
dump twin/history.sqlite >after.dump
t_check "the second close adds the month" sh -c '! cmp -s before.dump after.dump'

# --- killed closes -------------------------------------------------------------------
states=
i=0
bad=0
while [ $i -lt 10 ]; do
  i=$((i + 1))
  cp before.sqlite history.sqlite
  rm -f history.sqlite-wal history.sqlite-shm
  # Most of a close is computing the month; the kill points crowd its last part, where the
  # transaction is written and committed.
  delay_ms=$(awk -v s="$i$$" -v t="$took" 'BEGIN { srand(s); printf "%d", t * (0.5 + rand() * 0.6) }')
  "$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v m="$delay_ms" 'BEGIN { printf "%.3f", m / 1000 }')"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  dump history.sqlite >now.dump
  if cmp -s now.dump before.dump; then
    states="${states}b"
  elif cmp -s now.dump after.dump; then
    states="${states}a"
  else
    bad=$((bad + 1))
    diff before.dump now.dump | head -5
  fi
done
if [ $bad -eq 0 ]; then
  t_pass "10 closes killed at random points (a close takes ${took} ms): each left the before (b) or after (a) state: $states"
else
  t_fail "killed closes leave the before or after state" "$bad of 10 left something else ($states)"
fi
# and the store still works: the killed close can be done again (or is already done)
cp before.sqlite history.sqlite
rm -f history.sqlite-wal history.sqlite-shm
"$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>&1 &
pid=$!
sleep 0.05
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
"$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>"$t_scratch/err"
st=$?
if [ $st = 0 ] || grep -q "already closed" "$t_scratch/err"; then
  t_pass "after a killed close, closing again works or finds it done"
else
  t_fail "after a killed close, closing again works or finds it done" "exit $st: $(cat "$t_scratch/err")"
fi

# --- two closes racing ----------------------------------------------------------------
cp before.sqlite history.sqlite
rm -f history.sqlite-wal history.sqlite-shm
"$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>race1.err &
p1=$!
"$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>race2.err &
p2=$!
wait $p1; s1=$?
wait $p2; s2=$?
dump history.sqlite >now.dump
if [ "$s1$s2" = 01 ] || [ "$s1$s2" = 10 ]; then
  t_pass "two closes racing: one succeeds, the other is refused"
else
  t_fail "two closes racing: one succeeds, the other is refused" "exit $s1 and $s2" "$(cat race1.err race2.err)"
fi
t_check "two closes racing: the refusal says why" \
  grep -qE "already closed|in use|changed while" race1.err race2.err
t_check "two closes racing: the store holds the month once, complete" cmp -s now.dump after.dump

# --- foreign, damaged, newer and locked stores ------------------------------------------
refuses () { # NAME STORE-FILE TEXT: run and close refuse with TEXT, the file is unchanged
  name=$1 file=$2 text=$3
  before=$(sum "$file")
  "$INCENTIVE" run --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>"$t_scratch/err"
  s_run=$?
  "$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >"$t_scratch/out" 2>>"$t_scratch/err"
  s_close=$?
  if [ $s_run = 1 ] && [ $s_close = 1 ] && [ "$(grep -c -- "$text" "$t_scratch/err")" = 2 ] \
     && [ ! -s "$t_scratch/out" ] && [ "$before" = "$(sum "$file")" ]; then
    t_pass "$name: run and close refuse it ($text), the file is untouched"
  else
    t_fail "$name: run and close refuse it ($text), the file is untouched" \
      "exits $s_run and $s_close" "$(cat "$t_scratch/err")"
  fi
}

rm -f history.sqlite*
head -c 8192 /dev/urandom >history.sqlite
refuses "a file of random bytes" history.sqlite "not a libincentive store or is damaged"

rm -f history.sqlite*
printf 'date,amount\n2026-01-01,3\n' >history.sqlite
refuses "a CSV file named as the store" history.sqlite "not a libincentive store or is damaged"

rm -f history.sqlite*
sqlite3 history.sqlite "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT); INSERT INTO accounts VALUES (1, 'x');"
refuses "another program's SQLite database" history.sqlite "not a libincentive history store"

rm -f history.sqlite*
cp before.sqlite history.sqlite
sqlite3 history.sqlite "PRAGMA user_version=99"
refuses "a store from a newer version" history.sqlite "written by a newer libincentive"

rm -f history.sqlite*
cp before.sqlite history.sqlite
head -c 4096 before.sqlite >history.sqlite
dd if=/dev/urandom of=history.sqlite bs=1 count=200 seek=5000 conv=notrunc 2>/dev/null
cat before.sqlite | tail -c +5201 >>history.sqlite
s_before=$(sum history.sqlite)
"$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>"$t_scratch/err"
st=$?
if [ $st = 1 ] && [ "$s_before" = "$(sum history.sqlite)" ]; then
  t_pass "a store with damaged pages: close refuses, the file is untouched ($(head -c 80 "$t_scratch/err"))"
else
  t_fail "a store with damaged pages: close refuses, the file is untouched" "exit $st" "$(cat "$t_scratch/err")"
fi

# A close holding the store: another close waits (busy timeout) and then gives up.
rm -f history.sqlite*
cp before.sqlite history.sqlite
s_before=$(dump history.sqlite)
# A handshake, not sleeps, so that a loaded machine cannot change the order: the holder
# says when it has the lock and keeps it until both commands are done.
rm -f locked release
(echo "BEGIN IMMEDIATE; DELETE FROM periods WHERE 0;"; echo ".system touch locked"
 n=0; while [ ! -e release ] && [ $n -lt 1200 ]; do sleep 0.05; n=$((n + 1)); done
 echo "ROLLBACK;") | sqlite3 history.sqlite >/dev/null &
holder=$!
n=0; while [ ! -e locked ] && [ $n -lt 1200 ]; do sleep 0.05; n=$((n + 1)); done
INCENTIVE_STORE_BUSY_TIMEOUT_MS=300 "$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>"$t_scratch/err"
st=$?
"$INCENTIVE" run --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>/dev/null
st_run=$?
touch release
wait $holder
if [ $st = 1 ] && grep -q "in use by another close" "$t_scratch/err" && [ "$s_before" = "$(dump history.sqlite)" ]; then
  t_pass "a locked store: close waits, then refuses (STORE_BUSY), nothing changed"
else
  t_fail "a locked store: close waits, then refuses (STORE_BUSY), nothing changed" "exit $st" "$(cat "$t_scratch/err")"
fi
t_check "a locked store: a run still reads it (WAL readers never wait)" test $st_run = 0

# A disk that fills during the close: the process may not grow any file beyond 256 blocks
# (RLIMIT_FSIZE), far less than February's pages need, so SQLite's writes fail part-way.
rm -f history.sqlite*
cp before.sqlite history.sqlite
s_before=$(dump history.sqlite)
(trap '' XFSZ; ulimit -f 256 && exec "$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv) \
  >"$t_scratch/out" 2>"$t_scratch/err"
st=$?
if [ $st = 1 ] && [ ! -s "$t_scratch/out" ] && grep -q "history store" "$t_scratch/err" \
   && [ "$s_before" = "$(dump history.sqlite)" ]; then
  t_pass "a disk that fills during close: refused, nothing printed, the store as before ($(head -c 80 "$t_scratch/err"))"
else
  t_fail "a disk that fills during close: refused, nothing printed, the store as before" "exit $st" "$(cat "$t_scratch/err")"
fi
"$INCENTIVE" close --plan plan.ini --period 2026-02 --format csv feb.csv >/dev/null 2>"$t_scratch/err"
t_check "a disk that fills during close: with room again, the same close succeeds" test $? = 0

# No history= in the plan: close is refused.
grep -v '^history=' plan.ini >nohist.ini
"$INCENTIVE" close --plan nohist.ini --period 2026-02 --format csv feb.csv >/dev/null 2>"$t_scratch/err"
st=$?
if [ $st = 1 ] && grep -q "names no history store" "$t_scratch/err"; then
  t_pass "a plan without history=: close refuses"
else
  t_fail "a plan without history=: close refuses" "exit $st" "$(cat "$t_scratch/err")"
fi

t_finish
