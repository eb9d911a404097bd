/* report.c — the public report, standing and rejection types and their accessors. */
#include "config.h"

#include "standings/report-private.h"

G_DEFINE_BOXED_TYPE (IncentiveReport, incentive_report, incentive_report_ref, incentive_report_unref)
G_DEFINE_BOXED_TYPE (IncentiveStanding, incentive_standing, incentive_standing_ref, incentive_standing_unref)
G_DEFINE_BOXED_TYPE (IncentiveRejection, incentive_rejection, incentive_rejection_ref,
                     incentive_rejection_unref)

static void
credited_free (gpointer p)
{
  IncCreditedCustomer *c = p;
  g_free (c->customer_id);
  g_free (c);
}

IncentiveReport *
inc_report_new (IncentivePlan *plan, const char *period, int period_index)
{
  IncentiveReport *r = g_new0 (IncentiveReport, 1);
  r->ref_count = 1;
  r->plan = incentive_plan_ref (plan);
  r->period = g_strdup (period);
  r->period_index = period_index;
  r->standings = g_ptr_array_new_with_free_func ((GDestroyNotify) incentive_standing_unref);
  r->rejected = g_ptr_array_new_with_free_func ((GDestroyNotify) incentive_rejection_unref);
  r->files = g_ptr_array_new_with_free_func (g_free);
  r->files_sha256 = g_ptr_array_new_with_free_func (g_free);
  r->ledger = inc_ledger_new (plan->minor_digits);
  return r;
}

IncentiveStanding *
inc_standing_new (const char *employee_id, const char *name)
{
  IncentiveStanding *s = g_new0 (IncentiveStanding, 1);
  s->ref_count = 1;
  s->employee_id = g_strdup (employee_id);
  s->name = g_strdup (name);
  s->bands = g_array_new (FALSE, FALSE, sizeof (IncWeightBand));
  s->credited = g_ptr_array_new_with_free_func (credited_free);
  s->rewards = g_ptr_array_new ();
  return s;
}

IncentiveRejection *
inc_rejection_new (const char *file, guint64 line, const char *reason, const char *employee_id)
{
  IncentiveRejection *r = g_new0 (IncentiveRejection, 1);
  r->ref_count = 1;
  r->file = g_strdup (file);
  r->line = line;
  r->reason = g_strdup (reason);
  r->employee_id = g_strdup (employee_id);
  return r;
}

char *
inc_report_money (const IncentiveReport *report, IncDec exact)
{
  IncDec r;
  if (!inc_dec_round (exact, report->plan->minor_digits, report->plan->rounding, &r))
    return g_strdup ("overflow");
  return inc_dec_to_string (r, report->plan->minor_digits);
}

char *
inc_report_ratio (IncDec num, IncDec den)
{
  IncDec r;
  if (!inc_dec_div_round (num, den, 4, INC_ROUND_HALF_UP, &r))
    return g_strdup ("overflow");
  return inc_dec_to_string (r, 4);
}

/**
 * incentive_report_ref:
 * @report: a report
 *
 * Takes one more reference to @report.  A report never changes once incentive_run_finish()
 * has returned it, so any number of holders may read it.
 *
 * Returns: (transfer full): @report
 */
IncentiveReport *
incentive_report_ref (IncentiveReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_atomic_int_inc (&report->ref_count);
  return report;
}

/**
 * incentive_report_unref:
 * @report: (transfer full) (nullable): a report
 *
 * Drops one reference to @report; the last one frees it with its standings and rejections.
 * Standings and rejections the caller took a reference to with incentive_standing_ref() or
 * incentive_rejection_ref() stay valid. %NULL is ignored.
 */
void
incentive_report_unref (IncentiveReport *report)
{
  if (report == NULL || !g_atomic_int_dec_and_test (&report->ref_count))
    return;
  g_ptr_array_unref (report->standings);
  g_ptr_array_unref (report->rejected);
  g_ptr_array_unref (report->files);
  g_ptr_array_unref (report->files_sha256);
  inc_ledger_free (report->ledger);
  g_free (report->period);
  g_free (report->s_gross);
  g_free (report->s_weighted);
  g_free (report->s_bonus);
  g_free (report->statuses_note);
  incentive_plan_unref (report->plan);
  g_free (report);
}

