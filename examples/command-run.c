/* command-run.c — `incentive run`: compute a month, print it, write the outputs. */
#include "incentive-cli.h"

int
cli_command_run (const CliOptions *o)
{
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (o->plan, &error);
  if (plan == NULL)
    return cli_refused (error);
  g_autoptr (IncentiveReport) report = NULL;
  int status = cli_compute_or_status ("run", plan, o, &report);
  if (report == NULL)
    return status;
  if (!cli_strict_ok (report, o))
    return EXIT_REFUSED;
  g_autoptr (CliStaged) staged = cli_stage_outputs (report, o, &error);
  if (staged == NULL || !cli_publish_outputs (staged, &error))
    return cli_refused (error);
  return cli_print_report (report, o);
}
