/* test-csv-conformance.c — the CSV layer against public conformance suites and csvkit's
 * edge cases, read from the shared datasets (../shared/datasets from the top of the
 * source tree, or $DATASETS); skipped (77) when they are not there.
 *
 * csv-spectrum and sineemore/csv-test-data come with the records a reader should give, as
 * JSON; each file is read by inc_csv_read_file and compared field by field.  Deliberate
 * differences, each a rule of the sales-export contract rather than an accident:
 *   - blank lines are skipped, not records (sineemore all-empty, empty-one-column);
 *   - spaces around an unquoted field are removed (sineemore leading-space,
 *     trailing-space), because ids match after surrounding spaces are removed;
 *   - a quote inside an unquoted field makes the record untrusted, so the run rejects it
 *     (csv-spectrum location_coordinates; its JSON is an upstream defect anyway).
 * The invalid sineemore files (bad-*) must each be reported: a record the run rejects
 * (field count, malformed quotes), or an error that refuses the export. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "reader/csv-source-private.h"
#include "cunit-helpers.h"

static char *datasets;

typedef struct {
  GPtrArray *records; /* of GPtrArray of char* */
  GPtrArray *problems; /* char*, "" when the record is fine */
} Records;

static gboolean
collect (const IncCsvRecord *record, gpointer user_data, GError **error)
{
  Records *r = user_data;
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < record->n_fields; i++)
    g_ptr_array_add (fields, g_strndup (record->fields[i], record->lengths[i]));
  g_ptr_array_add (r->records, fields);
  g_ptr_array_add (r->problems, g_strdup (record->problem ? record->problem : ""));
  return TRUE;
}

static void
records_clear (Records *r)
{
  g_ptr_array_unref (r->records);
  g_ptr_array_unref (r->problems);
}

/* Reads DIR/NAME; returns the error message (g_free it) or NULL. */
static char *
read_csv (const char *dir, const char *name, char delimiter, const char *encoding, Records *out)
{
  g_autofree char *path = g_build_filename (datasets, dir, name, NULL);
  out->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  out->problems = g_ptr_array_new_with_free_func (g_free);
  IncCsvDialect dialect = { delimiter, encoding };
  GError *error = NULL;
  if (inc_csv_read_file (path, name, &dialect, collect, out, &error))
    return NULL;
  char *message = g_strdup (error->message);
  g_error_free (error);
  return message;
}

static const char *
field (Records *r, guint rec, guint i)
{
  GPtrArray *f = r->records->pdata[rec];
  return i < f->len ? f->pdata[i] : NULL;
}

static guint
n_fields (Records *r, guint rec)
{
  return ((GPtrArray *) r->records->pdata[rec])->len;
}

static const char *
problem (Records *r, guint rec)
{
  return r->problems->pdata[rec];
}

static JsonNode *
load_json (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (datasets, dir, name, NULL);
  JsonParser *parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  if (!json_parser_load_from_file (parser, path, &error))
    {
      CU_FAIL ("expected JSON does not parse");
      g_object_unref (parser);
      return NULL;
    }
  JsonNode *root = json_node_copy (json_parser_get_root (parser));
  g_object_unref (parser);
  return root;
}

/* The records after the header must equal EXPECTED, an array of objects keyed by header;
 * or, without a header, every record must equal the arrays of EXPECTED. */
