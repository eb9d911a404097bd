/* cli-outputs.c — --output-dir and --statements, in two steps: every file is first written
 * into a hidden staging folder inside its destination, and only published (renamed into
 * place) once the command has done what it must.  `close` publishes after the period is
 * recorded, so an output that cannot be written refuses the close before the store is
 * touched, and a refused close writes nothing. */
#include <errno.h>
#include <glib/gstdio.h>

#include "incentive-cli.h"

typedef struct {
  char *final;     /* the folder the user named */
  char *staging;   /* FINAL/.incentive-staging-XXXXXX */
  gboolean created; /* FINAL did not exist before */
} StagedFolder;

struct _CliStaged {
  GArray *folders; /* StagedFolder */
};

static void
remove_folder (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;
  const char *name;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_unlink (file);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static gboolean
stage_folder (CliStaged *staged, const char *final, GError **error)
{
  StagedFolder f = { g_strdup (final), NULL, !g_file_test (final, G_FILE_TEST_EXISTS) };
  if (g_mkdir_with_parents (final, 0777) != 0)
    {
      int e = errno;
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot create the folder: %s", final,
                   g_strerror (e));
      g_free (f.final);
      return FALSE;
    }
  f.staging = g_build_filename (final, ".incentive-staging-XXXXXX", NULL);
  if (g_mkdtemp (f.staging) == NULL)
    {
      int e = errno;
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot write in the folder: %s", final,
                   g_strerror (e));
      if (f.created)
        g_rmdir (final);
      g_free (f.staging);
      g_free (f.final);
      return FALSE;
    }
  g_array_append_val (staged->folders, f);
  return TRUE;
}

void
cli_staged_free (CliStaged *staged)
{
  if (staged == NULL)
    return;
  for (guint i = 0; i < staged->folders->len; i++)
    {
      StagedFolder *f = &g_array_index (staged->folders, StagedFolder, i);
      remove_folder (f->staging);
      if (f->created)
        g_rmdir (f->final); /* only when it is still empty */
      g_free (f->staging);
      g_free (f->final);
    }
  g_array_unref (staged->folders);
  g_free (staged);
}

CliStaged *
cli_stage_outputs (IncentiveReport *report, const CliOptions *o, GError **error)
{
  CliStaged *staged = g_new0 (CliStaged, 1);
  staged->folders = g_array_new (FALSE, FALSE, sizeof (StagedFolder));
  gboolean ok = TRUE;
  if (o->output_dir)
    ok = stage_folder (staged, o->output_dir, error)
         && incentive_report_write_files (
           report, g_array_index (staged->folders, StagedFolder, staged->folders->len - 1).staging, error);
  if (ok && o->statements)
    ok = stage_folder (staged, o->statements, error)
         && incentive_report_write_statements (
           report, g_array_index (staged->folders, StagedFolder, staged->folders->len - 1).staging, error);
  if (!ok)
    {
      cli_staged_free (staged);
      return NULL;
    }
  return staged;
}

gboolean
cli_publish_outputs (CliStaged *staged, GError **error)
{
  for (guint i = 0; i < staged->folders->len; i++)
    {
      StagedFolder *f = &g_array_index (staged->folders, StagedFolder, i);
      GDir *dir = g_dir_open (f->staging, 0, error);
      if (dir == NULL)
        return FALSE;
      const char *name;
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *from = g_build_filename (f->staging, name, NULL);
          g_autofree char *to = g_build_filename (f->final, name, NULL);
          if (g_rename (from, to) != 0)
            {
              int e = errno;
              g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot rename into place: %s",
                           to, g_strerror (e));
              g_dir_close (dir);
              return FALSE;
            }
        }
      g_dir_close (dir);
      f->created = FALSE; /* it now holds the outputs */
    }
  return TRUE;
}
