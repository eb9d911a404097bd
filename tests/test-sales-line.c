/* test-sales-line.c — the header mapping and the checks of one sales record.
 *
 * Records are built by hand (fields split on '|', so that ',' '.' ';' and spaces can
 * appear inside a field without quoting), plans are written to a temporary folder and
 * loaded the way a user's plan is.  Every expected figure is worked out by hand in the
 * comment beside it. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cunit-helpers.h"
#include "incentive/incentive-error.h"
#include "reader/sales-line-private.h"

/* ---------------------------------------------------------------------------------------
 * Helpers */

static char *tmpdir;

static IncentivePlan *
plan_load_text (const char *text)
{
  if (tmpdir == NULL)
    tmpdir = g_dir_make_tmp ("test-sales-line-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "plan.ini", NULL);
  g_assert (g_file_set_contents (path, text, -1, NULL));
  GError *error = NULL;
  IncentivePlan *plan = incentive_plan_load (path, &error);
  if (plan == NULL)
    g_printerr ("plan: %s\n", error->message);
  g_clear_error (&error);
  g_unlink (path);
  CU_ASSERT_PTR_NOT_NULL_FATAL (plan);
  return plan;
}

/* A plan of the period 2026-10 in EUR, with BODY after those keys. */
static IncentivePlan *
plan_from_text (const char *body)
{
  g_autofree char *text = g_strconcat ("[plan]\nname=Unit\nperiod=2026-10\ncurrency=EUR\n", body, NULL);
  return plan_load_text (text);
}

/* A record as the reader hands it over: writable, NUL-terminated fields. */
typedef struct {
  IncCsvRecord record;
  char **fields;
  gsize *lengths;
} TestRecord;

static TestRecord *
record_new (guint64 line, const char *pipe_separated)
{
  TestRecord *r = g_new0 (TestRecord, 1);
  r->fields = g_strsplit (pipe_separated, "|", -1);
  guint n = g_strv_length (r->fields);
  r->lengths = g_new0 (gsize, n + 1);
  for (guint i = 0; i < n; i++)
    r->lengths[i] = strlen (r->fields[i]);
  r->record.n_fields = n;
  r->record.fields = (const char *const *) r->fields;
  r->record.lengths = r->lengths;
  r->record.line = line;
  return r;
}

static void
record_free (TestRecord *r)
{
  g_strfreev (r->fields);
  g_free (r->lengths);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestRecord, record_free)

static gboolean
map_header (const IncentivePlan *plan, const char *header, IncColumnMap *map, GError **error)
{
  g_autoptr (TestRecord) h = record_new (1, header);
  return inc_column_map_from_header (map, plan, &h->record, "sales.csv", error);
}

/* Parses DATA under HEADER with PLAN.  Returns whether the line was accepted; LINE is
 * filled either way and REASON holds the rejection text. */
typedef struct {
  gboolean ok;
  IncSalesLine line;
  char *reason;
  char *employee_id; /* copied: the line's pointers die with the record */
} Parsed;

static Parsed
parse_with (const IncentivePlan *plan, const char *header, const char *data)
{
  Parsed p = { 0 };
  IncColumnMap map;
  GError *error = NULL;
  gboolean mapped = map_header (plan, header, &map, &error);
  if (!mapped)
    g_printerr ("header: %s\n", error->message);
  CU_ASSERT_FATAL (mapped);
  IncLineRules rules;
  inc_line_rules_init (&rules, plan);
  g_autoptr (TestRecord) r = record_new (7, data);
  GString *reason = g_string_new (NULL);
  p.ok = inc_sales_line_parse (&rules, &map, &r->record, &p.line, reason);
  p.reason = g_string_free (reason, FALSE);
  p.employee_id = g_strdup (p.line.employee_id);
  p.line.employee_id = p.line.product_id = p.line.customer_id = p.line.txn_id = NULL;
  return p;
}

static void
parsed_clear (Parsed *p)
{
  g_free (p->reason);
  g_free (p->employee_id);
}

#define STD_HEADER "date|employee_id|product_id|quantity|unit_price|discount"

/* Asserts that DATA is accepted with NET minor units. */
#define ASSERT_NET(plan, header, data, expected_net)                                        \
  do                                                                                         \
    {                                                                                        \
      Parsed p_ = parse_with ((plan), (header), (data));                                     \
      if (!p_.ok)                                                                            \
        g_printerr ("\n%s: rejected: %s\n", (data), p_.reason);                              \
      CU_ASSERT_TRUE (p_.ok);                                                                \
      CU_ASSERT_EQUAL (p_.line.net, (gint64) (expected_net));                                \
      if (p_.ok && p_.line.net != (gint64) (expected_net))                                   \
        g_printerr ("\n%s: net %" G_GINT64_FORMAT "\n", (data), p_.line.net);                \
      parsed_clear (&p_);                                                                    \
    }                                                                                        \
  while (0)

/* Asserts that DATA is rejected with exactly REASON. */
#define ASSERT_REJECTED(plan, header, data, expected_reason)                                 \
  do                                                                                         \
    {                                                                                        \
      Parsed p_ = parse_with ((plan), (header), (data));                                     \
      CU_ASSERT_FALSE (p_.ok);                                                               \
      CU_ASSERT_STRING_EQUAL (p_.reason, (expected_reason));                                 \
      if (strcmp (p_.reason, (expected_reason)) != 0)                                        \
        g_printerr ("\n%s: reason '%s'\n", (data), p_.reason);                               \
      parsed_clear (&p_);                                                                    \
    }                                                                                        \
  while (0)

/* ---------------------------------------------------------------------------------------
 * Header mapping */

static void
test_header_defaults (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  IncColumnMap map;
  GError *error = NULL;
  CU_ASSERT_TRUE_FATAL (map_header (plan, "note|date|employee_id|product_id|quantity|unit_price|"
                                          "discount|amount|txn_id|customer_id",
                                    &map, &error));
  CU_ASSERT_EQUAL (map.n_fields, 10);
  /* "note" is an unknown column: ignored, and every known one found where it is. */
  for (int c = 0; c < INC_N_COLUMNS; c++)
    CU_ASSERT_EQUAL (map.index[c], c + 1);

  /* Optional columns may be absent. */
  CU_ASSERT_TRUE_FATAL (map_header (plan, "date|employee_id|product_id|quantity|unit_price", &map, &error));
  CU_ASSERT_EQUAL (map.index[INC_COL_DISCOUNT], -1);
  CU_ASSERT_EQUAL (map.index[INC_COL_AMOUNT], -1);
  CU_ASSERT_EQUAL (map.index[INC_COL_TXN], -1);
  CU_ASSERT_EQUAL (map.index[INC_COL_CUSTOMER], -1);
}

static void
test_header_aliases (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  static const struct {
    IncColumn column;
    const char *alias;
  } aliases[] = {
    { INC_COL_DATE, "order_date" },        { INC_COL_DATE, "sale_date" },
    { INC_COL_EMPLOYEE, "salesperson_id" }, { INC_COL_EMPLOYEE, "seller_id" },
    { INC_COL_EMPLOYEE, "rep_id" },         { INC_COL_PRODUCT, "sku" },
    { INC_COL_PRODUCT, "product_sku" },     { INC_COL_QUANTITY, "qty" },
    { INC_COL_UNIT_PRICE, "price" },        { INC_COL_AMOUNT, "net_amount" },
    { INC_COL_AMOUNT, "line_total" },       { INC_COL_TXN, "transaction_id" },
    { INC_COL_TXN, "line_id" },             { INC_COL_CUSTOMER, "client_id" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      /* The canonical header with one column renamed to the alias, placed last. */
      static const char *const canonical[] = { "date", "employee_id", "product_id", "quantity",
                                                "unit_price", "discount", "amount", "txn_id",
                                                "customer_id" };
      GString *h = g_string_new ("x");
      for (int c = 0; c < INC_N_COLUMNS; c++)
        if (c != (int) aliases[i].column)
          g_string_append_printf (h, "|%s", canonical[c]);
      g_string_append_printf (h, "|%s", aliases[i].alias);
      IncColumnMap map;
      GError *error = NULL;
      gboolean ok = map_header (plan, h->str, &map, &error);
      CU_ASSERT_TRUE (ok);
      CU_ASSERT_EQUAL (map.index[aliases[i].column], INC_N_COLUMNS);
      if (!ok || map.index[aliases[i].column] != INC_N_COLUMNS)
        g_printerr ("\nalias %s not found in %s\n", aliases[i].alias, h->str);
      g_clear_error (&error);
      g_string_free (h, TRUE);
    }
}

static void
test_header_case_and_spaces (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  IncColumnMap map;
  GError *error = NULL;
  CU_ASSERT_TRUE_FATAL (map_header (plan, " Order_Date |SELLER_ID|  Sku|QTY  |Price|  Discount  ", &map, &error));
  CU_ASSERT_EQUAL (map.index[INC_COL_DATE], 0);
  CU_ASSERT_EQUAL (map.index[INC_COL_EMPLOYEE], 1);
  CU_ASSERT_EQUAL (map.index[INC_COL_PRODUCT], 2);
  CU_ASSERT_EQUAL (map.index[INC_COL_QUANTITY], 3);
  CU_ASSERT_EQUAL (map.index[INC_COL_UNIT_PRICE], 4);
  CU_ASSERT_EQUAL (map.index[INC_COL_DISCOUNT], 5);

  /* Matched whole: "employee_id_2" and "date of sale" are other columns. */
  CU_ASSERT_FALSE (map_header (plan, "date of sale|employee_id_2|product_id|quantity|unit_price", &map, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  g_clear_error (&error);
}

static void
test_header_plan_columns (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("[columns]\nemployee_id=Manager\ndate=Booked on\n");
  IncColumnMap map;
  GError *error = NULL;
  CU_ASSERT_TRUE_FATAL (map_header (plan, "booked ON|product_id|MANAGER|quantity|unit_price", &map, &error));
  CU_ASSERT_EQUAL (map.index[INC_COL_DATE], 0);
  CU_ASSERT_EQUAL (map.index[INC_COL_EMPLOYEE], 2);
  CU_ASSERT_EQUAL (map.index[INC_COL_PRODUCT], 1);

  /* The mapping replaces the defaults: a plain employee_id column is no longer enough,
   * and the message says which name was looked for and why. */
  CU_ASSERT_FALSE (map_header (plan, "Booked on|employee_id|product_id|quantity|unit_price", &map, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message,
                            "sales.csv line 1: missing required column employee_id (looked for "
                            "'Manager', as [columns] employee_id says; found: Booked on, employee_id, "
                            "product_id, quantity, unit_price)");
  g_clear_error (&error);

  /* A mapped line is read through the mapped column. */
  Parsed p = parse_with (plan, "Booked on|Manager|product_id|quantity|unit_price", "2026-10-02|M7|P1|2|3.50");
  CU_ASSERT_TRUE (p.ok);
  CU_ASSERT_STRING_EQUAL (p.employee_id, "M7");
  CU_ASSERT_EQUAL (p.line.net, 700); /* 2 × 3.50 = 7.00 */
  parsed_clear (&p);
}

static void
test_header_amount_makes_quantity_optional (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  IncColumnMap map;
  GError *error = NULL;
  CU_ASSERT_TRUE (map_header (plan, "date|employee_id|product_id|amount", &map, &error));
  CU_ASSERT_EQUAL (map.index[INC_COL_QUANTITY], -1);
  CU_ASSERT_EQUAL (map.index[INC_COL_UNIT_PRICE], -1);
  CU_ASSERT_EQUAL (map.index[INC_COL_AMOUNT], 3);
  CU_ASSERT_TRUE (map_header (plan, "date|employee_id|product_id|line_total|qty", &map, &error));
  g_clear_error (&error);

  /* A line with the amount only. */
  ASSERT_NET (plan, "date|employee_id|product_id|amount", "2026-10-02|E1|P1|19.99", 1999);
}

static void
test_header_missing_column (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  IncColumnMap map;
  GError *error = NULL;

  CU_ASSERT_FALSE (map_header (plan, "date|product_id|quantity|unit_price", &map, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message,
                            "sales.csv line 1: missing required column employee_id (looked for "
                            "employee_id, salesperson_id, seller_id, rep_id; found: date, product_id, "
                            "quantity, unit_price)");
  g_clear_error (&error);

  CU_ASSERT_FALSE (map_header (plan, "Datum|employee_id|product_id|quantity|unit_price", &map, &error));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message,
                            "sales.csv line 1: missing required column date (looked for date, "
                            "order_date, sale_date; found: Datum, employee_id, product_id, quantity, "
                            "unit_price)");
  g_clear_error (&error);

  CU_ASSERT_FALSE (map_header (plan, "date|employee_id|product_id|quantity", &map, &error));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message,
                            "sales.csv line 1: missing required column unit_price (or amount) "
                            "(looked for unit_price, price; found: date, employee_id, product_id, "
                            "quantity)");
  g_clear_error (&error);

  CU_ASSERT_FALSE (map_header (plan, "date|employee_id|quantity|unit_price", &map, &error));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message,
                            "sales.csv line 1: missing required column product_id (looked for "
                            "product_id, sku, product_sku; found: date, employee_id, quantity, "
                            "unit_price)");
  g_clear_error (&error);
}

/* ---------------------------------------------------------------------------------------
 * Line checks */

static void
test_line_field_counts (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|2.00", "too few fields (5, the header has 6)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|2.00||x",
                   "too many fields (7, the header has 6)");
  /* A rejected line still knows its employee, for the employee's statement. */
  Parsed p = parse_with (plan, STD_HEADER, "2026-10-02|E1|P1|1|2.00");
  CU_ASSERT_STRING_EQUAL (p.employee_id, "E1");
  parsed_clear (&p);
}

static void
test_line_untrusted_record (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  IncColumnMap map;
  CU_ASSERT_TRUE_FATAL (map_header (plan, STD_HEADER, &map, NULL));
  IncLineRules rules;
  inc_line_rules_init (&rules, plan);
  g_autoptr (GString) reason = g_string_new (NULL);
  IncSalesLine line;

  /* The reader's problem is the reason; the employee is kept when it is text... */
  g_autoptr (TestRecord) quoted = record_new (4, "2026-10-02|E1|P1|1|2.00|");
  quoted->record.problem = "malformed quotes";
  CU_ASSERT_FALSE (inc_sales_line_parse (&rules, &map, &quoted->record, &line, reason));
  CU_ASSERT_STRING_EQUAL (reason->str, "malformed quotes");
  CU_ASSERT_STRING_EQUAL (line.employee_id, "E1");
  CU_ASSERT_EQUAL (line.line, 4);

  /* ...and dropped when it is not. */
  g_autoptr (TestRecord) bytes = record_new (5, "2026-10-02|E\xff|P1|1|2.00|");
  bytes->record.problem = "invalid UTF-8";
  CU_ASSERT_FALSE (inc_sales_line_parse (&rules, &map, &bytes->record, &line, reason));
  CU_ASSERT_STRING_EQUAL (reason->str, "invalid UTF-8");
  CU_ASSERT_PTR_NULL (line.employee_id);
}

static void
test_line_missing_fields (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  ASSERT_REJECTED (plan, STD_HEADER, "|E1|P1|1|2.00|", "missing date");
  ASSERT_REJECTED (plan, STD_HEADER, "   |E1|P1|1|2.00|", "missing date");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02||P1|1|2.00|", "missing employee_id");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02| \t |P1|1|2.00|", "missing employee_id");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1||1|2.00|", "missing product_id");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1||2.00|", "missing quantity");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1||", "missing unit_price");
  /* Without an amount column the quantity and price are needed... */
  ASSERT_REJECTED (plan, STD_HEADER "|amount", "2026-10-02|E1|P1||2.00||", "missing quantity");
  /* ...an empty amount falls back to quantity × price: 3 × 2.00 = 6.00. */
  ASSERT_NET (plan, STD_HEADER "|amount", "2026-10-02|E1|P1|3|2.00||", 600);
}