/**
 * incentive_report_get_plan_name:
 * @report: a report
 *
 * The name of the plan the report was computed with: `[plan] name`, or the plan file's name
 * without one. The string belongs to @report and lives as long as it does.
 *
 * Returns: (transfer none): the plan's name
 */
const char *
incentive_report_get_plan_name (IncentiveReport *report)
{
  return report->plan->name;
}

/**
 * incentive_report_get_period:
 * @report: a report
 *
 * The period the report covers: the one given to incentive_run_new() or, without one, the
 * plan's. The string belongs to @report and lives as long as it does.
 *
 * Returns: (transfer none): the period, `YYYY-MM`
 */
const char *
incentive_report_get_period (IncentiveReport *report)
{
  return report->period;
}

/**
 * incentive_report_get_currency:
 * @report: a report
 *
 * The currency of every amount in the report, as the plan names it. The string belongs to
 * @report and lives as long as it does.
 *
 * Returns: (transfer none): the ISO 4217 currency code
 */
const char *
incentive_report_get_currency (IncentiveReport *report)
{
  return report->plan->currency;
}

/**
 * incentive_report_get_title:
 * @report: a report
 *
 * The public title the plan gives the employee of the month (`[recognition] title`,
 * "Employee of the month" by default), as report.json and report.html show it. The string
 * belongs to @report and lives as long as it does.
 *
 * Returns: (transfer none): the public title of the employee of the month
 */
const char *
incentive_report_get_title (IncentiveReport *report)
{
  return report->plan->title;
}

/**
 * incentive_report_get_rows_read:
 * @report: a report
 *
 * How many data lines the run read over all its exports. A header row and blank lines are
 * not counted; every line counted is either accepted or rejected.
 *
 * Returns: the data lines read over all exports (not headers, not blank lines); always
 *   rows accepted + rows rejected
 */
guint64
incentive_report_get_rows_read (IncentiveReport *report)
{
  return report->rows_read;
}

/**
 * incentive_report_get_rows_accepted:
 * @report: a report
 *
 * How many of the lines read count in the period: they passed every check and are in the
 * employees' figures.
 *
 * Returns: the lines that count in the period
 */
guint64
incentive_report_get_rows_accepted (IncentiveReport *report)
{
  return report->rows_accepted;
}

/**
 * incentive_report_get_rows_rejected:
 * @report: a report
 *
 * How many of the lines read were rejected. Each one is listed, with its file, line and
 * reason, by incentive_report_get_rejected().
 *
 * Returns: the lines rejected, each listed with its reason
 */
guint64
incentive_report_get_rows_rejected (IncentiveReport *report)
{
  return report->rows_rejected;
}

/**
 * incentive_report_get_gross_sales:
 * @report: a report
 *
 * The total gross sales: the net amounts of all accepted lines, summed exactly, as money
 * with the currency's minor digits. The string belongs to @report and lives as long as it
 * does.
 *
 * Returns: (transfer none): the exact sum of all accepted net amounts, as money
 */
const char *
incentive_report_get_gross_sales (IncentiveReport *report)
{
  return report->s_gross;
}

/**
 * incentive_report_get_weighted_sales:
 * @report: a report
 *
 * The total weighted sales: every accepted line's net amount × its product weight, summed
 * exactly and then rounded once to minor units with the plan's rounding. The string belongs
 * to @report and lives as long as it does.
 *
 * Returns: (transfer none): the exact sum of all weighted lines, rounded once
 */
const char *
incentive_report_get_weighted_sales (IncentiveReport *report)
{
  return report->s_weighted;
}

/**
 * incentive_report_get_bonus:
 * @report: a report
 *
 * The bonus total: the sum of the employees' rounded bonuses, so that it equals what
 * payroll pays to the cent. The string belongs to @report and lives as long as it does.
 *
 * Returns: (transfer none): the sum of the rounded bonuses: what payroll pays
 */
const char *
incentive_report_get_bonus (IncentiveReport *report)
{
  return report->s_bonus;
}

/**
 * incentive_report_get_n_employees:
 * @report: a report
 *
 * How many employees the report ranks: every employee of the plan's employees file, with
 * zeros for those who sold nothing; without an employees file, every employee with an
 * accepted line.
 *
 * Returns: the number of employees in the ranking
 */
