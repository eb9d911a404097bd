/* incentive-statement.h — one employee's statement: how every figure of their report row
 * came about, as parts that add up to it exactly. */
#pragma once

#if !defined(__INCENTIVE_INSIDE__) && !defined(INCENTIVE_COMPILATION)
#error "Only <incentive/incentive.h> can be included directly."
#endif

#include <glib-object.h>

#include <incentive/incentive-macros.h>
#include <incentive/incentive-report.h>

G_BEGIN_DECLS

/**
 * IncentiveStatement:
 *
 * One employee's statement, made from a report.  Every figure is given in the form
 * report.json shows it and, where it was rounded, also exactly, so that a reader sees the
 * one rounding step.  Exact amounts are decimal strings with as many decimals as they need
 * (at least the currency's minor digits).
 *
 * A statement is created by incentive_report_get_statement() and freed with
 * incentive_statement_unref() (or g_autoptr()).  It holds a reference to its report, so
 * the report may be released first.  Strings returned by its getters belong to it; the
 * arrays its getters return are new, and the caller frees them with g_ptr_array_unref().
 */
typedef struct _IncentiveStatement IncentiveStatement;

/**
 * IncentiveWeightBand:
 * @weight: the product weight, without needless zeros ("2.5", "1")
 * @locomotive: %TRUE when the lines are of locomotive products
 * @lines: the accepted lines sold at this weight, returns included
 * @net_sales: their net amounts summed (money, minor digits)
 * @weighted_sales: @net_sales × @weight, exact (minor digits + 4)
 *
 * How much an employee sold at one weight.  The bands' @weighted_sales add up exactly to
 * the employee's exact weighted sales, their @net_sales to the gross sales.
 *
 * Bands come in the array incentive_statement_get_weight_bands() returns, which frees them
 * with itself; incentive_weight_band_copy() keeps one longer, incentive_weight_band_free()
 * frees the copy.
 */
typedef struct {
  char *weight;
  gboolean locomotive;
  guint64 lines;
  char *net_sales;
  char *weighted_sales;
} IncentiveWeightBand;

/**
 * IncentiveTierBand:
 * @from_attainment: where the band starts, as a percent ("100%")
 * @to_attainment: (nullable): where it ends, or %NULL for the last, open band
 * @from_amount: @from_attainment × target, exact
 * @to_amount: (nullable): @to_attainment × target, exact, or %NULL
 * @rate: the rate of the band, as a percent ("4%")
 * @base: the part of the weighted sales that falls in the band, exact
 * @amount: @base × @rate, exact
 *
 * One bracket of the tiered bonus.  Without the threshold test failing, the bands'
 * @amount add up to the sales bonus before the cap.
 *
 * Bands come in the array incentive_statement_get_tier_bands() returns, which frees them
 * with itself; incentive_tier_band_copy() keeps one longer, incentive_tier_band_free()
 * frees the copy.
 */
typedef struct {
  char *from_attainment;
  char *to_attainment;
  char *from_amount;
  char *to_amount;
  char *rate;
  char *base;
  char *amount;
} IncentiveTierBand;

/**
 * IncentiveCustomerCredit:
 * @customer_id: the customer
 * @net_sales: the employee's net sales to the customer this period (money)
 * @status: (nullable): "new", "won_back" or "retained", or %NULL while statuses are unknown
 * @kept_after_complaint: %TRUE when the employee kept the customer after a complaint
 * @amount: the cash the customer earned the employee (money); the credits add up to the
 *   customer bonus
 *
 * A customer credited to the employee this period.
 *
 * Credits come in the array incentive_statement_get_customer_credits() returns, which frees
 * them with itself; incentive_customer_credit_copy() keeps one longer,
 * incentive_customer_credit_free() frees the copy.
 */
typedef struct {
  char *customer_id;
  char *net_sales;
  char *status;
  gboolean kept_after_complaint;
  char *amount;
} IncentiveCustomerCredit;

/**
 * IncentiveRewardGiven:
 * @id: the reward's id in the plan (`[reward:ID]`)
 * @name: its name
 * @category: its category (lower case)
 * @value: its value as a benefit in kind (money)
 * @condition: the condition as the plan writes it ("rank<=3")
 * @how_met: why the condition holds for this employee, in words ("rank 1")
 *
 * A non-cash reward an employee gets, and the condition it met.
 *
 * Rewards come in the array incentive_statement_get_rewards() returns, which frees them
 * with itself; incentive_reward_given_copy() keeps one longer,
 * incentive_reward_given_free() frees the copy.
 */
