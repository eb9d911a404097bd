/* test-run.c — whole monthly runs through the public API: every rejection reason and the
 * order of the checks, totals, the period, encodings, order independence, the three ways
 * to hand over an export, and the output folder.
 *
 * Plans, catalogues and employees files are written to a temporary folder per test.
 * Every expected figure is worked out by hand in the comment beside it. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cunit-helpers.h"
#include "incentive/incentive.h"

/* ---------------------------------------------------------------------------------------
 * Helpers */

static char *
fixture_dir (void)
{
  char *dir = g_dir_make_tmp ("test-run-XXXXXX", NULL);
  g_assert (dir != NULL);
  return dir;
}

static void
put (const char *dir, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_assert (g_file_set_contents (path, text, -1, NULL));
}

static IncentivePlan *
load_plan (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GError *error = NULL;
  IncentivePlan *plan = incentive_plan_load (path, &error);
  if (plan == NULL)
    g_printerr ("plan: %s\n", error->message);
  g_clear_error (&error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);
  return plan;
}

/* What every report must satisfy, whatever its lines. */
static void
check_invariants (IncentiveReport *report)
{
  guint64 read = incentive_report_get_rows_read (report);
  guint64 accepted = incentive_report_get_rows_accepted (report);
  guint64 rejected = incentive_report_get_rows_rejected (report);
  CU_ASSERT_EQUAL (read, accepted + rejected);
  CU_ASSERT_EQUAL (rejected, incentive_report_get_n_rejected (report));
  guint64 lines = 0;
  for (guint i = 0; i < incentive_report_get_n_employees (report); i++)
    {
      IncentiveStanding *s = incentive_report_get_employee (report, i);
      CU_ASSERT_EQUAL (incentive_standing_get_rank (s), i + 1);
      lines += incentive_standing_get_lines (s);
    }
  /* With an employees file every accepted line belongs to a listed employee. */
  CU_ASSERT_EQUAL (lines, accepted);
}

