/* incentive-history.h — months that remember: closing a period into the history store,
 * listing the closed periods, and the customer work and year-to-date figures of a report. */
#pragma once

#if !defined(__INCENTIVE_INSIDE__) && !defined(INCENTIVE_COMPILATION)
#error "Only <incentive/incentive.h> can be included directly."
#endif

#include <glib-object.h>

#include <incentive/incentive-macros.h>
#include <incentive/incentive-plan.h>
#include <incentive/incentive-report.h>

G_BEGIN_DECLS

/**
 * IncentiveCustomerStatus:
 * @INCENTIVE_CUSTOMER_STATUS_UNKNOWN: the history store does not hold every one of the
 *   `lapsed-after` months before the period, or the customer is not credited
 * @INCENTIVE_CUSTOMER_STATUS_NEW: no purchase in any closed period
 * @INCENTIVE_CUSTOMER_STATUS_WON_BACK: purchases in closed periods, none in the
 *   `lapsed-after` months before this one
 * @INCENTIVE_CUSTOMER_STATUS_RETAINED: a purchase in the `lapsed-after` months before
 *   this one
 *
 * A credited customer's status, from the history store.
 */
typedef enum {
  INCENTIVE_CUSTOMER_STATUS_UNKNOWN,
  INCENTIVE_CUSTOMER_STATUS_NEW,
  INCENTIVE_CUSTOMER_STATUS_WON_BACK,
  INCENTIVE_CUSTOMER_STATUS_RETAINED,
} IncentiveCustomerStatus;

/**
 * IncentiveClosedPeriod:
 *
 * One period recorded in the history store: when it was closed, its totals and the
 * sha256 of every input it was computed from.  Immutable and reference-counted.
 *
 * Closed periods come in the array incentive_plan_list_closed_periods() returns, which
 * holds a reference to each; incentive_closed_period_ref() keeps one beyond the array and
 * incentive_closed_period_unref() releases it.  Strings returned by its getters belong to
 * the period.
 */
typedef struct _IncentiveClosedPeriod IncentiveClosedPeriod;

#define INCENTIVE_TYPE_CLOSED_PERIOD (incentive_closed_period_get_type ())

INCENTIVE_AVAILABLE_IN_1_0
GType incentive_closed_period_get_type (void) G_GNUC_CONST;

INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_report_close_period (IncentiveReport *report, gboolean reopen, GError **error);

INCENTIVE_AVAILABLE_IN_1_0
GPtrArray *incentive_plan_list_closed_periods (IncentivePlan *plan, GError **error);

INCENTIVE_AVAILABLE_IN_1_0
IncentiveClosedPeriod *incentive_closed_period_ref (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_closed_period_unref (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_period (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_closed_at (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_plan_name (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_closed_period_get_rows_read (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_closed_period_get_rows_accepted (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_weighted_sales (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_bonus (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_currency (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_closed_period_get_n_inputs (IncentiveClosedPeriod *period);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_input_role (IncentiveClosedPeriod *period, guint index);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_input_name (IncentiveClosedPeriod *period, guint index);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_input_sha256 (IncentiveClosedPeriod *period, guint index);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_closed_period_get_report_json (IncentiveClosedPeriod *period);

INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_report_get_customer_statuses_known (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_report_get_customer_statuses_note (IncentiveReport *report);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_ytd_weighted_sales (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_ytd_bonus (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_standing_get_customers_new (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_standing_get_customers_won_back (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_standing_get_customers_retained (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_standing_get_customers_kept_after_complaint (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_standing_get_complaints_closed (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_standing_get_answered_in_time (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_customer_bonus (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_standing_get_n_customer_credits (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_customer_credit_id (IncentiveStanding *standing, guint index);
INCENTIVE_AVAILABLE_IN_1_0
IncentiveCustomerStatus incentive_standing_get_customer_credit_status (IncentiveStanding *standing,
                                                                       guint index);
INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_standing_get_customer_credit_kept (IncentiveStanding *standing, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveClosedPeriod, incentive_closed_period_unref)

G_END_DECLS
