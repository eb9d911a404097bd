/* report-private.h — the report as the standings fill it and the writers read it.
 *
 * Every figure is kept exact (IncDec) beside its shown form, so that statements can show
 * the parts that add up to it and writers never compute.
 */
#pragma once

#include "incentive/incentive-report.h"
#include "run/ledger-private.h"
#include "plan/plan-private.h"

G_BEGIN_DECLS

/* What decided an employee's place against the next one down. */
typedef enum {
  INC_TIE_NONE,         /* the last employee */
  INC_TIE_PRIMARY,      /* weighted sales (or attainment with rank-by=attainment) */
  INC_TIE_ATTAINMENT,
  INC_TIE_LINES,
  INC_TIE_EMPLOYEE_ID,
} IncTieBreak;

/* A customer credited to an employee this period, for statements. */
typedef enum {
  INC_CUSTOMER_UNKNOWN,   /* statuses unknown: history incomplete or absent */
  INC_CUSTOMER_NEW,
  INC_CUSTOMER_WON_BACK,
  INC_CUSTOMER_RETAINED,
} IncCustomerStatus;

typedef struct {
  char *customer_id;
  IncWide net;            /* the employee's net sales to the customer, minor units */
  IncCustomerStatus status;
  gboolean credited;      /* credited to this employee (else listed only as kept) */
  gboolean kept_after_complaint;
} IncCreditedCustomer;

struct _IncentiveStanding {
  gint ref_count;
  char *employee_id;
  char *name;
  guint rank;
  IncTieBreak decided_by;

  guint64 lines;
  guint64 late_lines;
  IncDec gross;            /* exact, minor units */
  IncDec weighted;         /* exact, minor units + 4 decimals */
  GArray *bands;           /* IncWeightBand, by weight descending */
  gboolean has_target;
  IncDec target;
  gboolean has_plan_share;

  /* bonus, exactly as computed: tiers (or rate), threshold, + customers, cap, rounding */
  gboolean below_threshold;
  IncDec sales_bonus_exact;   /* after the threshold, negative → 0, before the cap */
  IncDec customer_bonus;      /* exact sum of the customer credits */
  IncDec bonus_before_cap;    /* sales bonus + customer bonus */
  gboolean capped;
  IncDec bonus;               /* rounded once, minor units, never negative */
  gint64 bonus_minor;

  /* customer work */
  guint customers_new, customers_won_back, customers_retained, customers_kept;
  guint complaints_closed, answered_in_time;
  GPtrArray *credited;        /* IncCreditedCustomer* */

  /* history */
  gboolean has_ytd;
  IncDec ytd_weighted;        /* exact */
  IncDec ytd_bonus;           /* minor units */

  GPtrArray *rewards;         /* IncReward*, owned by the plan the report holds */
  gboolean employee_of_the_month;

  /* shown forms */
  char *s_gross, *s_weighted, *s_target, *s_attainment, *s_plan_share;
  char *s_sales_bonus, *s_customer_bonus, *s_bonus, *s_ytd_weighted, *s_ytd_bonus, *s_non_cash;
};

struct _IncentiveRejection {
  gint ref_count;
  char *file;
  guint64 line;
  char *reason;
  char *employee_id;          /* NULL when the line had none */
};

struct _IncentiveReport {
  gint ref_count;
  IncentivePlan *plan;
  char *period;
  int period_index;
  guint64 rows_read, rows_accepted, rows_rejected;
  IncDec gross_total, weighted_total, bonus_total, non_cash_total;
  char *s_gross, *s_weighted, *s_bonus;
  GPtrArray *standings;       /* IncentiveStanding*, in rank order */
  IncentiveStanding *employee_of_the_month; /* borrowed from standings */
  GPtrArray *rejected;        /* IncentiveRejection* */
  GPtrArray *files;           /* names of the exports, as given */
  IncLedger *ledger;          /* kept for closing the period in the history store */
  gboolean has_history;
  gboolean statuses_known;
  char *statuses_note;        /* why customer statuses are unknown, or NULL */

  /* the history store, borrowed from the run while it finishes (NULL otherwise) */
  struct _IncHistory *history;
  GPtrArray *files_sha256;    /* hex sha256 of each export as it was read, parallel to files */
  gint64 history_stamp;       /* which closed periods the run saw, checked again by close */
};

IncentiveReport *inc_report_new (IncentivePlan *plan, const char *period, int period_index);
IncentiveStanding *inc_standing_new (const char *employee_id, const char *name);
IncentiveRejection *inc_rejection_new (const char *file, guint64 line, const char *reason,
                                       const char *employee_id);

/* Money with the currency's digits, ratios with four: the two shown forms. */
char *inc_report_money (const IncentiveReport *report, IncDec exact);
char *inc_report_ratio (IncDec num, IncDec den);

G_END_DECLS
