/* customers.c — customer credits for the standings, before their bonus is computed.
 *
 * Each customer with net sales >= min-sale in the period is credited to the employee who
 * sold it the most (ties: that employee's earliest line to it, then employee_id).  Its
 * status comes from the purchases in closed periods, and only counts when the history
 * store holds every one of the lapsed-after months before this one (history.c decides
 * that).  Complaints need no history: they count in the period they were closed in.
 */
#include "config.h"

#include <string.h>

#include "complaints-private.h"
#include "customers-private.h"
#include "history-private.h"
#include "incentive/incentive-error.h"
#include "incentive/incentive-history.h"

static IncCreditedCustomer *
credit_for (IncentiveStanding *s, const char *customer_id)
{
  for (guint i = 0; i < s->credited->len; i++)
    {
      IncCreditedCustomer *c = s->credited->pdata[i];
      if (strcmp (c->customer_id, customer_id) == 0)
        return c;
    }
  IncCreditedCustomer *c = g_new0 (IncCreditedCustomer, 1);
  c->customer_id = g_strdup (customer_id);
  g_ptr_array_add (s->credited, c);
  return c;
}

static IncWide
net_of (const IncCustomerSums *c, const char *employee_id)
{
  for (guint i = 0; i < c->sales->len; i++)
    {
      const IncCustomerSale *s = &g_array_index (c->sales, IncCustomerSale, i);
      if (strcmp (s->employee_id, employee_id) == 0)
        return s->net;
    }
  return 0;
}

/* The employee a customer is credited to. */
static const IncCustomerSale *
best_seller (const IncCustomerSums *c)
{
  const IncCustomerSale *best = NULL;
  for (guint i = 0; i < c->sales->len; i++)
    {
      const IncCustomerSale *s = &g_array_index (c->sales, IncCustomerSale, i);
      if (best == NULL || s->net > best->net
          || (s->net == best->net
              && (s->earliest_day < best->earliest_day
                  || (s->earliest_day == best->earliest_day && strcmp (s->employee_id, best->employee_id) < 0))))
        best = s;
    }
  return best;
}

static IncCustomerStatus
status_of (IncentiveReport *report, const char *customer_id)
{
  int last = inc_history_last_purchase (report->history, customer_id, report->period_index);
  if (last < 0)
    return INC_CUSTOMER_NEW;
  if (last >= report->period_index - report->plan->customers.lapsed_after)
    return INC_CUSTOMER_RETAINED;
  return INC_CUSTOMER_WON_BACK;
}

static gboolean
credit_customers (IncentiveReport *report, GHashTable *by_id)
{
  const IncCustomerRules *rules = &report->plan->customers;
  g_autoptr (GPtrArray) customers = inc_ledger_customers (report->ledger);
  for (guint i = 0; i < customers->len; i++)
    {
      const IncCustomerSums *c = customers->pdata[i];
      if (inc_dec_cmp (inc_dec_make (c->net, report->plan->minor_digits), rules->min_sale) < 0)
        continue;
      const IncCustomerSale *best = best_seller (c);
      IncentiveStanding *s = best ? g_hash_table_lookup (by_id, best->employee_id) : NULL;
      if (s == NULL)
        continue;
      IncCreditedCustomer *credit = credit_for (s, c->customer_id);
      credit->credited = TRUE;
      credit->net = best->net;
      credit->status = report->statuses_known ? status_of (report, c->customer_id) : INC_CUSTOMER_UNKNOWN;
      switch (credit->status)
        {
        case INC_CUSTOMER_NEW: s->customers_new++; break;
        case INC_CUSTOMER_WON_BACK: s->customers_won_back++; break;
        case INC_CUSTOMER_RETAINED: s->customers_retained++; break;
        default: break;
        }
    }
  return TRUE;
}

/* Complaints closed in this period: counted for the employee who handled them; a resolved
 * one followed by a purchase on or after its close date keeps the customer. */
