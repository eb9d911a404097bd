/* test-plan.c — loading a plan with its catalogue and employees, and refusing every plan
 * that would silently change somebody's pay, with a message that names the place. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cunit-helpers.h"
#include "money/dates-private.h"
#include "incentive/incentive-error.h"
#include "plan/plan-private.h"
#include "plan/plan-tables-private.h"

static const char base_ini[] =
  "# a full plan\n"
  "[plan]\n"
  "name=October field sales\n"
  "period=2026-10\n"
  "currency=EUR\n"
  "rounding=half-even\n"
  "target=250000.00\n"
  "products=products.csv\n"
  "employees=employees.csv\n"
  "rank-by=attainment\n"
  "\n"
  "[weights]\n"
  "default=1.0\n"
  "locomotive=2.5\n"
  "\n"
  "[bonus]\n"
  "tiers=0%:2%;100%:4%;150%:6%\n"
  "threshold=80%\n"
  "cap=5000.00\n"
  "rate=2%\n"
  "\n"
  "[recognition]\n"
  "title=Best of the month\n"
  "min-attainment=100%\n";

static const char base_products[] =
  "product_id,name,category,weight,locomotive\n"
  "P1,Drill,tools,1.5,no\n"
  "P2,Tractor,machines,,yes\n"
  "P3,Saw,tools,,no\n"
  "P4,Crane,machines,3.25,yes\n"
  "P5,,tools,0.0001,true\n"
  "P6,Nail,tools,0,0\n";

static const char base_employees[] =
  "employee_id,name,target,team\n"
  "E1,Anna,10000.00,north\n"
  "E2,Boris,,south\n"
  "E3,,5000,north\n";

typedef struct {
  char *dir;
  char *plan_path;
} PlanDir;

static void
write_file (const char *dir, const char *name, const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_mkdir_with_parents (parent, 0700);
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, contents, -1, NULL));
}

/* A temporary folder with plan.ini and, where given, products.csv and employees.csv. */
static PlanDir
plan_dir (const char *ini, const char *products, const char *employees)
{
  PlanDir pd = { 0 };
  pd.dir = g_dir_make_tmp ("test-plan-XXXXXX", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (pd.dir);
  pd.plan_path = g_build_filename (pd.dir, "plan.ini", NULL);
  write_file (pd.dir, "plan.ini", ini);
  if (products)
    write_file (pd.dir, "products.csv", products);
  if (employees)
    write_file (pd.dir, "employees.csv", employees);
  return pd;
}

static void
plan_dir_free (PlanDir *pd)
{
  remove_tree (pd->dir);
  g_free (pd->dir);
  g_free (pd->plan_path);
}

/* BASE with the line starting with FROM replaced by TO ("" drops it); when FROM is not
 * found, TO is inserted after the line AFTER. */
static char *
edit (const char *base, const char *from, const char *to)
{
  g_auto (GStrv) lines = g_strsplit (base, "\n", -1);
  GString *out = g_string_new (NULL);
  gboolean done = FALSE;
  for (char **l = lines; *l; l++)
    {
      if (!done && from && g_str_has_prefix (*l, from))
        {
          done = TRUE;
          if (*to)
            g_string_append_printf (out, "%s\n", to);
          continue;
        }
      if (**l || l[1])
        g_string_append_printf (out, "%s\n", *l);
    }
  CU_ASSERT_TRUE (done);
  return g_string_free (out, FALSE);
}

/* The message with the temporary folder written as DIR. */
static char *
message_of (const GError *error, const PlanDir *pd)
{
  if (error == NULL)
    return g_strdup ("(no error)");
  GString *s = g_string_new (error->message);
  g_string_replace (s, pd->dir, "DIR", 0);
  return g_string_free (s, FALSE);
}

static void
assert_refused_code (const char *ini, const char *products, const char *employees, int code,
                     const char *expected)
{
  PlanDir pd = plan_dir (ini, products, employees);
  GError *error = NULL;
  IncentivePlan *plan = incentive_plan_load (pd.plan_path, &error);
  CU_ASSERT_PTR_NULL (plan);
  if (plan)
    incentive_plan_unref (plan);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, code));
  g_autofree char *msg = message_of (error, &pd);
  CU_ASSERT_STRING_EQUAL (msg, expected);
  if (strcmp (msg, expected) != 0)
    fprintf (stderr, "\n  got:      %s\n  expected: %s\n", msg, expected);
  g_clear_error (&error);
  plan_dir_free (&pd);
}

static void
assert_refused (const char *ini, const char *products, const char *employees, const char *expected)
{
  assert_refused_code (ini, products, employees, INCENTIVE_ERROR_INVALID_PLAN, expected);
}

/* The base plan with one line of plan.ini replaced. */
static void
assert_ini_refused (const char *from, const char *to, const char *expected)
{
  g_autofree char *ini = edit (base_ini, from, to);
  assert_refused (ini, base_products, base_employees, expected);
}

static IncentivePlan *
load_ok (const char *ini, const char *products, const char *employees, PlanDir *pd)
{
  *pd = plan_dir (ini, products, employees);
  GError *error = NULL;
  IncentivePlan *plan = incentive_plan_load (pd->plan_path, &error);
  if (error)
    fprintf (stderr, "\nunexpected: %s\n", error->message);
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  return plan;
}

static void
assert_dec (IncDec d, int scale, const char *expected)
{
  g_autofree char *s = inc_dec_to_string (d, scale);
  CU_ASSERT_STRING_EQUAL (s, expected);
  if (strcmp (s, expected) != 0)
    fprintf (stderr, "\n  got %s, expected %s\n", s, expected);
}

