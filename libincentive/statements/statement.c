/* statement.c — one employee's statement: the parts of every figure of their report row.
 *
 * Nothing here decides a figure again.  The weight bands come from the ledger, the tier
 * bands from the same function the bonus was computed with, the customer credits from the
 * customer work; a statement only lays them out beside the figure they add up to.  The
 * accessors are in statement-accessors.c, the files in statement-files.c.
 */
#include "config.h"

#include <string.h>

#include "incentive/incentive-error.h"
#include "statements/statement-private.h"
#include "writers/writers-private.h"

char *
inc_statement_exact (const IncentiveReport *report, IncDec exact)
{
  int minor = report->plan->minor_digits;
  while (exact.scale > minor && exact.mant % 10 == 0)
    {
      exact.mant /= 10;
      exact.scale--;
    }
  if (exact.scale < minor && !inc_dec_rescale (exact, minor, &exact))
    return g_strdup ("overflow");
  return inc_dec_to_string (exact, exact.scale);
}

const char *
inc_tie_break_name (const IncentivePlan *plan, IncTieBreak rule)
{
  switch (rule)
    {
    case INC_TIE_PRIMARY:
      return plan->rank_by_attainment ? "attainment" : "weighted_sales";
    case INC_TIE_ATTAINMENT:
      return "attainment";
    case INC_TIE_LINES:
      return "lines";
    case INC_TIE_EMPLOYEE_ID:
      return "employee_id";
    case INC_TIE_NONE:
    default:
      return NULL;
    }
}

const char *
inc_rounding_name (IncRounding rounding)
{
  return rounding == INC_ROUND_HALF_EVEN ? "half-even" : "half-up";
}

static const char *
status_name (IncCustomerStatus status)
{
  switch (status)
    {
    case INC_CUSTOMER_NEW:
      return "new";
    case INC_CUSTOMER_WON_BACK:
      return "won_back";
    case INC_CUSTOMER_RETAINED:
      return "retained";
    case INC_CUSTOMER_UNKNOWN:
    default:
      return NULL;
    }
}

static char *
money_minor (const IncentiveReport *report, IncWide minor_units)
{
  return inc_report_money (report, inc_dec_make (minor_units, report->plan->minor_digits));
}

static void
add_weight_bands (IncentiveStatement *st)
{
  const IncentiveReport *report = st->report;
  for (guint i = 0; i < st->weights->len; i++)
    {
      const IncWeightBand *w = &g_array_index (st->weights, IncWeightBand, i);
      IncentiveWeightBand *b = g_new0 (IncentiveWeightBand, 1);
      b->weight = inc_dec_to_plain_string (w->weight);
      b->locomotive = w->locomotive;
      b->lines = w->lines;
      b->net_sales = money_minor (report, w->net);
      b->weighted_sales = inc_statement_exact (report, inc_dec_make (w->weighted, report->plan->minor_digits + 4));
      g_ptr_array_add (st->weight_bands, b);
    }
}

static gboolean
add_tier_bands (IncentiveStatement *st)
{
  const IncentiveReport *report = st->report;
  const IncentiveStanding *s = st->standing;
  for (guint i = 0; i < st->tiers->len; i++)
    {
      const IncTierBand *t = &g_array_index (st->tiers, IncTierBand, i);
      IncentiveTierBand *b = g_new0 (IncentiveTierBand, 1);
      g_ptr_array_add (st->tier_bands, b);
      IncDec from, to;
      if (!inc_dec_mul (t->from_attainment, s->target, &from))
        return FALSE;
      b->from_attainment = inc_dec_to_percent_string (t->from_attainment);
      b->from_amount = inc_statement_exact (report, from);
      if (!t->open_ended)
        {
          if (!inc_dec_mul (t->to_attainment, s->target, &to))
            return FALSE;
          b->to_attainment = inc_dec_to_percent_string (t->to_attainment);
          b->to_amount = inc_statement_exact (report, to);
        }
      b->rate = inc_dec_to_percent_string (t->rate);
      b->base = inc_statement_exact (report, t->base);
      b->amount = inc_statement_exact (report, t->amount);
    }
  return TRUE;
}

