/* statement-private.h — a statement keeps the exact parts beside their shown forms, so that
 * the writers only format and a test can add the parts up without reading text. */
#pragma once

#include "incentive/incentive-statement.h"
#include "standings/standings-private.h"

G_BEGIN_DECLS

struct _IncentiveStatement {
  gint ref_count;
  IncentiveReport *report;            /* a reference */
  IncentiveStanding *standing;        /* a reference; also in the report */
  IncentiveStanding *next, *previous; /* borrowed from the report, NULL at the ends */

  /* exact parts */
  GArray *weights;            /* IncWeightBand, as the standing has them */
  GArray *tiers;              /* IncTierBand; empty without a target */
  GArray *credit_amounts;     /* IncDec, one per standing->credited entry */
  gboolean has_threshold;     /* the plan has one and the employee a target */
  IncDec threshold_amount;    /* threshold × target */
  IncDec bonus_after_cap;     /* before the one rounding */
  IncDec non_cash;            /* the rewards' values summed */

  /* shown forms */
  GPtrArray *weight_bands;    /* IncentiveWeightBand* */
  GPtrArray *tier_bands;      /* IncentiveTierBand* */
  GPtrArray *credits;         /* IncentiveCustomerCredit* */
  GPtrArray *rewards;         /* IncentiveRewardGiven* */
  GPtrArray *rejected;        /* IncentiveRejection*, references */
  char *s_weighted_exact, *s_threshold, *s_threshold_amount, *s_rate, *s_sales_bonus_exact;
  char *s_bonus_before_cap, *s_cap, *s_bonus_exact;
};

/* An exact amount with as many decimals as it needs, at least the currency's minor digits
 * ("5423.329", "80.00"). */
char *inc_statement_exact (const IncentiveReport *report, IncDec exact);

/* "weighted_sales", "attainment", "lines", "employee_id", or NULL for INC_TIE_NONE. */
const char *inc_tie_break_name (const IncentivePlan *plan, IncTieBreak rule);

/* The plan's rounding in words for people ("half-up"). */
const char *inc_rounding_name (IncRounding rounding);

G_END_DECLS
