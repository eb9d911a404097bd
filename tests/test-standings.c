/* test-standings.c — the bonus of one employee (tiers, threshold, cap, rate, rounding)
 * and the ranking and employee of the month of a whole run.
 *
 * The bonus tests build standings by hand and call inc_standing_compute_bonus(); the
 * ranking tests go through the public API on in-memory exports.  Every expected figure
 * is worked out by hand in the comment beside it. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cunit-helpers.h"
#include "incentive/incentive-error.h"
#include "incentive/incentive-run.h"
#include "standings/standings-private.h"

/* ---------------------------------------------------------------------------------------
 * Helpers */

/* Writes the plan (and the employees file, when given) into a fresh folder, loads it
 * and removes the files: the plan keeps what it read. */
static IncentivePlan *
plan_with_files (const char *plan_text, const char *employees_csv)
{
  g_autofree char *dir = g_dir_make_tmp ("test-standings-XXXXXX", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "plan.ini", NULL);
  g_autofree char *employees_path = g_build_filename (dir, "employees.csv", NULL);
  g_autofree char *text = NULL;
  if (employees_csv)
    {
      g_assert (g_file_set_contents (employees_path, employees_csv, -1, NULL));
      text = g_strconcat ("[plan]\nname=Unit\nperiod=2026-10\ncurrency=EUR\nemployees=employees.csv\n",
                          plan_text, NULL);
    }
  else
    text = g_strconcat ("[plan]\nname=Unit\nperiod=2026-10\ncurrency=EUR\n", plan_text, NULL);
  g_assert (g_file_set_contents (plan_path, text, -1, NULL));
  GError *error = NULL;
  IncentivePlan *plan = incentive_plan_load (plan_path, &error);
  if (plan == NULL)
    g_printerr ("plan: %s\n", error->message);
  g_clear_error (&error);
  g_unlink (plan_path);
  g_unlink (employees_path);
  g_rmdir (dir);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);
  return plan;
}

static IncDec
dec (const char *text)
{
  IncDec d;
  gboolean ok = inc_dec_parse (text, strlen (text), &inc_plain_syntax, &d, NULL);
  g_assert (ok);
  return d;
}

/* Computes the bonus of an employee with WEIGHTED sales and TARGET (NULL: none) and
 * returns it with two decimals; *STANDING_OUT keeps the standing for further checks. */
static char *
bonus_of (const IncentivePlan *plan, const char *weighted, const char *target,
          IncentiveStanding **standing_out)
{
  IncentiveStanding *s = inc_standing_new ("E1", "E1");
  s->weighted = dec (weighted);
  if (target)
    {
      s->has_target = TRUE;
      s->target = dec (target);
    }
  CU_ASSERT_TRUE (inc_standing_compute_bonus (plan, s));
  char *shown = inc_dec_to_string (s->bonus, plan->minor_digits);
  /* The minor units payroll pays and the shown amount agree. */
  IncDec back = inc_dec_make (s->bonus_minor, plan->minor_digits);
  CU_ASSERT_EQUAL (inc_dec_cmp (back, s->bonus), 0);
  if (standing_out)
    *standing_out = s;
  else
    incentive_standing_unref (s);
  return shown;
}

#define ASSERT_BONUS(plan, weighted, target, expected)                                      \
  do                                                                                         \
    {                                                                                        \
      g_autofree char *b_ = bonus_of ((plan), (weighted), (target), NULL);                   \
      CU_ASSERT_STRING_EQUAL (b_, (expected));                                               \
      if (strcmp (b_, (expected)) != 0)                                                      \
        g_printerr ("\nweighted %s target %s: bonus %s, expected %s\n", (weighted),          \
                    (target) ? (target) : "none", b_, (expected));                           \
    }                                                                                        \
  while (0)

#define TIERS "[bonus]\ntiers=0%:2%;100%:4%;150%:6%\n"

