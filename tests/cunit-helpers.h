/* cunit-helpers.h — what every CUnit test program here shares: a main that runs the
 * suites it is given and fails the build when any assertion fails, and small helpers for
 * exact decimals.  Each test program includes it once. */
#pragma once

#include <CUnit/Basic.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>

typedef struct {
  const char *name;
  CU_TestFunc func;
} TestCase;

typedef struct {
  const char *name;
  const TestCase *tests; /* ends with { NULL, NULL } */
} TestSuite;

/* Runs SUITES (ending with { NULL, NULL }); the exit status is 0 only when all passed. */
static inline int
run_test_suites (const TestSuite *suites)
{
  if (CU_initialize_registry () != CUE_SUCCESS)
    return 2;
  for (const TestSuite *s = suites; s->name; s++)
    {
      CU_pSuite suite = CU_add_suite (s->name, NULL, NULL);
      for (const TestCase *t = s->tests; t->name; t++)
        CU_add_test (suite, t->name, t->func);
    }
  CU_basic_set_mode (CU_BRM_VERBOSE);
  CU_basic_run_tests ();
  unsigned failures = CU_get_number_of_failures () + CU_get_number_of_tests_failed ();
  CU_cleanup_registry ();
  return failures == 0 ? 0 : 1;
}

/* Path of a file in the source tree (TEST_SRCDIR is set by the Makefile). */
static inline char *
test_srcdir_path (const char *relative)
{
  return g_build_filename (TEST_SRCDIR, relative, NULL);
}

/* Removes PATH and, for a folder, everything in it (not following symbolic links): the
 * scratch folders the tests make. */
static inline void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      GDir *d = g_dir_open (path, 0, NULL);
      const char *name;
      while (d && (name = g_dir_read_name (d)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      if (d)
        g_dir_close (d);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}