static void
test_line_ids_trimmed (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  Parsed p = parse_with (plan, STD_HEADER "|txn_id|customer_id", " 2026-10-02 |  E1 |P1|1|2.00|| T9 |");
  CU_ASSERT_TRUE (p.ok);
  CU_ASSERT_STRING_EQUAL (p.employee_id, "E1");
  CU_ASSERT_EQUAL (p.line.date.day, 2);
  CU_ASSERT_EQUAL (p.line.line, 7);
  parsed_clear (&p);
}

static void
test_line_bad_numbers (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|two|2.00|",
                   "bad number in quantity: 'two' (not a number)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|2.00 EUR|",
                   "bad number in unit_price: '2.00 EUR' (not a number)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|12,34.50|",
                   "bad number in unit_price: '12,34.50' (bad thousands grouping)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|2.00|ten",
                   "bad number in discount: 'ten' (not a number)");
  ASSERT_REJECTED (plan, "date|employee_id|product_id|amount", "2026-10-02|E1|P1|1.2.3",
                   "bad number in amount: '1.2.3' (not a number)");
  /* A percent is a discount's notation only. */
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|50%|",
                   "bad number in unit_price: '50%' (not a number)");
  /* Numbers are checked before the date. */
  ASSERT_REJECTED (plan, STD_HEADER, "2026-13-40|E1|P1|x|2.00|",
                   "bad number in quantity: 'x' (not a number)");
}