/* ---------------------------------------------------------------------------------------
 * The bonus of one employee.  Target 10000.00 throughout: 100% is 10000.00 and 150% is
 * 15000.00; up to 100% earns 2%, 100–150% earns 4%, above 150% earns 6%. */

static void
test_bonus_tier_boundaries (void)
{
  g_autoptr (IncentivePlan) plan = plan_with_files (TIERS, NULL);
  /* Exactly 100%: 10000.00 × 2% = 200.00; nothing in the 4% band. */
  ASSERT_BONUS (plan, "10000.00", "10000.00", "200.00");
  /* Just above: 200.00 + 0.50 × 4% = 200.02. */
  ASSERT_BONUS (plan, "10000.50", "10000.00", "200.02");
  /* Just below: 9999.50 × 2% = 199.99. */
  ASSERT_BONUS (plan, "9999.50", "10000.00", "199.99");
  /* Exactly 150%: 200.00 + 5000.00 × 4% = 400.00; nothing at 6%. */
  ASSERT_BONUS (plan, "15000.00", "10000.00", "400.00");
  /* Just above: 400.00 + 0.50 × 6% = 400.03. */
  ASSERT_BONUS (plan, "15000.50", "10000.00", "400.03");
  /* Just below: 200.00 + 4999.50 × 4% = 200.00 + 199.98 = 399.98. */
  ASSERT_BONUS (plan, "14999.50", "10000.00", "399.98");
  /* Far above: 400.00 + 5000.00 × 6% = 700.00 at 200%. */
  ASSERT_BONUS (plan, "20000.00", "10000.00", "700.00");
  /* Weighted sales keep four more decimals than money: 10000.0050 + exact bands:
   * 200.00 + 0.0050 × 4% = 200.0002 → 200.00. */
  ASSERT_BONUS (plan, "10000.005000", "10000.00", "200.00");
  /* Zero sales earn zero. */
  ASSERT_BONUS (plan, "0", "10000.00", "0.00");

  /* The bands of a standing add up to its bonus: at 120% they are 10000.00 × 2% and
   * 2000.00 × 4%, and nothing at 6%. */
  IncentiveStanding *s = NULL;
  g_autofree char *b = bonus_of (plan, "12000.00", "10000.00", &s);
  CU_ASSERT_STRING_EQUAL (b, "280.00"); /* 200.00 + 80.00 */
  g_autoptr (GArray) bands = inc_standing_tier_bands (plan, s);
  CU_ASSERT_EQUAL_FATAL (bands->len, 3);
  CU_ASSERT_EQUAL (inc_dec_cmp (g_array_index (bands, IncTierBand, 0).base, dec ("10000.00")), 0);
  CU_ASSERT_EQUAL (inc_dec_cmp (g_array_index (bands, IncTierBand, 1).base, dec ("2000.00")), 0);
  CU_ASSERT_EQUAL (inc_dec_sign (g_array_index (bands, IncTierBand, 2).base), 0);
  CU_ASSERT_TRUE (g_array_index (bands, IncTierBand, 2).open_ended);
  incentive_standing_unref (s);
}

static void
test_bonus_threshold (void)
{
  g_autoptr (IncentivePlan) plan = plan_with_files (TIERS "threshold=80%\n", NULL);
  IncentiveStanding *s = NULL;
  /* 80% of 10000.00 is 8000.00.  Just under: no bonus at all. */
  g_autofree char *under = bonus_of (plan, "7999.99", "10000.00", &s);
  CU_ASSERT_STRING_EQUAL (under, "0.00");
  CU_ASSERT_TRUE (s->below_threshold);
  incentive_standing_unref (s);
  /* Four decimals under: still under. */
  ASSERT_BONUS (plan, "7999.999900", "10000.00", "0.00");
  /* Exactly at: paid in full from zero, 8000.00 × 2% = 160.00. */
  g_autofree char *at = bonus_of (plan, "8000.00", "10000.00", &s);
  CU_ASSERT_STRING_EQUAL (at, "160.00");
  CU_ASSERT_FALSE (s->below_threshold);
  incentive_standing_unref (s);
  /* The threshold has nothing to say about an employee without a target: 100.00 × 0. */
  ASSERT_BONUS (plan, "100.00", NULL, "0.00");
}

