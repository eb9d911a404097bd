#!/usr/bin/env python3
"""oracle.py — an independent reference for the Part 1 monthly run (CONTRACT.md, Part 1).

Written from the contract alone, without reading the C code, in plain Python 3 (stdlib
only: decimal for exact money, no binary floats), so that a golden case's expected figures
are confirmed by two programs that share nothing but the contract.

Usage (from inside a case folder, with the case's own command line):
    oracle.py run --plan plan.ini [--period P] [--format json] [--strict] SALES...
        prints the reference report as JSON
    oracle.py --check expected.json run --plan plan.ini ... SALES...
        compares expected.json with the reference; exit 1 and a list of differences when
        they disagree.  Only Part 1 fields are compared (the program may add fields), and a
        rejection's reason is compared by its kind (a key phrase), not its whole wording.
A refused run (an invalid plan or export, --strict with a rejected line) prints
"refused: WHY" and exits 1 in both modes.
"""
import decimal
import json
import os
import re
import sys
from decimal import Decimal

decimal.getcontext().prec = 200
decimal.getcontext().traps[decimal.Inexact] = False

MINOR_DIGITS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "HUF": 2,
                "KWD": 3, "BHD": 3, "JOD": 3, "OMR": 3, "TND": 3, "IQD": 3, "LYD": 3}


class Refused(Exception):
    """The run is refused (exit 1)."""


# ---------------------------------------------------------------------------- plan file

def read_key_file(path):
    groups = {}
    group = None
    with open(path, encoding="utf-8") as f:
        for raw in f.read().splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                if not line.endswith("]"):
                    raise Refused("bad group line " + raw)
                group = line[1:-1]
                if group in groups:
                    raise Refused("group twice: " + group)
                groups[group] = {}
                continue
            if group is None or "=" not in line:
                raise Refused("bad key file line " + raw)
            key, value = raw.split("=", 1)
            value = value.lstrip(" ")
            value = (value.replace("\\t", "\t").replace("\\s", " ").replace("\\n", "\n")
                     .replace("\\\\", "\\"))
            groups[group][key.strip()] = value
    return groups


KNOWN = {
    "plan": {"name", "period", "currency", "rounding", "target", "products", "employees",
             "rank-by", "delimiter", "decimal-separator", "date-format", "encoding"},
    "weights": {"default", "locomotive"},
    "bonus": {"tiers", "threshold", "cap", "rate"},
    "recognition": {"title", "min-attainment"},
}


def ratio(text):
    """'2.5%' or '0.025'."""
    t = text.strip()
    if t.endswith("%"):
        return Decimal(plain_number(t[:-1])) / 100
    return Decimal(plain_number(t))


def plain_number(t):
    if not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", t.strip()):
        raise Refused("bad number in plan: " + t)
    return t.strip()


def read_plain_csv(path):
    """The catalogue and employees files: UTF-8, comma, header row."""
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    records = parse_csv(data.decode("utf-8"), ",")
    header = [h.strip().lower() for h in records[0][1]]
    rows = []
    for line, fields in records[1:]:
        rows.append({h: (fields[i].strip() if i < len(fields) else "") for i, h in enumerate(header)})
    return rows