static gboolean
count_complaints (IncentiveReport *report, GHashTable *by_id, GError **error)
{
  const IncCustomerRules *rules = &report->plan->customers;
  if (rules->complaints_path == NULL)
    return TRUE;
  g_autoptr (GPtrArray) complaints = inc_complaints_read (report->plan, rules->complaints_path,
                                                         rules->complaints_name, error);
  if (complaints == NULL)
    return FALSE;
  g_autoptr (GHashTable) customers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) sums = inc_ledger_customers (report->ledger);
  for (guint i = 0; i < sums->len; i++)
    g_hash_table_insert (customers, (gpointer) ((IncCustomerSums *) sums->pdata[i])->customer_id, sums->pdata[i]);

  for (guint i = 0; i < complaints->len; i++)
    {
      const IncComplaint *c = complaints->pdata[i];
      if (!c->has_closed || inc_month_index (c->closed.year, c->closed.month) != report->period_index)
        continue;
      IncentiveStanding *s = g_hash_table_lookup (by_id, c->employee_id);
      if (s == NULL)
        continue; /* not in the employees file (or, without one, sold nothing) */
      s->complaints_closed++;
      if (rules->has_respond_within
          && inc_date_seconds (&c->closed) - inc_date_seconds (&c->opened) <= rules->respond_within_seconds)
        s->answered_in_time++;
      if (c->outcome != INC_OUTCOME_RESOLVED)
        continue;
      const IncCustomerSums *bought = g_hash_table_lookup (customers, c->customer_id);
      if (bought == NULL || bought->latest_positive_day < inc_date_day_number (&c->closed))
        continue;
      IncCreditedCustomer *credit = credit_for (s, c->customer_id);
      if (!credit->kept_after_complaint)
        {
          credit->kept_after_complaint = TRUE;
          if (!credit->credited)
            credit->net = net_of (bought, s->employee_id);
          s->customers_kept++;
        }
    }
  return TRUE;
}

static gboolean
add_times (IncDec *sum, guint count, IncDec rate)
{
  IncDec part;
  return inc_dec_mul (inc_dec_make (count, 0), rate, &part) && inc_dec_add (*sum, part, sum);
}

gboolean
inc_customers_apply (IncentiveReport *report, GError **error)
{
  const IncentivePlan *plan = report->plan;
  const IncCustomerRules *rules = &plan->customers;
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < report->standings->len; i++)
    {
      IncentiveStanding *s = report->standings->pdata[i];
      g_hash_table_insert (by_id, s->employee_id, s);
      s->customer_bonus = inc_dec_zero ();
      if (report->has_history)
        {
          /* ytd_bonus gets this period's bonus once it is computed (standings.c). */
          IncDec earlier;
          inc_history_year_to_date (report->history, s->employee_id, &earlier, &s->ytd_bonus);
          s->has_ytd = inc_dec_add (earlier, s->weighted, &s->ytd_weighted);
        }
    }
  if (!rules->present)
    return TRUE;

  if (!credit_customers (report, by_id) || !count_complaints (report, by_id, error))
    {
      if (error && *error == NULL)
        g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_OVERFLOW,
                     "the customer sums are too large to compute exactly");
      return FALSE;
    }

  for (guint i = 0; i < report->standings->len; i++)
    {
      IncentiveStanding *s = report->standings->pdata[i];
      IncDec bonus = inc_dec_zero ();
      if (!add_times (&bonus, s->customers_new, rules->bonus_new)
          || !add_times (&bonus, s->customers_won_back, rules->bonus_won_back)
          || !add_times (&bonus, s->customers_retained, rules->bonus_retained)
          || !add_times (&bonus, s->customers_kept, rules->bonus_kept))
        {
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_OVERFLOW,
                       "employee %s: the customer bonus is too large to compute exactly", s->employee_id);
          return FALSE;
        }
      s->customer_bonus = bonus;
    }
  return TRUE;
}

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
