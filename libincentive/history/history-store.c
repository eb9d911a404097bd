/* history-store.c — the history store's file: opening it, its schema and migrations, and
 * turning SQLite failures into errors a payroll program can act on.
 *
 * The schema is versioned with PRAGMA user_version.  migrations[v] brings a store from
 * version v to v + 1; a new store is migrated from 0.  A close runs the migrations inside
 * its own transaction, so an upgrade is kept only together with the period it closed.
 */
#include "config.h"

#include <stdlib.h>

#include "history/history-private.h"
#include "incentive/incentive-error.h"

static const char *const migrations[INC_STORE_VERSION] = {
  /* 0 → 1: the first schema.  Money is exact decimal text (never REAL); month is
   * inc_month_index ("2026-10" → 2026 * 12 + 9) so that periods compare as integers. */
  "CREATE TABLE periods ("
  "  month INTEGER PRIMARY KEY,"
  "  period TEXT NOT NULL UNIQUE,"
  "  plan_name TEXT NOT NULL,"
  "  currency TEXT NOT NULL,"
  "  closed_at TEXT NOT NULL,"
  "  rows_read INTEGER NOT NULL, rows_accepted INTEGER NOT NULL, rows_rejected INTEGER NOT NULL,"
  "  gross_sales TEXT NOT NULL, weighted_sales TEXT NOT NULL, bonus TEXT NOT NULL,"
  "  report_json TEXT NOT NULL);"
  "CREATE TABLE inputs ("
  "  month INTEGER NOT NULL REFERENCES periods (month),"
  "  role TEXT NOT NULL," /* plan, products, employees, complaints, export */
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  sha256 TEXT NOT NULL,"
  "  PRIMARY KEY (month, role, position)) WITHOUT ROWID;"
  "CREATE TABLE paid ("
  "  txn_id TEXT PRIMARY KEY,"
  "  month INTEGER NOT NULL,"
  "  file INTEGER NOT NULL," /* inputs.position of the export (role 'export') */
  "  line INTEGER NOT NULL) WITHOUT ROWID;"
  "CREATE TABLE paid_filter ("
  "  month INTEGER PRIMARY KEY REFERENCES periods (month),"
  "  hashes BLOB NOT NULL);" /* sorted little-endian 64-bit inc_txn_hash values */
  "CREATE TABLE customer_sales ("
  "  customer_id TEXT NOT NULL,"
  "  month INTEGER NOT NULL REFERENCES periods (month),"
  "  net TEXT NOT NULL,"
  "  purchase INTEGER NOT NULL," /* net > 0 */
  "  employee_id TEXT," /* credited to; NULL below min-sale or without [customers] */
  "  status TEXT," /* new, won_back, retained, or NULL while unknown */
  "  PRIMARY KEY (customer_id, month)) WITHOUT ROWID;"
  "CREATE INDEX customer_sales_month ON customer_sales (month);"
  "CREATE TABLE employee_figures ("
  "  month INTEGER NOT NULL REFERENCES periods (month),"
  "  employee_id TEXT NOT NULL,"
  "  rank INTEGER NOT NULL,"
  "  lines INTEGER NOT NULL, late_lines INTEGER NOT NULL,"
  "  gross_sales TEXT NOT NULL,"
  "  weighted_exact TEXT NOT NULL,"
  "  weighted_sales TEXT NOT NULL,"
  "  sales_bonus TEXT NOT NULL, customer_bonus TEXT NOT NULL, bonus TEXT NOT NULL,"
  "  customers_new INTEGER NOT NULL, customers_won_back INTEGER NOT NULL,"
  "  customers_retained INTEGER NOT NULL, customers_kept INTEGER NOT NULL,"
  "  complaints_closed INTEGER NOT NULL, answered_in_time INTEGER NOT NULL,"
  "  PRIMARY KEY (month, employee_id)) WITHOUT ROWID;",
};

int
inc_store_busy_timeout (void)
{
  const char *env = g_getenv ("INCENTIVE_STORE_BUSY_TIMEOUT_MS");
  if (env && *env)
    {
      char *end = NULL;
      gint64 ms = g_ascii_strtoll (env, &end, 10);
      if (*end == '\0' && ms >= 0 && ms <= G_MAXINT)
        return (int) ms;
    }
  return 10000;
}

gboolean
inc_store_fail (sqlite3 *db, int rc, const char *path, const char *doing, GError **error)
{
  int code = db ? sqlite3_extended_errcode (db) : rc;
  const char *msg = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_BUSY,
                   "history store %s is in use by another close (%s while %s); try again when it is done",
                   path, msg, doing);
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_CORRUPT,
                   "history store %s is not a libincentive store or is damaged (%s while %s)",
                   path, msg, doing);
      break;
    default:
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "history store %s: %s while %s%s",
                   path, msg, doing,
                   (code & 0xff) == SQLITE_FULL ? " (the disk is full; nothing was recorded)" : "");
      break;
    }
  return FALSE;
}

