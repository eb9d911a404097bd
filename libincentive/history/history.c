/* history.c — what a run asks the history store: which periods are closed, whether a
 * txn_id was paid, the customers' earlier purchases and the year-to-date figures.
 *
 * A run opens the store read-only and never writes it.  Only the periods closed before the
 * run's period count.  Paid txn_ids are looked up for every line that has one, so they go
 * through an in-memory filter first (64-bit hashes grouped by their top bits: about
 * 9 bytes per paid id, two cache misses per line); only a hit asks SQLite, which
 * confirms it and says where the id was paid.
 */
#include "config.h"

#include <string.h>
#include <sys/mman.h>

#include "history/history-private.h"
#include "incentive/incentive-error.h"

struct _IncHistory {
  sqlite3 *db;
  char *path;
  int period_index;
  GArray *closed;            /* int month indices before period_index, ascending */
  guint64 *hashes;           /* sorted */
  gsize n_hashes;
  guint32 *buckets;          /* 2^bucket_bits + 1 offsets into hashes, by top bits */
  int bucket_bits;
  sqlite3_stmt *find_paid;
  sqlite3_stmt *last_purchase;
  sqlite3_stmt *ytd;
};

void
inc_paid_line_clear (IncPaidLine *paid)
{
  g_clear_pointer (&paid->period, g_free);
  g_clear_pointer (&paid->file, g_free);
}

static gboolean
prepare (IncHistory *h, const char *sql, sqlite3_stmt **st, GError **error)
{
  if (sqlite3_prepare_v3 (h->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
    return inc_store_fail (h->db, 0, h->path, "reading it", error);
  return TRUE;
}

/* Large arrays looked up at random: huge pages spare most TLB misses (a hint only). */
static gpointer
big_alloc (gsize bytes)
{
  gpointer p = g_malloc (MAX (bytes, 1));
#ifdef MADV_HUGEPAGE
  if (bytes >= (gsize) 4 << 20)
    madvise ((gpointer) (((guintptr) p + 4095) & ~(guintptr) 4095), bytes - 4096, MADV_HUGEPAGE);
#endif
  return p;
}

static gboolean
load_filter (IncHistory *h, GError **error)
{
  sqlite3_stmt *st = NULL;
  if (!prepare (h, "SELECT sum(length(hashes)) FROM paid_filter WHERE month < ?", &st, error))
    return FALSE;
  sqlite3_bind_int (st, 1, h->period_index);
  gsize total = sqlite3_step (st) == SQLITE_ROW ? (gsize) sqlite3_column_int64 (st, 0) : 0;
  sqlite3_finalize (st);
  if (!prepare (h, "SELECT hashes FROM paid_filter WHERE month < ? ORDER BY month", &st, error))
    return FALSE;
  sqlite3_bind_int (st, 1, h->period_index);
  GByteArray *all = g_byte_array_sized_new ((guint) MIN (total, G_MAXUINT));
  int rc;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      int bytes = sqlite3_column_bytes (st, 0);
      const void *blob = sqlite3_column_blob (st, 0);
      if (bytes % 8 != 0)
        {
          rc = SQLITE_CORRUPT;
          break;
        }
      if (bytes > 0)
        g_byte_array_append (all, blob, bytes);
    }
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    {
      g_byte_array_unref (all);
      return inc_store_fail (rc == SQLITE_CORRUPT ? NULL : h->db, rc, h->path, "reading the paid txn_ids", error);
    }
  h->n_hashes = all->len / 8;
  guint64 *raw = (guint64 *) g_byte_array_free (all, FALSE);

  /* Grouped by their top bits, about four to a bucket, by a counting pass and a scatter
   * pass: no comparisons, so it costs two sequential reads of the array.  Within a bucket
   * the order does not matter: a lookup reads the whole bucket (one cache line, mostly). */
  h->bucket_bits = 1;
  while (h->bucket_bits < 28 && ((gsize) 1 << (h->bucket_bits + 2)) < h->n_hashes)
    h->bucket_bits++;
  int shift = 64 - h->bucket_bits;
  gsize n_buckets = (gsize) 1 << h->bucket_bits;
  h->buckets = big_alloc ((n_buckets + 1) * sizeof (guint32));
  memset (h->buckets, 0, (n_buckets + 1) * sizeof (guint32));
  for (gsize i = 0; i < h->n_hashes; i++)
    {
      raw[i] = GUINT64_FROM_LE (raw[i]);
      h->buckets[(raw[i] >> shift) + 1]++;
    }
  for (gsize b = 0; b < n_buckets; b++)
    h->buckets[b + 1] += h->buckets[b];
  guint32 *cursor = g_memdup2 (h->buckets, n_buckets * sizeof (guint32));
  h->hashes = big_alloc (h->n_hashes * sizeof (guint64));
  for (gsize i = 0; i < h->n_hashes; i++)
    h->hashes[cursor[raw[i] >> shift]++] = raw[i];
  g_free (cursor);
  g_free (raw);
  return TRUE;
}

static gboolean
load_closed (IncHistory *h, GError **error)
{
  sqlite3_stmt *st = NULL;
  if (!prepare (h, "SELECT month FROM periods WHERE month < ? ORDER BY month", &st, error))
    return FALSE;
  sqlite3_bind_int (st, 1, h->period_index);
  int rc;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      int m = sqlite3_column_int (st, 0);
      g_array_append_val (h->closed, m);
    }
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    return inc_store_fail (h->db, rc, h->path, "reading the closed periods", error);
  return TRUE;
}

