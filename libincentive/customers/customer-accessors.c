/* customer-accessors.c — the customer work of a report and of each standing, as payroll
 * software and bindings read it: statuses known or why not, counts, credits, bonus. */
#include "config.h"

#include "customers/customers-private.h"
#include "incentive/incentive-history.h"

/**
 * incentive_report_get_customer_statuses_known:
 * @report: a report
 *
 * Whether customer statuses (new, won back, retained) are known: the plan has
 * `[customers]` and the history store holds every one of the `lapsed-after` months before
 * the period.  While they are unknown they are counted as 0 and earn nothing.
 *
 * Returns: %TRUE when they are known
 */
gboolean
incentive_report_get_customer_statuses_known (IncentiveReport *report)
{
  g_return_val_if_fail (report != NULL, FALSE);
  return report->statuses_known;
}

/**
 * incentive_report_get_customer_statuses_note:
 * @report: a report
 *
 * A sentence for people saying why customer statuses are unknown: which months the history
 * store lacks, and that new, won back and retained customers earn nothing until they are
 * closed. report.json and the table print it. The string belongs to @report.
 *
 * Returns: (transfer none) (nullable): why customer statuses are unknown (which months
 *   are missing from the history store), or %NULL when they are known
 */
const char *
incentive_report_get_customer_statuses_note (IncentiveReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->statuses_note;
}

/**
 * incentive_standing_get_customers_new:
 * @standing: a standing
 *
 * How many of the customers credited to the employee bought for the first time: no purchase
 * in any closed period.
 *
 * Returns: the customers credited to the employee as new (0 while statuses are unknown)
 */
guint
incentive_standing_get_customers_new (IncentiveStanding *standing)
{
  return standing->customers_new;
}

/**
 * incentive_standing_get_customers_won_back:
 * @standing: a standing
 *
 * How many of the customers credited to the employee had bought in closed periods but in
 * none of the `lapsed-after` months before this one.
 *
 * Returns: the customers credited to the employee as won back (0 while statuses are unknown)
 */
guint
incentive_standing_get_customers_won_back (IncentiveStanding *standing)
{
  return standing->customers_won_back;
}

/**
 * incentive_standing_get_customers_retained:
 * @standing: a standing
 *
 * How many of the customers credited to the employee also bought in one of the
 * `lapsed-after` months before this one.
 *
 * Returns: the customers credited to the employee as retained (0 while statuses are unknown)
 */
guint
incentive_standing_get_customers_retained (IncentiveStanding *standing)
{
  return standing->customers_retained;
}

/**
 * incentive_standing_get_customers_kept_after_complaint:
 * @standing: a standing
 *
 * How many customers the employee kept after a complaint: a complaint of the customer's
 * that the employee closed as resolved this period, followed this period by a purchase from
 * that customer dated on or after the close. Counted once per customer; needs no history
 * store.
 *
 * Returns: the customers the employee kept after resolving their complaint this period
 */
guint
incentive_standing_get_customers_kept_after_complaint (IncentiveStanding *standing)
{
  return standing->customers_kept;
}

/**
 * incentive_standing_get_complaints_closed:
 * @standing: a standing
 *
 * How many complaints of the plan's complaints file that the employee handled were closed
 * in the period. Needs no history store.
 *
 * Returns: the complaints the employee handled that were closed in the period
 */
guint
incentive_standing_get_complaints_closed (IncentiveStanding *standing)
{
  return standing->complaints_closed;
}

/**
 * incentive_standing_get_answered_in_time:
 * @standing: a standing
 *
 * How many of the complaints counted by incentive_standing_get_complaints_closed() were
 * closed within `respond-within` of being opened.
 *
 * Returns: of those, the ones closed within `respond-within` of opening
 */
guint
incentive_standing_get_answered_in_time (IncentiveStanding *standing)
{
  return standing->answered_in_time;
}