static void
test_full_plan (void)
{
  PlanDir pd;
  IncentivePlan *plan = load_ok (base_ini, base_products, base_employees, &pd);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);

  CU_ASSERT_STRING_EQUAL (incentive_plan_get_name (plan), "October field sales");
  CU_ASSERT_STRING_EQUAL (incentive_plan_get_period (plan), "2026-10");
  CU_ASSERT_STRING_EQUAL (incentive_plan_get_currency (plan), "EUR");
  CU_ASSERT_EQUAL (incentive_plan_get_minor_digits (plan), 2);
  CU_ASSERT_STRING_EQUAL (incentive_plan_get_title (plan), "Best of the month");
  CU_ASSERT_PTR_NULL (incentive_plan_get_history_path (plan));
  CU_ASSERT_EQUAL (plan->rounding, INC_ROUND_HALF_EVEN);
  CU_ASSERT_TRUE (plan->rank_by_attainment);
  CU_ASSERT_TRUE (plan->has_target);
  assert_dec (plan->target, 2, "250000.00");

  /* Weights: listed; locomotive without a weight → [weights] locomotive; not flagged and
   * no weight → default; not listed → default. */
  const IncProduct *p = NULL;
  assert_dec (inc_plan_weight_of (plan, "P1", &p), 4, "1.5000");
  CU_ASSERT_PTR_NOT_NULL_FATAL (p);
  CU_ASSERT_STRING_EQUAL (p->name, "Drill");
  CU_ASSERT_STRING_EQUAL (p->category, "tools");
  CU_ASSERT_FALSE (p->locomotive);
  assert_dec (inc_plan_weight_of (plan, "P2", &p), 4, "2.5000");
  CU_ASSERT_TRUE (p->locomotive);
  assert_dec (inc_plan_weight_of (plan, "P3", &p), 4, "1.0000");
  assert_dec (inc_plan_weight_of (plan, "P4", &p), 4, "3.2500");
  CU_ASSERT_TRUE (p->locomotive);
  assert_dec (inc_plan_weight_of (plan, "P5", &p), 4, "0.0001");
  CU_ASSERT_STRING_EQUAL (p->name, "P5"); /* an empty name is the id */
  CU_ASSERT_TRUE (p->locomotive);
  assert_dec (inc_plan_weight_of (plan, "P6", &p), 4, "0.0000");
  assert_dec (inc_plan_weight_of (plan, "PX", &p), 4, "1.0000");
  CU_ASSERT_PTR_NULL (p);
  /* Ids match exactly, case included. */
  inc_plan_weight_of (plan, "p1", &p);
  CU_ASSERT_PTR_NULL (p);
  CU_ASSERT_EQUAL (g_hash_table_size (plan->products), 6);

  /* Targets, names and order. */
  CU_ASSERT_EQUAL_FATAL (plan->employees->len, 3);
  const IncEmployee *e1 = plan->employees->pdata[0], *e2 = plan->employees->pdata[1],
                    *e3 = plan->employees->pdata[2];
  CU_ASSERT_STRING_EQUAL (e1->id, "E1");
  CU_ASSERT_STRING_EQUAL (e1->name, "Anna");
  CU_ASSERT_TRUE (e1->has_target);
  assert_dec (e1->target, 2, "10000.00");
  CU_ASSERT_STRING_EQUAL (e2->name, "Boris");
  CU_ASSERT_FALSE (e2->has_target);
  CU_ASSERT_STRING_EQUAL (e3->name, "E3");
  CU_ASSERT_TRUE (e3->has_target);
  assert_dec (e3->target, 2, "5000.00");
  CU_ASSERT_EQUAL (e3->position, 2);
  CU_ASSERT_PTR_EQUAL (g_hash_table_lookup (plan->employee_index, "E2"), e2);

  /* Tiers, ascending, as fractions. */
  CU_ASSERT_EQUAL_FATAL (plan->tiers->len, 3);
  const char *from[] = { "0.0000", "1.0000", "1.5000" }, *rate[] = { "0.0200", "0.0400", "0.0600" };
  for (guint i = 0; i < 3; i++)
    {
      assert_dec (g_array_index (plan->tiers, IncTier, i).from, 4, from[i]);
      assert_dec (g_array_index (plan->tiers, IncTier, i).rate, 4, rate[i]);
    }
  CU_ASSERT_TRUE (plan->has_threshold);
  assert_dec (plan->threshold, 4, "0.8000");
  CU_ASSERT_TRUE (plan->has_cap);
  assert_dec (plan->cap, 2, "5000.00");
  CU_ASSERT_TRUE (plan->has_rate);
  assert_dec (plan->rate, 4, "0.0200");
  CU_ASSERT_TRUE (plan->has_min_attainment);
  assert_dec (plan->min_attainment, 4, "1.0000");

  /* Paths are relative to the plan file's folder. */
  g_autofree char *products_path = g_build_filename (pd.dir, "products.csv", NULL);
  CU_ASSERT_STRING_EQUAL (plan->products_path, products_path);

  /* The boxed type copies by reference. */
  IncentivePlan *copy = g_boxed_copy (INCENTIVE_TYPE_PLAN, plan);
  CU_ASSERT_PTR_EQUAL (copy, plan);
  g_boxed_free (INCENTIVE_TYPE_PLAN, copy);

  incentive_plan_unref (plan);
  plan_dir_free (&pd);
}

