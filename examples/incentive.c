/* incentive — the monthly command: parses the command line and hands it to a command.
 *
 * Exit status: 0 done; 1 refused (an invalid plan or export, a rejected line with
 * --strict, an output that cannot be written); 2 wrong usage.
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "incentive-cli.h"

const CliCommand cli_commands[] = {
  { "run", "compute a month: contribution, bonus, ranking, employee of the month",
    "SALES.csv…", TRUE, CLI_OPTS_MONTH, cli_command_run },
  { "close", "compute a month as run does and record it as closed in the history store",
    "SALES.csv…", TRUE, CLI_OPTS_MONTH | CLI_OPT_REOPEN, cli_command_close },
  { "history", "list the periods closed in the plan's history store", "", FALSE, 0, cli_command_history },
  { "explain", "print one employee's statement: how each figure came about", "--employee ID SALES.csv…", TRUE,
    CLI_OPT_PERIOD | CLI_OPT_EMPLOYEE, cli_command_explain },
  { NULL }
};

static void
print_help (FILE *out)
{
  fprintf (out, "Usage: incentive COMMAND [OPTION…]\n\n"
                "Turns a month of CSV sales exports into each salesperson's contribution to the\n"
                "sales plan, their bonus, non-cash rewards and the employee of the month.\n\n"
                "Commands:\n");
  for (const CliCommand *c = cli_commands; c->name; c++)
    fprintf (out, "  %-9s %s\n", c->name, c->summary);
  fprintf (out, "\nRun 'incentive COMMAND --help' for a command's options.\n"
                "Exit status: 0 done; 1 refused (an invalid plan or export, or --strict with a\n"
                "rejected line: every reason is printed with its file and line); 2 wrong usage.\n");
}

static gboolean
parse_options (const CliCommand *command, int *argc, char ***argv, CliOptions *o, int *status)
{
  const struct {
    CliOptionSet set;
    GOptionEntry entry;
  } all[] = {
    { 0, { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &o->plan, "The plan key file (required)", "PLAN" } },
    { CLI_OPT_PERIOD, { "period", 0, 0, G_OPTION_ARG_STRING, &o->period,
                        "The month to compute, wins over the plan's period", "YYYY-MM" } },
    { CLI_OPT_OUTPUT_DIR, { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &o->output_dir,
                            "Also write report.json, rankings.csv, payroll.csv, rewards.csv and report.html there", "DIR" } },
    { CLI_OPT_FORMAT, { "format", 'f', 0, G_OPTION_ARG_STRING, &o->format,
                        "What to print: table (default), csv or json", "FORMAT" } },
    { CLI_OPT_STRICT, { "strict", 0, 0, G_OPTION_ARG_NONE, &o->strict,
                        "Refuse when any line is rejected: print every reason, write nothing", NULL } },
    { CLI_OPT_STATEMENTS, { "statements", 0, 0, G_OPTION_ARG_FILENAME, &o->statements,
                            "Also write each employee's statement, ID.txt and ID.json, there", "DIR" } },
    { CLI_OPT_REOPEN, { "reopen", 0, 0, G_OPTION_ARG_NONE, &o->reopen,
                        "Replace the latest closed period instead of refusing", NULL } },
    { CLI_OPT_EMPLOYEE, { "employee", 'e', 0, G_OPTION_ARG_STRING, &o->employee,
                          "The employee to explain (required)", "ID" } },
  };
  GOptionEntry entries[G_N_ELEMENTS (all) + 2];
  guint n = 0;
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (all[i].set == 0 || (command->options & all[i].set))
      entries[n++] = all[i].entry;
  GOptionEntry remaining = { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->files, NULL, NULL };
  GOptionEntry end = { NULL };
  entries[n++] = remaining;
  entries[n] = end;
  g_autofree char *parameter = *command->parameters
                                   ? g_strdup_printf ("%s — %s", command->parameters, command->summary)
                                   : g_strdup_printf ("— %s", command->summary);
  g_autoptr (GOptionContext) ctx = g_option_context_new (parameter);
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_description (
    ctx, "Each sales line is accepted or rejected with its file, line and reason; rows read =\n"
         "accepted + rejected.  Money is exact to the minor unit of the plan's currency.\n\n"
         "Exit status: 0 done; 1 refused; 2 wrong usage.\n");
  g_autofree char *prgname = g_strdup_printf ("incentive %s", command->name);
  g_set_prgname (prgname);

  GError *error = NULL;
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      *status = cli_usage_error (command->name, error->message);
      g_error_free (error);
      return FALSE;
    }
  const char *problem = NULL;
  if (o->plan == NULL)
    problem = "--plan PLAN is required";
  else if (command->takes_exports && (o->files == NULL || o->files[0] == NULL))
    problem = "give at least one sales export";
  else if (!command->takes_exports && o->files && o->files[0])
    problem = "this command takes no sales export";
  else if (o->format && strcmp (o->format, "table") && strcmp (o->format, "csv") && strcmp (o->format, "json"))
    problem = "--format is table, csv or json";
  else if (o->period && (strlen (o->period) != 7 || o->period[4] != '-'))
    problem = "--period is YYYY-MM";
  if (problem)
    {
      *status = cli_usage_error (command->name, problem);
      return FALSE;
    }
  return TRUE;
}

static void
clear_options (CliOptions *o)
{
  g_free (o->plan);
  g_free (o->period);
  g_free (o->output_dir);
  g_free (o->format);
  g_free (o->statements);
  g_free (o->employee);
  g_strfreev (o->files);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      print_help (stderr);
      return EXIT_USAGE;
    }
  const char *name = argv[1];
  if (strcmp (name, "--version") == 0 || strcmp (name, "-V") == 0)
    {
      printf ("incentive %s\n", INCENTIVE_VERSION_S);
      return 0;
    }
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 || strcmp (name, "help") == 0)
    {
      print_help (stdout);
      return 0;
    }
  const CliCommand *command = NULL;
  for (const CliCommand *c = cli_commands; c->name && command == NULL; c++)
    if (strcmp (c->name, name) == 0)
      command = c;
  if (command == NULL)
    {
      g_autofree char *msg = g_strdup_printf ("unknown command '%s'", name);
      return cli_usage_error (NULL, msg);
    }

  CliOptions o = { 0 };
  int sub_argc = argc - 1;
  char **sub_argv = argv + 1;
  int status = 0;
  if (parse_options (command, &sub_argc, &sub_argv, &o, &status))
    status = command->run (&o);
  clear_options (&o);
  return status;
}
