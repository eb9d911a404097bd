#!/bin/sh
# test-datasets.sh — `incentive run` on real public data, against the figures each
# dataset's SOURCE.md states (worked out there with Python's csv and decimal).  The data
# is read from ../shared/datasets beside the source tree (or $DATASETS), never copied;
# without it the test is skipped (77).  Joins and expected figures are computed here with
# awk on integers (cents, or 1/10000 of a unit), never with binary fractions.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
t_require_incentive
: "${DATASETS:=$top_srcdir/../shared/datasets}"
if [ ! -f "$DATASETS/northwind/SOURCE.md" ]; then
  echo "SKIP: no datasets at $DATASETS"
  exit 77
fi
t_mktemp
cd "$t_scratch" || exit 99

# run_month PLAN PERIOD DIR EXPORT...: the run's report.json and rankings.csv in DIR.
run_month () {
  _plan=$1 _period=$2 _dir=$3
  shift 3
  rm -rf "$_dir"
  timeout 60 "$INCENTIVE" run --plan "$_plan" --period "$_period" --output-dir "$_dir" "$@" >/dev/null 2>"$_dir.err"
}

# json_total DIR KEY: a number from report.json's totals.
json_total () {
  sed -n "s/^ *\"$2\" : \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}\$/\1/p" "$1/report.json" | head -n 1
}

# rows_balance DIR: rows_read = rows_accepted + rows_rejected, and as many reasons listed.
rows_balance () {
  _read=$(json_total "$1" rows_read) _acc=$(json_total "$1" rows_accepted) _rej=$(json_total "$1" rows_rejected)
  _listed=$(grep -c '"reason" :' "$1/report.json")
  [ -n "$_read" ] && [ "$_read" -eq $((_acc + _rej)) ] && [ "$_listed" -eq "$_rej" ]
}

# =======================================================================================
# Northwind: order_details joined with orders, one run per month of 1997, no employees
# file.  Every employee's lines, gross sales (each line rounded to the cent, half-up),
# the month's best and the year's ranking, against northwind/SOURCE.md.
nw=$DATASETS/northwind
awk -F, 'NR == FNR { if (FNR > 1) { emp[$1] = $3; day[$1] = $4 } next }
         FNR == 1 { print "date,employee_id,product_id,quantity,unit_price,discount,txn_id"; next }
         { print day[$1] "," emp[$1] "," $2 "," $4 "," $3 "," $5 "," $1 "-" $2 }' \
  "$nw/orders.csv" "$nw/order_details.csv" >nw-sales.csv
printf '[plan]\nname=Northwind\ncurrency=USD\n' >nw-plan.ini
printf '[plan]\nname=Northwind\ncurrency=USD\nrounding=half-even\n' >nw-plan-even.ini

# Expected per employee and month of 1997: lines, the exact sum in 1/10000 USD, and the
# sums of lines rounded to cents half-up and half-even.  A line is
# price_cents * quantity * (100 - discount_percent) ten-thousandths; all exact in awk.
awk -F, 'function scaled(s, d,   i, f) { i = s; f = ""; if (index(s, ".")) { i = substr(s, 1, index(s, ".") - 1); f = substr(s, index(s, ".") + 1) }
                                         while (length(f) < d) f = f "0"; return i * 10 ^ d + f }
         NR > 1 && substr($1, 1, 4) == "1997" {
           k = $2 " " substr($1, 6, 2)
           v = scaled($5, 2) * $4 * (100 - scaled($6, 2))
           c = int(v / 100); r = v - c * 100
           up = c + (r >= 50); even = c + (r > 50 || (r == 50 && c % 2 == 1))
           n[k]++; exact[k] += v; hu[k] += up; he[k] += even
         }
         END { for (k in n) printf "%s %d %d %d %d\n", k, n[k], exact[k], hu[k], he[k] }' nw-sales.csv | sort >nw-expected.txt

