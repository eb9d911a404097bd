/* test-statements.c — every figure of every statement is the sum of its parts, to the
 * minor unit, for every employee of every golden case; the statement's words and numbers
 * on a fixture month; rewards; statement file names that never leave their folder. */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cunit-helpers.h"
#include "incentive/incentive-error.h"
#include "incentive/incentive-run.h"
#include "statements/statement-private.h"
#include "writers/writers-private.h"

#define FIXTURE "tests/fixtures/statements"

/* ------------------------------------------------------------------------------------ */
/* Helpers */

static IncentiveReport *
compute (const char *plan_path, const char *period, const char *const *files, GError **error)
{
  g_autoptr (IncentivePlan) plan = incentive_plan_load (plan_path, error);
  if (plan == NULL)
    return NULL;
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, period, error);
  if (run == NULL)
    return NULL;
  for (const char *const *f = files; *f; f++)
    {
      g_autofree char *base = g_path_get_basename (*f);
      if (!incentive_run_add_file (run, *f, base, error))
        return NULL;
    }
  return incentive_run_finish (run, error);
}

static IncentiveReport *
fixture_report (void)
{
  g_autofree char *plan = test_srcdir_path (FIXTURE "/plan.ini");
  g_autofree char *sales = test_srcdir_path (FIXTURE "/sales.csv");
  const char *files[] = { sales, NULL };
  GError *error = NULL;
  IncentiveReport *report = compute (plan, NULL, files, &error);
  if (error)
    g_printerr ("%s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (report);
  return report;
}

static gboolean
dec_eq (IncDec a, IncDec b)
{
  return inc_dec_cmp (a, b) == 0;
}

static int checked_employees;
static int failures_seen;

#define EXPECT(cond, what)                                                                          \
  do                                                                                                \
    {                                                                                               \
      if (!(cond))                                                                                  \
        {                                                                                           \
          failures_seen++;                                                                          \
          g_printerr ("  %s, employee %s: %s\n", where, s->employee_id, what);                      \
        }                                                                                           \
      CU_ASSERT (cond);                                                                             \
    }                                                                                               \
  while (0)

/* Checks that every figure of S's row is the sum of the statement's parts. */
static void
check_adds_up (IncentiveReport *report, guint index, const char *where)
{
  const IncentivePlan *plan = report->plan;
  const IncentiveStanding *s = report->standings->pdata[index];
  GError *error = NULL;
  g_autoptr (IncentiveStatement) st = incentive_report_get_statement (report, s->employee_id, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  checked_employees++;

  /* lines, gross and weighted sales: the weight bands */
  IncDec net = inc_dec_make (0, plan->minor_digits), weighted = inc_dec_make (0, plan->minor_digits + 4);
  guint64 lines = 0;
  for (guint i = 0; i < st->weights->len; i++)
    {
      const IncWeightBand *w = &g_array_index (st->weights, IncWeightBand, i);
      IncDec wn = inc_dec_make (w->net, plan->minor_digits), ww = inc_dec_make (w->weighted, plan->minor_digits + 4);
      IncDec product;
      CU_ASSERT_FATAL (inc_dec_mul (wn, w->weight, &product));
      EXPECT (dec_eq (product, ww), "a band's weighted sales are not its net sales × its weight");
      CU_ASSERT_FATAL (inc_dec_add (net, wn, &net) && inc_dec_add (weighted, ww, &weighted));
      lines += w->lines;
    }
  EXPECT (lines == s->lines, "the bands' lines do not add up to the lines");
  EXPECT (dec_eq (net, s->gross), "the bands' net sales do not add up to the gross sales");
  EXPECT (dec_eq (weighted, s->weighted), "the bands' weighted sales do not add up to the weighted sales");
  g_autofree char *shown_weighted = inc_report_money (report, weighted);
  EXPECT (strcmp (shown_weighted, s->s_weighted) == 0, "weighted sales rounded once differ from the report");
  g_autofree char *shown_gross = inc_report_money (report, net);
  EXPECT (strcmp (shown_gross, s->s_gross) == 0, "gross sales differ from the report");
  EXPECT (st->weight_bands->len == st->weights->len, "a weight band is missing from the public parts");

  /* the sales bonus: tier bands (or the rate), threshold, never negative */
  IncDec sales_bonus = inc_dec_zero ();
  if (s->has_target)
    {
      IncDec bases = inc_dec_zero (), amounts = inc_dec_zero ();
      EXPECT (st->tiers->len == plan->tiers->len, "not one band per tier");
      for (guint i = 0; i < st->tiers->len; i++)
        {
          const IncTierBand *t = &g_array_index (st->tiers, IncTierBand, i);
          IncDec amount;
          CU_ASSERT_FATAL (inc_dec_mul (t->base, t->rate, &amount));
          EXPECT (dec_eq (amount, t->amount), "a tier band's amount is not base × rate");
          EXPECT (inc_dec_sign (t->base) >= 0, "a tier band has a negative base");
          CU_ASSERT_FATAL (inc_dec_add (bases, t->base, &bases) && inc_dec_add (amounts, t->amount, &amounts));
        }
      if (inc_dec_sign (s->weighted) >= 0 && plan->tiers->len > 0)
        EXPECT (dec_eq (bases, s->weighted), "the tier bands' bases do not add up to the weighted sales");
      if (st->has_threshold)
        {
          IncDec needed;
          CU_ASSERT_FATAL (inc_dec_mul (plan->threshold, s->target, &needed));
          EXPECT (dec_eq (needed, st->threshold_amount), "the threshold amount is not threshold × target");
          EXPECT (s->below_threshold == (inc_dec_cmp (s->weighted, needed) < 0), "the threshold test is wrong");
        }
      else
        EXPECT (!s->below_threshold, "below a threshold that does not apply");
      if (!s->below_threshold)
        sales_bonus = amounts;
    }
  else if (plan->has_rate)
    CU_ASSERT_FATAL (inc_dec_mul (s->weighted, plan->rate, &sales_bonus));
  if (inc_dec_sign (sales_bonus) < 0)
    sales_bonus = inc_dec_zero ();
  EXPECT (dec_eq (sales_bonus, s->sales_bonus_exact), "the tier amounts do not add up to the sales bonus");
  g_autofree char *shown_sales_bonus = inc_report_money (report, sales_bonus);
  EXPECT (strcmp (shown_sales_bonus, s->s_sales_bonus) == 0, "the sales bonus shown differs");

  /* customer credits */
  IncDec customer = inc_dec_zero ();
  EXPECT (st->credit_amounts->len == s->credited->len, "a customer credit is missing");
  for (guint i = 0; i < st->credit_amounts->len; i++)
    CU_ASSERT_FATAL (inc_dec_add (customer, g_array_index (st->credit_amounts, IncDec, i), &customer));
  EXPECT (dec_eq (customer, s->customer_bonus), "the customer credits do not add up to the customer bonus");

  /* + customers, the cap, one rounding */
  IncDec before_cap, after_cap, rounded;
  CU_ASSERT_FATAL (inc_dec_add (sales_bonus, customer, &before_cap));
  EXPECT (dec_eq (before_cap, s->bonus_before_cap), "sales + customer bonus is not the bonus before the cap");
  after_cap = plan->has_cap ? inc_dec_min (before_cap, plan->cap) : before_cap;
  EXPECT (s->capped == (plan->has_cap && inc_dec_cmp (before_cap, plan->cap) > 0), "capped is wrong");
  EXPECT (dec_eq (after_cap, st->bonus_after_cap), "the bonus after the cap is wrong");
  CU_ASSERT_FATAL (inc_dec_round (after_cap, plan->minor_digits, plan->rounding, &rounded));
  if (inc_dec_sign (rounded) < 0)
    rounded = inc_dec_make (0, plan->minor_digits);
  EXPECT (dec_eq (rounded, s->bonus), "the capped bonus rounded once is not the bonus");
  g_autofree char *shown_bonus = inc_dec_to_string (rounded, plan->minor_digits);
  EXPECT (strcmp (shown_bonus, s->s_bonus) == 0, "the bonus shown differs from the report");
  gint64 minor = 0;
  CU_ASSERT_FATAL (inc_dec_to_int64 (rounded, plan->minor_digits, &minor));
  EXPECT (minor == s->bonus_minor, "the bonus in minor units differs");

  /* rewards */
  IncDec non_cash = inc_dec_make (0, plan->minor_digits);
  for (guint i = 0; i < s->rewards->len; i++)
    CU_ASSERT_FATAL (inc_dec_add (non_cash, ((const IncReward *) s->rewards->pdata[i])->value, &non_cash));
  EXPECT (dec_eq (non_cash, st->non_cash), "the rewards' values do not add up to the non-cash value");
  g_autofree char *shown_non_cash = inc_report_money (report, non_cash);
  EXPECT (strcmp (shown_non_cash, s->s_non_cash) == 0, "the non-cash value shown differs");
  EXPECT (st->rewards->len == s->rewards->len, "a reward is missing from the statement");
  EXPECT (s->rewards->len == 0 || inc_dec_sign (s->weighted) > 0, "a reward without weighted sales");

  /* rank and the tie-break against the next employee */
  EXPECT (s->rank == index + 1, "the rank is not the place in the ranking");
  if (st->next)
    {
      const IncentiveStanding *n = st->next;
      int cw = inc_dec_cmp (s->weighted, n->weighted);
      switch (s->decided_by)
        {
        case INC_TIE_PRIMARY:
          if (!plan->rank_by_attainment)
            EXPECT (cw > 0, "decided by weighted sales, which are not higher");
          break;
        case INC_TIE_ATTAINMENT:
          EXPECT (cw == 0, "decided by attainment though weighted sales differ");
          break;
        case INC_TIE_LINES:
          EXPECT (cw == 0 && s->lines > n->lines, "decided by lines, which are not more");
          break;
        case INC_TIE_EMPLOYEE_ID:
          EXPECT (cw == 0 && s->lines == n->lines && strcmp (s->employee_id, n->employee_id) < 0,
                  "decided by employee id though something else differs");
          break;
        default:
          EXPECT (FALSE, "no rule decided the place against the next employee");
        }
    }
  else
    EXPECT (s->decided_by == INC_TIE_NONE, "the last employee has a tie-break");

  /* rejected lines: exactly the employee's */
  guint mine = 0;
  for (guint i = 0; i < report->rejected->len; i++)
    {
      const IncentiveRejection *r = report->rejected->pdata[i];
      mine += r->employee_id && strcmp (r->employee_id, s->employee_id) == 0;
    }
  EXPECT (mine == st->rejected->len, "the statement does not list exactly the employee's rejected lines");

  /* the JSON form carries the same figures */
  g_autofree char *json = incentive_statement_to_json (st);
  g_autoptr (JsonParser) parser = json_parser_new ();
  CU_ASSERT_FATAL (json_parser_load_from_data (parser, json, -1, NULL));
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  EXPECT (strcmp (json_object_get_string_member (json_object_get_object_member (root, "bonus"), "shown"),
                  s->s_bonus) == 0, "the JSON statement's bonus differs");
  EXPECT (strcmp (json_object_get_string_member (json_object_get_object_member (root, "weighted_sales"), "shown"),
                  s->s_weighted) == 0, "the JSON statement's weighted sales differ");
  g_autofree char *text = incentive_statement_to_text (st);
  g_autofree char *bonus_line = g_strdup_printf ("Bonus: %s %s.\n", s->s_bonus, plan->currency);
  EXPECT (strstr (text, bonus_line) != NULL, "the text statement does not state the bonus with its currency");
}

static void
check_report (IncentiveReport *report, const char *where)
{
  IncDec total = inc_dec_make (0, report->plan->minor_digits);
  for (guint i = 0; i < report->standings->len; i++)
    {
      check_adds_up (report, i, where);
      CU_ASSERT_FATAL (inc_dec_add (total, ((IncentiveStanding *) report->standings->pdata[i])->bonus, &total));
    }
  CU_ASSERT (dec_eq (total, report->bonus_total));
}

/* The plan, period and exports of a golden case's `args` (run from inside its folder). */
static gboolean
case_inputs (const char *dir, const char *args, char **plan, char **period, GPtrArray *files)
{
  g_auto (GStrv) argv = NULL;
  if (!g_shell_parse_argv (args, NULL, &argv, NULL) || strcmp (argv[0], "run") != 0)
    return FALSE;
  static const char *const with_value[] = { "--plan", "-p", "--period", "--output-dir", "-o", "--format",
                                            "-f", "--statements", "--employee", "-e", NULL };
  for (char **a = argv + 1; *a; a++)
    {
      if (strstr (*a, "$OUT"))
        continue;
      if (g_strv_contains (with_value, *a) && a[1])
        {
          if (strcmp (*a, "--plan") == 0 || strcmp (*a, "-p") == 0)
            *plan = g_build_filename (dir, a[1], NULL);
          else if (strcmp (*a, "--period") == 0)
            *period = g_strdup (a[1]);
          a++;
        }
      else if (g_str_has_prefix (*a, "--plan="))
        *plan = g_build_filename (dir, *a + 7, NULL);
      else if (g_str_has_prefix (*a, "--period="))
        *period = g_strdup (*a + 9);
      else if (**a != '-')
        g_ptr_array_add (files, g_build_filename (dir, *a, NULL));
    }
  g_ptr_array_add (files, NULL);
  return *plan != NULL;
}

/* ------------------------------------------------------------------------------------ */
/* Every golden case */

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
test_every_golden_case_adds_up (void)
{
  g_autofree char *cases = test_srcdir_path ("tests/cases");
  g_autoptr (GDir) dir = g_dir_open (cases, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while (dir && (name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  int cases_checked = 0;
  checked_employees = 0;
  failures_seen = 0;
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *case_dir = g_build_filename (cases, names->pdata[i], NULL);
      g_autofree char *args_path = g_build_filename (case_dir, "args", NULL);
      g_autofree char *args = NULL;
      if (!g_file_get_contents (args_path, &args, NULL, NULL) || !g_str_has_prefix (args, "run"))
        continue;
      g_autofree char *plan = NULL, *period = NULL;
      g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      if (!case_inputs (case_dir, g_strstrip (args), &plan, &period, files))
        continue;
      GError *error = NULL;
      g_autoptr (IncentiveReport) report = compute (plan, period, (const char *const *) files->pdata, &error);
      if (report == NULL)
        {
          /* a case that pins a refusal has no statement */
          g_clear_error (&error);
          continue;
        }
      check_report (report, names->pdata[i]);
      cases_checked++;
    }
  g_autoptr (IncentiveReport) fixture = fixture_report ();
  check_report (fixture, "statements fixture");
  g_printerr ("\n  %d golden cases and the fixture: %d statements checked, %d failures\n", cases_checked,
              checked_employees, failures_seen);
  CU_ASSERT (failures_seen == 0);
  CU_ASSERT (checked_employees >= 5);
}

/* ------------------------------------------------------------------------------------ */
/* The fixture's statements, word for word where it matters */

static char *
text_of (IncentiveReport *report, const char *id)
{
  g_autoptr (IncentiveStatement) st = incentive_report_get_statement (report, id, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  return incentive_statement_to_text (st);
}

#define ASSERT_HAS(text, needle)                                                                    \
  do                                                                                                \
    {                                                                                               \
      if (strstr ((text), (needle)) == NULL)                                                        \
        g_printerr ("\n  missing: %s\n", (needle));                                                 \
      CU_ASSERT_PTR_NOT_NULL (strstr ((text), (needle)));                                           \
    }                                                                                               \
  while (0)

static void
test_fixture_text (void)
{
  g_autoptr (IncentiveReport) report = fixture_report ();
  g_autofree char *e1 = text_of (report, "E1");
  ASSERT_HAS (e1, "Statement for Anna Berg (E1)\nOctober 2026 field sales, period 2026-10, money in EUR\n");
  ASSERT_HAS (e1, "  weight 2.5 *: 1 line, net 2000.00 EUR × 2.5 = 5000.00 EUR\n");
  ASSERT_HAS (e1, "  weight 1.3333: 1 line, net 30.00 EUR × 1.3333 = 39.999 EUR\n");
  ASSERT_HAS (e1, "Weighted sales: 5423.329 EUR exact, rounded once (half-up) → 5423.33 EUR.\n");
  ASSERT_HAS (e1, "Attainment: 5423.329 ÷ 4000.00 = 1.3558 (135.58%), four decimals, half-up.\n");
  ASSERT_HAS (e1, "Threshold: 80% of your target = 3200.00 EUR. Your weighted sales 5423.329 EUR reach it: met.\n");
  ASSERT_HAS (e1, "  100% to 150% (4000.00 to 6000.00 EUR): 1423.329 EUR × 4% = 56.93316 EUR\n");
  ASSERT_HAS (e1, "Sales bonus: 136.93316 EUR exact (the bands added up).\n");
  ASSERT_HAS (e1, "Cap: 100.00 EUR; your bonus is above it, so it is lowered to 100.00 EUR.\n");
  ASSERT_HAS (e1, "Bonus: 100.00 EUR.\n");
  ASSERT_HAS (e1, "  Concert tickets (tickets), value 120.00 EUR: condition attainment>=120%, met with attainment 135.5832%\n");
  ASSERT_HAS (e1, "Non-cash value (a benefit in kind for payroll): 1070.00 EUR.\n");
  ASSERT_HAS (e1, "  sales.csv line 11: bad number in unit_price: 'x' (not a number)\n");

  g_autofree char *e3 = text_of (report, "E3");
  ASSERT_HAS (e3, "Ahead of <script>alert(1)</script> (E2, rank 3): weighted sales are equal; your 2 accepted lines are more than their 1.\n");
  g_autofree char *e2 = text_of (report, "E2");
  ASSERT_HAS (e2, "Behind =HYPERLINK(\"x\") (E3, rank 2): weighted sales are equal; their 2 accepted lines are more than your 1.\n");
  ASSERT_HAS (e2, "No reward this period.\n");
  ASSERT_HAS (e2, "  sales.csv line 13: duplicate txn_id 'T5'");

  g_autofree char *e4 = text_of (report, "E4");
  ASSERT_HAS (e4, "You have no personal target this period, so there is no attainment.\n");
  ASSERT_HAS (e4, "Without a target the plan pays 1.5% on all weighted sales: 1234.56 EUR × 1.5% = 18.5184 EUR.\n");
  ASSERT_HAS (e4, "Rounded once to the currency's minor unit (half-up): 18.5184 → 18.52 EUR.\n");

  g_autofree char *e5 = text_of (report, "E5");
  ASSERT_HAS (e5, "Threshold: 80% of your target = 1600.00 EUR. Your weighted sales 0.00 EUR are below it: not met");
  ASSERT_HAS (e5, "Sales bonus: 0 EUR (threshold not met).\n");
  ASSERT_HAS (e5, "No reward this period (rewards need weighted sales above zero).\n");
}

static void
test_fixture_api (void)
{
  g_autoptr (IncentiveReport) report = fixture_report ();
  GError *error = NULL;
  g_autoptr (IncentiveStatement) st = incentive_report_get_statement (report, "E1", &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_weighted_sales_exact (st), "5423.329");
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_weighted_sales (st), "5423.33");
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_bonus_before_cap (st), "136.93316");
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_bonus_exact (st), "100.00");
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_bonus (st), "100.00");
  CU_ASSERT (incentive_statement_get_capped (st));
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_threshold_amount (st), "3200.00");
  CU_ASSERT_PTR_NULL (incentive_statement_get_previous_employee_id (st));
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_next_employee_id (st), "E3");
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_decided_by (st), "weighted_sales");

  g_autoptr (GPtrArray) bands = incentive_statement_get_weight_bands (st);
  CU_ASSERT_EQUAL_FATAL (bands->len, 4);
  IncentiveWeightBand *loco = bands->pdata[0];
  CU_ASSERT_STRING_EQUAL (loco->weight, "2.5");
  CU_ASSERT (loco->locomotive);
  CU_ASSERT_STRING_EQUAL (loco->weighted_sales, "5000.00");

  g_autoptr (GPtrArray) tiers = incentive_statement_get_tier_bands (st);
  CU_ASSERT_EQUAL_FATAL (tiers->len, 3);
  IncentiveTierBand *last = tiers->pdata[2];
  CU_ASSERT_STRING_EQUAL (last->from_attainment, "150%");
  CU_ASSERT_PTR_NULL (last->to_attainment);
  CU_ASSERT_STRING_EQUAL (((IncentiveTierBand *) tiers->pdata[1])->amount, "56.93316");

  g_autoptr (GPtrArray) rewards = incentive_statement_get_rewards (st);
  CU_ASSERT_EQUAL_FATAL (rewards->len, 3);
  IncentiveRewardGiven *gift = rewards->pdata[0];
  CU_ASSERT_STRING_EQUAL (gift->id, "gift-card");
  CU_ASSERT_STRING_EQUAL (gift->condition, "rank<=2");
  CU_ASSERT_STRING_EQUAL (gift->how_met, "rank 1");
  g_autoptr (IncentiveRewardGiven) copy = incentive_reward_given_copy (gift);
  CU_ASSERT_STRING_EQUAL (copy->value, "50.00");

  g_autoptr (GPtrArray) rejected = incentive_statement_get_rejected (st);
  CU_ASSERT_EQUAL_FATAL (rejected->len, 2);
  CU_ASSERT_EQUAL (incentive_rejection_get_line (rejected->pdata[0]), 10);

  g_autoptr (IncentiveStatement) e2 = incentive_report_get_statement (report, "E2", NULL);
  CU_ASSERT_STRING_EQUAL (incentive_statement_get_previous_decided_by (e2), "lines");
  g_autoptr (IncentiveStatement) e5 = incentive_report_get_statement (report, "E5", NULL);
  CU_ASSERT_FALSE (incentive_statement_get_threshold_met (e5));
  CU_ASSERT_PTR_NULL (incentive_statement_get_decided_by (e5));

  CU_ASSERT_PTR_NULL (incentive_report_get_statement (report, "E99", &error));
  CU_ASSERT (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT));
  CU_ASSERT_STRING_EQUAL (error->message, "no employee 'E99' in the report for 2026-10");
  g_clear_error (&error);
}

