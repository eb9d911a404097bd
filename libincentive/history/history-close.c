/* history-close.c — closing a period into the history store, and listing closed periods.
 *
 * A close is one SQLite transaction, taken with BEGIN IMMEDIATE so that two closes never
 * interleave: the second waits (busy timeout) and then either sees the first one's result
 * (and is refused as already closed or as a gap) or gives up with STORE_BUSY.  Every
 * refusal is decided inside that transaction and rolls it back, so a refused close leaves
 * the store's bytes exactly as they were.  A killed close leaves an uncommitted WAL tail
 * that SQLite discards on the next open.
 */
#include "config.h"

#include <string.h>

#include "history/history-private.h"
#include "incentive/incentive-error.h"
#include "incentive/incentive-history.h"

typedef struct {
  char *role, *name, *sha256;
} Input;

struct _IncentiveClosedPeriod {
  gint ref_count;
  char *period, *closed_at, *plan_name, *currency;
  guint64 rows_read, rows_accepted;
  char *weighted, *bonus, *report_json;
  GArray *inputs; /* Input */
};

G_DEFINE_BOXED_TYPE (IncentiveClosedPeriod, incentive_closed_period, incentive_closed_period_ref,
                     incentive_closed_period_unref)

static void
input_clear (gpointer p)
{
  Input *i = p;
  g_free (i->role);
  g_free (i->name);
  g_free (i->sha256);
}

static void
add_input (GArray *inputs, const char *role, const char *name, const char *sha256)
{
  Input i = { g_strdup (role), g_strdup (name), g_strdup (sha256) };
  g_array_append_val (inputs, i);
}

static gboolean
add_file_input (GArray *inputs, const char *role, const char *path, GError **error)
{
  if (path == NULL)
    return TRUE;
  g_autofree char *data = NULL;
  gsize len = 0;
  GError *local = NULL;
  if (!g_file_get_contents (path, &data, &len, &local))
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot read it to record its sha256: %s",
                   path, local->message);
      g_error_free (local);
      return FALSE;
    }
  g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
  add_input (inputs, role, path, sha);
  return TRUE;
}

/* ---- writing one period ---- */

typedef struct {
  sqlite3 *db;
  const char *path;
  IncentiveReport *report;
  sqlite3_stmt *st;
  GArray *hashes;
  gboolean failed;
} Writer;

static sqlite3_stmt *
prep (Writer *w, const char *sql, GError **error)
{
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2 (w->db, sql, -1, &st, NULL) != SQLITE_OK)
    {
      inc_store_fail (w->db, 0, w->path, "preparing the close", error);
      return NULL;
    }
  return st;
}

static gboolean
step_done (Writer *w, sqlite3_stmt *st, GError **error)
{
  int rc = sqlite3_step (st);
  sqlite3_reset (st);
  sqlite3_clear_bindings (st);
  if (rc != SQLITE_DONE)
    return inc_store_fail (w->db, rc, w->path, "recording the period", error);
  return TRUE;
}

