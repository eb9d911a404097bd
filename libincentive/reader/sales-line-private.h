/* sales-line-private.h — one record of a sales export becomes a typed line, or a reason.
 *
 * The second stop of a sales line: the header names the columns (defaults, aliases and
 * the plan's [columns]); each record's fields are checked and its numbers parsed exactly
 * into the net amount in minor units.  What needs the rest of the month (is the employee
 * known, is the txn_id new, was it paid before) is asked by the run, in the contract's
 * order, after this.
 */
#pragma once

#include "reader/csv-source-private.h"
#include "money/dates-private.h"
#include "plan/plan-private.h"

G_BEGIN_DECLS

typedef struct {
  int index[INC_N_COLUMNS]; /* field index of each column, -1 when absent */
  guint n_fields;           /* fields in the header */
} IncColumnMap;

/* Finds the columns in HEADER; a missing required column refuses the export, naming the
 * column, the names that were looked for and the headers that were found. */
gboolean inc_column_map_from_header (IncColumnMap *map, const IncentivePlan *plan,
                                     const IncCsvRecord *header, const char *file, GError **error);

typedef struct {
  const IncentivePlan *plan;
  IncNumberSyntax numbers; /* how the exports write numbers */
} IncLineRules;

void inc_line_rules_init (IncLineRules *rules, const IncentivePlan *plan);

typedef struct {
  /* Trimmed, NUL-terminated, pointing into the record's buffer: valid during the record
   * callback only.  txn_id and customer_id are NULL when empty. */
  const char *employee_id;
  const char *product_id;
  const char *customer_id;
  const char *txn_id;
  IncDate date;
  gint64 net;               /* net amount in minor units, rounded once */
  gboolean has_discount;
  IncDec discount;          /* checked for its range by the run, in the contract's order */
  guint64 line;
} IncSalesLine;

/* Fields and numbers, then the date: fills LINE and returns TRUE, or writes the reason to
 * REASON and returns FALSE.  EMPLOYEE_ID is set whenever the field was present, so that a
 * rejected line can still be shown on its employee's statement. */
gboolean inc_sales_line_parse (const IncLineRules *rules, const IncColumnMap *map,
                               const IncCsvRecord *record, IncSalesLine *line, GString *reason);

/* A discount is a fraction from 0 to 1 (15% is 0.15). */
gboolean inc_discount_in_range (IncDec discount);

G_END_DECLS
