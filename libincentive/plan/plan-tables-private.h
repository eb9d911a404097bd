/* plan-tables-private.h — the two CSV files a plan names: the product catalogue and the
 * employees with their targets. */
#pragma once

#include "plan/plan-private.h"

G_BEGIN_DECLS

/* NAME is the file as the plan writes it (for messages); PATH (transfer full) is where it
 * is.  Both refuse the plan on any invalid line. */
gboolean inc_plan_read_products (IncentivePlan *plan, const char *name, char *path, GError **error);
gboolean inc_plan_read_employees (IncentivePlan *plan, const char *name, char *path, GError **error);

/* A product weight: a plain decimal, not negative, at most four decimals. */
gboolean inc_weight_parse (const char *text, gsize len, IncDec *out, const char **why);

/* Checks a date-format of the plan (%d, %m, %Y or %y, and literal characters). */
gboolean inc_date_format_check (const char *format, const char **why);

G_END_DECLS