/* Runs PLAN over the exports given as NAME, CSV pairs (NULL-terminated). */
static IncentiveReport *
run_exports (IncentivePlan *plan, const char *period, ...)
{
  GError *error = NULL;
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, period, &error);
  if (run == NULL)
    g_printerr ("run: %s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (run);
  va_list args;
  va_start (args, period);
  const char *name;
  while ((name = va_arg (args, const char *)))
    {
      const char *csv = va_arg (args, const char *);
      g_autoptr (GBytes) bytes = g_bytes_new (csv, strlen (csv));
      gboolean ok = incentive_run_add_bytes (run, bytes, name, &error);
      if (!ok)
        g_printerr ("%s: %s\n", name, error->message);
      CU_ASSERT_TRUE_FATAL (ok);
    }
  va_end (args);
  IncentiveReport *report = incentive_run_finish (run, &error);
  if (report == NULL)
    g_printerr ("finish: %s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (report);
  check_invariants (report);
  return report;
}

static void
check_rejection (IncentiveReport *report, guint index, const char *file, guint64 line, const char *reason)
{
  IncentiveRejection *r = incentive_report_get_rejected (report, index);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  CU_ASSERT_STRING_EQUAL (incentive_rejection_get_file (r), file);
  CU_ASSERT_EQUAL (incentive_rejection_get_line (r), line);
  CU_ASSERT_STRING_EQUAL (incentive_rejection_get_reason (r), reason);
  if (incentive_rejection_get_line (r) != line || strcmp (incentive_rejection_get_reason (r), reason) != 0)
    g_printerr ("\nrejection %u: %s line %" G_GUINT64_FORMAT ": %s\n   expected line %" G_GUINT64_FORMAT ": %s\n",
                index, incentive_rejection_get_file (r), incentive_rejection_get_line (r),
                incentive_rejection_get_reason (r), line, reason);
}

static IncentiveStanding *
employee (IncentiveReport *report, const char *id)
{
  IncentiveStanding *s = incentive_report_find_employee (report, id);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  return s;
}

#define ASSERT_STR(actual, expected)                                                         \
  do                                                                                         \
    {                                                                                        \
      const char *a_ = (actual);                                                             \
      CU_ASSERT_STRING_EQUAL (a_ ? a_ : "(null)", (expected));                               \
      if (g_strcmp0 (a_ ? a_ : "(null)", (expected)) != 0)                                   \
        g_printerr ("\n%s:%d: %s is '%s', expected '%s'\n", __FILE__, __LINE__, #actual,     \
                    a_ ? a_ : "(null)", (expected));                                         \
    }                                                                                        \
  while (0)

/* The plan most tests use: E1 (target 1000.00), E2 (no target), E3 (target 500.00);
 * P1 weighs 1.5, P2 has no weight of its own (default 1.0); up to 100% earns 2%, above
 * 4%; without a target 1%. */
static char *
standard_fixture (void)
{
  char *dir = fixture_dir ();
  put (dir, "plan.ini",
       "[plan]\nname=October\nperiod=2026-10\ncurrency=EUR\nproducts=products.csv\n"
       "employees=employees.csv\n[bonus]\ntiers=0%:2%;100%:4%\nrate=1%\n");
  put (dir, "employees.csv", "employee_id,name,target\nE1,Anna,1000.00\nE2,Boris,\nE3,Chen,500.00\n");
  put (dir, "products.csv",
       "product_id,name,category,weight,locomotive\nP1,Widget,tools,1.5,no\nP2,Gadget,tools,,no\n");
  return dir;
}

/* ---------------------------------------------------------------------------------------
 * Rejections and the order of the checks */

static void
test_every_rejection_reason (void)
{
  g_autofree char *dir = standard_fixture ();
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  g_autoptr (IncentiveReport) r = run_exports (
    plan, NULL, "sales.csv",
    "date,employee_id,product_id,quantity,unit_price,discount,txn_id\n" /* line 1 */
    "2026-10-01,E1,P1,2,100.00,,T1\n"                                    /* 2: accepted */
    "2026-10-02,E1,P1,x,100.00,,T2\n"                                    /* 3 */
    "2026-10-32,E1,P1,1,100.00,,T3\n"                                    /* 4 */
    "2026-09-30,E1,P1,1,100.00,,T4\n"                                    /* 5 */
    "2026-10-03,X9,P1,1,100.00,,T5\n"                                    /* 6 */
    "2026-10-04,E2,P2,1,100.00,1.5,T6\n"                                 /* 7 */
    "2026-10-05,E2,P2,1,100.00,,T1\n"                                    /* 8 */
    "2026-10-06,E2,,1,100.00,,T7\n"                                      /* 9 */
    "2026-10-07,E2,P2,1\n"                                               /* 10 */
    "\n"                                                                 /* 11: blank */
    "2026-10-08,E3,P2,1,50.00,10%,T8\n",                                 /* 12: accepted */
    NULL);
  /* Ten data lines (the blank one is not a data line): 2 accepted, 8 rejected. */
  CU_ASSERT_EQUAL (incentive_report_get_rows_read (r), 10);
  CU_ASSERT_EQUAL (incentive_report_get_rows_accepted (r), 2);
  CU_ASSERT_EQUAL (incentive_report_get_rows_rejected (r), 8);
  g_autofree char *unknown = g_strdup ("unknown employee 'X9' (not in the employees file)");
  check_rejection (r, 0, "sales.csv", 3, "bad number in quantity: 'x' (not a number)");
  check_rejection (r, 1, "sales.csv", 4, "bad date: '2026-10-32' (expected YYYY-MM-DD)");
  check_rejection (r, 2, "sales.csv", 5, "outside the period 2026-10 (dated 2026-09-30)");
  check_rejection (r, 3, "sales.csv", 6, unknown);
  check_rejection (r, 4, "sales.csv", 7, "discount out of range: 1.5 (a fraction from 0 to 1, or 0% to 100%)");
  check_rejection (r, 5, "sales.csv", 8, "duplicate txn_id 'T1' (first seen at sales.csv line 2)");
  check_rejection (r, 6, "sales.csv", 9, "missing product_id");
  check_rejection (r, 7, "sales.csv", 10, "too few fields (4, the header has 7)");
  /* A rejected line keeps its employee for the statements. */
  ASSERT_STR (incentive_rejection_get_employee_id (incentive_report_get_rejected (r, 3)), "X9");

  /* E1: 2 × 100.00 = 200.00 of P1 at 1.5 = 300.00; 30% of 1000.00; 300.00 × 2% = 6.00.
   * E3: 1 × 50.00 × 0.9 = 45.00 of P2 at 1.0 = 45.00; 45/500 = 9%; 45.00 × 2% = 0.90.
   * E2 sold nothing accepted: zeros, no target, 0 × 1% = 0.00. */
  IncentiveStanding *e1 = employee (r, "E1"), *e2 = employee (r, "E2"), *e3 = employee (r, "E3");
  ASSERT_STR (incentive_standing_get_gross_sales (e1), "200.00");
  ASSERT_STR (incentive_standing_get_weighted_sales (e1), "300.00");
  ASSERT_STR (incentive_standing_get_attainment (e1), "0.3000");
  ASSERT_STR (incentive_standing_get_bonus (e1), "6.00");
  CU_ASSERT_EQUAL (incentive_standing_get_bonus_minor (e1), 600);
  ASSERT_STR (incentive_standing_get_gross_sales (e3), "45.00");
  ASSERT_STR (incentive_standing_get_weighted_sales (e3), "45.00");
  ASSERT_STR (incentive_standing_get_attainment (e3), "0.0900");
  ASSERT_STR (incentive_standing_get_bonus (e3), "0.90");
  CU_ASSERT_EQUAL (incentive_standing_get_lines (e2), 0);
  ASSERT_STR (incentive_standing_get_gross_sales (e2), "0.00");
  ASSERT_STR (incentive_standing_get_weighted_sales (e2), "0.00");
  ASSERT_STR (incentive_standing_get_bonus (e2), "0.00");
  CU_ASSERT_PTR_NULL (incentive_standing_get_target (e2));
  CU_ASSERT_PTR_NULL (incentive_standing_get_attainment (e2));
  CU_ASSERT_PTR_NULL (incentive_standing_get_plan_share (e2)); /* the plan has no target */
  /* 300.00 > 45.00 > 0. */
  CU_ASSERT_EQUAL (incentive_standing_get_rank (e1), 1);
  CU_ASSERT_EQUAL (incentive_standing_get_rank (e3), 2);
  CU_ASSERT_EQUAL (incentive_standing_get_rank (e2), 3);
  /* Totals: 200.00 + 45.00; 300.00 + 45.00; 6.00 + 0.90 + 0.00. */
  ASSERT_STR (incentive_report_get_gross_sales (r), "245.00");
  ASSERT_STR (incentive_report_get_weighted_sales (r), "345.00");
  ASSERT_STR (incentive_report_get_bonus (r), "6.90");
  remove_tree (dir);
}

static void
test_check_order (void)
{
  g_autofree char *dir = standard_fixture ();
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  g_autoptr (IncentiveReport) r = run_exports (
    plan, NULL, "sales.csv",
    "date,employee_id,product_id,quantity,unit_price,discount,txn_id\n"
    "2026-13-01,X9,P1,1,10.00,,A\n"   /* 2: a bad date and an unknown employee: the date */
    "2026-09-01,X9,P1,1,10.00,,B\n"   /* 3: outside the period and unknown: the period */
    "2026-10-01,X9,P1,1,10.00,200%,C\n" /* 4: unknown and a bad discount: the employee */
    "2026-10-01,E1,P1,x,10.00,,D\n"   /* 5: a bad number: D is not claimed */
    "2026-10-02,E1,P1,1,10.00,,D\n"   /* 6: accepted, D claimed here */
    "2026-10-03,E1,P1,1,10.00,-5%,D\n" /* 7: a bad discount before the duplicate */
    "2026-10-04,E1,P1,1,10.00,,D\n"   /* 8: the duplicate */
    "2026-13-01,E1,P1,y,10.00,,E\n"   /* 9: numbers before the date */
    "2026-10-05,E1,P1,1,10.00,,E\n",  /* 10: accepted: E was not claimed by line 9 */
    NULL);
  g_autofree char *unknown = g_strdup ("unknown employee 'X9' (not in the employees file)");
  CU_ASSERT_EQUAL (incentive_report_get_rows_read (r), 9);
  CU_ASSERT_EQUAL (incentive_report_get_rows_accepted (r), 2);
  check_rejection (r, 0, "sales.csv", 2, "bad date: '2026-13-01' (expected YYYY-MM-DD)");
  check_rejection (r, 1, "sales.csv", 3, "outside the period 2026-10 (dated 2026-09-01)");
  check_rejection (r, 2, "sales.csv", 4, unknown);
  check_rejection (r, 3, "sales.csv", 5, "bad number in quantity: 'x' (not a number)");
  check_rejection (r, 4, "sales.csv", 7, "discount out of range: -0.05 (a fraction from 0 to 1, or 0% to 100%)");
  check_rejection (r, 5, "sales.csv", 8, "duplicate txn_id 'D' (first seen at sales.csv line 6)");
  check_rejection (r, 6, "sales.csv", 9, "bad number in quantity: 'y' (not a number)");
  /* Two accepted lines of 10.00 at 1.5: 30.00 weighted. */
  ASSERT_STR (incentive_standing_get_weighted_sales (employee (r, "E1")), "30.00");
  remove_tree (dir);
}

static void
test_duplicate_across_files (void)
{
  g_autofree char *dir = standard_fixture ();
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  g_autoptr (IncentiveReport) r = run_exports (
    plan, NULL,
    "oct-a.csv", "date,employee_id,product_id,quantity,unit_price,txn_id\n"
                 "2026-10-01,E1,P2,1,10.00,T0\n"
                 "2026-10-01,E1,P2,1,10.00,T1\n",
    /* a different column order and an alias: the id is still the same txn */
    "oct-b.csv", "transaction_id,date,employee_id,product_id,quantity,unit_price\n"
                 "T2,2026-10-02,E2,P2,1,20.00\n"
                 " T1 ,2026-10-02,E2,P2,1,20.00\n"
                 "t1,2026-10-02,E2,P2,1,20.00\n",
    NULL);
  CU_ASSERT_EQUAL (incentive_report_get_rows_read (r), 5);
  CU_ASSERT_EQUAL (incentive_report_get_n_rejected (r), 1);
  /* Ids match exactly after trimming: " T1 " repeats T1, "t1" does not. */
  check_rejection (r, 0, "oct-b.csv", 3, "duplicate txn_id 'T1' (first seen at oct-a.csv line 3)");
  /* E1 10.00 + 10.00; E2 20.00 + 20.00. */
  ASSERT_STR (incentive_standing_get_gross_sales (employee (r, "E1")), "20.00");
  ASSERT_STR (incentive_standing_get_gross_sales (employee (r, "E2")), "40.00");
  remove_tree (dir);
}

/* ---------------------------------------------------------------------------------------
 * Figures */

static void
test_returns (void)
{
  g_autofree char *dir = standard_fixture ();
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  const char *header = "date,employee_id,product_id,quantity,unit_price,amount\n";
  g_autofree char *sales = g_strconcat (header, "2026-10-01,E1,P1,2,100.00,\n", NULL);
  g_autofree char *with_returns = g_strconcat (header, "2026-10-01,E1,P1,2,100.00,\n"
                                                       "2026-10-20,E1,P1,-1,100.00,\n"
                                                       "2026-10-21,E3,P2,,,-30.00\n", NULL);
  g_autoptr (IncentiveReport) before = run_exports (plan, NULL, "sales.csv", sales, NULL);
  g_autoptr (IncentiveReport) after = run_exports (plan, NULL, "sales.csv", with_returns, NULL);
  /* Before: 200.00 gross, 300.00 weighted, bonus 300.00 × 2% = 6.00. */
  ASSERT_STR (incentive_standing_get_weighted_sales (employee (before, "E1")), "300.00");
  ASSERT_STR (incentive_standing_get_bonus (employee (before, "E1")), "6.00");
  /* After returning one: 200.00 − 100.00 = 100.00 gross, × 1.5 = 150.00 weighted, two
   * lines, 15% of 1000.00, 150.00 × 2% = 3.00. */
  IncentiveStanding *e1 = employee (after, "E1");
  ASSERT_STR (incentive_standing_get_gross_sales (e1), "100.00");
  ASSERT_STR (incentive_standing_get_weighted_sales (e1), "150.00");
  ASSERT_STR (incentive_standing_get_attainment (e1), "0.1500");
  ASSERT_STR (incentive_standing_get_bonus (e1), "3.00");
  CU_ASSERT_EQUAL (incentive_standing_get_lines (e1), 2);
  /* E3 only returned: -30.00, attainment -0.0600, bonus 0.00, ranked after E2's zero. */
  IncentiveStanding *e3 = employee (after, "E3");
  ASSERT_STR (incentive_standing_get_weighted_sales (e3), "-30.00");
  ASSERT_STR (incentive_standing_get_attainment (e3), "-0.0600");
  ASSERT_STR (incentive_standing_get_bonus (e3), "0.00");
  CU_ASSERT_EQUAL (incentive_standing_get_rank (e3), 3);
  /* Totals: 100.00 − 30.00 = 70.00 gross; 150.00 − 30.00 = 120.00 weighted. */
  ASSERT_STR (incentive_report_get_gross_sales (after), "70.00");
  ASSERT_STR (incentive_report_get_weighted_sales (after), "120.00");
  ASSERT_STR (incentive_report_get_bonus (after), "3.00");
  remove_tree (dir);
}

static void
test_without_employees_file (void)
{
  g_autofree char *dir = fixture_dir ();
  put (dir, "plan.ini", "[plan]\nname=Open\nperiod=2026-10\ncurrency=EUR\ntarget=1000.00\n"
                        "[bonus]\nrate=10%\n");
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  g_autoptr (IncentiveReport) r = run_exports (plan, NULL, "sales.csv",
                                               "date,employee_id,product_id,quantity,unit_price\n"
                                               "2026-10-01,S2,P,1,30.00\n"
                                               "2026-10-01,S1,P,1,70.00\n"
                                               "2026-10-01,S3,P,x,70.00\n",
                                               NULL);
  /* Only those with an accepted line take part; S3's only line was rejected. */
  CU_ASSERT_EQUAL (incentive_report_get_n_employees (r), 2);
  CU_ASSERT_PTR_NULL (incentive_report_find_employee (r, "S3"));
  IncentiveStanding *s1 = incentive_report_get_employee (r, 0);
  ASSERT_STR (incentive_standing_get_employee_id (s1), "S1");
  ASSERT_STR (incentive_standing_get_name (s1), "S1");
  CU_ASSERT_PTR_NULL (incentive_standing_get_target (s1));
  CU_ASSERT_PTR_NULL (incentive_standing_get_attainment (s1));
  /* 70.00 of the organisation's 1000.00; bonus 70.00 × 10% = 7.00. */
  ASSERT_STR (incentive_standing_get_plan_share (s1), "0.0700");
  ASSERT_STR (incentive_standing_get_bonus (s1), "7.00");
  ASSERT_STR (incentive_standing_get_name (employee (r, "S2")), "S2");
  remove_tree (dir);
}

static void
test_totals_exact_then_rounded (void)
{
  /* W weighs 1.05.  A, B and C each sell 0.10 of it: 0.105 weighted each, shown 0.11
   * (half-up).  The total is the exact 0.315 rounded: 0.32, not 0.11 × 3 = 0.33.
   * Bonus 0.105 × 5% = 0.00525 → 0.01 each; the bonus total is what payroll pays,
   * 0.01 × 3 = 0.03, not the exact 0.01575 rounded (0.02). */
  g_autofree char *dir = fixture_dir ();
  put (dir, "products.csv", "product_id,name,category,weight,locomotive\nW,Widget,tools,1.05,no\n");
  put (dir, "up.ini", "[plan]\nname=Up\nperiod=2026-10\ncurrency=EUR\nproducts=products.csv\n"
                      "[bonus]\nrate=5%\n");
  put (dir, "even.ini", "[plan]\nname=Even\nperiod=2026-10\ncurrency=EUR\nproducts=products.csv\n"
                        "rounding=half-even\n[bonus]\nrate=5%\n");
  const char *csv = "date,employee_id,product_id,quantity,unit_price\n"
                    "2026-10-01,A,W,1,0.10\n2026-10-01,B,W,1,0.10\n2026-10-01,C,W,1,0.10\n";
  g_autoptr (IncentivePlan) up = load_plan (dir, "up.ini");
  g_autoptr (IncentiveReport) r = run_exports (up, NULL, "sales.csv", csv, NULL);
  for (guint i = 0; i < 3; i++)
    {
      IncentiveStanding *s = incentive_report_get_employee (r, i);
      ASSERT_STR (incentive_standing_get_gross_sales (s), "0.10");
      ASSERT_STR (incentive_standing_get_weighted_sales (s), "0.11");
      ASSERT_STR (incentive_standing_get_bonus (s), "0.01");
    }
  ASSERT_STR (incentive_report_get_gross_sales (r), "0.30");
  ASSERT_STR (incentive_report_get_weighted_sales (r), "0.32");
  ASSERT_STR (incentive_report_get_bonus (r), "0.03");
  /* All equal: the ids decide. */
  ASSERT_STR (incentive_standing_get_employee_id (incentive_report_get_employee (r, 0)), "A");

  /* Half-even: 0.105 → 0.10 (0 is even) each, but the total 0.315 → 0.32 (1 is odd);
   * bonuses 0.00525 are above the half: 0.01 each, 0.03 in all. */
  g_autoptr (IncentivePlan) even = load_plan (dir, "even.ini");
  g_autoptr (IncentiveReport) e = run_exports (even, NULL, "sales.csv", csv, NULL);
  ASSERT_STR (incentive_standing_get_weighted_sales (incentive_report_get_employee (e, 0)), "0.10");
  ASSERT_STR (incentive_report_get_weighted_sales (e), "0.32");
  ASSERT_STR (incentive_report_get_bonus (e), "0.03");
  remove_tree (dir);
}

/* ---------------------------------------------------------------------------------------
 * The period */

static void
test_period_override (void)
{
  g_autofree char *dir = standard_fixture ();
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  const char *csv = "date,employee_id,product_id,quantity,unit_price\n"
                    "2026-11-05,E1,P2,1,10.00\n"
                    "2026-10-05,E1,P2,1,20.00\n"
                    "2026-11-30T23:59:59-11:00,E1,P2,1,40.00\n";
  g_autoptr (IncentiveReport) r = run_exports (plan, "2026-11", "sales.csv", csv, NULL);
  ASSERT_STR (incentive_report_get_period (r), "2026-11");
  check_rejection (r, 0, "sales.csv", 3, "outside the period 2026-11 (dated 2026-10-05)");
  /* 10.00 + 40.00: the date as written decides, whatever the zone. */
  ASSERT_STR (incentive_standing_get_gross_sales (employee (r, "E1")), "50.00");

  /* The plan's own period when none is given. */
  g_autoptr (IncentiveReport) own = run_exports (plan, NULL, "sales.csv", csv, NULL);
  ASSERT_STR (incentive_report_get_period (own), "2026-10");
  ASSERT_STR (incentive_standing_get_gross_sales (employee (own, "E1")), "20.00");

  GError *error = NULL;
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, "2026-1", &error);
  CU_ASSERT_PTR_NULL (run);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT));
  if (error)
    ASSERT_STR (error->message, "bad period '2026-1' (expected YYYY-MM)");
  g_clear_error (&error);
  g_autoptr (IncentiveRun) run13 = incentive_run_new (plan, "2026-13", &error);
  CU_ASSERT_PTR_NULL (run13);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT));
  g_clear_error (&error);
  remove_tree (dir);
}

