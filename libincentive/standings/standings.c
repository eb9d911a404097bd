/* standings.c — contribution, bonus, ranking, employee of the month, rewards. */
#include "config.h"

#include <string.h>

#include "customers/customers-private.h"
#include "incentive/incentive-error.h"
#include "standings/standings-private.h"

static gboolean
overflow (GError **error, const char *employee_id, const char *what)
{
  g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_OVERFLOW,
               "employee %s: the %s is too large to compute exactly", employee_id, what);
  return FALSE;
}

GArray *
inc_standing_tier_bands (const IncentivePlan *plan, const IncentiveStanding *s)
{
  GArray *bands = g_array_new (FALSE, TRUE, sizeof (IncTierBand));
  if (!s->has_target)
    return bands;
  for (guint i = 0; i < plan->tiers->len; i++)
    {
      const IncTier *t = &g_array_index (plan->tiers, IncTier, i);
      IncTierBand b = { 0 };
      b.from_attainment = t->from;
      b.rate = t->rate;
      b.open_ended = i + 1 == plan->tiers->len;
      IncDec lower, part;
      if (!inc_dec_mul (t->from, s->target, &lower) || !inc_dec_sub (s->weighted, lower, &part))
        break;
      if (inc_dec_sign (part) < 0)
        part = inc_dec_zero ();
      if (!b.open_ended)
        {
          const IncTier *next = &g_array_index (plan->tiers, IncTier, i + 1);
          IncDec upper, width;
          b.to_attainment = next->from;
          if (!inc_dec_mul (next->from, s->target, &upper) || !inc_dec_sub (upper, lower, &width))
            break;
          part = inc_dec_min (part, width);
        }
      b.base = part;
      if (!inc_dec_mul (part, t->rate, &b.amount))
        break;
      g_array_append_val (bands, b);
    }
  return bands;
}

gboolean
inc_standing_compute_bonus (const IncentivePlan *plan, IncentiveStanding *s)
{
  IncDec bonus = inc_dec_zero ();
  s->below_threshold = FALSE;
  if (s->has_target)
    {
      if (plan->has_threshold)
        {
          IncDec needed;
          if (!inc_dec_mul (plan->threshold, s->target, &needed))
            return FALSE;
          s->below_threshold = inc_dec_cmp (s->weighted, needed) < 0;
        }
      if (!s->below_threshold)
        {
          g_autoptr (GArray) bands = inc_standing_tier_bands (plan, s);
          if (bands->len != plan->tiers->len)
            return FALSE;
          for (guint i = 0; i < bands->len; i++)
            if (!inc_dec_add (bonus, g_array_index (bands, IncTierBand, i).amount, &bonus))
              return FALSE;
        }
    }
  else if (plan->has_rate && !inc_dec_mul (s->weighted, plan->rate, &bonus))
    return FALSE;

  if (inc_dec_sign (bonus) < 0)
    bonus = inc_dec_zero ();
  s->sales_bonus_exact = bonus;

  IncDec total;
  if (!inc_dec_add (bonus, s->customer_bonus, &total))
    return FALSE;
  s->bonus_before_cap = total;
  s->capped = plan->has_cap && inc_dec_cmp (total, plan->cap) > 0;
  if (s->capped)
    total = plan->cap;
  if (!inc_dec_round (total, plan->minor_digits, plan->rounding, &s->bonus))
    return FALSE;
  if (inc_dec_sign (s->bonus) < 0)
    s->bonus = inc_dec_make (0, plan->minor_digits);
  return inc_dec_to_int64 (s->bonus, plan->minor_digits, &s->bonus_minor);
}

/* a's attainment against b's, by cross-multiplication (targets are positive); an
 * employee without a target counts lowest. */
static int
compare_attainment (const IncentiveStanding *a, const IncentiveStanding *b)
{
  if (a->has_target != b->has_target)
    return a->has_target ? 1 : -1;
  if (!a->has_target)
    return 0;
  IncDec l, r;
  if (!inc_dec_mul (a->weighted, b->target, &l) || !inc_dec_mul (b->weighted, a->target, &r))
    return 0; /* beyond the exact range; unreachable with int64 amounts */
  return inc_dec_cmp (l, r);
}