static void
test_line_bad_dates (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-05x|E1|P1|1|2.00|",
                   "bad date: '2026-10-05x' (expected YYYY-MM-DD)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-02-30|E1|P1|1|2.00|",
                   "bad date: '2026-02-30' (expected YYYY-MM-DD)");
  ASSERT_REJECTED (plan, STD_HEADER, "05.10.2026|E1|P1|1|2.00|",
                   "bad date: '05.10.2026' (expected YYYY-MM-DD)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-05T25:00|E1|P1|1|2.00|",
                   "bad date: '2026-10-05T25:00' (expected YYYY-MM-DD)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-05 14:30 tomorrow|E1|P1|1|2.00|",
                   "bad date: '2026-10-05 14:30 tomorrow' (expected YYYY-MM-DD)");

  g_autoptr (IncentivePlan) dotted = plan_from_text ("date-format=%d.%m.%Y\n");
  ASSERT_REJECTED (dotted, STD_HEADER, "2026-10-05|E1|P1|1|2.00|",
                   "bad date: '2026-10-05' (expected %d.%m.%Y)");
}

static void
test_line_iso_dates_with_time (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  static const char *const accepted[] = { "2026-10-05T14:30:00+02:00", "2026-10-05 14:30",
                                          "2026-10-05T14:30:00Z", "2026-10-05T14:30:00.250",
                                          "2026-10-5" };
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autofree char *data = g_strdup_printf ("%s|E1|P1|1|2.00|", accepted[i]);
      Parsed p = parse_with (plan, STD_HEADER, data);
      CU_ASSERT_TRUE (p.ok);
      if (!p.ok)
        g_printerr ("\n%s: %s\n", accepted[i], p.reason);
      /* The date as written decides, whatever the zone. */
      CU_ASSERT_EQUAL (p.line.date.year, 2026);
      CU_ASSERT_EQUAL (p.line.date.month, 10);
      CU_ASSERT_EQUAL (p.line.date.day, 5);
      parsed_clear (&p);
    }
}

