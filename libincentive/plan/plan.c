/* plan.c — reads and checks the plan key file.
 *
 * Every key is known: an unknown group or key is refused, because a typo in a plan
 * silently changes somebody's pay.  The catalogue and employees files are read by
 * plan-tables.c.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "reader/csv-source-private.h"
#include "incentive/incentive-error.h"
#include "plan/plan-private.h"
#include "plan/plan-keys-private.h"
#include "plan/plan-tables-private.h"

G_DEFINE_BOXED_TYPE (IncentivePlan, incentive_plan, incentive_plan_ref, incentive_plan_unref)

const char *const inc_column_names[INC_N_COLUMNS] = {
  "date", "employee_id", "product_id", "quantity", "unit_price",
  "discount", "amount", "txn_id", "customer_id",
};

static const char *const plan_keys[] = {
  "name", "period", "currency", "rounding", "target", "products", "employees", "rank-by",
  "delimiter", "decimal-separator", "date-format", "encoding", "history", "late-lines", NULL
};
static const char *const weights_keys[] = { "default", "locomotive", NULL };
static const char *const bonus_keys[] = { "tiers", "threshold", "cap", "rate", NULL };
static const char *const recognition_keys[] = { "title", "min-attainment", NULL };
static const char *const customers_keys[] = {
  "min-sale", "lapsed-after", "new", "won-back", "retained", "kept-after-complaint",
  "complaints", "respond-within", NULL
};
static const char *const rewards_keys[] = { "forbidden-categories", NULL };
static const char *const reward_keys[] = { "name", "category", "value", "for", NULL };

gboolean
inc_plan_error (GError **error, const IncPlanLoader *l, const char *group, const char *key,
                const char *value, const char *why)
{
  if (key && value)
    g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN, "%s: [%s] %s='%s': %s",
                 l->file, group, key, value, why);
  else if (key)
    g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN, "%s: [%s] %s: %s", l->file,
                 group, key, why);
  else
    g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN, "%s: [%s]: %s", l->file,
                 group, why);
  return FALSE;
}

char *
inc_plan_get (const IncPlanLoader *l, const char *group, const char *key)
{
  char *v = g_key_file_get_string (l->kf, group, key, NULL);
  if (v)
    g_strstrip (v);
  return v;
}

static gboolean
get_number (const IncPlanLoader *l, const char *group, const char *key, const IncNumberSyntax *syntax,
            gboolean *present, IncDec *out, GError **error)
{
  g_autofree char *v = inc_plan_get (l, group, key);
  if (present)
    *present = v != NULL;
  if (v == NULL)
    return TRUE;
  const char *why = NULL;
  if (!inc_dec_parse (v, strlen (v), syntax, out, &why))
    return inc_plan_error (error, l, group, key, v, why);
  return TRUE;
}

/* A money amount of the plan: a plain number, not negative (POSITIVE: above zero). */
gboolean
inc_plan_get_amount (const IncPlanLoader *l, const char *group, const char *key, gboolean positive,
                     gboolean *present, IncDec *out, GError **error)
{
  gboolean have = FALSE;
  if (!get_number (l, group, key, &inc_amount_syntax, &have, out, error))
    return FALSE;
  if (present)
    *present = have;
  if (have && (positive ? inc_dec_sign (*out) <= 0 : inc_dec_sign (*out) < 0))
    {
      g_autofree char *v = inc_plan_get (l, group, key);
      return inc_plan_error (error, l, group, key, v,
                         positive ? "must be an amount above zero" : "must not be negative");
    }
  return TRUE;
}

gboolean
inc_plan_get_ratio (const IncPlanLoader *l, const char *group, const char *key, gboolean *present,
                    IncDec *out, GError **error)
{
  gboolean have = FALSE;
  if (!get_number (l, group, key, &inc_ratio_syntax, &have, out, error))
    return FALSE;
  if (present)
    *present = have;
  if (have && inc_dec_sign (*out) < 0)
    {
      g_autofree char *v = inc_plan_get (l, group, key);
      return inc_plan_error (error, l, group, key, v, "must not be negative");
    }
  return TRUE;
}