static void
test_bonus_cap (void)
{
  g_autoptr (IncentivePlan) plan = plan_with_files (TIERS "cap=5000.00\n", NULL);
  IncentiveStanding *s = NULL;
  /* 200000.00: 200.00 + 200.00 + 185000.00 × 6% = 400.00 + 11100.00 = 11500.00 → 5000.00. */
  g_autofree char *capped = bonus_of (plan, "200000.00", "10000.00", &s);
  CU_ASSERT_STRING_EQUAL (capped, "5000.00");
  CU_ASSERT_TRUE (s->capped);
  CU_ASSERT_EQUAL (s->bonus_minor, 500000);
  /* What it would have been is kept for the statement. */
  CU_ASSERT_EQUAL (inc_dec_cmp (s->bonus_before_cap, dec ("11500.00")), 0);
  incentive_standing_unref (s);
  /* Around the cap: 91666.67 earns 400.00 + 76666.67 × 6% = 400.00 + 4600.0002 =
   * 5000.0002, over the cap by 0.0002: capped to 5000.00.  91666.66 earns 400.00 +
   * 4599.9996 = 4999.9996: under the cap, rounded to 5000.00. */
  g_autofree char *over = bonus_of (plan, "91666.67", "10000.00", &s);
  CU_ASSERT_STRING_EQUAL (over, "5000.00");
  CU_ASSERT_TRUE (s->capped);
  incentive_standing_unref (s);
  g_autofree char *under = bonus_of (plan, "91666.66", "10000.00", &s);
  CU_ASSERT_STRING_EQUAL (under, "5000.00");
  CU_ASSERT_FALSE (s->capped);
  incentive_standing_unref (s);

  /* The cap applies to the rate of an employee without a target too. */
  g_autoptr (IncentivePlan) rated = plan_with_files (TIERS "cap=100.00\nrate=2%\n", NULL);
  /* 6000.00 × 2% = 120.00 → 100.00. */
  ASSERT_BONUS (rated, "6000.00", NULL, "100.00");
  /* 4999.99 × 2% = 99.9998 → 100.00 by rounding, not by the cap. */
  ASSERT_BONUS (rated, "4999.99", NULL, "100.00");
}

static void
test_bonus_negative (void)
{
  g_autoptr (IncentivePlan) plan = plan_with_files (TIERS "rate=2%\n", NULL);
  /* Returns exceeding sales: no band has anything, the bonus is 0. */
  ASSERT_BONUS (plan, "-500.00", "10000.00", "0.00");
  /* Without a target: -500.00 × 2% = -10.00 → 0. */
  IncentiveStanding *s = NULL;
  g_autofree char *b = bonus_of (plan, "-500.00", NULL, &s);
  CU_ASSERT_STRING_EQUAL (b, "0.00");
  CU_ASSERT_EQUAL (s->bonus_minor, 0);
  CU_ASSERT_EQUAL (inc_dec_sign (s->sales_bonus_exact), 0);
  incentive_standing_unref (s);

  /* With a threshold, negative sales are below it. */
  g_autoptr (IncentivePlan) thr = plan_with_files (TIERS "threshold=0.5\n", NULL);
  ASSERT_BONUS (thr, "-0.01", "10000.00", "0.00");
}

