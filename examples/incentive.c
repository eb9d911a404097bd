/* incentive — the monthly command.  Uses only the public API of libincentive.
 *
 * Exit status: 0 done; 1 refused (an invalid plan or export, a rejected line with
 * --strict, an output that cannot be written); 2 wrong usage.
 */
#include <incentive/incentive.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#define EXIT_REFUSED 1
#define EXIT_USAGE 2

typedef struct {
  char *plan;
  char *period;
  char *output_dir;
  char *format;
  char *statements;
  char *employee;
  gboolean strict;
  gboolean reopen;
  char **files;
} Options;

static const char *const commands_help =
  "Commands:\n"
  "  run       compute a month: contribution, bonus, ranking, employee of the month\n"
  "  close     compute a month as run does and record it as closed in the history store\n"
  "  history   list the closed periods of the history store\n"
  "  explain   print one employee's statement: how each figure came about\n"
  "\n"
  "Run 'incentive COMMAND --help' for a command's options.\n"
  "Exit status: 0 done; 1 refused (an invalid plan or export, or --strict with a rejected\n"
  "line: every reason is printed with file and line); 2 wrong usage.\n";

static int
usage_error (const char *command, const char *message)
{
  g_printerr ("incentive%s%s: %s\nTry 'incentive%s%s --help'.\n", command ? " " : "", command ? command : "",
              message, command ? " " : "", command ? command : "");
  return EXIT_USAGE;
}

static int
refused (GError *error)
{
  g_printerr ("incentive: %s\n", error->message);
  g_error_free (error);
  return EXIT_REFUSED;
}

static gboolean
parse_options (const char *command, int *argc, char ***argv, Options *o, int *status)
{
  GOptionEntry run_entries[] = {
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &o->plan, "The plan key file (required)", "PLAN" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &o->period, "The month to compute; wins over the plan's period", "YYYY-MM" },
    { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &o->output_dir,
      "Also write report.json, rankings.csv, payroll.csv and rewards.csv there", "DIR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o->format, "What to print: table (default), csv or json", "FORMAT" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &o->strict, "Refuse the run when any line is rejected; write nothing", NULL },
    { "statements", 0, 0, G_OPTION_ARG_FILENAME, &o->statements,
      "Also write each employee's statement, ID.txt and ID.json, there", "DIR" },
    { "reopen", 0, 0, G_OPTION_ARG_NONE, &o->reopen, "close: replace the latest closed period", NULL },
    { "employee", 'e', 0, G_OPTION_ARG_STRING, &o->employee, "explain: the employee to explain", "ID" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->files, NULL, "SALES.csv…" },
    { NULL }
  };
  GOptionEntry history_entries[] = {
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &o->plan, "The plan key file (required)", "PLAN" },
    { NULL }
  };

  g_autoptr (GOptionContext) ctx = NULL;
  if (strcmp (command, "history") == 0)
    {
      ctx = g_option_context_new ("— list the closed periods of the history store");
      g_option_context_add_main_entries (ctx, history_entries, NULL);
    }
  else
    {
      const char *what = strcmp (command, "run") == 0 ? "SALES.csv… — compute a month"
                         : strcmp (command, "close") == 0 ? "SALES.csv… — compute a month and close it in the history store"
                                                          : "--employee ID SALES.csv… — print one employee's statement";
      ctx = g_option_context_new (what);
      g_option_context_add_main_entries (ctx, run_entries, NULL);
      g_option_context_set_description (
        ctx, "Each sales line is accepted or rejected with its file, line and reason; rows read =\n"
             "accepted + rejected.  Money is exact to the minor unit of the plan's currency.\n"
             "\nExit status: 0 done; 1 refused; 2 wrong usage.\n");
    }
  g_autofree char *prgname = g_strdup_printf ("incentive %s", command);
  g_set_prgname (prgname);

  GError *error = NULL;
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      *status = usage_error (command, error->message);
      g_error_free (error);
      return FALSE;
    }
  if (o->plan == NULL)
    {
      *status = usage_error (command, "--plan PLAN is required");
      return FALSE;
    }
  if (strcmp (command, "history") != 0 && (o->files == NULL || o->files[0] == NULL))
    {
      *status = usage_error (command, "give at least one sales export");
      return FALSE;
    }
  if (o->format && strcmp (o->format, "table") != 0 && strcmp (o->format, "csv") != 0
      && strcmp (o->format, "json") != 0)
    {
      *status = usage_error (command, "--format is table, csv or json");
      return FALSE;
    }
  if (o->period && (strlen (o->period) != 7 || o->period[4] != '-'))
    {
      *status = usage_error (command, "--period is YYYY-MM");
      return FALSE;
    }
  if (strcmp (command, "explain") == 0 && o->employee == NULL)
    {
      *status = usage_error (command, "--employee ID is required");
      return FALSE;
    }
  return TRUE;
}

