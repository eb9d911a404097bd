/* fuzz-sales-export.c — a sales export of any bytes through the public API.
 *
 * The first bytes of the input choose how the plan says the export is written and how the
 * bytes arrive; the rest is the export.  The same bytes go through the run twice: once
 * whole (incentive_run_add_bytes) and once as a stream that hands them out in small
 * chunks.  Both must agree byte for byte — results must not depend on where a read ends —
 * and every line read must be accepted or rejected.  Any disagreement aborts, so the
 * fuzzer keeps the input.
 *
 *   byte 0: delimiter (low 3 bits: auto , ; tab |), decimal separator (bit 3),
 *           date format (bits 4-5: ISO, %d.%m.%Y, %m/%d/%Y)
 *   byte 1: encoding (low 2 bits: UTF-8, windows-1252, CP850, UTF-16LE), an employees
 *           file and ranking by attainment (bit 2), half-even (bit 3)
 *   byte 2: chunk size of the streamed copy, 1..256
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <incentive/incentive.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

#define HEADER_BYTES 3
#define N_PLANS 1024

static char *plan_dir;
static IncentivePlan *plans[N_PLANS];

static const char *const delimiters[] = { NULL, ",", ";", "tab", "|" };
static const char *const date_formats[] = { NULL, "%d.%m.%Y", "%m/%d/%Y" };
static const char *const encodings[] = { NULL, "windows-1252", "CP850", "UTF-16LE" };

static void
write_or_die (const char *dir, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_file_set_contents (path, text, -1, &error))
    fuzz_die ("cannot write %s: %s", path, error->message);
}

static void
make_plan_dir (void)
{
  plan_dir = g_dir_make_tmp ("fuzz-sales-XXXXXX", NULL);
  if (plan_dir == NULL)
    fuzz_die ("cannot make a temporary folder");
  write_or_die (plan_dir, "products.csv",
                "product_id,name,category,weight,locomotive\n"
                "P1,Espresso machine,machines,,yes\n"
                "P2,Grinder,machines,1.5,no\n"
                "P3,Beans,coffee,0.5,no\n");
  write_or_die (plan_dir, "employees.csv",
                "employee_id,name,target\n"
                "E1,Ann,1000.00\n"
                "E2,Bob,\n"
                "E3,Cem,250.50\n");
}

/* The plan for the dialect in SELECT; written and loaded once, then kept. */
static IncentivePlan *
plan_for (guint select)
{
  if (plans[select])
    return plans[select];
  if (plan_dir == NULL)
    make_plan_dir ();

  guint d = select & 7, sep = (select >> 3) & 1, df = (select >> 4) & 3;
  guint enc = (select >> 6) & 3, emp = (select >> 8) & 1, even = (select >> 9) & 1;
  GString *ini = g_string_new ("[plan]\nname=Fuzz\nperiod=2026-10\ncurrency=EUR\n"
                               "target=5000.00\nproducts=products.csv\n");
  g_string_append_printf (ini, "rounding=%s\n", even ? "half-even" : "half-up");
  if (emp)
    g_string_append (ini, "employees=employees.csv\nrank-by=attainment\n");
  if (d > 0 && d < G_N_ELEMENTS (delimiters))
    g_string_append_printf (ini, "delimiter=%s\n", delimiters[d]);
  if (sep)
    g_string_append (ini, "decimal-separator=,\n");
  if (df > 0 && df < G_N_ELEMENTS (date_formats))
    g_string_append_printf (ini, "date-format=%s\n", date_formats[df]);
  if (encodings[enc])
    g_string_append_printf (ini, "encoding=%s\n", encodings[enc]);
  g_string_append (ini, "[weights]\ndefault=1.0\nlocomotive=2.5\n"
                        "[bonus]\ntiers=0%:2%;100%:4%;150%:6%\nthreshold=10%\ncap=300.00\nrate=1.5%\n"
                        "[recognition]\nmin-attainment=0%\n"
                        "[reward:mug]\nname=Mug\ncategory=other\nvalue=5.00\nfor=rank<=2\n");
  g_autofree char *name = g_strdup_printf ("plan-%u.ini", select);
  write_or_die (plan_dir, name, ini->str);
  g_string_free (ini, TRUE);

  g_autofree char *path = g_build_filename (plan_dir, name, NULL);
  g_autoptr (GError) error = NULL;
  plans[select] = incentive_plan_load (path, &error);
  if (plans[select] == NULL)
    fuzz_die ("the fuzz plan %s is refused: %s", path, error->message);
  return plans[select];
}