static void
on_txn (const char *txn_id, const IncTxnOrigin *origin, gpointer user_data)
{
  Writer *w = user_data;
  guint64 h = GUINT64_TO_LE (inc_txn_hash (txn_id));
  g_array_append_val (w->hashes, h);
  if (w->failed)
    return;
  sqlite3_bind_text (w->st, 1, txn_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (w->st, 2, w->report->period_index);
  sqlite3_bind_int (w->st, 3, (int) origin->file);
  sqlite3_bind_int64 (w->st, 4, (sqlite3_int64) origin->line);
  w->failed = sqlite3_step (w->st) != SQLITE_DONE;
  sqlite3_reset (w->st);
}

static gint
compare_u64 (gconstpointer a, gconstpointer b)
{
  guint64 x = GUINT64_FROM_LE (*(const guint64 *) a), y = GUINT64_FROM_LE (*(const guint64 *) b);
  return x < y ? -1 : x > y;
}

static gboolean
write_paid (Writer *w, GError **error)
{
  w->st = prep (w, "INSERT INTO paid (txn_id, month, file, line) VALUES (?, ?, ?, ?)", error);
  if (w->st == NULL)
    return FALSE;
  w->hashes = g_array_sized_new (FALSE, FALSE, sizeof (guint64), (guint) inc_ledger_n_txns (w->report->ledger));
  inc_ledger_foreach_txn (w->report->ledger, on_txn, w);
  sqlite3_finalize (w->st);
  w->st = NULL;
  gboolean ok = !w->failed;
  if (!ok)
    inc_store_fail (w->db, 0, w->path, "recording the paid txn_ids", error);
  g_array_sort (w->hashes, compare_u64);
  sqlite3_stmt *st = ok ? prep (w, "INSERT INTO paid_filter (month, hashes) VALUES (?, ?)", error) : NULL;
  if (st)
    {
      sqlite3_bind_int (st, 1, w->report->period_index);
      if (w->hashes->len == 0) /* a month without txn_ids: an empty blob, not NULL */
        sqlite3_bind_zeroblob (st, 2, 0);
      else
        sqlite3_bind_blob64 (st, 2, w->hashes->data, (sqlite3_uint64) w->hashes->len * 8, SQLITE_STATIC);
      ok = step_done (w, st, error);
      sqlite3_finalize (st);
    }
  else
    ok = FALSE;
  g_array_unref (w->hashes);
  return ok;
}

static const char *
status_name (IncCustomerStatus status)
{
  switch (status)
    {
    case INC_CUSTOMER_NEW: return "new";
    case INC_CUSTOMER_WON_BACK: return "won_back";
    case INC_CUSTOMER_RETAINED: return "retained";
    default: return NULL;
    }
}

static gboolean
write_customers (Writer *w, GError **error)
{
  IncentiveReport *report = w->report;
  int minor = report->plan->minor_digits;
  /* Who each customer was credited to, from the standings. */
  g_autoptr (GHashTable) credited = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) credited_to = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < report->standings->len; i++)
    {
      IncentiveStanding *s = report->standings->pdata[i];
      for (guint c = 0; c < s->credited->len; c++)
        {
          IncCreditedCustomer *cc = s->credited->pdata[c];
          if (!cc->credited)
            continue;
          g_hash_table_insert (credited, cc->customer_id, cc);
          g_hash_table_insert (credited_to, cc->customer_id, s->employee_id);
        }
    }
  sqlite3_stmt *st = prep (w, "INSERT INTO customer_sales (customer_id, month, net, purchase, employee_id, status)"
                              " VALUES (?, ?, ?, ?, ?, ?)", error);
  if (st == NULL)
    return FALSE;
  g_autoptr (GPtrArray) customers = inc_ledger_customers (report->ledger);
  gboolean ok = TRUE;
  for (guint i = 0; ok && i < customers->len; i++)
    {
      const IncCustomerSums *c = customers->pdata[i];
      g_autofree char *net = inc_dec_to_string (inc_dec_make (c->net, minor), minor);
      const IncCreditedCustomer *cc = g_hash_table_lookup (credited, c->customer_id);
      sqlite3_bind_text (st, 1, c->customer_id, -1, SQLITE_STATIC);
      sqlite3_bind_int (st, 2, report->period_index);
      sqlite3_bind_text (st, 3, net, -1, SQLITE_STATIC);
      sqlite3_bind_int (st, 4, c->net > 0);
      sqlite3_bind_text (st, 5, g_hash_table_lookup (credited_to, c->customer_id), -1, SQLITE_STATIC);
      sqlite3_bind_text (st, 6, cc ? status_name (cc->status) : NULL, -1, SQLITE_STATIC);
      ok = step_done (w, st, error);
    }
  sqlite3_finalize (st);
  return ok;
}