class Plan:
    def __init__(self, path):
        g = read_key_file(path)
        for group, keys in g.items():
            if group == "columns":
                continue
            # Part 2 groups change no Part 1 figure; the reference compares Part 1 only.
            if group.startswith("reward:") or group in ("rewards", "customers"):
                continue
            if group not in KNOWN:
                raise Refused("unknown group " + group)
            for k in keys:
                if k not in KNOWN[group]:
                    raise Refused("unknown key " + k)
        p = g.get("plan", {})
        base = os.path.dirname(path)
        self.name = p.get("name", "")
        self.period = p.get("period")
        self.currency = p["currency"]
        self.minor = MINOR_DIGITS.get(self.currency, 2)
        self.half_even = p.get("rounding", "half-up") == "half-even"
        self.target = Decimal(plain_number(p["target"])) if "target" in p else None
        self.rank_by_attainment = p.get("rank-by", "contribution") == "attainment"
        self.delimiter = p.get("delimiter")
        if self.delimiter == "tab":
            self.delimiter = "\t"
        self.decimal_comma = p.get("decimal-separator", ".") == ","
        self.date_format = p.get("date-format")
        self.encoding = p.get("encoding", "utf-8")
        w = g.get("weights", {})
        self.default_weight = Decimal(plain_number(w.get("default", "1")))
        self.locomotive_weight = Decimal(plain_number(w["locomotive"])) if "locomotive" in w else None
        b = g.get("bonus", {})
        self.tiers = []
        if "tiers" in b:
            for part in b["tiers"].split(";"):
                if part.strip():
                    a, r = part.split(":")
                    self.tiers.append((ratio(a), ratio(r)))
        self.threshold = ratio(b["threshold"]) if "threshold" in b else None
        self.cap = Decimal(plain_number(b["cap"])) if "cap" in b else None
        self.rate = ratio(b["rate"]) if "rate" in b else None
        r = g.get("recognition", {})
        self.title = r.get("title") or "Employee of the month"
        self.min_attainment = ratio(r["min-attainment"]) if "min-attainment" in r else None
        self.columns = {k.strip().lower(): v.strip() for k, v in g.get("columns", {}).items()}

        self.weights = {}
        if "products" in p:
            for row in read_plain_csv(os.path.join(base, p["products"])):
                pid = row["product_id"]
                if pid in self.weights:
                    raise Refused("duplicate product " + pid)
                loco = row.get("locomotive", "").lower() in ("yes", "true", "1")
                if row.get("weight", ""):
                    wt = Decimal(plain_number(row["weight"]))
                    if wt < 0 or -wt.as_tuple().exponent > 4:
                        raise Refused("bad weight " + row["weight"])
                elif loco and self.locomotive_weight is not None:
                    wt = self.locomotive_weight
                else:
                    wt = self.default_weight
                self.weights[pid] = wt
        self.employees = None
        if "employees" in p:
            self.employees = []
            seen = set()
            for row in read_plain_csv(os.path.join(base, p["employees"])):
                eid = row["employee_id"]
                if eid in seen:
                    raise Refused("duplicate employee " + eid)
                seen.add(eid)
                target = Decimal(plain_number(row["target"])) if row.get("target", "") else None
                if target is not None and target <= 0:
                    raise Refused("target not positive")
                self.employees.append((eid, row.get("name", eid), target))

    def round_money(self, d):
        q = Decimal(1).scaleb(-self.minor)
        mode = decimal.ROUND_HALF_EVEN if self.half_even else decimal.ROUND_HALF_UP
        return d.quantize(q, rounding=mode)

    def money(self, d):
        return str(self.round_money(d))


def ratio4(d):
    return str(d.quantize(Decimal("0.0001"), rounding=decimal.ROUND_HALF_UP))


# ---------------------------------------------------------------------------- CSV reading

def parse_csv(text, delimiter):
    """[(physical line where the record starts, [fields])]; blank lines skipped.  CR LF,
    LF and a lone CR each end a physical line, inside quotes too."""
    records = []
    i, n = 0, len(text)
    line = 1
    while i < n:
        start_line = line
        # a blank line: only spaces and tabs up to the line end
        j = i
        while j < n and text[j] in " \t":
            j += 1
        if j >= n or text[j] in "\r\n":
            if j < n:
                j += 2 if text[j] == "\r" and j + 1 < n and text[j + 1] == "\n" else 1
                line += 1
            i = j
            continue
        fields = []
        while True:
            field = []
            # a quoted field may be preceded by spaces
            k = i
            while k < n and text[k] in " \t":
                k += 1
            if k < n and text[k] == '"':
                i = k + 1
                while True:
                    if i >= n:
                        raise Refused("line %d: unterminated quote" % start_line)
                    c = text[i]
                    if c == '"':
                        if i + 1 < n and text[i + 1] == '"':
                            field.append('"')
                            i += 2
                            continue
                        i += 1
                        break
                    if c == "\r":
                        line += 1
                        if i + 1 < n and text[i + 1] == "\n":
                            field.append("\r")
                            i += 1
                    elif c == "\n":
                        line += 1
                    field.append(c)
                    i += 1
                while i < n and text[i] in " \t":
                    i += 1
            else:
                while i < n and text[i] not in delimiter + "\r\n":
                    field.append(text[i])
                    i += 1
            fields.append("".join(field))
            if i < n and text[i] == delimiter:
                i += 1
                continue
            if i < n and text[i] == "\r":
                i += 2 if i + 1 < n and text[i + 1] == "\n" else 1
                line += 1
            elif i < n and text[i] == "\n":
                i += 1
                line += 1
            break
        records.append((start_line, fields))
    return records


def detect_delimiter(text):
    first = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    counts = {d: 0 for d in ",;\t|"}
    quoted = False
    for c in first:
        if c == '"':
            quoted = not quoted
        elif not quoted and c in counts:
            counts[c] += 1
    best = ","
    for d in ",;\t|":
        if counts[d] > counts[best]:
            best = d
    return best


# ---------------------------------------------------------------------------- sales lines

ALIASES = {
    "date": ["date", "order_date", "sale_date"],
    "employee_id": ["employee_id", "salesperson_id", "seller_id", "rep_id"],
    "product_id": ["product_id", "sku", "product_sku"],
    "quantity": ["quantity", "qty"],
    "unit_price": ["unit_price", "price"],
    "discount": ["discount"],
    "amount": ["amount", "net_amount", "line_total"],
    "txn_id": ["txn_id", "transaction_id", "line_id"],
    "customer_id": ["customer_id", "client_id"],
}


