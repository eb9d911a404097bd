/* command-run.c — `incentive run`: compute a month, print it, write the outputs. */
#include "incentive-cli.h"

int
cli_command_run (const CliOptions *o)
{
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (o->plan, &error);
  if (plan == NULL)
    return cli_refused (error);
  g_autoptr (IncentiveReport) report = cli_compute (plan, o, &error);
  if (report == NULL)
    {
      if (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT))
        {
          int status = cli_usage_error ("run", error->message);
          g_error_free (error);
          return status;
        }
      return cli_refused (error);
    }
  if (!cli_strict_ok (report, o))
    return EXIT_REFUSED;
  if (!cli_write_outputs (report, o, &error))
    return cli_refused (error);
  return cli_print_report (report, o);
}
