/* writer-table.c — the ranking as a payroll clerk reads it in a terminal. */
#include "config.h"

#include <string.h>

#include "standings/report-private.h"

#define SHOWN_REJECTIONS 10

typedef struct {
  const char *title;
  gboolean right; /* numbers align right */
} Column;

static const Column columns[] = {
  { "Rank", TRUE }, { "Employee", FALSE }, { "Name", FALSE }, { "Lines", TRUE },
  { "Gross", TRUE }, { "Weighted", TRUE }, { "Target", TRUE }, { "Attainment", TRUE },
  { "Plan share", TRUE }, { "Bonus", TRUE },
};
#define N_COLUMNS G_N_ELEMENTS (columns)

/* A ratio with four decimals ("1.0375") as a percent with two ("103.75%"). */
static char *
percent (const char *ratio)
{
  if (ratio == NULL)
    return g_strdup ("-");
  IncDec d;
  if (!inc_dec_parse (ratio, strlen (ratio), &inc_plain_syntax, &d, NULL))
    return g_strdup (ratio);
  d.scale -= 2;
  char buf[INC_DEC_FORMAT_SIZE];
  return g_strconcat (inc_dec_format (d, 2, buf), "%", NULL);
}

/* Appends TEXT with control characters shown as spaces, so that nothing read from an
 * export can move the cursor of the terminal. */
static void
append_printable (GString *out, const char *text)
{
  gsize start = out->len;
  g_string_append (out, text);
  for (char *p = out->str + start; *p; p++)
    if ((unsigned char) *p < 0x20 || (unsigned char) *p == 0x7f)
      *p = ' ';
}

static void
pad (GString *out, const char *text, guint width, gboolean right)
{
  /* Width in characters, not bytes, so that names like "Łukasz" line up. */
  glong n = g_utf8_strlen (text, -1);
  if (right)
    for (glong i = n; i < (glong) width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = n; i < (glong) width; i++)
      g_string_append_c (out, ' ');
}

/**
 * incentive_report_to_table:
 * @report: a report
 *
 * The ranking as aligned text: money as in report.json, attainment and plan share as
 * percents, the totals, the employee of the month, and the rejected lines.
 *
 * Returns: (transfer full): the text
 */