class Rejected(Exception):
    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind


def number(plan, text, percent=False):
    t = text.strip()
    is_percent = percent and t.endswith("%")
    if is_percent:
        t = t[:-1].strip()
    if plan.decimal_comma:
        dec, groups = ",", "[. \u00a0]"
    else:
        dec, groups = ".", ","
    m = re.fullmatch(r"([+-]?)([0-9]{1,3}(?:%s[0-9]{3})+|[0-9]+)(?:%s([0-9]+))?" % (groups, re.escape(dec)), t)
    if not m:
        raise Rejected("bad number")
    whole = re.sub(groups, "", m.group(2))
    # one grouping character per number, never mixed
    used = set(re.findall(groups, m.group(2)))
    if len(used) > 1:
        raise Rejected("bad number")
    d = Decimal(m.group(1) + whole + ("." + m.group(3) if m.group(3) else ""))
    return d / 100 if is_percent else d


def parse_date(plan, text):
    fmt = plan.date_format or "%Y-%m-%d"
    order, sep = [], None
    for part in re.findall(r"%[dmY]|[^%]", fmt):
        if part.startswith("%"):
            order.append(part[1])
        else:
            sep = part
    pat = re.escape(sep).join(r"([0-9]{4})" if o == "Y" else r"([0-9]{1,2})" for o in order)
    m = re.match(pat, text)
    if not m:
        raise Rejected("bad date")
    rest = text[m.end():]
    if rest and not re.fullmatch(r"[T ][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?", rest):
        raise Rejected("bad date")
    v = dict(zip(order, (int(x) for x in m.groups())))
    y, mo, d = v["Y"], v["m"], v["d"]
    if not 1 <= mo <= 12:
        raise Rejected("bad date")
    days = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][mo - 1]
    if not 1 <= d <= days:
        raise Rejected("bad date")
    return y, mo, d


def monthly_run(plan, period, files):
    emp = {}          # id -> {name, target, lines, gross (Decimal), weighted (Decimal)}
    if plan.employees is not None:
        for eid, name, target in plan.employees:
            emp[eid] = {"name": name, "target": target, "lines": 0, "gross": Decimal(0),
                        "weighted": Decimal(0)}
    txns = {}
    rejected = []
    rows_read = 0
    year, month = int(period[:4]), int(period[5:7])
    for name in files:
        with open(name, "rb") as f:
            data = f.read()
        if plan.encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            text = data.decode("utf-8")
        else:
            text = data.decode(plan.encoding)
        delim = plan.delimiter or detect_delimiter(text)
        records = parse_csv(text, delim)
        if not records:
            raise Refused("empty export")
        header = [h.strip().lower() for h in records[0][1]]
        col = {}
        for c, aliases in ALIASES.items():
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
            try:
                if len(fields) != len(header):
                    raise Rejected("fields")
                get = lambda c: fields[col[c]].strip() if c in col else ""
                for c in ("date", "employee_id", "product_id"):
                    if not get(c):
                        raise Rejected("missing " + c)
                discount = None
                if get("amount"):
                    net = plan.round_money(number(plan, get("amount")))
                else:
                    if not get("quantity") or not get("unit_price"):
                        raise Rejected("missing")
                    q = number(plan, get("quantity"))
                    p = number(plan, get("unit_price"))
                    if get("discount"):
                        discount = number(plan, get("discount"), percent=True)
                    net = plan.round_money(q * p * (1 - (discount or 0)))
                y, m, _ = parse_date(plan, get("date"))
                if (y, m) != (year, month):
                    raise Rejected("outside the period")
                eid = get("employee_id")
                if plan.employees is not None and eid not in emp:
                    raise Rejected("unknown employee")
                if discount is not None and not 0 <= discount <= 1:
                    raise Rejected("discount")
                txn = get("txn_id")
                if txn:
                    if txn in txns:
                        raise Rejected("duplicate txn_id")
                    txns[txn] = (name, line)
            except Rejected as r:
                rejected.append({"file": name, "line": line, "kind": r.kind})
                continue
            e = emp.setdefault(eid, {"name": eid, "target": None, "lines": 0,
                                     "gross": Decimal(0), "weighted": Decimal(0)})
            e["lines"] += 1
            e["gross"] += net
            e["weighted"] += net * plan.weights.get(get("product_id"), plan.default_weight)
    return emp, rejected, rows_read


def bonus_of(plan, e):
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
    if b < 0:
        b = Decimal(0)
    if plan.cap is not None and b > plan.cap:
        b = plan.cap
    return plan.round_money(b)