gboolean
inc_weight_parse (const char *text, gsize len, IncDec *out, const char **why)
{
  if (!inc_dec_parse (text, len, &inc_plain_syntax, out, why))
    return FALSE;
  if (out->scale > 4)
    {
      IncDec r;
      inc_dec_round (*out, 4, INC_ROUND_HALF_UP, &r);
      if (inc_dec_cmp (r, *out) != 0)
        {
          *why = "a weight has at most four decimals";
          return FALSE;
        }
      *out = r;
    }
  if (inc_dec_sign (*out) < 0)
    {
      *why = "a weight must not be negative";
      return FALSE;
    }
  if (inc_dec_cmp (*out, inc_dec_make (1000000, 0)) > 0)
    {
      *why = "a weight is at most 1000000";
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_weight (const IncPlanLoader *l, const char *group, const char *key, gboolean *present, IncDec *out,
            GError **error)
{
  g_autofree char *v = inc_plan_get (l, group, key);
  *present = v != NULL;
  if (v == NULL)
    return TRUE;
  const char *why = NULL;
  if (!inc_weight_parse (v, strlen (v), out, &why))
    return inc_plan_error (error, l, group, key, v, why);
  return TRUE;
}

char *
inc_plan_resolve_path (const IncentivePlan *plan, const char *value)
{
  if (g_path_is_absolute (value))
    return g_strdup (value);
  return g_build_filename (plan->dir, value, NULL);
}

gboolean
inc_period_parse (const char *text, int *year, int *month)
{
  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (int i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;
  int y = atoi (text), m = atoi (text + 5);
  if (y < 1 || m < 1 || m > 12)
    return FALSE;
  if (year)
    *year = y;
  if (month)
    *month = m;
  return TRUE;
}

/* Refuses any group or key the contract does not define. */
static gboolean
check_known_keys (const IncPlanLoader *l, GError **error)
{
  g_auto (GStrv) groups = g_key_file_get_groups (l->kf, NULL);
  for (char **g = groups; *g; g++)
    {
      const char *const *allowed;
      if (strcmp (*g, "plan") == 0)
        allowed = plan_keys;
      else if (strcmp (*g, "weights") == 0)
        allowed = weights_keys;
      else if (strcmp (*g, "bonus") == 0)
        allowed = bonus_keys;
      else if (strcmp (*g, "recognition") == 0)
        allowed = recognition_keys;
      else if (strcmp (*g, "customers") == 0)
        allowed = customers_keys;
      else if (strcmp (*g, "rewards") == 0)
        allowed = rewards_keys;
      else if (g_str_has_prefix (*g, "reward:"))
        allowed = reward_keys;
      else if (strcmp (*g, "columns") == 0)
        continue; /* header names are free-form */
      else
        return inc_plan_error (error, l, *g, NULL, NULL,
                           "unknown group (known: plan, weights, bonus, recognition, columns, "
                           "customers, rewards, reward:ID)");

      g_auto (GStrv) keys = g_key_file_get_keys (l->kf, *g, NULL, NULL);
      for (char **k = keys; *k; k++)
        if (!g_strv_contains (allowed, *k))
          {
            g_autofree char *known = g_strjoinv (", ", (char **) allowed);
            g_autofree char *why = g_strdup_printf ("unknown key (known in [%s]: %s)", *g, known);
            return inc_plan_error (error, l, *g, *k, NULL, why);
          }
    }
  return TRUE;
}

/* GKeyFile merges a group written twice and keeps the last of a key written twice; in a
 * plan either is a mistake worth naming, since one of the two values is silently lost. */
static gboolean
check_duplicates (const char *file, const char *contents, GError **error)
{
  g_autoptr (GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *group = NULL;
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *line = g_strstrip (lines[i]);
      if (line[0] == '#' || line[0] == '\0')
        continue;
      if (line[0] == '[')
        {
          char *close = strrchr (line, ']');
          if (close == NULL)
            continue;
          g_free (group);
          group = g_strndup (line + 1, close - line - 1);
          if (!g_hash_table_add (groups, g_ascii_strdown (group, -1)))
            {
              g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN,
                           "%s line %u: group [%s] appears more than once", file, i + 1, group);
              return FALSE;
            }
          continue;
        }
      char *eq = strchr (line, '=');
      if (group == NULL || eq == NULL)
        continue; /* GKeyFile reports these */
      g_autofree char *key = g_strndup (line, eq - line);
      g_strchomp (key);
      if (!g_hash_table_add (keys, g_strconcat (group, "\n", key, NULL)))
        {
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN,
                       "%s line %u: [%s] %s is given more than once", file, i + 1, group, key);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
parse_tiers (const IncPlanLoader *l, IncentivePlan *plan, GError **error)
{
  g_autofree char *v = inc_plan_get (l, "bonus", "tiers");
  if (v == NULL)
    return TRUE;
  g_auto (GStrv) parts = g_strsplit (v, ";", -1);
  for (char **p = parts; *p; p++)
    {
      char *item = g_strstrip (*p);
      if (*item == '\0' && p[1] == NULL && p != parts)
        break; /* a trailing ';' */
      char *colon = strchr (item, ':');
      IncTier tier;
      const char *why = NULL;
      if (colon == NULL)
        return inc_plan_error (error, l, "bonus", "tiers", v,
                           "expected attainment:rate pairs separated by ';' (0%:2%;100%:4%)");
      if (!inc_dec_parse (item, colon - item, &inc_ratio_syntax, &tier.from, &why)
          || !inc_dec_parse (colon + 1, strlen (colon + 1), &inc_ratio_syntax, &tier.rate, &why))
        {
          g_autofree char *msg = g_strdup_printf ("'%s': %s", item, why);
          return inc_plan_error (error, l, "bonus", "tiers", v, msg);
        }
      if (inc_dec_sign (tier.from) < 0 || inc_dec_sign (tier.rate) < 0)
        return inc_plan_error (error, l, "bonus", "tiers", v, "attainments and rates must not be negative");
      if (plan->tiers->len == 0 && inc_dec_sign (tier.from) != 0)
        return inc_plan_error (error, l, "bonus", "tiers", v,
                           "the first bracket must start at 0% (a minimum attainment is [bonus] threshold)");
      if (plan->tiers->len > 0)
        {
          IncTier *prev = &g_array_index (plan->tiers, IncTier, plan->tiers->len - 1);
          if (inc_dec_cmp (tier.from, prev->from) <= 0)
            return inc_plan_error (error, l, "bonus", "tiers", v,
                               "the brackets must start at ascending attainments");
        }
      g_array_append_val (plan->tiers, tier);
    }
  if (plan->tiers->len == 0)
    return inc_plan_error (error, l, "bonus", "tiers", v, "no tier given");
  return TRUE;
}

static gboolean
parse_plan_group (const IncPlanLoader *l, IncentivePlan *plan, GError **error)
{
  g_autofree char *name = inc_plan_get (l, "plan", "name");
  if (name)
    plan->name = g_steal_pointer (&name);
  else
    {
      g_autofree char *base = g_path_get_basename (plan->path);
      char *dot = strrchr (base, '.');
      if (dot && dot != base)
        *dot = '\0';
      plan->name = g_steal_pointer (&base);
    }

  g_autofree char *period = inc_plan_get (l, "plan", "period");
  if (period && !inc_period_parse (period, NULL, NULL))
    return inc_plan_error (error, l, "plan", "period", period, "expected YYYY-MM");
  plan->period = g_steal_pointer (&period);

  g_autofree char *currency = inc_plan_get (l, "plan", "currency");
  if (currency == NULL)
    return inc_plan_error (error, l, "plan", "currency", NULL,
                       "missing: the ISO 4217 currency code decides the minor units (EUR, JPY, KWD)");
  plan->minor_digits = inc_currency_minor_digits (currency);
  if (plan->minor_digits < 0)
    return inc_plan_error (error, l, "plan", "currency", currency, "not an ISO 4217 currency code");
  plan->currency = g_steal_pointer (&currency);

  g_autofree char *rounding = inc_plan_get (l, "plan", "rounding");
  if (rounding && !inc_rounding_from_string (rounding, &plan->rounding))
    return inc_plan_error (error, l, "plan", "rounding", rounding, "expected half-up or half-even");

  if (!inc_plan_get_amount (l, "plan", "target", TRUE, &plan->has_target, &plan->target, error))
    return FALSE;

  g_autofree char *rank_by = inc_plan_get (l, "plan", "rank-by");
  if (rank_by)
    {
      if (strcmp (rank_by, "attainment") == 0)
        plan->rank_by_attainment = TRUE;
      else if (strcmp (rank_by, "contribution") != 0)
        return inc_plan_error (error, l, "plan", "rank-by", rank_by, "expected contribution or attainment");
    }

  /* g_key_file_get_string turns "\t" into a tab; "tab" is accepted as a word too. */
  g_autofree char *raw_delim = g_key_file_get_string (l->kf, "plan", "delimiter", NULL);
  if (raw_delim)
    {
      if (strcmp (raw_delim, "tab") == 0 || strcmp (raw_delim, "\t") == 0)
        plan->delimiter = '\t';
      else
        {
          g_strstrip (raw_delim);
          if (strlen (raw_delim) != 1 || strchr (",;|", raw_delim[0]) == NULL)
            return inc_plan_error (error, l, "plan", "delimiter", raw_delim,
                               "expected one of , ; | or tab");
          plan->delimiter = raw_delim[0];
        }
    }

  g_autofree char *sep = inc_plan_get (l, "plan", "decimal-separator");
  if (sep && strcmp (sep, ".") != 0 && strcmp (sep, ",") != 0)
    return inc_plan_error (error, l, "plan", "decimal-separator", sep, "expected . or ,");
  plan->decimal_separator = sep ? sep[0] : '.';
  if (plan->decimal_separator == ',' && plan->delimiter == ',')
    return inc_plan_error (error, l, "plan", "decimal-separator", sep,
                       "cannot be the field delimiter as well");

  g_autofree char *date_format = inc_plan_get (l, "plan", "date-format");
  if (date_format)
    {
      const char *why = NULL;
      if (!inc_date_format_check (date_format, &why))
        return inc_plan_error (error, l, "plan", "date-format", date_format, why);
      plan->date_format = g_steal_pointer (&date_format);
    }

  g_autofree char *encoding = inc_plan_get (l, "plan", "encoding");
  if (encoding)
    {
      GCharsetConverter *c = g_charset_converter_new ("UTF-8", encoding, NULL);
      if (c == NULL)
        return inc_plan_error (error, l, "plan", "encoding", encoding, "unknown encoding");
      g_object_unref (c);
      plan->encoding = g_steal_pointer (&encoding);
    }

  g_autofree char *history = inc_plan_get (l, "plan", "history");
  if (history)
    {
      if (*history == '\0')
        return inc_plan_error (error, l, "plan", "history", history, "empty path");
      plan->history_path = inc_plan_resolve_path (plan, history);
    }
  g_autofree char *late = inc_plan_get (l, "plan", "late-lines");
  if (late)
    {
      if (strcmp (late, "reject") == 0)
        plan->late_lines_reject = TRUE;
      else if (strcmp (late, "credit") != 0)
        return inc_plan_error (error, l, "plan", "late-lines", late, "expected credit or reject");
    }
  return TRUE;
}

static gboolean
parse_columns (const IncPlanLoader *l, IncentivePlan *plan)
{
  for (int c = 0; c < INC_N_COLUMNS; c++)
    {
      char *v = inc_plan_get (l, "columns", inc_column_names[c]);
      if (v && *v)
        plan->column_headers[c] = v;
      else
        g_free (v);
    }
  return TRUE;
}

/* A catalogue or employees file the plan names but that is not there refuses the plan;
 * the message names the key and the path it was looked for at, since a relative name is
 * resolved against the plan's folder and not the working directory. */
static gboolean
check_table_file (const IncPlanLoader *l, const char *key, const char *value, GError **error)
{
  if (*value == '\0')
    return inc_plan_error (error, l, "plan", key, value, "empty path");
  g_autofree char *path = inc_plan_resolve_path (l->plan, value);
  GStatBuf st;
  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_autofree char *why = g_strdup_printf ("cannot read %s: %s", path, g_strerror (saved));
      return inc_plan_error (error, l, "plan", key, value, why);
    }
  if (!S_ISREG (st.st_mode))
    {
      g_autofree char *why = g_strdup_printf ("cannot read %s: not a regular file", path);
      return inc_plan_error (error, l, "plan", key, value, why);
    }
  return TRUE;
}

static gboolean
parse_key_file (IncPlanLoader *l, GError **error)
{
  IncentivePlan *plan = l->plan;
  gboolean present;

  if (!g_key_file_has_group (l->kf, "plan"))
    return inc_plan_error (error, l, "plan", NULL, NULL, "missing group");
  if (!check_known_keys (l, error) || !parse_plan_group (l, plan, error))
    return FALSE;

  plan->default_weight = inc_dec_make (1, 0);
  if (!get_weight (l, "weights", "default", &present, &plan->default_weight, error)
      || !get_weight (l, "weights", "locomotive", &plan->has_locomotive_weight,
                      &plan->locomotive_weight, error))
    return FALSE;

  if (!parse_tiers (l, plan, error)
      || !inc_plan_get_ratio (l, "bonus", "threshold", &plan->has_threshold, &plan->threshold, error)
      || !inc_plan_get_amount (l, "bonus", "cap", FALSE, &plan->has_cap, &plan->cap, error)
      || !inc_plan_get_ratio (l, "bonus", "rate", &plan->has_rate, &plan->rate, error))
    return FALSE;

  plan->title = inc_plan_get (l, "recognition", "title");
  if (plan->title == NULL || *plan->title == '\0')
    {
      g_free (plan->title);
      plan->title = g_strdup ("Employee of the month");
    }
  if (!inc_plan_get_ratio (l, "recognition", "min-attainment", &plan->has_min_attainment,
                  &plan->min_attainment, error))
    return FALSE;

  if (!parse_columns (l, plan) || !inc_plan_parse_customers (l, plan, error) || !inc_plan_parse_rewards (l, plan, error))
    return FALSE;

  g_autofree char *products = inc_plan_get (l, "plan", "products");
  g_autofree char *employees = inc_plan_get (l, "plan", "employees");
  if (products
      && (!check_table_file (l, "products", products, error)
          || !inc_plan_read_products (plan, products, inc_plan_resolve_path (plan, products), error)))
    return FALSE;
  if (employees
      && (!check_table_file (l, "employees", employees, error)
          || !inc_plan_read_employees (plan, employees, inc_plan_resolve_path (plan, employees), error)))
    return FALSE;
  return TRUE;
}

static void
product_free (gpointer p)
{
  IncProduct *product = p;
  g_free (product->id);
  g_free (product->name);
  g_free (product->category);
  g_free (product);
}

static void
employee_free (gpointer p)
{
  IncEmployee *e = p;
  g_free (e->id);
  g_free (e->name);
  g_free (e);
}

/**
 * incentive_plan_load:
 * @path: (type filename): the plan key file; the files it names are relative to it
 * @error: return location for a #GError, or %NULL
 *
 * Reads and checks the plan, its product catalogue and its employees file.  An unknown
 * group or key, a malformed value, a bad weight, a duplicate id or a target that is not a
 * positive amount refuses the plan with %INCENTIVE_ERROR_INVALID_PLAN, naming the file,
 * the group or line, the key and the value.  A plan, catalogue or employees file that
 * cannot be read is %INCENTIVE_ERROR_IO.  The history store the plan names is not opened
 * here: runs open it.
 *
 * The plan is freed with incentive_plan_unref() (or g_autoptr()); runs and reports made
 * from it hold their own references.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
IncentivePlan *
incentive_plan_load (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_autofree char *contents = NULL;
  gsize length = 0;
  GError *local = NULL;
  if (!g_file_get_contents (path, &contents, &length, &local))
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot read the plan: %s", path,
                   local->message);
      g_error_free (local);
      return NULL;
    }
  /* Windows editors often save a byte-order mark; it is not part of the first group. */
  char *text = contents;
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN,
                   "%s: the plan is not UTF-8 text", path);
      return NULL;
    }
  if (!check_duplicates (path, text, error))
    return NULL;

  IncentivePlan *plan = g_new0 (IncentivePlan, 1);
  plan->ref_count = 1;
  plan->path = g_strdup (path);
  plan->dir = g_path_get_dirname (path);
  plan->rounding = INC_ROUND_HALF_UP;
  plan->tiers = g_array_new (FALSE, FALSE, sizeof (IncTier));
  plan->products = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, product_free);
  plan->employee_index = g_hash_table_new (g_str_hash, g_str_equal);

  IncPlanLoader l = { g_key_file_new (), path, plan };
  gboolean ok = g_key_file_load_from_data (l.kf, text, length, G_KEY_FILE_NONE, &local);
  if (!ok)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN, "%s: %s", path,
                   local->message);
      g_error_free (local);
    }
  else
    ok = parse_key_file (&l, error);
  g_key_file_free (l.kf);
  if (!ok)
    {
      incentive_plan_unref (plan);
      return NULL;
    }
  return plan;
}

