#!/bin/sh
# test-html.sh — report.html in a real browser: headless chromium renders the page of the
# statements fixture to a PNG and an A4 PDF, and the rendered DOM shows the employee of the
# month and every employee's bonus and weighted sales, with hostile names as text.
# Skipped (77) where chromium is not installed.
. "$(dirname "$0")/lib.sh"
t_require_incentive
chromium=
for c in chromium chromium-browser; do
  if command -v "$c" >/dev/null 2>&1; then chromium=$c; break; fi
done
if [ -z "$chromium" ]; then
  echo "SKIP: no chromium"
  exit 77
fi
t_mktemp

fixture=$top_srcdir/tests/fixtures/statements
out=$t_scratch/out
if ! "$INCENTIVE" run --plan "$fixture/plan.ini" --output-dir "$out" --format json "$fixture/sales.csv" \
     >"$t_scratch/report.json" 2>"$t_scratch/run.err"; then
  t_fail "run writes the output folder" "$(cat "$t_scratch/run.err")"
  t_finish
fi
t_check "report.html is written beside report.json" test -s "$out/report.html"

page=$out/report.html
# Self-contained: no script, nothing fetched from elsewhere.
if grep -qi '<script' "$page"; then t_fail "no script element in the page"; else t_pass "no script element in the page"; fi
if grep -Eqi '(src|href)=|url\(|@import' "$page"; then
  t_fail "no external asset" "$(grep -Eoi '(src|href)=[^ >]*|url\([^)]*\)|@import' "$page" | head -3)"
else
  t_pass "no external asset"
fi
t_check "prints on A4" grep -q '@page{size:A4' "$page"

browse () {
  profile=$(mktemp -d "$t_scratch/profile.XXXXXX")
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" "file://$page" 2>>"$t_scratch/chromium.err"
}

browse --window-size=800,1100 --screenshot="$t_scratch/page.png" >/dev/null
if [ -s "$t_scratch/page.png" ] && [ "$(head -c 8 "$t_scratch/page.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
  t_pass "chromium renders the page to a PNG"
else
  t_fail "chromium renders the page to a PNG" "$(tail -5 "$t_scratch/chromium.err")"
fi
browse --print-to-pdf="$t_scratch/page.pdf" --no-pdf-header-footer >/dev/null
if [ -s "$t_scratch/page.pdf" ] && head -c 5 "$t_scratch/page.pdf" | grep -q '%PDF-'; then
  t_pass "chromium prints the page to a PDF"
else
  t_fail "chromium prints the page to a PDF" "$(tail -5 "$t_scratch/chromium.err")"
fi
# A4 is 595 × 842 points.
if grep -aEq 'MediaBox \[0 0 59[45](\.[0-9]+)? 84[12]' "$t_scratch/page.pdf"; then t_pass "the PDF is A4"; else t_fail "the PDF is A4"; fi

browse --dump-dom >"$t_scratch/dom.html"
dom=$t_scratch/dom.html
# The DOM as rendered, reduced to text, one element per line.
python3 -c '
import html.parser, sys
class Text(html.parser.HTMLParser):
    def handle_data(self, data):
        if data.strip(): print(data.strip())
Text().feed(open(sys.argv[1]).read())' "$dom" >"$t_scratch/dom.txt"

expect_text () {
  if grep -Fqx -- "$2" "$t_scratch/dom.txt"; then t_pass "$1"; else t_fail "$1" "no text '$2' in the rendered page"; fi
}
expect_text "the title of the employee of the month" "Best employee of the month"
if grep -A1 -Fx 'Best employee of the month' "$t_scratch/dom.txt" | grep -Fqx 'Anna Berg'; then
  t_pass "the employee of the month is Anna Berg"
else
  t_fail "the employee of the month is Anna Berg" "$(grep -A1 -Fx 'Best employee of the month' "$t_scratch/dom.txt")"
fi

# Every employee's figures as report.json has them, in the ranking row of that employee.
python3 - "$t_scratch/report.json" >"$t_scratch/rows" <<'PY' || { t_fail "read report.json"; t_finish; }
import json, sys
for e in json.load(open(sys.argv[1]))["employees"]:
    print("\t".join([e["employee_id"], str(e["rank"]), e["weighted_sales"], e["bonus"]]))
PY
python3 - "$dom" >"$t_scratch/dom-rows" <<'PY'
import html.parser, sys
class Rows(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.in_table = False; self.rows = []; self.cell = None; self.row = None
    def handle_starttag(self, tag, attrs):
        if tag == "table" and ("id", "ranking") in attrs: self.in_table = True
        elif self.in_table and tag == "tr": self.row = []
        elif self.in_table and tag == "td" and self.row is not None: self.cell = ""
    def handle_endtag(self, tag):
        if tag == "table": self.in_table = False
        elif tag == "td" and self.cell is not None: self.row.append(self.cell.strip()); self.cell = None
        elif tag == "tr" and self.row: self.rows.append(self.row); self.row = None
    def handle_data(self, data):
        if self.cell is not None: self.cell += data
p = Rows(); p.feed(open(sys.argv[1]).read())
for r in p.rows:
    # rank, "name id", lines, weighted, attainment, plan share, bonus
    print("\t".join([r[1].split()[-1], r[0], r[3], r[6]]))
PY
if cmp -s "$t_scratch/rows" "$t_scratch/dom-rows"; then
  t_pass "every employee's rank, weighted sales and bonus as in report.json ($(wc -l <"$t_scratch/rows") rows)"
else
  t_fail "every employee's rank, weighted sales and bonus as in report.json" "$(diff "$t_scratch/rows" "$t_scratch/dom-rows" | head -10)"
fi

# Names from the inputs show as text, never as markup.
expect_text "a <script> name shows as text" "<script>alert(1)</script>"
expect_text "a formula name shows as text" '=HYPERLINK("x")'
if grep -qi '<script' "$dom"; then t_fail "the rendered DOM has no script element"; else t_pass "the rendered DOM has no script element"; fi
expect_text "the rejected lines for the clerk" "bad number in unit_price: 'x' (not a number)"
expect_text "the rewards given" 'Anna Berg: Laptop (employee-of-the-month, 900.00 EUR)'
expect_text "the organisation's plan share" "63.29% of the plan: weighted sales 12657.89 of 20000.00 EUR"

t_finish