static void
test_minimal_plan (void)
{
  PlanDir pd;
  IncentivePlan *plan = load_ok ("[plan]\ncurrency=JPY\n", NULL, NULL, &pd);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);
  CU_ASSERT_STRING_EQUAL (incentive_plan_get_name (plan), "plan"); /* the file's name */
  CU_ASSERT_PTR_NULL (incentive_plan_get_period (plan));
  CU_ASSERT_EQUAL (incentive_plan_get_minor_digits (plan), 0);
  CU_ASSERT_EQUAL (plan->rounding, INC_ROUND_HALF_UP);
  CU_ASSERT_FALSE (plan->has_target);
  CU_ASSERT_FALSE (plan->has_rate);
  CU_ASSERT_EQUAL (plan->tiers->len, 0);
  CU_ASSERT_PTR_NULL (plan->employees);
  CU_ASSERT_STRING_EQUAL (incentive_plan_get_title (plan), "Employee of the month");
  assert_dec (inc_plan_weight_of (plan, "anything", NULL), 4, "1.0000");
  CU_ASSERT_EQUAL (plan->rewards->len, 0);
  incentive_plan_unref (plan);
  plan_dir_free (&pd);
}

/* A byte-order mark (Windows editors write one) is skipped; amounts may group thousands. */
static void
test_bom_and_grouped_amounts (void)
{
  PlanDir pd;
  IncentivePlan *plan = load_ok ("\xEF\xBB\xBF[plan]\ncurrency=EUR\ntarget=250,000.00\nemployees=employees.csv\n"
                                 "[bonus]\ncap=5,000\n",
                                 NULL, "employee_id,name,target\nE1,Ann,\"30,000.50\"\n", &pd);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);
  assert_dec (plan->target, 2, "250000.00");
  assert_dec (plan->cap, 0, "5000");
  IncEmployee *e = g_hash_table_lookup (plan->employee_index, "E1");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  assert_dec (e->target, 2, "30000.50");
  incentive_plan_unref (plan);
  plan_dir_free (&pd);
}

static void
test_weights_without_locomotive_key (void)
{
  /* Without [weights] locomotive a flagged product without a weight takes the default. */
  g_autofree char *ini = edit (base_ini, "locomotive=", "");
  g_autofree char *ini2 = edit (ini, "default=", "default=0.5");
  PlanDir pd;
  IncentivePlan *plan = load_ok (ini2, base_products, base_employees, &pd);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);
  assert_dec (inc_plan_weight_of (plan, "P2", NULL), 4, "0.5000");
  assert_dec (inc_plan_weight_of (plan, "P3", NULL), 4, "0.5000");
  assert_dec (inc_plan_weight_of (plan, "P4", NULL), 4, "3.2500");
  assert_dec (inc_plan_weight_of (plan, "nope", NULL), 4, "0.5000");
  incentive_plan_unref (plan);
  plan_dir_free (&pd);
}

static void
test_columns_accept_any_key (void)
{
  g_autofree char *ini = g_strconcat (base_ini, "[columns]\nemployee_id=Manager\nsomething-else=X\n", NULL);
  PlanDir pd;
  IncentivePlan *plan = load_ok (ini, base_products, base_employees, &pd);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);
  CU_ASSERT_STRING_EQUAL (plan->column_headers[INC_COL_EMPLOYEE], "Manager");
  CU_ASSERT_PTR_NULL (plan->column_headers[INC_COL_DATE]);
  incentive_plan_unref (plan);
  plan_dir_free (&pd);
}