static void
test_missing_period (void)
{
  g_autofree char *dir = fixture_dir ();
  put (dir, "plan.ini", "[plan]\nname=No period\ncurrency=EUR\n");
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  GError *error = NULL;
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, NULL, &error);
  CU_ASSERT_PTR_NULL (run);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT));
  if (error)
    ASSERT_STR (error->message, "no period: give --period YYYY-MM or set [plan] period");
  g_clear_error (&error);
  /* Given on the command line it is enough. */
  g_autoptr (IncentiveReport) r = run_exports (plan, "2027-01", "sales.csv",
                                               "date,employee_id,product_id,quantity,unit_price\n"
                                               "2027-01-31,E1,P,1,1.00\n",
                                               NULL);
  CU_ASSERT_EQUAL (incentive_report_get_rows_accepted (r), 1);
  remove_tree (dir);
}

/* ---------------------------------------------------------------------------------------
 * Encodings: the same month as UTF-8 with a byte-order mark and as windows-1251 gives the
 * same report. */

static void
test_bom_and_windows_1251 (void)
{
  g_autofree char *dir = fixture_dir ();
  put (dir, "employees.csv", "employee_id,name,target\nИван,Иван Петров,1000.00\n");
  put (dir, "utf8.ini", "[plan]\nname=Октябрь\nperiod=2026-10\ncurrency=RUB\nemployees=employees.csv\n"
                        "[bonus]\ntiers=0%:1%\n[columns]\nemployee_id=Продавец\n");
  put (dir, "cp1251.ini", "[plan]\nname=Октябрь\nperiod=2026-10\ncurrency=RUB\nemployees=employees.csv\n"
                          "encoding=windows-1251\n[bonus]\ntiers=0%:1%\n[columns]\nemployee_id=Продавец\n");
  /* The BOM sits before "date": were it kept, the date column would be missing. */
  const char *utf8 = "\xef\xbb\xbf" "date,Продавец,product_id,quantity,unit_price\n"
                     "2026-10-01,Иван,P1,3,100.50\n"
                     "2026-10-02,Пётр,P1,1,50.00\n";
  /* The same text in windows-1251: Продавец, Иван and Пётр byte by byte. */
  const char *cp1251 = "date,\xcf\xf0\xee\xe4\xe0\xe2\xe5\xf6,product_id,quantity,unit_price\n"
                       "2026-10-01,\xc8\xe2\xe0\xed,P1,3,100.50\n"
                       "2026-10-02,\xcf\xb8\xf2\xf0,P1,1,50.00\n";
  g_autoptr (IncentivePlan) plan_utf8 = load_plan (dir, "utf8.ini");
  g_autoptr (IncentivePlan) plan_cp1251 = load_plan (dir, "cp1251.ini");
  g_autoptr (IncentiveReport) a = run_exports (plan_utf8, NULL, "sales.csv", utf8, NULL);
  g_autoptr (IncentiveReport) b = run_exports (plan_cp1251, NULL, "sales.csv", cp1251, NULL);

  /* 3 × 100.50 = 301.50; 1% = 3.015 → 3.02 (half-up). */
  IncentiveStanding *ivan = employee (a, "Иван");
  ASSERT_STR (incentive_standing_get_name (ivan), "Иван Петров");
  ASSERT_STR (incentive_standing_get_gross_sales (ivan), "301.50");
  ASSERT_STR (incentive_standing_get_bonus (ivan), "3.02");
  g_autofree char *unknown = g_strdup ("unknown employee 'Пётр' (not in the employees file)");
  check_rejection (a, 0, "sales.csv", 3, unknown);
  check_rejection (b, 0, "sales.csv", 3, unknown);

  g_autofree char *json_a = incentive_report_to_json (a);
  g_autofree char *json_b = incentive_report_to_json (b);
  CU_ASSERT_STRING_EQUAL (json_a, json_b);
  CU_ASSERT_TRUE (g_utf8_validate (json_b, -1, NULL));

  /* Read as UTF-8, the windows-1251 header is not text: the export is refused. */
  GError *error = NULL;
  g_autoptr (IncentiveRun) wrong = incentive_run_new (plan_utf8, NULL, &error);
  g_autoptr (GBytes) bytes = g_bytes_new_static (cp1251, strlen (cp1251));
  CU_ASSERT_FALSE (incentive_run_add_bytes (wrong, bytes, "sales.csv", &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  g_clear_error (&error);
  remove_tree (dir);
}

/* ---------------------------------------------------------------------------------------
 * Order independence and the three ways in */

/* A month of lines that are all accepted, with weights, discounts, returns, customers,
 * txn_ids, a quoted field and ties (E4 and E5 sell exactly the same). */
static GPtrArray *
month_lines (void)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  static const char *const products[] = { "P1", "P2", "P3", "P9" };
  static const char *const prices[] = { "19.99", "250.00", "3.335", "1,234.56" };
  static const char *const discounts[] = { "", "0.1", "12.5%", "" , "0.333" };
  for (int i = 0; i < 60; i++)
    {
      int e = i % 3 + 1; /* E1..E3 */
      int qty = (i % 7) - 1; /* -1 is a return */
      if (qty == 0)
        qty = 2;
      g_ptr_array_add (lines, g_strdup_printf ("2026-10-%02d,E%d,%s,%d,\"%s\",%s,T%03d,C%d", i % 28 + 1, e,
                                               products[i % 4], qty, prices[(i / 4) % 4],
                                               discounts[i % 5], i, i % 6));
    }
  for (int i = 0; i < 4; i++)
    {
      g_ptr_array_add (lines, g_strdup_printf ("2026-10-1%d,E4,P1,%d,10.00,,U4-%d,C9", i, i + 1, i));
      g_ptr_array_add (lines, g_strdup_printf ("2026-10-2%d,E5,P1,%d,10.00,,U5-%d,C9", i, 4 - i, i));
    }
  return lines;
}

#define MONTH_HEADER "date,employee_id,product_id,quantity,unit_price,discount,txn_id,customer_id\n"

static char *
join_lines (GPtrArray *lines)
{
  GString *s = g_string_new (MONTH_HEADER);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (s, "%s\n", (const char *) lines->pdata[i]);
  return g_string_free (s, FALSE);
}

static char *
json_of_run (IncentivePlan *plan, const char *csv)
{
  g_autoptr (IncentiveReport) r = run_exports (plan, NULL, "sales.csv", csv, NULL);
  CU_ASSERT_EQUAL (incentive_report_get_rows_rejected (r), 0);
  CU_ASSERT_EQUAL (incentive_report_get_rows_read (r), 68);
  return incentive_report_to_json (r);
}

static void
test_order_independence (void)
{
  g_autofree char *dir = fixture_dir ();
  put (dir, "products.csv", "product_id,name,category,weight,locomotive\nP1,A,x,1.5,no\nP2,B,x,0.3333,no\n"
                            "P3,C,x,,yes\n");
  put (dir, "employees.csv", "employee_id,name,target\nE1,Anna,1000.00\nE2,Boris,\nE3,Chen,3000.00\n"
                             "E4,Dana,\nE5,Emil,\nE6,Fay,10.00\n");
  const char *common = "currency=EUR\nproducts=products.csv\ntarget=10000.00\n[weights]\nlocomotive=2.5\n"
                       "default=0.75\n[bonus]\ntiers=0%:2%;100%:4%;150%:6%\nthreshold=10%\ncap=150.00\nrate=1.5%\n";
  g_autofree char *listed = g_strconcat ("[plan]\nname=Listed\nperiod=2026-10\nemployees=employees.csv\n", common, NULL);
  g_autofree char *open = g_strconcat ("[plan]\nname=Open\nperiod=2026-10\nrounding=half-even\n", common, NULL);
  g_autofree char *attain = g_strconcat ("[plan]\nname=Attain\nperiod=2026-10\nrank-by=attainment\n"
                                         "employees=employees.csv\n", common, NULL);
  put (dir, "listed.ini", listed);
  put (dir, "open.ini", open);
  put (dir, "attain.ini", attain);

  const char *const plans[] = { "listed.ini", "open.ini", "attain.ini" };
  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      g_autoptr (IncentivePlan) plan = load_plan (dir, plans[p]);
      g_autoptr (GPtrArray) lines = month_lines ();
      g_autofree char *csv = join_lines (lines);
      g_autofree char *reference = json_of_run (plan, csv);
      for (guint32 seed = 1; seed <= 8; seed++)
        {
          GRand *rand = g_rand_new_with_seed (seed * 7919);
          for (guint i = lines->len - 1; i > 0; i--)
            {
              guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
              gpointer t = lines->pdata[i];
              lines->pdata[i] = lines->pdata[j];
              lines->pdata[j] = t;
            }
          g_rand_free (rand);
          g_autofree char *shuffled = join_lines (lines);
          CU_ASSERT_STRING_NOT_EQUAL (shuffled, csv);
          g_autofree char *json = json_of_run (plan, shuffled);
          CU_ASSERT_STRING_EQUAL (json, reference);
          if (strcmp (json, reference) != 0)
            g_printerr ("\n%s: seed %u gives another report\n", plans[p], seed);
        }
      /* Reversed, too. */
      for (guint i = 0; i < lines->len / 2; i++)
        {
          gpointer t = lines->pdata[i];
          lines->pdata[i] = lines->pdata[lines->len - 1 - i];
          lines->pdata[lines->len - 1 - i] = t;
        }
      g_autofree char *reversed = join_lines (lines);
      g_autofree char *json = json_of_run (plan, reversed);
      CU_ASSERT_STRING_EQUAL (json, reference);
    }
  remove_tree (dir);
}

