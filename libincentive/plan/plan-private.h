/* plan-private.h — the plan as the rest of the library sees it: read once, never changed.
 *
 * incentive_plan_load() reads the key file, the product catalogue and the employees file
 * and checks every value, so that nothing downstream has to doubt the plan.
 */
#pragma once

#include "incentive/incentive-plan.h"
#include "money/money-private.h"

G_BEGIN_DECLS

/* The canonical sales columns, in the order of the contract's table. */
typedef enum {
  INC_COL_DATE,
  INC_COL_EMPLOYEE,
  INC_COL_PRODUCT,
  INC_COL_QUANTITY,
  INC_COL_UNIT_PRICE,
  INC_COL_DISCOUNT,
  INC_COL_AMOUNT,
  INC_COL_TXN,
  INC_COL_CUSTOMER,
  INC_N_COLUMNS
} IncColumn;

extern const char *const inc_column_names[INC_N_COLUMNS];

typedef struct {
  char *id;
  char *name;
  char *category;
  IncDec weight;      /* the weight that applies, after the [weights] rules; scale <= 4 */
  gboolean locomotive;
} IncProduct;

typedef struct {
  char *id;
  char *name;
  gboolean has_target;
  IncDec target;
  guint position;     /* row order in the employees file */
} IncEmployee;

typedef struct {
  IncDec from;        /* attainment where the bracket starts, as a fraction */
  IncDec rate;        /* as a fraction */
} IncTier;

typedef enum {
  INC_REWARD_EMPLOYEE_OF_THE_MONTH,
  INC_REWARD_RANK_AT_MOST,
  INC_REWARD_ATTAINMENT_AT_LEAST,
  INC_REWARD_NEW_CUSTOMERS_AT_LEAST,
} IncRewardCondition;

typedef struct {
  char *id;
  char *name;
  char *category;
  IncDec value;
  IncRewardCondition condition;
  IncDec threshold;   /* N for rank and new customers, the fraction for attainment */
  char *condition_text; /* as written in the plan, for statements */
} IncReward;

typedef struct {
  gboolean present;            /* the plan has a [customers] group */
  IncDec min_sale;             /* default: one minor unit */
  int lapsed_after;            /* default 6 */
  IncDec bonus_new, bonus_won_back, bonus_retained, bonus_kept;
  char *complaints_path;       /* absolute, or NULL */
  char *complaints_name;       /* as written in the plan */
  gboolean has_respond_within;
  gint64 respond_within_seconds;
} IncCustomerRules;

struct _IncentivePlan {
  gint ref_count;
  char *path;
  char *dir;

  char *name;
  char *period;                /* "YYYY-MM" or NULL */
  char *currency;
  int minor_digits;
  IncRounding rounding;
  gboolean has_target;
  IncDec target;
  gboolean rank_by_attainment;

  /* how the sales exports are written */
  char delimiter;              /* 0: detect */
  char decimal_separator;
  char *date_format;           /* NULL: ISO */
  char *encoding;              /* NULL: UTF-8 */
  char *column_headers[INC_N_COLUMNS]; /* from [columns]; NULL: the defaults and aliases */

  IncDec default_weight;
  gboolean has_locomotive_weight;
  IncDec locomotive_weight;

  GArray *tiers;               /* IncTier, ascending */
  gboolean has_threshold;
  IncDec threshold;
  gboolean has_cap;
  IncDec cap;
  gboolean has_rate;
  IncDec rate;

  char *title;
  gboolean has_min_attainment;
  IncDec min_attainment;

  char *products_path;
  GHashTable *products;        /* id → IncProduct* */
  char *employees_path;
  GPtrArray *employees;        /* IncEmployee*, file order; NULL without an employees file */
  GHashTable *employee_index;  /* id → IncEmployee* */

  /* Part 2 */
  char *history_path;          /* absolute, or NULL */
  gboolean late_lines_reject;
  IncCustomerRules customers;
  GPtrArray *rewards;          /* IncReward*, sorted by id */
};

/* The weight of a product id, whether the catalogue lists it or not. */
IncDec inc_plan_weight_of (const IncentivePlan *plan, const char *product_id,
                           const IncProduct **product_out);

/* Parses "YYYY-MM"; the year is 1..9999. */
gboolean inc_period_parse (const char *text, int *year, int *month);

/* Minor units of an ISO 4217 code ("EUR" → 2), or -1 for a code that is not one. */
int inc_currency_minor_digits (const char *code);

G_END_DECLS