static void
test_line_date_formats (void)
{
  g_autoptr (IncentivePlan) dotted = plan_from_text ("date-format=%d.%m.%Y\n");
  Parsed p = parse_with (dotted, STD_HEADER, "5.1.2026|E1|P1|1|2.00|");
  CU_ASSERT_TRUE (p.ok);
  CU_ASSERT_EQUAL (p.line.date.year, 2026);
  CU_ASSERT_EQUAL (p.line.date.month, 1);
  CU_ASSERT_EQUAL (p.line.date.day, 5);
  parsed_clear (&p);
  p = parse_with (dotted, STD_HEADER, "31.10.2026 08:15|E1|P1|1|2.00|");
  CU_ASSERT_TRUE (p.ok);
  CU_ASSERT_EQUAL (p.line.date.day, 31);
  parsed_clear (&p);

  g_autoptr (IncentivePlan) us = plan_from_text ("date-format=%m/%d/%Y\n");
  p = parse_with (us, STD_HEADER, "3/1/2017|E1|P1|1|2.00|");
  CU_ASSERT_TRUE (p.ok);
  CU_ASSERT_EQUAL (p.line.date.year, 2017);
  CU_ASSERT_EQUAL (p.line.date.month, 3); /* month first: March 1st */
  CU_ASSERT_EQUAL (p.line.date.day, 1);
  parsed_clear (&p);
  ASSERT_REJECTED (us, STD_HEADER, "13/1/2017|E1|P1|1|2.00|", "bad date: '13/1/2017' (expected %m/%d/%Y)");
}

