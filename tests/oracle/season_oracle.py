#!/usr/bin/env python3
"""season_oracle.py — an independent reference for Part 2 of CONTRACT.md: the history store,
late lines, "already paid", year to date, customer work (statuses and complaints) and
non-cash rewards.

Written from the contract text alone (stdlib only, decimal for money), on top of oracle.py's
Part 1 readers (key file, CSV, numbers, dates).  It simulates a season: periods closed in
calendar order, each computed from what the earlier closes recorded in an in-memory store,
then a final run that records nothing.

    season = Season(plan_path)
    report = season.compute("2026-10", ["sales.csv"])   # what run/close print (a dict)
    season.close(report)                                 # record it, as close does

The report dict holds the fields the contract names, in report.json's layout; a rejected
line's reason is given as a key phrase under "kind" (compared by containment).
"""
import datetime
import decimal
import os
import re
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402
from oracle import Refused, Rejected  # noqa: E402

# Part 2 keys of [plan]; the Part 2 groups are read here (oracle.Plan skips them).
oracle.KNOWN["plan"] |= {"history", "late-lines"}

CUSTOMER_KEYS = {"min-sale", "lapsed-after", "new", "won-back", "retained",
                 "kept-after-complaint", "complaints", "respond-within"}
REWARD_KEYS = {"name", "category", "value", "for"}
NEVER_CATEGORIES = {"personal-items", "clothing", "jewellery", "jewelry"}