static gboolean
write_employees (Writer *w, GError **error)
{
  IncentiveReport *report = w->report;
  sqlite3_stmt *st = prep (w, "INSERT INTO employee_figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (st == NULL)
    return FALSE;
  gboolean ok = TRUE;
  for (guint i = 0; ok && i < report->standings->len; i++)
    {
      IncentiveStanding *s = report->standings->pdata[i];
      g_autofree char *exact = inc_dec_to_string (s->weighted, s->weighted.scale);
      int k = 1;
      sqlite3_bind_int (st, k++, report->period_index);
      sqlite3_bind_text (st, k++, s->employee_id, -1, SQLITE_STATIC);
      sqlite3_bind_int (st, k++, (int) s->rank);
      sqlite3_bind_int64 (st, k++, (sqlite3_int64) s->lines);
      sqlite3_bind_int64 (st, k++, (sqlite3_int64) s->late_lines);
      sqlite3_bind_text (st, k++, s->s_gross, -1, SQLITE_STATIC);
      sqlite3_bind_text (st, k++, exact, -1, SQLITE_STATIC);
      sqlite3_bind_text (st, k++, s->s_weighted, -1, SQLITE_STATIC);
      sqlite3_bind_text (st, k++, s->s_sales_bonus, -1, SQLITE_STATIC);
      sqlite3_bind_text (st, k++, s->s_customer_bonus, -1, SQLITE_STATIC);
      sqlite3_bind_text (st, k++, s->s_bonus, -1, SQLITE_STATIC);
      sqlite3_bind_int (st, k++, (int) s->customers_new);
      sqlite3_bind_int (st, k++, (int) s->customers_won_back);
      sqlite3_bind_int (st, k++, (int) s->customers_retained);
      sqlite3_bind_int (st, k++, (int) s->customers_kept);
      sqlite3_bind_int (st, k++, (int) s->complaints_closed);
      sqlite3_bind_int (st, k++, (int) s->answered_in_time);
      ok = step_done (w, st, error);
    }
  sqlite3_finalize (st);
  return ok;
}

static gboolean
write_period (Writer *w, GArray *inputs, const char *closed_at, const char *report_json, GError **error)
{
  IncentiveReport *report = w->report;
  sqlite3_stmt *st = prep (w, "INSERT INTO periods VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (st == NULL)
    return FALSE;
  int k = 1;
  sqlite3_bind_int (st, k++, report->period_index);
  sqlite3_bind_text (st, k++, report->period, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, k++, report->plan->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, k++, report->plan->currency, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, k++, closed_at, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (st, k++, (sqlite3_int64) report->rows_read);
  sqlite3_bind_int64 (st, k++, (sqlite3_int64) report->rows_accepted);
  sqlite3_bind_int64 (st, k++, (sqlite3_int64) report->rows_rejected);
  sqlite3_bind_text (st, k++, report->s_gross, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, k++, report->s_weighted, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, k++, report->s_bonus, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, k++, report_json, -1, SQLITE_STATIC);
  gboolean ok = step_done (w, st, error);
  sqlite3_finalize (st);
  if (!ok || !(st = prep (w, "INSERT INTO inputs VALUES (?, ?, ?, ?, ?)", error)))
    return FALSE;
  for (guint i = 0; ok && i < inputs->len; i++)
    {
      const Input *in = &g_array_index (inputs, Input, i);
      /* an export's position is its index among the exports, which paid.file refers to */
      int position = 0;
      for (guint j = 0; j < i; j++)
        position += strcmp (g_array_index (inputs, Input, j).role, in->role) == 0;
      sqlite3_bind_int (st, 1, report->period_index);
      sqlite3_bind_text (st, 2, in->role, -1, SQLITE_STATIC);
      sqlite3_bind_int (st, 3, position);
      sqlite3_bind_text (st, 4, in->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (st, 5, in->sha256, -1, SQLITE_STATIC);
      ok = step_done (w, st, error);
    }
  sqlite3_finalize (st);
  return ok && write_paid (w, error) && write_customers (w, error) && write_employees (w, error);
}

static gboolean
delete_period (Writer *w, GError **error)
{
  static const char *const tables[] = { "paid", "paid_filter", "customer_sales", "employee_figures", "inputs", "periods" };
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE month = %d", tables[i], w->report->period_index);
      if (!inc_store_exec (w->db, w->path, sql, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (sqlite3 *db, const char *path, const char *sql, int *out, GError **error)
{
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &st, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (st);
  if (rc != SQLITE_ROW)
    {
      inc_store_fail (db, rc, path, "reading the closed periods", error);
      sqlite3_finalize (st);
      return FALSE;
    }
  *out = sqlite3_column_type (st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int (st, 0);
  sqlite3_finalize (st);
  return TRUE;
}

/* The contract's refusals, decided against what the store holds now. */
static gboolean
check_order (Writer *w, gboolean reopen, gboolean *replace, GError **error)
{
  IncentiveReport *report = w->report;
  int p = report->period_index;
  int latest, closed;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM periods WHERE month = %d", p);
  if (!query_int (w->db, w->path, "SELECT max(month) FROM periods", &latest, error)
      || !query_int (w->db, w->path, sql, &closed, error))
    return FALSE;
  g_autofree char *latest_s = latest >= 0 ? inc_period_format (latest) : NULL;
  *replace = FALSE;
  if (closed && !reopen)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_ALREADY_CLOSED,
                   "period %s is already closed in %s; nothing was changed (give --reopen to replace it, "
                   "which only the latest closed period allows)", report->period, w->path);
      return FALSE;
    }
  /* --reopen permits replacing the latest closed period; a period that is not closed has
   * nothing to replace and closes as usual, in order. */
  if (reopen && closed && p != latest)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_NOT_LATEST,
                   "cannot reopen %s: only the latest closed period (%s) can be reopened; nothing was changed",
                   report->period, latest_s);
      return FALSE;
    }
  if (closed)
    {
      *replace = TRUE;
      return TRUE;
    }
  if (latest >= 0 && p < latest)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_PERIOD_GAP,
                   "cannot close %s: periods close in calendar order and %s is already closed; nothing was changed",
                   report->period, latest_s);
      return FALSE;
    }
  if (latest >= 0 && p > latest + 1)
    {
      g_autofree char *from = inc_period_format (latest + 1);
      g_autofree char *to = inc_period_format (p - 1);
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_PERIOD_GAP,
                   "cannot close %s: periods close without gaps and %s%s%s %s not closed (the latest closed is %s); "
                   "nothing was changed", report->period, from, p - 1 > latest + 1 ? " to " : "",
                   p - 1 > latest + 1 ? to : "", p - 1 > latest + 1 ? "are" : "is", latest_s);
      return FALSE;
    }
  return TRUE;
}

/**
 * incentive_report_close_period:
 * @report: a finished report of a plan with `[plan] history`
 * @reopen: replace the period if it is the latest closed one
 * @error: return location for a #GError, or %NULL
 *
 * Records @report's period as closed in the plan's history store, in one transaction: the
 * txn_ids it paid (with file and line), each customer's net sales and the employee it was
 * credited to, each employee's figures, the sha256 of every input file, the plan's name,
 * the time and report.json.  The store is created by the first close.
 *
 * Refused, with the store left exactly as it was: a plan without a history store
 * (%INCENTIVE_ERROR_NO_HISTORY); a period already closed, unless @reopen
 * (%INCENTIVE_ERROR_ALREADY_CLOSED); @reopen of a closed period other than the latest
 * (%INCENTIVE_ERROR_NOT_LATEST); a period before the latest closed one or after a gap
 * (%INCENTIVE_ERROR_PERIOD_GAP); another close holding the store for longer than the busy
 * timeout, or a store that changed since @report was computed
 * (%INCENTIVE_ERROR_STORE_BUSY); a store written by a newer version
 * (%INCENTIVE_ERROR_STORE_TOO_NEW) or not a store (%INCENTIVE_ERROR_STORE_CORRUPT); an
 * input file that cannot be read again for its sha256, or a store that cannot be created
 * or written (%INCENTIVE_ERROR_IO).
 *
 * Returns: %TRUE when the period was recorded
 */
gboolean
incentive_report_close_period (IncentiveReport *report, gboolean reopen, GError **error)
{
  g_return_val_if_fail (report != NULL, FALSE);
  const IncentivePlan *plan = report->plan;
  if (plan->history_path == NULL)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_NO_HISTORY,
                   "the plan names no history store: add [plan] history=FILE to close periods");
      return FALSE;
    }
  if (report->s_bonus == NULL)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT, "the report is not finished");
      return FALSE;
    }

  g_autoptr (GArray) inputs = g_array_new (FALSE, FALSE, sizeof (Input));
  g_array_set_clear_func (inputs, input_clear);
  if (!add_file_input (inputs, "plan", plan->path, error)
      || !add_file_input (inputs, "products", plan->products_path, error)
      || !add_file_input (inputs, "employees", plan->employees_path, error)
      || !add_file_input (inputs, "complaints", plan->customers.complaints_path, error))
    return FALSE;
  for (guint i = 0; i < report->files->len; i++)
    add_input (inputs, "export", report->files->pdata[i],
               i < report->files_sha256->len ? report->files_sha256->pdata[i] : "");
  g_autofree char *report_json = incentive_report_to_json (report);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *closed_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  gboolean missing;
  sqlite3 *db = inc_store_open (plan->history_path, TRUE, &missing, error);
  if (db == NULL)
    return FALSE;
  Writer w = { db, plan->history_path, report, NULL, NULL, FALSE };
  gboolean replace = FALSE;
  gint64 stamp = 0;
  gboolean ok = inc_store_exec (db, w.path, "BEGIN IMMEDIATE", error);
  gboolean in_transaction = ok;
  ok = ok && inc_store_migrate (db, w.path, error) && check_order (&w, reopen, &replace, error)
       && inc_store_stamp (db, w.path, report->period_index, &stamp, error);
  if (ok && stamp != report->history_stamp)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_BUSY,
                   "the history store %s changed while %s was being computed (another close?); "
                   "nothing was changed: run the close again", w.path, report->period);
      ok = FALSE;
    }
  ok = ok && (!replace || delete_period (&w, error)) && write_period (&w, inputs, closed_at, report_json, error)
       && inc_store_exec (db, w.path, "COMMIT", error);
  if (!ok && in_transaction)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return ok;
}

