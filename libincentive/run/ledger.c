/* ledger.c — per-employee and per-customer sums of accepted lines; the txn_id set. */
#include "config.h"

#include <string.h>

#include "money/dates-private.h"
#include "run/ledger-private.h"

struct _IncLedger {
  int minor;
  GStringChunk *strings;  /* every id, stored once */
  GHashTable *entries;    /* employee id → IncLedgerEntry* */
  GHashTable *customers;  /* customer id → IncCustomerSums* */
  GHashTable *txns;       /* txn id → index + 1 into origins */
  GArray *origins;        /* IncTxnOrigin */
  GPtrArray *files;
  IncWide total_gross;
  IncWide total_weighted;
};

static void
entry_free (gpointer p)
{
  IncLedgerEntry *e = p;
  g_array_unref (e->bands);
  g_free (e);
}

static void
customer_free (gpointer p)
{
  IncCustomerSums *c = p;
  g_array_unref (c->sales);
  g_free (c);
}

IncLedger *
inc_ledger_new (int minor_digits)
{
  IncLedger *l = g_new0 (IncLedger, 1);
  l->minor = minor_digits;
  l->strings = g_string_chunk_new (64 * 1024);
  l->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  l->customers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, customer_free);
  l->txns = g_hash_table_new (g_str_hash, g_str_equal);
  l->origins = g_array_new (FALSE, FALSE, sizeof (IncTxnOrigin));
  l->files = g_ptr_array_new_with_free_func (g_free);
  return l;
}

void
inc_ledger_free (IncLedger *l)
{
  if (l == NULL)
    return;
  g_hash_table_unref (l->entries);
  g_hash_table_unref (l->customers);
  g_hash_table_unref (l->txns);
  g_array_unref (l->origins);
  g_ptr_array_unref (l->files);
  g_string_chunk_free (l->strings);
  g_free (l);
}

guint
inc_ledger_add_file (IncLedger *l, const char *name)
{
  g_ptr_array_add (l->files, g_strdup (name));
  return l->files->len - 1;
}

const char *
inc_ledger_get_file (IncLedger *l, guint index)
{
  return index < l->files->len ? l->files->pdata[index] : "?";
}

gboolean
inc_ledger_claim_txn (IncLedger *l, const char *txn_id, guint file, guint64 line, IncTxnOrigin *first)
{
  gpointer value = g_hash_table_lookup (l->txns, txn_id);
  if (value)
    {
      *first = g_array_index (l->origins, IncTxnOrigin, GPOINTER_TO_SIZE (value) - 1);
      return FALSE;
    }
  IncTxnOrigin origin = { file, line };
  g_array_append_val (l->origins, origin);
  g_hash_table_insert (l->txns, g_string_chunk_insert (l->strings, txn_id),
                       GSIZE_TO_POINTER (l->origins->len));
  return TRUE;
}

static IncLedgerEntry *
entry_for (IncLedger *l, const char *employee_id)
{
  IncLedgerEntry *e = g_hash_table_lookup (l->entries, employee_id);
  if (e == NULL)
    {
      e = g_new0 (IncLedgerEntry, 1);
      e->employee_id = g_string_chunk_insert_const (l->strings, employee_id);
      e->bands = g_array_new (FALSE, FALSE, sizeof (IncWeightBand));
      g_hash_table_insert (l->entries, (gpointer) e->employee_id, e);
    }
  return e;
}

