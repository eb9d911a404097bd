#!/usr/bin/env python3
"""libincentive from Python through GObject Introspection, on the bundled sample month.

Run by `make check` with GI_TYPELIB_PATH and LD_LIBRARY_PATH pointing into the build tree
(the Makefile sets both, and top_srcdir, top_builddir and INCENTIVE, the built command).
The figures asserted here are the sample month's, worked out by hand from
examples/data; the report files are also compared byte for byte with what the command
writes, so the binding cannot drift from the command.
"""

import decimal
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import gi

gi.require_version("GLib", "2.0")
gi.require_version("Gio", "2.0")
gi.require_version("Incentive", "1.0")
from gi.repository import Gio, GLib, Incentive  # noqa: E402

TOP_SRCDIR = os.path.realpath(os.environ.get("top_srcdir", "."))
TOP_BUILDDIR = os.path.realpath(os.environ.get("top_builddir", "."))
INCENTIVE = os.environ.get("INCENTIVE", os.path.join(TOP_BUILDDIR, "examples", "incentive"))
# Paths as a user types them at the top of the source tree (the README's command), so
# that reasons citing a file read the same as the command's.
PLAN = os.path.join("examples", "data", "plan.ini")
SALES = os.path.join("examples", "data", "sales-2026-10.csv")
WEBSHOP = os.path.join("examples", "data", "webshop-2026-10.csv")
EXPORTS = (SALES, WEBSHOP)
EXAMPLE = os.path.join("bindings", "python", "example.py")

ERROR_DOMAIN = "incentive-error-quark"


def run_month(plan_path=PLAN, exports=EXPORTS):
    plan = Incentive.Plan.load(plan_path)
    run = Incentive.Run.new(plan, None)
    for path in exports:
        run.add_file(path, None)
    return run.finish()


def command(*args, cwd=None):
    """Runs the built `incentive`; returns (status, stdout bytes, stderr text)."""
    done = subprocess.run([INCENTIVE, *args], cwd=cwd or TOP_SRCDIR, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=False)
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


def standings(report):
    return [report.get_employee(i) for i in range(report.get_n_employees())]


def rejections(report):
    return [report.get_rejected(i) for i in range(report.get_n_rejected())]


class TypelibTest(unittest.TestCase):
    """The suite must test this build, never an installed copy."""

    def test_typelib_comes_from_the_build_tree(self):
        path = gi.Repository.get_default().get_typelib_path("Incentive")
        self.assertTrue(os.path.realpath(path).startswith(TOP_BUILDDIR + os.sep), path)

    def test_shared_library_comes_from_the_build_tree(self):
        Incentive.error_quark()  # makes sure the library is mapped
        with open("/proc/self/maps", encoding="utf-8") as maps:
            libs = {line.split()[-1] for line in maps if "libincentive-1.so" in line}
        self.assertTrue(libs, "libincentive-1.so is not mapped")
        for lib in libs:
            self.assertTrue(os.path.realpath(lib).startswith(TOP_BUILDDIR + os.sep), lib)

    def test_error_enum_is_registered_with_glib_mkenums(self):
        self.assertEqual(Incentive.Error.__gtype__.name, "IncentiveError")
        self.assertEqual(int(Incentive.Error.INVALID_PLAN), 0)
        self.assertEqual(GLib.quark_to_string(Incentive.error_quark()), ERROR_DOMAIN)