static void
test_line_amount_wins (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  const char *h = STD_HEADER "|amount";
  /* 2 × 3.00 would be 6.00: the amount 5.00 wins. */
  ASSERT_NET (plan, h, "2026-10-02|E1|P1|2|3.00||5.00", 500);
  /* Quantity, price and discount are not checked when the amount is given: a bad
   * quantity and a 150% discount pass. */
  ASSERT_NET (plan, h, "2026-10-02|E1|P1|lots|n/a|150%|5.00", 500);
  /* A negative amount is a return. */
  ASSERT_NET (plan, h, "2026-10-02|E1|P1||||-12.40", -1240);
  /* Rounded like a computed net amount: 10.005 → half-up 10.01. */
  ASSERT_NET (plan, h, "2026-10-02|E1|P1||||10.005", 1001);
  /* -10.005 → half-up goes away from zero: -10.01. */
  ASSERT_NET (plan, h, "2026-10-02|E1|P1||||-10.005", -1001);

  g_autoptr (IncentivePlan) even = plan_from_text ("rounding=half-even\n");
  /* 10.005 → half-even: the cent digit 0 is even, so 10.00. */
  ASSERT_NET (even, h, "2026-10-02|E1|P1||||10.005", 1000);
  /* 10.015 → half-even: 1 is odd, so 10.02. */
  ASSERT_NET (even, h, "2026-10-02|E1|P1||||10.015", 1002);
}

