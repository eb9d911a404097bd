/* writer-statement-text.c — a statement in plain words for the salesperson it is about.
 *
 * Money is written as report.json writes it, followed by the currency code, so that a
 * figure can be found in both; exact amounts say "exact" and the one rounding is shown
 * as "exact → shown". */
#include "config.h"

#include <string.h>

#include "statements/statement-private.h"

typedef struct {
  GString *out;
  const char *currency;
} Text;

/* Control characters in a name or reason must not move a terminal's cursor. */
static void
put_clean (GString *out, const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (unsigned char) *p < 0x20 || *p == 0x7f ? ' ' : *p);
}

static void G_GNUC_PRINTF (2, 3)
line (Text *t, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *s = g_strdup_vprintf (format, ap);
  va_end (ap);
  put_clean (t->out, s);
  g_string_append_c (t->out, '\n');
}

static void
heading (Text *t, const char *title)
{
  g_string_append_printf (t->out, "\n%s\n", title);
  for (glong i = g_utf8_strlen (title, -1); i > 0; i--)
    g_string_append_c (t->out, '-');
  g_string_append_c (t->out, '\n');
}

/* "12.5%" from a four-decimal ratio "0.1250". */
static char *
percent_of (const char *ratio)
{
  IncDec d;
  if (ratio == NULL || !inc_dec_parse (ratio, strlen (ratio), &inc_plain_syntax, &d, NULL))
    return g_strdup ("-");
  return inc_dec_to_percent_string (d);
}

static const char *
plural (guint64 n)
{
  return n == 1 ? "" : "s";
}

static void
write_lines (Text *t, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  heading (t, "Your sales lines");
  line (t, "Accepted: %" G_GUINT64_FORMAT " line%s (returns included).", s->lines, plural (s->lines));
  if (s->late_lines > 0)
    line (t, "Late: %" G_GUINT64_FORMAT " of them %s dated in an earlier, closed period and count%s in this one.",
          s->late_lines, s->late_lines == 1 ? "is" : "are", s->late_lines == 1 ? "s" : "");
  else
    line (t, "Late: none (no line dated in an earlier, closed period).");
  if (st->rejected->len > 0)
    line (t, "Rejected: %u line%s, listed at the end with the reasons.", st->rejected->len,
          plural (st->rejected->len));
  else
    line (t, "Rejected: none.");
}

static void
write_sales (Text *t, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  heading (t, "Gross and weighted sales");
  line (t, "Gross sales: %s %s, the net amounts of your accepted lines added up.", s->s_gross, t->currency);
  if (st->weight_bands->len == 0)
    {
      line (t, "Weighted sales: %s %s (no sales this period).", s->s_weighted, t->currency);
      return;
    }
  line (t, "Each line counts with the weight of its product (* marks a locomotive product):");
  for (guint i = 0; i < st->weight_bands->len; i++)
    {
      const IncentiveWeightBand *b = st->weight_bands->pdata[i];
      line (t, "  weight %s%s: %" G_GUINT64_FORMAT " line%s, net %s %s × %s = %s %s", b->weight,
            b->locomotive ? " *" : "", b->lines, plural (b->lines), b->net_sales, t->currency, b->weight,
            b->weighted_sales, t->currency);
    }
  line (t, "  total: %" G_GUINT64_FORMAT " line%s, net %s %s, weighted %s %s (exact)", s->lines,
        plural (s->lines), s->s_gross, t->currency, st->s_weighted_exact, t->currency);
  line (t, "Weighted sales: %s %s exact, rounded once (%s) → %s %s.", st->s_weighted_exact, t->currency,
        inc_rounding_name (st->report->plan->rounding), s->s_weighted, t->currency);
}