gboolean
inc_history_open_for_run (const IncentivePlan *plan, int period_index, IncHistory **out, GError **error)
{
  *out = NULL;
  gboolean missing;
  sqlite3 *db = inc_store_open (plan->history_path, FALSE, &missing, error);
  if (db == NULL)
    return missing;
  IncHistory *h = g_new0 (IncHistory, 1);
  h->db = db;
  h->path = g_strdup (plan->history_path);
  h->period_index = period_index;
  h->closed = g_array_new (FALSE, FALSE, sizeof (int));
  /* One read transaction for the whole run: every question sees the same closed periods,
   * even when a close commits meanwhile. */
  if (!inc_store_exec (db, h->path, "BEGIN", error)
      || !load_closed (h, error) || !load_filter (h, error)
      || !prepare (h,
                   "SELECT p.period, coalesce(i.name, '?'), paid.line FROM paid"
                   " JOIN periods p ON p.month = paid.month"
                   " LEFT JOIN inputs i ON i.month = paid.month AND i.role = 'export' AND i.position = paid.file"
                   " WHERE paid.txn_id = ? AND paid.month < ?",
                   &h->find_paid, error)
      || !prepare (h,
                   "SELECT max(month) FROM customer_sales WHERE customer_id = ? AND month < ? AND purchase",
                   &h->last_purchase, error)
      || !prepare (h,
                   "SELECT weighted_exact, bonus FROM employee_figures"
                   " WHERE employee_id = ? AND month >= ? AND month < ?",
                   &h->ytd, error))
    {
      inc_history_free (h);
      return FALSE;
    }
  *out = h;
  return TRUE;
}

void
inc_history_free (IncHistory *h)
{
  if (h == NULL)
    return;
  sqlite3_finalize (h->find_paid);
  sqlite3_finalize (h->last_purchase);
  sqlite3_finalize (h->ytd);
  sqlite3_close (h->db); /* ends the read transaction */
  g_array_unref (h->closed);
  g_free (h->hashes);
  g_free (h->buckets);
  g_free (h->path);
  g_free (h);
}

