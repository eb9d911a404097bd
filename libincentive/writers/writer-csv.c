/* writer-csv.c — rankings.csv, payroll.csv and rewards.csv. */
#include "config.h"

#include <string.h>

#include "standings/report-private.h"
#include "writers/writers-private.h"

void
inc_csv_append_field (GString *out, const char *value, gboolean is_text)
{
  if (value == NULL)
    return;
  /* A spreadsheet runs a cell that starts with = + - @ as a formula: such text (names,
   * categories) is written with a leading apostrophe so that it shows as text.  Ids are
   * keys a payroll program matches exactly, so they are written as they are (quoted when
   * needed). */
  gboolean formula = is_text && value[0] && strchr ("=+-@\t\r", value[0]) != NULL;
  gboolean quote = formula || strpbrk (value, ",\"\r\n") != NULL;
  if (!quote)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
row (GString *out, const char *const *fields, const gboolean *text, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i)
        g_string_append_c (out, ',');
      inc_csv_append_field (out, fields[i], text[i]);
    }
  g_string_append_c (out, '\n');
}

/**
 * incentive_report_to_rankings_csv:
 * @report: a report
 *
 * The ranking as CSV: `rank,employee_id,name,lines,gross_sales,weighted_sales,target,
 * attainment,plan_share,bonus`, empty where report.json has null.
 *
 * Returns: (transfer full): the CSV text
 */
char *
incentive_report_to_rankings_csv (IncentiveReport *report)
{
  GString *out = g_string_new ("rank,employee_id,name,lines,gross_sales,weighted_sales,target,attainment,plan_share,bonus\n");
  static const gboolean text[] = { 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 };
  for (guint i = 0; i < report->standings->len; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      g_autofree char *rank = g_strdup_printf ("%u", s->rank);
      g_autofree char *lines = g_strdup_printf ("%" G_GUINT64_FORMAT, s->lines);
      const char *fields[] = { rank, s->employee_id, s->name, lines, s->s_gross, s->s_weighted,
                               s->s_target, s->s_attainment, s->s_plan_share, s->s_bonus };
      row (out, fields, text, G_N_ELEMENTS (fields));
    }
  return g_string_free (out, FALSE);
}

/**
 * incentive_report_to_payroll_csv:
 * @report: a report
 *
 * What payroll pays: `employee_id,name,period,currency,bonus,non_cash_value`, one row per
 * employee in rank order.
 *
 * Returns: (transfer full): the CSV text
 */
char *
incentive_report_to_payroll_csv (IncentiveReport *report)
{
  GString *out = g_string_new ("employee_id,name,period,currency,bonus,non_cash_value\n");
  static const gboolean text[] = { 0, 1, 0, 0, 0, 0 };
  for (guint i = 0; i < report->standings->len; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      const char *fields[] = { s->employee_id, s->name, report->period, report->plan->currency,
                               s->s_bonus, s->s_non_cash };
      row (out, fields, text, G_N_ELEMENTS (fields));
    }
  return g_string_free (out, FALSE);
}

char *
inc_report_to_rewards_csv (IncentiveReport *report)
{
  GString *out = g_string_new ("employee_id,name,period,reward,category,value\n");
  static const gboolean text[] = { 0, 1, 0, 0, 1, 0 };
  for (guint i = 0; i < report->standings->len; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      for (guint r = 0; r < s->rewards->len; r++)
        {
          const IncReward *reward = s->rewards->pdata[r];
          g_autofree char *value = inc_report_money (report, reward->value);
          const char *fields[] = { s->employee_id, s->name, report->period, reward->id,
                                   reward->category, value };
          row (out, fields, text, G_N_ELEMENTS (fields));
        }
    }
  return g_string_free (out, FALSE);
}
