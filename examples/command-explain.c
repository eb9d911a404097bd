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
  g_autoptr (IncentiveReport) report = cli_compute (plan, o, &error);
  if (report == NULL)
    {
      if (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT))
        {
          int status = cli_usage_error ("explain", error->message);
          g_error_free (error);
          return status;
        }
      return cli_refused (error);
    }
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