static gboolean
add_customer_credits (IncentiveStatement *st)
{
  const IncentiveReport *report = st->report;
  const IncCustomerRules *rules = &report->plan->customers;
  for (guint i = 0; i < st->standing->credited->len; i++)
    {
      const IncCreditedCustomer *c = st->standing->credited->pdata[i];
      IncDec amount = inc_dec_make (0, report->plan->minor_digits);
      const IncDec *earned = NULL;
      switch (c->status)
        {
        case INC_CUSTOMER_NEW:
          earned = &rules->bonus_new;
          break;
        case INC_CUSTOMER_WON_BACK:
          earned = &rules->bonus_won_back;
          break;
        case INC_CUSTOMER_RETAINED:
          earned = &rules->bonus_retained;
          break;
        case INC_CUSTOMER_UNKNOWN:
        default:
          break;
        }
      if (earned && !inc_dec_add (amount, *earned, &amount))
        return FALSE;
      if (c->kept_after_complaint && !inc_dec_add (amount, rules->bonus_kept, &amount))
        return FALSE;
      g_array_append_val (st->credit_amounts, amount);

      IncentiveCustomerCredit *p = g_new0 (IncentiveCustomerCredit, 1);
      p->customer_id = g_strdup (c->customer_id);
      p->net_sales = money_minor (report, c->net);
      p->status = g_strdup (status_name (c->status));
      p->kept_after_complaint = c->kept_after_complaint;
      p->amount = inc_report_money (report, amount);
      g_ptr_array_add (st->credits, p);
    }
  return TRUE;
}

static char *
how_met (const IncentiveStatement *st, const IncReward *r)
{
  const IncentiveStanding *s = st->standing;
  switch (r->condition)
    {
    case INC_REWARD_EMPLOYEE_OF_THE_MONTH:
      return g_strdup_printf ("named %s", st->report->plan->title);
    case INC_REWARD_RANK_AT_MOST:
      return g_strdup_printf ("rank %u", s->rank);
    case INC_REWARD_ATTAINMENT_AT_LEAST:
      {
        IncDec ratio;
        if (!s->has_target || !inc_dec_div_round (s->weighted, s->target, 6, INC_ROUND_HALF_UP, &ratio))
          return g_strdup ("attainment");
        g_autofree char *pct = inc_dec_to_percent_string (ratio);
        return g_strdup_printf ("attainment %s", pct);
      }
    case INC_REWARD_NEW_CUSTOMERS_AT_LEAST:
      return g_strdup_printf ("%u new customer%s", s->customers_new, s->customers_new == 1 ? "" : "s");
    default:
      return g_strdup ("");
    }
}

static gboolean
add_rewards (IncentiveStatement *st)
{
  const IncentiveReport *report = st->report;
  st->non_cash = inc_dec_make (0, report->plan->minor_digits);
  for (guint i = 0; i < st->standing->rewards->len; i++)
    {
      const IncReward *r = st->standing->rewards->pdata[i];
      if (!inc_dec_add (st->non_cash, r->value, &st->non_cash))
        return FALSE;
      IncentiveRewardGiven *g = g_new0 (IncentiveRewardGiven, 1);
      g->id = g_strdup (r->id);
      g->name = g_strdup (r->name);
      g->category = g_strdup (r->category);
      g->value = inc_report_money (report, r->value);
      g->condition = g_strdup (r->condition_text);
      g->how_met = how_met (st, r);
      g_ptr_array_add (st->rewards, g);
    }
  return TRUE;
}