static void
test_bonus_without_target (void)
{
  g_autoptr (IncentivePlan) rated = plan_with_files (TIERS "rate=2%\n", NULL);
  /* 12345.67 × 2% = 246.9134 → 246.91. */
  ASSERT_BONUS (rated, "12345.67", NULL, "246.91");
  /* 0.025 is the same rate as 2.5%: 1000.00 × 0.025 = 25.00. */
  g_autoptr (IncentivePlan) fraction = plan_with_files (TIERS "rate=0.025\n", NULL);
  ASSERT_BONUS (fraction, "1000.00", NULL, "25.00");

  /* Without a rate, no target means no bonus. */
  g_autoptr (IncentivePlan) plain = plan_with_files (TIERS, NULL);
  ASSERT_BONUS (plain, "12345.67", NULL, "0.00");
  /* A plan without tiers still pays the rate: 5000.00 × 1% = 50.00. */
  g_autoptr (IncentivePlan) no_tiers = plan_with_files ("[bonus]\nrate=1%\n", NULL);
  ASSERT_BONUS (no_tiers, "5000.00", NULL, "50.00");
}

static void
test_bonus_rounding_modes (void)
{
  g_autoptr (IncentivePlan) up = plan_with_files (TIERS "rate=2%\n", NULL);
  g_autoptr (IncentivePlan) even = plan_with_files ("rounding=half-even\n" TIERS "rate=2%\n", NULL);
  /* 1000.25 × 2% = 20.005 exactly: half-up 20.01, half-even 20.00 (0 is even). */
  ASSERT_BONUS (up, "1000.25", NULL, "20.01");
  ASSERT_BONUS (even, "1000.25", NULL, "20.00");
  /* 1000.75 × 2% = 20.015: half-up 20.02, half-even 20.02 (1 is odd → 2). */
  ASSERT_BONUS (up, "1000.75", NULL, "20.02");
  ASSERT_BONUS (even, "1000.75", NULL, "20.02");
  /* Through the tiers: 5000.25 of 10000.00 at 2% = 100.005: 100.01 / 100.00. */
  ASSERT_BONUS (up, "5000.25", "10000.00", "100.01");
  ASSERT_BONUS (even, "5000.25", "10000.00", "100.00");
  /* The bands are added exactly and rounded once: 10000.125 of 10000.00 is 200.00 in
   * the 2% band and 0.125 × 4% = 0.005 in the 4% band, 200.005 in all: half-up 200.01,
   * half-even 200.00. */
  ASSERT_BONUS (up, "10000.125", "10000.00", "200.01");
  ASSERT_BONUS (even, "10000.125", "10000.00", "200.00");
  /* 100.50 of 100.25: 100.25 × 2% = 2.005 and 0.25 × 4% = 0.01, 2.015 in all: half-up
   * 2.02, half-even 2.02 (1 is odd).  Rounding the first band on its own would give
   * 2.00 + 0.01 = 2.01 under half-even. */
  ASSERT_BONUS (up, "100.50", "100.25", "2.02");
  ASSERT_BONUS (even, "100.50", "100.25", "2.02");
}

/* ---------------------------------------------------------------------------------------
 * Ranking and the employee of the month, through a whole run. */

static IncentiveReport *
run_csv (IncentivePlan *plan, const char *csv)
{
  GError *error = NULL;
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (run);
  g_autoptr (GBytes) bytes = g_bytes_new (csv, strlen (csv));
  gboolean ok = incentive_run_add_bytes (run, bytes, "sales.csv", &error);
  if (!ok)
    g_printerr ("add: %s\n", error->message);
  CU_ASSERT_TRUE_FATAL (ok);
  IncentiveReport *report = incentive_run_finish (run, &error);
  if (report == NULL)
    g_printerr ("finish: %s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (report);
  CU_ASSERT_EQUAL (incentive_report_get_rows_rejected (report), 0);
  return report;
}

/* "B,A,C": the employee ids in rank order; checks the ranks are 1, 2, 3… */
static char *
ranking (IncentiveReport *report)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < incentive_report_get_n_employees (report); i++)
    {
      IncentiveStanding *st = incentive_report_get_employee (report, i);
      CU_ASSERT_EQUAL (incentive_standing_get_rank (st), i + 1);
      g_string_append_printf (s, "%s%s", i ? "," : "", incentive_standing_get_employee_id (st));
    }
  return g_string_free (s, FALSE);
}