gboolean
inc_history_is_closed (IncHistory *h, int month_index)
{
  if (h == NULL || month_index >= h->period_index)
    return FALSE;
  int lo = 0, hi = (int) h->closed->len;
  while (lo < hi)
    {
      int mid = (lo + hi) / 2;
      int m = g_array_index (h->closed, int, mid);
      if (m == month_index)
        return TRUE;
      if (m < month_index)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

static gboolean
filter_has (const IncHistory *h, guint64 hash)
{
  if (h->n_hashes == 0)
    return FALSE;
  gsize b = hash >> (64 - h->bucket_bits);
  for (guint32 i = h->buckets[b]; i < h->buckets[b + 1]; i++)
    if (h->hashes[i] == hash)
      return TRUE;
  return FALSE;
}

gboolean
inc_history_find_paid (IncHistory *h, const char *txn_id, IncPaidLine *paid)
{
  if (h == NULL || !filter_has (h, inc_txn_hash (txn_id)))
    return FALSE;
  sqlite3_stmt *st = h->find_paid;
  sqlite3_reset (st);
  sqlite3_bind_text (st, 1, txn_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (st, 2, h->period_index);
  gboolean found = sqlite3_step (st) == SQLITE_ROW;
  if (found && paid)
    {
      paid->period = g_strdup ((const char *) sqlite3_column_text (st, 0));
      paid->file = g_strdup ((const char *) sqlite3_column_text (st, 1));
      paid->line = (guint64) sqlite3_column_int64 (st, 2);
    }
  sqlite3_reset (st);
  return found;
}

int
inc_history_last_purchase (IncHistory *h, const char *customer_id, int before_month)
{
  if (h == NULL)
    return -1;
  sqlite3_stmt *st = h->last_purchase;
  sqlite3_reset (st);
  sqlite3_bind_text (st, 1, customer_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (st, 2, MIN (before_month, h->period_index));
  int month = -1;
  if (sqlite3_step (st) == SQLITE_ROW && sqlite3_column_type (st, 0) != SQLITE_NULL)
    month = sqlite3_column_int (st, 0);
  sqlite3_reset (st);
  return month;
}

static void
add_text (IncDec *sum, const unsigned char *text)
{
  IncDec d;
  if (text && inc_dec_parse ((const char *) text, strlen ((const char *) text), &inc_plain_syntax, &d, NULL))
    inc_dec_add (*sum, d, sum);
}

void
inc_history_year_to_date (IncHistory *h, const char *employee_id, IncDec *weighted, IncDec *bonus)
{
  *weighted = inc_dec_zero ();
  *bonus = inc_dec_zero ();
  if (h == NULL)
    return;
  sqlite3_stmt *st = h->ytd;
  sqlite3_reset (st);
  sqlite3_bind_text (st, 1, employee_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (st, 2, h->period_index - h->period_index % 12); /* January of its year */
  sqlite3_bind_int (st, 3, h->period_index);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      add_text (weighted, sqlite3_column_text (st, 0));
      add_text (bonus, sqlite3_column_text (st, 1));
    }
  sqlite3_reset (st);
}

/* "2026-04, 2026-05 and 2026-07" from the months that are not closed. */
static char *
describe_months (GArray *months)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < months->len; i++)
    {
      guint j = i;
      while (j + 1 < months->len && g_array_index (months, int, j + 1) == g_array_index (months, int, j) + 1)
        j++;
      g_autofree char *from = inc_period_format (g_array_index (months, int, i));
      if (out->len)
        g_string_append (out, ", ");
      g_string_append (out, from);
      if (j > i)
        {
          g_autofree char *to = inc_period_format (g_array_index (months, int, j));
          g_string_append_printf (out, " to %s", to);
        }
      i = j;
    }
  return g_string_free (out, FALSE);
}

static void
decide_statuses (IncHistory *h, IncentiveReport *report)
{
  const IncentivePlan *plan = report->plan;
  g_clear_pointer (&report->statuses_note, g_free);
  report->statuses_known = FALSE;
  if (!plan->customers.present)
    {
      report->statuses_note = g_strdup ("the plan has no [customers] group");
      return;
    }
  if (plan->history_path == NULL)
    {
      report->statuses_note = g_strdup ("customer statuses need a history store: the plan has no "
                                        "[plan] history, so new, won back and retained earn nothing");
      return;
    }
  int lapsed = plan->customers.lapsed_after;
  g_autoptr (GArray) missing = g_array_new (FALSE, FALSE, sizeof (int));
  for (int m = report->period_index - lapsed; m < report->period_index; m++)
    if (!inc_history_is_closed (h, m))
      g_array_append_val (missing, m);
  if (missing->len == 0)
    {
      report->statuses_known = TRUE;
      return;
    }
  g_autofree char *months = describe_months (missing);
  report->statuses_note = g_strdup_printf (
    "customer statuses are unknown: %s %s not closed in the history store (lapsed-after=%d needs "
    "the %d month%s before %s closed); new, won back and retained earn nothing until then",
    months, missing->len == 1 ? "is" : "are", lapsed, lapsed, lapsed == 1 ? "" : "s", report->period);
}

gboolean
inc_history_prepare_report (IncHistory *h, IncentiveReport *report, GError **error)
{
  report->history = h;
  if (h)
    {
      if (!inc_store_stamp (h->db, h->path, report->period_index, &report->history_stamp, error))
        return FALSE;
    }
  else
    report->history_stamp = (gint64) (inc_txn_hash ("|") >> 1);
  decide_statuses (h, report);
  return TRUE;
}