static IncentiveStatement *
statement_new (IncentiveReport *report, guint index)
{
  IncentiveStatement *st = g_new0 (IncentiveStatement, 1);
  st->ref_count = 1;
  st->report = incentive_report_ref (report);
  st->standing = incentive_standing_ref (report->standings->pdata[index]);
  st->previous = index > 0 ? report->standings->pdata[index - 1] : NULL;
  st->next = index + 1 < report->standings->len ? report->standings->pdata[index + 1] : NULL;
  st->weights = g_array_new (FALSE, FALSE, sizeof (IncWeightBand));
  st->credit_amounts = g_array_new (FALSE, FALSE, sizeof (IncDec));
  st->weight_bands = g_ptr_array_new_with_free_func ((GDestroyNotify) incentive_weight_band_free);
  st->tier_bands = g_ptr_array_new_with_free_func ((GDestroyNotify) incentive_tier_band_free);
  st->credits = g_ptr_array_new_with_free_func ((GDestroyNotify) incentive_customer_credit_free);
  st->rewards = g_ptr_array_new_with_free_func ((GDestroyNotify) incentive_reward_given_free);
  st->rejected = g_ptr_array_new_with_free_func ((GDestroyNotify) incentive_rejection_unref);
  return st;
}

static gboolean
statement_fill (IncentiveStatement *st)
{
  const IncentiveReport *report = st->report;
  const IncentivePlan *plan = report->plan;
  const IncentiveStanding *s = st->standing;

  g_array_append_vals (st->weights, s->bands->data, s->bands->len);
  add_weight_bands (st);
  st->s_weighted_exact = inc_statement_exact (report, s->weighted);

  st->tiers = inc_standing_tier_bands (plan, s);
  if (!add_tier_bands (st))
    return FALSE;
  if (s->has_target && plan->has_threshold)
    {
      st->has_threshold = TRUE;
      if (!inc_dec_mul (plan->threshold, s->target, &st->threshold_amount))
        return FALSE;
      st->s_threshold = inc_dec_to_percent_string (plan->threshold);
      st->s_threshold_amount = inc_statement_exact (report, st->threshold_amount);
    }
  if (!s->has_target && plan->has_rate)
    st->s_rate = inc_dec_to_percent_string (plan->rate);
  st->s_sales_bonus_exact = inc_statement_exact (report, s->sales_bonus_exact);

  if (!add_customer_credits (st))
    return FALSE;

  st->s_bonus_before_cap = inc_statement_exact (report, s->bonus_before_cap);
  st->bonus_after_cap = s->capped ? plan->cap : s->bonus_before_cap;
  if (plan->has_cap)
    st->s_cap = inc_report_money (report, plan->cap);
  st->s_bonus_exact = inc_statement_exact (report, st->bonus_after_cap);

  if (!add_rewards (st))
    return FALSE;

  for (guint i = 0; i < report->rejected->len; i++)
    {
      IncentiveRejection *r = report->rejected->pdata[i];
      if (r->employee_id && strcmp (r->employee_id, s->employee_id) == 0)
        g_ptr_array_add (st->rejected, incentive_rejection_ref (r));
    }
  return TRUE;
}

/**
 * incentive_report_get_statement:
 * @report: a report
 * @employee_id: an employee of the report, matched exactly
 * @error: return location for a #GError, or %NULL
 *
 * The statement of one employee: how each figure of their row came about.  An employee
 * who is not in the report is %INCENTIVE_ERROR_INVALID_ARGUMENT; a part too large to be
 * computed exactly is %INCENTIVE_ERROR_OVERFLOW.  The statement holds a reference to
 * @report and is freed with incentive_statement_unref() (or g_autoptr()).
 *
 * Returns: (transfer full): the statement, or %NULL with @error set
 */
IncentiveStatement *
incentive_report_get_statement (IncentiveReport *report, const char *employee_id, GError **error)
{
  g_return_val_if_fail (report != NULL && employee_id != NULL, NULL);
  for (guint i = 0; i < report->standings->len; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      if (strcmp (s->employee_id, employee_id) != 0)
        continue;
      IncentiveStatement *st = statement_new (report, i);
      if (!statement_fill (st))
        {
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_OVERFLOW,
                       "employee %s: a part of the statement is too large to compute exactly", employee_id);
          incentive_statement_unref (st);
          return NULL;
        }
      return st;
    }
  g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT,
               "no employee '%s' in the report for %s", employee_id, report->period);
  return NULL;
}