/* Everything a report can show, as one string: what must not depend on chunking. */
static char *
render (IncentiveReport *report)
{
  guint64 read = incentive_report_get_rows_read (report);
  guint64 accepted = incentive_report_get_rows_accepted (report);
  guint64 rejected = incentive_report_get_rows_rejected (report);
  if (read != accepted + rejected)
    fuzz_die ("rows_read %" G_GUINT64_FORMAT " != accepted %" G_GUINT64_FORMAT
              " + rejected %" G_GUINT64_FORMAT, read, accepted, rejected);
  if (incentive_report_get_n_rejected (report) != rejected)
    fuzz_die ("%u rejections listed, %" G_GUINT64_FORMAT " counted",
              incentive_report_get_n_rejected (report), rejected);

  GString *all = g_string_new (NULL);
  char *parts[] = {
    incentive_report_to_json (report),
    incentive_report_to_table (report),
    incentive_report_to_rankings_csv (report),
    incentive_report_to_payroll_csv (report),
    incentive_report_to_html (report),
  };
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL)
        fuzz_die ("a report rendering returned NULL");
      g_string_append (all, parts[i]);
      g_free (parts[i]);
    }
  /* Statements: every employee's, including one that sold nothing. */
  for (guint i = 0; i < incentive_report_get_n_employees (report); i++)
    {
      IncentiveStanding *s = incentive_report_get_employee (report, i);
      g_autoptr (GError) error = NULL;
      IncentiveStatement *st = incentive_report_get_statement (report, incentive_standing_get_employee_id (s), &error);
      if (st == NULL)
        fuzz_die ("no statement for a ranked employee: %s", error->message);
      char *text = incentive_statement_to_text (st);
      char *json = incentive_statement_to_json (st);
      g_string_append (all, text);
      g_string_append (all, json);
      g_free (text);
      g_free (json);
      incentive_statement_unref (st);
    }
  return g_string_free (all, FALSE);
}

/* Runs DATA; returns the rendering, or "ERROR: message". */
static char *
run_once (IncentivePlan *plan, const guint8 *data, gsize size, gsize chunk)
{
  g_autoptr (GError) error = NULL;
  IncentiveRun *run = incentive_run_new (plan, NULL, &error);
  if (run == NULL)
    fuzz_die ("incentive_run_new: %s", error->message);
  gboolean ok;
  if (chunk == 0)
    {
      GBytes *bytes = g_bytes_new_static (data, size);
      ok = incentive_run_add_bytes (run, bytes, "sales.csv", &error);
      g_bytes_unref (bytes);
    }
  else
    {
      GInputStream *in = fuzz_chunked_stream_new (data, size, chunk);
      ok = incentive_run_add_stream (run, in, "sales.csv", NULL, &error);
      g_object_unref (in);
    }
  char *out;
  IncentiveReport *report = ok ? incentive_run_finish (run, &error) : NULL;
  if (report)
    {
      out = render (report);
      incentive_report_unref (report);
    }
  else
    {
      if (error == NULL)
        fuzz_die ("a failure without an error");
      out = g_strdup_printf ("ERROR: %s", error->message);
    }
  incentive_run_unref (run);
  return out;
}

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  if (size < HEADER_BYTES)
    return 0;
  guint select = (data[0] & 0x3f) | ((data[1] & 0x0f) << 6);
  if ((data[0] & 7) >= G_N_ELEMENTS (delimiters) || ((data[0] >> 4) & 3) >= G_N_ELEMENTS (date_formats))
    return 0;
  /* A plan with , as both delimiter and decimal separator is refused, rightly. */
  if ((data[0] & 7) == 1 && (data[0] & 8))
    return 0;
  gsize chunk = (gsize) data[2] + 1;
  IncentivePlan *plan = plan_for (select & (N_PLANS - 1));

  g_autofree char *whole = run_once (plan, data + HEADER_BYTES, size - HEADER_BYTES, 0);
  g_autofree char *chunked = run_once (plan, data + HEADER_BYTES, size - HEADER_BYTES, chunk);
  if (strcmp (whole, chunked) != 0)
    fuzz_die ("reading in chunks of %zu bytes changes the result:\n--- whole\n%s\n--- chunked\n%s",
              chunk, whole, chunked);
  /* FUZZ_VERBOSE=1 shows what an input does, to check that a seed reaches what it should. */
  if (g_getenv ("FUZZ_VERBOSE"))
    fprintf (stderr, "%.*s\n", (int) MIN (strlen (whole), 1500), whole);
  return 0;
}
