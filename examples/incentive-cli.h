/* incentive-cli.h — what the commands of the `incentive` tool share.  The tool uses only
 * the public API of libincentive. */
#pragma once

#include <incentive/incentive.h>

G_BEGIN_DECLS

/* Exit status: 0 done; 1 refused; 2 wrong usage. */
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
} CliOptions;

/* The options a command accepts besides --plan (its --help lists only these). */
typedef enum {
  CLI_OPT_PERIOD = 1 << 0,
  CLI_OPT_OUTPUT_DIR = 1 << 1,
  CLI_OPT_FORMAT = 1 << 2,
  CLI_OPT_STRICT = 1 << 3,
  CLI_OPT_STATEMENTS = 1 << 4,
  CLI_OPT_REOPEN = 1 << 5,
  CLI_OPT_EMPLOYEE = 1 << 6,
} CliOptionSet;

#define CLI_OPTS_MONTH (CLI_OPT_PERIOD | CLI_OPT_OUTPUT_DIR | CLI_OPT_FORMAT | CLI_OPT_STRICT | CLI_OPT_STATEMENTS)

typedef struct {
  const char *name;
  const char *summary;        /* one line for `incentive --help` */
  const char *parameters;     /* after the options in the usage line */
  gboolean takes_exports;     /* SALES.csv… required */
  CliOptionSet options;
  int (*run) (const CliOptions *options);
} CliCommand;

/* Every command, in the order `incentive --help` lists them. */
extern const CliCommand cli_commands[];

int cli_usage_error (const char *command, const char *message);
int cli_refused (GError *error); /* prints and frees ERROR */

/* Loads the plan and computes the period over the exports, as `run` does. */
IncentiveReport *cli_compute (IncentivePlan *plan, const CliOptions *options, GError **error);

/* cli_compute(), with a failure printed: returns 0 and sets *OUT, or the exit status. */
int cli_compute_or_status (const char *command, IncentivePlan *plan, const CliOptions *options,
                           IncentiveReport **out);

/* With --strict, prints every rejected line and returns FALSE when there is one. */
gboolean cli_strict_ok (IncentiveReport *report, const CliOptions *options);

/* --output-dir and --statements: written first into hidden staging folders inside their
 * destinations (nothing visible yet), then published by renaming; cli_staged_free() removes
 * whatever was not published. */
typedef struct _CliStaged CliStaged;
CliStaged *cli_stage_outputs (IncentiveReport *report, const CliOptions *options, GError **error);
gboolean cli_publish_outputs (CliStaged *staged, GError **error);
void cli_staged_free (CliStaged *staged);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliStaged, cli_staged_free)

/* Prints the report in --format to standard output; returns the exit status. */
int cli_print_report (IncentiveReport *report, const CliOptions *options);

int cli_command_run (const CliOptions *options);
int cli_command_close (const CliOptions *options);
int cli_command_history (const CliOptions *options);
int cli_command_explain (const CliOptions *options);

G_END_DECLS
