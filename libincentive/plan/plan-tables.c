/* plan-tables.c — reads the product catalogue and the employees file of a plan.
 *
 * Both are small and both are trusted for pay, so any bad line refuses the plan: a
 * catalogue with a typo in a weight must not silently pay at the default weight.
 */
#include "config.h"

#include <string.h>

#include "reader/csv-source-private.h"
#include "incentive/incentive-error.h"
#include "plan/plan-tables-private.h"

typedef struct {
  IncentivePlan *plan;
  const char *name;
  const char *const *columns; /* NULL-terminated; the first is required */
  int index[8];
  guint n_header_fields;
  gboolean header_done;
  gboolean (*row) (gpointer self, const IncCsvRecord *record, GError **error);
} TableReader;

static gboolean
table_error (GError **error, const TableReader *t, guint64 line, const char *what)
{
  g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN, "%s line %" G_GUINT64_FORMAT ": %s",
               t->name, line, what);
  return FALSE;
}

/* The field of COLUMN, trimmed; "" when the file has no such column. */
static char *
field (const TableReader *t, const IncCsvRecord *record, int column)
{
  int i = t->index[column];
  if (i < 0)
    return g_strdup ("");
  char *v = g_strndup (record->fields[i], record->lengths[i]);
  return g_strstrip (v);
}

static gboolean
on_table_record (const IncCsvRecord *record, gpointer user_data, GError **error)
{
  TableReader *t = user_data;
  if (record->problem)
    return table_error (error, t, record->line, record->problem);
  if (!t->header_done)
    {
      t->header_done = TRUE;
      for (int c = 0; t->columns[c]; c++)
        t->index[c] = inc_csv_find_column (record, t->columns[c]);
      if (t->index[0] < 0)
        {
          g_autofree char *found = inc_csv_describe_header (record);
          g_autofree char *why = g_strdup_printf ("missing column '%s' (found: %s)", t->columns[0], found);
          return table_error (error, t, record->line, why);
        }
      t->n_header_fields = record->n_fields;
      return TRUE;
    }
  if (record->n_fields != t->n_header_fields)
    {
      g_autofree char *why = g_strdup_printf ("%u fields, the header has %u", record->n_fields,
                                              t->n_header_fields);
      return table_error (error, t, record->line, why);
    }
  return t->row (t, record, error);
}

static gboolean
read_table (TableReader *t, const char *path, GError **error)
{
  IncCsvDialect dialect = { 0, NULL };
  for (int c = 0; c < 8; c++)
    t->index[c] = -1;
  if (!inc_csv_read_file (path, t->name, &dialect, on_table_record, t, error))
    {
      if (error && *error && (*error)->code != INCENTIVE_ERROR_INVALID_PLAN)
        (*error)->code = INCENTIVE_ERROR_INVALID_PLAN;
      return FALSE;
    }
  if (!t->header_done)
    return table_error (error, t, 1, "the file is empty (a header row is required)");
  return TRUE;
}

static gboolean
parse_flag (const char *v, gboolean *out)
{
  static const char *const yes[] = { "yes", "true", "1", NULL };
  static const char *const no[] = { "no", "false", "0", "", NULL };
  g_autofree char *folded = g_ascii_strdown (v, -1);
  if (g_strv_contains (yes, folded))
    *out = TRUE;
  else if (g_strv_contains (no, folded))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* product_id,name,category,weight,locomotive */
static gboolean
on_product (gpointer self, const IncCsvRecord *record, GError **error)
{
  TableReader *t = self;
  IncentivePlan *plan = t->plan;
  g_autofree char *id = field (t, record, 0);
  g_autofree char *name = field (t, record, 1);
  g_autofree char *category = field (t, record, 2);
  g_autofree char *weight = field (t, record, 3);
  g_autofree char *locomotive = field (t, record, 4);

  if (*id == '\0')
    return table_error (error, t, record->line, "empty product_id");
  if (g_hash_table_contains (plan->products, id))
    {
      g_autofree char *why = g_strdup_printf ("duplicate product_id '%s'", id);
      return table_error (error, t, record->line, why);
    }
  IncProduct *p = g_new0 (IncProduct, 1);
  if (!parse_flag (locomotive, &p->locomotive))
    {
      g_free (p);
      g_autofree char *why = g_strdup_printf ("bad locomotive '%s' (expected yes or no)", locomotive);
      return table_error (error, t, record->line, why);
    }
  if (*weight)
    {
      const char *reason = NULL;
      if (!inc_weight_parse (weight, strlen (weight), &p->weight, &reason))
        {
          g_free (p);
          g_autofree char *why = g_strdup_printf ("bad weight '%s': %s", weight, reason);
          return table_error (error, t, record->line, why);
        }
    }
  else if (p->locomotive && plan->has_locomotive_weight)
    p->weight = plan->locomotive_weight;
  else
    p->weight = plan->default_weight;
  p->id = g_steal_pointer (&id);
  p->name = *name ? g_steal_pointer (&name) : g_strdup (p->id);
  p->category = g_steal_pointer (&category);
  g_hash_table_insert (plan->products, p->id, p);
  return TRUE;
}

gboolean
inc_plan_read_products (IncentivePlan *plan, const char *name, char *path, GError **error)
{
  static const char *const columns[] = { "product_id", "name", "category", "weight", "locomotive", NULL };
  plan->products_path = path;
  TableReader t = { .plan = plan, .name = name, .columns = columns, .row = on_product };
  return read_table (&t, path, error);
}

/* employee_id,name,target (further columns are for later rules) */
static gboolean
on_employee (gpointer self, const IncCsvRecord *record, GError **error)
{
  TableReader *t = self;
  IncentivePlan *plan = t->plan;
  g_autofree char *id = field (t, record, 0);
  g_autofree char *name = field (t, record, 1);
  g_autofree char *target = field (t, record, 2);

  if (*id == '\0')
    return table_error (error, t, record->line, "empty employee_id");
  if (g_hash_table_contains (plan->employee_index, id))
    {
      g_autofree char *why = g_strdup_printf ("duplicate employee_id '%s'", id);
      return table_error (error, t, record->line, why);
    }
  IncEmployee *e = g_new0 (IncEmployee, 1);
  if (*target)
    {
      const char *reason = NULL;
      if (!inc_dec_parse (target, strlen (target), &inc_amount_syntax, &e->target, &reason)
          || inc_dec_sign (e->target) <= 0)
        {
          g_free (e);
          g_autofree char *why = g_strdup_printf ("bad target '%s': %s", target,
                                                  reason ? reason : "a target must be an amount above zero");
          return table_error (error, t, record->line, why);
        }
      e->has_target = TRUE;
    }
  e->id = g_steal_pointer (&id);
  e->name = *name ? g_steal_pointer (&name) : g_strdup (e->id);
  e->position = plan->employees->len;
  g_ptr_array_add (plan->employees, e);
  g_hash_table_insert (plan->employee_index, e->id, e);
  return TRUE;
}

gboolean
inc_plan_read_employees (IncentivePlan *plan, const char *name, char *path, GError **error)
{
  static const char *const columns[] = { "employee_id", "name", "target", NULL };
  plan->employees_path = path;
  plan->employees = g_ptr_array_new ();
  TableReader t = { .plan = plan, .name = name, .columns = columns, .row = on_employee };
  return read_table (&t, path, error);
}