gboolean
inc_store_exec (sqlite3 *db, const char *path, const char *sql, GError **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return inc_store_fail (db, 0, path, "writing", error);
  return TRUE;
}

static gboolean
pragma_int (sqlite3 *db, const char *path, const char *sql, gint64 *out, GError **error)
{
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &st, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (st);
  if (rc != SQLITE_ROW)
    {
      inc_store_fail (db, rc, path, "reading its version", error);
      sqlite3_finalize (st);
      return FALSE;
    }
  *out = sqlite3_column_int64 (st, 0);
  sqlite3_finalize (st);
  return TRUE;
}

/* The version and the mark; a store of ours, an empty file, or neither. */
static gboolean
check_version (sqlite3 *db, const char *path, gint64 *version, GError **error)
{
  gint64 app_id, tables;
  if (!pragma_int (db, path, "PRAGMA user_version", version, error)
      || !pragma_int (db, path, "PRAGMA application_id", &app_id, error)
      || !pragma_int (db, path, "SELECT count(*) FROM sqlite_master", &tables, error))
    return FALSE;
  gboolean empty = *version == 0 && app_id == 0 && tables == 0;
  if (!empty && app_id != INC_STORE_APPLICATION_ID)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_CORRUPT,
                   "history store %s is an SQLite database but not a libincentive history store; "
                   "refusing to touch it (check [plan] history)", path);
      return FALSE;
    }
  if (*version > INC_STORE_VERSION)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_TOO_NEW,
                   "history store %s has schema version %" G_GINT64_FORMAT
                   ", written by a newer libincentive (this one knows up to version %d); "
                   "use the newer version", path, *version, INC_STORE_VERSION);
      return FALSE;
    }
  return TRUE;
}

sqlite3 *
inc_store_open (const char *path, gboolean writable, gboolean *missing, GError **error)
{
  *missing = FALSE;
  if (!writable && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      *missing = TRUE;
      return NULL;
    }
  sqlite3 *db = NULL;
  int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  int rc = sqlite3_open_v2 (path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      inc_store_fail (NULL, rc, path, "opening it", error);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, inc_store_busy_timeout ());
  gint64 version;
  if (!check_version (db, path, &version, error))
    {
      sqlite3_close (db);
      return NULL;
    }
  if (!writable && version == 0)
    {
      /* An empty file: no close has written it yet, so nothing is closed. */
      sqlite3_close (db);
      *missing = TRUE;
      return NULL;
    }
  if (!writable && version < INC_STORE_VERSION)
    {
      /* Unreachable while version 1 is the only one; kept so a later version cannot
       * silently read an old layout. */
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_CORRUPT,
                   "history store %s has the older schema version %" G_GINT64_FORMAT
                   "; the next close upgrades it", path, version);
      sqlite3_close (db);
      return NULL;
    }
  if (writable)
    {
      /* WAL: a run reading the store never blocks a close, and a killed close leaves the
       * main file as it was.  FULL sync: a committed close survives a power cut. */
      if (!inc_store_exec (db, path, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", error))
        {
          sqlite3_close (db);
          return NULL;
        }
    }
  return db;
}

gboolean
inc_store_migrate (sqlite3 *db, const char *path, GError **error)
{
  gint64 version;
  if (!check_version (db, path, &version, error))
    return FALSE;
  for (gint64 v = version; v < INC_STORE_VERSION; v++)
    if (!inc_store_exec (db, path, migrations[v], error))
      return FALSE;
  if (version < INC_STORE_VERSION)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id=%d; PRAGMA user_version=%d;",
                                              INC_STORE_APPLICATION_ID, INC_STORE_VERSION);
      return inc_store_exec (db, path, sql, error);
    }
  return TRUE;
}

guint64
inc_txn_hash (const char *txn_id)
{
  /* FNV-1a, then the murmur3 finaliser so that the top bits (the filter's buckets) are
   * evenly spread.  Stored on disk: changing it needs a new schema version. */
  guint64 h = 0xcbf29ce484222325ULL;
  for (const unsigned char *p = (const unsigned char *) txn_id; *p; p++)
    {
      h ^= *p;
      h *= 0x100000001b3ULL;
    }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

gboolean
inc_store_stamp (sqlite3 *db, const char *path, int period_index, gint64 *stamp, GError **error)
{
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2 (db, "SELECT month, closed_at FROM periods WHERE month < ? ORDER BY month", -1,
                          &st, NULL) != SQLITE_OK)
    return inc_store_fail (db, 0, path, "reading the closed periods", error);
  sqlite3_bind_int (st, 1, period_index);
  GString *all = g_string_new ("|");
  int rc;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    g_string_append_printf (all, "%d:%s|", sqlite3_column_int (st, 0),
                            (const char *) sqlite3_column_text (st, 1));
  sqlite3_finalize (st);
  *stamp = (gint64) (inc_txn_hash (all->str) >> 1);
  g_string_free (all, TRUE);
  if (rc != SQLITE_DONE)
    return inc_store_fail (db, rc, path, "reading the closed periods", error);
  return TRUE;
}
