/* statement-accessors.c — the statement type: references and the getters payroll software
 * and bindings read it with. */
#include "config.h"

#include <string.h>

#include "incentive/incentive-error.h"
#include "statements/statement-private.h"
#include "writers/writers-private.h"

G_DEFINE_BOXED_TYPE (IncentiveStatement, incentive_statement, incentive_statement_ref,
                     incentive_statement_unref)

/**
 * incentive_statement_ref:
 * @statement: a statement
 *
 * Takes one more reference to @statement. A statement never changes once made.
 *
 * Returns: (transfer full): @statement
 */
IncentiveStatement *
incentive_statement_ref (IncentiveStatement *statement)
{
  g_return_val_if_fail (statement != NULL, NULL);
  g_atomic_int_inc (&statement->ref_count);
  return statement;
}

/**
 * incentive_statement_unref:
 * @statement: (transfer full) (nullable): a statement
 *
 * Drops one reference to @statement; the last one frees it and releases its references to
 * the report and the standing. Arrays the caller got from its getters are the caller's and
 * stay valid. %NULL is ignored.
 */
void
incentive_statement_unref (IncentiveStatement *st)
{
  if (st == NULL || !g_atomic_int_dec_and_test (&st->ref_count))
    return;
  g_array_unref (st->weights);
  if (st->tiers)
    g_array_unref (st->tiers);
  g_array_unref (st->credit_amounts);
  g_ptr_array_unref (st->weight_bands);
  g_ptr_array_unref (st->tier_bands);
  g_ptr_array_unref (st->credits);
  g_ptr_array_unref (st->rewards);
  g_ptr_array_unref (st->rejected);
  g_free (st->s_weighted_exact);
  g_free (st->s_threshold);
  g_free (st->s_threshold_amount);
  g_free (st->s_rate);
  g_free (st->s_sales_bonus_exact);
  g_free (st->s_bonus_before_cap);
  g_free (st->s_cap);
  g_free (st->s_bonus_exact);
  incentive_standing_unref (st->standing);
  incentive_report_unref (st->report);
  g_free (st);
}

/* A new array holding copies of ARRAY's parts; the caller frees the array, which frees
 * the copies (hence (transfer container) for bindings, STYLE-ANCHORS §3.4). */
static GPtrArray *
copy_parts (const GPtrArray *array, GBoxedCopyFunc copy, GDestroyNotify free_func)
{
  GPtrArray *out = g_ptr_array_new_full (array->len, free_func);
  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (out, copy (array->pdata[i]));
  return out;
}

/**
 * incentive_statement_get_standing:
 * @statement: a statement
 *
 * The employee's row of the report the statement explains: every figure of the statement
 * adds up to the one the standing shows. The standing belongs to @statement (which holds a
 * reference to it); take your own with incentive_standing_ref() to keep it longer.
 *
 * Returns: (transfer none): the employee's row of the report
 */
IncentiveStanding *
incentive_statement_get_standing (IncentiveStatement *statement)
{
  return statement->standing;
}

/**
 * incentive_statement_get_employee_id:
 * @statement: a statement
 *
 * The id of the employee the statement is for. The string belongs to @statement.
 *
 * Returns: (transfer none): the employee id
 */
const char *
incentive_statement_get_employee_id (IncentiveStatement *statement)
{
  return statement->standing->employee_id;
}

/**
 * incentive_statement_get_name:
 * @statement: a statement
 *
 * The employee's name, as the report shows it. The string belongs to @statement.
 *
 * Returns: (transfer none): the employee's name
 */
const char *
incentive_statement_get_name (IncentiveStatement *statement)
{
  return statement->standing->name;
}

/**
 * incentive_statement_get_plan_name:
 * @statement: a statement
 *
 * The name of the plan the report was computed with. The string belongs to @statement.
 *
 * Returns: (transfer none): the plan's name
 */
const char *
incentive_statement_get_plan_name (IncentiveStatement *statement)
{
  return statement->report->plan->name;
}

/**
 * incentive_statement_get_period:
 * @statement: a statement
 *
 * The period of the report the statement was made from. The string belongs to @statement.
 *
 * Returns: (transfer none): the period, `YYYY-MM`
 */
