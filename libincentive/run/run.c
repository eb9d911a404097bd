/* run.c — one monthly run: each sales record is checked in the contract's order and
 * either accepted into the ledger or rejected with its file, line and reason.
 *
 * Check order (CONTRACT.md, Arithmetic 8): fields and numbers, date and period, employee,
 * discount, then txn_id (already paid in a closed period, then duplicate).  Only
 * accepted lines claim a txn_id.
 */
#include "config.h"

#include <string.h>

#include "history/history-private.h"
#include "incentive/incentive-error.h"
#include "incentive/incentive-run.h"
#include "reader/sales-line-private.h"
#include "standings/standings-private.h"

struct _IncentiveRun {
  gint ref_count;
  IncentivePlan *plan;
  IncentiveReport *report;
  IncLineRules rules;
  IncHistory *history;      /* NULL without [plan] history or before the first close */
  GString *reason;
  gboolean failed;
  gboolean finished;
};

G_DEFINE_BOXED_TYPE (IncentiveRun, incentive_run, incentive_run_ref, incentive_run_unref)

typedef struct {
  IncentiveRun *run;
  const char *name;
  guint file_index;
  gboolean header_done;
  IncColumnMap map;
} ExportReader;

static void
reject (IncentiveRun *run, const ExportReader *reader, guint64 line, const char *employee_id)
{
  IncentiveReport *report = run->report;
  report->rows_rejected++;
  g_ptr_array_add (report->rejected,
                   inc_rejection_new (reader->name, line, run->reason->str, employee_id));
}

/* Date and period: the period's own dates pass; a date in an earlier closed period is a
 * late line or is rejected; any other date is outside the period. */
static gboolean
check_period (IncentiveRun *run, const IncSalesLine *line, gboolean *late)
{
  const IncentiveReport *report = run->report;
  int month = inc_month_index (line->date.year, line->date.month);
  *late = FALSE;
  if (month == report->period_index)
    return TRUE;
  if (run->history && month < report->period_index && inc_history_is_closed (run->history, month))
    {
      g_autofree char *closed = inc_period_format (month);
      if (line->txn_id && inc_history_find_paid (run->history, line->txn_id, NULL))
        return TRUE; /* rejected as already paid, after the employee and discount checks */
      if (line->txn_id == NULL || run->plan->late_lines_reject)
        {
          g_string_printf (run->reason, "dated in closed period %s (%04d-%02d-%02d)%s", closed,
                           line->date.year, line->date.month, line->date.day,
                           line->txn_id == NULL ? ": a late line needs a txn_id to be paid once" : "");
          return FALSE;
        }
      *late = TRUE;
      return TRUE;
    }
  g_string_printf (run->reason, "outside the period %s (dated %04d-%02d-%02d)", report->period,
                   line->date.year, line->date.month, line->date.day);
  return FALSE;
}