static void
write_target (Text *t, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  const IncentivePlan *plan = st->report->plan;
  heading (t, "Target and attainment");
  if (s->has_target)
    {
      g_autofree char *pct = percent_of (s->s_attainment);
      line (t, "Your target: %s %s.", s->s_target, t->currency);
      line (t, "Attainment: %s ÷ %s = %s (%s), four decimals, half-up.", st->s_weighted_exact, s->s_target,
            s->s_attainment, pct);
    }
  else
    line (t, "You have no personal target this period, so there is no attainment.");
  if (s->has_plan_share)
    {
      g_autofree char *org = inc_report_money (st->report, plan->target);
      g_autofree char *pct = percent_of (s->s_plan_share);
      line (t, "Share of the organisation's plan: %s ÷ %s = %s (%s).", st->s_weighted_exact, org,
            s->s_plan_share, pct);
    }
}

static void
write_sales_bonus (Text *t, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  heading (t, "Bonus from sales");
  if (!s->has_target)
    {
      if (st->s_rate && inc_dec_sign (s->weighted) < 0)
        {
          /* Show the real product, then the rule that makes it 0, so the equation holds. */
          IncDec product;
          g_autofree char *s_product = inc_dec_mul (s->weighted, st->report->plan->rate, &product)
                                         ? inc_statement_exact (st->report, product)
                                         : g_strdup ("overflow");
          line (t, "Without a target the plan pays %s on all weighted sales: %s %s × %s = %s %s.", st->s_rate,
                st->s_weighted_exact, t->currency, st->s_rate, s_product, t->currency);
          line (t, "A negative result counts as 0: sales bonus %s %s.", st->s_sales_bonus_exact, t->currency);
        }
      else if (st->s_rate)
        line (t, "Without a target the plan pays %s on all weighted sales: %s %s × %s = %s %s.", st->s_rate,
              st->s_weighted_exact, t->currency, st->s_rate, st->s_sales_bonus_exact, t->currency);
      else
        line (t, "Without a target and without a plan rate there is no sales bonus: 0 %s.", t->currency);
      return;
    }
  if (st->has_threshold)
    {
      if (s->below_threshold)
        line (t, "Threshold: %s of your target = %s %s. Your weighted sales %s %s are below it: not met, so "
              "there is no sales bonus.", st->s_threshold, st->s_threshold_amount, t->currency,
              st->s_weighted_exact, t->currency);
      else
        line (t, "Threshold: %s of your target = %s %s. Your weighted sales %s %s reach it: met.",
              st->s_threshold, st->s_threshold_amount, t->currency, st->s_weighted_exact, t->currency);
    }
  line (t, "Each band of attainment pays its own rate on the part of your weighted sales inside it:");
  for (guint i = 0; i < st->tier_bands->len; i++)
    {
      const IncentiveTierBand *b = st->tier_bands->pdata[i];
      g_autofree char *range = b->to_attainment
                                 ? g_strdup_printf ("%s to %s (%s to %s %s)", b->from_attainment, b->to_attainment,
                                                    b->from_amount, b->to_amount, t->currency)
                                 : g_strdup_printf ("above %s (from %s %s)", b->from_attainment, b->from_amount,
                                                    t->currency);
      line (t, "  %s: %s %s × %s = %s %s", range, b->base, t->currency, b->rate, b->amount, t->currency);
    }
  if (s->below_threshold)
    line (t, "Sales bonus: 0 %s (threshold not met).", t->currency);
  else
    line (t, "Sales bonus: %s %s exact (the bands added up%s).", st->s_sales_bonus_exact, t->currency,
          inc_dec_sign (s->weighted) < 0 ? "; a negative result counts as 0" : "");
}