# SOURCE.md's tables: exact revenue per employee and month, lines per cell, top per month.
awk -F'|' '/^### 1997 net revenue per employee_id per month/ { t = 1; next }
           /^Lines counted per cell/ { t = 2; next }
           /^Top employee per month of 1997/ { t = 3; next }
           /^1997 orders per employee/ { t = 0 }
           t == 1 && $2 ~ /^ *[0-9]+ *$/ { for (m = 1; m <= 12; m++) { v = $(m + 3); gsub(/[ .]/, "", v); printf "rev %d %02d %s\n", $2, m, v } }
           t == 2 && $2 ~ /^ *[0-9]+ *$/ { for (m = 1; m <= 12; m++) { v = $(m + 2); gsub(/ /, "", v); printf "lines %d %02d %s\n", $2, m, v } }
           t == 3 && $2 ~ /1997-/ { m = $2; gsub(/ *1997-| /, "", m); id = $3; gsub(/ /, "", id); ru = $6; sub(/,.*/, "", ru); gsub(/ /, "", ru); printf "top %s %d %d\n", m, id, ru }' \
  "$nw/SOURCE.md" >nw-source.txt
if [ "$(grep -c '^rev ' nw-source.txt)" -eq 108 ] && [ "$(grep -c '^lines ' nw-source.txt)" -eq 108 ] \
   && [ "$(grep -c '^top ' nw-source.txt)" -eq 12 ]; then
  t_pass "northwind: SOURCE.md's three 1997 tables read (108 + 108 cells, 12 months)"
else
  t_fail "northwind: SOURCE.md's three 1997 tables read" "$(head -n 3 nw-source.txt)"
fi

