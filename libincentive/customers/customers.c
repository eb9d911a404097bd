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

#include "reader/complaints-private.h"
#include "customers/customers-private.h"
#include "history/history-private.h"
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
