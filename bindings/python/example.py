#!/usr/bin/env python3
"""A month of sales incentives from Python, with libincentive through GObject Introspection.

    python3 example.py PLAN.ini SALES.csv [SALES.csv...] [--output-dir DIR]

Prints the ranking that `incentive run` prints, the employee of the month and every
rejected line, and with --output-dir writes the same report.json, rankings.csv and
payroll.csv as the command.  Copy it and keep what your payroll program needs.

Needs PyGObject (Debian: python3-gi) and libincentive's typelib.  Installed under /usr,
both are found on their own; for another prefix, set
GI_TYPELIB_PATH=PREFIX/lib/girepository-1.0 and LD_LIBRARY_PATH=PREFIX/lib.
"""

import argparse
import sys
from decimal import Decimal

import gi

# Ask for the API version before importing: another major version may be installed too.
gi.require_version("Incentive", "1.0")
from gi.repository import GLib, Incentive  # noqa: E402


def compute_month(plan_path, exports, period=None):
    # Loading the plan checks it and its product and employee files; a typo in a key
    # raises GLib.Error with code Incentive.Error.INVALID_PLAN, naming file, group and key.
    plan = Incentive.Plan.load(plan_path)
    run = Incentive.Run.new(plan, period)  # None: the plan's period
    for path in exports:
        # A bad line does not raise: it is listed in the report with its reason.  A file
        # that cannot be read as a whole (missing column, unterminated quote) raises.
        run.add_file(path, None)  # None: rejected lines cite the path as given
    return run.finish()


def print_ranking(report):
    currency = report.get_currency()
    print(f"{report.get_plan_name()} — period {report.get_period()}, money in {currency}")
    print()
    print(f"{'Rank':>4}  {'Employee':<10} {'Name':<24} {'Weighted':>12} {'Bonus':>10}")
    for i in range(report.get_n_employees()):
        s = report.get_employee(i)
        # Money comes as exact decimal strings ("1234.50"): never turn it into a float.
        # Decimal keeps it exact if you need arithmetic; get_bonus_minor() gives cents.
        print(f"{s.get_rank():>4}  {s.get_employee_id():<10} {s.get_name():<24} "
              f"{s.get_weighted_sales():>12} {s.get_bonus():>10}")
    print()
    print(f"Lines: {report.get_rows_read()} read, {report.get_rows_accepted()} accepted, "
          f"{report.get_rows_rejected()} rejected")
    paid = sum(Decimal(report.get_employee(i).get_bonus())
               for i in range(report.get_n_employees()))
    assert paid == Decimal(report.get_bonus())  # the total is the sum of rounded bonuses
    print(f"Bonus total: {report.get_bonus()} {currency}")

    best = report.get_employee_of_the_month()  # None when nobody is eligible
    if best is not None:
        print(f"{report.get_title()}: {best.get_name()} ({best.get_employee_id()})")
    else:
        print(f"{report.get_title()}: nobody this month")

    for i in range(report.get_n_rejected()):
        r = report.get_rejected(i)
        print(f"  rejected: {r.get_file()} line {r.get_line()}: {r.get_reason()}")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan")
    parser.add_argument("exports", nargs="+")
    parser.add_argument("--period", help="YYYY-MM; default: the plan's period")
    parser.add_argument("--output-dir", help="write report.json, rankings.csv, payroll.csv")
    args = parser.parse_args(argv)
    try:
        report = compute_month(args.plan, args.exports, args.period)
        print_ranking(report)
        if args.output_dir:
            # Each file is written to a temporary name and renamed into place.
            report.write_files(args.output_dir)
    except GLib.Error as error:
        # error.domain is "incentive-error-quark"; error.code an Incentive.Error value.
        print(f"example.py: {error.message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
