/* plan-rewards.c — the plan's non-cash rewards: [reward:ID] groups with one condition
 * each.  Personal items, clothing and jewellery (and any category the plan forbids) refuse
 * the plan: the company gives things, never those. */
#include "config.h"

#include <string.h>

#include "incentive/incentive-error.h"
#include "plan/plan-keys-private.h"

static const char *const reward_categories[] = {
  "equipment", "gift-certificate", "tickets", "experience", "other", NULL
};
static const char *const never_rewarded[] = {
  "personal-items", "clothing", "jewellery", "jewelry", NULL
};

static void
reward_free (gpointer p)
{
  IncReward *r = p;
  g_free (r->id);
  g_free (r->name);
  g_free (r->category);
  g_free (r->condition_text);
  g_free (r);
}

static gint
compare_rewards (gconstpointer a, gconstpointer b)
{
  const IncReward *ra = *(IncReward *const *) a, *rb = *(IncReward *const *) b;
  return strcmp (ra->id, rb->id);
}

/* "rank<=3", "attainment>=110%", "new-customers>=2", "employee-of-the-month". */
static gboolean
parse_condition (const char *text, IncReward *r, const char **why)
{
  g_autofree char *t = g_strdup (text);
  g_strstrip (t);
  if (strcmp (t, "employee-of-the-month") == 0)
    {
      r->condition = INC_REWARD_EMPLOYEE_OF_THE_MONTH;
      return TRUE;
    }
  /* "rank<=3;attainment>=100%" reads as "both", but a reward has exactly one condition:
   * say so instead of complaining about the number. */
  if (strpbrk (t, ";,&|") != NULL || strstr (t, " and ") != NULL || strstr (t, " or ") != NULL)
    {
      *why = "a reward has exactly one condition (write a second [reward:ID] for another)";
      return FALSE;
    }
  struct { const char *name; const char *op; IncRewardCondition cond; gboolean ratio; } forms[] = {
    { "rank", "<=", INC_REWARD_RANK_AT_MOST, FALSE },
    { "attainment", ">=", INC_REWARD_ATTAINMENT_AT_LEAST, TRUE },
    { "new-customers", ">=", INC_REWARD_NEW_CUSTOMERS_AT_LEAST, FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      gsize n = strlen (forms[i].name);
      if (strncmp (t, forms[i].name, n) != 0)
        continue;
      const char *p = t + n;
      while (*p == ' ')
        p++;
      if (strncmp (p, forms[i].op, 2) != 0)
        {
          *why = "malformed condition (expected employee-of-the-month, rank<=N, attainment>=X% or new-customers>=N)";
          return FALSE;
        }
      p += 2;
      r->condition = forms[i].cond;
      if (forms[i].ratio)
        {
          if (!inc_dec_parse (p, strlen (p), &inc_ratio_syntax, &r->threshold, why))
            return FALSE;
          if (inc_dec_sign (r->threshold) < 0)
            {
              *why = "the attainment must not be negative";
              return FALSE;
            }
          return TRUE;
        }
      const char *q = p;
      while (*q == ' ')
        q++;
      char *end = NULL;
      gint64 v = g_ascii_strtoll (q, &end, 10);
      while (end && *end == ' ')
        end++;
      if (!g_ascii_isdigit (*q) || *end != '\0' || v < (forms[i].cond == INC_REWARD_RANK_AT_MOST ? 1 : 0)
          || v > 1000000)
        {
          *why = forms[i].cond == INC_REWARD_RANK_AT_MOST ? "expected rank<=N with a whole N from 1"
                                                         : "expected new-customers>=N with a whole N";
          return FALSE;
        }
      r->threshold = inc_dec_make (v, 0);
      return TRUE;
    }
  *why = "unknown condition (expected employee-of-the-month, rank<=N, attainment>=X% or new-customers>=N)";
  return FALSE;
}

gboolean
inc_plan_parse_rewards (const IncPlanLoader *l, IncentivePlan *plan, GError **error)
{
  g_autoptr (GPtrArray) forbidden = g_ptr_array_new_with_free_func (g_free);
  for (const char *const *c = never_rewarded; *c; c++)
    g_ptr_array_add (forbidden, g_strdup (*c));
  g_autofree char *extra = inc_plan_get (l, "rewards", "forbidden-categories");
  if (extra)
    {
      g_auto (GStrv) parts = g_strsplit (extra, ";", -1);
      for (char **p = parts; *p; p++)
        {
          g_strstrip (*p);
          if (**p)
            g_ptr_array_add (forbidden, g_ascii_strdown (*p, -1));
        }
    }

  plan->rewards = g_ptr_array_new_with_free_func (reward_free);
  g_auto (GStrv) groups = g_key_file_get_groups (l->kf, NULL);
  for (char **g = groups; *g; g++)
    {
      if (!g_str_has_prefix (*g, "reward:"))
        continue;
      const char *id = *g + strlen ("reward:");
      if (*id == '\0')
        return inc_plan_error (error, l, *g, NULL, NULL, "a reward needs an id: [reward:ID]");
      for (guint i = 0; i < plan->rewards->len; i++)
        if (g_ascii_strcasecmp (((IncReward *) plan->rewards->pdata[i])->id, id) == 0)
          return inc_plan_error (error, l, *g, NULL, NULL, "duplicate reward id");

      IncReward *r = g_new0 (IncReward, 1);
      g_ptr_array_add (plan->rewards, r);
      r->id = g_strdup (id);
      r->name = inc_plan_get (l, *g, "name");
      if (r->name == NULL || *r->name == '\0')
        {
          g_free (r->name);
          r->name = g_strdup (id);
        }

      g_autofree char *category = inc_plan_get (l, *g, "category");
      if (category == NULL)
        return inc_plan_error (error, l, *g, "category", NULL,
                           "missing (equipment, gift-certificate, tickets, experience or other)");
      r->category = g_ascii_strdown (category, -1);
      for (guint i = 0; i < forbidden->len; i++)
        if (strcmp (r->category, forbidden->pdata[i]) == 0)
          return inc_plan_error (error, l, *g, "category", category,
                             g_strv_contains (never_rewarded, r->category)
                               ? "personal items, clothing and jewellery are never given as rewards"
                               : "the category is listed in [rewards] forbidden-categories");
      if (!g_strv_contains (reward_categories, r->category))
        return inc_plan_error (error, l, *g, "category", category,
                           "unknown category (equipment, gift-certificate, tickets, experience or other)");

      gboolean has_value = FALSE;
      if (!inc_plan_get_amount (l, *g, "value", FALSE, &has_value, &r->value, error))
        return FALSE;
      if (!has_value)
        return inc_plan_error (error, l, *g, "value", NULL, "missing: the value payroll declares as a benefit in kind");
      IncDec rounded;
      inc_dec_round (r->value, plan->minor_digits, INC_ROUND_HALF_UP, &rounded);
      if (inc_dec_cmp (rounded, r->value) != 0)
        {
          g_autofree char *v = inc_plan_get (l, *g, "value");
          return inc_plan_error (error, l, *g, "value", v, "more decimals than the currency has");
        }
      r->value = rounded;

      g_autofree char *cond = inc_plan_get (l, *g, "for");
      if (cond == NULL)
        return inc_plan_error (error, l, *g, "for", NULL, "missing: the one condition that earns the reward");
      const char *why = NULL;
      if (!parse_condition (cond, r, &why))
        return inc_plan_error (error, l, *g, "for", cond, why);
      r->condition_text = g_steal_pointer (&cond);
    }
  g_ptr_array_sort (plan->rewards, compare_rewards);
  return TRUE;
}