/**
 * incentive_plan_ref:
 * @plan: a plan
 *
 * Takes one more reference to @plan. A plan never changes once loaded, so runs, reports and
 * the caller share it freely.
 *
 * Returns: (transfer full): @plan, with one more reference
 */
IncentivePlan *
incentive_plan_ref (IncentivePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_atomic_int_inc (&plan->ref_count);
  return plan;
}

/**
 * incentive_plan_unref:
 * @plan: (transfer full) (nullable): a plan
 *
 * Drops one reference to @plan; the last one frees it.  Runs, reports and statements hold
 * references of their own, so the caller may drop its plan as soon as its run is started.
 * %NULL is ignored.
 */
void
incentive_plan_unref (IncentivePlan *plan)
{
  if (plan == NULL || !g_atomic_int_dec_and_test (&plan->ref_count))
    return;
  g_free (plan->path);
  g_free (plan->dir);
  g_free (plan->name);
  g_free (plan->period);
  g_free (plan->currency);
  g_free (plan->date_format);
  g_free (plan->encoding);
  for (int c = 0; c < INC_N_COLUMNS; c++)
    g_free (plan->column_headers[c]);
  g_array_unref (plan->tiers);
  g_free (plan->title);
  g_free (plan->products_path);
  g_hash_table_unref (plan->products);
  g_free (plan->employees_path);
  if (plan->employees)
    {
      g_ptr_array_set_free_func (plan->employees, employee_free);
      g_ptr_array_unref (plan->employees);
    }
  g_hash_table_unref (plan->employee_index);
  g_free (plan->history_path);
  g_free (plan->customers.complaints_path);
  g_free (plan->customers.complaints_name);
  if (plan->rewards)
    g_ptr_array_unref (plan->rewards);
  g_free (plan);
}