static gboolean
records_match (Records *r, JsonNode *expected, gboolean keyed, const char *name)
{
  JsonArray *rows = json_node_get_array (expected);
  guint first = keyed ? 1 : 0;
  gboolean ok = TRUE;
  if (r->records->len - first != json_array_get_length (rows))
    {
      printf ("  %s: %u records, expected %u\n", name, r->records->len - first, json_array_get_length (rows));
      return FALSE;
    }
  for (guint rec = first; rec < r->records->len; rec++)
    {
      JsonNode *row = json_array_get_element (rows, rec - first);
      if (*problem (r, rec))
        {
          printf ("  %s: record %u: %s\n", name, rec, problem (r, rec));
          ok = FALSE;
        }
      if (keyed)
        {
          JsonObject *obj = json_node_get_object (row);
          if (json_object_get_size (obj) != n_fields (r, rec) || n_fields (r, 0) != n_fields (r, rec))
            {
              printf ("  %s: record %u has %u fields\n", name, rec, n_fields (r, rec));
              ok = FALSE;
              continue;
            }
          for (guint i = 0; i < n_fields (r, 0); i++)
            {
              const char *want = json_object_get_string_member_with_default (obj, field (r, 0, i), NULL);
              if (g_strcmp0 (want, field (r, rec, i)) != 0)
                {
                  printf ("  %s: record %u %s: '%s', expected '%s'\n", name, rec, field (r, 0, i),
                          field (r, rec, i), want ? want : "(no such key)");
                  ok = FALSE;
                }
            }
        }
      else
        {
          JsonArray *want = json_node_get_array (row);
          if (json_array_get_length (want) != n_fields (r, rec))
            {
              printf ("  %s: record %u has %u fields, expected %u\n", name, rec, n_fields (r, rec),
                      json_array_get_length (want));
              ok = FALSE;
              continue;
            }
          for (guint i = 0; i < n_fields (r, rec); i++)
            if (g_strcmp0 (json_array_get_string_element (want, i), field (r, rec, i)) != 0)
              {
                printf ("  %s: record %u field %u: '%s', expected '%s'\n", name, rec, i,
                        field (r, rec, i), json_array_get_string_element (want, i));
                ok = FALSE;
              }
        }
    }
  return ok;
}

static void
test_csv_spectrum (void)
{
  static const char *const cases[] = {
    "simple", "simple_crlf", "comma_in_quotes", "escaped_quotes", "json", "newlines",
    "newlines_crlf", "quotes_and_newlines", "empty", "empty_crlf", "utf8", NULL
  };
  for (const char *const *c = cases; *c; c++)
    {
      g_autofree char *csv = g_strconcat ("csvs/", *c, ".csv", NULL);
      g_autofree char *json = g_strconcat ("json/", *c, ".json", NULL);
      Records r;
      g_autofree char *err = read_csv ("csv-spectrum", csv, ',', NULL, &r);
      if (err)
        printf ("  %s: %s\n", *c, err);
      CU_ASSERT_PTR_NULL (err);
      JsonNode *expected = load_json ("csv-spectrum", json);
      if (err == NULL && expected)
        CU_ASSERT_TRUE (records_match (&r, expected, TRUE, *c));
      if (expected)
        json_node_unref (expected);
      records_clear (&r);
    }

  /* A bare quote in an unquoted field: one record, flagged, with its line. */
  Records r;
  g_autofree char *err = read_csv ("csv-spectrum", "csvs/location_coordinates.csv", ',', NULL, &r);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_EQUAL (r.records->len, 2);
  if (r.records->len == 2)
    {
      CU_ASSERT_STRING_EQUAL (problem (&r, 0), "");
      CU_ASSERT_TRUE (g_str_has_prefix (problem (&r, 1), "malformed quotes"));
    }
  records_clear (&r);
}

static void
test_sineemore_valid (void)
{
  static const char *const plain[] = {
    "empty-field", "one-column", "quotes-empty", "quotes-with-comma", "quotes-with-escaped-quote",
    "quotes-with-newline", "quotes-with-space", "simple-crlf", "simple-lf",
    "trailing-newline-one-field", "trailing-newline", "utf8", NULL
  };
  static const char *const keyed[] = { "header-simple", "header-no-rows", NULL };
  for (int pass = 0; pass < 2; pass++)
    for (const char *const *c = pass ? keyed : plain; *c; c++)
      {
        g_autofree char *csv = g_strconcat ("csv/", *c, ".csv", NULL);
        g_autofree char *json = g_strconcat ("json/", *c, ".json", NULL);
        Records r;
        g_autofree char *err = read_csv ("sineemore-csv-test-data", csv, ',', NULL, &r);
        if (err)
          printf ("  %s: %s\n", *c, err);
        CU_ASSERT_PTR_NULL (err);
        JsonNode *expected = load_json ("sineemore-csv-test-data", json);
        if (err == NULL && expected)
          CU_ASSERT_TRUE (records_match (&r, expected, pass == 1, *c));
        if (expected)
          json_node_unref (expected);
        records_clear (&r);
      }
}