/* ------------------------------------------------------------------------------------ */
/* Rewards */

static void
test_rewards_in_report (void)
{
  g_autoptr (IncentiveReport) report = fixture_report ();
  g_autofree char *json = incentive_report_to_json (report);
  g_autoptr (JsonParser) parser = json_parser_new ();
  CU_ASSERT_FATAL (json_parser_load_from_data (parser, json, -1, NULL));
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *employees = json_object_get_array_member (root, "employees");
  /* E1 rank 1: rank<=2, employee of the month, attainment 135.58% >= 120% */
  JsonObject *e1 = json_array_get_object_element (employees, 0);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (e1, "employee_id"), "E1");
  JsonArray *r1 = json_object_get_array_member (e1, "rewards");
  CU_ASSERT_EQUAL_FATAL (json_array_get_length (r1), 3);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (json_array_get_object_element (r1, 1), "id"), "laptop");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (json_array_get_object_element (r1, 1), "value"), "900.00");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (e1, "non_cash_value"), "1070.00");
  /* E3 rank 2 by lines: only rank<=2; E2 rank 3: none; E5 sold nothing: none */
  JsonObject *e3 = json_array_get_object_element (employees, 1);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (e3, "non_cash_value"), "50.00");
  JsonObject *e2 = json_array_get_object_element (employees, 2);
  CU_ASSERT_EQUAL (json_array_get_length (json_object_get_array_member (e2, "rewards")), 0);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (json_object_get_object_member (root, "totals"),
                                                         "non_cash_value"), "1120.00");

  g_autofree char *csv = inc_report_to_rewards_csv (report);
  CU_ASSERT_STRING_EQUAL (csv, "employee_id,name,period,reward,category,value\n"
                               "E1,Anna Berg,2026-10,gift-card,gift-certificate,50.00\n"
                               "E1,Anna Berg,2026-10,laptop,equipment,900.00\n"
                               "E1,Anna Berg,2026-10,tickets,tickets,120.00\n"
                               "E3,\"'=HYPERLINK(\"\"x\"\")\",2026-10,gift-card,gift-certificate,50.00\n");
  g_autofree char *payroll = incentive_report_to_payroll_csv (report);
  CU_ASSERT_PTR_NOT_NULL (strstr (payroll, "\nE1,Anna Berg,2026-10,EUR,100.00,1070.00\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (payroll, "\nE5,Emil Idle,2026-10,EUR,0.00,0.00\n"));
  g_autofree char *table = incentive_report_to_table (report);
  CU_ASSERT_PTR_NOT_NULL (strstr (table, "Rewards:\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (table, "  Anna Berg (E1): Bookstore gift certificate 50.00 EUR, Laptop 900.00 EUR, "
                                         "Concert tickets 120.00 EUR; non-cash value 1070.00 EUR\n"));
}

/* Writes a plan with one [reward:x] group of KEYS (and EXTRA groups) and loads it. */
static char *
reward_plan_error (const char *keys, const char *extra)
{
  g_autofree char *dir = g_dir_make_tmp ("incentive-rewards-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.ini", NULL);
  g_autofree char *text = g_strdup_printf ("[plan]\nname=P\nperiod=2026-10\ncurrency=EUR\n\n"
                                           "[bonus]\ntiers=0%%:2%%\n\n%s\n[reward:x]\n%s", extra, keys);
  CU_ASSERT_FATAL (g_file_set_contents (path, text, -1, NULL));
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (path, &error);
  g_unlink (path);
  g_rmdir (dir);
  if (plan)
    return g_strdup ("loaded");
  CU_ASSERT (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN));
  char *msg = g_strdup (error->message);
  g_error_free (error);
  return msg;
}