static IncentiveReport *
compute (IncentivePlan *plan, const Options *o, GError **error)
{
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, o->period, error);
  if (run == NULL)
    return NULL;
  for (char **f = o->files; *f; f++)
    if (!incentive_run_add_file (run, *f, *f, error))
      return NULL;
  return incentive_run_finish (run, error);
}

static void
print_rejections (IncentiveReport *report)
{
  for (guint i = 0; i < incentive_report_get_n_rejected (report); i++)
    {
      IncentiveRejection *r = incentive_report_get_rejected (report, i);
      g_printerr ("%s line %" G_GUINT64_FORMAT ": %s\n", incentive_rejection_get_file (r),
                  incentive_rejection_get_line (r), incentive_rejection_get_reason (r));
    }
}

static int
print_report (IncentiveReport *report, const Options *o)
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
    return EXIT_REFUSED;
  if (o->format && strcmp (o->format, "table") != 0 && incentive_report_get_n_rejected (report) > 0)
    g_printerr ("incentive: %u line(s) rejected; each is listed with its file, line and reason under \"rejected\" in report.json\n",
                incentive_report_get_n_rejected (report));
  return 0;
}

static int
command_run (const Options *o)
{
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (o->plan, &error);
  if (plan == NULL)
    return refused (error);
  g_autoptr (IncentiveReport) report = compute (plan, o, &error);
  if (report == NULL)
    {
      if (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT))
        {
          int status = usage_error ("run", error->message);
          g_error_free (error);
          return status;
        }
      return refused (error);
    }
  if (o->strict && incentive_report_get_n_rejected (report) > 0)
    {
      print_rejections (report);
      g_printerr ("incentive: --strict: %u line(s) rejected; nothing was written\n",
                  incentive_report_get_n_rejected (report));
      return EXIT_REFUSED;
    }
  if (o->output_dir && !incentive_report_write_files (report, o->output_dir, &error))
    return refused (error);
  return print_report (report, o);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("Usage: incentive COMMAND [OPTION…]\n\n%s", commands_help);
      return EXIT_USAGE;
    }
  const char *command = argv[1];
  if (strcmp (command, "--version") == 0 || strcmp (command, "-V") == 0)
    {
      g_print ("incentive %s\n", INCENTIVE_VERSION_S);
      return 0;
    }
  if (strcmp (command, "--help") == 0 || strcmp (command, "-h") == 0 || strcmp (command, "help") == 0)
    {
      g_print ("Usage: incentive COMMAND [OPTION…]\n\n"
               "Turns a month of CSV sales exports into each salesperson's contribution to the\n"
               "sales plan, their bonus, non-cash rewards and the employee of the month.\n\n%s",
               commands_help);
      return 0;
    }
  if (strcmp (command, "run") != 0)
    return usage_error (NULL, "unknown command (run, close, history or explain)");

  Options o = { 0 };
  int sub_argc = argc - 1;
  char **sub_argv = argv + 1;
  int status = 0;
  if (!parse_options (command, &sub_argc, &sub_argv, &o, &status))
    return status;
  status = command_run (&o);
  g_free (o.plan);
  g_free (o.period);
  g_free (o.output_dir);
  g_free (o.format);
  g_free (o.statements);
  g_free (o.employee);
  g_strfreev (o.files);
  return status;
}
