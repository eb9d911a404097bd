/* replay.c — runs a fuzz target over saved inputs without a fuzzer, so that make check
 * replays the seed corpus and every crash ever found.
 *
 *   replay-TARGET [FILE-OR-FOLDER...]
 *
 * Without arguments it reads FUZZ_CORPUS (set by the Makefile).  A crash aborts, as it
 * would under the fuzzer; the name of the input is printed before it is run. */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static guint n_inputs;

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static int
replay_path (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GError) error = NULL;
      GDir *d = g_dir_open (path, 0, &error);
      if (d == NULL)
        {
          fprintf (stderr, "replay: %s\n", error->message);
          return 1;
        }
      /* Sorted, so a failure names the same input on every machine. */
      GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
      const char *name;
      while ((name = g_dir_read_name (d)))
        if (name[0] != '.')
          g_ptr_array_add (names, g_strdup (name));
      g_dir_close (d);
      g_ptr_array_sort (names, compare_names);
      int status = 0;
      for (guint i = 0; i < names->len && status == 0; i++)
        {
          g_autofree char *child = g_build_filename (path, names->pdata[i], NULL);
          status = replay_path (child);
        }
      g_ptr_array_unref (names);
      return status;
    }
  char *data = NULL;
  gsize len = 0;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &data, &len, &error))
    {
      fprintf (stderr, "replay: %s\n", error->message);
      return 1;
    }
  fprintf (stderr, "replay %s (%zu bytes)\n", path, len);
  /* A copy of exactly LEN bytes, so that ASan sees a read past the end. */
  guint8 *copy = g_malloc (len + !len);
  memcpy (copy, data, len);
  LLVMFuzzerTestOneInput (copy, len);
  g_free (copy);
  g_free (data);
  n_inputs++;
  return 0;
}

int
main (int argc, char **argv)
{
  int status = 0;
  if (argc > 1)
    for (int i = 1; i < argc && status == 0; i++)
      status = replay_path (argv[i]);
  else
    status = replay_path (FUZZ_CORPUS);
  if (status == 0)
    printf ("replayed %u inputs\n", n_inputs);
  return status;
}