guint
incentive_report_get_n_employees (IncentiveReport *report)
{
  return report->standings->len;
}

/**
 * incentive_report_get_employee:
 * @report: a report
 * @index: 0 for the employee ranked first
 *
 * The employee ranked at @index, to walk the ranking from 0 to
 * incentive_report_get_n_employees() - 1. The standing belongs to @report; take a reference
 * with incentive_standing_ref() to keep it longer.
 *
 * Returns: (transfer none) (nullable): the standing at @index in rank order, or %NULL
 *   past the end
 */
IncentiveStanding *
incentive_report_get_employee (IncentiveReport *report, guint index)
{
  return index < report->standings->len ? report->standings->pdata[index] : NULL;
}

/**
 * incentive_report_find_employee:
 * @report: a report
 * @employee_id: an employee id, matched exactly
 *
 * Looks up an employee's standing by id, compared byte for byte. The standing belongs to
 * @report; take a reference with incentive_standing_ref() to keep it longer.
 *
 * Returns: (transfer none) (nullable): the employee's standing, or %NULL
 */
IncentiveStanding *
incentive_report_find_employee (IncentiveReport *report, const char *employee_id)
{
  for (guint i = 0; i < report->standings->len; i++)
    {
      IncentiveStanding *s = report->standings->pdata[i];
      if (g_strcmp0 (s->employee_id, employee_id) == 0)
        return s;
    }
  return NULL;
}

/**
 * incentive_report_get_employee_of_the_month:
 * @report: a report
 *
 * The employee of the month: the best-ranked employee who is eligible (`[recognition]
 * min-attainment`; employees without a target are eligible) and whose weighted sales are
 * above zero. The standing belongs to @report; take a reference with
 * incentive_standing_ref() to keep it longer.
 *
 * Returns: (transfer none) (nullable): the best-ranked eligible employee with weighted
 *   sales above zero, or %NULL when nobody is eligible
 */
IncentiveStanding *
incentive_report_get_employee_of_the_month (IncentiveReport *report)
{
  return report->employee_of_the_month;
}

/**
 * incentive_report_get_n_rejected:
 * @report: a report
 *
 * How many lines were rejected; the same figure as incentive_report_get_rows_rejected().
 *
 * Returns: the number of rejected lines
 */
guint
incentive_report_get_n_rejected (IncentiveReport *report)
{
  return report->rejected->len;
}

/**
 * incentive_report_get_rejected:
 * @report: a report
 * @index: the rejection's position, in the order the lines were read
 *
 * The rejected line at @index, in the order the exports and their lines were read. The
 * rejection belongs to @report; take a reference with incentive_rejection_ref() to keep it
 * longer.
 *
 * Returns: (transfer none) (nullable): the rejected line, or %NULL past the end
 */
IncentiveRejection *
incentive_report_get_rejected (IncentiveReport *report, guint index)
{
  return index < report->rejected->len ? report->rejected->pdata[index] : NULL;
}

/**
 * incentive_standing_ref:
 * @standing: a standing
 *
 * Takes one more reference to @standing, so that it outlives the report it came from.
 *
 * Returns: (transfer full): @standing
 */
IncentiveStanding *
incentive_standing_ref (IncentiveStanding *standing)
{
  g_atomic_int_inc (&standing->ref_count);
  return standing;
}

/**
 * incentive_standing_unref:
 * @standing: (transfer full) (nullable): a standing
 *
 * Drops one reference to @standing; the last one frees it. %NULL is ignored.
 */
void
incentive_standing_unref (IncentiveStanding *s)
{
  if (s == NULL || !g_atomic_int_dec_and_test (&s->ref_count))
    return;
  g_free (s->employee_id);
  g_free (s->name);
  g_array_unref (s->bands);
  g_ptr_array_unref (s->credited);
  g_ptr_array_unref (s->rewards);
  g_free (s->s_gross);
  g_free (s->s_weighted);
  g_free (s->s_target);
  g_free (s->s_attainment);
  g_free (s->s_plan_share);
  g_free (s->s_sales_bonus);
  g_free (s->s_customer_bonus);
  g_free (s->s_bonus);
  g_free (s->s_ytd_weighted);
  g_free (s->s_ytd_bonus);
  g_free (s->s_non_cash);
  g_free (s);
}

