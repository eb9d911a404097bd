/* complaints-private.h — the complaint log of [customers] complaints=.
 *
 * complaint_id,customer_id,employee_id,opened,closed,outcome — read like a sales export
 * (the plan's delimiter or one found from the header, the plan's encoding, its date format
 * with an optional time of day).  Any bad line refuses the run, naming file, line and
 * reason: a complaint decides pay, so it is never guessed.
 */
#pragma once

#include "money/dates-private.h"
#include "plan/plan-private.h"

G_BEGIN_DECLS

typedef enum {
  INC_OUTCOME_NONE,        /* still open */
  INC_OUTCOME_RESOLVED,
  INC_OUTCOME_UNRESOLVED,
  INC_OUTCOME_LOST,
} IncComplaintOutcome;

typedef struct {
  char *complaint_id;
  char *customer_id;
  char *employee_id;
  IncDate opened;
  gboolean has_closed;
  IncDate closed;
  IncComplaintOutcome outcome;
  guint64 line;
} IncComplaint;

/* Every complaint of the log at PATH (NAME in messages), in file order. */
GPtrArray *inc_complaints_read (const IncentivePlan *plan, const char *path, const char *name,
                                GError **error);

/* Seconds since 0001-01-01 00:00 of a date with its time of day. */
gint64 inc_date_seconds (const IncDate *date);

G_END_DECLS
