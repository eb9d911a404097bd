/* fuzz-plan.c — a plan key file of any bytes through incentive_plan_load.
 *
 * The input is the plan, optionally followed by a catalogue and an employees file, each
 * after a line "%%" (plan, then products.csv, then employees.csv; missing parts get a
 * small fixed file).  A plan that loads then runs a fixed export, so that what the plan
 * decides (tiers, caps, weights, rewards, ranking) is computed and rendered too.  Loading
 * must never crash; a refusal must come with a message.
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <incentive/incentive.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

static char *dir;
static char *plan_path;

static const char default_products[] =
  "product_id,name,category,weight,locomotive\n"
  "P1,Espresso machine,machines,,yes\n"
  "P2,Grinder,machines,1.5,no\n";
static const char default_employees[] =
  "employee_id,name,target\n"
  "E1,Ann,1000.00\n"
  "E2,Bob,\n";
static const char export_csv[] =
  "date,employee_id,product_id,quantity,unit_price,discount,txn_id,customer_id\n"
  "2026-10-01,E1,P1,2,100.00,,T1,C1\n"
  "2026-10-02,E2,P2,1,333.33,10%,T2,C2\n"
  "2026-10-03,E1,P9,-1,50.00,,T3,C1\n"
  "2026-10-31,E3,P2,3,19.99,0.05,T4,C3\n";

static void
put (const char *name, const char *text, gsize len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_file_set_contents (path, text, (gssize) len, &error))
    fuzz_die ("cannot write %s: %s", path, error->message);
}

/* Finds the next "\n%%\n" from P; returns the end of the part and sets *NEXT after it. */
static const char *
part_end (const char *p, const char *end, const char **next)
{
  static const char mark[] = "\n%%\n";
  for (const char *q = p; q + 4 <= end; q++)
    if (memcmp (q, mark, 4) == 0)
      {
        *next = q + 4;
        return q + 1;
      }
  *next = NULL;
  return end;
}

static void
exercise (IncentivePlan *plan)
{
  /* A history store would be opened from wherever the plan points: not here. */
  if (incentive_plan_get_history_path (plan))
    return;
  (void) incentive_plan_get_name (plan);
  (void) incentive_plan_get_currency (plan);
  (void) incentive_plan_get_title (plan);
  g_autoptr (GError) error = NULL;
  IncentiveRun *run = incentive_run_new (plan, "2026-10", &error);
  if (run == NULL)
    fuzz_die ("a loaded plan cannot start a run: %s", error->message);
  GBytes *bytes = g_bytes_new_static (export_csv, sizeof export_csv - 1);
  IncentiveReport *report = NULL;
  if (incentive_run_add_bytes (run, bytes, "sales.csv", &error))
    report = incentive_run_finish (run, &error);
  g_bytes_unref (bytes);
  if (report)
    {
      if (incentive_report_get_rows_read (report)
          != incentive_report_get_rows_accepted (report) + incentive_report_get_rows_rejected (report))
        fuzz_die ("rows_read != accepted + rejected");
      g_free (incentive_report_to_json (report));
      g_free (incentive_report_to_table (report));
      g_free (incentive_report_to_rankings_csv (report));
      g_free (incentive_report_to_payroll_csv (report));
      g_free (incentive_report_to_html (report));
      for (guint i = 0; i < incentive_report_get_n_employees (report); i++)
        {
          IncentiveStanding *s = incentive_report_get_employee (report, i);
          g_autoptr (GError) serr = NULL;
          IncentiveStatement *st
            = incentive_report_get_statement (report, incentive_standing_get_employee_id (s), &serr);
          if (st == NULL)
            fuzz_die ("no statement for a ranked employee: %s", serr->message);
          g_free (incentive_statement_to_text (st));
          g_free (incentive_statement_to_json (st));
          incentive_statement_unref (st);
        }
      incentive_report_unref (report);
    }
  else if (error == NULL)
    fuzz_die ("a failed run without an error");
  incentive_run_unref (run);
}

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("fuzz-plan-XXXXXX", NULL);
      if (dir == NULL)
        fuzz_die ("cannot make a temporary folder");
      plan_path = g_build_filename (dir, "plan.ini", NULL);
    }
  const char *p = (const char *) data, *end = p + size, *next = NULL;
  const char *e = part_end (p, end, &next);
  put ("plan.ini", p, e - p);
  if (next)
    {
      p = next;
      e = part_end (p, end, &next);
      put ("products.csv", p, e - p);
    }
  else
    put ("products.csv", default_products, sizeof default_products - 1);
  if (next)
    put ("employees.csv", next, end - next);
  else
    put ("employees.csv", default_employees, sizeof default_employees - 1);

  g_autoptr (GError) error = NULL;
  IncentivePlan *plan = incentive_plan_load (plan_path, &error);
  if (plan == NULL)
    {
      if (error == NULL || error->message == NULL || *error->message == '\0')
        fuzz_die ("a plan refused without a message");
      return 0;
    }
  exercise (plan);
  incentive_plan_unref (plan);
  return 0;
}
