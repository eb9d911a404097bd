/* dates.c — parses the dates of sales lines and complaints, exactly and strictly. */
#include "config.h"

#include <string.h>

#include "money/dates-private.h"
#include "plan/plan-tables-private.h"

gboolean
inc_date_format_check (const char *format, const char **why)
{
  gboolean d = FALSE, m = FALSE, y = FALSE;
  for (const char *p = format; *p; p++)
    {
      if (*p != '%')
        {
          if (g_ascii_isdigit (*p))
            {
              *why = "digits cannot be literal characters of a date format";
              return FALSE;
            }
          continue;
        }
      p++;
      gboolean *seen;
      switch (*p)
        {
        case 'd': seen = &d; break;
        case 'm': seen = &m; break;
        case 'Y':
        case 'y': seen = &y; break;
        default:
          *why = "only %d, %m, %Y and %y are understood";
          return FALSE;
        }
      if (*seen)
        {
          *why = "a part of the date appears twice";
          return FALSE;
        }
      *seen = TRUE;
    }
  if (!d || !m || !y)
    {
      *why = "needs a day (%d), a month (%m) and a year (%Y or %y)";
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_number (const char **p, const char *end, int min_digits, int max_digits, int *out)
{
  int n = 0, v = 0;
  while (*p < end && n < max_digits && g_ascii_isdigit (**p))
    {
      v = v * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  if (n < min_digits)
    return FALSE;
  *out = v;
  return TRUE;
}

/* HH:MM[:SS[.fff]][Z|±HH:MM|±HHMM] */
static gboolean
parse_time (const char *p, const char *end, int *seconds)
{
  int h, mi, s = 0;
  if (!read_number (&p, end, 1, 2, &h) || p >= end || *p++ != ':' || !read_number (&p, end, 2, 2, &mi))
    return FALSE;
  if (p < end && *p == ':')
    {
      p++;
      if (!read_number (&p, end, 2, 2, &s))
        return FALSE;
      if (p < end && (*p == '.' || *p == ','))
        {
          p++;
          int frac;
          if (!read_number (&p, end, 1, 9, &frac))
            return FALSE;
          while (p < end && g_ascii_isdigit (*p))
            p++;
        }
    }
  if (h > 23 || mi > 59 || s > 60)
    return FALSE;
  if (p < end && *p == 'Z')
    p++;
  else if (p < end && (*p == '+' || *p == '-'))
    {
      p++;
      int zh, zm = 0;
      if (!read_number (&p, end, 2, 2, &zh))
        return FALSE;
      /* +02, +0200 or +02:00; a colon promises the minutes ("+02:" is not a zone). */
      gboolean colon = p < end && *p == ':';
      if (colon)
        p++;
      if ((colon || p < end) && !read_number (&p, end, 2, 2, &zm))
        return FALSE;
      if (zh > 23 || zm > 59)
        return FALSE;
    }
  if (p != end)
    return FALSE;
  *seconds = h * 3600 + mi * 60 + MIN (s, 59);
  return TRUE;
}

gboolean
inc_date_parse (const char *text, gsize len, const char *format, IncDate *out)
{
  const char *p = text, *end = text + len;
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  if (format == NULL)
    format = "%Y-%m-%d";

  int y = -1, m = -1, d = -1;
  for (const char *f = format; *f; f++)
    {
      if (*f != '%')
        {
          if (p >= end || *p != *f)
            return FALSE;
          p++;
          continue;
        }
      f++;
      switch (*f)
        {
        case 'd':
          if (!read_number (&p, end, 1, 2, &d))
            return FALSE;
          break;
        case 'm':
          if (!read_number (&p, end, 1, 2, &m))
            return FALSE;
          break;
        case 'Y':
          if (!read_number (&p, end, 4, 4, &y))
            return FALSE;
          break;
        case 'y':
          if (!read_number (&p, end, 2, 2, &y))
            return FALSE;
          y += 2000;
          break;
        default:
          return FALSE;
        }
    }
  if (y < 1 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  int seconds = 0;
  if (p < end)
    {
      if (*p != 'T' && *p != ' ')
        return FALSE;
      p++;
      if (!parse_time (p, end, &seconds))
        return FALSE;
    }
  out->year = y;
  out->month = m;
  out->day = d;
  out->seconds_of_day = seconds;
  return TRUE;
}

gint64
inc_date_day_number (const IncDate *date)
{
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) date->day, (GDateMonth) date->month, (GDateYear) date->year);
  return g_date_get_julian (&g);
}

char *
inc_period_format (int month_index)
{
  return g_strdup_printf ("%04d-%02d", month_index / 12, month_index % 12 + 1);
}