/* ---- reading the list ---- */

/**
 * incentive_plan_list_closed_periods:
 * @plan: a plan
 * @error: return location for a #GError, or %NULL
 *
 * The periods closed in the plan's history store, oldest first.  A store that does not
 * exist yet has none.  The store is only read, in one transaction, so a close running at
 * the same time is seen entirely or not at all.  A store that cannot be read fails with
 * %INCENTIVE_ERROR_STORE_CORRUPT, %INCENTIVE_ERROR_STORE_TOO_NEW,
 * %INCENTIVE_ERROR_STORE_BUSY or %INCENTIVE_ERROR_IO.
 *
 * The array is new and the caller's, and holds a reference to each period:
 * g_ptr_array_unref() releases them all.
 *
 * Returns: (transfer container) (element-type IncentiveClosedPeriod): the periods, or
 *   %NULL with @error set (%INCENTIVE_ERROR_NO_HISTORY for a plan without a store)
 */
GPtrArray *
incentive_plan_list_closed_periods (IncentivePlan *plan, GError **error)
{
  g_return_val_if_fail (plan != NULL, NULL);
  if (plan->history_path == NULL)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_NO_HISTORY,
                   "the plan names no history store ([plan] history)");
      return NULL;
    }
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) incentive_closed_period_unref);
  gboolean missing;
  sqlite3 *db = inc_store_open (plan->history_path, FALSE, &missing, error);
  if (db == NULL)
    {
      if (missing)
        return list;
      g_ptr_array_unref (list);
      return NULL;
    }
  sqlite3_stmt *st = NULL, *in = NULL;
  int rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT period, closed_at, plan_name, currency, rows_read, rows_accepted,"
                                 " weighted_sales, bonus, report_json, month FROM periods ORDER BY month", -1, &st, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT role, name, sha256 FROM inputs WHERE month = ?"
                                 " ORDER BY CASE role WHEN 'plan' THEN 0 WHEN 'products' THEN 1"
                                 " WHEN 'employees' THEN 2 WHEN 'complaints' THEN 3 ELSE 4 END, position", -1, &in, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      IncentiveClosedPeriod *p = g_new0 (IncentiveClosedPeriod, 1);
      p->ref_count = 1;
      p->period = g_strdup ((const char *) sqlite3_column_text (st, 0));
      p->closed_at = g_strdup ((const char *) sqlite3_column_text (st, 1));
      p->plan_name = g_strdup ((const char *) sqlite3_column_text (st, 2));
      p->currency = g_strdup ((const char *) sqlite3_column_text (st, 3));
      p->rows_read = (guint64) sqlite3_column_int64 (st, 4);
      p->rows_accepted = (guint64) sqlite3_column_int64 (st, 5);
      p->weighted = g_strdup ((const char *) sqlite3_column_text (st, 6));
      p->bonus = g_strdup ((const char *) sqlite3_column_text (st, 7));
      p->report_json = g_strdup ((const char *) sqlite3_column_text (st, 8));
      p->inputs = g_array_new (FALSE, FALSE, sizeof (Input));
      g_array_set_clear_func (p->inputs, input_clear);
      g_ptr_array_add (list, p);
      sqlite3_bind_int (in, 1, sqlite3_column_int (st, 9));
      while ((rc = sqlite3_step (in)) == SQLITE_ROW)
        add_input (p->inputs, (const char *) sqlite3_column_text (in, 0), (const char *) sqlite3_column_text (in, 1),
                   (const char *) sqlite3_column_text (in, 2));
      sqlite3_reset (in);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  if (rc != SQLITE_DONE)
    {
      inc_store_fail (db, rc, plan->history_path, "listing the closed periods", error);
      g_clear_pointer (&list, g_ptr_array_unref);
    }
  sqlite3_finalize (st);
  sqlite3_finalize (in);
  sqlite3_close (db);
  return list;
}

