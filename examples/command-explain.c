/* command-explain.c — `incentive explain`: one employee's statement, printed. */
#include <stdio.h>

#include "incentive-cli.h"

int
cli_command_explain (const CliOptions *o)
{
  if (o->employee == NULL)
    return cli_usage_error ("explain", "--employee ID is required");
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (o->plan, &error);
  if (plan == NULL)
    return cli_refused (error);
  g_autoptr (IncentiveReport) report = NULL;
  int status = cli_compute_or_status ("explain", plan, o, &report);
  if (report == NULL)
    return status;
  if (!cli_strict_ok (report, o))
    return EXIT_REFUSED;
  g_autoptr (IncentiveStatement) statement = incentive_report_get_statement (report, o->employee, &error);
  if (statement == NULL)
    return cli_refused (error);
  g_autofree char *text = incentive_statement_to_text (statement);
  fputs (text, stdout);
  if (fflush (stdout) != 0)
    {
      g_printerr ("incentive: cannot write to standard output\n");
      return EXIT_REFUSED;
    }
  return 0;
}