static void
test_bytes_file_stream (void)
{
  g_autofree char *dir = standard_fixture ();
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  /* Large enough to cross the reader's chunks, with CRLF endings, quoted fields holding
   * the delimiter and line breaks, multi-byte text, a blank line and a few rejections. */
  GString *csv = g_string_new ("date,employee_id,product_id,quantity,unit_price,discount,txn_id,note\r\n");
  for (int i = 0; i < 6000; i++)
    {
      if (i % 1000 == 999)
        g_string_append (csv, "\r\n");
      g_string_append_printf (csv, "2026-10-%02d,E%d,P%d,%d,\"%d.%02d\",%s,T%d,\"Zürich, Ünïcödé %s\"\r\n",
                              i % 31 + 1, i % 4 + 1, i % 2 + 1, i % 5 + 1, i % 300, i % 100,
                              i % 3 ? "" : "5%", i % 5000, i % 7 ? "ok" : "two\r\nlines");
    }
  g_autoptr (GBytes) bytes = g_bytes_new (csv->str, csv->len);
  g_autofree char *path = g_build_filename (dir, "export.csv", NULL);
  g_assert (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));

  GError *error = NULL;
  char *json[3] = { NULL, NULL, NULL };
  for (int way = 0; way < 3; way++)
    {
      g_autoptr (IncentiveRun) run = incentive_run_new (plan, NULL, &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (run);
      gboolean ok = FALSE;
      if (way == 0)
        ok = incentive_run_add_bytes (run, bytes, "sales.csv", &error);
      else if (way == 1)
        ok = incentive_run_add_file (run, path, "sales.csv", &error);
      else
        {
          g_autoptr (GInputStream) in = g_memory_input_stream_new_from_bytes (bytes);
          ok = incentive_run_add_stream (run, in, "sales.csv", NULL, &error);
        }
      if (!ok)
        g_printerr ("way %d: %s\n", way, error->message);
      CU_ASSERT_TRUE_FATAL (ok);
      g_autoptr (IncentiveReport) r = incentive_run_finish (run, &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (r);
      check_invariants (r);
      /* 6000 data lines; txn ids repeat after 5000: 1000 duplicates; E4 is unknown:
       * 1500 lines, 250 of them among the repeats (i from 5000 to 5999 with i % 4 == 3). */
      CU_ASSERT_EQUAL (incentive_report_get_rows_read (r), 6000);
      CU_ASSERT_EQUAL (incentive_report_get_rows_rejected (r), 1000 + 1500 - 250);
      json[way] = incentive_report_to_json (r);
    }
  CU_ASSERT_STRING_EQUAL (json[0], json[1]);
  CU_ASSERT_STRING_EQUAL (json[0], json[2]);
  for (int way = 0; way < 3; way++)
    g_free (json[way]);

  /* add_file with no name cites the path. */
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, NULL, &error);
  g_autofree char *small = g_build_filename (dir, "small.csv", NULL);
  g_assert (g_file_set_contents (small, "date,employee_id,product_id,quantity,unit_price\n2026-10-01,E1,P1,x,1\n",
                                 -1, NULL));
  CU_ASSERT_TRUE (incentive_run_add_file (run, small, NULL, &error));
  g_autoptr (IncentiveReport) r = incentive_run_finish (run, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  check_rejection (r, 0, small, 2, "bad number in quantity: 'x' (not a number)");

  /* A missing file refuses the run, and the run stays refused. */
  g_autoptr (IncentiveRun) bad = incentive_run_new (plan, NULL, &error);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  CU_ASSERT_FALSE (incentive_run_add_file (bad, missing, "missing.csv", &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO));
  g_clear_error (&error);
  CU_ASSERT_PTR_NULL (incentive_run_finish (bad, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT));
  g_clear_error (&error);

  g_string_free (csv, TRUE);
  remove_tree (dir);
}

/* ---------------------------------------------------------------------------------------
 * The output folder */

static char *
first_line (const char *path)
{
  g_autofree char *text = NULL;
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return g_strdup ("(unreadable)");
  char *nl = strchr (text, '\n');
  return g_strndup (text, nl ? (gsize) (nl - text) : strlen (text));
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in a folder, sorted byte-wise and separated by spaces. */
static char *
list_dir (const char *path)
{
  GDir *d = g_dir_open (path, 0, NULL);
  if (d == NULL)
    return g_strdup ("(none)");
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_write_files (void)
{
  g_autofree char *dir = standard_fixture ();
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  g_autoptr (IncentiveReport) r = run_exports (plan, NULL, "sales.csv",
                                               "date,employee_id,product_id,quantity,unit_price\n"
                                               "2026-10-01,E1,P1,2,100.00\n"
                                               "2026-10-02,E3,P2,1,\"1,000.00\"\n",
                                               NULL);
  g_autofree char *out = g_build_filename (dir, "out", "2026-10", NULL);
  GError *error = NULL;
  for (int round = 0; round < 2; round++) /* the second time replaces the files */
    {
      gboolean ok = incentive_report_write_files (r, out, &error);
      if (!ok)
        g_printerr ("write: %s\n", error->message);
      CU_ASSERT_TRUE_FATAL (ok);
      /* The four files of the contract (others may join them), and no temporary file
       * left behind: those are hidden names beside the final ones. */
      g_autofree char *names = list_dir (out);
      g_auto (GStrv) each = g_strsplit (names, " ", -1);
      static const char *const required[] = { "payroll.csv", "rankings.csv", "report.json", "rewards.csv" };
      for (guint i = 0; i < G_N_ELEMENTS (required); i++)
        CU_ASSERT_TRUE (g_strv_contains ((const char *const *) each, required[i]));
      for (char **n = each; *n; n++)
        CU_ASSERT_FALSE ((*n)[0] == '.');
      if (strstr (names, "payroll.csv") == NULL || names[0] == '.' || strstr (names, " .") != NULL)
        g_printerr ("\noutput folder holds: %s\n", names);
    }

  g_autofree char *json_path = g_build_filename (out, "report.json", NULL);
  g_autofree char *json = NULL;
  CU_ASSERT_TRUE (g_file_get_contents (json_path, &json, NULL, NULL));
  g_autofree char *expected_json = incentive_report_to_json (r);
  ASSERT_STR (json, expected_json);

  g_autofree char *rankings = g_build_filename (out, "rankings.csv", NULL);
  g_autofree char *payroll = g_build_filename (out, "payroll.csv", NULL);
  g_autofree char *rewards = g_build_filename (out, "rewards.csv", NULL);
  g_autofree char *h1 = first_line (rankings);
  g_autofree char *h2 = first_line (payroll);
  g_autofree char *h3 = first_line (rewards);
  ASSERT_STR (h1, "rank,employee_id,name,lines,gross_sales,weighted_sales,target,attainment,plan_share,bonus");
  ASSERT_STR (h2, "employee_id,name,period,currency,bonus,non_cash_value");
  ASSERT_STR (h3, "employee_id,name,period,reward,category,value");

  /* E3: 1000.00 at 1.0 = 200% of 500.00: 500.00 × 2% + 500.00 × 4% = 10.00 + 20.00 = 30.00.
   * E1: 200.00 × 1.5 = 300.00, 30% of 1000.00: 6.00.  E2: nothing, no target. */
  g_autofree char *payroll_text = NULL;
  CU_ASSERT_TRUE (g_file_get_contents (payroll, &payroll_text, NULL, NULL));
  ASSERT_STR (payroll_text, "employee_id,name,period,currency,bonus,non_cash_value\n"
                            "E3,Chen,2026-10,EUR,30.00,0.00\n"
                            "E1,Anna,2026-10,EUR,6.00,0.00\n"
                            "E2,Boris,2026-10,EUR,0.00,0.00\n");
  g_autofree char *rankings_text = NULL;
  CU_ASSERT_TRUE (g_file_get_contents (rankings, &rankings_text, NULL, NULL));
  ASSERT_STR (rankings_text,
              "rank,employee_id,name,lines,gross_sales,weighted_sales,target,attainment,plan_share,bonus\n"
              "1,E3,Chen,1,1000.00,1000.00,500.00,2.0000,,30.00\n"
              "2,E1,Anna,1,200.00,300.00,1000.00,0.3000,,6.00\n"
              "3,E2,Boris,0,0.00,0.00,,,,0.00\n");

  /* A folder that cannot be created, under a regular file: an error, nothing written. */
  g_autofree char *blocker = g_build_filename (dir, "blocker", NULL);
  put (dir, "blocker", "not a folder\n");
  g_autofree char *under = g_build_filename (blocker, "out", NULL);
  CU_ASSERT_FALSE (incentive_report_write_files (r, under, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO));
  g_clear_error (&error);
  CU_ASSERT_TRUE (g_file_test (blocker, G_FILE_TEST_IS_REGULAR));
  g_autofree char *listing = list_dir (dir);
  ASSERT_STR (listing, "blocker employees.csv out plan.ini products.csv");
  remove_tree (dir);
}

static void
test_table_is_printable (void)
{
  g_autofree char *dir = standard_fixture ();
  g_autoptr (IncentivePlan) plan = load_plan (dir, "plan.ini");
  /* A quantity holding a terminal escape and a name-like field with a tab: the reason
   * quotes the text, the table must not pass the control bytes on. */
  g_autoptr (IncentiveReport) r = run_exports (plan, NULL, "sales.csv",
                                               "date,employee_id,product_id,quantity,unit_price\n"
                                               "2026-10-01,E1,P1,\"\x1b[2J\",1.00\n"
                                               "2026-10-01,E1,P1,1,1.00\n",
                                               NULL);
  check_rejection (r, 0, "sales.csv", 2, "bad number in quantity: '\x1b[2J' (not a number)");
  g_autofree char *table = incentive_report_to_table (r);
  for (const char *p = table; *p; p++)
    CU_ASSERT_FALSE ((unsigned char) *p < 0x20 && *p != '\n');
  CU_ASSERT_PTR_NOT_NULL (strstr (table, "sales.csv line 2: bad number in quantity: ' [2J' (not a number)"));
  /* E1 sold 1.00 at 1.5: the employee of the month. */
  CU_ASSERT_PTR_NOT_NULL (strstr (table, "Employee of the month: Anna (E1)"));
  remove_tree (dir);
}

static const TestCase rejection_tests[] = {
  { "every reason", test_every_rejection_reason },
  { "the order of the checks", test_check_order },
  { "duplicate txn_id across files", test_duplicate_across_files },
  { NULL, NULL },
};

static const TestCase figure_tests[] = {
  { "returns", test_returns },
  { "without an employees file", test_without_employees_file },
  { "totals: exact, then rounded", test_totals_exact_then_rounded },
  { NULL, NULL },
};

static const TestCase period_tests[] = {
  { "--period overrides the plan", test_period_override },
  { "missing period", test_missing_period },
  { NULL, NULL },
};

static const TestCase input_tests[] = {
  { "BOM and windows-1251", test_bom_and_windows_1251 },
  { "the same lines in any order", test_order_independence },
  { "bytes, file and stream", test_bytes_file_stream },
  { NULL, NULL },
};

static const TestCase output_tests[] = {
  { "write_files", test_write_files },
  { "the table prints no control characters", test_table_is_printable },
  { NULL, NULL },
};

int
main (void)
{
  static const TestSuite suites[] = {
    { "rejections", rejection_tests },
    { "figures", figure_tests },
    { "period", period_tests },
    { "inputs", input_tests },
    { "outputs", output_tests },
    { NULL, NULL },
  };
  return run_test_suites (suites);
}