/* Negative when A ranks above B; *LEVEL says which rule decided. */
static int
rank_order (const IncentiveStanding *a, const IncentiveStanding *b, gboolean by_attainment,
            IncTieBreak *level)
{
  int c;
  if (by_attainment)
    {
      if (a->has_target != b->has_target)
        c = a->has_target ? 1 : -1;
      else if (a->has_target)
        c = compare_attainment (a, b);
      else
        c = inc_dec_cmp (a->weighted, b->weighted);
    }
  else
    c = inc_dec_cmp (a->weighted, b->weighted);
  *level = INC_TIE_PRIMARY;
  if (c != 0)
    return -c;
  *level = INC_TIE_ATTAINMENT;
  if ((c = compare_attainment (a, b)) != 0)
    return -c;
  *level = INC_TIE_LINES;
  if (a->lines != b->lines)
    return a->lines > b->lines ? -1 : 1;
  *level = INC_TIE_EMPLOYEE_ID;
  return strcmp (a->employee_id, b->employee_id);
}

static gint
compare_for_ranking (gconstpointer pa, gconstpointer pb, gpointer user_data)
{
  const IncentivePlan *plan = user_data;
  IncTieBreak level;
  return rank_order (*(IncentiveStanding *const *) pa, *(IncentiveStanding *const *) pb,
                     plan->rank_by_attainment, &level);
}

static gint
compare_bands (gconstpointer a, gconstpointer b)
{
  const IncWeightBand *x = a, *y = b;
  int c = inc_dec_cmp (y->weight, x->weight);
  return c ? c : (int) y->locomotive - (int) x->locomotive;
}

static IncentiveStanding *
standing_from (IncentiveReport *report, const char *id, const char *name, const IncEmployee *employee)
{
  const IncentivePlan *plan = report->plan;
  IncentiveStanding *s = inc_standing_new (id, name);
  IncLedgerEntry *e = inc_ledger_lookup (report->ledger, id);
  s->gross = inc_dec_make (e ? e->gross : 0, plan->minor_digits);
  s->weighted = inc_dec_make (e ? e->weighted : 0, plan->minor_digits + 4);
  s->customer_bonus = inc_dec_zero ();
  if (e)
    {
      s->lines = e->lines;
      s->late_lines = e->late_lines;
      g_array_append_vals (s->bands, e->bands->data, e->bands->len);
      g_array_sort (s->bands, compare_bands);
    }
  if (employee && employee->has_target)
    {
      s->has_target = TRUE;
      s->target = employee->target;
    }
  return s;
}

static void
collect_employees (IncentiveReport *report)
{
  const IncentivePlan *plan = report->plan;
  if (plan->employees)
    {
      for (guint i = 0; i < plan->employees->len; i++)
        {
          const IncEmployee *e = plan->employees->pdata[i];
          g_ptr_array_add (report->standings, standing_from (report, e->id, e->name, e));
        }
      return;
    }
  g_autoptr (GPtrArray) entries = inc_ledger_entries (report->ledger);
  for (guint i = 0; i < entries->len; i++)
    {
      const IncLedgerEntry *e = entries->pdata[i];
      g_ptr_array_add (report->standings, standing_from (report, e->employee_id, e->employee_id, NULL));
    }
}

static gboolean
eligible_for_title (const IncentivePlan *plan, const IncentiveStanding *s)
{
  if (inc_dec_sign (s->weighted) <= 0)
    return FALSE;
  if (!plan->has_min_attainment || !s->has_target)
    return TRUE;
  IncDec needed;
  if (!inc_dec_mul (plan->min_attainment, s->target, &needed))
    return FALSE;
  return inc_dec_cmp (s->weighted, needed) >= 0;
}

static gboolean
reward_earned (const IncentiveReport *report, const IncentiveStanding *s, const IncReward *r)
{
  switch (r->condition)
    {
    case INC_REWARD_EMPLOYEE_OF_THE_MONTH:
      return s->employee_of_the_month;
    case INC_REWARD_RANK_AT_MOST:
      return inc_dec_cmp (inc_dec_make (s->rank, 0), r->threshold) <= 0;
    case INC_REWARD_ATTAINMENT_AT_LEAST:
      {
        IncDec needed;
        return s->has_target && inc_dec_mul (r->threshold, s->target, &needed)
               && inc_dec_cmp (s->weighted, needed) >= 0;
      }
    case INC_REWARD_NEW_CUSTOMERS_AT_LEAST:
      return report->statuses_known
             && inc_dec_cmp (inc_dec_make (s->customers_new, 0), r->threshold) >= 0;
    default:
      return FALSE;
    }
}