/**
 * incentive_standing_get_rank:
 * @standing: a standing
 *
 * The employee's place in the ranking, from 1. Ties are broken (attainment, lines, employee
 * id), so no two employees share a rank.
 *
 * Returns: the rank, 1 for the first
 */
guint
incentive_standing_get_rank (IncentiveStanding *standing)
{
  return standing->rank;
}

/**
 * incentive_standing_get_employee_id:
 * @standing: a standing
 *
 * The employee's id, as the exports and the employees file write it. The string belongs to
 * @standing.
 *
 * Returns: (transfer none): the employee id
 */
const char *
incentive_standing_get_employee_id (IncentiveStanding *standing)
{
  return standing->employee_id;
}

/**
 * incentive_standing_get_name:
 * @standing: a standing
 *
 * The employee's name from the plan's employees file; the id itself when the plan has no
 * employees file. The string belongs to @standing.
 *
 * Returns: (transfer none): the employee's name (the id when the plan has no employees file)
 */
const char *
incentive_standing_get_name (IncentiveStanding *standing)
{
  return standing->name;
}

/**
 * incentive_standing_get_lines:
 * @standing: a standing
 *
 * How many of the employee's lines were accepted, returns and late lines included.
 *
 * Returns: the employee's accepted lines, returns and late lines included
 */
guint64
incentive_standing_get_lines (IncentiveStanding *standing)
{
  return standing->lines;
}

/**
 * incentive_standing_get_late_lines:
 * @standing: a standing
 *
 * How many of the employee's accepted lines are dated in an earlier period that the history
 * store has closed (credited now under `late-lines=credit`). Always 0 without a history
 * store.
 *
 * Returns: the accepted lines dated in an earlier, closed period
 */
guint64
incentive_standing_get_late_lines (IncentiveStanding *standing)
{
  return standing->late_lines;
}

/**
 * incentive_standing_get_gross_sales:
 * @standing: a standing
 *
 * The employee's gross sales: the net amounts of their accepted lines, summed exactly, as
 * money. The string belongs to @standing.
 *
 * Returns: (transfer none): the sum of the employee's net amounts
 */
const char *
incentive_standing_get_gross_sales (IncentiveStanding *standing)
{
  return standing->s_gross;
}

/**
 * incentive_standing_get_weighted_sales:
 * @standing: a standing
 *
 * The employee's weighted sales (net amount × product weight, summed exactly), rounded once
 * to minor units with the plan's rounding for display. The bonus is computed from the exact
 * value, which incentive_statement_get_weighted_sales_exact() gives. The string belongs to
 * @standing.
 *
 * Returns: (transfer none): the exact weighted sales, rounded to minor units
 */
const char *
incentive_standing_get_weighted_sales (IncentiveStanding *standing)
{
  return standing->s_weighted;
}

/**
 * incentive_standing_get_target:
 * @standing: a standing
 *
 * The employee's personal target from the employees file, as money. The string belongs to
 * @standing.
 *
 * Returns: (transfer none) (nullable): the personal target, or %NULL without one
 */
const char *
incentive_standing_get_target (IncentiveStanding *standing)
{
  return standing->s_target;
}

/**
 * incentive_standing_get_attainment:
 * @standing: a standing
 *
 * The employee's attainment: exact weighted sales ÷ personal target, rounded half-up to
 * four decimals ("1.0375" is 103.75%). The string belongs to @standing.
 *
 * Returns: (transfer none) (nullable): weighted sales ÷ target with four decimals, or %NULL
 *   without a target
 */
const char *
incentive_standing_get_attainment (IncentiveStanding *standing)
{
  return standing->s_attainment;
}

/**
 * incentive_standing_get_plan_share:
 * @standing: a standing
 *
 * The employee's share of the organisation's target (`[plan] target`): exact weighted sales
 * ÷ that target, rounded half-up to four decimals. The string belongs to @standing.
 *
 * Returns: (transfer none) (nullable): weighted sales ÷ the organisation's target, or %NULL
 *   when the plan has none
 */
const char *
incentive_standing_get_plan_share (IncentiveStanding *standing)
{
  return standing->s_plan_share;
}

