/* writer-html.c — report.html, the page for the office wall.
 *
 * One self-contained file: inline CSS and SVG, no script, no font or image from anywhere,
 * so it opens the same offline, in a browser that blocks scripts, and on paper (A4).
 * Every text from the inputs (names, ids, reasons, the plan's titles) is escaped. */
#include "config.h"

#include <string.h>

#include "statements/statement-private.h"

#define BAR_WIDTH 140
#define BAR_HEIGHT 16

static void
text (GString *out, const char *s)
{
  g_autofree char *e = g_markup_escape_text (s ? s : "", -1);
  g_string_append (out, e);
}

/* A four-decimal ratio ("1.3558") in basis points of a percent (13558 = 135.58%). */
static gint64
ratio_points (const char *ratio)
{
  IncDec d, r;
  gint64 v = 0;
  if (ratio && inc_dec_parse (ratio, strlen (ratio), &inc_plain_syntax, &d, NULL)
      && inc_dec_round (d, 4, INC_ROUND_HALF_UP, &r) && inc_dec_to_int64 (r, 4, &v))
    return v;
  return 0;
}

static gint64
dec_points (IncDec ratio)
{
  IncDec r;
  gint64 v = 0;
  if (inc_dec_round (ratio, 4, INC_ROUND_HALF_UP, &r) && inc_dec_to_int64 (r, 4, &v))
    return v;
  return 0;
}

static char *
percent (const char *ratio)
{
  IncDec d;
  if (ratio == NULL || !inc_dec_parse (ratio, strlen (ratio), &inc_plain_syntax, &d, NULL))
    return g_strdup ("–");
  d.scale -= 2;
  char buf[INC_DEC_FORMAT_SIZE];
  return g_strconcat (inc_dec_format (d, 2, buf), "%", NULL);
}

/* Where the bars end: at least 150%, beyond the highest tier, up to the best attainment
 * (at most 300%, longer bars are cut and marked). */
static gint64
scale_points (const IncentiveReport *report)
{
  gint64 max = 15000;
  const IncentivePlan *plan = report->plan;
  for (guint i = 0; i < plan->tiers->len; i++)
    max = MAX (max, dec_points (g_array_index (plan->tiers, IncTier, i).from) + 2500);
  for (guint i = 0; i < report->standings->len; i++)
    max = MAX (max, ratio_points (((IncentiveStanding *) report->standings->pdata[i])->s_attainment));
  max = MIN (max, 30000);
  return (max + 2499) / 2500 * 2500;
}

static double
x_of (gint64 points, gint64 scale)
{
  /* a drawing coordinate, not money: a double is fine here */
  return (double) MIN (points, scale) * BAR_WIDTH / (double) scale;
}

static void
bar (GString *out, const IncentiveReport *report, gint64 points, gint64 scale, const char *label,
     gboolean tiers)
{
  const IncentivePlan *plan = report->plan;
  g_string_append_printf (out, "<svg class=\"bar\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
                          "aria-label=\"", BAR_WIDTH + 2, BAR_HEIGHT, BAR_WIDTH + 2, BAR_HEIGHT);
  text (out, label);
  g_string_append (out, "\">");
  g_string_append_printf (out, "<rect x=\"1\" y=\"2\" width=\"%d\" height=\"%d\" class=\"track\"/>", BAR_WIDTH,
                          BAR_HEIGHT - 4);
  double w = x_of (MAX (points, 0), scale);
  g_string_append_printf (out, "<rect x=\"1\" y=\"2\" width=\"%.1f\" height=\"%d\" class=\"%s\"/>", w,
                          BAR_HEIGHT - 4, points >= 10000 ? "fill met" : "fill");
  if (points > scale)
    g_string_append_printf (out, "<path d=\"M%.1f 2 l-6 7 l6 7 z\" class=\"cut\"/>", w + 1);
  for (guint i = 0; tiers && i < plan->tiers->len; i++)
    {
      gint64 p = dec_points (g_array_index (plan->tiers, IncTier, i).from);
      if (p > 0 && p != 10000 && p <= scale)
        g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"tier\"/>",
                                x_of (p, scale) + 1, x_of (p, scale) + 1, BAR_HEIGHT);
    }
  if (tiers && plan->has_threshold)
    {
      gint64 p = dec_points (plan->threshold);
      g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"threshold\"/>",
                              x_of (p, scale) + 1, x_of (p, scale) + 1, BAR_HEIGHT);
    }
  g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"full\"/></svg>",
                          x_of (10000, scale) + 1, x_of (10000, scale) + 1, BAR_HEIGHT);
}

