/* sales-line.c — header mapping and the checks of one sales record. */
#include "config.h"

#include <string.h>

#include "incentive/incentive-error.h"
#include "reader/sales-line-private.h"

/* The contract's defaults and aliases, the canonical name first. */
static const char *const column_aliases[INC_N_COLUMNS][5] = {
  [INC_COL_DATE] = { "date", "order_date", "sale_date", NULL },
  [INC_COL_EMPLOYEE] = { "employee_id", "salesperson_id", "seller_id", "rep_id", NULL },
  [INC_COL_PRODUCT] = { "product_id", "sku", "product_sku", NULL },
  [INC_COL_QUANTITY] = { "quantity", "qty", NULL },
  [INC_COL_UNIT_PRICE] = { "unit_price", "price", NULL },
  [INC_COL_DISCOUNT] = { "discount", NULL },
  [INC_COL_AMOUNT] = { "amount", "net_amount", "line_total", NULL },
  [INC_COL_TXN] = { "txn_id", "transaction_id", "line_id", NULL },
  [INC_COL_CUSTOMER] = { "customer_id", "client_id", NULL },
};

static char *
looked_for (const IncentivePlan *plan, IncColumn c)
{
  if (plan->column_headers[c])
    return g_strdup_printf ("'%s', as [columns] %s says", plan->column_headers[c], inc_column_names[c]);
  return g_strjoinv (", ", (char **) column_aliases[c]);
}

gboolean
inc_column_map_from_header (IncColumnMap *map, const IncentivePlan *plan, const IncCsvRecord *header,
                            const char *file, GError **error)
{
  if (header->problem)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT,
                   "%s line %" G_GUINT64_FORMAT ": unreadable header: %s", file, header->line,
                   header->problem);
      return FALSE;
    }
  map->n_fields = header->n_fields;
  for (int c = 0; c < INC_N_COLUMNS; c++)
    {
      map->index[c] = -1;
      if (plan->column_headers[c])
        map->index[c] = inc_csv_find_column (header, plan->column_headers[c]);
      else
        for (int a = 0; column_aliases[c][a] && map->index[c] < 0; a++)
          map->index[c] = inc_csv_find_column (header, column_aliases[c][a]);
    }

  IncColumn required[] = { INC_COL_DATE, INC_COL_EMPLOYEE, INC_COL_PRODUCT, INC_COL_QUANTITY,
                           INC_COL_UNIT_PRICE };
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      IncColumn c = required[i];
      if (map->index[c] >= 0)
        continue;
      if ((c == INC_COL_QUANTITY || c == INC_COL_UNIT_PRICE) && map->index[INC_COL_AMOUNT] >= 0)
        continue;
      g_autofree char *names = looked_for (plan, c);
      g_autofree char *found = inc_csv_describe_header (header);
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT,
                   "%s line %" G_GUINT64_FORMAT ": missing required column %s%s (looked for %s; found: %s)",
                   file, header->line, inc_column_names[c],
                   (c == INC_COL_QUANTITY || c == INC_COL_UNIT_PRICE) ? " (or amount)" : "", names, found);
      return FALSE;
    }
  return TRUE;
}

void
inc_line_rules_init (IncLineRules *rules, const IncentivePlan *plan)
{
  rules->plan = plan;
  rules->numbers.decimal_separator = plan->decimal_separator;
  rules->numbers.allow_grouping = TRUE;
  rules->numbers.allow_percent = FALSE;
}

/* The field of column C, trimmed in place and NUL-terminated; NULL when the export has no
 * such column.  The record's buffer is the reader's scratch space for this callback. */
static const char *
field (const IncColumnMap *map, const IncCsvRecord *record, IncColumn c, gsize *len)
{
  int i = map->index[c];
  if (i < 0 || (guint) i >= record->n_fields)
    return NULL;
  char *s = (char *) record->fields[i];
  gsize n = record->lengths[i];
  while (n > 0 && (*s == ' ' || *s == '\t'))
    s++, n--;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  s[n] = '\0';
  *len = n;
  return s;
}