static void
test_relative_paths (void)
{
  /* The plan lives in a subfolder and names its tables relative to that folder, not to
   * the working directory. */
  PlanDir pd = plan_dir ("[plan]\ncurrency=EUR\n", NULL, NULL);
  write_file (pd.dir, "sub/plan.ini",
              "[plan]\ncurrency=EUR\nproducts=tables/products.csv\nemployees=../staff.csv\n");
  write_file (pd.dir, "sub/tables/products.csv", "product_id,weight\nQ1,2\n");
  write_file (pd.dir, "staff.csv", "employee_id,target\nS1,100\n");
  g_autofree char *path = g_build_filename (pd.dir, "sub", "plan.ini", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  CU_ASSERT_EQUAL (g_chdir ("/"), 0);
  GError *error = NULL;
  IncentivePlan *plan = incentive_plan_load (path, &error);
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  CU_ASSERT_PTR_NOT_NULL (plan);
  if (plan)
    {
      assert_dec (inc_plan_weight_of (plan, "Q1", NULL), 4, "2.0000");
      CU_ASSERT_EQUAL (plan->employees->len, 1);
      incentive_plan_unref (plan);
    }

  /* A relative plan path works from the plan's own folder too. */
  g_autofree char *sub = g_build_filename (pd.dir, "sub", NULL);
  CU_ASSERT_EQUAL (g_chdir (sub), 0);
  plan = incentive_plan_load ("plan.ini", &error);
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  CU_ASSERT_PTR_NOT_NULL (plan);
  if (plan)
    {
      assert_dec (inc_plan_weight_of (plan, "Q1", NULL), 4, "2.0000");
      incentive_plan_unref (plan);
    }
  CU_ASSERT_EQUAL (g_chdir (cwd), 0);
  plan_dir_free (&pd);
}

static void
test_unknown_group_and_key (void)
{
  g_autofree char *ini = g_strconcat (base_ini, "[bonuses]\ncap=1\n", NULL);
  assert_refused (ini, base_products, base_employees,
                  "DIR/plan.ini: [bonuses]: unknown group (known: plan, weights, bonus, "
                  "recognition, columns, customers, rewards, reward:ID)");
  assert_ini_refused ("rate=", "rates=2%",
                      "DIR/plan.ini: [bonus] rates: unknown key (known in [bonus]: tiers, "
                      "threshold, cap, rate)");
  assert_ini_refused ("name=", "nmae=x",
                      "DIR/plan.ini: [plan] nmae: unknown key (known in [plan]: name, period, "
                      "currency, rounding, target, products, employees, rank-by, delimiter, "
                      "decimal-separator, date-format, encoding, history, late-lines)");
  assert_refused ("[weights]\ndefault=1\n", NULL, NULL, "DIR/plan.ini: [plan]: missing group");
  assert_refused ("[plan]\ncurrency=EUR\n[Plan]\nname=x\n", NULL, NULL,
                  "DIR/plan.ini line 3: group [Plan] appears more than once");
  assert_refused ("[plan]\ncurrency=EUR\n[bonus]\nrate=1%\n[bonus]\ncap=5\n", NULL, NULL,
                  "DIR/plan.ini line 5: group [bonus] appears more than once");
  /* A key given twice: GKeyFile would keep the last without a word. */
  assert_refused ("[plan]\ncurrency=EUR\n# comment=1\ntarget=100\n\n target = 200\n", NULL, NULL,
                  "DIR/plan.ini line 6: [plan] target is given more than once");
  assert_refused ("[plan]\ncurrency=EUR\n[reward:a]\nvalue=1\n[reward:b]\nvalue=1\nvalue=2\n", NULL, NULL,
                  "DIR/plan.ini line 7: [reward:b] value is given more than once");
  /* The same key in two groups is fine, and so is a line GKeyFile itself refuses. */
  assert_refused ("[plan]\ncurrency=EUR\n[reward:a]\ncategory=other\nvalue=1\nfor=rank<=1\n"
                  "[reward:b]\ncategory=other\nvalue=1\nfor=rank<=x\n", NULL, NULL,
                  "DIR/plan.ini: [reward:b] for='rank<=x': expected rank<=N with a whole N from 1");
  /* GLib words this one; only the start is ours. */
  PlanDir pd = plan_dir ("[plan]\ncurrency=EUR\nno equals sign\n", NULL, NULL);
  GError *error = NULL;
  CU_ASSERT_PTR_NULL (incentive_plan_load (pd.plan_path, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN));
  g_autofree char *msg = message_of (error, &pd);
  CU_ASSERT_TRUE (g_str_has_prefix (msg, "DIR/plan.ini: ") && strstr (msg, "no equals sign") != NULL);
  g_clear_error (&error);
  plan_dir_free (&pd);
}

static void
test_bad_values (void)
{
  assert_ini_refused ("tiers=", "tiers=0%-2%",
                      "DIR/plan.ini: [bonus] tiers='0%-2%': expected attainment:rate pairs "
                      "separated by ';' (0%:2%;100%:4%)");
  assert_ini_refused ("tiers=", "tiers=0%:2%;100%:x",
                      "DIR/plan.ini: [bonus] tiers='0%:2%;100%:x': '100%:x': not a number");
  assert_ini_refused ("tiers=", "tiers=0%:2%;150%:6%;100%:4%",
                      "DIR/plan.ini: [bonus] tiers='0%:2%;150%:6%;100%:4%': the brackets must "
                      "start at ascending attainments");
  assert_ini_refused ("tiers=", "tiers=0%:2%;100%:4%;1:5%",
                      "DIR/plan.ini: [bonus] tiers='0%:2%;100%:4%;1:5%': the brackets must "
                      "start at ascending attainments");
  assert_ini_refused ("tiers=", "tiers=0%:-2%",
                      "DIR/plan.ini: [bonus] tiers='0%:-2%': attainments and rates must not be negative");
  assert_ini_refused ("tiers=", "tiers=",
                      "DIR/plan.ini: [bonus] tiers='': no tier given");
  assert_ini_refused ("tiers=", "tiers=50%:2%;100%:4%",
                      "DIR/plan.ini: [bonus] tiers='50%:2%;100%:4%': the first bracket must start "
                      "at 0% (a minimum attainment is [bonus] threshold)");
  assert_ini_refused ("rounding=", "rounding=bankers",
                      "DIR/plan.ini: [plan] rounding='bankers': expected half-up or half-even");
  assert_ini_refused ("currency=", "currency=EURO",
                      "DIR/plan.ini: [plan] currency='EURO': not an ISO 4217 currency code");
  assert_ini_refused ("currency=", "currency=XXX",
                      "DIR/plan.ini: [plan] currency='XXX': not an ISO 4217 currency code");
  assert_ini_refused ("currency=", "",
                      "DIR/plan.ini: [plan] currency: missing: the ISO 4217 currency code decides "
                      "the minor units (EUR, JPY, KWD)");
  assert_ini_refused ("period=", "period=2026-13",
                      "DIR/plan.ini: [plan] period='2026-13': expected YYYY-MM");
  assert_ini_refused ("period=", "period=10/2026",
                      "DIR/plan.ini: [plan] period='10/2026': expected YYYY-MM");
  assert_ini_refused ("period=", "period=2026-1",
                      "DIR/plan.ini: [plan] period='2026-1': expected YYYY-MM");
  assert_ini_refused ("period=", "period=0000-10",
                      "DIR/plan.ini: [plan] period='0000-10': expected YYYY-MM");
  assert_ini_refused ("target=", "target=0",
                      "DIR/plan.ini: [plan] target='0': must be an amount above zero");
  /* ',' may group thousands in plan amounts, in groups of three only. */
  assert_ini_refused ("target=", "target=1,00",
                      "DIR/plan.ini: [plan] target='1,00': bad thousands grouping");
  assert_ini_refused ("target=", "target=1.000,00",
                      "DIR/plan.ini: [plan] target='1.000,00': not a number");
  assert_ini_refused ("rank-by=", "rank-by=sales",
                      "DIR/plan.ini: [plan] rank-by='sales': expected contribution or attainment");
  assert_ini_refused ("default=", "default=1.00005",
                      "DIR/plan.ini: [weights] default='1.00005': a weight has at most four decimals");
  assert_ini_refused ("default=", "default=-1",
                      "DIR/plan.ini: [weights] default='-1': a weight must not be negative");
  assert_ini_refused ("threshold=", "threshold=-5%",
                      "DIR/plan.ini: [bonus] threshold='-5%': must not be negative");
  assert_ini_refused ("cap=", "cap=5%",
                      "DIR/plan.ini: [bonus] cap='5%': not a number");
}

static void
test_bad_products (void)
{
  g_autofree char *bad_weight = edit (base_products, "P3,", "P3,Saw,tools,abc,no");
  assert_refused (base_ini, bad_weight, base_employees,
                  "products.csv line 4: bad weight 'abc': not a number");
  g_autofree char *decimals = edit (base_products, "P3,", "P3,Saw,tools,1.23456,no");
  assert_refused (base_ini, decimals, base_employees,
                  "products.csv line 4: bad weight '1.23456': a weight has at most four decimals");
  /* Trailing zeros beyond four decimals change nothing. */
  g_autofree char *zeros = edit (base_products, "P3,", "P3,Saw,tools,1.230000,no");
  PlanDir pd;
  IncentivePlan *plan = load_ok (base_ini, zeros, base_employees, &pd);
  CU_ASSERT_PTR_NOT_NULL (plan);
  if (plan)
    assert_dec (inc_plan_weight_of (plan, "P3", NULL), 4, "1.2300");
  incentive_plan_unref (plan);
  plan_dir_free (&pd);

  g_autofree char *negative = edit (base_products, "P3,", "P3,Saw,tools,-1,no");
  assert_refused (base_ini, negative, base_employees,
                  "products.csv line 4: bad weight '-1': a weight must not be negative");
  g_autofree char *dup = g_strconcat (base_products, "\nP2,Again,machines,1,no\n", NULL);
  assert_refused (base_ini, dup, base_employees, "products.csv line 9: duplicate product_id 'P2'");
  g_autofree char *loco = edit (base_products, "P3,", "P3,Saw,tools,,maybe");
  assert_refused (base_ini, loco, base_employees,
                  "products.csv line 4: bad locomotive 'maybe' (expected yes or no)");
  g_autofree char *empty_id = edit (base_products, "P3,", " ,Saw,tools,,no");
  assert_refused (base_ini, empty_id, base_employees, "products.csv line 4: empty product_id");
  g_autofree char *fields = edit (base_products, "P3,", "P3,Saw,tools");
  assert_refused (base_ini, fields, base_employees, "products.csv line 4: 3 fields, the header has 5");
  assert_refused (base_ini, "id,weight\nP1,2\n", base_employees,
                  "products.csv line 1: missing column 'product_id' (found: id, weight)");
  assert_refused (base_ini, "", base_employees,
                  "products.csv line 1: the file is empty (a header row is required)");
  assert_refused (base_ini, "product_id,weight\nP1,\"2\n", base_employees,
                  "products.csv line 2: unterminated quoted field: the quote opened in the record "
                  "on this line is never closed, so lines 2 to 2 cannot be read as records");
  assert_refused (base_ini, "product_id,weight\nP\"1,2\nP2,3\n", base_employees,
                  "products.csv line 2: malformed quotes (a quote inside an unquoted field, or "
                  "text after a closing quote)");
}

static void
test_bad_employees (void)
{
  g_autofree char *dup = g_strconcat (base_employees, "E1,Anna again,1,west\n", NULL);
  assert_refused (base_ini, base_products, dup, "employees.csv line 5: duplicate employee_id 'E1'");
  g_autofree char *zero = edit (base_employees, "E2,", "E2,Boris,0,south");
  assert_refused (base_ini, base_products, zero,
                  "employees.csv line 3: bad target '0': a target must be an amount above zero");
  g_autofree char *zero2 = edit (base_employees, "E2,", "E2,Boris,0.00,south");
  assert_refused (base_ini, base_products, zero2,
                  "employees.csv line 3: bad target '0.00': a target must be an amount above zero");
  g_autofree char *negative = edit (base_employees, "E2,", "E2,Boris,-100,south");
  assert_refused (base_ini, base_products, negative,
                  "employees.csv line 3: bad target '-100': a target must be an amount above zero");
  g_autofree char *abc = edit (base_employees, "E2,", "E2,Boris,abc,south");
  assert_refused (base_ini, base_products, abc, "employees.csv line 3: bad target 'abc': not a number");
  g_autofree char *empty_id = edit (base_employees, "E2,", ",Boris,1,south");
  assert_refused (base_ini, base_products, empty_id, "employees.csv line 3: empty employee_id");
}

static void
test_missing_tables (void)
{
  assert_refused (base_ini, NULL, base_employees,
                  "DIR/plan.ini: [plan] products='products.csv': cannot read DIR/products.csv: "
                  "No such file or directory");
  assert_refused (base_ini, base_products, NULL,
                  "DIR/plan.ini: [plan] employees='employees.csv': cannot read DIR/employees.csv: "
                  "No such file or directory");
  /* A folder where the file should be. */
  g_autofree char *ini = edit (base_ini, "products=", "products=.");
  assert_refused (ini, NULL, base_employees,
                  "DIR/plan.ini: [plan] products='.': cannot read DIR/.: not a regular file");
  g_autofree char *empty = edit (base_ini, "employees=", "employees= ");
  assert_refused (empty, base_products, base_employees,
                  "DIR/plan.ini: [plan] employees='': empty path");
  /* The plan itself. */
  GError *error = NULL;
  IncentivePlan *plan = incentive_plan_load ("/nonexistent/plan.ini", &error);
  CU_ASSERT_PTR_NULL (plan);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO));
  if (error)
    CU_ASSERT_TRUE (g_str_has_prefix (error->message, "/nonexistent/plan.ini: cannot read the plan: "));
  g_clear_error (&error);
  assert_refused ("[plan]\ncurrency=EUR\nname=\xFF\n", NULL, NULL,
                  "DIR/plan.ini: the plan is not UTF-8 text");
}