static gboolean
on_sales_record (const IncCsvRecord *record, gpointer user_data, GError **error)
{
  ExportReader *reader = user_data;
  IncentiveRun *run = reader->run;
  IncentiveReport *report = run->report;
  const IncentivePlan *plan = run->plan;

  if (!reader->header_done)
    {
      reader->header_done = TRUE;
      return inc_column_map_from_header (&reader->map, plan, record, reader->name, error);
    }

  report->rows_read++;
  IncSalesLine line;
  gboolean late = FALSE;
  if (!inc_sales_line_parse (&run->rules, &reader->map, record, &line, run->reason)
      || !check_period (run, &line, &late))
    {
      reject (run, reader, record->line, line.employee_id);
      return TRUE;
    }
  if (plan->employees && !g_hash_table_contains (plan->employee_index, line.employee_id))
    {
      g_string_printf (run->reason, "unknown employee '%s' (not in the employees file)", line.employee_id);
      reject (run, reader, record->line, line.employee_id);
      return TRUE;
    }
  if (line.has_discount && !inc_discount_in_range (line.discount))
    {
      g_autofree char *d = inc_dec_to_plain_string (line.discount);
      g_string_printf (run->reason, "discount out of range: %s (a fraction from 0 to 1, or 0%% to 100%%)", d);
      reject (run, reader, record->line, line.employee_id);
      return TRUE;
    }
  if (line.txn_id && run->history)
    {
      IncPaidLine paid;
      if (inc_history_find_paid (run->history, line.txn_id, &paid))
        {
          g_string_printf (run->reason, "already paid in %s (txn_id '%s', %s line %" G_GUINT64_FORMAT ")",
                           paid.period, line.txn_id, paid.file, paid.line);
          inc_paid_line_clear (&paid);
          reject (run, reader, record->line, line.employee_id);
          return TRUE;
        }
    }
  IncTxnOrigin first;
  if (line.txn_id && !inc_ledger_claim_txn (report->ledger, line.txn_id, reader->file_index, record->line, &first))
    {
      g_string_printf (run->reason, "duplicate txn_id '%s' (first seen at %s line %" G_GUINT64_FORMAT ")",
                       line.txn_id, inc_ledger_get_file (report->ledger, first.file), first.line);
      reject (run, reader, record->line, line.employee_id);
      return TRUE;
    }

  const IncProduct *product = NULL;
  IncDec weight = inc_plan_weight_of (plan, line.product_id, &product);
  if (!inc_ledger_add (report->ledger, &line, weight, product && product->locomotive, late))
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_OVERFLOW,
                   "%s line %" G_GUINT64_FORMAT ": the sums of employee %s are too large to compute exactly",
                   reader->name, record->line, line.employee_id);
      return FALSE;
    }
  report->rows_accepted++;
  return TRUE;
}

/**
 * incentive_run_new:
 * @plan: the plan
 * @period: (nullable): the period, `YYYY-MM`; %NULL for the plan's `period`
 * @error: return location for a #GError, or %NULL
 *
 * Starts a run of @plan for @period.  With a history store in the plan, the store is
 * opened read-only and held until the run is freed: a run never writes it.
 *
 * Fails with %INCENTIVE_ERROR_INVALID_ARGUMENT when there is no period (neither @period
 * nor the plan's) or it is not a valid `YYYY-MM`, and with the history store's errors
 * (%INCENTIVE_ERROR_STORE_TOO_NEW, %INCENTIVE_ERROR_STORE_CORRUPT,
 * %INCENTIVE_ERROR_STORE_BUSY, %INCENTIVE_ERROR_IO) when the store cannot be read.  A store
 * that does not exist yet is no error.  The run holds a reference to @plan; free it with
 * incentive_run_unref().
 *
 * Returns: (transfer full): a new run, or %NULL with @error set
 */
IncentiveRun *
incentive_run_new (IncentivePlan *plan, const char *period, GError **error)
{
  g_return_val_if_fail (plan != NULL, NULL);
  if (period == NULL)
    period = plan->period;
  int year, month;
  if (period == NULL)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT,
                   "no period: give --period YYYY-MM or set [plan] period");
      return NULL;
    }
  if (!inc_period_parse (period, &year, &month))
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT,
                   "bad period '%s' (expected YYYY-MM)", period);
      return NULL;
    }

  IncHistory *history = NULL;
  if (plan->history_path && !inc_history_open_for_run (plan, inc_month_index (year, month), &history, error))
    return NULL;

  IncentiveRun *run = g_new0 (IncentiveRun, 1);
  run->ref_count = 1;
  run->plan = incentive_plan_ref (plan);
  run->history = history;
  run->report = inc_report_new (plan, period, inc_month_index (year, month));
  run->report->has_history = plan->history_path != NULL;
  run->reason = g_string_new (NULL);
  inc_line_rules_init (&run->rules, plan);
  return run;
}

/**
 * incentive_run_ref:
 * @run: a run
 *
 * Takes one more reference to @run. A run is not meant to be fed from two threads at once.
 *
 * Returns: (transfer full): @run
 */