# The join reproduces SOURCE.md's exact figures and line counts (so the export is right).
bad=$(awk 'NR == FNR { n[$1 " " $2] = $3; x[$1 " " $2] = $4; next }
           $1 == "rev" && (x[$2 " " $3] + 0) != ($4 + 0) { print "revenue", $2, $3, x[$2 " " $3], "vs", $4 }
           $1 == "lines" && (n[$2 " " $3] + 0) != ($4 + 0) { print "lines", $2, $3, n[$2 " " $3], "vs", $4 }' \
      nw-expected.txt nw-source.txt | head -n 5)
if [ -z "$bad" ]; then t_pass "northwind: the joined export gives SOURCE.md's exact revenue and lines per employee and month"
else t_fail "northwind: the joined export gives SOURCE.md's exact revenue and lines" "$bad"; fi

: >nw-got.txt
: >nw-top.txt
balance_ok=yes
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  for r in up even; do
    plan=nw-plan.ini
    [ $r = even ] && plan=nw-plan-even.ini
    if ! run_month "$plan" "1997-$m" "nw-$m-$r" nw-sales.csv; then
      t_fail "northwind 1997-$m ($r): the run" "$(cat "nw-$m-$r.err")"
      continue
    fi
    rows_balance "nw-$m-$r" || balance_ok="no (1997-$m $r)"
    [ "$(json_total "nw-$m-$r" rows_read)" = 2155 ] || balance_ok="no: rows_read $(json_total "nw-$m-$r" rows_read) in 1997-$m"
    # rank,employee_id,name,lines,gross_sales,...
    awk -F, -v m="$m" -v r="$r" 'NR > 1 { g = $5; sub(/\./, "", g); printf "%s %s %s %d %d\n", r, $2, m, $4, g }' \
      "nw-$m-$r/rankings.csv" >>nw-got.txt
    [ $r = up ] && awk -F, -v m="$m" 'NR == 2 { a = $2; ga = $5 } NR == 3 { printf "top %s %s %s\n", m, a, $2 }' \
      "nw-$m-$r/rankings.csv" >>nw-top.txt
    [ $r = up ] && sed -n '/"employee_of_the_month"/,/}/s/^ *"employee_id" : "\(.*\)",$/eom '"$m"' \1/p' \
      "nw-$m-$r/report.json" >>nw-top.txt
  done
done
t_check "northwind: every month, rows_read 2155 = accepted + rejected, every rejection listed ($balance_ok)" \
  test "$balance_ok" = yes

bad=$(awk 'NR == FNR { n[$1 " " $2] = $3; up[$1 " " $2] = $5; even[$1 " " $2] = $6; next }
           { k = $2 " " $3; want = ($1 == "up" ? up[k] : even[k]) }
           $4 != n[k] { print $1, "employee", $2, "1997-" $3, "lines", $4, "expected", n[k] }
           $5 != want { print $1, "employee", $2, "1997-" $3, "gross cents", $5, "expected", want }
           { seen[$1 " " k] = 1 }
           END { for (k in n) if (!(("up " k) in seen)) print "employee and month missing from the report:", k }' \
      nw-expected.txt nw-got.txt | head -n 8)
if [ -z "$bad" ]; then
  t_pass "northwind: 1997 per employee and month: lines and gross sales (each line rounded half-up, half-even) to the cent ($(wc -l <nw-got.txt) rows)"
else
  t_fail "northwind: 1997 per employee and month: lines and gross sales" "$bad"
fi

# Month's best and runner-up, and the employee of the month, as SOURCE.md says.
bad=$(awk '$1 == "top" && FILENAME ~ /source/ { best[$2] = $3; second[$2] = $4; next }
           $1 == "top" { if (best[$2] != $3 || second[$2] != $4) print "1997-" $2 ": ranked", $3, $4, "expected", best[$2], second[$2]; got[$2] = 1 }
           $1 == "eom" && best[$2] != $3 { print "1997-" $2 ": employee of the month", $3, "expected", best[$2] }
           END { for (m in best) if (!(m in got)) print "1997-" m ": no ranking" }' nw-source.txt nw-top.txt)
if [ -z "$bad" ]; then t_pass "northwind: each month of 1997, the top two and the employee of the month match SOURCE.md"
else t_fail "northwind: each month of 1997, the top two and the employee of the month" "$bad"; fi

# The year: the sum of the months' totals, and the ranking by the year's gross sales.
year_up=$(awk '$1 == "up" { s += $5 } END { printf "%d.%02d", s / 100, s % 100 }' nw-got.txt)
year_even=$(awk '$1 == "even" { s += $5 } END { printf "%d.%02d", s / 100, s % 100 }' nw-got.txt)
want_up=$(sed -n 's/.*1997 with per-line cent rounding: \([0-9,.]*\) (half-up), \([0-9,.]*\) (half-even).*/\1/p' "$nw/SOURCE.md" | tr -d ,)
want_even=$(sed -n 's/.*1997 with per-line cent rounding: \([0-9,.]*\) (half-up), \([0-9,.]*\) (half-even).*/\2/p' "$nw/SOURCE.md" | tr -d ,)
t_check "northwind: 1997 gross over the twelve runs: $year_up half-up (SOURCE.md $want_up), $year_even half-even ($want_even)" \
  test -n "$want_up" -a "$year_up" = "$want_up" -a "$year_even" = "$want_even"
months_total=0
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  g=$(json_total "nw-$m-up" gross_sales | tr -d .)
  months_total=$((months_total + g))
done
t_check "northwind: the reports' own totals add up to the same ($months_total cents)" \
  test "$months_total" = "$(echo "$year_up" | tr -d .)"
ranking=$(awk '$1 == "up" { s[$2] += $5 } END { for (e in s) print s[e], e }' nw-got.txt | sort -rn | awk '{ printf "%s%s", (NR > 1 ? " > " : ""), $2 }')
want=$(sed -n 's/^Ranking for 1997: \(.*\)\.$/\1/p' "$nw/SOURCE.md")
t_check "northwind: the year's ranking $ranking (SOURCE.md: $want)" test -n "$want" -a "$ranking" = "$want"

# =======================================================================================
# northwind-neo4j: orders.csv with unquoted commas in addresses.  Each ragged row must be
# rejected as such (never dropped), on the line awk finds it.
neo=$DATASETS/northwind-neo4j
cat >neo-plan.ini <<'EOF'
[plan]
name=Northwind (neo4j)
currency=USD
[columns]
date=orderDate
employee_id=employeeID
product_id=shipVia
amount=freight
txn_id=orderID
EOF
want_ragged=$(sed -n 's/^| orders.csv | [0-9]* | [0-9]* | \*\*\([0-9]*\)\*\*.*/\1/p' "$neo/SOURCE.md")
awk -F, 'NR > 1 && NF != 14 { print NR }' "$neo/orders.csv" >neo-ragged-awk.txt
if run_month neo-plan.ini 1997-01 neo "$neo/orders.csv"; then
  awk '/"line" :/ { l = $3; sub(/,/, "", l) } /"reason" : "too many fields \(15, the header has 14\)"/ { print l }' neo/report.json >neo-ragged.txt
  t_check "northwind-neo4j: rows_read 830 = accepted + rejected" \
    test "$(json_total neo rows_read)" = 830 -a "$(rows_balance neo && echo ok)" = ok
  t_check "northwind-neo4j: $(wc -l <neo-ragged.txt) rows rejected 'too many fields (15, the header has 14)' (SOURCE.md: $want_ragged)" \
    test -n "$want_ragged" -a "$(wc -l <neo-ragged.txt)" -eq "$want_ragged"
  t_check "northwind-neo4j: the rejected lines are exactly the ragged ones" cmp -s neo-ragged.txt neo-ragged-awk.txt
  t_check "northwind-neo4j: no other field-count reason" test "$(grep -c 'too few fields' neo/report.json)" = 0
  # Accepted: the well-formed orders dated 1997-01 (their freight is the amount).
  want_acc=$(awk -F, 'NR > 1 && NF == 14 && substr($4, 1, 7) == "1997-01"' "$neo/orders.csv" | wc -l)
  t_check "northwind-neo4j: the $want_acc well-formed orders of 1997-01 accepted" \
    test "$(json_total neo rows_accepted)" = "$want_acc"
else
  t_fail "northwind-neo4j: the run" "$(cat neo.err)"
fi

# =======================================================================================
# sineemore's invalid files and csvkit's edge cases through the command: a clean result
# or a clean refusal, never a crash or a hang.  (Records are compared in
# test-csv-conformance.)
printf '[plan]\nname=Generic\ncurrency=EUR\n[columns]\ndate=a\nemployee_id=b\nproduct_id=c\namount=c\n' >generic.ini
printf '[plan]\nname=Generic\ncurrency=EUR\nencoding=ISO-8859-1\n[columns]\ndate=a\nemployee_id=b\nproduct_id=c\namount=c\n' >generic-latin1.ini
printf '[plan]\nname=Generic\ncurrency=EUR\nencoding=UTF-16\n[columns]\ndate=a\nemployee_id=b\nproduct_id=c\namount=c\n' >generic-utf16.ini
crashes=
n=0
for f in "$DATASETS"/csvkit-examples/examples/* "$DATASETS"/sineemore-csv-test-data/csv/* "$DATASETS"/csv-spectrum/csvs/*; do
  for plan in generic.ini generic-latin1.ini generic-utf16.ini; do
    n=$((n + 1))
    timeout 20 "$INCENTIVE" run --plan $plan --period 2026-01 --format json "$f" >out.json 2>err.txt
    st=$?
    if [ $st -gt 1 ] || { [ $st = 1 ] && [ ! -s err.txt ]; }; then
      crashes="$crashes $(basename "$f")($plan: exit $st)"
    fi
  done
done
t_check "csvkit, sineemore, csv-spectrum: $n runs (3 plans each) end in a report or a refusal with a message${crashes:+:$crashes}" \
  test -z "$crashes"

# Specific outcomes through the command.
kit=$DATASETS/csvkit-examples/examples
"$INCENTIVE" run --plan generic.ini --period 2026-01 --format json "$kit/test_utf16_little.csv" >/dev/null 2>err.txt
t_check "csvkit: UTF-16 without encoding= is refused (unreadable header: NUL byte)" \
  grep -q "line 1: unreadable header: NUL byte" err.txt
"$INCENTIVE" run --plan generic-utf16.ini --period 2026-01 --format json "$kit/test_utf16_little.csv" >out.json 2>err.txt
t_check "csvkit: UTF-16 with encoding=UTF-16 reads its 2 data lines" test "$(sed -n 's/ *"rows_read" : \([0-9]*\),/\1/p' out.json)" = 2
sed 's/=\([abc]\)$/=column_\1/' generic.ini >column.ini
"$INCENTIVE" run --plan column.ini --period 2026-01 --format json "$kit/bad.csv" >out.json 2>err.txt
t_check "csvkit: ragged rows rejected, one too long and one too short" \
  test "$(grep -c '"reason" : "too many fields (4, the header has 3)' out.json)$(grep -c '"reason" : "too few fields (2, the header has 3)' out.json)" = 11
"$INCENTIVE" run --plan generic.ini --period 2026-01 --format json "$kit/mac_newlines.csv" >out.json 2>err.txt
t_check "csvkit: CR-only lines: 2 data lines, the second starting on line 3" \
  test "$(sed -n 's/ *"rows_read" : \([0-9]*\),/\1/p' out.json)" = 2 -a "$(grep -c '"line" : 3,' out.json)" = 1
"$INCENTIVE" run --plan generic.ini --period 2026-01 --format json "$kit/null_byte.csv" >out.json 2>err.txt
t_check "csvkit: a NUL byte rejects its line with a reason" grep -q '"reason" : "NUL byte' out.json
"$INCENTIVE" run --plan generic.ini --period 2026-01 --format json "$kit/test_latin1.csv" >out.json 2>err.txt
t_check "csvkit: latin-1 read as UTF-8 rejects the line with the byte" grep -q '"reason" : "invalid UTF-8' out.json
printf '[plan]\nname=Generic\ncurrency=EUR\n[columns]\ndate=foo\nemployee_id=bar\nproduct_id=baz\namount=baz\n' >foo.ini
sine=$DATASETS/sineemore-csv-test-data/csv
for c in "bad-header-less-fields:too few fields" "bad-header-more-fields:too many fields" \
         "bad-unescaped-quote:malformed quotes" "bad-quotes-with-unescaped-quote:malformed quotes"; do
  f=${c%%:*} why=${c#*:}
  "$INCENTIVE" run --plan foo.ini --period 2026-01 --format json "$sine/$f.csv" >out.json 2>err.txt
  t_check "sineemore $f: rejected, '$why'" grep -q "\"reason\" : \"$why" out.json
done
for c in "bad-missing-quote:unterminated quoted field" "bad-header-no-header:is empty" \
         "bad-header-wrong-header:required column"; do
  f=${c%%:*} why=${c#*:}
  "$INCENTIVE" run --plan foo.ini --period 2026-01 --format json "$sine/$f.csv" >out.json 2>err.txt
  st=$?
  t_check "sineemore $f: refused (exit $st), '$why'" test $st = 1 -a "$(grep -c "$why" err.txt)" -ge 1
done

# =======================================================================================
# CRM sales opportunities: the closing agent's deals, won value per close month, agent
# of the month and runner-up (crm-sales-opportunities/SOURCE.md); the Excel-resaved copy
# with US dates gives the same.
crm=$DATASETS/crm-sales-opportunities
cat >crm-plan.ini <<'EOF'
[plan]
name=CRM
currency=USD
[columns]
date=close_date
employee_id=sales_agent
product_id=product
amount=close_value
txn_id=opportunity_id
EOF
sed 's/^currency=USD$/currency=USD\ndate-format=%m\/%d\/%Y/' crm-plan.ini >crm-plan-us.ini
# "2017-03 1,134,672 · 04 721,932 · ..." and "03 Kary Hendrixson 92,218; ... 06 Daniell Hammack 111,830 (winner 122,127); ..."
tr '\n' ' ' <"$crm/SOURCE.md" | sed 's/.*Won value by close month: //; s/\. - Won value per agent.*//' |
  sed 's/·/\n/g' | sed 's/^ *2017-//; s/^ *//; s/,//g; s/\.$//' | awk 'NF == 2 { print "month", $1, $2 }' >crm-source.txt
sed -n '/Runners-up:/,/^- /p' "$crm/SOURCE.md" | tr '\n' ' ' | sed 's/.*Runners-up: //; s/;/\n/g' |
  sed 's/(winner \([0-9,]*\))/\1/; s/\.$//; s/,//g' |
  awk 'NF >= 4 { sub(/\.+$/, "", $NF); printf "runner %s %s %s", $1, $2 " " $3, $4; if (NF >= 5) printf " %s", $5; printf "\n" }' >>crm-source.txt
t_check "crm: SOURCE.md's figures read (10 months, 10 runners-up)" \
  test "$(grep -c '^month' crm-source.txt)" = 10 -a "$(grep -c '^runner' crm-source.txt)" = 10
crm_total=$(sed -n 's/.*Sum of close_value over Won deals = \*\*\([0-9,]*\)\*\*.*/\1/p' "$crm/SOURCE.md" | tr -d ,)
for variant in iso us; do
  export_file=$crm/sales_pipeline.csv plan=crm-plan.ini
  [ $variant = us ] && export_file=$crm/excel-resaved/sales_pipeline.csv plan=crm-plan-us.ini
  bad=
  total=0
  while read -r kind m a b c d; do
    [ "$kind" = month ] || continue
    if ! run_month $plan "2017-$m" "crm-$variant-$m" "$export_file"; then
      bad="$bad 2017-$m: $(cat "crm-$variant-$m.err")"
      continue
    fi
    rows_balance "crm-$variant-$m" || bad="$bad 2017-$m: rows do not balance"
    g=$(json_total "crm-$variant-$m" gross_sales)
    [ "$g" = "$a.00" ] || bad="$bad 2017-$m: won value $g, expected $a"
    total=$((total + a))
    line=$(grep "^runner $m " crm-source.txt)
    second=$(echo "$line" | awk '{ print $3 " " $4 }') second_value=$(echo "$line" | awk '{ print $5 }')
    winner_value=$(echo "$line" | awk '{ print $6 }')
    got=$(awk -F, 'NR == 2 { printf "%s|%s|", $2, $5 } NR == 3 { printf "%s|%s", $2, $5 }' "crm-$variant-$m/rankings.csv")
    case $got in
      "Darcel Schlecht|"*"|$second|$second_value.00") ;;
      *) bad="$bad 2017-$m: top two $got, expected Darcel Schlecht then $second $second_value" ;;
    esac
    if [ -n "$winner_value" ]; then
      case $got in "Darcel Schlecht|$winner_value.00|"*) ;; *) bad="$bad 2017-$m: winner value $got, expected $winner_value" ;; esac
    fi
  done <crm-source.txt
  t_check "crm ($variant dates): 10 months: won value per close month, Darcel Schlecht first, the runner-up and value as SOURCE.md says (total $total)${bad:+:$bad}" \
    test -z "$bad" -a "$total" = "$crm_total"
