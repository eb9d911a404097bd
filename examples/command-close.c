/* command-close.c — `incentive close`: compute a month exactly as `run` does, record it as
 * closed in the history store, then print and write what `run` prints and writes.
 *
 * Nothing is printed or written when the close is refused: the period is either recorded
 * and reported, or neither.
 */
#include "incentive-cli.h"

int
cli_command_close (const CliOptions *o)
{
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (o->plan, &error);
  if (plan == NULL)
    return cli_refused (error);
  if (incentive_plan_get_history_path (plan) == NULL)
    {
      g_printerr ("incentive close: the plan names no history store: add [plan] history=FILE "
                  "to close periods; nothing was closed\n");
      return EXIT_REFUSED;
    }
  g_autoptr (IncentiveReport) report = NULL;
  int status = cli_compute_or_status ("close", plan, o, &report);
  if (report == NULL)
    return status;
  if (!cli_strict_ok (report, o))
    {
      g_printerr ("incentive close: %s was not closed\n", incentive_report_get_period (report));
      return EXIT_REFUSED;
    }
  /* The outputs are written (hidden) before the store is touched: one that cannot be
   * written refuses the close, and a refused close publishes nothing. */
  g_autoptr (CliStaged) staged = cli_stage_outputs (report, o, &error);
  if (staged == NULL)
    {
      g_printerr ("incentive close: the outputs cannot be written, so %s was not closed\n",
                  incentive_report_get_period (report));
      return cli_refused (error);
    }
  if (!incentive_report_close_period (report, o->reopen, &error))
    return cli_refused (error);
  if (!cli_publish_outputs (staged, &error))
    {
      g_printerr ("incentive close: %s is closed in the history store, but its outputs could not "
                  "be moved into place; run `incentive run` for the same period to write them\n",
                  incentive_report_get_period (report));
      return cli_refused (error);
    }
  return cli_print_report (report, o);
}
