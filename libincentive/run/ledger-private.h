/* ledger-private.h — accepted sales lines, summed per employee (and per customer).
 *
 * The third stop of a sales line: once accepted it is only integers here.  Sums are
 * exact (128-bit), so the order of the lines never changes a figure.
 */
#pragma once

#include "money/money-private.h"
#include "reader/sales-line-private.h"

G_BEGIN_DECLS

/* How much an employee sold at one weight: a statement shows weighted sales by weight. */
typedef struct {
  IncDec weight;      /* scale 4 */
  gboolean locomotive;
  guint64 lines;
  IncWide net;        /* minor units */
  IncWide weighted;   /* minor units × 10^4 */
} IncWeightBand;

typedef struct {
  const char *employee_id;
  guint64 lines;
  guint64 late_lines;
  IncWide gross;      /* minor units */
  IncWide weighted;   /* minor units × 10^4 */
  GArray *bands;      /* IncWeightBand, in the order weights were first seen */
} IncLedgerEntry;

/* One employee's sales to one customer in the period. */
typedef struct {
  const char *employee_id;
  IncWide net;        /* minor units */
  gint64 earliest_day;/* inc_date_day_number of the employee's first line to the customer */
} IncCustomerSale;

typedef struct {
  const char *customer_id;
  IncWide net;                 /* all employees, minor units */
  gint64 latest_positive_day;  /* of a line with a positive net amount; G_MININT64: none */
  GArray *sales;               /* IncCustomerSale, one per employee */
} IncCustomerSums;

typedef struct {
  guint file;                  /* index into the ledger's files */
  guint64 line;
} IncTxnOrigin;

typedef struct _IncLedger IncLedger;

IncLedger *inc_ledger_new (int minor_digits);
void inc_ledger_free (IncLedger *ledger);

/* Registers an export; returns its index for IncTxnOrigin. */
guint inc_ledger_add_file (IncLedger *ledger, const char *name);
const char *inc_ledger_get_file (IncLedger *ledger, guint index);

/* Claims TXN_ID for the line at FILE/LINE; FALSE when an accepted line already has it,
 * with FIRST set to where. */
gboolean inc_ledger_claim_txn (IncLedger *ledger, const char *txn_id, guint file, guint64 line,
                               IncTxnOrigin *first);

/* Adds an accepted line at WEIGHT; FALSE when a sum would leave the exact range. */
gboolean inc_ledger_add (IncLedger *ledger, const IncSalesLine *line, IncDec weight, gboolean locomotive,
                     gboolean late);

/* The entry of an employee, or NULL when it has no accepted line. */
IncLedgerEntry *inc_ledger_lookup (IncLedger *ledger, const char *employee_id);

/* Every entry (IncLedgerEntry*), in no particular order; the array is owned by the caller,
 * the entries by the ledger. */
GPtrArray *inc_ledger_entries (IncLedger *ledger);

/* Every customer (IncCustomerSums*), sorted by customer id; owned as above. */
GPtrArray *inc_ledger_customers (IncLedger *ledger);

/* Each paid txn_id with its origin, for the history store. */
typedef void (*IncTxnFunc) (const char *txn_id, const IncTxnOrigin *origin, gpointer user_data);
void inc_ledger_foreach_txn (IncLedger *ledger, IncTxnFunc func, gpointer user_data);
guint64 inc_ledger_n_txns (IncLedger *ledger);

/* Exact sums of all accepted lines. */
IncWide inc_ledger_total_gross (IncLedger *ledger);
IncWide inc_ledger_total_weighted (IncLedger *ledger);

G_END_DECLS