/**
 * incentive_closed_period_ref:
 * @period: a closed period
 *
 * Takes one more reference to @period. A closed period is a snapshot read from the store:
 * it never changes, even when the store does.
 *
 * Returns: (transfer full): @period
 */
IncentiveClosedPeriod *
incentive_closed_period_ref (IncentiveClosedPeriod *period)
{
  g_atomic_int_inc (&period->ref_count);
  return period;
}

/**
 * incentive_closed_period_unref:
 * @period: (transfer full) (nullable): a closed period
 *
 * Drops one reference to @period; the last one frees it. %NULL is ignored.
 */
void
incentive_closed_period_unref (IncentiveClosedPeriod *p)
{
  if (p == NULL || !g_atomic_int_dec_and_test (&p->ref_count))
    return;
  g_free (p->period);
  g_free (p->closed_at);
  g_free (p->plan_name);
  g_free (p->currency);
  g_free (p->weighted);
  g_free (p->bonus);
  g_free (p->report_json);
  g_array_unref (p->inputs);
  g_free (p);
}

/**
 * incentive_closed_period_get_period:
 * @period: a closed period
 *
 * The month that was closed. The string belongs to @period.
 *
 * Returns: (transfer none): the period, `YYYY-MM`
 */
const char *
incentive_closed_period_get_period (IncentiveClosedPeriod *period)
{
  return period->period;
}

