/* standings-private.h — from the ledger to each employee's contribution, bonus and rank.
 *
 * The fourth stop of a sales line: its employee's exact sums become attainment, plan
 * share, the tiered bonus (threshold, customer credits, cap, one rounding), the ranking
 * with the contract's tie-breaks, the employee of the month and the rewards.
 */
#pragma once

#include "standings/report-private.h"

G_BEGIN_DECLS

/* Fills REPORT's standings from its ledger and plan.  Fails only when a figure leaves the
 * exact range (INCENTIVE_ERROR_OVERFLOW, naming the employee). */
gboolean inc_standings_compute (IncentiveReport *report, GError **error);

/* The bonus stage alone (tiers or rate, threshold, customer bonus, cap, rounding), for
 * tests and statements: S must have weighted, target and customer_bonus set. */
gboolean inc_standing_compute_bonus (const IncentivePlan *plan, IncentiveStanding *s);

/* One tier band of an employee's bonus, as a statement shows it. */
typedef struct {
  IncDec from_attainment, to_attainment; /* to: -1 mant for "no upper end" */
  gboolean open_ended;
  IncDec base;    /* the part of weighted sales in the band */
  IncDec rate;
  IncDec amount;  /* base × rate, exact */
} IncTierBand;

/* The bands of S's sales bonus (empty without target or tiers); g_array_unref(). */
GArray *inc_standing_tier_bands (const IncentivePlan *plan, const IncentiveStanding *s);

G_END_DECLS
