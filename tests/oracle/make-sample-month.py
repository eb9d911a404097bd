#!/usr/bin/env python3
"""make-sample-month.py — writes the sales exports of the bundled sample month,
examples/data/sales-2026-10.csv and examples/data/webshop-2026-10.csv.

Run once; the files are committed and the golden case tests/cases/sample-month pins the
report they give.  Seeded, so running it again writes the same bytes.  The plan, catalogue
and employees files are written by hand and read from examples/data.

Usage: make-sample-month.py [EXAMPLES_DATA_DIR]
"""
import csv
import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "examples", "data")
rng = random.Random(202610)

with open(os.path.join(out, "products.csv"), encoding="utf-8") as f:
    products = list(csv.DictReader(f))
with open(os.path.join(out, "employees.csv"), encoding="utf-8") as f:
    employees = [e["employee_id"] for e in csv.DictReader(f)]

PRICES = {p["product_id"]: p for p in products}
LIST_PRICE = {
    "LOC-ESP": 2890.00, "LOC-DISH": 4650.00, "LOC-COLD": 1790.00, "GRD-200": 649.00,
    "BEAN-1KG": 24.90, "FROTH-3": 189.00, "CUP-100": 39.50, "CLEAN-60": 17.45,
    "SRV-12M": 480.00, "FILT-H2O": 64.99, "SYR-VAN": 8.75, "DESC-1L": 12.30,
}
# How much each salesperson sells: a multiplier on how many lines they write and how often
# they sell the big machines.  Chosen so the month shows the whole range: some far above
# their target, most near it, a few below the threshold.
STRENGTH = {
    "E01": 1.6, "E02": 1.35, "E03": 1.2, "E04": 1.0, "E05": 1.05, "E06": 0.9, "E07": 0.8,
    "E08": 0.75, "E09": 0.7, "E10": 0.6, "E11": 0.5, "E12": 0.45, "E13": 0.6,
}
CUSTOMERS = ["C-%03d" % i for i in range(1, 61)]


def pick_product(strength):
    r = rng.random()
    if r < 0.035 * strength:
        return rng.choice(["LOC-ESP", "LOC-DISH", "LOC-COLD"])
    if r < 0.22:
        return rng.choice(["GRD-200", "SRV-12M", "FROTH-3"])
    return rng.choice(["BEAN-1KG", "CUP-100", "CLEAN-60", "FILT-H2O", "SYR-VAN", "DESC-1L"])


def quantity(pid):
    if pid.startswith("LOC-") or pid in ("GRD-200", "SRV-12M"):
        return rng.choice([1, 1, 1, 2])
    return rng.randint(2, 24)


def discount():
    r = rng.random()
    if r < 0.70:
        return ""
    if r < 0.85:
        return rng.choice(["0.05", "0.1", "0.15"])
    return rng.choice(["5%", "7.5%", "10%", "12.5%"])


lines = []
txn = 0
for e in employees:
    n = int(round(30 * STRENGTH[e]))
    for _ in range(n):
        txn += 1
        pid = pick_product(STRENGTH[e])
        lines.append({
            "date": "2026-10-%02d" % rng.randint(1, 31),
            "employee_id": e, "product_id": pid, "quantity": quantity(pid),
            "unit_price": "%.2f" % LIST_PRICE[pid], "discount": discount(),
            "txn_id": "OCT-%05d" % txn, "customer_id": rng.choice(CUSTOMERS),
        })
# Returns: a few items come back, dated in October.
for _ in range(6):
    txn += 1
    e = rng.choice(employees[:10])
    pid = rng.choice(["GRD-200", "FROTH-3", "CUP-100", "LOC-COLD"])
    lines.append({
        "date": "2026-10-%02d" % rng.randint(10, 31), "employee_id": e, "product_id": pid,
        "quantity": -1, "unit_price": "%.2f" % LIST_PRICE[pid], "discount": "",
        "txn_id": "OCT-%05d" % txn, "customer_id": rng.choice(CUSTOMERS),
    })
lines.sort(key=lambda l: (l["date"], l["txn_id"]))

# The bad lines a real export has: a mistyped number, a salesperson payroll does not know,
# a line exported twice.
lines.insert(57, dict(lines[40], quantity="1O", txn_id="OCT-90001"))
lines.insert(140, dict(lines[100], employee_id="E99", txn_id="OCT-90002"))
lines.insert(300, dict(lines[299]))

with open(os.path.join(out, "sales-2026-10.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    cols = ["date", "employee_id", "product_id", "quantity", "unit_price", "discount", "txn_id", "customer_id"]
    w.writerow(cols)
    for l in lines:
        w.writerow([l[c] for c in cols])

# The web shop's export: another layout (aliases, ';', times of day, thousands grouping).
web = []
for i in range(40):
    e = rng.choice(employees)
    pid = pick_product(1.0)
    q = quantity(pid)
    price = LIST_PRICE[pid]
    web.append([
        "2026-10-%02d %02d:%02d" % (rng.randint(1, 31), rng.randint(8, 20), rng.randint(0, 59)),
        e, pid, q, "{:,.2f}".format(price), "WEB-%04d" % (i + 1), rng.choice(CUSTOMERS),
    ])
web.sort()
with open(os.path.join(out, "webshop-2026-10.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["order_date", "rep_id", "sku", "qty", "price", "transaction_id", "client_id"])
    w.writerows(web)