static const char style[] =
  "@page{size:A4;margin:14mm}"
  "*{box-sizing:border-box}"
  "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;color:#1d2433;margin:0 auto;max-width:190mm;"
  "padding:8mm 0;font-size:10.5pt;line-height:1.35;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
  "header{border-bottom:3px solid #1f5fa8;padding-bottom:4mm;margin-bottom:5mm}"
  "header h1{font-size:18pt;margin:0}header p{margin:1mm 0 0;color:#4a5568}"
  ".star{background:#fdf6e3;border:2px solid #d69e2e;border-radius:4mm;padding:5mm 7mm;margin-bottom:6mm}"
  ".star .title{font-size:11pt;text-transform:uppercase;letter-spacing:.08em;color:#975a16;margin:0}"
  ".star .who{font-size:24pt;font-weight:bold;margin:1mm 0}"
  ".star .figures{margin:0;color:#4a5568}"
  "h2{font-size:13pt;color:#1f5fa8;margin:6mm 0 2mm}"
  "table{border-collapse:collapse;width:100%}"
  "th,td{padding:1.2mm 1.6mm;border-bottom:1px solid #d8dee9;text-align:left;vertical-align:middle}"
  "th{font-size:9pt;color:#4a5568;border-bottom:2px solid #a0aec0}"
  "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
  "tr{page-break-inside:avoid;break-inside:avoid}"
  "tr.eotm td{background:#fffbeb;font-weight:bold}"
  ".id{color:#718096;font-size:8.5pt;white-space:nowrap}"
  "td.att{white-space:nowrap}td.att svg{vertical-align:middle;margin-right:1.5mm}"
  ".bar .track{fill:#edf2f7}.bar .fill{fill:#90cdf4}.bar .fill.met{fill:#38a169}.bar .cut{fill:#1d2433}"
  ".bar .full{stroke:#1d2433;stroke-width:2}.bar .tier{stroke:#805ad5;stroke-width:1.5;stroke-dasharray:3 2}"
  ".bar .threshold{stroke:#e53e3e;stroke-width:1.5;stroke-dasharray:2 2}"
  ".legend{font-size:8.5pt;color:#4a5568;margin:1.5mm 0 0}"
  ".legend span{display:inline-block;margin-right:5mm}"
  ".sw{display:inline-block;width:5mm;height:0;border-top:2px solid;vertical-align:middle;margin-right:1mm}"
  ".plan{display:flex;align-items:center;gap:4mm}"
  "ul.rewards{margin:0;padding-left:5mm}"
  ".clerk{page-break-before:auto;margin-top:8mm;border-top:1px dashed #a0aec0;padding-top:2mm}"
  ".clerk td{font-size:9pt}"
  "footer{margin-top:6mm;font-size:8pt;color:#718096}"
  "@media print{body{padding:0;max-width:none}.clerk{break-before:page}}";

