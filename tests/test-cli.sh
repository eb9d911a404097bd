#!/bin/sh
# test-cli.sh — the behaviour of the `incentive` command that payroll scripts rely on: exit
# statuses, --help and --version, the files --output-dir writes, and that a refused run
# writes nothing and leaves no temporary file behind.
. "$(dirname "$0")/lib.sh"
t_require_incentive
t_mktemp
cd "$t_scratch" || exit 99

# --- a small month to run ----------------------------------------------------------------
cat >plan.ini <<'EOF'
[plan]
name=CLI month
period=2026-10
currency=EUR
employees=employees.csv

[bonus]
tiers=0%:2%;100%:4%
EOF
cat >employees.csv <<'EOF'
employee_id,name,target
A,"Nowak, Łukasz",100.00
B,Zoë,200.00
EOF
cat >good.csv <<'EOF'
date,employee_id,product_id,quantity,unit_price,txn_id
2026-10-01,A,P,1,150.00,T1
2026-10-02,B,P,2,50.00,T2
EOF
cat >bad.csv <<'EOF'
date,employee_id,product_id,quantity,unit_price,txn_id
2026-10-01,A,P,1,150.00,T1
2026-10-02,B,P,two,50.00,T2
2026-10-03,X,P,1,5.00,T3
EOF

# run_cli NAME WANT_STATUS ARGS...: runs the command, output in out.txt / err.txt.
run_cli () {
  name=$1
  want=$2
  shift 2
  "$INCENTIVE" "$@" >out.txt 2>err.txt </dev/null
  got=$?
  if [ "$got" = "$want" ]; then
    t_pass "$name (exit $want)"
  else
    t_fail "$name (exit $want)" "incentive $*" "exit $got" "stderr: $(head -3 err.txt)"
  fi
}

# expect NAME COMMAND...: a check on the last run's files.
expect () {
  name=$1
  shift
  if "$@"; then t_pass "$name"; else t_fail "$name" "failed: $*"; fi
}

# --- exit statuses -------------------------------------------------------------------------
run_cli "no arguments" 2
expect "no arguments: usage on stderr" grep -q "Usage" err.txt
run_cli "unknown command" 2 frobnicate
expect "unknown command: named on stderr" grep -q "frobnicate" err.txt
run_cli "unknown option" 2 run --plan plan.ini --frobnicate good.csv
expect "unknown option: named on stderr" grep -q "frobnicate" err.txt
run_cli "missing --plan" 2 run good.csv
expect "missing --plan: said on stderr" grep -q -- "--plan" err.txt
run_cli "no exports" 2 run --plan plan.ini
run_cli "bad --format" 2 run --plan plan.ini --format xml good.csv
expect "bad --format: said on stderr" grep -q -- "--format" err.txt
run_cli "bad --period" 2 run --plan plan.ini --period 2026-13-01 good.csv
run_cli "unreadable plan" 1 run --plan no-such-plan.ini good.csv
expect "unreadable plan: named on stderr" grep -q "no-such-plan.ini" err.txt
run_cli "missing export file" 1 run --plan plan.ini good.csv no-such-export.csv
expect "missing export file: named on stderr" grep -q "no-such-export.csv" err.txt
expect "missing export file: nothing on stdout" test ! -s out.txt
run_cli "a good run" 0 run --plan plan.ini good.csv
run_cli "rejected lines without --strict" 0 run --plan plan.ini --format json bad.csv

# --- --version and --help ----------------------------------------------------------------
run_cli "--version" 0 --version
expect "--version prints 'incentive N.N'" grep -Eq '^incentive [0-9]+\.[0-9]+' out.txt
run_cli "--help" 0 --help
expect "--help lists the run command" grep -q "run" out.txt
expect "--help prints on stdout, not stderr" test ! -s err.txt
run_cli "run --help" 0 run --help
for option in --plan --period --output-dir --format --strict; do
  expect "run --help mentions $option" grep -q -- "$option" out.txt
done
for word in table csv json; do
  expect "run --help mentions the format $word" grep -q "$word" out.txt
done

# --- output formats ----------------------------------------------------------------------
run_cli "--format csv" 0 run --plan plan.ini --format csv good.csv
expect "--format csv header line" \
  test "$(head -1 out.txt)" = "rank,employee_id,name,lines,gross_sales,weighted_sales,target,attainment,plan_share,bonus"
expect "--format csv quotes a name with a comma" grep -q '^1,A,"Nowak, Łukasz",1,150.00,150.00,100.00,1.5000,,4.00$' out.txt
expect "--format csv: one row per employee" test "$(wc -l <out.txt)" -eq 3
run_cli "--format table" 0 run --plan plan.ini --format table good.csv
expect "table names the employee of the month" grep -q "Nowak, Łukasz" out.txt
run_cli "--format json" 0 run --plan plan.ini --format json good.csv
cp out.txt stdout.json
expect "json: bonus of A is 100×2% + 50×4% = 4.00" grep -q '"bonus" : "4.00"' stdout.json

# --- --output-dir ------------------------------------------------------------------------
run_cli "--output-dir" 0 run --plan plan.ini --format json --output-dir out good.csv
for f in report.json rankings.csv payroll.csv rewards.csv report.html; do
  expect "--output-dir writes $f" test -f "out/$f"
