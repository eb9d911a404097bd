/* history.c — the history store (not yet: runs see no closed period). */
#include "config.h"

#include "history-private.h"

void
inc_paid_line_clear (IncPaidLine *paid)
{
  g_clear_pointer (&paid->period, g_free);
  g_clear_pointer (&paid->file, g_free);
}

gboolean
inc_history_open_for_run (const IncentivePlan *plan, IncHistory **out, GError **error)
{
  *out = NULL;
  return TRUE;
}

void
inc_history_free (IncHistory *history)
{
}

gboolean
inc_history_is_closed (IncHistory *history, int month_index)
{
  return FALSE;
}

gboolean
inc_history_find_paid (IncHistory *history, const char *txn_id, IncPaidLine *paid)
{
  return FALSE;
}

gboolean
inc_history_prepare_report (IncHistory *history, IncentiveReport *report, GError **error)
{
  return TRUE;
}
