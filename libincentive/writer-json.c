/* writer-json.c — report.json, with json-glib.  Money and ratios are strings, so that no
 * JSON reader turns them into binary floating point. */
#include "config.h"

#include <json-glib/json-glib.h>

#include "report-private.h"

static void
add_string_or_null (JsonBuilder *b, const char *key, const char *value)
{
  json_builder_set_member_name (b, key);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_customers (JsonBuilder *b, const IncentiveStanding *s)
{
  json_builder_set_member_name (b, "customers");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "new");
  json_builder_add_int_value (b, s->customers_new);
  json_builder_set_member_name (b, "won_back");
  json_builder_add_int_value (b, s->customers_won_back);
  json_builder_set_member_name (b, "retained");
  json_builder_add_int_value (b, s->customers_retained);
  json_builder_set_member_name (b, "kept_after_complaint");
  json_builder_add_int_value (b, s->customers_kept);
  json_builder_set_member_name (b, "complaints_closed");
  json_builder_add_int_value (b, s->complaints_closed);
  json_builder_set_member_name (b, "answered_in_time");
  json_builder_add_int_value (b, s->answered_in_time);
  add_string_or_null (b, "customer_bonus", s->s_customer_bonus);
  json_builder_end_object (b);
}

static void
add_rewards (JsonBuilder *b, const IncentiveReport *report, const IncentiveStanding *s)
{
  json_builder_set_member_name (b, "rewards");
  json_builder_begin_array (b);
  for (guint i = 0; i < s->rewards->len; i++)
    {
      const IncReward *r = s->rewards->pdata[i];
      g_autofree char *value = inc_report_money (report, r->value);
      json_builder_begin_object (b);
      add_string_or_null (b, "id", r->id);
      add_string_or_null (b, "name", r->name);
      add_string_or_null (b, "category", r->category);
      add_string_or_null (b, "value", value);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_employee (JsonBuilder *b, const IncentiveReport *report, const IncentiveStanding *s)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "rank");
  json_builder_add_int_value (b, s->rank);
  add_string_or_null (b, "employee_id", s->employee_id);
  add_string_or_null (b, "name", s->name);
  json_builder_set_member_name (b, "lines");
  json_builder_add_int_value (b, (gint64) s->lines);
  add_string_or_null (b, "gross_sales", s->s_gross);
  add_string_or_null (b, "weighted_sales", s->s_weighted);
  add_string_or_null (b, "target", s->s_target);
  add_string_or_null (b, "attainment", s->s_attainment);
  add_string_or_null (b, "plan_share", s->s_plan_share);
  add_string_or_null (b, "bonus", s->s_bonus);
  add_string_or_null (b, "sales_bonus", s->s_sales_bonus);
  json_builder_set_member_name (b, "late_lines");
  json_builder_add_int_value (b, (gint64) s->late_lines);
  add_string_or_null (b, "ytd_weighted_sales", s->s_ytd_weighted);
  add_string_or_null (b, "ytd_bonus", s->s_ytd_bonus);
  add_customers (b, s);
  add_rewards (b, report, s);
  add_string_or_null (b, "non_cash_value", s->s_non_cash);
  json_builder_end_object (b);
}

JsonNode *inc_report_to_json_node (IncentiveReport *report);

JsonNode *
inc_report_to_json_node (IncentiveReport *report)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  add_string_or_null (b, "plan", report->plan->name);
  add_string_or_null (b, "period", report->period);
  add_string_or_null (b, "currency", report->plan->currency);

  json_builder_set_member_name (b, "totals");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "rows_read");
  json_builder_add_int_value (b, (gint64) report->rows_read);
  json_builder_set_member_name (b, "rows_accepted");
  json_builder_add_int_value (b, (gint64) report->rows_accepted);
  json_builder_set_member_name (b, "rows_rejected");
  json_builder_add_int_value (b, (gint64) report->rows_rejected);
  add_string_or_null (b, "gross_sales", report->s_gross);
  add_string_or_null (b, "weighted_sales", report->s_weighted);
  add_string_or_null (b, "bonus", report->s_bonus);
  g_autofree char *non_cash = inc_report_money (report, report->non_cash_total);
  add_string_or_null (b, "non_cash_value", non_cash);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "employees");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->standings->len; i++)
    add_employee (b, report, report->standings->pdata[i]);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "employee_of_the_month");
  if (report->employee_of_the_month)
    {
      json_builder_begin_object (b);
      add_string_or_null (b, "employee_id", report->employee_of_the_month->employee_id);
      add_string_or_null (b, "name", report->employee_of_the_month->name);
      add_string_or_null (b, "title", report->plan->title);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);

  json_builder_set_member_name (b, "customer_statuses");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "known");
  json_builder_add_boolean_value (b, report->statuses_known);
  add_string_or_null (b, "note", report->statuses_note);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "rejected");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->rejected->len; i++)
    {
      const IncentiveRejection *r = report->rejected->pdata[i];
      json_builder_begin_object (b);
      add_string_or_null (b, "file", r->file);
      json_builder_set_member_name (b, "line");
      json_builder_add_int_value (b, (gint64) r->line);
      add_string_or_null (b, "reason", r->reason);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/**
 * incentive_report_to_json:
 * @report: a report
 *
 * The report as report.json: money as strings with the currency's minor digits, ratios
 * as strings with four decimals, %NULL figures as JSON null.
 *
 * Returns: (transfer full): the JSON text, ending with a newline
 */
char *
incentive_report_to_json (IncentiveReport *report)
{
  g_autoptr (JsonNode) root = inc_report_to_json_node (report);
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  g_autofree char *text = json_generator_to_data (gen, NULL);
  return g_strconcat (text, "\n", NULL);
}