static void
add_customer_sale (IncLedger *l, const IncSalesLine *line, const char *employee_id)
{
  IncCustomerSums *c = g_hash_table_lookup (l->customers, line->customer_id);
  if (c == NULL)
    {
      c = g_new0 (IncCustomerSums, 1);
      c->customer_id = g_string_chunk_insert_const (l->strings, line->customer_id);
      c->latest_positive_day = G_MININT64;
      c->sales = g_array_new (FALSE, FALSE, sizeof (IncCustomerSale));
      g_hash_table_insert (l->customers, (gpointer) c->customer_id, c);
    }
  gint64 day = inc_date_day_number (&line->date);
  c->net += line->net;
  if (line->net > 0 && day > c->latest_positive_day)
    c->latest_positive_day = day;
  for (guint i = 0; i < c->sales->len; i++)
    {
      IncCustomerSale *s = &g_array_index (c->sales, IncCustomerSale, i);
      if (s->employee_id == employee_id)
        {
          s->net += line->net;
          s->earliest_day = MIN (s->earliest_day, day);
          return;
        }
    }
  IncCustomerSale s = { employee_id, line->net, day };
  g_array_append_val (c->sales, s);
}

gboolean
inc_ledger_add (IncLedger *l, const IncSalesLine *line, IncDec weight, gboolean locomotive, gboolean late)
{
  IncLedgerEntry *e = entry_for (l, line->employee_id);
  /* weight has at most four decimals: bring it to exactly four. */
  IncWide w = weight.mant * inc_pow10 (4 - weight.scale);
  IncWide weighted;
  if (__builtin_mul_overflow ((IncWide) line->net, w, &weighted)
      || __builtin_add_overflow (e->gross, line->net, &e->gross)
      || __builtin_add_overflow (e->weighted, weighted, &e->weighted)
      || __builtin_add_overflow (l->total_gross, line->net, &l->total_gross)
      || __builtin_add_overflow (l->total_weighted, weighted, &l->total_weighted))
    return FALSE;

  e->lines++;
  if (late)
    e->late_lines++;

  IncWeightBand *band = NULL;
  for (guint i = 0; i < e->bands->len && band == NULL; i++)
    {
      IncWeightBand *b = &g_array_index (e->bands, IncWeightBand, i);
      if (b->weight.mant == w && b->locomotive == locomotive)
        band = b;
    }
  if (band == NULL)
    {
      IncWeightBand b = { inc_dec_make (w, 4), locomotive, 0, 0, 0 };
      g_array_append_val (e->bands, b);
      band = &g_array_index (e->bands, IncWeightBand, e->bands->len - 1);
    }
  band->lines++;
  band->net += line->net;
  band->weighted += weighted;

  if (line->customer_id)
    add_customer_sale (l, line, e->employee_id);
  return TRUE;
}

IncLedgerEntry *
inc_ledger_lookup (IncLedger *l, const char *employee_id)
{
  return g_hash_table_lookup (l->entries, employee_id);
}

GPtrArray *
inc_ledger_entries (IncLedger *l)
{
  GPtrArray *a = g_ptr_array_new ();
  GHashTableIter it;
  gpointer v;
  g_hash_table_iter_init (&it, l->entries);
  while (g_hash_table_iter_next (&it, NULL, &v))
    g_ptr_array_add (a, v);
  return a;
}

static gint
compare_customers (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(IncCustomerSums *const *) a)->customer_id, (*(IncCustomerSums *const *) b)->customer_id);
}

GPtrArray *
inc_ledger_customers (IncLedger *l)
{
  GPtrArray *a = g_ptr_array_new ();
  GHashTableIter it;
  gpointer v;
  g_hash_table_iter_init (&it, l->customers);
  while (g_hash_table_iter_next (&it, NULL, &v))
    g_ptr_array_add (a, v);
  g_ptr_array_sort (a, compare_customers);
  return a;
}

void
inc_ledger_foreach_txn (IncLedger *l, IncTxnFunc func, gpointer user_data)
{
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, l->txns);
  while (g_hash_table_iter_next (&it, &k, &v))
    func (k, &g_array_index (l->origins, IncTxnOrigin, GPOINTER_TO_SIZE (v) - 1), user_data);
}

guint64
inc_ledger_n_txns (IncLedger *l)
{
  return g_hash_table_size (l->txns);
}

IncWide
inc_ledger_total_gross (IncLedger *l)
{
  return l->total_gross;
}

IncWide
inc_ledger_total_weighted (IncLedger *l)
{
  return l->total_weighted;
}