static const char reward_ini[] =
  "[plan]\n"
  "currency=EUR\n"
  "[reward:gift-card]\n"
  "name=Bookstore gift certificate\n"
  "category=gift-certificate\n"
  "value=50.00\n"
  "for=rank<=3\n";

static void
test_rewards (void)
{
  PlanDir pd;
  g_autofree char *ini = g_strconcat (reward_ini,
                                      "[reward:Z-laptop]\ncategory=Equipment\nvalue=900\nfor=attainment>=110%\n"
                                      "[reward:a-tickets]\ncategory=tickets\nvalue=80.5\nfor=employee-of-the-month\n"
                                      "[reward:m-new]\ncategory=experience\nvalue=0\nfor= new-customers >= 2 \n",
                                      NULL);
  IncentivePlan *plan = load_ok (ini, NULL, NULL, &pd);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);
  CU_ASSERT_EQUAL_FATAL (plan->rewards->len, 4);
  const IncReward *r0 = plan->rewards->pdata[0], *r1 = plan->rewards->pdata[1],
                  *r2 = plan->rewards->pdata[2], *r3 = plan->rewards->pdata[3];
  /* Sorted by id, byte order. */
  CU_ASSERT_STRING_EQUAL (r0->id, "Z-laptop");
  CU_ASSERT_STRING_EQUAL (r1->id, "a-tickets");
  CU_ASSERT_STRING_EQUAL (r2->id, "gift-card");
  CU_ASSERT_STRING_EQUAL (r3->id, "m-new");
  CU_ASSERT_STRING_EQUAL (r0->name, "Z-laptop");
  CU_ASSERT_STRING_EQUAL (r0->category, "equipment");
  assert_dec (r0->value, 2, "900.00");
  CU_ASSERT_EQUAL (r0->condition, INC_REWARD_ATTAINMENT_AT_LEAST);
  assert_dec (r0->threshold, 4, "1.1000");
  CU_ASSERT_EQUAL (r1->condition, INC_REWARD_EMPLOYEE_OF_THE_MONTH);
  assert_dec (r1->value, 2, "80.50");
  CU_ASSERT_STRING_EQUAL (r2->name, "Bookstore gift certificate");
  CU_ASSERT_EQUAL (r2->condition, INC_REWARD_RANK_AT_MOST);
  assert_dec (r2->threshold, 0, "3");
  CU_ASSERT_STRING_EQUAL (r2->condition_text, "rank<=3");
  CU_ASSERT_EQUAL (r3->condition, INC_REWARD_NEW_CUSTOMERS_AT_LEAST);
  assert_dec (r3->threshold, 0, "2");
  incentive_plan_unref (plan);
  plan_dir_free (&pd);
}