done

# =======================================================================================
# sales_data_sample.csv: cp850 bytes, US dates with a time, the territory "NA" as the
# employee (not a missing value).  Year and month totals as SOURCE.md states.
sds=$DATASETS/sales-data-sample
cat >sds-plan.ini <<'EOF'
[plan]
name=Sample sales
currency=USD
encoding=CP850
date-format=%m/%d/%Y
[columns]
date=ORDERDATE
employee_id=TERRITORY
product_id=PRODUCTCODE
amount=SALES
EOF
: >sds-got.txt
bad=
for y in 2003 2004 2005; do
  for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
    [ $y = 2005 ] && [ $m -gt 05 ] && break
    if run_month sds-plan.ini "$y-$m" "sds-$y-$m" "$sds/sales_data_sample.csv"; then
      rows_balance "sds-$y-$m" || bad="$bad $y-$m: rows do not balance"
      [ "$(json_total "sds-$y-$m" rows_read)" = 2823 ] || bad="$bad $y-$m: rows_read"
      echo "$y $m $(json_total "sds-$y-$m" gross_sales | tr -d .)" >>sds-got.txt
    else
      bad="$bad $y-$m: $(cat "sds-$y-$m.err")"
    fi
  done
done
t_check "sales-data-sample: 29 monthly runs in CP850, every line read and accounted for${bad:+:$bad}" test -z "$bad"
want=$(sed -n 's/.*sum(SALES) = \*\*\([0-9,.]*\)\*\*.*/\1/p' "$sds/SOURCE.md" | tr -d ,.)
got=$(awk '{ s += $3 } END { print s }' sds-got.txt)
t_check "sales-data-sample: all months together $got cents (SOURCE.md: $want)" test -n "$want" -a "$got" = "$want"
for y in 2003 2004 2005; do
  want=$(tr '\n' ' ' <"$sds/SOURCE.md" | sed -n "s/.*By YEAR_ID:.* $y \([0-9,]*\.[0-9][0-9]\)[.;].*/\1/p" | tr -d ,.)
  got=$(awk -v y=$y '$1 == y { s += $3 } END { print s }' sds-got.txt)
  t_check "sales-data-sample: $y: $got cents (SOURCE.md: $want)" test -n "$want" -a "$got" = "$want"
