/* cli-common.c — computing a period and emitting its outputs, shared by run and close. */
#include <stdio.h>
#include <string.h>

#include "incentive-cli.h"

int
cli_usage_error (const char *command, const char *message)
{
  g_printerr ("incentive%s%s: %s\nTry 'incentive%s%s --help'.\n", command ? " " : "",
              command ? command : "", message, command ? " " : "", command ? command : "");
  return EXIT_USAGE;
}

int
cli_refused (GError *error)
{
  g_printerr ("incentive: %s\n", error->message);
  g_error_free (error);
  return EXIT_REFUSED;
}

IncentiveReport *
cli_compute (IncentivePlan *plan, const CliOptions *o, GError **error)
{
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, o->period, error);
  if (run == NULL)
    return NULL;
  GError *refusal = NULL;
  for (char **f = o->files; *f; f++)
    {
      GError *e = NULL;
      if (refusal == NULL)
        {
          if (incentive_run_add_file (run, *f, *f, &e))
            continue;
          refusal = e;
          continue;
        }
      /* The run is refused already, but every export is still read, each on its own, so
       * that the clerk learns every reason at once instead of one per attempt. */
      g_autoptr (IncentiveRun) check = incentive_run_new (plan, o->period, NULL);
      if (check == NULL || incentive_run_add_file (check, *f, *f, &e))
        continue;
      char *joined = g_strconcat (refusal->message, "\nincentive: ", e->message, NULL);
      g_free (refusal->message);
      refusal->message = joined;
      g_error_free (e);
    }
  if (refusal)
    {
      g_propagate_error (error, refusal);
      return NULL;
    }
  return incentive_run_finish (run, error);
}

int
cli_compute_or_status (const char *command, IncentivePlan *plan, const CliOptions *o,
                       IncentiveReport **out)
{
  GError *error = NULL;
  *out = cli_compute (plan, o, &error);
  if (*out != NULL)
    return 0;
  /* A period that is missing or malformed is the caller's usage, not a refused input. */
  if (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT))
    {
      int status = cli_usage_error (command, error->message);
      g_error_free (error);
      return status;
    }
  return cli_refused (error);
}

gboolean
cli_strict_ok (IncentiveReport *report, const CliOptions *o)
{
  guint n = incentive_report_get_n_rejected (report);
  if (!o->strict || n == 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      IncentiveRejection *r = incentive_report_get_rejected (report, i);
      g_printerr ("%s line %" G_GUINT64_FORMAT ": %s\n", incentive_rejection_get_file (r),
                  incentive_rejection_get_line (r), incentive_rejection_get_reason (r));
    }
  g_printerr ("incentive: --strict: %u line(s) rejected; nothing was written\n", n);
  return FALSE;
}

int
cli_print_report (IncentiveReport *report, const CliOptions *o)
{
  g_autofree char *text = NULL;
  if (o->format == NULL || strcmp (o->format, "table") == 0)
    text = incentive_report_to_table (report);
  else if (strcmp (o->format, "csv") == 0)
    text = incentive_report_to_rankings_csv (report);
  else
    text = incentive_report_to_json (report);
  fputs (text, stdout);
  if (fflush (stdout) != 0)
    {
      g_printerr ("incentive: cannot write to standard output\n");
      return EXIT_REFUSED;
    }
  guint n = incentive_report_get_n_rejected (report);
  if (o->format && strcmp (o->format, "table") != 0 && n > 0)
    g_printerr ("incentive: %u line(s) rejected; each is listed with its file, line and reason "
                "under \"rejected\" in report.json\n", n);
  return 0;
}