/**
 * incentive_plan_get_name:
 * @plan: a plan
 *
 * The plan's name, as reports and the history store record it: `[plan] name`, or the plan
 * file's base name when the key is missing. The string belongs to @plan.
 *
 * Returns: (transfer none): the plan's name (`[plan] name`, or the file's name)
 */
const char *
incentive_plan_get_name (IncentivePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->name;
}

/**
 * incentive_plan_get_period:
 * @plan: a plan
 *
 * The period the plan names with `[plan] period`; incentive_run_new() uses it when given no
 * period. The string belongs to @plan.
 *
 * Returns: (transfer none) (nullable): the period the plan names, `YYYY-MM`, or %NULL
 */
const char *
incentive_plan_get_period (IncentivePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->period;
}

/**
 * incentive_plan_get_currency:
 * @plan: a plan
 *
 * The currency every amount of the plan and its reports is in (`[plan] currency`). The
 * string belongs to @plan.
 *
 * Returns: (transfer none): the ISO 4217 currency code
 */
const char *
incentive_plan_get_currency (IncentivePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->currency;
}

/**
 * incentive_plan_get_minor_digits:
 * @plan: a plan
 *
 * How many decimals the plan's currency is paid in, which is how many every amount of a
 * report shows: fixed by the ISO 4217 code (EUR 2, JPY 0, KWD 3).
 *
 * Returns: the number of decimals money is paid in (EUR 2, JPY 0, KWD 3)
 */
guint
incentive_plan_get_minor_digits (IncentivePlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return (guint) plan->minor_digits;
}

/**
 * incentive_plan_get_title:
 * @plan: a plan
 *
 * The public title of the employee of the month: `[recognition] title`, or "Employee of the
 * month" when the plan gives none. The string belongs to @plan.
 *
 * Returns: (transfer none): the public title of the employee of the month
 */
const char *
incentive_plan_get_title (IncentivePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->title;
}

/**
 * incentive_plan_get_history_path:
 * @plan: a plan
 *
 * The history store named by `[plan] history`, resolved against the plan file's folder when
 * relative. The file need not exist yet: the first incentive_report_close_period() creates
 * it. The string belongs to @plan.
 *
 * Returns: (transfer none) (nullable) (type filename): the history store the plan names,
 *   or %NULL
 */
const char *
incentive_plan_get_history_path (IncentivePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->history_path;
}

IncDec
inc_plan_weight_of (const IncentivePlan *plan, const char *product_id, const IncProduct **product_out)
{
  IncProduct *p = g_hash_table_lookup (plan->products, product_id);
  if (product_out)
    *product_out = p;
  return p ? p->weight : plan->default_weight;
}
