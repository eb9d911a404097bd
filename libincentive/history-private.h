/* history-private.h — the history store: the months before this one.
 *
 * An SQLite database of closed periods: the txn_ids each paid (with file and line), what
 * each customer bought and from whom, each employee's figures, the sha256 of every input
 * and the report.  A run opens it read-only; only closing a period writes it, in one
 * transaction.
 */
#pragma once

#include "report-private.h"

G_BEGIN_DECLS

typedef struct _IncHistory IncHistory;

/* Where a txn_id was paid. */
typedef struct {
  char *period;   /* "YYYY-MM" */
  char *file;
  guint64 line;
} IncPaidLine;

void inc_paid_line_clear (IncPaidLine *paid);

/* Opens PLAN's store read-only for a run.  A store that does not exist yet is not an
 * error: *OUT is then NULL (nothing is closed). */
gboolean inc_history_open_for_run (const IncentivePlan *plan, IncHistory **out, GError **error);
void inc_history_free (IncHistory *history);

/* Whether the period with this month index (inc_month_index) is closed. */
gboolean inc_history_is_closed (IncHistory *history, int month_index);

/* Whether TXN_ID was paid in a closed period; PAID (optional) says where. */
gboolean inc_history_find_paid (IncHistory *history, const char *txn_id, IncPaidLine *paid);

/* Before the standings: what the report needs from earlier periods (customer purchases
 * for statuses, year-to-date figures).  HISTORY may be NULL. */
gboolean inc_history_prepare_report (IncHistory *history, IncentiveReport *report, GError **error);

G_END_DECLS
