/* writer-files.c — the output folder: every file is written to a temporary file beside
 * its final name and renamed into place only when all are written. */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "incentive/incentive-error.h"
#include "incentive/incentive-statement.h"
#include "writers/writers-private.h"

static gboolean
write_all (int fd, const char *data, gsize len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, data, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= (gsize) n;
    }
  return TRUE;
}

gboolean
inc_write_files_atomically (const char *directory, const char *const *files,
                            const char *const *contents, GError **error)
{
  if (g_mkdir_with_parents (directory, 0777) != 0)
    {
      int e = errno;
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot create the folder: %s",
                   directory, g_strerror (e));
      return FALSE;
    }
  guint n = g_strv_length ((char **) files);
  g_autoptr (GPtrArray) temps = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = TRUE;
  for (guint i = 0; i < n && ok; i++)
    {
      char *temp = g_strdup_printf ("%s/.%s.XXXXXX", directory, files[i]);
      int fd = g_mkstemp (temp);
      if (fd < 0)
        {
          int e = errno;
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot write in the folder: %s",
                       directory, g_strerror (e));
          g_free (temp);
          ok = FALSE;
          break;
        }
      g_ptr_array_add (temps, temp);
      if (!write_all (fd, contents[i], strlen (contents[i])) || fsync (fd) != 0)
        {
          int e = errno;
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s/%s: cannot write: %s", directory,
                       files[i], g_strerror (e));
          ok = FALSE;
        }
      fchmod (fd, 0644);
      close (fd);
    }
  /* Renamed only once every file is written: a failure before this point leaves the
   * folder as it was.  Each rename is atomic, so no file is ever half-written. */
  guint renamed = 0;
  for (; renamed < temps->len && ok; renamed++)
    {
      g_autofree char *final = g_build_filename (directory, files[renamed], NULL);
      if (g_rename (temps->pdata[renamed], final) != 0)
        {
          int e = errno;
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot rename into place: %s",
                       final, g_strerror (e));
          ok = FALSE;
          break;
        }
    }
  if (!ok)
    for (guint i = renamed; i < temps->len; i++)
      g_unlink (temps->pdata[i]);
  return ok;
}

/**
 * incentive_report_write_files:
 * @report: a report
 * @directory: (type filename): the output folder; created when missing
 * @error: return location for a #GError, or %NULL
 *
 * Writes report.json, rankings.csv, payroll.csv, rewards.csv and report.html (the page for
 * the office wall, see incentive_report_to_html()) into @directory.  All
 * are written to temporary files first and renamed into place only when every one is
 * written, so a failure while writing leaves the folder as it was and no file is ever
 * half-written.  Files of those names already in @directory are
 * replaced; other files are left alone.  A folder that cannot be created or written, or a
 * rename that fails, is %INCENTIVE_ERROR_IO.
 *
 * Returns: %TRUE on success
 */
gboolean
incentive_report_write_files (IncentiveReport *report, const char *directory, GError **error)
{
  g_return_val_if_fail (report != NULL && directory != NULL, FALSE);
  g_autofree char *json = incentive_report_to_json (report);
  g_autofree char *rankings = incentive_report_to_rankings_csv (report);
  g_autofree char *payroll = incentive_report_to_payroll_csv (report);
  g_autofree char *rewards = inc_report_to_rewards_csv (report);
  g_autofree char *html = incentive_report_to_html (report);
  const char *const files[] = { "report.json", "rankings.csv", "payroll.csv", "rewards.csv", "report.html", NULL };
  const char *const contents[] = { json, rankings, payroll, rewards, html, NULL };
  return inc_write_files_atomically (directory, files, contents, error);
}