#define ASSERT_RANKING(report, expected)                                                     \
  do                                                                                         \
    {                                                                                        \
      g_autofree char *r_ = ranking (report);                                                \
      CU_ASSERT_STRING_EQUAL (r_, (expected));                                               \
      if (strcmp (r_, (expected)) != 0)                                                      \
        g_printerr ("\nranking %s, expected %s\n", r_, (expected));                          \
    }                                                                                        \
  while (0)

#define HEADER "date,employee_id,product_id,quantity,unit_price\n"

static const char *
eom_id (IncentiveReport *report)
{
  IncentiveStanding *s = incentive_report_get_employee_of_the_month (report);
  return s ? incentive_standing_get_employee_id (s) : "(none)";
}

static void
test_rank_ties_attainment (void)
{
  /* Both sell 500.00; A's target 2000.00 (25%), B's 1000.00 (50%): B first although "A"
   * sorts first by id. */
  g_autoptr (IncentivePlan) plan = plan_with_files (TIERS, "employee_id,name,target\nA,Ann,2000.00\nB,Bob,1000.00\n");
  g_autoptr (IncentiveReport) r = run_csv (plan, HEADER "2026-10-01,A,P,1,500.00\n2026-10-01,B,P,1,500.00\n");
  ASSERT_RANKING (r, "B,A");

  /* A target beats none at equal weighted sales (none counts lowest), even with fewer
   * lines: C has one line of 500.00 and a target, D two lines of 250.00 and none. */
  g_autoptr (IncentivePlan) mixed = plan_with_files (TIERS, "employee_id,name,target\nD,Dan,\nC,Cat,100000.00\n");
  g_autoptr (IncentiveReport) m = run_csv (mixed, HEADER "2026-10-01,D,P,1,250.00\n2026-10-02,D,P,1,250.00\n"
                                                         "2026-10-01,C,P,1,500.00\n");
  ASSERT_RANKING (m, "C,D");
}

static void
test_rank_ties_lines (void)
{
  /* Equal weighted (500.00) and equal attainment (50% of 1000.00): B's two lines win. */
  g_autoptr (IncentivePlan) plan = plan_with_files (TIERS, "employee_id,name,target\nA,Ann,1000.00\nB,Bob,1000.00\n");
  g_autoptr (IncentiveReport) r = run_csv (plan, HEADER "2026-10-01,A,P,1,500.00\n"
                                                      "2026-10-01,B,P,1,200.00\n2026-10-02,B,P,1,300.00\n");
  ASSERT_RANKING (r, "B,A");

  /* Both without a target: equal weighted, so lines decide.  A return counts as a line:
   * B sells 600.00 and returns 100.00 (two lines, 500.00). */
  g_autoptr (IncentivePlan) none = plan_with_files (TIERS, "employee_id,name,target\nA,Ann,\nB,Bob,\n");
  g_autoptr (IncentiveReport) n = run_csv (none, HEADER "2026-10-01,A,P,1,500.00\n"
                                                      "2026-10-01,B,P,1,600.00\n2026-10-02,B,P,-1,100.00\n");
  ASSERT_RANKING (n, "B,A");
  CU_ASSERT_EQUAL (incentive_standing_get_lines (incentive_report_find_employee (n, "B")), 2);
}