class SampleMonthTest(unittest.TestCase):
    """The sample month, read from Python as payroll software would."""

    @classmethod
    def setUpClass(cls):
        cls.plan = Incentive.Plan.load(PLAN)
        run = Incentive.Run.new(cls.plan, None)
        for path in EXPORTS:
            run.add_file(path, None)
        cls.report = run.finish()
        status, out, err = command("run", "--plan", PLAN, "--format", "json", *EXPORTS)
        # The sample month has rejected lines; the command still succeeds.
        assert status == 0, err
        cls.command_json = out
        cls.command_report = json.loads(out)

    def test_plan(self):
        self.assertEqual(self.plan.get_name(), EXPECTED_PLAN["name"])
        self.assertEqual(self.plan.get_period(), EXPECTED_PLAN["period"])
        self.assertEqual(self.plan.get_currency(), EXPECTED_PLAN["currency"])
        self.assertEqual(self.plan.get_minor_digits(), EXPECTED_PLAN["minor_digits"])
        self.assertEqual(self.plan.get_title(), EXPECTED_PLAN["title"])

    def test_totals(self):
        r = self.report
        self.assertEqual(r.get_plan_name(), EXPECTED_PLAN["name"])
        self.assertEqual(r.get_period(), EXPECTED_PLAN["period"])
        self.assertEqual(r.get_currency(), EXPECTED_PLAN["currency"])
        self.assertEqual((r.get_rows_read(), r.get_rows_accepted(), r.get_rows_rejected()),
                         EXPECTED_ROWS)
        self.assertEqual(r.get_rows_read(), r.get_rows_accepted() + r.get_rows_rejected())
        self.assertEqual((r.get_gross_sales(), r.get_weighted_sales(), r.get_bonus()),
                         EXPECTED_TOTALS)

    def test_each_employee(self):
        got = [(s.get_rank(), s.get_employee_id(), s.get_name(), s.get_lines(),
                s.get_gross_sales(), s.get_weighted_sales(), s.get_target(),
                s.get_attainment(), s.get_plan_share(), s.get_bonus())
               for s in standings(self.report)]
        self.assertEqual(got, EXPECTED_STANDINGS)

    def test_money_is_exact_text_and_minor_units(self):
        digits = self.plan.get_minor_digits()
        total = 0
        for s in standings(self.report):
            for text in (s.get_gross_sales(), s.get_weighted_sales(), s.get_bonus(),
                         s.get_sales_bonus()):
                self.assertIsInstance(text, str)
                self.assertEqual(len(text.rpartition(".")[2]), digits, text)
            minor = s.get_bonus_minor()
            self.assertIsInstance(minor, int)
            self.assertEqual(decimal.Decimal(minor).scaleb(-digits), decimal.Decimal(s.get_bonus()))
            total += minor
        # The bonus total is the sum of the rounded bonuses: what payroll pays.
        self.assertEqual(decimal.Decimal(total).scaleb(-digits),
                         decimal.Decimal(self.report.get_bonus()))

    def test_same_figures_as_the_command(self):
        want = self.command_report["employees"]
        got = standings(self.report)
        self.assertEqual(len(got), len(want))
        for s, w in zip(got, want):
            self.assertEqual(
                (s.get_rank(), s.get_employee_id(), s.get_name(), s.get_lines(),
                 s.get_late_lines(), s.get_gross_sales(), s.get_weighted_sales(),
                 s.get_target(), s.get_attainment(), s.get_plan_share(),
                 s.get_sales_bonus(), s.get_bonus()),
                (w["rank"], w["employee_id"], w["name"], w["lines"], w["late_lines"],
                 w["gross_sales"], w["weighted_sales"], w["target"], w["attainment"],
                 w["plan_share"], w["sales_bonus"], w["bonus"]))

    def test_employee_of_the_month(self):
        best = self.report.get_employee_of_the_month()
        self.assertIsNotNone(best)
        self.assertEqual((best.get_employee_id(), best.get_name()), EXPECTED_BEST)
        self.assertEqual(self.report.get_title(), EXPECTED_PLAN["title"])
        self.assertTrue(best.is_employee_of_the_month())
        others = [s.get_employee_id() for s in standings(self.report)
                  if s.is_employee_of_the_month()]
        self.assertEqual(others, [EXPECTED_BEST[0]])
        eotm = self.command_report["employee_of_the_month"]
        self.assertEqual((eotm["employee_id"], eotm["name"], eotm["title"]),
                         (*EXPECTED_BEST, EXPECTED_PLAN["title"]))

    def test_find_employee(self):
        for row in EXPECTED_STANDINGS:
            found = self.report.find_employee(row[1])
            self.assertEqual((found.get_rank(), found.get_employee_id(), found.get_bonus()),
                             (row[0], row[1], row[9]))
        self.assertIsNone(self.report.find_employee("NOBODY"))
        self.assertIsNone(self.report.get_employee(self.report.get_n_employees()))

    def test_rejected_lines_with_reasons(self):
        got = [(j.get_file(), j.get_line(), j.get_reason()) for j in rejections(self.report)]
        want = [(SALES, line, reason) for line, reason in EXPECTED_REJECTED]
        self.assertEqual([j.get_employee_id() for j in rejections(self.report)],
                         EXPECTED_REJECTED_EMPLOYEES)
        self.assertEqual(got, want)
        self.assertEqual([(j["file"], j["line"], j["reason"])
                          for j in self.command_report["rejected"]], want)
        self.assertIsNone(self.report.get_rejected(self.report.get_n_rejected()))

    def test_a_standing_outlives_its_report(self):
        # Getters return (transfer none) boxed values; Python takes its own reference, so
        # dropping the report must not free what the script still holds.
        report = run_month()
        best = report.get_employee_of_the_month()
        rejected = report.get_rejected(0)
        del report
        import gc
        gc.collect()
        self.assertEqual(best.get_employee_id(), EXPECTED_BEST[0])
        self.assertEqual(rejected.get_line(), EXPECTED_REJECTED[0][0])

    def test_json_is_the_commands_byte_for_byte(self):
        self.assertEqual(self.report.to_json().encode("utf-8"), self.command_json)

    def test_report_files_are_the_commands_byte_for_byte(self):
        with tempfile.TemporaryDirectory() as ours, tempfile.TemporaryDirectory() as theirs:
            self.assertTrue(self.report.write_files(ours))
            status, _, err = command("run", "--plan", PLAN, "--output-dir", theirs, *EXPORTS)
            self.assertEqual(status, 0, err)
            names = sorted(os.listdir(theirs))
            self.assertIn("report.json", names)
            self.assertEqual(sorted(os.listdir(ours)), names)
            for name in names:
                with open(os.path.join(ours, name), "rb") as a, \
                        open(os.path.join(theirs, name), "rb") as b:
                    self.assertEqual(a.read(), b.read(), name)

    def test_rankings_and_payroll_csv(self):
        rankings = self.report.to_rankings_csv().splitlines()
        self.assertEqual(rankings[0], "rank,employee_id,name,lines,gross_sales,"
                         "weighted_sales,target,attainment,plan_share,bonus")
        self.assertEqual(len(rankings), 1 + self.report.get_n_employees())
        payroll = self.report.to_payroll_csv().splitlines()
        self.assertTrue(payroll[0].startswith("employee_id,name,period,currency,bonus"))
        self.assertEqual(len(payroll), 1 + self.report.get_n_employees())
        table = self.report.to_table()
        self.assertIn(EXPECTED_BEST[1], table)

    def test_exports_from_memory_and_streams(self):
        from_file = self.report.to_json()
        for add in ("bytes", "stream"):
            run = Incentive.Run.new(self.plan, None)
            for path in EXPORTS:
                with open(path, "rb") as f:
                    data = GLib.Bytes.new(f.read())
                if add == "bytes":
                    self.assertTrue(run.add_bytes(data, path))
                else:
                    stream = Gio.MemoryInputStream.new_from_bytes(data)
                    self.assertTrue(run.add_stream(stream, path, None))
            self.assertEqual(run.finish().to_json(), from_file, add)

    def test_the_same_lines_in_two_exports(self):
        # Splitting the month over two files keeps every figure; lines are cited by the
        # name each export was given.
        with open(SALES, "rb") as f:
            lines = f.read().splitlines(keepends=True)
        header, body = lines[0], lines[1:]
        half = len(body) // 2
        run = Incentive.Run.new(self.plan, None)
        run.add_bytes(GLib.Bytes.new(header + b"".join(body[:half])), "first.csv")
        run.add_bytes(GLib.Bytes.new(header + b"".join(body[half:])), "second.csv")
        run.add_file(WEBSHOP, None)
        report = run.finish()
        self.assertEqual(report.get_rows_read(), self.report.get_rows_read())
        self.assertEqual((report.get_gross_sales(), report.get_weighted_sales(),
                          report.get_bonus()), EXPECTED_TOTALS)
        self.assertEqual(report.get_employee_of_the_month().get_employee_id(),
                         EXPECTED_BEST[0])
        self.assertEqual({j.get_file() for j in rejections(report)}, {"first.csv",
                                                                        "second.csv"})
        self.assertEqual([(s.get_employee_id(), s.get_bonus()) for s in standings(report)],
                         [(row[1], row[9]) for row in EXPECTED_STANDINGS])


