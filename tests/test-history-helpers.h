/* test-history-helpers.h — a scratch folder with a plan, and months run or closed in it,
 * for the history and customer tests. */
#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "incentive/incentive.h"

typedef struct {
  char *dir;
  char *plan_path;
} Scratch;

static inline void
scratch_write (Scratch *s, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (s->dir, name, NULL);
  g_file_set_contents (path, text, -1, NULL);
}

/* A folder with plan.ini (PLAN_TEXT) and employees.csv (E1 Ann 1000, E2 Bob 1000). */
static inline Scratch *
scratch_new (const char *plan_text)
{
  Scratch *s = g_new0 (Scratch, 1);
  s->dir = g_dir_make_tmp ("incentive-history-XXXXXX", NULL);
  s->plan_path = g_build_filename (s->dir, "plan.ini", NULL);
  scratch_write (s, "plan.ini", plan_text);
  scratch_write (s, "employees.csv", "employee_id,name,target\nE1,Ann,1000\nE2,Bob,1000\n");
  return s;
}

static inline void
scratch_free (Scratch *s)
{
  g_autoptr (GDir) d = g_dir_open (s->dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (s->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (s->dir);
  g_free (s->dir);
  g_free (s->plan_path);
  g_free (s);
}

static inline char *
scratch_path (Scratch *s, const char *name)
{
  return g_build_filename (s->dir, name, NULL);
}

/* Runs PERIOD over the export text SALES (named NAME); NULL with ERROR on refusal. */
static inline IncentiveReport *
scratch_run (Scratch *s, const char *period, const char *name, const char *sales, GError **error)
{
  g_autoptr (IncentivePlan) plan = incentive_plan_load (s->plan_path, error);
  if (plan == NULL)
    return NULL;
  g_autoptr (IncentiveRun) run = incentive_run_new (plan, period, error);
  if (run == NULL)
    return NULL;
  g_autoptr (GBytes) bytes = g_bytes_new (sales, strlen (sales));
  if (!incentive_run_add_bytes (run, bytes, name, error))
    return NULL;
  return incentive_run_finish (run, error);
}

/* Runs and closes PERIOD; returns the error code, or -1 when it closed. */
static inline int
scratch_close (Scratch *s, const char *period, const char *name, const char *sales, gboolean reopen)
{
  GError *error = NULL;
  g_autoptr (IncentiveReport) report = scratch_run (s, period, name, sales, &error);
  if (report && incentive_report_close_period (report, reopen, &error))
    return -1;
  int code = error ? error->code : -2;
  g_clear_error (&error);
  return code;
}

static inline char *
file_sha256 (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &data, &len, NULL))
    return g_strdup ("unreadable");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}
