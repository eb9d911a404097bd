/* history-private.h — the history store: the months before this one.
 *
 * An SQLite database of closed periods: the txn_ids each paid (with file and line), what
 * each customer bought and from whom, each employee's figures, the sha256 of every input
 * and the report.  A run opens it read-only; only closing a period writes it, in one
 * transaction.  The schema and its migrations are in history-store.c and docs/history.md.
 */
#pragma once

#include <sqlite3.h>

#include "standings/report-private.h"

G_BEGIN_DECLS

typedef struct _IncHistory IncHistory;

/* Where a txn_id was paid. */
typedef struct {
  char *period;   /* "YYYY-MM" */
  char *file;
  guint64 line;
} IncPaidLine;

void inc_paid_line_clear (IncPaidLine *paid);

/* Opens PLAN's store read-only for a run of the period PERIOD_INDEX: only the periods
 * closed before it count.  A store that does not exist yet is not an error: *OUT is then
 * NULL (nothing is closed). */
gboolean inc_history_open_for_run (const IncentivePlan *plan, int period_index, IncHistory **out,
                                   GError **error);
void inc_history_free (IncHistory *history);

/* Whether the period with this month index (inc_month_index) is closed. */
gboolean inc_history_is_closed (IncHistory *history, int month_index);

/* Whether TXN_ID was paid in a closed period; PAID (optional) says where. */
gboolean inc_history_find_paid (IncHistory *history, const char *txn_id, IncPaidLine *paid);

/* Before the standings: what the report needs from earlier periods (customer purchases
 * for statuses, year-to-date figures).  HISTORY may be NULL. */
gboolean inc_history_prepare_report (IncHistory *history, IncentiveReport *report, GError **error);

/* The month index of CUSTOMER_ID's latest purchase (net sales above zero) in a closed
 * period before BEFORE_MONTH, or -1 when it has none. */
int inc_history_last_purchase (IncHistory *history, const char *customer_id, int before_month);

/* Earlier periods of the report's year: the exact weighted sales and the bonuses as paid
 * (minor units) of EMPLOYEE_ID, summed. */
void inc_history_year_to_date (IncHistory *history, const char *employee_id, IncDec *weighted,
                               IncDec *bonus);

/* ---- the store itself (history-store.c) ---- */

/* The schema version this library writes (PRAGMA user_version). */
#define INC_STORE_VERSION 1
/* 'INC1': marks an SQLite file as a libincentive history store (PRAGMA application_id). */
#define INC_STORE_APPLICATION_ID 0x494E4331

/* Opens the store at PATH.  Read-only: a file that does not exist gives NULL without an
 * error (*MISSING is set).  Writable: the file is created when missing.  Either way the
 * store's version is checked: newer → STORE_TOO_NEW, not a store → STORE_CORRUPT. */
sqlite3 *inc_store_open (const char *path, gboolean writable, gboolean *missing, GError **error);

/* Brings a writable store to INC_STORE_VERSION inside the caller's transaction. */
gboolean inc_store_migrate (sqlite3 *db, const char *path, GError **error);

/* Sets ERROR from the last SQLite failure on DB (or RC when DB has none), choosing the code a
 * payroll program can act on (busy, corrupt, disk full → IO).  Returns FALSE. */
gboolean inc_store_fail (sqlite3 *db, int rc, const char *path, const char *doing, GError **error);

/* Runs SQL that returns no rows. */
gboolean inc_store_exec (sqlite3 *db, const char *path, const char *sql, GError **error);

/* The paid-id filter: 64-bit hashes of txn_ids, stored sorted per period.  Only a hit
 * asks SQLite, so that reading an export stays fast with millions of paid ids. */
guint64 inc_txn_hash (const char *txn_id);

/* How long a close waits for another close holding the store (milliseconds);
 * INCENTIVE_STORE_BUSY_TIMEOUT_MS overrides it. */
int inc_store_busy_timeout (void);

/* A marker of which closed periods before PERIOD_INDEX the store holds: a close refuses
 * when the store changed between the run and the close. */
gboolean inc_store_stamp (sqlite3 *db, const char *path, int period_index, gint64 *stamp, GError **error);

G_END_DECLS