class ExampleTest(unittest.TestCase):
    """bindings/python/example.py prints the command's ranking."""

    def test_example_prints_the_ranking_of_the_command(self):
        done = subprocess.run([sys.executable, "-B", EXAMPLE, PLAN, *EXPORTS],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        self.assertEqual(done.returncode, 0, done.stderr)
        printed = []
        for line in done.stdout.decode("utf-8").splitlines():
            fields = line.split()
            if fields and fields[0].isdigit():
                printed.append((int(fields[0]), fields[1], fields[-1]))
        status, out, err = command("run", "--plan", PLAN, "--format", "csv", *EXPORTS)
        self.assertEqual(status, 0, err)
        ranking = [row.split(",") for row in out.decode("utf-8").splitlines()[1:]]
        self.assertEqual(printed, [(int(r[0]), r[1], r[-1]) for r in ranking])
        self.assertEqual(printed, [(row[0], row[1], row[9]) for row in EXPECTED_STANDINGS])
        self.assertIn(f"({EXPECTED_BEST[0]})", done.stdout.decode("utf-8"))


class HistoryTest(unittest.TestCase):
    """Closing periods in the history store, from Python."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        for name in ("products.csv", "employees.csv"):
            shutil.copy(os.path.join("examples", "data", name), self.tmp.name)
        with open(PLAN, encoding="utf-8") as f:
            text = f.read().replace("[plan]\n", "[plan]\nhistory=history.sqlite\n", 1)
        self.plan_path = os.path.join(self.tmp.name, "plan.ini")
        with open(self.plan_path, "w", encoding="utf-8") as f:
            f.write(text)

    def month(self, period=None):
        run = Incentive.Run.new(Incentive.Plan.load(self.plan_path), period)
        for path in EXPORTS:
            run.add_file(path, None)
        return run.finish()

    def test_close_list_and_refuse_a_second_close(self):
        october = self.month()
        self.assertTrue(october.close_period(False))
        closed = Incentive.Plan.load(self.plan_path).list_closed_periods()
        self.assertEqual([(c.get_period(), c.get_plan_name(), c.get_rows_read(),
                           c.get_rows_accepted(), c.get_weighted_sales(), c.get_bonus(),
                           c.get_currency()) for c in closed],
                         [("2026-10", EXPECTED_PLAN["name"], EXPECTED_ROWS[0],
                           EXPECTED_ROWS[1], EXPECTED_TOTALS[1], EXPECTED_TOTALS[2], "EUR")])
        inputs = [(closed[0].get_input_role(i), os.path.basename(closed[0].get_input_name(i)))
                  for i in range(closed[0].get_n_inputs())]
        self.assertEqual(inputs, [("plan", "plan.ini"), ("products", "products.csv"),
                                  ("employees", "employees.csv"),
                                  ("export", "sales-2026-10.csv"),
                                  ("export", "webshop-2026-10.csv")])
        with open(SALES, "rb") as f:
            self.assertEqual(closed[0].get_input_sha256(3), hashlib.sha256(f.read()).hexdigest())
        self.assertEqual(closed[0].get_report_json(), october.to_json())

        with self.assertRaises(GLib.Error) as raised:
            october.close_period(False)
        ErrorTest.assert_error(self, raised, Incentive.Error.ALREADY_CLOSED, "2026-10")
        self.assertTrue(october.close_period(True))  # the latest may be reopened

    def test_a_closed_period_pays_each_line_once(self):
        self.assertTrue(self.month().close_period(False))
        november = self.month("2026-11")
        self.assertEqual(november.get_rows_rejected(), november.get_rows_read())
        first = november.get_rejected(0)
        self.assertEqual(first.get_reason(), "already paid in 2026-10 (txn_id 'OCT-00004', "
                         "examples/data/sales-2026-10.csv line 2)")
        best_in_october = november.find_employee(EXPECTED_BEST[0])
        self.assertEqual(best_in_october.get_bonus(), "0.00")
        # Year to date: October's figures as closed, plus nothing in November.
        self.assertEqual(best_in_october.get_ytd_weighted_sales(), EXPECTED_STANDINGS[0][5])
        self.assertEqual(best_in_october.get_ytd_bonus(), EXPECTED_STANDINGS[0][9])

    def test_periods_close_without_gaps(self):
        self.assertTrue(self.month().close_period(False))
        with self.assertRaises(GLib.Error) as raised:
            self.month("2026-12").close_period(False)
        ErrorTest.assert_error(self, raised, Incentive.Error.PERIOD_GAP, "2026-11")

    def test_a_plan_without_history(self):
        report = run_month()
        self.assertIsNone(report.find_employee("E01").get_ytd_bonus())
        self.assertFalse(report.get_customer_statuses_known())
        with self.assertRaises(GLib.Error) as raised:
            report.close_period(False)
        ErrorTest.assert_error(self, raised, Incentive.Error.NO_HISTORY, "history")


class SeasonTest(unittest.TestCase):
    """The sample season (examples/data/season): five months closed from Python, then the
    sixth run; customer credits read through the binding."""

    def test_customer_credits_after_a_season(self):
        with tempfile.TemporaryDirectory() as tmp:
            season = os.path.join(tmp, "season")
            shutil.copytree(os.path.join("examples", "data", "season"), season)
            plan_path = os.path.join(season, "plan.ini")
            for period in ("2025-09", "2025-10", "2025-11", "2025-12", "2026-01"):
                run = Incentive.Run.new(Incentive.Plan.load(plan_path), period)
                run.add_file(os.path.join(season, f"sales-{period}.csv"), f"sales-{period}.csv")
                self.assertTrue(run.finish().close_period(False))
            run = Incentive.Run.new(Incentive.Plan.load(plan_path), "2026-02")
            run.add_file(os.path.join(season, "sales-2026-02.csv"), "sales-2026-02.csv")
            february = run.finish()
            # December and January are closed (lapsed-after=2): statuses are known.
            self.assertTrue(february.get_customer_statuses_known())
            self.assertIsNone(february.get_customer_statuses_note())
            ann = february.find_employee("E1")
            # Customer B bought 100.00 from Ann (>= min-sale 50.00), and in December: retained.
            credits = [(ann.get_customer_credit_id(i), ann.get_customer_credit_status(i),
                        ann.get_customer_credit_kept(i))
                       for i in range(ann.get_n_customer_credits())]
            self.assertEqual(credits, [("B", Incentive.CustomerStatus.RETAINED, False)])
            self.assertEqual((ann.get_customers_new(), ann.get_customers_won_back(),
                              ann.get_customers_retained()), (0, 0, 1))
            self.assertEqual(ann.get_customer_bonus(), "1.00")   # retained=1.00
            self.assertEqual(ann.get_bonus(), "11.00")           # 100.00 × 10% + 1.00
            # The line dated in closed January and paid then is refused, naming where.
            reasons = [r.get_reason() for r in rejections(february)]
            self.assertEqual(reasons, ["already paid in 2026-01 (txn_id 'S0101', "
                                       "sales-2026-01.csv line 2)"])


class StatementTest(unittest.TestCase):
    """An employee's statement: the parts of every figure, adding up exactly."""

    @classmethod
    def setUpClass(cls):
        cls.report = run_month()

    def test_parts_add_up(self):
        for row in EXPECTED_STANDINGS:
            st = self.report.get_statement(row[1])
            self.assertEqual((st.get_employee_id(), st.get_rank(), st.get_bonus()),
                             (row[1], row[0], row[9]))
            bands = st.get_weight_bands()
            self.assertEqual(sum(decimal.Decimal(b.weighted_sales) for b in bands),
                             decimal.Decimal(st.get_weighted_sales_exact()))
            self.assertEqual(sum(decimal.Decimal(b.net_sales) for b in bands),
                             decimal.Decimal(st.get_gross_sales()))
            self.assertEqual(sum(b.lines for b in bands), st.get_lines())
            if st.get_threshold_met() and st.get_tier_bands():
                self.assertEqual(sum(decimal.Decimal(b.amount) for b in st.get_tier_bands()),
                                 decimal.Decimal(st.get_sales_bonus_exact()))

    def test_tier_bands_of_the_employee_of_the_month(self):
        st = self.report.get_statement(EXPECTED_BEST[0])
        self.assertTrue(st.is_employee_of_the_month())
        # 34626.86 weighted against a 30000.00 target: 30000.00 at 2% = 600.00, the
        # 4626.86 above it at 4% = 185.0744, nothing above 150%; 785.0744 rounds to 785.07.
        self.assertEqual([(b.from_attainment, b.to_attainment, b.rate, b.base, b.amount)
                          for b in st.get_tier_bands()],
                         [("0%", "100%", "2%", "30000.00", "600.00"),
                          ("100%", "150%", "4%", "4626.86", "185.0744"),
                          ("150%", None, "6%", "0.00", "0.00")])
        self.assertEqual((st.get_sales_bonus_exact(), st.get_bonus()), ("785.0744", "785.07"))

    def test_rejected_lines_of_an_employee(self):
        st = self.report.get_statement("E07")
        self.assertEqual([(r.get_line(), r.get_reason()) for r in st.get_rejected()],
                         [EXPECTED_REJECTED[0]])

    def test_statement_files_are_the_commands(self):
        with tempfile.TemporaryDirectory() as ours, tempfile.TemporaryDirectory() as theirs:
            self.assertTrue(self.report.write_statements(ours))
            status, _, err = command("run", "--plan", PLAN, "--statements", theirs, *EXPORTS)
            self.assertEqual(status, 0, err)
            names = sorted(os.listdir(theirs))
            self.assertIn(EXPECTED_BEST[0] + ".json", names)
            self.assertEqual(sorted(os.listdir(ours)), names)
            for name in names:
                with open(os.path.join(ours, name), "rb") as a, \
                        open(os.path.join(theirs, name), "rb") as b:
                    self.assertEqual(a.read(), b.read(), name)
            with open(os.path.join(ours, EXPECTED_BEST[0] + ".json"), encoding="utf-8") as f:
                self.assertEqual(f.read(), self.report.get_statement(EXPECTED_BEST[0]).to_json())

    def test_unknown_employee_and_unsafe_file_names(self):
        with self.assertRaises(GLib.Error) as raised:
            self.report.get_statement("NOBODY")
        ErrorTest.assert_error(self, raised, Incentive.Error.INVALID_ARGUMENT, "NOBODY")
        self.assertEqual(Incentive.statement_file_name("E01"), "E01")
        self.assertNotIn("/", Incentive.statement_file_name("../x"))

    def test_rewards(self):
        # The sample plan gives three rewards (checked by hand against the ranking):
        # espresso machine to the employee of the month, concert tickets to ranks 1-3, a
        # bookstore gift certificate at attainment >= 110%.
        report = run_month(PLAN)
        machine = ("espresso-machine", "Home espresso machine", "equipment", "450.00",
                   "employee-of-the-month")
        tickets = ("concert-tickets", "Two concert tickets", "tickets", "120.00", "rank<=3")
        books = ("bookstore", "Bookstore gift certificate", "gift-certificate", "50.00",
                 "attainment>=110%")
        expected = {
            "E01": ([books, tickets, machine], "620.00"),  # 115.42%, rank 1, employee of the month
            "E03": ([books, tickets], "170.00"),           # 127.58%, rank 2
            "E02": ([tickets], "120.00"),                  # 95.86%, rank 3
            "E09": ([books], "50.00"),                     # 155.58%, rank 5
        }
        for row in EXPECTED_STANDINGS:
            st = report.get_statement(row[1])
            got = ([(r.id, r.name, r.category, r.value, r.condition) for r in st.get_rewards()],
                   st.get_non_cash_value())
            self.assertEqual(got, expected.get(row[1], ([], "0.00")), row[1])

        with tempfile.TemporaryDirectory() as tmp:
            for name in ("products.csv", "employees.csv"):
                shutil.copy(os.path.join("examples", "data", name), tmp)
            with open(PLAN, encoding="utf-8") as f:
                text = f.read()
            plan = os.path.join(tmp, "plan.ini")
            with open(plan, "w", encoding="utf-8") as f:
                f.write(text + "\n[reward:scarf]\nname=Scarf\ncategory=clothing\nvalue=20.00\n"
                        "for=employee-of-the-month\n")
            with self.assertRaises(GLib.Error) as raised:
                Incentive.Plan.load(plan)
            ErrorTest.assert_error(self, raised, Incentive.Error.INVALID_PLAN, "reward:scarf")


class ErrorTest(unittest.TestCase):
    """Errors arrive as GLib.Error with the library's domain and code."""

    def assert_error(self, raised, code, *words):
        error = raised.exception
        self.assertIsInstance(error, GLib.Error)
        self.assertEqual(error.domain, ERROR_DOMAIN)
        self.assertEqual(error.code, int(code))
        self.assertTrue(error.matches(Incentive.error_quark(), code))
        for word in words:
            self.assertIn(word, error.message)

    def write(self, directory, name, text):
        path = os.path.join(directory, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_unknown_plan_key(self):
        with tempfile.TemporaryDirectory() as tmp:
            plan = self.write(tmp, "plan.ini", "[plan]\nname=Typo\nperiod=2026-10\n"
                              "currency=EUR\nbonus-rat=2%\n")
            with self.assertRaises(GLib.Error) as raised:
                Incentive.Plan.load(plan)
            self.assert_error(raised, Incentive.Error.INVALID_PLAN, "bonus-rat")

    def test_missing_plan_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(GLib.Error) as raised:
                Incentive.Plan.load(os.path.join(tmp, "nowhere.ini"))
            self.assert_error(raised, Incentive.Error.IO, "nowhere.ini")

    def test_bad_period(self):
        plan = Incentive.Plan.load(PLAN)
        with self.assertRaises(GLib.Error) as raised:
            Incentive.Run.new(plan, "2026-13")
        self.assert_error(raised, Incentive.Error.INVALID_ARGUMENT, "2026-13")

    def test_export_without_a_required_column(self):
        run = Incentive.Run.new(Incentive.Plan.load(PLAN), None)
        data = GLib.Bytes.new(b"date,product_id,quantity,unit_price\n2026-10-01,P1,1,1.00\n")
        with self.assertRaises(GLib.Error) as raised:
            run.add_bytes(data, "no-employee.csv")
        self.assert_error(raised, Incentive.Error.INVALID_EXPORT, "employee_id")

    def test_missing_export(self):
        run = Incentive.Run.new(Incentive.Plan.load(PLAN), None)
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(GLib.Error) as raised:
                run.add_file(os.path.join(tmp, "missing.csv"), None)
            self.assert_error(raised, Incentive.Error.IO, "missing.csv")


# The sample month: examples/data/plan.ini over sales-2026-10.csv and webshop-2026-10.csv,
# the figures tests/cases/sample-month pins for the command.  Checked by hand, e.g. E09:
# target 13500.00, tiers 0%:2%;100%:4%;150%:6% on 21003.52 weighted gives
# 270.00 + 270.00 + 753.52 x 6% = 585.2112 -> 585.21; E12 at 63.65% is under the 80%
# threshold -> 0.00; E13 has no target: 12652.19 x 2% -> 253.04.
EXPECTED_PLAN = {"name": "October 2026 field sales", "period": "2026-10", "currency": "EUR",
                 "minor_digits": 2, "title": "Best employee of the month"}
EXPECTED_ROWS = (394, 391, 3)
EXPECTED_TOTALS = ("220977.02", "257461.41", "5232.37")
# rank, employee_id, name, lines, gross, weighted, target, attainment, plan_share, bonus
EXPECTED_STANDINGS = [
    (1, "E01", "Łukasz Nowak", 52, "29000.80", "34626.86", "30000.00", "1.1542", "0.1385", "785.07"),
    (2, "E03", "Ortega, María José", 38, "22930.00", "33170.89", "26000.00", "1.2758", "0.1327", "806.84"),
    (3, "E02", "Zoë Müller", 49, "23394.00", "26840.28", "28000.00", "0.9586", "0.1074", "536.81"),
    (4, "E07", "Fatima Al-Sayed", 29, "21198.24", "21015.29", "20000.00", "1.0508", "0.0841", "440.61"),
    (5, "E09", "Niamh O'Brien", 23, "14858.54", "21003.52", "13500.00", "1.5558", "0.0840", "585.21"),
    (6, "E04", "Søren Holm", 32, "13505.42", "20581.73", "24000.00", "0.8576", "0.0823", "411.63"),
    (7, "E05", "Aiko Tanaka", 33, "14988.40", "19800.72", "24000.00", "0.8250", "0.0792", "396.01"),
    (8, "E06", "Jean-Luc Dubois", 29, "18725.88", "18198.55", "22000.00", "0.8272", "0.0728", "363.97"),
    (9, "E08", "Priya Raman", 27, "17196.97", "17526.73", "20000.00", "0.8763", "0.0701", "350.53"),
    (10, "E11", "Olga Ivanova", 19, "14708.46", "14066.17", "13000.00", "1.0820", "0.0563", "302.65"),
    (11, "E13", "Kim Lee (trainee)", 22, "12558.51", "12652.19", None, None, "0.0506", "253.04"),
    (12, "E12", "Björn Lindqvist", 17, "10234.88", "10184.07", "16000.00", "0.6365", "0.0407", "0.00"),
    (13, "E10", "Mehmet Yılmaz", 21, "7676.92", "7794.42", "18000.00", "0.4330", "0.0312", "0.00"),
]
# E03 earns more than E01 but ranks second: the ranking is by contribution.
EXPECTED_BEST = ("E01", "Łukasz Nowak")
# line, reason (file is the export's path as given)
EXPECTED_REJECTED = [
    (59, "bad number in quantity: '1O' (not a number)"),
    (142, "unknown employee 'E99' (not in the employees file)"),
    (302, "duplicate txn_id 'OCT-00130' (first seen at examples/data/sales-2026-10.csv line 301)"),
]
EXPECTED_REJECTED_EMPLOYEES = ["E07", "E99", "E04"]

if __name__ == "__main__":
    os.chdir(TOP_SRCDIR)
    unittest.main(verbosity=2)