done
expect "report.json equals the --format json output" cmp -s out/report.json stdout.json
expect "rankings.csv equals the --format csv output" \
  sh -c '"$INCENTIVE" run --plan plan.ini --format csv good.csv | cmp -s - out/rankings.csv'
expect "payroll.csv header starts employee_id,name,period,currency,bonus" \
  grep -q '^employee_id,name,period,currency,bonus' out/payroll.csv
expect "payroll.csv pays A 4.00 EUR in 2026-10" grep -q '^A,"Nowak, Łukasz",2026-10,EUR,4.00' out/payroll.csv
expect "rewards.csv header" grep -q '^employee_id,name,period,reward,category,value' out/rewards.csv
expect "--output-dir leaves only its files" \
  test "$(ls -A out | LC_ALL=C sort | tr '\n' ' ')" = "payroll.csv rankings.csv report.html report.json rewards.csv "
run_cli "--output-dir rewrites an existing directory" 0 run --plan plan.ini --output-dir out good.csv
expect "rewriting leaves no temporary file" \
  test "$(ls -A out | LC_ALL=C sort | tr '\n' ' ')" = "payroll.csv rankings.csv report.html report.json rewards.csv "

# --- --strict: refused, every rejected line named, nothing written -------------------------
run_cli "--strict with rejected lines" 1 run --plan plan.ini --strict --output-dir strict-out bad.csv
expect "--strict names bad.csv line 3" grep -q "bad.csv line 3" err.txt
expect "--strict names bad.csv line 4" grep -q "bad.csv line 4" err.txt
expect "--strict prints the reasons" grep -q "unknown employee" err.txt
expect "--strict prints nothing on stdout" test ! -s out.txt
expect "--strict writes no output dir (absent or empty)" \
  sh -c '[ ! -e strict-out ] || [ -z "$(ls -A strict-out)" ]'
mkdir keep
cp out/* keep/
run_cli "--strict refusal into an existing output dir" 1 run --plan plan.ini --strict --output-dir out bad.csv
for f in report.json rankings.csv payroll.csv rewards.csv report.html; do
  expect "a refused run leaves the existing $f untouched" cmp -s "out/$f" "keep/$f"
done
expect "a refused run leaves no temporary file" \
  test "$(ls -A out | LC_ALL=C sort | tr '\n' ' ')" = "payroll.csv rankings.csv report.html report.json rewards.csv "
run_cli "--strict without rejected lines" 0 run --plan plan.ini --strict --output-dir strict-ok good.csv
expect "--strict without rejected lines writes report.json" test -f strict-ok/report.json

# An output directory that cannot be made refuses the run (exit 1) and harms nothing.
cp good.csv good.copy
run_cli "--output-dir naming a file" 1 run --plan plan.ini --output-dir good.csv good.csv
expect "--output-dir naming a file leaves the file as it was" cmp -s good.csv good.copy
rm -f good.copy

# An export that cannot be read refuses the run and writes nothing either.
printf 'date,employee_id,product_id,quantity,unit_price\n2026-10-01,A,P,1,"1.00\n' >broken.csv
run_cli "unterminated quote refuses" 1 run --plan plan.ini --output-dir broken-out broken.csv
expect "a refused export writes no output dir" sh -c '[ ! -e broken-out ] || [ -z "$(ls -A broken-out)" ]'

# Two exports refused for different reasons: both reasons are printed, each with its file.
printf 'date,employee_id,quantity,unit_price\n2026-10-01,A,1,1.00\n' >nocolumn.csv
run_cli "two refused exports" 1 run --plan plan.ini nocolumn.csv broken.csv
expect "two refused exports: the missing column is named" grep -q "nocolumn.csv line 1: missing required column product_id" err.txt
expect "two refused exports: the unterminated quote too" grep -q "broken.csv line 2: unterminated quoted field" err.txt

# A close whose outputs cannot be written is refused before the store is touched.
printf '[plan]\nname=Close\nperiod=2026-10\ncurrency=EUR\nemployees=employees.csv\nhistory=close.sqlite\n' >close.ini
run_cli "close with an unwritable --output-dir" 1 close --plan close.ini --output-dir good.csv/out good.csv
expect "close with an unwritable --output-dir: the period is not closed" sh -c '[ ! -e close.sqlite ] || ! "$INCENTIVE" history --plan close.ini | grep -q 2026-10'
run_cli "the same close with a writable --output-dir" 0 close --plan close.ini --output-dir close-out good.csv
expect "the close's outputs are in place, no staging folder left" sh -c 'test -f close-out/report.json && [ -z "$(ls -A close-out | grep staging)" ]'
run_cli "closing it again is refused" 1 close --plan close.ini --output-dir close-again good.csv
expect "a refused close writes no output dir" sh -c '[ ! -e close-again ]'
rm -rf close.sqlite* close-out close.ini nocolumn.csv

# Nothing but what the tests made is left in the scratch directory (no stray temporary files).
leftover=$(ls -A | grep -v -x -e plan.ini -e employees.csv -e good.csv -e bad.csv -e broken.csv \
  -e out.txt -e err.txt -e stdout.json -e out -e keep -e strict-out -e strict-ok -e broken-out)
expect "no temporary file left beside the inputs" test -z "$leftover"

t_finish