def month_index(period):
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def period_of(index):
    return "%04d-%02d" % (index // 12, index % 12 + 1)


def money_value(text):
    return Decimal(oracle.plain_number(text))


class Reward:
    def __init__(self, rid, keys):
        for k in keys:
            if k not in REWARD_KEYS:
                raise Refused("unknown key %s in [reward:%s]" % (k, rid))
        self.id = rid
        self.name = keys.get("name") or rid
        self.category = keys.get("category", "other")
        self.value = money_value(keys.get("value", "0"))
        cond = keys.get("for", "").strip()
        m = re.fullmatch(r"(rank<=|attainment>=|new-customers>=)\s*(.+)", cond)
        if cond == "employee-of-the-month":
            self.kind, self.arg = "eotm", None
        elif m and m.group(1) == "rank<=":
            self.kind, self.arg = "rank", int(m.group(2))
        elif m and m.group(1) == "attainment>=":
            self.kind, self.arg = "attainment", oracle.ratio(m.group(2))
        elif m and m.group(1) == "new-customers>=":
            self.kind, self.arg = "new", int(m.group(2))
        else:
            raise Refused("bad reward condition " + cond)


class SeasonPlan(oracle.Plan):
    def __init__(self, path):
        super().__init__(path)
        g = oracle.read_key_file(path)
        p = g.get("plan", {})
        self.base = os.path.dirname(path)
        self.history = p.get("history")
        self.late_credit = p.get("late-lines", "credit") == "credit"
        c = g.get("customers")
        self.customers = c is not None
        c = c or {}
        for k in c:
            if k not in CUSTOMER_KEYS:
                raise Refused("unknown key %s in [customers]" % k)
        self.min_sale = (money_value(c["min-sale"]) if "min-sale" in c
                         else Decimal(1).scaleb(-self.minor))
        self.lapsed_after = int(c.get("lapsed-after", "6"))
        self.pay = {k: money_value(c[k]) if k in c else Decimal(0)
                    for k in ("new", "won-back", "retained", "kept-after-complaint")}
        self.complaints = os.path.join(self.base, c["complaints"]) if "complaints" in c else None
        self.respond_within = None
        if "respond-within" in c:
            m = re.fullmatch(r"([0-9]+)([hd])", c["respond-within"].strip())
            if not m:
                raise Refused("bad respond-within")
            self.respond_within = datetime.timedelta(
                hours=int(m.group(1)) * (24 if m.group(2) == "d" else 1))
        forbidden = {x.strip().lower() for x in g.get("rewards", {}).get("forbidden-categories", "").split(";")
                     if x.strip()}
        self.rewards = []
        for group, keys in g.items():
            if group.startswith("reward:"):
                r = Reward(group[len("reward:"):], keys)
                if r.category.lower() in NEVER_CATEGORIES | forbidden:
                    raise Refused("[%s]: category %s is not allowed" % (group, r.category))
                self.rewards.append(r)
        self.rewards.sort(key=lambda r: r.id.encode())


# ---------------------------------------------------------------------------- complaints

def parse_datetime(plan, text):
    """A date in the plan's date format, then optionally T or a space and HH:MM[:SS]."""
    m = re.fullmatch(r"(.*?)(?:[T ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?", text.strip())
    try:
        y, mo, d = oracle.parse_date(plan, m.group(1))
    except Rejected:
        raise Refused("bad complaint date " + text)
    if m.group(2) is not None:
        return datetime.datetime(y, mo, d, int(m.group(2)), int(m.group(3)), int(m.group(4) or 0))
    return datetime.datetime(y, mo, d)


def read_complaints(plan):
    """[(id, customer, employee, opened, closed or None, outcome)]"""
    if plan.complaints is None:
        return []
    with open(plan.complaints, "rb") as f:
        data = f.read()
    if plan.encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        text = data.decode("utf-8")
    else:
        text = data.decode(plan.encoding)
    records = oracle.parse_csv(text, oracle.detect_delimiter(text))
    header = [h.strip().lower() for h in records[0][1]]
    out, seen = [], set()
    for line, fields in records[1:]:
        row = {h: (fields[i].strip() if i < len(fields) else "") for i, h in enumerate(header)}
        for k in ("complaint_id", "customer_id", "employee_id", "opened"):
            if not row.get(k):
                raise Refused("complaints line %d: missing %s" % (line, k))
        if row["complaint_id"] in seen:
            raise Refused("complaints line %d: duplicate complaint_id" % line)
        seen.add(row["complaint_id"])
        opened = parse_datetime(plan, row["opened"])
        closed = parse_datetime(plan, row["closed"]) if row.get("closed") else None
        outcome = row.get("outcome", "").lower()
        if closed is not None and outcome not in ("resolved", "unresolved", "lost"):
            raise Refused("complaints line %d: bad outcome" % line)
        if closed is not None and closed < opened:
            raise Refused("complaints line %d: closed before opened" % line)
        out.append((row["complaint_id"], row["customer_id"], row["employee_id"], opened, closed, outcome))
    return out


# ---------------------------------------------------------------------------- the season

class Season:
    def __init__(self, plan_path):
        self.plan = SeasonPlan(plan_path)
        # the in-memory store: period -> what its close recorded
        self.closed = {}
        self.paid = {}     # txn_id -> (period, file, line)

    # -- lines ---------------------------------------------------------------------------
    def read_lines(self, period, files):
        plan = self.plan
        use_store = plan.history is not None
        P = month_index(period)
        emp = {}
        if plan.employees is not None:
            for eid, name, target in plan.employees:
                emp[eid] = self.new_employee(name, target)
        txns = {}
        rejected = []
        accepted = []   # (employee, customer, date, net)
        rows_read = 0
        for name in files:
            with open(name, "rb") as f:
                data = f.read()
            if plan.encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
                if data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:]
                text = data.decode("utf-8")
            else:
                text = data.decode(plan.encoding)
            delim = plan.delimiter or oracle.detect_delimiter(text)
            records = oracle.parse_csv(text, delim)
            if not records:
                raise Refused("empty export")
            header = [h.strip().lower() for h in records[0][1]]
            col = {}
            for c, aliases in oracle.ALIASES.items():
                names = [plan.columns[c].lower()] if c in plan.columns else aliases
                for a in names:
                    if a in header:
                        col[c] = header.index(a)
                        break
            for c in ("date", "employee_id", "product_id"):
                if c not in col:
                    raise Refused("missing required column " + c)
            if "amount" not in col:
                for c in ("quantity", "unit_price"):
                    if c not in col:
                        raise Refused("missing required column " + c)
            for line, fields in records[1:]:
                rows_read += 1
                late = False
                try:
                    if len(fields) != len(header):
                        raise Rejected("fields")
                    get = lambda c: fields[col[c]].strip() if c in col else ""  # noqa: E731
                    for c in ("date", "employee_id", "product_id"):
                        if not get(c):
                            raise Rejected("missing")
                    discount = None
                    if get("amount"):
                        net = plan.round_money(oracle.number(plan, get("amount")))
                    else:
                        if not get("quantity") or not get("unit_price"):
                            raise Rejected("missing")
                        q = oracle.number(plan, get("quantity"))
                        p = oracle.number(plan, get("unit_price"))
                        if get("discount"):
                            discount = oracle.number(plan, get("discount"), percent=True)
                        net = plan.round_money(q * p * (1 - (discount or 0)))
                    y, m, d = oracle.parse_date(plan, get("date"))
                    txn = get("txn_id")
                    dated = y * 12 + m - 1
                    if dated != P:
                        if not (use_store and dated < P and period_of(dated) in self.closed):
                            raise Rejected("outside the period")
                        if not (txn and txn in self.paid):
                            # a late line; a paid one is judged at the txn_id step below
                            if not plan.late_credit or not txn:
                                raise Rejected("dated in closed period " + period_of(dated))
                            late = True
                    eid = get("employee_id")
                    if plan.employees is not None and eid not in emp:
                        raise Rejected("unknown employee")
                    if discount is not None and not 0 <= discount <= 1:
                        raise Rejected("discount")
                    if txn:
                        if use_store and txn in self.paid:
                            raise Rejected("already paid in %s|%s line %d" % self.paid[txn])
                        if txn in txns:
                            raise Rejected("duplicate txn_id")
                        txns[txn] = (name, line)
                except Rejected as r:
                    rejected.append({"file": name, "line": line, "kind": r.kind})
                    continue
                e = emp.setdefault(eid, self.new_employee(eid, None))
                e["lines"] += 1
                e["late_lines"] += 1 if late else 0
                e["gross"] += net
                e["weighted"] += net * plan.weights.get(get("product_id"), plan.default_weight)
                accepted.append((eid, get("customer_id"), (y, m, d), net, txn, name, line))
        return emp, rejected, rows_read, accepted

    @staticmethod
    def new_employee(name, target):
        return {"name": name, "target": target, "lines": 0, "late_lines": 0,
                "gross": Decimal(0), "weighted": Decimal(0)}

    # -- customers -------------------------------------------------------------------------
    def statuses_known(self, period):
        plan = self.plan
        if not plan.customers or plan.history is None:
            return False
        P = month_index(period)
        return all(period_of(P - k) in self.closed for k in range(1, plan.lapsed_after + 1))

    def customer_work(self, period, emp, accepted):
        """Per employee {new, won_back, retained, kept_after_complaint, complaints_closed,
        answered_in_time}, and each customer's net sales of the period (for the store)."""
        plan = self.plan
        P = month_index(period)
        net = {}
        by_emp = {}      # customer -> employee -> [net, earliest date]
        for eid, cid, date, amount, _t, _f, _l in accepted:
            if not cid:
                continue
            net[cid] = net.get(cid, Decimal(0)) + amount
            s = by_emp.setdefault(cid, {}).setdefault(eid, [Decimal(0), date])
            s[0] += amount
            s[1] = min(s[1], date)
        work = {eid: {"new": 0, "won_back": 0, "retained": 0, "kept_after_complaint": 0,
                      "complaints_closed": 0, "answered_in_time": 0} for eid in emp}
        if not plan.customers:
            return work, net, {}
        known = self.statuses_known(period)
        credited = {}
        for cid, total in net.items():
            if total < plan.min_sale:
                continue
            best = min(by_emp[cid].items(),
                       key=lambda kv: (-kv[1][0], kv[1][1], kv[0].encode()))[0]
            status = None
            if known:
                bought = [p for p, rec in self.closed.items() if rec["customer_net"].get(cid, 0) > 0]
                recent = {period_of(P - k) for k in range(1, plan.lapsed_after + 1)}
                if not bought:
                    status = "new"
                elif any(p in recent for p in bought):
                    status = "retained"
                else:
                    status = "won_back"
                work[best][status] += 1
            credited[cid] = (best, status)
        # complaints
        kept = set()
        for _cid_, cust, handler, opened, closed, outcome in read_complaints(plan):
            if closed is None or month_index("%04d-%02d" % (closed.year, closed.month)) != P:
                continue
            if handler not in work:
                continue
            work[handler]["complaints_closed"] += 1
            if plan.respond_within is not None and closed - opened <= plan.respond_within:
                work[handler]["answered_in_time"] += 1
            if outcome == "resolved" and (handler, cust) not in kept:
                cdate = (closed.year, closed.month, closed.day)
                if any(c == cust and a > 0 and d >= cdate for _e, c, d, a, _t, _f, _l in accepted):
                    kept.add((handler, cust))
                    work[handler]["kept_after_complaint"] += 1
        return work, net, credited

    # -- the report ------------------------------------------------------------------------
    def sales_bonus_exact(self, e):
        plan = self.plan
        w, t = e["weighted"], e["target"]
        if t is None:
            b = w * plan.rate if plan.rate is not None else Decimal(0)
        elif plan.threshold is not None and w < plan.threshold * t:
            b = Decimal(0)
        else:
            b = Decimal(0)
            for i, (a, r) in enumerate(plan.tiers):
                lo = a * t
                hi = plan.tiers[i + 1][0] * t if i + 1 < len(plan.tiers) else None
                part = max(Decimal(0), w - lo)
                if hi is not None:
                    part = min(part, hi - lo)
                b += part * r
        return max(b, Decimal(0))

    def compute(self, period, files):
        """A run or close of a period sees only the periods closed before it."""
        P = month_index(period)
        everything = self.closed
        self.closed = {p: rec for p, rec in everything.items() if month_index(p) < P}
        self.paid = {}
        for rec in self.closed.values():
            self.paid.update(rec["paid"])
        try:
            return self.compute_seen(period, files)
        finally:
            self.closed = everything
            self.paid = {}
            for rec in self.closed.values():
                self.paid.update(rec["paid"])

    def compute_seen(self, period, files):
        plan = self.plan
        P = month_index(period)
        emp, rejected, rows_read, accepted = self.read_lines(period, files)
        work, cust_net, credited = self.customer_work(period, emp, accepted)
        known = self.statuses_known(period)
        ytd_periods = [p for p in self.closed if p[:4] == period[:4] and month_index(p) < P]
        rows = oracle.ranked(plan, emp)
        out, eotm = [], None
        for rank, (eid, e, att) in enumerate(rows, 1):
            w = work[eid]
            cb = (w["new"] * plan.pay["new"] + w["won_back"] * plan.pay["won-back"]
                  + w["retained"] * plan.pay["retained"]
                  + w["kept_after_complaint"] * plan.pay["kept-after-complaint"])
            sb = self.sales_bonus_exact(e)
            b = sb + cb
            if plan.cap is not None and b > plan.cap:
                b = plan.cap
            b = plan.round_money(b)
            row = {
                "rank": rank, "employee_id": eid, "name": e["name"], "lines": e["lines"],
                "gross_sales": plan.money(e["gross"]), "weighted_sales": plan.money(e["weighted"]),
                "target": plan.money(e["target"]) if e["target"] is not None else None,
                "attainment": oracle.ratio4(att) if att is not None else None,
                "plan_share": oracle.ratio4(e["weighted"] / plan.target) if plan.target else None,
                "bonus": str(b), "sales_bonus": plan.money(sb),
                "late_lines": e["late_lines"],
                "ytd_weighted_sales": None, "ytd_bonus": None,
                "customers": {
                    "new": w["new"] if known else None,
                    "won_back": w["won_back"] if known else None,
                    "retained": w["retained"] if known else None,
                    "kept_after_complaint": w["kept_after_complaint"],
                    "complaints_closed": w["complaints_closed"],
                    "answered_in_time": w["answered_in_time"],
                    "customer_bonus": plan.money(cb),
                },
                "_bonus": b, "_weighted": e["weighted"], "_att": att, "_work": w,
            }
            if plan.history is not None:
                yw = e["weighted"] + sum((self.closed[p]["weighted"].get(eid, Decimal(0)) for p in ytd_periods),
                                         Decimal(0))
                yb = b + sum((self.closed[p]["bonus"].get(eid, Decimal(0)) for p in ytd_periods), Decimal(0))
                row["ytd_weighted_sales"] = plan.money(yw)
                row["ytd_bonus"] = plan.money(yb)
            eligible = att is None or plan.min_attainment is None or att >= plan.min_attainment
            if eotm is None and eligible and e["weighted"] > 0:
                eotm = {"employee_id": eid, "name": e["name"], "title": plan.title}
            out.append(row)
        for row in out:
            rewards = []
            if row["_weighted"] > 0:
                for r in plan.rewards:
                    if r.kind == "eotm":
                        holds = eotm is not None and eotm["employee_id"] == row["employee_id"]
                    elif r.kind == "rank":
                        holds = row["rank"] <= r.arg
                    elif r.kind == "attainment":
                        holds = row["_att"] is not None and row["_att"] >= r.arg
                    else:
                        holds = known and row["_work"]["new"] >= r.arg
                    if holds:
                        rewards.append({"id": r.id, "name": r.name, "category": r.category.lower(),
                                        "value": plan.money(r.value)})
            row["rewards"] = rewards
            row["non_cash_value"] = plan.money(sum((Decimal(x["value"]) for x in rewards), Decimal(0)))
        total_bonus = sum((r["_bonus"] for r in out), Decimal(0))
        report = {
            "plan": plan.name, "period": period, "currency": plan.currency,
            "totals": {
                "rows_read": rows_read, "rows_accepted": rows_read - len(rejected),
                "rows_rejected": len(rejected),
                "gross_sales": plan.money(sum((e["gross"] for e in emp.values()), Decimal(0))),
                "weighted_sales": plan.money(sum((e["weighted"] for e in emp.values()), Decimal(0))),
                "bonus": plan.money(total_bonus),
            },
            "employees": out,
            "employee_of_the_month": eotm,
            "customer_statuses": {"known": known},
            "rejected": rejected,
            # what a close records
            "_store": {
                "weighted": {r["employee_id"]: r["_weighted"] for r in out},
                "bonus": {r["employee_id"]: r["_bonus"] for r in out},
                "customer_net": cust_net,
                "paid": {t: (period, f, ln) for _e, _c, _d, _a, t, f, ln in accepted if t},
                "credited": credited,
            },
        }
        return report

    def close(self, report, reopen=False):
        period = report["period"]
        if self.plan.history is None:
            raise Refused("close without history=")
        latest = max((month_index(p) for p in self.closed), default=None)
        if period in self.closed:
            # Closing again needs --reopen, and only the latest closed period reopens.
            if not reopen:
                raise Refused("already closed")
            if month_index(period) != latest:
                raise Refused("only the latest closed period reopens")
        elif latest is not None and month_index(period) != latest + 1:
            # A period that is not closed closes in order, --reopen or not.
            raise Refused("period gap")
        self.closed[period] = report["_store"]
        self.paid = {}
        for rec in self.closed.values():
            self.paid.update(rec["paid"])


