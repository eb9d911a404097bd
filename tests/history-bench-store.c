/* history-bench-store.c — writes a history store holding N paid txn_ids (P1-0 … spread
 * over ten closed months before 2026-01), as a close would record them, for
 * `make bench-history`.  Usage: history-bench-store STORE N */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "history/history-private.h"

static gint
compare_u64 (gconstpointer a, gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;
  return x < y ? -1 : x > y;
}

int
main (int argc, char **argv)
{
  if (argc != 3)
    {
      fprintf (stderr, "usage: %s STORE N\n", argv[0]);
      return 2;
    }
  gint64 n = g_ascii_strtoll (argv[2], NULL, 10);
  GError *error = NULL;
  gboolean missing;
  sqlite3 *db = inc_store_open (argv[1], TRUE, &missing, &error);
  if (db == NULL || !inc_store_exec (db, argv[1], "BEGIN IMMEDIATE", &error) || !inc_store_migrate (db, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  sqlite3_stmt *paid, *filter, *period, *input;
  sqlite3_prepare_v2 (db, "INSERT INTO paid VALUES (?, ?, 0, ?)", -1, &paid, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO paid_filter VALUES (?, ?)", -1, &filter, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO periods VALUES (?, ?, 'bench', 'EUR', '2026-01-01T00:00:00Z', ?, ?, 0,"
                          " '0.00', '0.00', '0.00', '{}')", -1, &period, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO inputs VALUES (?, 'export', 0, ?, '')", -1, &input, NULL);
  const int months = 10;
  for (int m = 0; m < months; m++)
    {
      int month = inc_month_index (2025, 3 + m);
      gint64 from = n * m / months, to = n * (m + 1) / months;
      g_autofree char *name = inc_period_format (month);
      g_autofree char *file = g_strdup_printf ("sales-%s.csv", name);
      sqlite3_bind_int (period, 1, month);
      sqlite3_bind_text (period, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (period, 3, to - from);
      sqlite3_bind_int64 (period, 4, to - from);
      sqlite3_step (period);
      sqlite3_reset (period);
      sqlite3_bind_int (input, 1, month);
      sqlite3_bind_text (input, 2, file, -1, SQLITE_STATIC);
      sqlite3_step (input);
      sqlite3_reset (input);
      GArray *hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
      for (gint64 i = from; i < to; i++)
        {
          char id[32];
          g_snprintf (id, sizeof id, "P%" G_GINT64_FORMAT, i);
          guint64 h = inc_txn_hash (id);
          g_array_append_val (hashes, h);
          sqlite3_bind_text (paid, 1, id, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (paid, 2, month);
          sqlite3_bind_int64 (paid, 3, i - from + 2);
          if (sqlite3_step (paid) != SQLITE_DONE)
            {
              fprintf (stderr, "%s\n", sqlite3_errmsg (db));
              return 1;
            }
          sqlite3_reset (paid);
        }
      g_array_sort (hashes, compare_u64);
      for (guint i = 0; i < hashes->len; i++)
        g_array_index (hashes, guint64, i) = GUINT64_TO_LE (g_array_index (hashes, guint64, i));
      sqlite3_bind_int (filter, 1, month);
      sqlite3_bind_blob64 (filter, 2, hashes->data, (sqlite3_uint64) hashes->len * 8, SQLITE_TRANSIENT);
      sqlite3_step (filter);
      sqlite3_reset (filter);
      g_array_unref (hashes);
    }
  sqlite3_finalize (paid);
  sqlite3_finalize (filter);
  sqlite3_finalize (period);
  sqlite3_finalize (input);
  if (!inc_store_exec (db, argv[1], "COMMIT", &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  sqlite3_close (db);
  return 0;
}