static void
test_line_discounts (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("");
  /* 3 × 19.99 = 59.97; × (1 − 0.15) = 59.97 × 0.85 = 50.9745 → 50.97. */
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|3|19.99|0.15", 5097);
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|3|19.99|15%", 5097);
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|3|19.99|15 %", 5097);
  /* 2.5% = 0.025: 4 × 10.00 × 0.975 = 39.00. */
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|4|10.00|2.5%", 3900);
  /* An empty discount is none: 4 × 10.00 = 40.00. */
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|4|10.00|", 4000);

  Parsed p = parse_with (plan, STD_HEADER, "2026-10-02|E1|P1|3|19.99|15%");
  CU_ASSERT_TRUE (p.line.has_discount);
  CU_ASSERT_EQUAL (inc_dec_cmp (p.line.discount, inc_dec_make (15, 2)), 0);
  parsed_clear (&p);

  /* The range is the run's check (after date and employee): the line parses, and
   * inc_discount_in_range says no. */
  p = parse_with (plan, STD_HEADER, "2026-10-02|E1|P1|1|10.00|120%");
  CU_ASSERT_TRUE (p.ok);
  CU_ASSERT_FALSE (inc_discount_in_range (p.line.discount));
  parsed_clear (&p);
  p = parse_with (plan, STD_HEADER, "2026-10-02|E1|P1|1|10.00|-0.1");
  CU_ASSERT_TRUE (p.ok);
  CU_ASSERT_FALSE (inc_discount_in_range (p.line.discount));
  parsed_clear (&p);
  CU_ASSERT_TRUE (inc_discount_in_range (inc_dec_make (0, 0)));
  CU_ASSERT_TRUE (inc_discount_in_range (inc_dec_make (100, 2)));
  CU_ASSERT_FALSE (inc_discount_in_range (inc_dec_make (10001, 4)));
  /* A 100% discount leaves nothing: 2 × 5.00 × 0 = 0.00. */
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|2|5.00|100%", 0);
}