static void
format_standing (IncentiveReport *report, IncentiveStanding *s, IncDec non_cash)
{
  const IncentivePlan *plan = report->plan;
  s->s_gross = inc_report_money (report, s->gross);
  s->s_weighted = inc_report_money (report, s->weighted);
  s->s_bonus = inc_report_money (report, s->bonus);
  s->s_sales_bonus = inc_report_money (report, s->sales_bonus_exact);
  s->s_customer_bonus = inc_report_money (report, s->customer_bonus);
  s->s_non_cash = inc_report_money (report, non_cash);
  if (s->has_target)
    {
      s->s_target = inc_report_money (report, s->target);
      s->s_attainment = inc_report_ratio (s->weighted, s->target);
    }
  if (plan->has_target)
    {
      s->has_plan_share = TRUE;
      s->s_plan_share = inc_report_ratio (s->weighted, plan->target);
    }
  if (s->has_ytd)
    {
      /* customers.c set the earlier periods' bonuses; this period's is known only now */
      s->has_ytd = inc_dec_add (s->ytd_bonus, s->bonus, &s->ytd_bonus);
      s->s_ytd_weighted = inc_report_money (report, s->ytd_weighted);
      s->s_ytd_bonus = inc_report_money (report, s->ytd_bonus);
    }
}

gboolean
inc_standings_compute (IncentiveReport *report, GError **error)
{
  const IncentivePlan *plan = report->plan;
  collect_employees (report);

  if (!inc_customers_apply (report, error))
    return FALSE;

  for (guint i = 0; i < report->standings->len; i++)
    {
      IncentiveStanding *s = report->standings->pdata[i];
      if (!inc_standing_compute_bonus (plan, s))
        return overflow (error, s->employee_id, "bonus");
    }

  g_ptr_array_sort_with_data (report->standings, compare_for_ranking, (gpointer) plan);
  for (guint i = 0; i < report->standings->len; i++)
    {
      IncentiveStanding *s = report->standings->pdata[i];
      s->rank = i + 1;
      s->decided_by = INC_TIE_NONE;
      if (i + 1 < report->standings->len)
        rank_order (s, report->standings->pdata[i + 1], plan->rank_by_attainment, &s->decided_by);
      if (report->employee_of_the_month == NULL && eligible_for_title (plan, s))
        {
          report->employee_of_the_month = s;
          s->employee_of_the_month = TRUE;
        }
    }

  IncDec bonus_total = inc_dec_make (0, plan->minor_digits);
  IncDec non_cash_total = inc_dec_make (0, plan->minor_digits);
  for (guint i = 0; i < report->standings->len; i++)
    {
      IncentiveStanding *s = report->standings->pdata[i];
      IncDec non_cash = inc_dec_make (0, plan->minor_digits);
      if (inc_dec_sign (s->weighted) > 0)
        for (guint r = 0; r < plan->rewards->len; r++)
          {
            IncReward *reward = plan->rewards->pdata[r];
            if (!reward_earned (report, s, reward))
              continue;
            g_ptr_array_add (s->rewards, reward);
            if (!inc_dec_add (non_cash, reward->value, &non_cash))
              return overflow (error, s->employee_id, "non-cash value");
          }
      if (!inc_dec_add (bonus_total, s->bonus, &bonus_total)
          || !inc_dec_add (non_cash_total, non_cash, &non_cash_total))
        return overflow (error, s->employee_id, "bonus total");
      format_standing (report, s, non_cash);
    }

  report->gross_total = inc_dec_make (inc_ledger_total_gross (report->ledger), plan->minor_digits);
  report->weighted_total = inc_dec_make (inc_ledger_total_weighted (report->ledger), plan->minor_digits + 4);
  report->bonus_total = bonus_total;
  report->non_cash_total = non_cash_total;
  report->s_gross = inc_report_money (report, report->gross_total);
  report->s_weighted = inc_report_money (report, report->weighted_total);
  report->s_bonus = inc_report_money (report, report->bonus_total);
  return TRUE;
}