static gboolean
reject (GString *reason, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
reject (GString *reason, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_string_vprintf (reason, format, args);
  va_end (args);
  return FALSE;
}

static gboolean
parse_number (const IncLineRules *rules, const IncColumnMap *map, const IncCsvRecord *record,
              IncColumn c, gboolean percent, IncDec *out, GString *reason)
{
  gsize len = 0;
  const char *text = field (map, record, c, &len);
  if (text == NULL || len == 0)
    return reject (reason, "missing %s", inc_column_names[c]);
  IncNumberSyntax syntax = rules->numbers;
  syntax.allow_percent = percent;
  const char *why = NULL;
  if (!inc_dec_parse (text, len, &syntax, out, &why))
    return reject (reason, "bad number in %s: '%s' (%s)", inc_column_names[c], text, why);
  return TRUE;
}

static gboolean
round_to_minor (const IncLineRules *rules, IncDec exact, gint64 *net, GString *reason)
{
  IncDec rounded;
  if (!inc_dec_round (exact, rules->plan->minor_digits, rules->plan->rounding, &rounded)
      || !inc_dec_to_int64 (rounded, rules->plan->minor_digits, net))
    return reject (reason, "amount too large to compute exactly");
  return TRUE;
}

gboolean
inc_discount_in_range (IncDec discount)
{
  return inc_dec_sign (discount) >= 0 && inc_dec_cmp (discount, inc_dec_make (1, 0)) <= 0;
}

gboolean
inc_sales_line_parse (const IncLineRules *rules, const IncColumnMap *map, const IncCsvRecord *record,
                      IncSalesLine *line, GString *reason)
{
  memset (line, 0, sizeof *line);
  line->line = record->line;
  g_string_truncate (reason, 0);

  gsize len = 0;
  const char *e = field (map, record, INC_COL_EMPLOYEE, &len);
  /* A record that cannot be trusted may still name its employee, but only as text:
   * invalid bytes must not travel on into statements. */
  line->employee_id = (e && len > 0 && g_utf8_validate_len (e, len, NULL)) ? e : NULL;
  if (record->problem)
    return reject (reason, "%s", record->problem);
  if (record->n_fields < map->n_fields)
    return reject (reason, "too few fields (%u, the header has %u)", record->n_fields, map->n_fields);
  if (record->n_fields > map->n_fields)
    return reject (reason, "too many fields (%u, the header has %u)", record->n_fields, map->n_fields);

  len = 0;
  const char *date = field (map, record, INC_COL_DATE, &len);
  if (len == 0)
    return reject (reason, "missing date");
  if (line->employee_id == NULL)
    return reject (reason, "missing employee_id");
  len = 0;
  line->product_id = field (map, record, INC_COL_PRODUCT, &len);
  if (len == 0)
    return reject (reason, "missing product_id");
  len = 0;
  const char *v = field (map, record, INC_COL_TXN, &len);
  line->txn_id = (v && len) ? v : NULL;
  len = 0;
  v = field (map, record, INC_COL_CUSTOMER, &len);
  line->customer_id = (v && len) ? v : NULL;

  /* Numbers: the amount wins; without it quantity × unit_price × (1 − discount). */
  gsize amount_len = 0;
  const char *amount = field (map, record, INC_COL_AMOUNT, &amount_len);
  IncDec exact;
  if (amount && amount_len > 0)
    {
      if (!parse_number (rules, map, record, INC_COL_AMOUNT, FALSE, &exact, reason))
        return FALSE;
    }
  else
    {
      if (map->index[INC_COL_QUANTITY] < 0 || map->index[INC_COL_UNIT_PRICE] < 0)
        return reject (reason, "missing amount");
      IncDec quantity, price;
      if (!parse_number (rules, map, record, INC_COL_QUANTITY, FALSE, &quantity, reason)
          || !parse_number (rules, map, record, INC_COL_UNIT_PRICE, FALSE, &price, reason))
        return FALSE;
      gsize dlen = 0;
      const char *d = field (map, record, INC_COL_DISCOUNT, &dlen);
      if (d && dlen > 0)
        {
          if (!parse_number (rules, map, record, INC_COL_DISCOUNT, TRUE, &line->discount, reason))
            return FALSE;
          line->has_discount = TRUE;
        }
      IncDec keep = inc_dec_make (1, 0);
      if (line->has_discount && !inc_dec_sub (keep, line->discount, &keep))
        return reject (reason, "amount too large to compute exactly");
      if (!inc_dec_mul (quantity, price, &exact) || !inc_dec_mul (exact, keep, &exact))
        return reject (reason, "amount too large to compute exactly");
    }
  if (!round_to_minor (rules, exact, &line->net, reason))
    return FALSE;

  gsize date_len = strlen (date);
  if (!inc_date_parse (date, date_len, rules->plan->date_format, &line->date))
    return reject (reason, "bad date: '%s' (expected %s)", date,
                   rules->plan->date_format ? rules->plan->date_format : "YYYY-MM-DD");
  return TRUE;
}