IncentiveRun *
incentive_run_ref (IncentiveRun *run)
{
  g_atomic_int_inc (&run->ref_count);
  return run;
}

/**
 * incentive_run_unref:
 * @run: (transfer full) (nullable): a run
 *
 * Drops one reference to @run; the last one frees it and closes the history store it read.
 * The report incentive_run_finish() returned keeps its own reference and stays valid. %NULL
 * is ignored.
 */
void
incentive_run_unref (IncentiveRun *run)
{
  if (run == NULL || !g_atomic_int_dec_and_test (&run->ref_count))
    return;
  incentive_report_unref (run->report);
  incentive_plan_unref (run->plan);
  inc_history_free (run->history);
  g_string_free (run->reason, TRUE);
  g_free (run);
}

/**
 * incentive_run_get_period:
 * @run: a run
 *
 * The period the run computes: the one given to incentive_run_new(), or the plan's. The
 * string belongs to @run.
 *
 * Returns: (transfer none): the run's period, `YYYY-MM`
 */
const char *
incentive_run_get_period (IncentiveRun *run)
{
  return run->report->period;
}

static gboolean
usable (IncentiveRun *run, GError **error)
{
  if (run->finished || run->failed)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT,
                   run->finished ? "the run is already finished" : "an earlier export refused the run");
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_export (IncentiveRun *run, const char *name, GInputStream *stream, GBytes *bytes,
             GCancellable *cancellable, GError **error)
{
  if (!usable (run, error))
    return FALSE;
  ExportReader reader = { run, name, 0, FALSE, { { 0 }, 0 } };
  reader.file_index = inc_ledger_add_file (run->report->ledger, name);
  g_ptr_array_add (run->report->files, g_strdup (name));
  IncCsvDialect dialect = { run->plan->delimiter, run->plan->encoding };
  /* The sha256 is taken from the very bytes that were read: a close records what was paid
   * from, even if the file changes afterwards.  Only a plan with a history store can be
   * closed, and hashing costs as much as parsing, so other runs skip it. */
  g_autoptr (GChecksum) sha = run->plan->history_path ? g_checksum_new (G_CHECKSUM_SHA256) : NULL;
  IncCsvSource *source = inc_csv_source_new (name, &dialect, on_sales_record, &reader, error);
  gboolean ok = source != NULL;
  if (ok && stream)
    {
      g_autofree char *buf = g_malloc (1 << 20);
      gssize n = 0;
      GError *local = NULL;
      while (ok && (n = g_input_stream_read (stream, buf, 1 << 20, cancellable, &local)) > 0)
        {
          if (sha)
            g_checksum_update (sha, (const guchar *) buf, n);
          ok = inc_csv_source_feed (source, buf, n, error);
        }
      if (ok && n < 0)
        {
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: %s", name, local->message);
          g_error_free (local);
          ok = FALSE;
        }
    }
  else if (ok)
    {
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);
      if (sha)
        g_checksum_update (sha, (const guchar *) data, len);
      ok = inc_csv_source_feed (source, data, len, error);
    }
  ok = ok && inc_csv_source_finish (source, error);
  inc_csv_source_free (source);
  g_ptr_array_add (run->report->files_sha256, g_strdup (sha ? g_checksum_get_string (sha) : ""));
  if (ok && !reader.header_done)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT,
                   "%s: the export is empty (a header row is required)", name);
      ok = FALSE;
    }
  if (!ok)
    run->failed = TRUE;
  return ok;
}