static void
write_header (GString *out, const IncentiveReport *report)
{
  const IncentivePlan *plan = report->plan;
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  text (out, plan->name);
  g_string_append (out, " — ");
  text (out, report->period);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n<h1>", style);
  text (out, plan->name);
  g_string_append (out, "</h1>\n<p>Period ");
  text (out, report->period);
  g_string_append (out, " · money in ");
  text (out, plan->currency);
  g_string_append (out, "</p>\n</header>\n");

  const IncentiveStanding *e = report->employee_of_the_month;
  g_string_append (out, "<section class=\"star\" id=\"employee-of-the-month\">\n<p class=\"title\">");
  text (out, plan->title);
  g_string_append (out, "</p>\n");
  if (e)
    {
      g_autofree char *att = percent (e->s_attainment);
      g_string_append (out, "<p class=\"who\">");
      text (out, e->name);
      g_string_append (out, "</p>\n<p class=\"figures\">Weighted sales ");
      text (out, e->s_weighted);
      g_string_append_c (out, ' ');
      text (out, plan->currency);
      if (e->s_attainment)
        {
          g_string_append (out, " · attainment ");
          text (out, att);
        }
      g_string_append (out, " · rank ");
      g_string_append_printf (out, "%u of %u</p>\n", e->rank, report->standings->len);
    }
  else
    g_string_append (out, "<p class=\"who\">Nobody is eligible this period</p>\n");
  g_string_append (out, "</section>\n");
}

static void
write_ranking (GString *out, const IncentiveReport *report, gint64 scale)
{
  const IncentivePlan *plan = report->plan;
  g_string_append (out, "<h2>Ranking</h2>\n<table id=\"ranking\">\n<thead><tr><th class=\"num\">Rank</th>"
                        "<th>Employee</th><th class=\"num\">Lines</th><th class=\"num\">Weighted sales</th>"
                        "<th>Attainment</th><th class=\"num\">Plan share</th><th class=\"num\">Bonus</th>"
                        "</tr></thead>\n<tbody>\n");
  for (guint i = 0; i < report->standings->len; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      g_autofree char *att = percent (s->s_attainment);
      g_autofree char *share = percent (s->s_plan_share);
      g_string_append_printf (out, "<tr%s><td class=\"num\">%u</td><td>", s->employee_of_the_month ? " class=\"eotm\"" : "",
                              s->rank);
      text (out, s->name);
      g_string_append (out, " <span class=\"id\">");
      text (out, s->employee_id);
      g_string_append_printf (out, "</span></td><td class=\"num\">%" G_GUINT64_FORMAT "</td><td class=\"num\">", s->lines);
      text (out, s->s_weighted);
      g_string_append (out, "</td><td class=\"att\">");
      if (s->s_attainment)
        {
          g_autofree char *label = g_strdup_printf ("attainment %s", att);
          bar (out, report, ratio_points (s->s_attainment), scale, label, TRUE);
          text (out, att);
        }
      else
        g_string_append (out, "no target");
      g_string_append (out, "</td><td class=\"num\">");
      text (out, s->s_plan_share ? share : "–");
      g_string_append (out, "</td><td class=\"num\">");
      text (out, s->s_bonus);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n<p class=\"legend\">Bars: attainment against the personal target. "
                        "<span><i class=\"sw\" style=\"border-color:#1d2433\"></i>100%</span>");
  if (plan->tiers->len > 1)
    g_string_append (out, "<span><i class=\"sw\" style=\"border-color:#805ad5;border-top-style:dashed\"></i>"
                          "bonus tiers</span>");
  if (plan->has_threshold)
    {
      g_autofree char *t = inc_dec_to_percent_string (plan->threshold);
      g_string_append (out, "<span><i class=\"sw\" style=\"border-color:#e53e3e;border-top-style:dotted\"></i>"
                            "threshold ");
      text (out, t);
      g_string_append (out, "</span>");
    }
  g_string_append (out, " Money in ");
  text (out, plan->currency);
  g_string_append (out, ".</p>\n");
}