/* The documented differences, checked so that they stay deliberate. */
static void
test_sineemore_differences (void)
{
  Records r;
  char *err = read_csv ("sineemore-csv-test-data", "csv/all-empty.csv", ',', NULL, &r);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_EQUAL (r.records->len, 0); /* two blank lines: no records */
  records_clear (&r);
  g_free (err);

  err = read_csv ("sineemore-csv-test-data", "csv/empty-one-column.csv", ',', NULL, &r);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_EQUAL (r.records->len, 1);
  records_clear (&r);
  g_free (err);

  static const char *const spaced[][2] = {
    { "csv/leading-space.csv", "leading space" }, { "csv/trailing-space.csv", "trailing space" }
  };
  for (guint i = 0; i < G_N_ELEMENTS (spaced); i++)
    {
      err = read_csv ("sineemore-csv-test-data", spaced[i][0], ',', NULL, &r);
      CU_ASSERT_PTR_NULL (err);
      CU_ASSERT_EQUAL_FATAL (r.records->len, 2);
      CU_ASSERT_STRING_EQUAL (field (&r, 1, 1), spaced[i][1]);
      records_clear (&r);
      g_free (err);
    }
}

static void
test_sineemore_bad (void)
{
  Records r;
  /* Shorter and longer than the header: the run rejects the record on its field count. */
  char *err = read_csv ("sineemore-csv-test-data", "csv/bad-header-less-fields.csv", ',', NULL, &r);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_EQUAL_FATAL (r.records->len, 2);
  CU_ASSERT_EQUAL (n_fields (&r, 0), 3);
  CU_ASSERT_EQUAL (n_fields (&r, 1), 2);
  records_clear (&r);
  g_free (err);

  err = read_csv ("sineemore-csv-test-data", "csv/bad-header-more-fields.csv", ',', NULL, &r);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_EQUAL_FATAL (r.records->len, 2);
  CU_ASSERT_EQUAL (n_fields (&r, 1), 4);
  records_clear (&r);
  g_free (err);

  /* No header at all: no record, which the run refuses ("the export is empty"). */
  err = read_csv ("sineemore-csv-test-data", "csv/bad-header-no-header.csv", ',', NULL, &r);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_EQUAL (r.records->len, 0);
  records_clear (&r);
  g_free (err);

  /* The wrong header is read as it is; the run refuses it for its missing columns. */
  err = read_csv ("sineemore-csv-test-data", "csv/bad-header-wrong-header.csv", ',', NULL, &r);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_TRUE_FATAL (r.records->len >= 1);
  CU_ASSERT_STRING_EQUAL (field (&r, 0, 0), "qux");
  records_clear (&r);
  g_free (err);

  /* An unterminated quote refuses the export, naming the line it opened on. */
  err = read_csv ("sineemore-csv-test-data", "csv/bad-missing-quote.csv", ',', NULL, &r);
  CU_ASSERT_PTR_NOT_NULL (err);
  if (err)
    CU_ASSERT_PTR_NOT_NULL (strstr (err, "line 2: unterminated quoted field"));
  records_clear (&r);
  g_free (err);

  static const char *const quotes[] = { "csv/bad-quotes-with-unescaped-quote.csv", "csv/bad-unescaped-quote.csv" };
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    {
      err = read_csv ("sineemore-csv-test-data", quotes[i], ',', NULL, &r);
      CU_ASSERT_PTR_NULL (err);
      CU_ASSERT_EQUAL_FATAL (r.records->len, 2);
      CU_ASSERT_STRING_EQUAL (problem (&r, 0), "");
      CU_ASSERT_TRUE (g_str_has_prefix (problem (&r, 1), "malformed quotes"));
      records_clear (&r);
      g_free (err);
    }
}

/* Records as "a|b|c;1|2|3" with problems as "!problem", for compact expectations. */
static char *
flatten (Records *r)
{
  GString *s = g_string_new (NULL);
  for (guint rec = 0; rec < r->records->len; rec++)
    {
      if (rec)
        g_string_append_c (s, ';');
      for (guint i = 0; i < n_fields (r, rec); i++)
        g_string_append_printf (s, "%s%s", i ? "|" : "", field (r, rec, i));
      if (*problem (r, rec))
        g_string_append_printf (s, "!%s", problem (r, rec));
    }
  return g_string_free (s, FALSE);
}