static void
write_customers (Text *t, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  if (!st->report->plan->customers.present)
    return;
  heading (t, "Customer credits");
  if (!st->report->statuses_known)
    line (t, "Customer statuses (new, won back, retained) are not known this period%s%s; they earn nothing.",
          st->report->statuses_note ? ": " : "", st->report->statuses_note ? st->report->statuses_note : "");
  if (st->credits->len == 0)
    line (t, "No customer is credited to you this period.");
  for (guint i = 0; i < st->credits->len; i++)
    {
      const IncentiveCustomerCredit *c = st->credits->pdata[i];
      const char *status = c->status == NULL               ? "status unknown"
                           : strcmp (c->status, "won_back") == 0 ? "won back"
                                                                 : c->status;
      line (t, "  customer %s: your net sales %s %s, %s%s → %s %s", c->customer_id, c->net_sales, t->currency,
            status, c->kept_after_complaint ? ", kept after a complaint" : "", c->amount, t->currency);
    }
  line (t, "Customers: %u new, %u won back, %u retained, %u kept after a complaint; "
        "%u complaint%s closed, %u answered in time.", s->customers_new, s->customers_won_back,
        s->customers_retained, s->customers_kept, s->complaints_closed, plural (s->complaints_closed),
        s->answered_in_time);
  line (t, "Customer bonus: %s %s.", s->s_customer_bonus, t->currency);
}

static void
write_bonus (Text *t, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  heading (t, "Your bonus");
  g_autofree char *customer = inc_statement_exact (st->report, s->customer_bonus);
  line (t, "Sales bonus %s %s + customer bonus %s %s = %s %s.", st->s_sales_bonus_exact, t->currency, customer,
        t->currency, st->s_bonus_before_cap, t->currency);
  if (st->s_cap == NULL)
    line (t, "Cap: the plan has none.");
  else if (s->capped)
    line (t, "Cap: %s %s; your bonus is above it, so it is lowered to %s %s.", st->s_cap, t->currency, st->s_cap,
          t->currency);
  else
    line (t, "Cap: %s %s, not reached.", st->s_cap, t->currency);
  line (t, "Rounded once to the currency's minor unit (%s): %s → %s %s.",
        inc_rounding_name (st->report->plan->rounding), st->s_bonus_exact, s->s_bonus, t->currency);
  if (inc_dec_sign (st->bonus_after_cap) < 0)
    line (t, "A negative bonus is paid as 0.");
  line (t, "Bonus: %s %s.", s->s_bonus, t->currency);
}

/* Why A is ranked right above B, in words; YOU_ABOVE says which of them the reader is. */
static char *
why_above (const Text *t, const IncentiveStatement *st, const IncentiveStanding *a,
           const IncentiveStanding *b, gboolean you_above)
{
  const char *ya = you_above ? "your" : "their", *yb = you_above ? "their" : "your";
  g_autofree char *aw = inc_statement_exact (st->report, a->weighted);
  g_autofree char *bw = inc_statement_exact (st->report, b->weighted);
  g_autofree char *aa = percent_of (a->s_attainment), *ba = percent_of (b->s_attainment);
  const char *the_equal = st->report->plan->rank_by_attainment ? "attainment and weighted sales are"
                                                                : "weighted sales are";
  switch (a->decided_by)
    {
    case INC_TIE_PRIMARY:
      if (st->report->plan->rank_by_attainment && a->has_target != b->has_target)
        return g_strdup_printf ("%s a target and %s none, and attainment ranks first",
                                you_above ? "you have" : "they have", you_above ? "they have" : "you have");
      if (st->report->plan->rank_by_attainment && a->has_target)
        return g_strdup_printf ("%s attainment %s is higher than %s %s", ya, aa, yb, ba);
      return g_strdup_printf ("%s weighted sales %s %s are higher than %s %s %s", ya, aw, t->currency, yb, bw,
                              t->currency);
    case INC_TIE_ATTAINMENT:
      if (!b->has_target)
        return g_strdup_printf ("the weighted sales are equal (%s %s); %s attainment %s beats %s, as no target "
                                "counts lowest", aw, t->currency, ya, aa, you_above ? "their none" : "your none");
      return g_strdup_printf ("the weighted sales are equal (%s %s); %s attainment %s is higher than %s %s",
                              aw, t->currency, ya, aa, yb, ba);
    case INC_TIE_LINES:
      return g_strdup_printf ("%s equal; %s %" G_GUINT64_FORMAT " accepted lines are more than %s %"
                              G_GUINT64_FORMAT, the_equal, ya, a->lines, yb, b->lines);
    case INC_TIE_EMPLOYEE_ID:
      return g_strdup_printf ("%s equal, and so are attainment and lines; the employee id %s comes before %s "
                              "in byte order", the_equal, a->employee_id, b->employee_id);
    case INC_TIE_NONE:
    default:
      return g_strdup ("");
    }
}

