/* dates-private.h — dates as sales exports and complaint logs write them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  int year, month, day;
  int seconds_of_day; /* 0 when no time was written */
} IncDate;

/* Parses TEXT with FORMAT (NULL: ISO %Y-%m-%d).  Numbers may lack leading zeros.  A time
 * of day may follow after 'T' or a space: HH:MM, optionally :SS, a fraction and a zone
 * (Z, +02:00, +0200); it is kept in seconds_of_day (the zone is ignored: the date as
 * written decides).  Anything else after the date makes it a bad date. */
gboolean inc_date_parse (const char *text, gsize len, const char *format, IncDate *out);

/* Days since 0001-01-01, to compare and subtract dates. */
gint64 inc_date_day_number (const IncDate *date);

/* Months since year 0, to compare periods: 2026-10 → 2026 * 12 + 9. */
static inline int
inc_month_index (int year, int month)
{
  return year * 12 + (month - 1);
}

char *inc_period_format (int month_index); /* "YYYY-MM"; g_free() */

G_END_DECLS