static void
assert_reward_refused (const char *from, const char *to, const char *expected)
{
  g_autofree char *ini = edit (reward_ini, from, to);
  assert_refused (ini, NULL, NULL, expected);
}

static void
test_bad_rewards (void)
{
  const char *never[] = { "clothing", "jewellery", "jewelry", "personal-items", "Clothing" };
  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    {
      g_autofree char *line = g_strdup_printf ("category=%s", never[i]);
      g_autofree char *msg = g_strdup_printf ("DIR/plan.ini: [reward:gift-card] category='%s': personal "
                                              "items, clothing and jewellery are never given as rewards",
                                              never[i]);
      assert_reward_refused ("category=", line, msg);
    }
  g_autofree char *forbidden = g_strconcat (reward_ini, "[rewards]\nforbidden-categories=tickets; Gift-Certificate\n", NULL);
  assert_refused (forbidden, NULL, NULL,
                  "DIR/plan.ini: [reward:gift-card] category='gift-certificate': the category is "
                  "listed in [rewards] forbidden-categories");
  assert_reward_refused ("category=", "category=cash",
                         "DIR/plan.ini: [reward:gift-card] category='cash': unknown category "
                         "(equipment, gift-certificate, tickets, experience or other)");
  assert_reward_refused ("category=", "",
                         "DIR/plan.ini: [reward:gift-card] category: missing (equipment, "
                         "gift-certificate, tickets, experience or other)");
  assert_reward_refused ("value=", "",
                         "DIR/plan.ini: [reward:gift-card] value: missing: the value payroll "
                         "declares as a benefit in kind");
  assert_reward_refused ("value=", "value=-5",
                         "DIR/plan.ini: [reward:gift-card] value='-5': must not be negative");
  assert_reward_refused ("value=", "value=50.001",
                         "DIR/plan.ini: [reward:gift-card] value='50.001': more decimals than the currency has");
  assert_reward_refused ("value=", "value=fifty",
                         "DIR/plan.ini: [reward:gift-card] value='fifty': not a number");
  assert_reward_refused ("for=", "",
                         "DIR/plan.ini: [reward:gift-card] for: missing: the one condition that earns the reward");
  assert_reward_refused ("for=", "for=rank<3",
                         "DIR/plan.ini: [reward:gift-card] for='rank<3': malformed condition (expected "
                         "employee-of-the-month, rank<=N, attainment>=X% or new-customers>=N)");
  assert_reward_refused ("for=", "for=rank<=x",
                         "DIR/plan.ini: [reward:gift-card] for='rank<=x': expected rank<=N with a whole N from 1");
  assert_reward_refused ("for=", "for=rank<=0",
                         "DIR/plan.ini: [reward:gift-card] for='rank<=0': expected rank<=N with a whole N from 1");
  assert_reward_refused ("for=", "for=rank<=3.5",
                         "DIR/plan.ini: [reward:gift-card] for='rank<=3.5': expected rank<=N with a whole N from 1");
  assert_reward_refused ("for=", "for=rank<=3;attainment>=100%",
                         "DIR/plan.ini: [reward:gift-card] for='rank<=3;attainment>=100%': a reward has "
                         "exactly one condition (write a second [reward:ID] for another)");
  assert_reward_refused ("for=", "for=attainment>=100%, rank<=3",
                         "DIR/plan.ini: [reward:gift-card] for='attainment>=100%, rank<=3': a reward has "
                         "exactly one condition (write a second [reward:ID] for another)");
  assert_reward_refused ("for=", "for=rank<=3 and employee-of-the-month",
                         "DIR/plan.ini: [reward:gift-card] for='rank<=3 and employee-of-the-month': a reward has "
                         "exactly one condition (write a second [reward:ID] for another)");
  assert_reward_refused ("for=", "for=attainment>=-5%",
                         "DIR/plan.ini: [reward:gift-card] for='attainment>=-5%': the attainment must not be negative");
  assert_reward_refused ("for=", "for=ranking<=3",
                         "DIR/plan.ini: [reward:gift-card] for='ranking<=3': malformed condition (expected "
                         "employee-of-the-month, rank<=N, attainment>=X% or new-customers>=N)");
  assert_reward_refused ("for=", "for=best-seller",
                         "DIR/plan.ini: [reward:gift-card] for='best-seller': unknown condition (expected "
                         "employee-of-the-month, rank<=N, attainment>=X% or new-customers>=N)");
  assert_reward_refused ("name=", "colour=red",
                         "DIR/plan.ini: [reward:gift-card] colour: unknown key (known in "
                         "[reward:gift-card]: name, category, value, for)");
  g_autofree char *dup = g_strconcat (reward_ini, "[reward:Gift-Card]\ncategory=other\nvalue=1\nfor=rank<=1\n", NULL);
  assert_refused (dup, NULL, NULL, "DIR/plan.ini line 8: group [reward:Gift-Card] appears more than once");
  assert_refused ("[plan]\ncurrency=EUR\n[reward:]\ncategory=other\nvalue=1\nfor=rank<=1\n", NULL, NULL,
                  "DIR/plan.ini: [reward:]: a reward needs an id: [reward:ID]");
}