static void
test_line_rounded_once (void)
{
  g_autoptr (IncentivePlan) up = plan_from_text ("");
  g_autoptr (IncentivePlan) even = plan_from_text ("rounding=half-even\n");

  /* 1 × 0.125 × (1 − 0.10) = 0.1125 → 0.11.  Rounding the gross first would give
   * 0.13 × 0.9 = 0.117 → 0.12. */
  ASSERT_NET (up, STD_HEADER, "2026-10-02|E1|P1|1|0.125|10%", 11);

  /* The half case: 1 × 0.25 × (1 − 0.5) = 0.125 exactly.
   * half-up → 0.13; half-even → 0.12 (2 is even). */
  ASSERT_NET (up, STD_HEADER, "2026-10-02|E1|P1|1|0.25|0.5", 13);
  ASSERT_NET (even, STD_HEADER, "2026-10-02|E1|P1|1|0.25|0.5", 12);
  /* 3 × 1.05 × 0.5 = 1.575: half-up 1.58; half-even 1.58 too (7 is odd → 8). */
  ASSERT_NET (up, STD_HEADER, "2026-10-02|E1|P1|3|1.05|50%", 158);
  ASSERT_NET (even, STD_HEADER, "2026-10-02|E1|P1|3|1.05|50%", 158);
  /* A return at a half: -1 × 0.25 × 0.5 = -0.125; half-up (away from zero) -0.13,
   * half-even -0.12. */
  ASSERT_NET (up, STD_HEADER, "2026-10-02|E1|P1|-1|0.25|0.5", -13);
  ASSERT_NET (even, STD_HEADER, "2026-10-02|E1|P1|-1|0.25|0.5", -12);
  /* Fractional quantities: 2.5 × 3.333 = 8.3325 → 8.33. */
  ASSERT_NET (up, STD_HEADER, "2026-10-02|E1|P1|2.5|3.333|", 833);

  /* A currency without minor units rounds to whole yen.  3 × 333.5 = 1000.5:
   * half-up 1001, half-even 1000 (0 is even). */
  g_autoptr (IncentivePlan) yen_up = plan_load_text ("[plan]\nname=Yen\nperiod=2026-10\ncurrency=JPY\n");
  g_autoptr (IncentivePlan) yen = plan_load_text ("[plan]\nname=Yen\nperiod=2026-10\ncurrency=JPY\n"
                                                  "rounding=half-even\n");
  ASSERT_NET (yen_up, STD_HEADER, "2026-10-02|E1|P1|3|333.5|", 1001);
  ASSERT_NET (yen, STD_HEADER, "2026-10-02|E1|P1|3|333.5|", 1000);
}