/**
 * incentive_standing_get_sales_bonus:
 * @standing: a standing
 *
 * The bonus the employee's weighted sales earn under the tiers (or the rate without a
 * target), before the customer bonus is added and before the cap; 0 below the threshold.
 * Rounded once to minor units. The string belongs to @standing.
 *
 * Returns: (transfer none): the bonus earned by sales alone, before the cap, rounded
 */
const char *
incentive_standing_get_sales_bonus (IncentiveStanding *standing)
{
  return standing->s_sales_bonus;
}

/**
 * incentive_standing_get_bonus:
 * @standing: a standing
 *
 * The bonus payroll pays the employee: sales bonus plus customer bonus, capped, then
 * rounded once to minor units; never negative. The string belongs to @standing.
 *
 * Returns: (transfer none): the bonus payroll pays
 */
const char *
incentive_standing_get_bonus (IncentiveStanding *standing)
{
  return standing->s_bonus;
}

/**
 * incentive_standing_get_bonus_minor:
 * @standing: a standing
 *
 * The same bonus as incentive_standing_get_bonus(), as an integer count of the currency's
 * minor units (cents for EUR), for payroll systems that keep money in integers.
 *
 * Returns: the bonus payroll pays, in minor units of the currency (cents)
 */
gint64
incentive_standing_get_bonus_minor (IncentiveStanding *standing)
{
  return standing->bonus_minor;
}

/**
 * incentive_standing_is_employee_of_the_month:
 * @standing: a standing
 *
 * Whether this employee is the report's employee of the month, as
 * incentive_report_get_employee_of_the_month() names it.
 *
 * Returns: %TRUE for the employee of the month
 */
gboolean
incentive_standing_is_employee_of_the_month (IncentiveStanding *standing)
{
  return standing->employee_of_the_month;
}

/**
 * incentive_rejection_ref:
 * @rejection: a rejection
 *
 * Takes one more reference to @rejection, so that it outlives the report or statement it
 * came from.
 *
 * Returns: (transfer full): @rejection
 */
IncentiveRejection *
incentive_rejection_ref (IncentiveRejection *rejection)
{
  g_atomic_int_inc (&rejection->ref_count);
  return rejection;
}

/**
 * incentive_rejection_unref:
 * @rejection: (transfer full) (nullable): a rejection
 *
 * Drops one reference to @rejection; the last one frees it. %NULL is ignored.
 */
void
incentive_rejection_unref (IncentiveRejection *r)
{
  if (r == NULL || !g_atomic_int_dec_and_test (&r->ref_count))
    return;
  g_free (r->file);
  g_free (r->reason);
  g_free (r->employee_id);
  g_free (r);
}

/**
 * incentive_rejection_get_file:
 * @rejection: a rejection
 *
 * The export the line was read from, under the name given to incentive_run_add_file() (the
 * path itself by default), incentive_run_add_stream() or incentive_run_add_bytes(). The
 * string belongs to @rejection.
 *
 * Returns: (transfer none): the export's name as it was given
 */
const char *
incentive_rejection_get_file (IncentiveRejection *rejection)
{
  return rejection->file;
}

/**
 * incentive_rejection_get_line:
 * @rejection: a rejection
 *
 * The physical line of the export on which the rejected record starts, the header row being
 * line 1. A record whose quoted field spans several lines is cited by its first line.
 *
 * Returns: the physical line on which the record starts (the header is line 1)
 */
guint64
incentive_rejection_get_line (IncentiveRejection *rejection)
{
  return rejection->line;
}

/**
 * incentive_rejection_get_reason:
 * @rejection: a rejection
 *
 * Why the line was rejected, in words a person understands, naming the value at fault
 * ("unknown employee 'E9' (not in the employees file)", "duplicate txn_id 'T1' (first seen
 * at sales.csv line 4)"). The string belongs to @rejection.
 *
 * Returns: (transfer none): why the line was rejected
 */
const char *
incentive_rejection_get_reason (IncentiveRejection *rejection)
{
  return rejection->reason;
}

/**
 * incentive_rejection_get_employee_id:
 * @rejection: a rejection
 *
 * The employee id the rejected line names, when it has a usable one, so that the line can
 * be shown on that employee's statement. The string belongs to @rejection.
 *
 * Returns: (transfer none) (nullable): the line's employee id, when it had one
 */
const char *
incentive_rejection_get_employee_id (IncentiveRejection *rejection)
{
  return rejection->employee_id;
}