static void
test_weight_parse (void)
{
  IncDec w;
  const char *why = NULL;
  CU_ASSERT_TRUE (inc_weight_parse ("2.5", 3, &w, &why));
  assert_dec (w, 4, "2.5000");
  CU_ASSERT_TRUE (inc_weight_parse ("1000000", 7, &w, &why));
  CU_ASSERT_FALSE (inc_weight_parse ("1000000.0001", 12, &w, &why));
  CU_ASSERT_STRING_EQUAL (why, "a weight is at most 1000000");
  CU_ASSERT_FALSE (inc_weight_parse ("1,5", 3, &w, &why));
  CU_ASSERT_STRING_EQUAL (why, "not a number");
  CU_ASSERT_FALSE (inc_weight_parse ("15%", 3, &w, &why));
  CU_ASSERT_STRING_EQUAL (why, "not a number");
}

static void
test_period_parse (void)
{
  int y = 0, m = 0;
  CU_ASSERT_TRUE (inc_period_parse ("2026-10", &y, &m));
  CU_ASSERT (y == 2026 && m == 10);
  CU_ASSERT_TRUE (inc_period_parse ("0001-01", &y, &m));
  CU_ASSERT_TRUE (inc_period_parse ("9999-12", NULL, NULL));
  CU_ASSERT_FALSE (inc_period_parse ("2026-00", &y, &m));
  CU_ASSERT_FALSE (inc_period_parse ("2026-13", &y, &m));
  CU_ASSERT_FALSE (inc_period_parse ("2026/10", &y, &m));
  CU_ASSERT_FALSE (inc_period_parse ("2026-1x", &y, &m));
  CU_ASSERT_FALSE (inc_period_parse ("+026-10", &y, &m));
  CU_ASSERT_FALSE (inc_period_parse ("2026-10-01", &y, &m));
  CU_ASSERT_FALSE (inc_period_parse (NULL, &y, &m));
}

