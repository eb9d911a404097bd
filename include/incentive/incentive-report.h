/* incentive-report.h — what a monthly run found: per-employee standings, the employee of
 * the month, the rejected lines, and the files payroll reads. */
#pragma once

#if !defined(__INCENTIVE_INSIDE__) && !defined(INCENTIVE_COMPILATION)
#error "Only <incentive/incentive.h> can be included directly."
#endif

#include <glib-object.h>

#include <incentive/incentive-macros.h>

G_BEGIN_DECLS

/**
 * IncentiveReport:
 *
 * The immutable result of a run.  Money is given as exact decimal strings with the
 * currency's minor digits ("1234.50") and, where payroll needs it, as integer minor units;
 * ratios as strings with four decimals ("1.0375").
 *
 * A report is created by incentive_run_finish() and freed with incentive_report_unref()
 * (or g_autoptr()).  It owns its standings and rejections and every string its getters
 * return: they stay valid as long as the report does.
 */
typedef struct _IncentiveReport IncentiveReport;

/**
 * IncentiveStanding:
 *
 * One employee's row of the report: sales, contribution, bonus and rank.
 *
 * Standings are made only by a run.  incentive_report_get_employee(),
 * incentive_report_find_employee() and incentive_report_get_employee_of_the_month() lend
 * one that the report owns; incentive_standing_ref() keeps it beyond the report, and
 * incentive_standing_unref() releases that reference.  Strings returned by its getters
 * belong to the standing.
 */
typedef struct _IncentiveStanding IncentiveStanding;

/**
 * IncentiveRejection:
 *
 * A sales line that was not accepted: the export's name as given, the physical line on
 * which the record starts, and the reason in words.
 *
 * Rejections are made only by a run.  incentive_report_get_rejected() lends one that the
 * report owns; incentive_statement_get_rejected() returns an array that holds a reference
 * to each.  incentive_rejection_ref() keeps one longer and incentive_rejection_unref()
 * releases it.
 */
typedef struct _IncentiveRejection IncentiveRejection;

#define INCENTIVE_TYPE_REPORT (incentive_report_get_type ())
#define INCENTIVE_TYPE_STANDING (incentive_standing_get_type ())
#define INCENTIVE_TYPE_REJECTION (incentive_rejection_get_type ())

INCENTIVE_AVAILABLE_IN_1_0
GType incentive_report_get_type (void) G_GNUC_CONST;
INCENTIVE_AVAILABLE_IN_1_0
GType incentive_standing_get_type (void) G_GNUC_CONST;
INCENTIVE_AVAILABLE_IN_1_0
GType incentive_rejection_get_type (void) G_GNUC_CONST;

INCENTIVE_AVAILABLE_IN_1_0
IncentiveReport *incentive_report_ref (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_report_unref (IncentiveReport *report);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_report_get_plan_name (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_report_get_period (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_report_get_currency (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_report_get_rows_read (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_report_get_rows_accepted (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_report_get_rows_rejected (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_report_get_gross_sales (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_report_get_weighted_sales (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_report_get_bonus (IncentiveReport *report);

INCENTIVE_AVAILABLE_IN_1_0
guint incentive_report_get_n_employees (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
IncentiveStanding *incentive_report_get_employee (IncentiveReport *report, guint index);
INCENTIVE_AVAILABLE_IN_1_0
IncentiveStanding *incentive_report_find_employee (IncentiveReport *report, const char *employee_id);
INCENTIVE_AVAILABLE_IN_1_0
IncentiveStanding *incentive_report_get_employee_of_the_month (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_report_get_title (IncentiveReport *report);

INCENTIVE_AVAILABLE_IN_1_0
guint incentive_report_get_n_rejected (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
IncentiveRejection *incentive_report_get_rejected (IncentiveReport *report, guint index);

INCENTIVE_AVAILABLE_IN_1_0
char *incentive_report_to_json (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
char *incentive_report_to_rankings_csv (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
char *incentive_report_to_payroll_csv (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
char *incentive_report_to_table (IncentiveReport *report);
INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_report_write_files (IncentiveReport *report, const char *directory,
                                       GError **error);

INCENTIVE_AVAILABLE_IN_1_0
IncentiveStanding *incentive_standing_ref (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_standing_unref (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint incentive_standing_get_rank (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_employee_id (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_name (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_standing_get_lines (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_standing_get_late_lines (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_gross_sales (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_weighted_sales (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_target (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_attainment (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_plan_share (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_sales_bonus (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_standing_get_bonus (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
gint64 incentive_standing_get_bonus_minor (IncentiveStanding *standing);
INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_standing_is_employee_of_the_month (IncentiveStanding *standing);

INCENTIVE_AVAILABLE_IN_1_0
IncentiveRejection *incentive_rejection_ref (IncentiveRejection *rejection);
INCENTIVE_AVAILABLE_IN_1_0
void incentive_rejection_unref (IncentiveRejection *rejection);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_rejection_get_file (IncentiveRejection *rejection);
INCENTIVE_AVAILABLE_IN_1_0
guint64 incentive_rejection_get_line (IncentiveRejection *rejection);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_rejection_get_reason (IncentiveRejection *rejection);
INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_rejection_get_employee_id (IncentiveRejection *rejection);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveReport, incentive_report_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveStanding, incentive_standing_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveRejection, incentive_rejection_unref)

G_END_DECLS