static void
test_line_decimal_comma (void)
{
  g_autoptr (IncentivePlan) plan = plan_from_text ("decimal-separator=,\n");
  /* 1 × 1 234,50 = 1234.50 whichever grouping is used. */
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|1|1.234,50|", 123450);
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|1|1 234,50|", 123450);
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|1|1\xc2\xa0" "234,50|", 123450);
  /* 1.234.567,891 → 1234567.891 → 1234567.89. */
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|1|1.234.567,891|", 123456789);
  /* 2,5 × 3,10 × (1 − 0,2) = 7.75 × 0.8 = 6.20. */
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|2,5|3,10|0,2", 620);
  /* 12,5% = 0.125: 1 × 80,00 × 0.875 = 70.00. */
  ASSERT_NET (plan, STD_HEADER, "2026-10-02|E1|P1|1|80,00|12,5%", 7000);
  /* Groups are of three digits; separators are not mixed; a '.' is not a decimal point. */
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|12.34,50|",
                   "bad number in unit_price: '12.34,50' (bad thousands grouping)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|1.5|",
                   "bad number in unit_price: '1.5' (bad thousands grouping)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|1.234 567,00|",
                   "bad number in unit_price: '1.234 567,00' (mixed thousands separators)");
  ASSERT_REJECTED (plan, STD_HEADER, "2026-10-02|E1|P1|1|1,234.50|",
                   "bad number in unit_price: '1,234.50' (not a number)");

  g_autoptr (IncentivePlan) dot = plan_from_text ("");
  ASSERT_NET (dot, STD_HEADER, "2026-10-02|E1|P1|1|1,234.50|", 123450);
  ASSERT_NET (dot, STD_HEADER, "2026-10-02|E1|P1|2|1,234,567.5|", 246913500); /* 2 × 1234567.50 */
  ASSERT_REJECTED (dot, STD_HEADER, "2026-10-02|E1|P1|1|1 234.50|",
                   "bad number in unit_price: '1 234.50' (not a number)");
  ASSERT_REJECTED (dot, STD_HEADER, "2026-10-02|E1|P1|1|1234,5|",
                   "bad number in unit_price: '1234,5' (bad thousands grouping)");
}

static const TestCase header_tests[] = {
  { "defaults", test_header_defaults },
  { "every alias", test_header_aliases },
  { "case and spaces", test_header_case_and_spaces },
  { "[columns] of the plan", test_header_plan_columns },
  { "amount makes quantity and price optional", test_header_amount_makes_quantity_optional },
  { "missing required column", test_header_missing_column },
  { NULL, NULL },
};

static const TestCase line_tests[] = {
  { "field counts", test_line_field_counts },
  { "a record the reader distrusts", test_line_untrusted_record },
  { "missing fields", test_line_missing_fields },
  { "ids and dates trimmed", test_line_ids_trimmed },
  { "bad numbers", test_line_bad_numbers },
  { "bad dates", test_line_bad_dates },
  { "ISO dates with a time", test_line_iso_dates_with_time },
  { "date formats", test_line_date_formats },
  { "amount wins", test_line_amount_wins },
  { "discounts", test_line_discounts },
  { "net rounded once", test_line_rounded_once },
  { "decimal comma and grouping", test_line_decimal_comma },
  { NULL, NULL },
};

int
main (void)
{
  static const TestSuite suites[] = {
    { "header", header_tests },
    { "line", line_tests },
    { NULL, NULL },
  };
  int status = run_test_suites (suites);
  if (tmpdir)
    {
      g_rmdir (tmpdir);
      g_free (tmpdir);
    }
  return status;
}