static void
expect_csvkit (const char *name, char delimiter, const char *encoding, const char *want)
{
  Records r;
  g_autofree char *err = read_csv ("csvkit-examples/examples", name, delimiter, encoding, &r);
  g_autofree char *got = err ? g_strconcat ("ERROR ", err, NULL) : flatten (&r);
  if (strcmp (got, want) != 0)
    printf ("  %s: got  %s\n  %*s  want %s\n", name, got, (int) strlen (name), "", want);
  CU_ASSERT_STRING_EQUAL (got, want);
  records_clear (&r);
}

static void
test_csvkit (void)
{
  /* CR-only line ends, a CR inside quotes kept as it is. */
  expect_csvkit ("mac_newlines.csv", 0, NULL, "a|b|c;1|2|3;Once upon\ra time|5|6");
  /* A NUL byte makes the record untrusted; the others are read. */
  expect_csvkit ("null_byte.csv", 0, NULL, "a|b|c;|2|3!NUL byte");
  /* A BOM is not part of the first header. */
  expect_csvkit ("test_utf8_bom.csv", 0, NULL, "foo|bar|baz;1|2|3;4|5|ʤ");
  /* UTF-16 without the plan saying so: every record is untrusted (NUL bytes); with it, clean. */
  expect_csvkit ("test_utf16_little.csv", 0, "UTF-16LE", "a|b|c;1|2|3;4|5|ʤ");
  expect_csvkit ("test_utf16_big.csv", 0, "UTF-16BE", "a|b|c;1|2|3;4|5|ʤ");
  expect_csvkit ("test_utf16_little.csv", 0, "UTF-16", "a|b|c;1|2|3;4|5|ʤ");
  /* latin-1: refused as UTF-8, read with the encoding. */
  expect_csvkit ("test_latin1.csv", 0, NULL, "a|b|c;1|2|3;4|5|\xa9!invalid UTF-8");
  expect_csvkit ("test_latin1.csv", 0, "ISO-8859-1", "a|b|c;1|2|3;4|5|©");
  /* Delimiter found from the header line. */
  expect_csvkit ("dummy.tsv", 0, NULL, "a|b|c;1|2|3");
  expect_csvkit ("sniff_limit.csv", 0, NULL, "a|b|c;1|2|3");
  /* Blank lines before the header are not records. */
  expect_csvkit ("test_skip_lines.csv", 0, NULL, "a|b|c;1|2|3");
  expect_csvkit ("empty.csv", 0, NULL, "");
  /* A quoted header keeps its control characters. */
  expect_csvkit ("test_header_newline.csv", 0, NULL, "\t\n\v\f\r start \t\n\v\f\r end \t\n\v\f\r|b|c;d|e|f");
  expect_csvkit ("test_locale.csv", 0, NULL, "a|b|c;1,7|200.000.000|");
}

int
main (void)
{
  const char *env = g_getenv ("DATASETS");
  datasets = env ? g_strdup (env) : g_build_filename (TEST_SRCDIR, "..", "shared", "datasets", NULL);
  g_autofree char *probe = g_build_filename (datasets, "csv-spectrum", "csvs", "simple.csv", NULL);
  if (!g_file_test (probe, G_FILE_TEST_EXISTS))
    {
      printf ("SKIP: no datasets at %s\n", datasets);
      g_free (datasets);
      return 77;
    }
  static const TestCase tests[] = {
    { "csv-spectrum: records as expected; a bare quote flagged", test_csv_spectrum },
    { "sineemore: valid files as expected", test_sineemore_valid },
    { "sineemore: deliberate differences", test_sineemore_differences },
    { "sineemore: every bad file reported", test_sineemore_bad },
    { "csvkit: line ends, NUL, BOM, UTF-16, latin-1, delimiters", test_csvkit },
    { NULL, NULL },
  };
  static const TestSuite suites[] = { { "csv-conformance", tests }, { NULL, NULL } };
  int status = run_test_suites (suites);
  g_free (datasets);
  return status;
}