def public(report):
    """The report without the oracle's private fields."""
    r = {k: v for k, v in report.items() if not k.startswith("_")}
    r["employees"] = [{k: v for k, v in e.items() if not k.startswith("_")} for e in report["employees"]]
    return r


# ---------------------------------------------------------------------------- comparing

def compare(ref, got, path, problems):
    """Every field of the reference must be in the program's report with the same value; a
    rejection's "kind" is a key phrase that the reason must contain."""
    if isinstance(ref, dict):
        if not isinstance(got, dict):
            problems.append("%s: reference %r, program %r" % (path, ref, got))
            return
        for k, v in ref.items():
            if k == "kind":
                reason = got.get("reason", "")
                for phrase in v.split("|"):
                    if phrase not in reason:
                        problems.append("%s.reason: %r does not say %r" % (path, reason, phrase))
                continue
            if k not in got:
                problems.append("%s: no key %s" % (path, k))
                continue
            compare(v, got[k], path + "." + k, problems)
    elif isinstance(ref, list):
        if not isinstance(got, list) or len(got) != len(ref):
            problems.append("%s: reference %d items %r, program %r" % (path, len(ref), ref, got))
            return
        for i, (a, b) in enumerate(zip(ref, got)):
            compare(a, b, "%s[%d]" % (path, i), problems)
    elif ref != got:
        problems.append("%s: reference %r, program %r" % (path, ref, got))