/**
 * incentive_standing_get_customer_bonus:
 * @standing: a standing
 *
 * The cash the employee's customer work earned this period, as money: the `[customers]`
 * amount for each new, won back, retained and kept customer credited to them. 0 for a plan
 * without `[customers]`. The string belongs to @standing.
 *
 * Returns: (transfer none): the customer bonus, added to the sales bonus before the cap
 */
const char *
incentive_standing_get_customer_bonus (IncentiveStanding *standing)
{
  return standing->s_customer_bonus;
}

/**
 * incentive_standing_get_n_customer_credits:
 * @standing: a standing
 *
 * The customers credited to the employee this period, and those it kept after a
 * complaint, in customer id order of crediting.
 *
 * Returns: how many there are
 */
guint
incentive_standing_get_n_customer_credits (IncentiveStanding *standing)
{
  return standing->credited->len;
}

static const IncCreditedCustomer *
credit_at (IncentiveStanding *standing, guint index)
{
  g_return_val_if_fail (index < standing->credited->len, NULL);
  return standing->credited->pdata[index];
}

/**
 * incentive_standing_get_customer_credit_id:
 * @standing: a standing
 * @index: from 0 to incentive_standing_get_n_customer_credits() - 1
 *
 * The id of the customer at @index in the employee's list of credited and kept customers.
 * The string belongs to @standing.
 *
 * Returns: (transfer none): the customer's id
 */
const char *
incentive_standing_get_customer_credit_id (IncentiveStanding *standing, guint index)
{
  const IncCreditedCustomer *c = credit_at (standing, index);
  return c ? c->customer_id : NULL;
}

/**
 * incentive_standing_get_customer_credit_status:
 * @standing: a standing
 * @index: from 0 to incentive_standing_get_n_customer_credits() - 1
 *
 * The status the history store gives the customer at @index.
 *
 * Returns: the customer's status; %INCENTIVE_CUSTOMER_STATUS_UNKNOWN while statuses are
 *   unknown or when the customer is listed only as kept after a complaint
 */
IncentiveCustomerStatus
incentive_standing_get_customer_credit_status (IncentiveStanding *standing, guint index)
{
  const IncCreditedCustomer *c = credit_at (standing, index);
  return c ? (IncentiveCustomerStatus) c->status : INCENTIVE_CUSTOMER_STATUS_UNKNOWN;
}

/**
 * incentive_standing_get_customer_credit_kept:
 * @standing: a standing
 * @index: from 0 to incentive_standing_get_n_customer_credits() - 1
 *
 * Whether the employee kept the customer at @index after a complaint.
 *
 * Returns: whether the employee kept this customer after resolving its complaint
 */
gboolean
incentive_standing_get_customer_credit_kept (IncentiveStanding *standing, guint index)
{
  const IncCreditedCustomer *c = credit_at (standing, index);
  return c && c->kept_after_complaint;
}

/**
 * incentive_standing_get_ytd_weighted_sales:
 * @standing: a standing
 *
 * The employee's weighted sales over the year to date: the exact weighted sales of the
 * closed periods of the same calendar year and of this one, summed, then rounded to minor
 * units. The string belongs to @standing.
 *
 * Returns: (transfer none) (nullable): the weighted sales of the closed periods of the
 *   same calendar year and this one, or %NULL without a history store
 */
const char *
incentive_standing_get_ytd_weighted_sales (IncentiveStanding *standing)
{
  return standing->s_ytd_weighted;
}

/**
 * incentive_standing_get_ytd_bonus:
 * @standing: a standing
 *
 * The employee's bonus over the year to date: the bonuses paid in the closed periods of the
 * same calendar year, as they were rounded then, plus this period's. The string belongs to
 * @standing.
 *
 * Returns: (transfer none) (nullable): the bonuses paid in the closed periods of the same
 *   calendar year plus this one, or %NULL without a history store
 */
const char *
incentive_standing_get_ytd_bonus (IncentiveStanding *standing)
{
  return standing->s_ytd_bonus;
}