static void
test_rank_ties_employee_id (void)
{
  /* Everything equal: byte order of the id, so "E10" comes before "E9" and "E9" before
   * "e1" (lower case sorts after upper case). */
  g_autoptr (IncentivePlan) plan = plan_with_files (TIERS, "employee_id,name,target\ne1,x,\nE9,y,\nE10,z,\n");
  g_autoptr (IncentiveReport) r = run_csv (plan, HEADER "2026-10-01,E9,P,1,100.00\n"
                                                      "2026-10-01,e1,P,1,100.00\n2026-10-01,E10,P,1,100.00\n");
  ASSERT_RANKING (r, "E10,E9,e1");

  /* The same with equal targets. */
  g_autoptr (IncentivePlan) t = plan_with_files (TIERS, "employee_id,name,target\nE9,y,400.00\nE10,z,400.00\n");
  g_autoptr (IncentiveReport) rt = run_csv (t, HEADER "2026-10-01,E9,P,1,100.00\n2026-10-01,E10,P,1,100.00\n");
  ASSERT_RANKING (rt, "E10,E9");

  /* Without an employees file, those who sold nothing do not appear, ids are names. */
  g_autoptr (IncentivePlan) bare = plan_with_files (TIERS, NULL);
  g_autoptr (IncentiveReport) rb = run_csv (bare, HEADER "2026-10-01,E9,P,1,100.00\n2026-10-01,E10,P,1,100.00\n");
  ASSERT_RANKING (rb, "E10,E9");
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_name (incentive_report_get_employee (rb, 0)), "E10");
}

static void
test_rank_by_contribution (void)
{
  /* Weighted sales decide before attainment: C sells the most, at a low attainment. */
  g_autoptr (IncentivePlan) plan = plan_with_files (TIERS, "employee_id,name,target\nA,Ann,100.00\n"
                                                           "B,Bob,\nC,Cat,100000.00\nZ,Zed,50.00\n");
  g_autoptr (IncentiveReport) r = run_csv (plan, HEADER "2026-10-01,A,P,1,200.00\n"
                                                      "2026-10-01,B,P,1,300.00\n2026-10-01,C,P,1,400.00\n");
  /* Z sold nothing but is listed, last. */
  ASSERT_RANKING (r, "C,B,A,Z");
  IncentiveStanding *z = incentive_report_find_employee (r, "Z");
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_weighted_sales (z), "0.00");
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_attainment (z), "0.0000");
  CU_ASSERT_EQUAL (incentive_standing_get_lines (z), 0);
}

static void
test_rank_by_attainment (void)
{
  /* With targets first, by attainment: B 100.00 of 100.00 and E 300.00 of 300.00 are
   * both at 100% (E's larger weighted sales do not count here), one line each, so the
   * id decides: B before E; then A, 900.00 of 1000.00 (90%).  Then those without a
   * target by weighted sales: D 6000.00 before C 5000.00, although they sold the most. */
  g_autoptr (IncentivePlan) plan = plan_with_files ("rank-by=attainment\n" TIERS,
                                                    "employee_id,name,target\nA,Ann,1000.00\nB,Bob,100.00\n"
                                                    "C,Cat,\nD,Dan,\nE,Eve,300.00\n");
  g_autoptr (IncentiveReport) r = run_csv (plan, HEADER "2026-10-01,A,P,1,900.00\n2026-10-01,B,P,1,100.00\n"
                                                      "2026-10-01,C,P,1,5000.00\n2026-10-01,D,P,1,6000.00\n"
                                                      "2026-10-01,E,P,1,300.00\n");
  ASSERT_RANKING (r, "B,E,A,D,C");
  /* The employee of the month follows the ranking. */
  CU_ASSERT_STRING_EQUAL (eom_id (r), "B");
}