static void
test_rewards_refused (void)
{
  struct { const char *keys, *extra, *expected; } cases[] = {
    { "category=clothing\nvalue=10\nfor=rank<=1\n", "",
      "[reward:x] category='clothing': personal items, clothing and jewellery are never given as rewards" },
    { "category=Jewelry\nvalue=10\nfor=rank<=1\n", "",
      "[reward:x] category='Jewelry': personal items, clothing and jewellery are never given as rewards" },
    { "category=personal-items\nvalue=10\nfor=rank<=1\n", "",
      "[reward:x] category='personal-items': personal items, clothing and jewellery are never given as rewards" },
    { "category=tickets\nvalue=10\nfor=rank<=1\n", "[rewards]\nforbidden-categories=Tickets; experience\n",
      "[reward:x] category='tickets': the category is listed in [rewards] forbidden-categories" },
    { "category=cars\nvalue=10\nfor=rank<=1\n", "",
      "[reward:x] category='cars': unknown category (equipment, gift-certificate, tickets, experience or other)" },
    { "category=other\nvalue=ten\nfor=rank<=1\n", "", NULL },
    { "category=other\nvalue=10.001\nfor=rank<=1\n", "",
      "[reward:x] value='10.001': more decimals than the currency has" },
    { "category=other\nvalue=10\nfor=rank<=0\n", "",
      "[reward:x] for='rank<=0': expected rank<=N with a whole N from 1" },
    { "category=other\nvalue=10\nfor=sales>=5\n", "",
      "[reward:x] for='sales>=5': unknown condition (expected employee-of-the-month, rank<=N, attainment>=X% or new-customers>=N)" },
    { "category=other\nvalue=10\nfor=rank<=3;attainment>=100%\n", "",
      "[reward:x] for='rank<=3;attainment>=100%': a reward has exactly one condition (write a second [reward:ID] for another)" },
    { "category=other\nvalue=10\n", "", "[reward:x] for: missing: the one condition that earns the reward" },
    { "category=other\nvalue=10\nfor=rank<=3\n", "[reward:X]\ncategory=other\nvalue=1\nfor=rank<=1\n",
      "group [reward:x] appears more than once" },
    { "category=Equipment\nvalue=10\nfor=attainment>=110%\n", "", "loaded" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *msg = reward_plan_error (cases[i].keys, cases[i].extra);
      if (cases[i].expected == NULL)
        {
          CU_ASSERT_PTR_NOT_NULL (strstr (msg, "[reward:x] value"));
          continue;
        }
      /* the message starts with the plan's temporary path */
      if (!g_str_has_suffix (msg, cases[i].expected))
        g_printerr ("\n  case %u: got '%s'\n", i, msg);
      CU_ASSERT (g_str_has_suffix (msg, cases[i].expected));
    }
}

/* ------------------------------------------------------------------------------------ */
/* Statement files */

static void
test_file_names (void)
{
  struct { const char *id, *name; } cases[] = {
    { "E1", "E1" },         { "../x", "%2E.%2Fx" }, { "a/b", "a%2Fb" },   { ".hidden", "%2Ehidden" },
    { "..", "%2E." },       { "a%2Fb", "a%252Fb" }, { "a\nb", "a%0Ab" },  { "x\\y", "x%5Cy" },
    { "Łu", "%C5%81u" },    { "a b", "a%20b" },     { "v1.2", "v1.2" },   { "-_", "-_" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = incentive_statement_file_name (cases[i].id, NULL);
      CU_ASSERT_PTR_NOT_NULL_FATAL (name);
      CU_ASSERT_STRING_EQUAL (name, cases[i].name);
    }
  GError *error = NULL;
  CU_ASSERT_PTR_NULL (incentive_statement_file_name ("", &error));
  CU_ASSERT (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT));
  CU_ASSERT_STRING_EQUAL (error->message, "an empty employee id cannot name a statement file");
  g_clear_error (&error);
  g_autofree char *long_id = g_strnfill (201, 'a');
  CU_ASSERT_PTR_NULL (incentive_statement_file_name (long_id, &error));
  CU_ASSERT (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT));
  g_clear_error (&error);
}

