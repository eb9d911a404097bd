/* command-history.c — `incentive history`: the periods closed in the plan's history store,
 * with their totals and the sha256 of every input they were computed from. */
#include <stdio.h>

#include "incentive-cli.h"

int
cli_command_history (const CliOptions *o)
{
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (o->plan, &error);
  if (plan == NULL)
    return cli_refused (error);
  g_autoptr (GPtrArray) periods = incentive_plan_list_closed_periods (plan, &error);
  if (periods == NULL)
    return cli_refused (error);
  if (periods->len == 0)
    {
      printf ("No period is closed in %s yet.\n", incentive_plan_get_history_path (plan));
      return 0;
    }
  printf ("%-7s  %-20s  %10s  %10s  %16s  %14s\n", "Period", "Closed at", "Lines read", "Paid lines",
          "Weighted sales", "Bonus total");
  for (guint i = 0; i < periods->len; i++)
    {
      IncentiveClosedPeriod *p = periods->pdata[i];
      printf ("%-7s  %-20s  %10" G_GUINT64_FORMAT "  %10" G_GUINT64_FORMAT "  %16s  %14s %s\n",
              incentive_closed_period_get_period (p), incentive_closed_period_get_closed_at (p),
              incentive_closed_period_get_rows_read (p), incentive_closed_period_get_rows_accepted (p),
              incentive_closed_period_get_weighted_sales (p), incentive_closed_period_get_bonus (p),
              incentive_closed_period_get_currency (p));
      for (guint k = 0; k < incentive_closed_period_get_n_inputs (p); k++)
        printf ("    %-10s sha256 %s  %s\n", incentive_closed_period_get_input_role (p, k),
                incentive_closed_period_get_input_sha256 (p, k), incentive_closed_period_get_input_name (p, k));
    }
  if (fflush (stdout) != 0)
    {
      g_printerr ("incentive: cannot write to standard output\n");
      return EXIT_REFUSED;
    }
  return 0;
}