/**
 * incentive_run_add_file:
 * @run: a run
 * @path: (type filename): the sales export
 * @name: (nullable): the name rejected lines cite; %NULL for @path
 * @error: return location for a #GError, or %NULL
 *
 * Reads one sales export.  A rejected line does not fail the call: it is listed in the
 * report.  A failure refuses the whole run, and later calls on it fail with
 * %INCENTIVE_ERROR_INVALID_ARGUMENT: an unreadable file (%INCENTIVE_ERROR_IO); an empty
 * export, a missing required column, an unterminated quote or bytes that are not in the
 * plan's encoding (%INCENTIVE_ERROR_INVALID_EXPORT); sums too large to be exact
 * (%INCENTIVE_ERROR_OVERFLOW).  Adding to a finished run is
 * %INCENTIVE_ERROR_INVALID_ARGUMENT.
 *
 * Returns: %TRUE when the export was read
 */
gboolean
incentive_run_add_file (IncentiveRun *run, const char *path, const char *name, GError **error)
{
  g_return_val_if_fail (run != NULL && path != NULL, FALSE);
  if (name == NULL)
    name = path;
  GFile *file = g_file_new_for_path (path);
  GError *local = NULL;
  GFileInputStream *in = g_file_read (file, NULL, &local);
  g_object_unref (file);
  if (in == NULL)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot read: %s", name, local->message);
      g_error_free (local);
      run->failed = TRUE;
      return FALSE;
    }
  gboolean ok = read_export (run, name, G_INPUT_STREAM (in), NULL, NULL, error);
  g_object_unref (in);
  return ok;
}

/**
 * incentive_run_add_stream:
 * @run: a run
 * @stream: the export's bytes
 * @name: the name rejected lines cite
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError, or %NULL
 *
 * Like incentive_run_add_file(), reading @stream to its end; the stream is not closed.
 * A read error of the stream, cancellation included, is %INCENTIVE_ERROR_IO and refuses
 * the run like any other failure.
 *
 * Returns: %TRUE when the export was read
 */
gboolean
incentive_run_add_stream (IncentiveRun *run, GInputStream *stream, const char *name,
                          GCancellable *cancellable, GError **error)
{
  g_return_val_if_fail (run != NULL && G_IS_INPUT_STREAM (stream) && name != NULL, FALSE);
  return read_export (run, name, stream, NULL, cancellable, error);
}

/**
 * incentive_run_add_bytes:
 * @run: a run
 * @bytes: the whole export
 * @name: the name rejected lines cite
 * @error: return location for a #GError, or %NULL
 *
 * Like incentive_run_add_file(), for an export already in memory.  The run does not keep
 * @bytes after the call returns.
 *
 * Returns: %TRUE when the export was read
 */
gboolean
incentive_run_add_bytes (IncentiveRun *run, GBytes *bytes, const char *name, GError **error)
{
  g_return_val_if_fail (run != NULL && bytes != NULL && name != NULL, FALSE);
  return read_export (run, name, NULL, bytes, NULL, error);
}

/**
 * incentive_run_finish:
 * @run: a run
 * @error: return location for a #GError, or %NULL
 *
 * Computes the standings: contribution, bonus, ranking, employee of the month, customer
 * credits and rewards.  A run finishes once: a second call, or a call after an export
 * refused the run, is %INCENTIVE_ERROR_INVALID_ARGUMENT.  It fails too when a figure is too
 * large to be exact (%INCENTIVE_ERROR_OVERFLOW), when the plan's complaints file cannot be
 * read or is invalid (%INCENTIVE_ERROR_IO, %INCENTIVE_ERROR_INVALID_PLAN), or when the
 * history store cannot be read (%INCENTIVE_ERROR_STORE_CORRUPT and the other store errors).
 * The report holds its own reference to the plan and outlives the run.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
IncentiveReport *
incentive_run_finish (IncentiveRun *run, GError **error)
{
  g_return_val_if_fail (run != NULL, NULL);
  if (!usable (run, error))
    return NULL;
  run->finished = TRUE;
  gboolean ok = inc_history_prepare_report (run->history, run->report, error)
                && inc_standings_compute (run->report, error);
  run->report->history = NULL; /* it was the run's, and the run may go first */
  if (!ok)
    {
      run->failed = TRUE;
      return NULL;
    }
  return incentive_report_ref (run->report);
}