const char *
incentive_statement_get_period (IncentiveStatement *statement)
{
  return statement->report->period;
}

/**
 * incentive_statement_get_currency:
 * @statement: a statement
 *
 * The currency of every amount of the statement. The string belongs to @statement.
 *
 * Returns: (transfer none): the ISO 4217 code every amount is in
 */
const char *
incentive_statement_get_currency (IncentiveStatement *statement)
{
  return statement->report->plan->currency;
}

/**
 * incentive_statement_get_lines:
 * @statement: a statement
 *
 * How many of the employee's lines were accepted, as in the report; the weight bands' lines
 * add up to it.
 *
 * Returns: the employee's accepted lines, late lines and returns included
 */
guint64
incentive_statement_get_lines (IncentiveStatement *statement)
{
  return statement->standing->lines;
}

/**
 * incentive_statement_get_late_lines:
 * @statement: a statement
 *
 * How many of the employee's accepted lines were late lines: dated in an earlier period the
 * history store has closed, credited in this one.
 *
 * Returns: how many of the accepted lines are dated in an earlier, closed period
 */
guint64
incentive_statement_get_late_lines (IncentiveStatement *statement)
{
  return statement->standing->late_lines;
}

/**
 * incentive_statement_get_gross_sales:
 * @statement: a statement
 *
 * The employee's gross sales, as money: the sum of the weight bands' net sales. The string
 * belongs to @statement.
 *
 * Returns: (transfer none): the sum of the net amounts (the weight bands' net sales)
 */
const char *
incentive_statement_get_gross_sales (IncentiveStatement *statement)
{
  return statement->standing->s_gross;
}

/**
 * incentive_statement_get_weighted_sales:
 * @statement: a statement
 *
 * The employee's weighted sales as the report shows them: the exact value of
 * incentive_statement_get_weighted_sales_exact(), rounded once to minor units with the
 * plan's rounding. The string belongs to @statement.
 *
 * Returns: (transfer none): the weighted sales as report.json shows them: the exact value
 *   rounded once to minor units
 */
const char *
incentive_statement_get_weighted_sales (IncentiveStatement *statement)
{
  return statement->standing->s_weighted;
}

/**
 * incentive_statement_get_weighted_sales_exact:
 * @statement: a statement
 *
 * The employee's weighted sales before any rounding, with as many decimals as they need:
 * the exact sum of the weight bands. The bonus is computed from this value. The string
 * belongs to @statement.
 *
 * Returns: (transfer none): the exact weighted sales, the sum of the weight bands
 */
const char *
incentive_statement_get_weighted_sales_exact (IncentiveStatement *statement)
{
  return statement->s_weighted_exact;
}

/**
 * incentive_statement_get_weight_bands:
 * @statement: a statement
 *
 * The employee's sales grouped by product weight, highest weight first (a locomotive band
 * before an ordinary band of the same weight). The array is new and the caller's:
 * g_ptr_array_unref() frees it together with its copies of the bands.
 *
 * Returns: (transfer container) (element-type IncentiveWeightBand): the weighted sales by
 *   weight, highest weight first; freeing the array frees its elements
 */
GPtrArray *
incentive_statement_get_weight_bands (IncentiveStatement *statement)
{
  return copy_parts (statement->weight_bands, (GBoxedCopyFunc) incentive_weight_band_copy,
                     (GDestroyNotify) incentive_weight_band_free);
}

/**
 * incentive_statement_get_target:
 * @statement: a statement
 *
 * The employee's personal target, as money. The string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): the personal target, or %NULL without one
 */
const char *
incentive_statement_get_target (IncentiveStatement *statement)
{
  return statement->standing->s_target;
}

/**
 * incentive_statement_get_attainment:
 * @statement: a statement
 *
 * The employee's attainment, weighted sales ÷ target, rounded half-up to four decimals. The
 * string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): weighted sales ÷ target with four decimals, or %NULL
 */
const char *
incentive_statement_get_attainment (IncentiveStatement *statement)
{
  return statement->standing->s_attainment;
}

