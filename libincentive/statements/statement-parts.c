/* statement-parts.c — the small boxed records a statement is made of: a weight band, a
 * tier band, a customer credit, a reward given.  Each is copied and freed whole, so that
 * bindings can keep one beyond the array it came in. */
#include "config.h"

#include <string.h>

#include "incentive/incentive-error.h"
#include "statements/statement-private.h"
#include "writers/writers-private.h"

G_DEFINE_BOXED_TYPE (IncentiveWeightBand, incentive_weight_band, incentive_weight_band_copy,
                     incentive_weight_band_free)
G_DEFINE_BOXED_TYPE (IncentiveTierBand, incentive_tier_band, incentive_tier_band_copy,
                     incentive_tier_band_free)
G_DEFINE_BOXED_TYPE (IncentiveCustomerCredit, incentive_customer_credit, incentive_customer_credit_copy,
                     incentive_customer_credit_free)
G_DEFINE_BOXED_TYPE (IncentiveRewardGiven, incentive_reward_given, incentive_reward_given_copy,
                     incentive_reward_given_free)

/**
 * incentive_weight_band_copy:
 * @band: a weight band
 *
 * Copies @band and its strings, for a caller that keeps a band beyond the array it came in.
 * Free the copy with incentive_weight_band_free().
 *
 * Returns: (transfer full): a deep copy of @band
 */
IncentiveWeightBand *
incentive_weight_band_copy (const IncentiveWeightBand *band)
{
  IncentiveWeightBand *c = g_new0 (IncentiveWeightBand, 1);
  c->weight = g_strdup (band->weight);
  c->locomotive = band->locomotive;
  c->lines = band->lines;
  c->net_sales = g_strdup (band->net_sales);
  c->weighted_sales = g_strdup (band->weighted_sales);
  return c;
}

/**
 * incentive_weight_band_free:
 * @band: (transfer full) (nullable): a weight band
 *
 * Frees @band and its strings. The arrays incentive_statement_get_weight_bands() returns
 * call it for each element when they are freed. %NULL is ignored.
 */
void
incentive_weight_band_free (IncentiveWeightBand *band)
{
  if (band == NULL)
    return;
  g_free (band->weight);
  g_free (band->net_sales);
  g_free (band->weighted_sales);
  g_free (band);
}

/**
 * incentive_tier_band_copy:
 * @band: a tier band
 *
 * Copies @band and its strings, for a caller that keeps a band beyond the array it came in.
 * Free the copy with incentive_tier_band_free().
 *
 * Returns: (transfer full): a deep copy of @band
 */
IncentiveTierBand *
incentive_tier_band_copy (const IncentiveTierBand *band)
{
  IncentiveTierBand *c = g_new0 (IncentiveTierBand, 1);
  c->from_attainment = g_strdup (band->from_attainment);
  c->to_attainment = g_strdup (band->to_attainment);
  c->from_amount = g_strdup (band->from_amount);
  c->to_amount = g_strdup (band->to_amount);
  c->rate = g_strdup (band->rate);
  c->base = g_strdup (band->base);
  c->amount = g_strdup (band->amount);
  return c;
}

/**
 * incentive_tier_band_free:
 * @band: (transfer full) (nullable): a tier band
 *
 * Frees @band and its strings. The arrays incentive_statement_get_tier_bands() returns call
 * it for each element when they are freed. %NULL is ignored.
 */
void
incentive_tier_band_free (IncentiveTierBand *band)
{
  if (band == NULL)
    return;
  g_free (band->from_attainment);
  g_free (band->to_attainment);
  g_free (band->from_amount);
  g_free (band->to_amount);
  g_free (band->rate);
  g_free (band->base);
  g_free (band->amount);
  g_free (band);
}

/**
 * incentive_customer_credit_copy:
 * @credit: a customer credit
 *
 * Copies @credit and its strings, for a caller that keeps a credit beyond the array it came
 * in. Free the copy with incentive_customer_credit_free().
 *
 * Returns: (transfer full): a deep copy of @credit
 */
IncentiveCustomerCredit *
incentive_customer_credit_copy (const IncentiveCustomerCredit *credit)
{
  IncentiveCustomerCredit *c = g_new0 (IncentiveCustomerCredit, 1);
  c->customer_id = g_strdup (credit->customer_id);
  c->net_sales = g_strdup (credit->net_sales);
  c->status = g_strdup (credit->status);
  c->kept_after_complaint = credit->kept_after_complaint;
  c->amount = g_strdup (credit->amount);
  return c;
}

/**
 * incentive_customer_credit_free:
 * @credit: (transfer full) (nullable): a customer credit
 *
 * Frees @credit and its strings. The arrays incentive_statement_get_customer_credits()
 * returns call it for each element when they are freed. %NULL is ignored.
 */
void
incentive_customer_credit_free (IncentiveCustomerCredit *credit)
{
  if (credit == NULL)
    return;
  g_free (credit->customer_id);
  g_free (credit->net_sales);
  g_free (credit->status);
  g_free (credit->amount);
  g_free (credit);
}

/**
 * incentive_reward_given_copy:
 * @reward: a reward given
 *
 * Copies @reward and its strings, for a caller that keeps a reward beyond the array it came
 * in. Free the copy with incentive_reward_given_free().
 *
 * Returns: (transfer full): a deep copy of @reward
 */
IncentiveRewardGiven *
incentive_reward_given_copy (const IncentiveRewardGiven *reward)
{
  IncentiveRewardGiven *c = g_new0 (IncentiveRewardGiven, 1);
  c->id = g_strdup (reward->id);
  c->name = g_strdup (reward->name);
  c->category = g_strdup (reward->category);
  c->value = g_strdup (reward->value);
  c->condition = g_strdup (reward->condition);
  c->how_met = g_strdup (reward->how_met);
  return c;
}

/**
 * incentive_reward_given_free:
 * @reward: (transfer full) (nullable): a reward given
 *
 * Frees @reward and its strings. The arrays incentive_statement_get_rewards() returns call
 * it for each element when they are freed. %NULL is ignored.
 */
void
incentive_reward_given_free (IncentiveRewardGiven *reward)
{
  if (reward == NULL)
    return;
  g_free (reward->id);
  g_free (reward->name);
  g_free (reward->category);
  g_free (reward->value);
  g_free (reward->condition);
  g_free (reward->how_met);
  g_free (reward);
}
