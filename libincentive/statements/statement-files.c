/* statement-files.c — `--statements DIR`: each employee's statement as ID.txt and ID.json,
 * with employee ids encoded so that no id can name a file outside DIR. */
#include "config.h"

#include <string.h>

#include "incentive/incentive-error.h"
#include "statements/statement-private.h"
#include "writers/writers-private.h"

/* Bytes kept as they are in a file name; everything else is written %XX. */
static gboolean
safe_byte (unsigned char c, gboolean first)
{
  if (g_ascii_isalnum (c) || c == '-' || c == '_')
    return TRUE;
  return c == '.' && !first;
}

#define MAX_FILE_NAME_BASE 200 /* leaves room for ".json" and the temporary suffix */

/**
 * incentive_statement_file_name:
 * @employee_id: an employee id
 * @error: return location for a #GError, or %NULL
 *
 * The base name (without `.txt` or `.json`) of an employee's statement files.  Letters,
 * digits, `-`, `_` and `.` (not first) are kept; every other byte, `%` included, is written
 * as `%XX` (upper-case hex), so `../x` becomes `%2E.%2Fx` and no name leaves its folder or
 * hides as a dot file, and two ids never share a name.  An empty id, or one whose name would
 * be longer than 200 bytes, is %INCENTIVE_ERROR_INVALID_ARGUMENT.
 *
 * Returns: (transfer full): the base name, or %NULL with @error set
 */
char *
incentive_statement_file_name (const char *employee_id, GError **error)
{
  g_return_val_if_fail (employee_id != NULL, NULL);
  if (*employee_id == '\0')
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT,
                   "an empty employee id cannot name a statement file");
      return NULL;
    }
  GString *name = g_string_new (NULL);
  for (const unsigned char *p = (const unsigned char *) employee_id; *p; p++)
    {
      if (safe_byte (*p, p == (const unsigned char *) employee_id))
        g_string_append_c (name, (char) *p);
      else
        g_string_append_printf (name, "%%%02X", *p);
    }
  if (name->len > MAX_FILE_NAME_BASE)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_ARGUMENT,
                   "employee id '%.40s…' is too long to name a statement file", employee_id);
      g_string_free (name, TRUE);
      return NULL;
    }
  return g_string_free (name, FALSE);
}

/**
 * incentive_report_write_statements:
 * @report: a report
 * @directory: (type filename): the folder; created when missing
 * @error: return location for a #GError, or %NULL
 *
 * Writes `ID.txt` and `ID.json` for every employee of @report into @directory, ID named as
 * incentive_statement_file_name() says.  Every name is checked before anything is written,
 * and all files are written to temporary files and renamed into place together, so a
 * failure leaves none of them half-written.  An id that cannot name a file, or a
 * statement that cannot be computed, fails before anything is written
 * (%INCENTIVE_ERROR_INVALID_ARGUMENT, %INCENTIVE_ERROR_OVERFLOW); a folder that cannot be
 * created or written is %INCENTIVE_ERROR_IO.
 *
 * Returns: %TRUE on success
 */
gboolean
incentive_report_write_statements (IncentiveReport *report, const char *directory, GError **error)
{
  g_return_val_if_fail (report != NULL && directory != NULL, FALSE);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < report->standings->len; i++)
    {
      const IncentiveStanding *s = report->standings->pdata[i];
      g_autofree char *base = incentive_statement_file_name (s->employee_id, error);
      if (base == NULL)
        return FALSE;
      g_autoptr (IncentiveStatement) st = incentive_report_get_statement (report, s->employee_id, error);
      if (st == NULL)
        return FALSE;
      g_ptr_array_add (names, g_strconcat (base, ".txt", NULL));
      g_ptr_array_add (contents, incentive_statement_to_text (st));
      g_ptr_array_add (names, g_strconcat (base, ".json", NULL));
      g_ptr_array_add (contents, incentive_statement_to_json (st));
    }
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (contents, NULL);
  return inc_write_files_atomically (directory, (const char *const *) names->pdata,
                                     (const char *const *) contents->pdata, error);
}