/**
 * incentive_statement_get_plan_share:
 * @statement: a statement
 *
 * The employee's share of the organisation's target, rounded half-up to four decimals. The
 * string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): weighted sales ÷ the organisation's target, or %NULL
 */
const char *
incentive_statement_get_plan_share (IncentiveStatement *statement)
{
  return statement->standing->s_plan_share;
}

/**
 * incentive_statement_get_threshold:
 * @statement: a statement
 *
 * The plan's bonus threshold (`[bonus] threshold`) as a percent of the target: below it the
 * tiers pay nothing. The string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): the attainment below which there is no sales bonus,
 *   as a percent, or %NULL when the test does not apply (no threshold, or no target)
 */
const char *
incentive_statement_get_threshold (IncentiveStatement *statement)
{
  return statement->s_threshold;
}

/**
 * incentive_statement_get_threshold_amount:
 * @statement: a statement
 *
 * The weighted sales the employee needed to reach the threshold: threshold × target, exact.
 * The string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): the weighted sales the threshold asks for
 *   (threshold × target), or %NULL when the test does not apply
 */
const char *
incentive_statement_get_threshold_amount (IncentiveStatement *statement)
{
  return statement->s_threshold_amount;
}

/**
 * incentive_statement_get_threshold_met:
 * @statement: a statement
 *
 * Whether the employee passed the threshold test. An employee without a target, or a plan
 * without a threshold, always passes.
 *
 * Returns: %FALSE only when the threshold test applies and failed
 */
gboolean
incentive_statement_get_threshold_met (IncentiveStatement *statement)
{
  return !statement->standing->below_threshold;
}

/**
 * incentive_statement_get_tier_bands:
 * @statement: a statement
 *
 * How the sales bonus was computed, one band per tier of `[bonus] tiers`, lowest first;
 * each band's base is the part of the weighted sales that falls in it. The array is new and
 * the caller's: g_ptr_array_unref() frees it together with its copies of the bands.
 *
 * Returns: (transfer container) (element-type IncentiveTierBand): the tier bands, lowest
 *   first; empty without a target
 */
GPtrArray *
incentive_statement_get_tier_bands (IncentiveStatement *statement)
{
  return copy_parts (statement->tier_bands, (GBoxedCopyFunc) incentive_tier_band_copy,
                     (GDestroyNotify) incentive_tier_band_free);
}

/**
 * incentive_statement_get_rate:
 * @statement: a statement
 *
 * The flat rate an employee without a target earns on all weighted sales (`[bonus] rate`),
 * as a percent. The string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): for an employee without a target, the plan's rate on
 *   all weighted sales as a percent; otherwise %NULL
 */
const char *
incentive_statement_get_rate (IncentiveStatement *statement)
{
  return statement->s_rate;
}

/**
 * incentive_statement_get_sales_bonus_exact:
 * @statement: a statement
 *
 * The sales bonus before the cap and before rounding. The string belongs to @statement.
 *
 * Returns: (transfer none): the sales bonus, exact: the tier amounts summed (or weighted
 *   sales × rate), 0 below the threshold or when negative
 */
const char *
incentive_statement_get_sales_bonus_exact (IncentiveStatement *statement)
{
  return statement->s_sales_bonus_exact;
}

/**
 * incentive_statement_get_customer_credits:
 * @statement: a statement
 *
 * The customers whose work was credited to the employee this period (`[customers]`), each
 * with its status and the cash it earned, in customer id order. Empty for a plan without
 * `[customers]`. The array is new and the caller's: g_ptr_array_unref() frees it together
 * with its copies of the credits.
 *
 * Returns: (transfer container) (element-type IncentiveCustomerCredit): the customers
 *   credited to the employee, by customer id
 */
GPtrArray *
incentive_statement_get_customer_credits (IncentiveStatement *statement)
{
  return copy_parts (statement->credits, (GBoxedCopyFunc) incentive_customer_credit_copy,
                     (GDestroyNotify) incentive_customer_credit_free);
}

