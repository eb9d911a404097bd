/* statement.c — one employee's statement: the parts of every figure of their report row.
 *
 * Nothing here decides a figure again.  The weight bands come from the ledger, the tier
 * bands from the same function the bonus was computed with, the customer credits from the
 * customer work; a statement only lays them out beside the figure they add up to.
 */
#include "config.h"

#include <string.h>

#include "incentive/incentive-error.h"
#include "statement-private.h"
#include "writers-private.h"

G_DEFINE_BOXED_TYPE (IncentiveStatement, incentive_statement, incentive_statement_ref,
                     incentive_statement_unref)
G_DEFINE_BOXED_TYPE (IncentiveWeightBand, incentive_weight_band, incentive_weight_band_copy,
                     incentive_weight_band_free)
G_DEFINE_BOXED_TYPE (IncentiveTierBand, incentive_tier_band, incentive_tier_band_copy,
                     incentive_tier_band_free)
G_DEFINE_BOXED_TYPE (IncentiveCustomerCredit, incentive_customer_credit, incentive_customer_credit_copy,
                     incentive_customer_credit_free)
G_DEFINE_BOXED_TYPE (IncentiveRewardGiven, incentive_reward_given, incentive_reward_given_copy,
                     incentive_reward_given_free)

/* ------------------------------------------------------------------------------------ */
/* The part types */

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

/* ------------------------------------------------------------------------------------ */
/* Building a statement */

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

/* ------------------------------------------------------------------------------------ */
/* Statement files */

/* Bytes kept as they are in a file name; everything else is written %XX. */
static gboolean
safe_byte (unsigned char c, gboolean first)
{
  if (g_ascii_isalnum (c) || c == '-' || c == '_')
    return TRUE;
  return c == '.' && !first;
}

#define MAX_FILE_NAME_BASE 200 /* leaves room for ".json" and the temporary suffix */

/**
 * incentive_statement_file_name:
 * @employee_id: an employee id
 * @error: return location for a #GError, or %NULL
 *
 * The base name (without `.txt` or `.json`) of an employee's statement files.  Letters,
 * digits, `-`, `_` and `.` (not first) are kept; every other byte, `%` included, is written
 * as `%XX` (upper-case hex), so `../x` becomes `%2E.%2Fx` and no name leaves its folder or
 * hides as a dot file, and two ids never share a name.  An empty id, or one whose name would
 * be longer than 200 bytes, is %INCENTIVE_ERROR_INVALID_ARGUMENT.
 *
 * Returns: (transfer full): the base name, or %NULL with @error set
 */
char *
incentive_statement_file_name (const char *employee_id, GError **error)
{
  g_return_val_if_fail (employee_id != NULL, NULL);
  if (*employee_id == '\0')
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT,
                   "an empty employee id cannot name a statement file");
      return NULL;
    }
  GString *name = g_string_new (NULL);
  for (const unsigned char *p = (const unsigned char *) employee_id; *p; p++)
    {
      if (safe_byte (*p, p == (const unsigned char *) employee_id))
        g_string_append_c (name, (char) *p);
      else
        g_string_append_printf (name, "%%%02X", *p);
    }
  if (name->len > MAX_FILE_NAME_BASE)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT,
                   "employee id '%.40s…' is too long to name a statement file", employee_id);
      g_string_free (name, TRUE);
      return NULL;
    }
  return g_string_free (name, FALSE);
}

/**
 * incentive_report_write_statements:
 * @report: a report
 * @directory: (type filename): the folder; created when missing
 * @error: return location for a #GError, or %NULL
 *
 * Writes `ID.txt` and `ID.json` for every employee of @report into @directory, ID named as
 * incentive_statement_file_name() says.  Every name is checked before anything is written,
 * and all files are written to temporary files and renamed into place together, so a
 * failure leaves none of them half-written.  An id that cannot name a file, or a
 * statement that cannot be computed, fails before anything is written
 * (%INCENTIVE_ERROR_INVALID_ARGUMENT, %INCENTIVE_ERROR_OVERFLOW); a folder that cannot be
 * created or written is %INCENTIVE_ERROR_IO.
 *
 * Returns: %TRUE on success
 */
gboolean
incentive_report_write_statements (IncentiveReport *report, const char *directory, GError **error)
{
  g_return_val_if_fail (report != NULL && directory != NULL, FALSE);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < report->standings->len; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      g_autofree char *base = incentive_statement_file_name (s->employee_id, error);
      if (base == NULL)
        return FALSE;
      g_autoptr (IncentiveStatement) st = incentive_report_get_statement (report, s->employee_id, error);
      if (st == NULL)
        return FALSE;
      g_ptr_array_add (names, g_strconcat (base, ".txt", NULL));
      g_ptr_array_add (contents, incentive_statement_to_text (st));
      g_ptr_array_add (names, g_strconcat (base, ".json", NULL));
      g_ptr_array_add (contents, incentive_statement_to_json (st));
    }
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (contents, NULL);
  return inc_write_files_atomically (directory, (const char *const *) names->pdata,
                                     (const char *const *) contents->pdata, error);
}

/* ------------------------------------------------------------------------------------ */
/* The statement type */

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