static void
test_date_format (void)
{
  const char *why = NULL;
  CU_ASSERT_TRUE (inc_date_format_check ("%d.%m.%Y", &why));
  CU_ASSERT_TRUE (inc_date_format_check ("%m/%d/%y", &why));
  struct { const char *format, *why; } bad[] = {
    { "%d.%m", "needs a day (%d), a month (%m) and a year (%Y or %y)" },
    { "%d.%m.%Y.%d", "a part of the date appears twice" },
    { "%d.%m.%Y %H", "only %d, %m, %Y and %y are understood" },
    { "%d.%m.%Y%", "only %d, %m, %Y and %y are understood" },
    { "%d.%m.20%y", "digits cannot be literal characters of a date format" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      why = NULL;
      CU_ASSERT_FALSE (inc_date_format_check (bad[i].format, &why));
      CU_ASSERT_STRING_EQUAL (why ? why : "(none)", bad[i].why);
    }
  assert_ini_refused ("rank-by=", "date-format=%d.%m",
                      "DIR/plan.ini: [plan] date-format='%d.%m': needs a day (%d), a month (%m) and a year (%Y or %y)");
}

static void
test_date_parse (void)
{
  struct { const char *text, *format; int y, m, d, seconds; } good[] = {
    { "2026-10-01", NULL, 2026, 10, 1, 0 },
    { " 2026-1-5 ", NULL, 2026, 1, 5, 0 },
    { "2024-02-29", NULL, 2024, 2, 29, 0 },
    { "3/1/2017", "%m/%d/%Y", 2017, 3, 1, 0 },
    { "31.12.26", "%d.%m.%y", 2026, 12, 31, 0 },
    { "2026-10-01T09:30", NULL, 2026, 10, 1, 9 * 3600 + 30 * 60 },
    { "2026-10-01 23:59:59.999Z", NULL, 2026, 10, 1, 86399 },
    { "2026-10-01T10:00:00+02:00", NULL, 2026, 10, 1, 36000 },
    { "2026-10-01T10:00-0530", NULL, 2026, 10, 1, 36000 },
    { "2026-10-01T10:00+02", NULL, 2026, 10, 1, 36000 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      IncDate d = { 0 };
      gboolean ok = inc_date_parse (good[i].text, strlen (good[i].text), good[i].format, &d);
      CU_ASSERT_TRUE (ok);
      if (!ok)
        fprintf (stderr, "\n  refused: %s\n", good[i].text);
      CU_ASSERT (d.year == good[i].y && d.month == good[i].m && d.day == good[i].d
                 && d.seconds_of_day == good[i].seconds);
    }
  const char *bad[] = {
    "2026-02-29", "2026-13-01", "2026-10-32", "0000-01-01", "26-10-01", "2026-10-01x",
    "2026-10-01T", "2026-10-01T24:00", "2026-10-01T10:60", "2026-10-01T10:00+02:",
    "2026-10-01T10:00+2", "2026-10-01T10:00 +02:00", "2026-10-01T10", "2026/10/01", "",
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      IncDate d;
      gboolean ok = inc_date_parse (bad[i], strlen (bad[i]), NULL, &d);
      CU_ASSERT_FALSE (ok);
      if (ok)
        fprintf (stderr, "\n  accepted: %s\n", bad[i]);
    }
  IncDate a = { 2026, 10, 1, 0 }, b = { 2026, 11, 1, 0 }, c = { 2024, 3, 1, 0 }, e = { 2024, 2, 28, 0 };
  CU_ASSERT_EQUAL (inc_date_day_number (&b) - inc_date_day_number (&a), 31);
  CU_ASSERT_EQUAL (inc_date_day_number (&c) - inc_date_day_number (&e), 2);
  g_autofree char *period = inc_period_format (inc_month_index (2026, 10));
  CU_ASSERT_STRING_EQUAL (period, "2026-10");
  g_autofree char *january = inc_period_format (inc_month_index (2027, 1));
  CU_ASSERT_STRING_EQUAL (january, "2027-01");
}

static const TestCase load_tests[] = {
  { "full plan", test_full_plan },
  { "minimal plan", test_minimal_plan },
  { "byte-order mark, grouped amounts", test_bom_and_grouped_amounts },
  { "weights without locomotive key", test_weights_without_locomotive_key },
  { "[columns] takes any key", test_columns_accept_any_key },
  { "paths relative to the plan", test_relative_paths },
  { "rewards", test_rewards },
  { "weight parse", test_weight_parse },
  { "period parse", test_period_parse },
  { "date format", test_date_format },
  { "date parse", test_date_parse },
  { NULL, NULL },
};

static const TestCase refuse_tests[] = {
  { "unknown group and key", test_unknown_group_and_key },
  { "bad values", test_bad_values },
  { "bad products", test_bad_products },
  { "bad employees", test_bad_employees },
  { "missing tables", test_missing_tables },
  { "bad rewards", test_bad_rewards },
  { NULL, NULL },
};

int
main (void)
{
  static const TestSuite suites[] = {
    { "plan load", load_tests },
    { "plan refused", refuse_tests },
    { NULL, NULL },
  };
  return run_test_suites (suites);
}