/**
 * incentive_statement_get_customer_bonus:
 * @statement: a statement
 *
 * The cash the employee's customer work earned (0 for a plan without `[customers]`), added
 * to the sales bonus before the cap. The string belongs to @statement.
 *
 * Returns: (transfer none): the customer bonus, the credits' amounts summed
 */
const char *
incentive_statement_get_customer_bonus (IncentiveStatement *statement)
{
  return statement->standing->s_customer_bonus;
}

/**
 * incentive_statement_get_bonus_before_cap:
 * @statement: a statement
 *
 * What the bonus would be without the cap: the exact sales bonus plus the customer bonus,
 * unrounded. The string belongs to @statement.
 *
 * Returns: (transfer none): the exact sales bonus plus the customer bonus
 */
const char *
incentive_statement_get_bonus_before_cap (IncentiveStatement *statement)
{
  return statement->s_bonus_before_cap;
}

/**
 * incentive_statement_get_cap:
 * @statement: a statement
 *
 * The plan's bonus cap (`[bonus] cap`), as money. The string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): the plan's cap, or %NULL without one
 */
const char *
incentive_statement_get_cap (IncentiveStatement *statement)
{
  return statement->s_cap;
}

/**
 * incentive_statement_get_capped:
 * @statement: a statement
 *
 * Whether the cap lowered this employee's bonus.
 *
 * Returns: %TRUE when the cap lowered the bonus
 */
gboolean
incentive_statement_get_capped (IncentiveStatement *statement)
{
  return statement->standing->capped;
}

/**
 * incentive_statement_get_bonus_exact:
 * @statement: a statement
 *
 * The bonus after the cap and before its one rounding to minor units (never negative). The
 * string belongs to @statement.
 *
 * Returns: (transfer none): the bonus after the cap, before its one rounding
 */
const char *
incentive_statement_get_bonus_exact (IncentiveStatement *statement)
{
  return statement->s_bonus_exact;
}

/**
 * incentive_statement_get_rounding:
 * @statement: a statement
 *
 * The rounding the plan applies to money, which turned
 * incentive_statement_get_bonus_exact() into incentive_statement_get_bonus(). The string
 * belongs to @statement.
 *
 * Returns: (transfer none): how the bonus was rounded: "half-up" or "half-even"
 */
const char *
incentive_statement_get_rounding (IncentiveStatement *statement)
{
  return inc_rounding_name (statement->report->plan->rounding);
}

/**
 * incentive_statement_get_bonus:
 * @statement: a statement
 *
 * The bonus payroll pays, exactly as report.json and incentive_standing_get_bonus() show
 * it. The string belongs to @statement.
 *
 * Returns: (transfer none): the bonus payroll pays, as report.json shows it
 */
const char *
incentive_statement_get_bonus (IncentiveStatement *statement)
{
  return statement->standing->s_bonus;
}

/**
 * incentive_statement_get_rank:
 * @statement: a statement
 *
 * The employee's place in the ranking, from 1.
 *
 * Returns: the employee's rank, 1 for the first
 */
guint
incentive_statement_get_rank (IncentiveStatement *statement)
{
  return statement->standing->rank;
}

/**
 * incentive_statement_get_n_employees:
 * @statement: a statement
 *
 * How many employees the report ranks, so that the rank can be read as "3 of 12".
 *
 * Returns: how many employees are ranked
 */
guint
incentive_statement_get_n_employees (IncentiveStatement *statement)
{
  return statement->report->standings->len;
}

/**
 * incentive_statement_get_ranked_by:
 * @statement: a statement
 *
 * What the ranking compares before any tie-break, as the plan's `rank-by` chooses. The
 * string belongs to @statement.
 *
 * Returns: (transfer none): what the ranking compares first: "weighted_sales" or "attainment"
 */
const char *
incentive_statement_get_ranked_by (IncentiveStatement *statement)
{
  return inc_tie_break_name (statement->report->plan, INC_TIE_PRIMARY);
}

/**
 * incentive_statement_get_next_employee_id:
 * @statement: a statement
 *
 * The id of the employee ranked right below this one, to explain the order. The string
 * belongs to @statement.
 *
 * Returns: (transfer none) (nullable): the employee ranked right below, or %NULL for the last
 */