static void
test_employee_of_the_month (void)
{
  /* min-attainment 100%: A ranks first (9000.00 of 10000.00: 90%) but is not eligible;
   * B (1500.00 of 1000.00: 150%) is. */
  g_autoptr (IncentivePlan) plan = plan_with_files ("[recognition]\ntitle=Star\nmin-attainment=100%\n" TIERS,
                                                    "employee_id,name,target\nA,Ann,10000.00\nB,Bob,1000.00\n");
  g_autoptr (IncentiveReport) r = run_csv (plan, HEADER "2026-10-01,A,P,1,9000.00\n2026-10-01,B,P,1,1500.00\n");
  ASSERT_RANKING (r, "A,B");
  CU_ASSERT_STRING_EQUAL (eom_id (r), "B");
  CU_ASSERT_STRING_EQUAL (incentive_report_get_title (r), "Star");
  CU_ASSERT_FALSE (incentive_standing_is_employee_of_the_month (incentive_report_find_employee (r, "A")));
  CU_ASSERT_TRUE (incentive_standing_is_employee_of_the_month (incentive_report_find_employee (r, "B")));

  /* Exactly at the minimum is eligible: A 10000.00 of 10000.00. */
  g_autoptr (IncentiveReport) at = run_csv (plan, HEADER "2026-10-01,A,P,1,10000.00\n");
  CU_ASSERT_STRING_EQUAL (eom_id (at), "A");

  /* An employee without a target is eligible whatever min-attainment says. */
  g_autoptr (IncentivePlan) open = plan_with_files ("[recognition]\nmin-attainment=100%\n" TIERS,
                                                    "employee_id,name,target\nA,Ann,10000.00\nN,Nat,\n");
  g_autoptr (IncentiveReport) n = run_csv (open, HEADER "2026-10-01,A,P,1,9000.00\n2026-10-01,N,P,1,100.00\n");
  ASSERT_RANKING (n, "A,N");
  CU_ASSERT_STRING_EQUAL (eom_id (n), "N");

  /* Nobody eligible: A below the minimum, N's sales returned to zero. */
  g_autoptr (IncentiveReport) none = run_csv (open, HEADER "2026-10-01,A,P,1,9000.00\n"
                                                         "2026-10-01,N,P,1,100.00\n2026-10-02,N,P,-1,100.00\n");
  CU_ASSERT_PTR_NULL (incentive_report_get_employee_of_the_month (none));
  g_autofree char *json = incentive_report_to_json (none);
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"employee_of_the_month\" : null"));

  /* Without min-attainment the best-ranked with weighted sales above zero wins; nobody
   * with only returns does. */
  g_autoptr (IncentivePlan) plain = plan_with_files (TIERS, "employee_id,name,target\nA,Ann,10000.00\nB,Bob,\n");
  g_autoptr (IncentiveReport) p = run_csv (plain, HEADER "2026-10-01,B,P,1,1.00\n");
  CU_ASSERT_STRING_EQUAL (eom_id (p), "B");
  g_autoptr (IncentiveReport) q = run_csv (plain, HEADER "2026-10-01,B,P,-1,1.00\n");
  CU_ASSERT_PTR_NULL (incentive_report_get_employee_of_the_month (q));
  /* The default title. */
  CU_ASSERT_STRING_EQUAL (incentive_report_get_title (q), "Employee of the month");
}

static const TestCase bonus_tests[] = {
  { "tier boundaries", test_bonus_tier_boundaries },
  { "threshold", test_bonus_threshold },
  { "cap", test_bonus_cap },
  { "negative weighted sales", test_bonus_negative },
  { "without a target", test_bonus_without_target },
  { "half-up and half-even", test_bonus_rounding_modes },
  { NULL, NULL },
};

static const TestCase ranking_tests[] = {
  { "tie: attainment", test_rank_ties_attainment },
  { "tie: lines", test_rank_ties_lines },
  { "tie: employee id", test_rank_ties_employee_id },
  { "rank-by contribution", test_rank_by_contribution },
  { "rank-by attainment", test_rank_by_attainment },
  { "employee of the month", test_employee_of_the_month },
  { NULL, NULL },
};

int
main (void)
{
  static const TestSuite suites[] = {
    { "bonus", bonus_tests },
    { "ranking", ranking_tests },
    { NULL, NULL },
  };
  return run_test_suites (suites);
}