done
sed -n '/2004 by month:/,/^- /p' "$sds/SOURCE.md" | tr '\n' ' ' | sed 's/.*2004 by month://; s/- \*\*PRICEEACH.*//' |
  tr ',' '\n' | awk 'NF == 2 { v = $2; sub(/\.$/, "", v); sub(/\./, "", v); print "2004", $1, v }' >sds-2004.txt
t_check "sales-data-sample: 2004 month by month ($(wc -l <sds-2004.txt) months) as SOURCE.md" \
  test "$(wc -l <sds-2004.txt)" = 12 -a "$(grep '^2004 ' sds-got.txt)" = "$(cat sds-2004.txt)"
na=$(grep -c '"employee_id" : "NA"' sds-2004-11/report.json)
t_check "sales-data-sample: the territory NA is an employee like the others" test "$na" -ge 1
# Without the encoding, the lines with cp850 bytes are rejected (invalid UTF-8), not garbled.
printf '[plan]\nname=Sample sales\ncurrency=USD\ndate-format=%%m/%%d/%%Y\n[columns]\ndate=ORDERDATE\nemployee_id=TERRITORY\nproduct_id=PRODUCTCODE\namount=SALES\n' >sds-utf8.ini
nonascii=$(LC_ALL=C grep -c "$(printf '[\200-\377]')" "$sds/sales_data_sample.csv")
run_month sds-utf8.ini 2004-01 sds-utf8 "$sds/sales_data_sample.csv"
t_check "sales-data-sample: read as UTF-8, its $nonascii lines with cp850 bytes are rejected as invalid UTF-8" \
  test "$(grep -c '"reason" : "invalid UTF-8' sds-utf8/report.json)" = "$nonascii" -a "$nonascii" -gt 0

t_finish