static void
test_write_statements_stay_inside (void)
{
  g_autofree char *plan_path = test_srcdir_path (FIXTURE "/unsafe/plan.ini");
  g_autofree char *sales = test_srcdir_path (FIXTURE "/unsafe/sales.csv");
  const char *files[] = { sales, NULL };
  GError *error = NULL;
  g_autoptr (IncentiveReport) report = compute (plan_path, NULL, files, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (report);
  CU_ASSERT_EQUAL (report->standings->len, 4);

  g_autofree char *top = g_dir_make_tmp ("incentive-statements-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (top, "out", NULL);
  CU_ASSERT_FATAL (incentive_report_write_statements (report, out, &error));

  /* only OUT in TOP; in OUT, exactly the encoded names */
  g_autoptr (GDir) t = g_dir_open (top, 0, NULL);
  CU_ASSERT_STRING_EQUAL (g_dir_read_name (t), "out");
  CU_ASSERT_PTR_NULL (g_dir_read_name (t));
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) o = g_dir_open (out, 0, NULL);
  const char *n;
  while ((n = g_dir_read_name (o)))
    g_ptr_array_add (names, g_strdup (n));
  g_ptr_array_sort (names, compare_names);
  static const char *const expected[] = { "%2E.%2Fx.json", "%2E.%2Fx.txt", "%2Ehidden.json", "%2Ehidden.txt",
                                          "E1.json", "E1.txt", "a%2Fb.json", "a%2Fb.txt" };
  CU_ASSERT_EQUAL_FATAL (names->len, G_N_ELEMENTS (expected));
  for (guint i = 0; i < names->len; i++)
    CU_ASSERT_STRING_EQUAL (names->pdata[i], expected[i]);

  g_autofree char *path = g_build_filename (out, "%2E.%2Fx.txt", NULL);
  g_autofree char *text = NULL;
  CU_ASSERT_FATAL (g_file_get_contents (path, &text, NULL, NULL));
  CU_ASSERT (g_str_has_prefix (text, "Statement for ../x (../x)\n"));

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *p = g_build_filename (out, names->pdata[i], NULL);
      g_unlink (p);
    }
  g_rmdir (out);
  g_rmdir (top);
}

static const TestCase adds_up_tests[] = {
  { "every employee of every golden case", test_every_golden_case_adds_up },
  { NULL, NULL }
};
static const TestCase fixture_tests[] = {
  { "text statement", test_fixture_text },
  { "statement API", test_fixture_api },
  { NULL, NULL }
};
static const TestCase reward_tests[] = {
  { "rewards in report.json, rewards.csv, payroll.csv, table", test_rewards_in_report },
  { "forbidden and malformed rewards refuse the plan", test_rewards_refused },
  { NULL, NULL }
};
static const TestCase file_tests[] = {
  { "file names", test_file_names },
  { "statements never leave their folder", test_write_statements_stay_inside },
  { NULL, NULL }
};
static const TestSuite suites[] = {
  { "statements add up", adds_up_tests },
  { "fixture statements", fixture_tests },
  { "rewards", reward_tests },
  { "statement files", file_tests },
  { NULL, NULL }
};

int
main (void)
{
  return run_test_suites (suites);
}