typedef struct {
  char *id;
  char *name;
  char *category;
  char *value;
  char *condition;
  char *how_met;
} IncentiveRewardGiven;

#define INCENTIVE_TYPE_STATEMENT (incentive_statement_get_type ())
#define INCENTIVE_TYPE_WEIGHT_BAND (incentive_weight_band_get_type ())
#define INCENTIVE_TYPE_TIER_BAND (incentive_tier_band_get_type ())
#define INCENTIVE_TYPE_CUSTOMER_CREDIT (incentive_customer_credit_get_type ())
#define INCENTIVE_TYPE_REWARD_GIVEN (incentive_reward_given_get_type ())

INCENTIVE_AVAILABLE_IN_1_0
GType incentive_statement_get_type (void) G_GNUC_CONST;
INCENTIVE_AVAILABLE_IN_1_0
GType incentive_weight_band_get_type (void) G_GNUC_CONST;
INCENTIVE_AVAILABLE_IN_1_0
GType incentive_tier_band_get_type (void) G_GNUC_CONST;
INCENTIVE_AVAILABLE_IN_1_0
GType incentive_customer_credit_get_type (void) G_GNUC_CONST;
INCENTIVE_AVAILABLE_IN_1_0
GType incentive_reward_given_get_type (void) G_GNUC_CONST;

INCENTIVE_AVAILABLE_IN_1_0
IncentiveWeightBand *incentive_weight_band_copy (const IncentiveWeightBand *band);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_weight_band_free (IncentiveWeightBand *band);
INCENTIVE_AVAILABLE_IN_1_0
IncentiveTierBand *incentive_tier_band_copy (const IncentiveTierBand *band);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_tier_band_free (IncentiveTierBand *band);
INCENTIVE_AVAILABLE_IN_1_0
IncentiveCustomerCredit *incentive_customer_credit_copy (const IncentiveCustomerCredit *credit);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_customer_credit_free (IncentiveCustomerCredit *credit);
INCENTIVE_AVAILABLE_IN_1_0
IncentiveRewardGiven *incentive_reward_given_copy (const IncentiveRewardGiven *reward);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_reward_given_free (IncentiveRewardGiven *reward);

INCENTIVE_AVAILABLE_IN_1_0
IncentiveStatement *incentive_report_get_statement (IncentiveReport *report, const char *employee_id,
                                                    GError **error);
INCENTIVE_AVAILABLE_IN_1_0
char *incentive_statement_file_name (const char *employee_id, GError **error);
INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_report_write_statements (IncentiveReport *report, const char *directory,
                                            GError **error);
INCENTIVE_AVAILABLE_IN_1_0
char *incentive_report_to_html (IncentiveReport *report);

INCENTIVE_AVAILABLE_IN_1_0
IncentiveStatement *incentive_statement_ref (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_statement_unref (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
IncentiveStanding *incentive_statement_get_standing (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_employee_id (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_name (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_plan_name (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_period (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_currency (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_statement_get_lines (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_statement_get_late_lines (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_gross_sales (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_weighted_sales (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_weighted_sales_exact (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
GPtrArray *incentive_statement_get_weight_bands (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_target (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_attainment (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_plan_share (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_threshold (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_threshold_amount (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_statement_get_threshold_met (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
GPtrArray *incentive_statement_get_tier_bands (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_rate (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_sales_bonus_exact (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
GPtrArray *incentive_statement_get_customer_credits (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_customer_bonus (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_bonus_before_cap (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_cap (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_statement_get_capped (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_bonus_exact (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_rounding (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_bonus (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
guint incentive_statement_get_rank (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_statement_get_n_employees (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_ranked_by (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_next_employee_id (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_decided_by (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_previous_employee_id (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_previous_decided_by (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_statement_is_employee_of_the_month (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
GPtrArray *incentive_statement_get_rewards (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_statement_get_non_cash_value (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
GPtrArray *incentive_statement_get_rejected (IncentiveStatement *statement);

INCENTIVE_AVAILABLE_IN_1_0
char *incentive_statement_to_text (IncentiveStatement *statement);
INCENTIVE_AVAILABLE_IN_1_0
char *incentive_statement_to_json (IncentiveStatement *statement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveStatement, incentive_statement_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveWeightBand, incentive_weight_band_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveTierBand, incentive_tier_band_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveCustomerCredit, incentive_customer_credit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveRewardGiven, incentive_reward_given_free)

G_END_DECLS