def ranked(plan, emp):
    """(employee_id, figures, exact attainment or None) in rank order: rank-by, then higher
    attainment (none lowest), more lines, employee_id in byte order."""
    rows = []
    for eid, e in emp.items():
        att = e["weighted"] / e["target"] if e["target"] is not None else None
        rows.append((eid, e, att))

    def key(row):
        eid, e, att = row
        has = att is not None
        if plan.rank_by_attainment:
            primary = (0 if has else 1, -(att if has else e["weighted"]))
        else:
            primary = (-e["weighted"],)
        return primary + (0 if has else 1, -(att if has else 0), -e["lines"], eid.encode())

    rows.sort(key=key)
    return rows


def report(plan, period, files):
    emp, rejected, rows_read = monthly_run(plan, period, files)
    rows = ranked(plan, emp)
    out = []
    eotm = None
    for rank, (eid, e, att) in enumerate(rows, 1):
        b = bonus_of(plan, e)
        out.append({
            "rank": rank, "employee_id": eid, "name": e["name"], "lines": e["lines"],
            "gross_sales": plan.money(e["gross"]), "weighted_sales": plan.money(e["weighted"]),
            "target": plan.money(e["target"]) if e["target"] is not None else None,
            "attainment": ratio4(att) if att is not None else None,
            "plan_share": ratio4(e["weighted"] / plan.target) if plan.target else None,
            "bonus": str(b), "_bonus": b,
        })
        eligible = att is None or plan.min_attainment is None or att >= plan.min_attainment
        if eotm is None and eligible and e["weighted"] > 0:
            eotm = {"employee_id": eid, "name": e["name"], "title": plan.title}
    total_bonus = sum((r.pop("_bonus") for r in out), Decimal(0))
    return {
        "plan": plan.name, "period": period, "currency": plan.currency,
        "totals": {
            "rows_read": rows_read, "rows_accepted": rows_read - len(rejected),
            "rows_rejected": len(rejected),
            "gross_sales": plan.money(sum((e["gross"] for e in emp.values()), Decimal(0))),
            "weighted_sales": plan.money(sum((e["weighted"] for e in emp.values()), Decimal(0))),
            "bonus": str(plan.round_money(total_bonus)),
        },
        "employees": out,
        "employee_of_the_month": eotm,
        "rejected": rejected,
    }


# ---------------------------------------------------------------------------- comparing

REASON_PHRASES = {
    "bad number": "bad number", "bad date": "bad date", "outside the period": "outside the period",
    "unknown employee": "unknown employee", "discount": "discount",
    "duplicate txn_id": "duplicate txn_id", "fields": "fields", "missing": "missing",
}


def compare(ref, got, path, problems):
    if isinstance(ref, dict):
        if not isinstance(got, dict):
            problems.append("%s: expected an object, found %r" % (path, got))
            return
        for k, v in ref.items():
            if k == "kind":
                phrase = REASON_PHRASES[v.split(" ")[0] if v.startswith("missing") else v]
                if phrase not in got.get("reason", ""):
                    problems.append("%s.reason: %r does not say %r" % (path, got.get("reason"), phrase))
                continue
            if k not in got:
                problems.append("%s: no key %s" % (path, k))
                continue
            compare(v, got[k], path + "." + k, problems)
    elif isinstance(ref, list):
        if not isinstance(got, list) or len(got) != len(ref):
            problems.append("%s: expected %d items, found %s" % (path, len(ref), len(got) if isinstance(got, list) else got))
            return
        for i, (a, b) in enumerate(zip(ref, got)):
            compare(a, b, "%s[%d]" % (path, i), problems)
    elif ref != got:
        problems.append("%s: reference %r, expected file %r" % (path, ref, got))


def main(argv):
    check = None
    if argv[:1] == ["--check"]:
        check, argv = argv[1], argv[2:]
    if argv[:1] != ["run"]:
        sys.exit("usage: oracle.py [--check EXPECTED] run --plan PLAN [--period P] SALES...")
    plan_path, period, files, strict = None, None, [], False
    it = iter(argv[1:])
    for a in it:
        if a == "--plan":
            plan_path = next(it)
        elif a == "--period":
            period = next(it)
        elif a == "--format":
            next(it)
        elif a == "--strict":
            strict = True
        else:
            files.append(a)
    try:
        plan = Plan(plan_path)
        ref = report(plan, period or plan.period, files)
        if strict and ref["rejected"]:
            raise Refused("--strict and %d rejected lines" % len(ref["rejected"]))
    except Refused as e:
        print("refused:", e)
        return 1
    if check is None:
        print(json.dumps(ref, indent=2, ensure_ascii=False))
        return 0
    with open(check, encoding="utf-8") as f:
        got = json.load(f)
    problems = []
    compare(ref, got, "report", problems)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
