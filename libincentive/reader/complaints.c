/* complaints.c — reads the complaint log, checking every line. */
#include "config.h"

#include <string.h>

#include "reader/complaints-private.h"
#include "reader/csv-source-private.h"
#include "incentive/incentive-error.h"

enum { C_ID, C_CUSTOMER, C_EMPLOYEE, C_OPENED, C_CLOSED, C_OUTCOME, C_N };
static const char *const column_names[C_N] = {
  "complaint_id", "customer_id", "employee_id", "opened", "closed", "outcome",
};

typedef struct {
  const IncentivePlan *plan;
  const char *name;
  gboolean header_done;
  guint n_fields;
  int index[C_N];
  GPtrArray *complaints;
  GHashTable *seen;        /* complaint_id → IncComplaint* */
} Reader;

static void
complaint_free (gpointer p)
{
  IncComplaint *c = p;
  g_free (c->complaint_id);
  g_free (c->customer_id);
  g_free (c->employee_id);
  g_free (c);
}

gint64
inc_date_seconds (const IncDate *date)
{
  return inc_date_day_number (date) * 86400 + date->seconds_of_day;
}

static gboolean
bad_line (Reader *r, guint64 line, GError **error, const char *format, ...) G_GNUC_PRINTF (4, 5);

static gboolean
bad_line (Reader *r, guint64 line, GError **error, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *why = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN,
               "%s line %" G_GUINT64_FORMAT ": %s (a bad complaint line refuses the run)", r->name,
               line, why);
  return FALSE;
}

static char *
field (const IncCsvRecord *record, int index)
{
  char *s = g_strndup (record->fields[index], record->lengths[index]);
  return g_strstrip (s);
}

static gboolean
on_header (Reader *r, const IncCsvRecord *record, GError **error)
{
  r->header_done = TRUE;
  r->n_fields = record->n_fields;
  for (int c = 0; c < C_N; c++)
    {
      r->index[c] = inc_csv_find_column (record, column_names[c]);
      if (r->index[c] < 0)
        {
          g_autofree char *found = inc_csv_describe_header (record);
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN,
                       "%s: missing column '%s' (the log needs complaint_id, customer_id, "
                       "employee_id, opened, closed, outcome; found: %s)", r->name, column_names[c], found);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
parse_when (Reader *r, const IncCsvRecord *record, const char *what, const char *text, IncDate *out,
            GError **error)
{
  if (!inc_date_parse (text, strlen (text), r->plan->date_format, out))
    return bad_line (r, record->line, error, "bad date in %s: '%s' (expected %s, optionally followed by "
                     "T or a space and HH:MM[:SS])", what, text,
                     r->plan->date_format ? r->plan->date_format : "YYYY-MM-DD");
  return TRUE;
}

static gboolean
on_record (const IncCsvRecord *record, gpointer user_data, GError **error)
{
  Reader *r = user_data;
  if (!r->header_done)
    return on_header (r, record, error);
  if (record->problem)
    return bad_line (r, record->line, error, "%s", record->problem);
  if (record->n_fields != r->n_fields)
    return bad_line (r, record->line, error, "too %s fields (%u, the header has %u)",
                     record->n_fields < r->n_fields ? "few" : "many", record->n_fields, r->n_fields);

  char *f[C_N];
  for (int c = 0; c < C_N; c++)
    f[c] = field (record, r->index[c]);
  IncComplaint *c = g_new0 (IncComplaint, 1);
  c->line = record->line;
  c->complaint_id = g_strdup (f[C_ID]);
  c->customer_id = g_strdup (f[C_CUSTOMER]);
  c->employee_id = g_strdup (f[C_EMPLOYEE]);
  gboolean ok = FALSE;
  IncComplaint *first;
  if (*f[C_ID] == '\0')
    bad_line (r, record->line, error, "missing complaint_id");
  else if (*f[C_CUSTOMER] == '\0')
    bad_line (r, record->line, error, "missing customer_id");
  else if (*f[C_EMPLOYEE] == '\0')
    bad_line (r, record->line, error, "missing employee_id");
  else if (*f[C_OPENED] == '\0')
    bad_line (r, record->line, error, "missing opened");
  else if ((first = g_hash_table_lookup (r->seen, f[C_ID])))
    bad_line (r, record->line, error, "duplicate complaint_id '%s' (first at line %" G_GUINT64_FORMAT ")",
              f[C_ID], first->line);
  else if (!parse_when (r, record, "opened", f[C_OPENED], &c->opened, error))
    ;
  else if (*f[C_CLOSED] && !parse_when (r, record, "closed", f[C_CLOSED], &c->closed, error))
    ;
  else
    {
      c->has_closed = *f[C_CLOSED] != '\0';
      const char *o = f[C_OUTCOME];
      if (g_ascii_strcasecmp (o, "resolved") == 0)
        c->outcome = INC_OUTCOME_RESOLVED;
      else if (g_ascii_strcasecmp (o, "unresolved") == 0)
        c->outcome = INC_OUTCOME_UNRESOLVED;
      else if (g_ascii_strcasecmp (o, "lost") == 0)
        c->outcome = INC_OUTCOME_LOST;
      else if (*o)
        {
          bad_line (r, record->line, error, "bad outcome '%s' (expected resolved, unresolved or lost)", o);
          goto out;
        }
      if (c->has_closed && c->outcome == INC_OUTCOME_NONE)
        bad_line (r, record->line, error, "missing outcome of a closed complaint (resolved, unresolved or lost)");
      else if (c->has_closed && inc_date_seconds (&c->closed) < inc_date_seconds (&c->opened))
        bad_line (r, record->line, error, "closed before opened (opened '%s', closed '%s')", f[C_OPENED],
                  f[C_CLOSED]);
      else
        ok = TRUE;
    }
out:
  for (int i = 0; i < C_N; i++)
    g_free (f[i]);
  if (!ok)
    {
      complaint_free (c);
      return FALSE;
    }
  g_ptr_array_add (r->complaints, c);
  g_hash_table_insert (r->seen, c->complaint_id, c);
  return TRUE;
}

GPtrArray *
inc_complaints_read (const IncentivePlan *plan, const char *path, const char *name, GError **error)
{
  Reader r = { plan, name, FALSE, 0, { 0 }, g_ptr_array_new_with_free_func (complaint_free),
               g_hash_table_new (g_str_hash, g_str_equal) };
  /* Read like a sales export, but the plan's delimiter is the exports' own: the log's
   * delimiter is found from its header. */
  IncCsvDialect dialect = { 0, plan->encoding };
  gboolean ok = inc_csv_read_file (path, name, &dialect, on_record, &r, error);
  if (ok && !r.header_done)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN,
                   "%s: the complaint log is empty (a header row is required)", name);
      ok = FALSE;
    }
  g_hash_table_unref (r.seen);
  if (!ok)
    {
      g_ptr_array_unref (r.complaints);
      return NULL;
    }
  return r.complaints;
}
