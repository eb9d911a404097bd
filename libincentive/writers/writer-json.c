/* writer-json.c — report.json, with json-glib.  Money and ratios are strings, so that no
 * JSON reader turns them into binary floating point. */
#include "config.h"

#include <json-glib/json-glib.h>

#include "standings/report-private.h"
#include "writers/writers-private.h"

static void
add_customers (JsonBuilder *b, const IncentiveReport *report, const IncentiveStanding *s)
{
  json_builder_set_member_name (b, "customers");
  json_builder_begin_object (b);
  inc_json_member_status_count (b, "new", report->statuses_known, s->customers_new);
  inc_json_member_status_count (b, "won_back", report->statuses_known, s->customers_won_back);
  inc_json_member_status_count (b, "retained", report->statuses_known, s->customers_retained);
  inc_json_member_int (b, "kept_after_complaint", s->customers_kept);
  inc_json_member_int (b, "complaints_closed", s->complaints_closed);
  inc_json_member_int (b, "answered_in_time", s->answered_in_time);
  inc_json_member_string (b, "customer_bonus", s->s_customer_bonus);
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
      inc_json_member_string (b, "id", r->id);
      inc_json_member_string (b, "name", r->name);
      inc_json_member_string (b, "category", r->category);
      inc_json_member_string (b, "value", value);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_employee (JsonBuilder *b, const IncentiveReport *report, const IncentiveStanding *s)
{
  json_builder_begin_object (b);
  inc_json_member_int (b, "rank", s->rank);
  inc_json_member_string (b, "employee_id", s->employee_id);
  inc_json_member_string (b, "name", s->name);
  inc_json_member_int (b, "lines", (gint64) s->lines);
  inc_json_member_string (b, "gross_sales", s->s_gross);
  inc_json_member_string (b, "weighted_sales", s->s_weighted);
  inc_json_member_string (b, "target", s->s_target);
  inc_json_member_string (b, "attainment", s->s_attainment);
  inc_json_member_string (b, "plan_share", s->s_plan_share);
  inc_json_member_string (b, "bonus", s->s_bonus);
  inc_json_member_string (b, "sales_bonus", s->s_sales_bonus);
  inc_json_member_int (b, "late_lines", (gint64) s->late_lines);
  inc_json_member_string (b, "ytd_weighted_sales", s->s_ytd_weighted);
  inc_json_member_string (b, "ytd_bonus", s->s_ytd_bonus);
  add_customers (b, report, s);
  add_rewards (b, report, s);
  inc_json_member_string (b, "non_cash_value", s->s_non_cash);
  json_builder_end_object (b);
}

JsonNode *inc_report_to_json_node (IncentiveReport *report);

JsonNode *
inc_report_to_json_node (IncentiveReport *report)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  inc_json_member_string (b, "plan", report->plan->name);
  inc_json_member_string (b, "period", report->period);
  inc_json_member_string (b, "currency", report->plan->currency);

  json_builder_set_member_name (b, "totals");
  json_builder_begin_object (b);
  inc_json_member_int (b, "rows_read", (gint64) report->rows_read);
  inc_json_member_int (b, "rows_accepted", (gint64) report->rows_accepted);
  inc_json_member_int (b, "rows_rejected", (gint64) report->rows_rejected);
  inc_json_member_string (b, "gross_sales", report->s_gross);
  inc_json_member_string (b, "weighted_sales", report->s_weighted);
  inc_json_member_string (b, "bonus", report->s_bonus);
  g_autofree char *non_cash = inc_report_money (report, report->non_cash_total);
  inc_json_member_string (b, "non_cash_value", non_cash);
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
      inc_json_member_string (b, "employee_id", report->employee_of_the_month->employee_id);
      inc_json_member_string (b, "name", report->employee_of_the_month->name);
      inc_json_member_string (b, "title", report->plan->title);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);

  json_builder_set_member_name (b, "customer_statuses");
  json_builder_begin_object (b);
  inc_json_member_bool (b, "known", report->statuses_known);
  inc_json_member_string (b, "note", report->statuses_note);
  json_builder_end_object (b);

  inc_json_member_rejections (b, "rejected", report->rejected);
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
  return inc_json_to_text (root);
}
