/* writer-html.c — report.html (placeholder while the page is built). */
#include "config.h"

#include "statement-private.h"

/**
 * incentive_report_to_html:
 * @report: a report
 *
 * Returns: (transfer full): the page
 */
char *
incentive_report_to_html (IncentiveReport *report)
{
  return g_strdup (report->period);
}
