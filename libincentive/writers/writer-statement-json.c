/* writer-statement-json.c — a statement as JSON, for payroll software: every part beside
 * the figure it adds up to, money and ratios as strings as in report.json. */
#include "config.h"

#include <json-glib/json-glib.h>

#include "statements/statement-private.h"
#include "writers/writers-private.h"

static void
add_weighted (JsonBuilder *b, const IncentiveStatement *st)
{
  json_builder_set_member_name (b, "weighted_sales");
  json_builder_begin_object (b);
  inc_json_member_string (b, "exact", st->s_weighted_exact);
  inc_json_member_string (b, "rounding", inc_rounding_name (st->report->plan->rounding));
  inc_json_member_string (b, "shown", st->standing->s_weighted);
  json_builder_set_member_name (b, "by_weight");
  json_builder_begin_array (b);
  for (guint i = 0; i < st->weight_bands->len; i++)
    {
      const IncentiveWeightBand *w = st->weight_bands->pdata[i];
      json_builder_begin_object (b);
      inc_json_member_string (b, "weight", w->weight);
      inc_json_member_bool (b, "locomotive", w->locomotive);
      inc_json_member_int (b, "lines", (gint64) w->lines);
      inc_json_member_string (b, "net_sales", w->net_sales);
      inc_json_member_string (b, "weighted_sales", w->weighted_sales);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_sales_bonus (JsonBuilder *b, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  json_builder_set_member_name (b, "sales_bonus");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "threshold");
  if (st->has_threshold)
    {
      json_builder_begin_object (b);
      inc_json_member_string (b, "attainment", st->s_threshold);
      inc_json_member_string (b, "weighted_sales_needed", st->s_threshold_amount);
      inc_json_member_bool (b, "met", !s->below_threshold);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  inc_json_member_string (b, "rate", st->s_rate);
  json_builder_set_member_name (b, "tiers");
  json_builder_begin_array (b);
  for (guint i = 0; i < st->tier_bands->len; i++)
    {
      const IncentiveTierBand *t = st->tier_bands->pdata[i];
      json_builder_begin_object (b);
      inc_json_member_string (b, "from_attainment", t->from_attainment);
      inc_json_member_string (b, "to_attainment", t->to_attainment);
      inc_json_member_string (b, "from_amount", t->from_amount);
      inc_json_member_string (b, "to_amount", t->to_amount);
      inc_json_member_string (b, "rate", t->rate);
      inc_json_member_string (b, "base", t->base);
      inc_json_member_string (b, "amount", t->amount);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  inc_json_member_string (b, "exact", st->s_sales_bonus_exact);
  inc_json_member_string (b, "shown", s->s_sales_bonus);
  json_builder_end_object (b);
}

static void
add_customers (JsonBuilder *b, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  json_builder_set_member_name (b, "customers");
  json_builder_begin_object (b);
  inc_json_member_bool (b, "statuses_known", st->report->statuses_known);
  json_builder_set_member_name (b, "credited");
  json_builder_begin_array (b);
  for (guint i = 0; i < st->credits->len; i++)
    {
      const IncentiveCustomerCredit *c = st->credits->pdata[i];
      json_builder_begin_object (b);
      inc_json_member_string (b, "customer_id", c->customer_id);
      inc_json_member_string (b, "net_sales", c->net_sales);
      inc_json_member_string (b, "status", c->status);
      inc_json_member_bool (b, "kept_after_complaint", c->kept_after_complaint);
      inc_json_member_string (b, "amount", c->amount);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  gboolean known = st->report->statuses_known;
  inc_json_member_status_count (b, "new", known, s->customers_new);
  inc_json_member_status_count (b, "won_back", known, s->customers_won_back);
  inc_json_member_status_count (b, "retained", known, s->customers_retained);
  inc_json_member_int (b, "kept_after_complaint", s->customers_kept);
  inc_json_member_int (b, "complaints_closed", s->complaints_closed);
  inc_json_member_int (b, "answered_in_time", s->answered_in_time);
  inc_json_member_string (b, "customer_bonus", s->s_customer_bonus);
  json_builder_end_object (b);
}

static void
add_bonus (JsonBuilder *b, const IncentiveStatement *st)
{
  json_builder_set_member_name (b, "bonus");
  json_builder_begin_object (b);
  inc_json_member_string (b, "before_cap", st->s_bonus_before_cap);
  inc_json_member_string (b, "cap", st->s_cap);
  inc_json_member_bool (b, "capped", st->standing->capped);
  inc_json_member_string (b, "exact", st->s_bonus_exact);
  inc_json_member_string (b, "rounding", inc_rounding_name (st->report->plan->rounding));
  inc_json_member_string (b, "shown", st->standing->s_bonus);
  json_builder_end_object (b);
}

static void
add_neighbour (JsonBuilder *b, const char *key, const IncentiveStatement *st, const IncentiveStanding *other,
               IncTieBreak rule)
{
  json_builder_set_member_name (b, key);
  if (other == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  inc_json_member_string (b, "employee_id", other->employee_id);
  inc_json_member_string (b, "name", other->name);
  inc_json_member_int (b, "rank", other->rank);
  inc_json_member_string (b, "decided_by", inc_tie_break_name (st->report->plan, rule));
  json_builder_end_object (b);
}

static void
add_rank (JsonBuilder *b, const IncentiveStatement *st)
{
  json_builder_set_member_name (b, "rank");
  json_builder_begin_object (b);
  inc_json_member_int (b, "rank", st->standing->rank);
  inc_json_member_int (b, "of", st->report->standings->len);
  inc_json_member_string (b, "ranked_by", inc_tie_break_name (st->report->plan, INC_TIE_PRIMARY));
  add_neighbour (b, "previous", st, st->previous, st->previous ? st->previous->decided_by : INC_TIE_NONE);
  add_neighbour (b, "next", st, st->next, st->standing->decided_by);
  inc_json_member_bool (b, "employee_of_the_month", st->standing->employee_of_the_month);
  json_builder_end_object (b);
}

static void
add_rewards (JsonBuilder *b, const IncentiveStatement *st)
{
  json_builder_set_member_name (b, "rewards");
  json_builder_begin_array (b);
  for (guint i = 0; i < st->rewards->len; i++)
    {
      const IncentiveRewardGiven *r = st->rewards->pdata[i];
      json_builder_begin_object (b);
      inc_json_member_string (b, "id", r->id);
      inc_json_member_string (b, "name", r->name);
      inc_json_member_string (b, "category", r->category);
      inc_json_member_string (b, "value", r->value);
      inc_json_member_string (b, "condition", r->condition);
      inc_json_member_string (b, "how_met", r->how_met);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  inc_json_member_string (b, "non_cash_value", st->standing->s_non_cash);
}

/**
 * incentive_statement_to_json:
 * @statement: a statement
 *
 * The statement as JSON: the employee's report row with, beside each figure, the parts it
 * is made of (see docs/statements.md for the fields).  Money and ratios are strings.
 *
 * Returns: (transfer full): the JSON text, ending with a newline
 */
char *
incentive_statement_to_json (IncentiveStatement *statement)
{
  const IncentiveStatement *st = statement;
  const IncentiveStanding *s = st->standing;
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  inc_json_member_string (b, "employee_id", s->employee_id);
  inc_json_member_string (b, "name", s->name);
  inc_json_member_string (b, "plan", st->report->plan->name);
  inc_json_member_string (b, "period", st->report->period);
  inc_json_member_string (b, "currency", st->report->plan->currency);
  inc_json_member_int (b, "lines", (gint64) s->lines);
  inc_json_member_int (b, "late_lines", (gint64) s->late_lines);
  inc_json_member_string (b, "gross_sales", s->s_gross);
  add_weighted (b, st);
  inc_json_member_string (b, "target", s->s_target);
  inc_json_member_string (b, "attainment", s->s_attainment);
  inc_json_member_string (b, "plan_share", s->s_plan_share);
  add_sales_bonus (b, st);
  add_customers (b, st);
  add_bonus (b, st);
  add_rank (b, st);
  add_rewards (b, st);
  inc_json_member_rejections (b, "rejected", st->rejected);
  json_builder_end_object (b);

  g_autoptr (JsonNode) root = json_builder_get_root (b);
  return inc_json_to_text (root);
}