static void
write_plan_and_rewards (GString *out, const IncentiveReport *report, gint64 scale)
{
  const IncentivePlan *plan = report->plan;
  g_string_append (out, "<h2>The organisation's plan</h2>\n<div class=\"plan\" id=\"plan-share\">");
  if (plan->has_target)
    {
      g_autofree char *ratio = inc_report_ratio (report->weighted_total, plan->target);
      g_autofree char *pct = percent (ratio);
      g_autofree char *target = inc_report_money (report, plan->target);
      g_autofree char *label = g_strdup_printf ("plan share %s", pct);
      bar (out, report, ratio_points (ratio), scale, label, FALSE);
      g_string_append (out, "<span>");
      text (out, pct);
      g_string_append (out, " of the plan: weighted sales ");
      text (out, report->s_weighted);
      g_string_append (out, " of ");
      text (out, target);
      g_string_append_c (out, ' ');
      text (out, plan->currency);
      g_string_append (out, "</span>");
    }
  else
    {
      g_string_append (out, "<span>Weighted sales ");
      text (out, report->s_weighted);
      g_string_append_c (out, ' ');
      text (out, plan->currency);
      g_string_append (out, " (the plan sets no organisation target)</span>");
    }
  g_string_append (out, "</div>\n<p>Bonus paid this period: ");
  text (out, report->s_bonus);
  g_string_append_c (out, ' ');
  text (out, plan->currency);
  g_string_append (out, ".</p>\n");

  g_string_append (out, "<h2>Rewards given</h2>\n");
  gboolean any = FALSE;
  for (guint i = 0; i < report->standings->len; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      for (guint r = 0; r < s->rewards->len; r++)
        {
          const IncReward *reward = s->rewards->pdata[r];
          g_autofree char *value = inc_report_money (report, reward->value);
          g_string_append (out, any ? "" : "<ul class=\"rewards\" id=\"rewards\">\n");
          any = TRUE;
          g_string_append (out, "<li>");
          text (out, s->name);
          g_string_append (out, ": ");
          text (out, reward->name);
          g_string_append (out, " (");
          text (out, reward->condition_text);
          g_string_append (out, ", ");
          text (out, value);
          g_string_append_c (out, ' ');
          text (out, plan->currency);
          g_string_append (out, ")</li>\n");
        }
    }
  g_string_append (out, any ? "</ul>\n" : "<p id=\"rewards\">No non-cash reward this period.</p>\n");
}

static void
write_rejected (GString *out, const IncentiveReport *report)
{
  g_string_append_printf (out, "<section class=\"clerk\" id=\"rejected\">\n<h2>For the payroll clerk: rejected "
                               "lines</h2>\n<p>%" G_GUINT64_FORMAT " lines read, %" G_GUINT64_FORMAT
                               " accepted, %" G_GUINT64_FORMAT " rejected.</p>\n",
                          report->rows_read, report->rows_accepted, report->rows_rejected);
  if (report->rejected->len > 0)
    {
      g_string_append (out, "<table>\n<thead><tr><th>File</th><th class=\"num\">Line</th><th>Reason</th></tr>"
                            "</thead>\n<tbody>\n");
      for (guint i = 0; i < report->rejected->len; i++)
        {
          const IncentiveRejection *r = report->rejected->pdata[i];
          g_string_append (out, "<tr><td>");
          text (out, r->file);
          g_string_append_printf (out, "</td><td class=\"num\">%" G_GUINT64_FORMAT "</td><td>", r->line);
          text (out, r->reason);
          g_string_append (out, "</td></tr>\n");
        }
      g_string_append (out, "</tbody>\n</table>\n");
    }
  g_string_append (out, "</section>\n");
}

/**
 * incentive_report_to_html:
 * @report: a report
 *
 * report.html: one self-contained page (inline CSS and SVG, no script, nothing loaded from
 * elsewhere) with the employee of the month under the plan's title, the ranking with each
 * employee's attainment drawn as a bar against 100% and the tier thresholds, the
 * organisation's plan share, the rewards given, and the rejected lines.  It prints on A4.
 * Every text from the inputs is escaped.
 *
 * Returns: (transfer full): the HTML text
 */
char *
incentive_report_to_html (IncentiveReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  GString *out = g_string_new (NULL);
  gint64 scale = scale_points (report);
  write_header (out, report);
  write_ranking (out, report, scale);
  write_plan_and_rewards (out, report, scale);
  write_rejected (out, report);
  g_string_append (out, "<footer>Made by the incentive command from the month's sales exports; every "
                        "figure as in report.json.</footer>\n"
                        "</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