/**
 * incentive_closed_period_get_closed_at:
 * @period: a closed period
 *
 * When the period was closed (or last reopened), in UTC to the second. The string belongs
 * to @period.
 *
 * Returns: (transfer none): when it was closed, ISO 8601 in UTC (`2026-11-02T09:15:00Z`)
 */
const char *
incentive_closed_period_get_closed_at (IncentiveClosedPeriod *period)
{
  return period->closed_at;
}

/**
 * incentive_closed_period_get_plan_name:
 * @period: a closed period
 *
 * The name of the plan the period was computed with; it may differ from the plan that now
 * lists it. The string belongs to @period.
 *
 * Returns: (transfer none): the name of the plan it was closed with
 */
const char *
incentive_closed_period_get_plan_name (IncentiveClosedPeriod *period)
{
  return period->plan_name;
}

/**
 * incentive_closed_period_get_currency:
 * @period: a closed period
 *
 * The currency the period's amounts were paid in. The string belongs to @period.
 *
 * Returns: (transfer none): the currency of its money
 */
const char *
incentive_closed_period_get_currency (IncentiveClosedPeriod *period)
{
  return period->currency;
}

/**
 * incentive_closed_period_get_rows_read:
 * @period: a closed period
 *
 * How many data lines the close read over all its exports.
 *
 * Returns: the data lines read when it was closed
 */