char *
incentive_report_to_table (IncentiveReport *report)
{
  guint n = report->standings->len;
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint width[N_COLUMNS];
  for (guint c = 0; c < N_COLUMNS; c++)
    width[c] = (guint) g_utf8_strlen (columns[c].title, -1);

  for (guint i = 0; i < n; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      char *row[N_COLUMNS] = {
        g_strdup_printf ("%u", s->rank),
        g_strdup (s->employee_id),
        g_strdup (s->name),
        g_strdup_printf ("%" G_GUINT64_FORMAT, s->lines),
        g_strdup (s->s_gross),
        g_strdup (s->s_weighted),
        g_strdup (s->s_target ? s->s_target : "-"),
        percent (s->s_attainment),
        percent (s->s_plan_share),
        g_strdup (s->s_bonus),
      };
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          /* Control characters in a name must not move the cursor of the terminal. */
          for (char *p = row[c]; *p; p++)
            if ((unsigned char) *p < 0x20)
              *p = ' ';
          width[c] = MAX (width[c], (guint) g_utf8_strlen (row[c], -1));
          g_ptr_array_add (cells, row[c]);
        }
    }

  GString *out = g_string_new (NULL);
  g_string_append_printf (out, "%s — period %s, money in %s\n\n", report->plan->name, report->period,
                          report->plan->currency);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (c)
        g_string_append (out, "  ");
      pad (out, columns[c].title, width[c], columns[c].right);
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < n; i++)
    {
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (c)
            g_string_append (out, "  ");
          pad (out, cells->pdata[i * N_COLUMNS + c], width[c], columns[c].right);
        }
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out,
                          "\nLines: %" G_GUINT64_FORMAT " read, %" G_GUINT64_FORMAT " accepted, %" G_GUINT64_FORMAT " rejected\n",
                          report->rows_read, report->rows_accepted, report->rows_rejected);
  g_string_append_printf (out, "Gross sales: %s %s   Weighted sales: %s %s   Bonus total: %s %s\n",
                          report->s_gross, report->plan->currency, report->s_weighted,
                          report->plan->currency, report->s_bonus, report->plan->currency);

  gboolean any_reward = FALSE;
  for (guint i = 0; i < n; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      if (s->rewards->len == 0)
        continue;
      if (!any_reward)
        g_string_append (out, "\nRewards:\n");
      any_reward = TRUE;
      GString *row = g_string_new (NULL);
      g_string_append_printf (row, "  %s (%s): ", s->name, s->employee_id);
      for (guint r = 0; r < s->rewards->len; r++)
        {
          const IncReward *reward = s->rewards->pdata[r];
          g_autofree char *value = inc_report_money (report, reward->value);
          g_string_append_printf (row, "%s%s %s %s", r ? ", " : "", reward->name, value, report->plan->currency);
        }
      g_string_append_printf (row, "; non-cash value %s %s", s->s_non_cash, report->plan->currency);
      for (char *p = row->str; *p; p++)
        if ((unsigned char) *p < 0x20)
          *p = ' ';
      g_string_append (out, row->str);
      g_string_append_c (out, '\n');
      g_string_free (row, TRUE);
    }

  /* Customer work, only for plans that pay for it. */
  if (report->plan->customers.present)
    {
      g_string_append (out, "\nCustomer work:");
      if (!report->statuses_known && report->statuses_note)
        {
          g_string_append (out, " (new, won back and retained are unknown: ");
          append_printable (out, report->statuses_note);
          g_string_append (out, ")");
        }
      g_string_append_c (out, '\n');
      gboolean any_credit = FALSE;
      for (guint i = 0; i < n; i++)
        {
          const IncentiveStanding *s = report->standings->pdata[i];
          if (s->customers_new + s->customers_won_back + s->customers_retained + s->customers_kept
                + s->complaints_closed == 0)
            continue;
          any_credit = TRUE;
          g_autofree char *row = g_strdup_printf (
            "  %s (%s): new %u, won back %u, retained %u, kept after complaint %u, complaints "
            "closed %u (%u answered in time); customer bonus %s %s",
            s->name, s->employee_id, s->customers_new, s->customers_won_back, s->customers_retained,
            s->customers_kept, s->complaints_closed, s->answered_in_time, s->s_customer_bonus,
            report->plan->currency);
          append_printable (out, row);
          g_string_append_c (out, '\n');
        }
      if (!any_credit)
        g_string_append (out, "  no customer credits this period\n");
    }

  if (report->rejected->len > 0)
    {
      g_string_append_printf (out, "\n%u line%s rejected (each with file, line and reason):\n",
                              report->rejected->len, report->rejected->len == 1 ? " was" : "s were");
      for (guint i = 0; i < report->rejected->len && i < SHOWN_REJECTIONS; i++)
        {
          const IncentiveRejection *r = report->rejected->pdata[i];
          /* A reason quotes the line's text, which may hold terminal escapes. */
          g_autofree char *line = g_strdup_printf ("  %s line %" G_GUINT64_FORMAT ": %s", r->file, r->line, r->reason);
          append_printable (out, line);
          g_string_append_c (out, '\n');
        }
      if (report->rejected->len > SHOWN_REJECTIONS)
        g_string_append_printf (out, "  … and %u more: see \"rejected\" in report.json (--format json or --output-dir)\n",
                                report->rejected->len - SHOWN_REJECTIONS);
    }
  /* The ranking ends with the employee of the month: the line people look for. */
  if (report->employee_of_the_month)
    {
      g_autofree char *line = g_strdup_printf ("%s: %s (%s)", report->plan->title,
                                               report->employee_of_the_month->name,
                                               report->employee_of_the_month->employee_id);
      g_string_append_c (out, '\n');
      append_printable (out, line);
      g_string_append_c (out, '\n');
    }
  else
    g_string_append_printf (out, "\n%s: nobody is eligible this period\n", report->plan->title);

  return g_string_free (out, FALSE);
}
