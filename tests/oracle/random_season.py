#!/usr/bin/env python3
"""random_season.py — writes a seeded random season for differential testing of Part 2.

    random_season.py SEED DIR     writes DIR/plan.ini, employees.csv, products.csv,
                                  complaints.csv (sometimes) and DIR/season.json:
                                  {"closes": [[period, [exports...]], ...],
                                   "run": [period, [exports...]]}

The same seed always writes the same bytes.  A season is 3 to 8 months closed in order
(possibly across a year boundary), then one run of the next month (sometimes one month later,
leaving a gap).  The exports re-export paid txn_ids, carry late lines with and without txn_id,
duplicates, returns, lines dated outside the period, unknown employees, lines without a
customer, customers that lapse and come back, and ties in customer crediting.
"""
import datetime
import json
import os
import random
import sys

CATEGORIES = ["equipment", "gift-certificate", "tickets", "experience", "other",
              "Equipment", "TICKETS"]


def period_add(period, k):
    i = int(period[:4]) * 12 + int(period[5:7]) - 1 + k
    return "%04d-%02d" % (i // 12, i % 12 + 1)


def days_in(period):
    y, m = int(period[:4]), int(period[5:7])
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def money(rng, lo, hi, minor):
    v = rng.randint(int(lo * 10 ** minor), int(hi * 10 ** minor))
    if minor == 0:
        return str(v)
    s = "%d.%0*d" % (abs(v) // 10 ** minor, minor, abs(v) % 10 ** minor)
    return ("-" if v < 0 else "") + s


def generate(seed, out):
    rng = random.Random(seed)
    currency, minor = rng.choice([("EUR", 2)] * 6 + [("JPY", 0), ("KWD", 3)])
    scale = 100 if minor == 0 else 1
    n_months = rng.randint(3, 8)
    start = "%04d-%02d" % (rng.randint(2024, 2026), rng.randint(1, 12))
    periods = [period_add(start, k) for k in range(n_months)]
    n_emp = rng.randint(2, 5)
    emps = ["E%d" % (i + 1) for i in range(n_emp)]
    with_employees_file = rng.random() < 0.85
    targets = {}
    with open(os.path.join(out, "employees.csv"), "w", encoding="utf-8") as f:
        f.write("employee_id,name,target\n")
        for e in emps:
            t = "" if rng.random() < 0.25 else money(rng, 200, 3000, 0) if minor == 0 else str(rng.randint(2, 30) * 100)
            if t and minor == 0:
                t = str(int(t) * scale)
            targets[e] = t
            f.write("%s,Name %s,%s\n" % (e, e, t))
    products = ["P1", "P2", "P3", "P4"]
    with open(os.path.join(out, "products.csv"), "w", encoding="utf-8") as f:
        f.write("product_id,name,category,weight,locomotive\n")
        for p in products:
            w = rng.choice(["1", "1.5", "0.5", "2.25", "", "1.3333"])
            f.write("%s,Product %s,cat,%s,%s\n" % (p, p, w, rng.choice(["yes", "no"])))

    # ------------------------------------------------------------------------ the plan
    date_format = rng.choice([None] * 6 + ["%d.%m.%Y", "%m/%d/%Y"])
    strip_zeros = rng.random() < 0.5
    delim = rng.choice([","] * 3 + [";", "\t"])
    cdelim = rng.choice([",", ",", ";", "|"])

    def fmt(iso):
        """An ISO date (maybe with a time after it) in the plan's date format."""
        if not date_format:
            return iso
        y, m, d = iso[:4], iso[5:7], iso[8:10]
        if strip_zeros:
            m, d = str(int(m)), str(int(d))
        day = "%s.%s.%s" % (d, m, y) if date_format == "%d.%m.%Y" else "%s/%s/%s" % (m, d, y)
        return day + iso[10:]

    plan = ["[plan]", "name=Random season %d" % seed, "currency=" + currency,
            "rounding=" + rng.choice(["half-up", "half-even"]),
            "products=products.csv", "history=history.sqlite"]
    if with_employees_file:
        plan.append("employees=employees.csv")
    if date_format:
        plan.append("date-format=" + date_format)
    late = rng.choice(["credit", "reject", None])
    if late:
        plan.append("late-lines=" + late)
    if rng.random() < 0.3:
        plan.append("rank-by=attainment")
    if rng.random() < 0.3:
        plan.append("target=%d" % (rng.randint(10, 80) * 100 * scale))
    plan += ["", "[weights]", "default=1.0", "locomotive=2.5", "", "[bonus]"]
    tiers = rng.choice(["0%:2%;100%:4%;150%:6%", "0%:10%;100%:20%", "0%:5%", "0%:0%;50%:3%;120%:7.5%"])
    plan.append("tiers=" + tiers)
    if rng.random() < 0.4:
        plan.append("threshold=%d%%" % rng.choice([30, 50, 80]))
    if rng.random() < 0.5:
        plan.append("cap=" + money(rng, 20, 300, minor) if minor else "cap=%d" % (rng.randint(20, 300) * scale))
    if rng.random() < 0.7:
        plan.append("rate=%s" % rng.choice(["2%", "5%", "0.035"]))
    if rng.random() < 0.4:
        plan += ["", "[recognition]", "min-attainment=%d%%" % rng.choice([10, 50, 100])]
    with_customers = rng.random() < 0.85
    min_sale = None
    complaints = False
    if with_customers:
        plan += ["", "[customers]"]
        min_sale = None
        if rng.random() < 0.1:
            min_sale = "0"
        elif rng.random() < 0.8:
            min_sale = money(rng, 0, 150, minor) if minor else str(rng.randint(0, 150) * scale)
        if min_sale is not None:
            plan.append("min-sale=" + min_sale)
        if rng.random() < 0.9:
            plan.append("lapsed-after=%d" % rng.randint(1, 3))
        for k in ("new", "won-back", "retained", "kept-after-complaint"):
            if rng.random() < 0.8:
                plan.append("%s=%s" % (k, money(rng, 0, 80, minor) if minor else str(rng.randint(0, 80) * scale)))
        if rng.random() < 0.75:
            complaints = True
            plan.append("complaints=complaints.csv")
            if rng.random() < 0.8:
                plan.append("respond-within=" + rng.choice(["24h", "48h", "1d", "2d", "36h", "3d"]))
    kinds = ["employee-of-the-month", "rank<=%d" % rng.randint(1, 3),
             rng.choice(["attainment>=%d%%" % rng.choice([20, 50, 100]), "attainment>=0.35"]), "new-customers>=%d" % rng.randint(1, 2)]
    for i in range(rng.randint(0, 4)):
        rid = rng.choice(["gift", "tickets", "laptop", "spa", "zz-top", "a-first"]) + str(i)
        plan += ["", "[reward:%s]" % rid]
        if rng.random() < 0.6:
            plan.append("name=Reward %s" % rid)
        plan.append("category=" + rng.choice(CATEGORIES))
        plan.append("value=" + (money(rng, 10, 200, minor) if minor else str(rng.randint(10, 200) * scale)))
        plan.append("for=" + rng.choice(kinds))
    with open(os.path.join(out, "plan.ini"), "w", encoding="utf-8") as f:
        f.write("\n".join(plan) + "\n")

    # ------------------------------------------------------------------------ exports
    customers = ["C%d" % i for i in range(1, rng.randint(4, 10))]
    gap = rng.random() < 0.2
    run_period = period_add(periods[-1], 2 if gap else 1)
    all_periods = periods + [run_period]
    txn_counter = [0]
    written = []        # (period, txn_id, full line fields) of lines with a txn_id

    def new_txn():
        txn_counter[0] += 1
        return "T%04d" % txn_counter[0]

    def date_in(period):
        d = "%s-%02d" % (period, rng.randint(1, days_in(period)))
        r = rng.random()
        if r < 0.1:
            d += " %02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
        elif r < 0.15:
            d += "T%02d:%02d:00Z" % (rng.randint(0, 23), rng.randint(0, 59))
        return d

    def amount():
        v = money(rng, 5, 400, minor) if minor else str(rng.randint(5, 400) * scale)
        if rng.random() < 0.1:
            v = "-" + v
        return v

    def line(period_for_date, emp=None, cust=None, amt=None, txn=None, date=None):
        e = emp or (rng.choice(emps) if rng.random() > 0.04 else "E9")
        c = cust if cust is not None else (rng.choice(customers) if rng.random() > 0.15 else "")
        t = txn if txn is not None else (new_txn() if rng.random() > 0.1 else "")
        return [date or date_in(period_for_date), e, rng.choice(products), amt or amount(), t, c]

    def write_export(name, part):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(delim.join(["date", "employee_id", "product_id", "amount", "txn_id", "customer_id"]) + "\n")
            for l in part:
                f.write(delim.join([fmt(l[0])] + l[1:]) + "\n")
        for l in part:
            if l[4]:
                written.append((period, l[4], l))

    exports = {}
    reopens = {}
    for idx, period in enumerate(all_periods):
        lines = []
        # customers that lapse: each customer buys in a month with some probability
        for _ in range(rng.randint(4, 14)):
            lines.append(line(period))
        # a tie: two employees, equal net, same earliest date
        if rng.random() < 0.4 and len(emps) >= 2:
            a, b = rng.sample(emps, 2)
            c = rng.choice(customers)
            amt = money(rng, 100, 300, minor) if minor else str(rng.randint(100, 300) * scale)
            d = date_in(period)
            lines.append(line(period, a, c, amt, date=d))
            lines.append(line(period, b, c, amt, date=d))
        # a tie on net only, dates differ
        if rng.random() < 0.3 and len(emps) >= 2:
            a, b = rng.sample(emps, 2)
            c = rng.choice(customers)
            amt = money(rng, 100, 300, minor) if minor else str(rng.randint(100, 300) * scale)
            lines.append(line(period, a, c, amt))
            lines.append(line(period, b, c, amt))
        earlier = [w for w in written if w[0] < period]
        # re-exports of paid (or at least earlier) lines, as they were
        for _ in range(rng.randint(0, 3)):
            if earlier:
                lines.append(list(rng.choice(earlier)[2]))
        # late lines dated in earlier months, with and without txn_id
        for _ in range(rng.randint(0, 3)):
            if idx > 0:
                lines.append(line(rng.choice(all_periods[max(0, idx - 3):idx]),
                                  txn="" if rng.random() < 0.3 else None))
        # a re-export of an earlier line with a new date in this period
        if earlier and rng.random() < 0.3:
            old = list(rng.choice(earlier)[2])
            old[0] = date_in(period)
            lines.append(old)
        # duplicates within the month
        if rng.random() < 0.4:
            own = [l for l in lines if l[4]]
            if own:
                dup = list(rng.choice(own))
                if rng.random() < 0.5:
                    dup[3] = amount()
                lines.append(dup)
        # lines dated outside: the next month, a month long ago
        if rng.random() < 0.3:
            lines.append(line(period_add(period, 1)))
        if rng.random() < 0.2:
            lines.append(line(period_add(period, -14)))
        # a paid line re-exported by an unknown employee, or dated in a month not closed
        if earlier and rng.random() < 0.3:
            old = list(rng.choice(earlier)[2])
            if rng.random() < 0.5:
                old[1] = "E9"
            else:
                old[0] = date_in(period_add(period, 1))
            lines.append(old)
        # a tie on net and day, the times of day differ (times are ignored)
        if rng.random() < 0.3 and len(emps) >= 2:
            a, b = sorted(rng.sample(emps, 2))
            c = rng.choice(customers)
            amt = money(rng, 100, 300, minor) if minor else str(rng.randint(100, 300) * scale)
            day = "%s-%02d" % (period, rng.randint(1, days_in(period)))
            lines.append(line(period, a, c, amt, date=day + " 18:00"))
            lines.append(line(period, b, c, amt, date=day + " 08:00"))
        # a tie where one side's earliest line is a return
        if rng.random() < 0.2 and len(emps) >= 2 and days_in(period) >= 28:
            a, b = rng.sample(emps, 2)
            c = rng.choice(customers)
            lines.append(line(period, a, c, "150" if minor == 0 else "150.00", date=period + "-20"))
            lines.append(line(period, a, c, "-50" if minor == 0 else "-50.00", date=period + "-01"))
            lines.append(line(period, b, c, "100" if minor == 0 else "100.00", date=period + "-10"))
        # a customer buying exactly min-sale; one whose return cancels the sale
        if min_sale is not None and min_sale != "0" and rng.random() < 0.3:
            lines.append(line(period, cust="CX", amt=min_sale))
        if rng.random() < 0.15:
            a = money(rng, 50, 200, minor) if minor else str(rng.randint(50, 200) * scale)
            lines.append(line(period, cust="CZ", amt=a))
            lines.append(line(period, cust="CZ", amt="-" + a))
        rng.shuffle(lines)
        files = []
        n_files = 1 if rng.random() < 0.6 else 2
        for k in range(n_files):
            name = "sales-%s%s.csv" % (period, "" if k == 0 else "-b")
            part = lines[k::n_files]
            write_export(name, part)
            files.append(name)
        exports[period] = files
        # sometimes the month is closed, then reopened with a corrected export
        if period in periods and rng.random() < 0.2:
            fixed = [l for l in lines if rng.random() > 0.15]
            for _ in range(rng.randint(1, 3)):
                fixed.append(line(period))
            name = "sales-%s-fixed.csv" % period
            write_export(name, fixed)
            reopens[period] = [name]

    # ------------------------------------------------------------------------ complaints
    if complaints:
        rows = [cdelim.join(["complaint_id", "customer_id", "employee_id", "opened", "closed", "outcome"])]
        for i in range(rng.randint(2, 4 * len(all_periods))):
            period = rng.choice(all_periods)
            day = rng.randint(1, days_in(period))
            opened_h = rng.randint(0, 23)
            with_time = rng.random() < 0.6
            y, m = int(period[:4]), int(period[5:7])
            op = datetime.datetime(y, m, day, opened_h if with_time else 0, rng.choice([0, 30]) if with_time else 0)
            if rng.random() < 0.15:
                closed = ""
                outcome = ""
            else:
                delta = datetime.timedelta(hours=rng.choice([0, 5, 23, 24, 25, 36, 47, 48, 49, 72, 73, 100]))
                cl = op + delta
                if with_time or rng.random() < 0.3:
                    closed = fmt(cl.strftime("%Y-%m-%d") + rng.choice([" ", "T"]) + cl.strftime(
                        rng.choice(["%H:%M", "%H:%M:%S"])))
                else:
                    cl = cl.replace(hour=0, minute=0)
                    closed = fmt(cl.strftime("%Y-%m-%d"))
                outcome = rng.choice(["resolved", "resolved", "unresolved", "lost"])
            opened = fmt(op.strftime("%Y-%m-%d") + (op.strftime(" %H:%M") if with_time else ""))
            handler = rng.choice(emps + ["E9"] if rng.random() < 0.1 else emps)
            rows.append(cdelim.join(["K%d" % (i + 1), rng.choice(customers), handler, opened, closed, outcome]))
        with open(os.path.join(out, "complaints.csv"), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")

    closes = []
    for p in periods:
        closes.append([p, exports[p], False])
        if p in reopens:
            closes.append([p, reopens[p], True])
    season = {"closes": closes, "run": [run_period, exports[run_period]]}
    # sometimes also a run of a month already closed: it sees only the months before it
    if rng.random() < 0.3:
        p = rng.choice(periods)
        season["rerun"] = [p, reopens.get(p, exports[p])]
    with open(os.path.join(out, "season.json"), "w", encoding="utf-8") as f:
        json.dump(season, f, indent=1)
    return season


if __name__ == "__main__":
    generate(int(sys.argv[1]), sys.argv[2])
