# reference.awk — the bench's yardstick: the same per-employee weighted sum that
# `incentive run` computes, done as plainly as awk allows, to show what the library's
# checks, exact decimals and reporting cost on top of reading the bytes.
#
# It is a reference for speed, not for pay: numbers are binary doubles, nothing is
# validated beyond the period, and a quoted field may not hold a line break.  It does
# read the export like the library does: header names, quoted fields with commas and
# doubled quotes, grouped thousands, discounts as fractions or percents.
#
# Usage: mawk -v period=YYYY-MM -v default_weight=1 -v locomotive_weight=2.5 \
#             -f reference.awk products.csv export.csv
# Prints "employee_id lines weighted_sales", one employee a line.

# Splits LINE into F[1..n] by commas, honouring quotes; returns n.
function csv_split(line, f,    n, parts, i, k, p) {
  n = split(line, parts, ",")
  if (index(line, "\"") == 0) {
    for (i = 1; i <= n; i++)
      f[i] = parts[i]
    return n
  }
  k = 0
  for (i = 1; i <= n; i++) {
    p = parts[i]
    if (substr(p, 1, 1) == "\"") {
      # An odd number of quotes means the field goes on past this comma.
      while (gsub(/"/, "\"", p) % 2 == 1 && i < n)
        p = p "," parts[++i]
      p = substr(p, 2, length(p) - 2)
      gsub(/""/, "\"", p)
    }
    f[++k] = p
  }
  return k
}

function column(name,    i) {
  for (i = 1; i <= nf; i++)
    if (tolower(head[i]) == name)
      return i
  return 0
}

FNR == 1 {
  nf = csv_split($0, head)
  file++
  if (file == 1) {
    c_id = column("product_id"); c_weight = column("weight"); c_loco = column("locomotive")
  } else {
    c_date = column("date"); c_emp = column("employee_id"); c_prod = column("product_id")
    c_qty = column("quantity"); c_price = column("unit_price"); c_disc = column("discount")
  }
  next
}

file == 1 {
  csv_split($0, f)
  w = f[c_weight]
  if (w == "")
    w = (f[c_loco] == "yes") ? locomotive_weight : default_weight
  weight[f[c_id]] = w + 0
  next
}

{
  csv_split($0, f)
  if (substr(f[c_date], 1, 7) != period) {
    rejected++
    next
  }
  price = f[c_price]
  gsub(/,/, "", price)
  d = f[c_disc]
  if (d ~ /%$/)
    d = substr(d, 1, length(d) - 1) / 100
  net = f[c_qty] * price * (1 - d)
  # Half away from zero, to the cent; the nudge stops a double such as 12.344999...
  # (an exact half cent written in binary) from rounding down.
  net = (net < 0) ? -int(-net * 100 + 0.5000001) / 100 : int(net * 100 + 0.5000001) / 100
  p = f[c_prod]
  w = (p in weight) ? weight[p] : default_weight
  e = f[c_emp]
  sum[e] += net * w
  lines[e]++
}

END {
  for (e in sum)
    printf "%s %d %.2f\n", e, lines[e], sum[e]
  if (rejected)
    printf "rejected %d\n", rejected > "/dev/stderr"
}