const char *
incentive_statement_get_next_employee_id (IncentiveStatement *statement)
{
  return statement->next ? statement->next->employee_id : NULL;
}

/**
 * incentive_statement_get_decided_by:
 * @statement: a statement
 *
 * Which comparison put this employee above the next one: the plan's `rank-by` when the
 * figures differ, otherwise the tie-break that decided. The string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): the rule that put the employee above the next one:
 *   "weighted_sales", "attainment", "lines" or "employee_id"; %NULL for the last
 */
const char *
incentive_statement_get_decided_by (IncentiveStatement *statement)
{
  return inc_tie_break_name (statement->report->plan, statement->standing->decided_by);
}

/**
 * incentive_statement_get_previous_employee_id:
 * @statement: a statement
 *
 * The id of the employee ranked right above this one. The string belongs to @statement.
 *
 * Returns: (transfer none) (nullable): the employee ranked right above, or %NULL for the first
 */
const char *
incentive_statement_get_previous_employee_id (IncentiveStatement *statement)
{
  return statement->previous ? statement->previous->employee_id : NULL;
}

/**
 * incentive_statement_get_previous_decided_by:
 * @statement: a statement
 *
 * Which comparison put the previous employee above this one. The string belongs to
 * @statement.
 *
 * Returns: (transfer none) (nullable): the rule that put the previous employee above this
 *   one, as incentive_statement_get_decided_by() names it; %NULL for the first
 */
const char *
incentive_statement_get_previous_decided_by (IncentiveStatement *statement)
{
  return statement->previous ? inc_tie_break_name (statement->report->plan, statement->previous->decided_by)
                             : NULL;
}

/**
 * incentive_statement_is_employee_of_the_month:
 * @statement: a statement
 *
 * Whether the employee is the report's employee of the month.
 *
 * Returns: %TRUE for the employee of the month
 */
gboolean
incentive_statement_is_employee_of_the_month (IncentiveStatement *statement)
{
  return statement->standing->employee_of_the_month;
}

/**
 * incentive_statement_get_rewards:
 * @statement: a statement
 *
 * The non-cash rewards of the plan (`[reward:ID]`) the employee gets this period, by reward
 * id, each with its value and the reason its condition holds. The array is new and the
 * caller's: g_ptr_array_unref() frees it together with its copies of the rewards.
 *
 * Returns: (transfer container) (element-type IncentiveRewardGiven): the non-cash rewards the
 *   employee gets, by id, each with the condition it met
 */
GPtrArray *
incentive_statement_get_rewards (IncentiveStatement *statement)
{
  return copy_parts (statement->rewards, (GBoxedCopyFunc) incentive_reward_given_copy,
                     (GDestroyNotify) incentive_reward_given_free);
}

/**
 * incentive_statement_get_non_cash_value:
 * @statement: a statement
 *
 * The value of the employee's non-cash rewards, summed, as money: what payroll declares as
 * a benefit in kind (payroll.csv's `non_cash_value`). The string belongs to @statement.
 *
 * Returns: (transfer none): the rewards' values summed: the benefit in kind payroll declares
 */
const char *
incentive_statement_get_non_cash_value (IncentiveStatement *statement)
{
  return statement->standing->s_non_cash;
}

/**
 * incentive_statement_get_rejected:
 * @statement: a statement
 *
 * The rejected lines that name this employee, so that the salesperson sees what did not
 * count. The array is new and the caller's; it holds a reference to each rejection and
 * g_ptr_array_unref() releases them.
 *
 * Returns: (transfer container) (element-type IncentiveRejection): the employee's rejected
 *   lines, in the order they were read
 */
GPtrArray *
incentive_statement_get_rejected (IncentiveStatement *statement)
{
  GPtrArray *out = g_ptr_array_new_full (statement->rejected->len, (GDestroyNotify) incentive_rejection_unref);
  for (guint i = 0; i < statement->rejected->len; i++)
    g_ptr_array_add (out, incentive_rejection_ref (statement->rejected->pdata[i]));
  return out;
}
