/* month.c — a payroll program outside the source tree: built against the installed
 * library through pkg-config, it runs a month and prints the ranking. */
#include <incentive/incentive.h>

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      g_printerr ("usage: month PLAN SALES.csv…\n");
      return 2;
    }
  g_autoptr (GError) error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (argv[1], &error);
  if (plan == NULL)
    return g_printerr ("%s\n", error->message), 1;
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, NULL, &error);
  if (run == NULL)
    return g_printerr ("%s\n", error->message), 1;
  for (int i = 2; i < argc; i++)
    if (!incentive_run_add_file (run, argv[i], NULL, &error))
      return g_printerr ("%s\n", error->message), 1;
  g_autoptr (IncentiveReport) report = incentive_run_finish (run, &error);
  if (report == NULL)
    return g_printerr ("%s\n", error->message), 1;
  for (guint i = 0; i < incentive_report_get_n_employees (report); i++)
    {
      IncentiveStanding *s = incentive_report_get_employee (report, i);
      g_print ("%u %s %s %" G_GINT64_FORMAT "\n", incentive_standing_get_rank (s),
               incentive_standing_get_employee_id (s), incentive_standing_get_bonus (s),
               incentive_standing_get_bonus_minor (s));
    }
  IncentiveStanding *best = incentive_report_get_employee_of_the_month (report);
  g_print ("best %s\n", best ? incentive_standing_get_employee_id (best) : "-");
  return 0;
}