static void
write_rank (Text *t, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  const IncentivePlan *plan = st->report->plan;
  heading (t, "Your rank");
  line (t, "Rank %u of %u, ranked by %s, then by attainment, then by the number of lines, then by employee id.",
        s->rank, st->report->standings->len, plan->rank_by_attainment ? "attainment" : "weighted sales");
  if (st->previous)
    {
      g_autofree char *why = why_above (t, st, st->previous, s, FALSE);
      line (t, "Behind %s (%s, rank %u): %s.", st->previous->name, st->previous->employee_id, st->previous->rank,
            why);
    }
  if (st->next)
    {
      g_autofree char *why = why_above (t, st, s, st->next, TRUE);
      line (t, "Ahead of %s (%s, rank %u): %s.", st->next->name, st->next->employee_id, st->next->rank, why);
    }
  if (s->employee_of_the_month)
    line (t, "You are this period's %s.", plan->title);
}

static void
write_rewards (Text *t, const IncentiveStatement *st)
{
  const IncentiveStanding *s = st->standing;
  if (st->report->plan->rewards->len == 0)
    return;
  heading (t, "Rewards");
  if (st->rewards->len == 0)
    line (t, "No reward this period%s.", inc_dec_sign (s->weighted) > 0 ? "" : " (rewards need weighted sales above zero)");
  for (guint i = 0; i < st->rewards->len; i++)
    {
      const IncentiveRewardGiven *r = st->rewards->pdata[i];
      line (t, "  %s (%s), value %s %s: condition %s, met with %s", r->name, r->category, r->value, t->currency,
            r->condition, r->how_met);
    }
  line (t, "Non-cash value (a benefit in kind for payroll): %s %s.", s->s_non_cash, t->currency);
}

static void
write_rejected (Text *t, const IncentiveStatement *st)
{
  if (st->rejected->len == 0)
    return;
  heading (t, "Your rejected lines");
  line (t, "These lines did not count; ask the payroll clerk to correct and resend them:");
  for (guint i = 0; i < st->rejected->len; i++)
    {
      const IncentiveRejection *r = st->rejected->pdata[i];
      line (t, "  %s line %" G_GUINT64_FORMAT ": %s", r->file, r->line, r->reason);
    }
}

/**
 * incentive_statement_to_text:
 * @statement: a statement
 *
 * The statement in plain words for the salesperson: each figure of their report row with
 * the parts it is made of.  Money is written as in report.json followed by the currency
 * code ("34269.27 EUR").
 *
 * Returns: (transfer full): the text, ending with a newline
 */
char *
incentive_statement_to_text (IncentiveStatement *statement)
{
  const IncentiveStatement *st = statement;
  const IncentiveStanding *s = st->standing;
  Text t = { g_string_new (NULL), st->report->plan->currency };
  line (&t, "Statement for %s (%s)", s->name, s->employee_id);
  line (&t, "%s, period %s, money in %s", st->report->plan->name, st->report->period, t.currency);
  g_string_append_c (t.out, '\n');
  line (&t, "Bonus: %s %s   Weighted sales: %s %s   Rank: %u of %u", s->s_bonus, t.currency, s->s_weighted,
        t.currency, s->rank, st->report->standings->len);
  write_lines (&t, st);
  write_sales (&t, st);
  write_target (&t, st);
  write_sales_bonus (&t, st);
  write_customers (&t, st);
  write_bonus (&t, st);
  write_rank (&t, st);
  write_rewards (&t, st);
  write_rejected (&t, st);
  return g_string_free (t.out, FALSE);
}