guint64
incentive_closed_period_get_rows_read (IncentiveClosedPeriod *period)
{
  return period->rows_read;
}

/**
 * incentive_closed_period_get_rows_accepted:
 * @period: a closed period
 *
 * How many lines the close accepted and paid.  The txn_ids among them are recorded, so
 * that no later period pays those lines again.
 *
 * Returns: the lines it paid
 */
guint64
incentive_closed_period_get_rows_accepted (IncentiveClosedPeriod *period)
{
  return period->rows_accepted;
}

/**
 * incentive_closed_period_get_weighted_sales:
 * @period: a closed period
 *
 * The total weighted sales of the period, as its report.json shows them. The string belongs
 * to @period.
 *
 * Returns: (transfer none): its total weighted sales, as in report.json
 */
const char *
incentive_closed_period_get_weighted_sales (IncentiveClosedPeriod *period)
{
  return period->weighted;
}

/**
 * incentive_closed_period_get_bonus:
 * @period: a closed period
 *
 * The bonus total the period paid: the sum of its rounded bonuses. The string belongs to
 * @period.
 *
 * Returns: (transfer none): its bonus total, as paid
 */
const char *
incentive_closed_period_get_bonus (IncentiveClosedPeriod *period)
{
  return period->bonus;
}

/**
 * incentive_closed_period_get_report_json:
 * @period: a closed period
 *
 * The report.json text of the period, byte for byte as the close computed it, so that a
 * past month can be shown again without its inputs. The string belongs to @period.
 *
 * Returns: (transfer none): the report.json it was closed with
 */
const char *
incentive_closed_period_get_report_json (IncentiveClosedPeriod *period)
{
  return period->report_json;
}

/**
 * incentive_closed_period_get_n_inputs:
 * @period: a closed period
 *
 * How many input files the close recorded: the plan, its products, employees and complaints
 * files where it names them, then every export in the order it was read.
 *
 * Returns: how many input files it records (plan, products, employees, complaints, exports)
 */
guint
incentive_closed_period_get_n_inputs (IncentiveClosedPeriod *period)
{
  return period->inputs->len;
}

static const Input *
input_at (IncentiveClosedPeriod *period, guint index)
{
  g_return_val_if_fail (index < period->inputs->len, NULL);
  return &g_array_index (period->inputs, Input, index);
}

/**
 * incentive_closed_period_get_input_role:
 * @period: a closed period
 * @index: from 0 to incentive_closed_period_get_n_inputs() - 1
 *
 * What the input at @index was to the close. The string belongs to @period.
 *
 * Returns: (transfer none): `plan`, `products`, `employees`, `complaints` or `export`
 */
const char *
incentive_closed_period_get_input_role (IncentiveClosedPeriod *period, guint index)
{
  const Input *i = input_at (period, index);
  return i ? i->role : NULL;
}

/**
 * incentive_closed_period_get_input_name:
 * @period: a closed period
 * @index: from 0 to incentive_closed_period_get_n_inputs() - 1
 *
 * The input's name: the path of a plan file, or the name an export was given to the run.
 * The string belongs to @period.
 *
 * Returns: (transfer none): the file, as it was named
 */
const char *
incentive_closed_period_get_input_name (IncentiveClosedPeriod *period, guint index)
{
  const Input *i = input_at (period, index);
  return i ? i->name : NULL;
}

/**
 * incentive_closed_period_get_input_sha256:
 * @period: a closed period
 * @index: from 0 to incentive_closed_period_get_n_inputs() - 1
 *
 * The SHA-256 of the input's bytes as the close read them, in lower-case hex, so that a
 * file changed since can be told apart. The string belongs to @period.
 *
 * Returns: (transfer none): the file's sha256, in hex, as it was read
 */
const char *
incentive_closed_period_get_input_sha256 (IncentiveClosedPeriod *period, guint index)
{
  const Input *i = input_at (period, index);
  return i ? i->sha256 : NULL;
}
