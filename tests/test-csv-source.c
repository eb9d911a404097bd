/* test-csv-source.c — bytes to records: line ends, quotes, blank lines, a byte-order mark,
 * delimiter detection, broken records that cost one record and not the file, other
 * encodings, and the same records whatever the chunk size. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "reader/csv-source-private.h"
#include "cunit-helpers.h"
#include "incentive/incentive-error.h"

/* Every record as one line of text: "LINE:field|field" and " !problem" when it has one.
 * Bytes that would blur the picture are escaped: \n \r \0 \| \\. */
static void
append_escaped (GString *out, const char *p, gsize len)
{
  for (gsize i = 0; i < len; i++)
    switch (p[i])
      {
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\0': g_string_append (out, "\\0"); break;
      case '|': g_string_append (out, "\\|"); break;
      case '\\': g_string_append (out, "\\\\"); break;
      default: g_string_append_c (out, p[i]);
      }
}

typedef struct {
  GString *text;
  guint stop_at; /* stop (return FALSE) on this record, counted from 1; 0: never */
  guint seen;
} Recorder;

static gboolean
record_cb (const IncCsvRecord *record, gpointer user_data, GError **error)
{
  Recorder *r = user_data;
  r->seen++;
  g_string_append_printf (r->text, "%" G_GUINT64_FORMAT ":", record->line);
  for (guint i = 0; i < record->n_fields; i++)
    {
      if (i)
        g_string_append_c (r->text, '|');
      /* Fields are NUL-terminated at their length. */
      CU_ASSERT_EQUAL (record->fields[i][record->lengths[i]], '\0');
      append_escaped (r->text, record->fields[i], record->lengths[i]);
    }
  if (record->problem)
    g_string_append_printf (r->text, " !%s", record->problem);
  g_string_append_c (r->text, '\n');
  if (r->stop_at && r->seen == r->stop_at)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT, "stopped by the test");
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  char delimiter;   /* detected or given */
  guint64 records;  /* data records */
} ReadInfo;

/* Feeds LEN bytes of INPUT in chunks of CHUNK bytes (0: all at once) and returns the
 * records as text, or NULL with ERROR set. */
static char *
read_csv_full (const char *input, gsize len, char delimiter, const char *encoding, gsize chunk,
               guint stop_at, ReadInfo *info, GError **error)
{
  IncCsvDialect dialect = { delimiter, encoding };
  Recorder r = { g_string_new (NULL), stop_at, 0 };
  IncCsvSource *source = inc_csv_source_new ("test.csv", &dialect, record_cb, &r, error);
  if (source == NULL)
    {
      g_string_free (r.text, TRUE);
      return NULL;
    }
  if (chunk == 0)
    chunk = len ? len : 1;
  gboolean ok = TRUE;
  for (gsize off = 0; ok && off < len; off += chunk)
    ok = inc_csv_source_feed (source, input + off, MIN (chunk, len - off), error);
  if (ok)
    ok = inc_csv_source_finish (source, error);
  if (info)
    {
      info->delimiter = inc_csv_source_get_delimiter (source);
      info->records = inc_csv_source_get_records (source);
    }
  inc_csv_source_free (source);
  if (!ok)
    {
      g_string_free (r.text, TRUE);
      return NULL;
    }
  return g_string_free (r.text, FALSE);
}

static char *
read_csv (const char *input, gsize len)
{
  GError *error = NULL;
  char *s = read_csv_full (input, len, 0, NULL, 0, 0, NULL, &error);
  if (error)
    {
      fprintf (stderr, "unexpected error: %s\n", error->message);
      g_error_free (error);
    }
  CU_ASSERT_PTR_NOT_NULL (s);
  return s ? s : g_strdup ("(error)");
}

/* A string literal with its exact length (it may hold NUL bytes). */
#define LIT(s) (s), (sizeof (s) - 1)

#define ASSERT_RECORDS(input, expected)                                                            \
  do                                                                                               \
    {                                                                                              \
      g_autofree char *got_ = read_csv (LIT (input));                                              \
      CU_ASSERT_STRING_EQUAL (got_, (expected));                                                   \
      if (strcmp (got_, (expected)) != 0)                                                          \
        fprintf (stderr, "\n--- got:\n%s--- expected:\n%s", got_, (expected));                   \
    }                                                                                              \
  while (0)

static void
test_line_ends (void)
{
  ASSERT_RECORDS ("date,emp\n2026-01-01,E1\n", "1:date|emp\n2:2026-01-01|E1\n");
  ASSERT_RECORDS ("a,b\r\nc,d\r\ne,f\r\n", "1:a|b\n2:c|d\n3:e|f\n");
  ASSERT_RECORDS ("a,b\rc,d\re,f\r", "1:a|b\n2:c|d\n3:e|f\n");
  ASSERT_RECORDS ("a,b\r\nc,d\re,f\ng,h", "1:a|b\n2:c|d\n3:e|f\n4:g|h\n");
  /* No line end after the last record. */
  ASSERT_RECORDS ("a,b\nc,d", "1:a|b\n2:c|d\n");
  ASSERT_RECORDS ("a,b", "1:a|b\n");
  ASSERT_RECORDS ("a,b\nc,", "1:a|b\n2:c|\n");
  /* Nothing at all. */
  ASSERT_RECORDS ("", "");
  /* \n\r is two line ends (LF, then a lone CR). */
  ASSERT_RECORDS ("a,b\n\rc,d\n", "1:a|b\n3:c|d\n");
}

static void
test_blank_lines (void)
{
  ASSERT_RECORDS ("h,i\n\n   \n\t\n \t \r\nv,w\n", "1:h|i\n6:v|w\n");
  ASSERT_RECORDS ("\n\nh,i\n1,2\n\n", "3:h|i\n4:1|2\n");
  ASSERT_RECORDS ("h,i\n1,2\n   ", "1:h|i\n2:1|2\n");
  /* An empty quoted field and a lone delimiter are records, not blank lines. */
  ASSERT_RECORDS ("h\n\"\"\n,\n", "1:h\n2:\n3:|\n");

  ReadInfo info = { 0 };
  GError *error = NULL;
  g_autofree char *s = read_csv_full (LIT ("h,i\n\n1,2\n \n3,4\n\n"), 0, NULL, 0, 0, &info, &error);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (s, "1:h|i\n3:1|2\n5:3|4\n");
  CU_ASSERT_EQUAL (info.records, 2);
}

static void
test_quotes (void)
{
  ASSERT_RECORDS ("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",z\n", "1:a|b|c\n2:x,y|say \"hi\"|z\n");
  ASSERT_RECORDS ("a,b\n\"\",\"\"\"\"\n", "1:a|b\n2:|\"\n");
  /* A quoted field across lines keeps its start line; later records count physical
   * lines, whatever ends them. */
  ASSERT_RECORDS ("h1,h2\n\"x\ny\",z\nnext,1\n", "1:h1|h2\n2:x\\ny|z\n4:next|1\n");
  ASSERT_RECORDS ("h1,h2\r\n\"x\r\ny\r\nw\",z\r\nnext,1\r\n",
                  "1:h1|h2\n2:x\\r\\ny\\r\\nw|z\n5:next|1\n");
  ASSERT_RECORDS ("h1,h2\r\"x\ry\",z\rnext,1\r", "1:h1|h2\n2:x\\ry|z\n4:next|1\n");
  /* Blank lines inside quotes are part of the field. */
  ASSERT_RECORDS ("h1,h2\n\"a\n\n  \nb\",c\nd,e\n", "1:h1|h2\n2:a\\n\\n  \\nb|c\n6:d|e\n");
  /* A quoted header field across lines. */
  ASSERT_RECORDS ("\"multi\nline\",h2\nv,w\n", "1:multi\\nline|h2\n3:v|w\n");
}

static void
test_bom (void)
{
  ASSERT_RECORDS ("\xEF\xBB\xBFid,name\n1,x\n", "1:id|name\n2:1|x\n");
  ASSERT_RECORDS ("\xEF\xBB\xBF\"id\",name\n1,x\n", "1:id|name\n2:1|x\n");
  /* Only at the very start. */
  ASSERT_RECORDS ("id,name\n\xEF\xBB\xBF" "1,x\n", "1:id|name\n2:\xEF\xBB\xBF" "1|x\n");
}

static char
detected (const char *header)
{
  ReadInfo info = { 0 };
  GError *error = NULL;
  g_autofree char *s = read_csv_full (header, strlen (header), 0, NULL, 0, 0, &info, &error);
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  return info.delimiter;
}

static void
test_delimiter (void)
{
  CU_ASSERT_EQUAL (detected ("a,b,c\n"), ',');
  CU_ASSERT_EQUAL (detected ("a;b;c,d\n"), ';');
  CU_ASSERT_EQUAL (detected ("a\tb\tc;d\n"), '\t');
  CU_ASSERT_EQUAL (detected ("a|b|c\n"), '|');
  /* Ties go to the first of , ; tab |. */
  CU_ASSERT_EQUAL (detected ("a,b;c\n"), ',');
  CU_ASSERT_EQUAL (detected ("a;b\tc\n"), ';');
  CU_ASSERT_EQUAL (detected ("a\tb|c\n"), '\t');
  CU_ASSERT_EQUAL (detected ("a|b,c\n"), ',');
  CU_ASSERT_EQUAL (detected ("abc\n"), ',');
  /* Only outside quotes. */
  CU_ASSERT_EQUAL (detected ("\"x;y;z\",a,b\n"), ',');
  CU_ASSERT_EQUAL (detected ("\"a,b,c\";d\n"), ';');
  /* From the header, not from a blank line before it. */
  CU_ASSERT_EQUAL (detected ("\n  \na;b\n"), ';');

  ASSERT_RECORDS ("date;amount\n2026-01-01;1,50\n", "1:date|amount\n2:2026-01-01|1,50\n");
  ASSERT_RECORDS ("date\tamount\n2026-01-01\t1,5\n", "1:date|amount\n2:2026-01-01|1,5\n");
  /* Empty fields between tabs are kept (libcsv's space trimming must not eat them);
   * surrounding spaces of unquoted fields are not part of the value. */
  ASSERT_RECORDS ("a\tb\tc\n1\t\t3\n \t x \t\n", "1:a|b|c\n2:1||3\n3:|x|\n");
  ASSERT_RECORDS ("a,b\n  S001 , \" q \" \n", "1:a|b\n2:S001| q \n");

  /* A delimiter the plan gives wins over what the header suggests. */
  ReadInfo info = { 0 };
  GError *error = NULL;
  g_autofree char *s = read_csv_full (LIT ("a,b;c,d\n1,2;3,4\n"), ';', NULL, 0, 0, &info, &error);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (s, "1:a,b|c,d\n2:1,2|3,4\n");
  CU_ASSERT_EQUAL (info.delimiter, ';');
}

static void
test_nul_and_utf8 (void)
{
  ASSERT_RECORDS ("h,i\na\0b,c\nd,e\n", "1:h|i\n2:a\\0b|c !NUL byte\n3:d|e\n");
  ASSERT_RECORDS ("h,i\n\0\nd,e\n", "1:h|i\n2:\\0 !NUL byte\n3:d|e\n");
  ASSERT_RECORDS ("h,i\na\xFF,b\nc,d\n", "1:h|i\n2:a\xFF|b !invalid UTF-8\n3:c|d\n");
  /* A truncated sequence and an overlong encoding. */
  ASSERT_RECORDS ("h,i\nx,\xC3\nc,d\n", "1:h|i\n2:x|\xC3 !invalid UTF-8\n3:c|d\n");
  ASSERT_RECORDS ("h,i\nx,\xC0\xAF\n", "1:h|i\n2:x|\xC0\xAF !invalid UTF-8\n");
  /* A NUL in the second physical line of a quoted record is still that record's. */
  ASSERT_RECORDS ("h,i\n\"a\nb\0\",c\nd,e\n", "1:h|i\n2:a\\nb\\0|c !NUL byte\n4:d|e\n");
  /* Valid multi-byte text is untouched. */
  ASSERT_RECORDS ("h,i\nÄrger,Łódź €\n", "1:h|i\n2:Ärger|Łódź €\n");
}

#define MALFORMED " !malformed quotes (a quote inside an unquoted field, or text after a closing quote)"

static void
test_stray_quotes (void)
{
  ASSERT_RECORDS ("h1,h2,h3\na,b\"c,d\ne,f,g\nh,i,j\n",
                  "1:h1|h2|h3\n2:a" MALFORMED "\n3:e|f|g\n4:h|i|j\n");
  ASSERT_RECORDS ("h1,h2\n\"ab\"c,d\ne,f\n", "1:h1|h2\n2:" MALFORMED "\n3:e|f\n");
  /* The stray quote ends the line that has it, even with a closing quote-like character
   * later on the line; the lines after it are read normally. */
  ASSERT_RECORDS ("h1,h2\na\"b,\"c\ne,f\n", "1:h1|h2\n2:" MALFORMED "\n3:e|f\n");
  /* Inside a multi-line quoted record, on its second line. */
  ASSERT_RECORDS ("h1,h2\n\"a\nb\"x,c\nd,e\n", "1:h1|h2\n2:" MALFORMED "\n4:d|e\n");
  /* CRLF and lone CR after a stray quote. */
  ASSERT_RECORDS ("h1,h2\r\na\"b,c\r\nd,e\r\n", "1:h1|h2\n2:" MALFORMED "\n3:d|e\n");
  ASSERT_RECORDS ("h1,h2\ra\"b,c\rd,e\r", "1:h1|h2\n2:" MALFORMED "\n3:d|e\n");
  /* On the last line, without a line end. */
  ASSERT_RECORDS ("h1,h2\nd,e\na\"b,c", "1:h1|h2\n2:d|e\n3:" MALFORMED "\n");
}

static void
test_unterminated_quote (void)
{
  GError *error = NULL;
  char *s = read_csv_full (LIT ("h,i\n1,\"abc\n2,3\n"), 0, NULL, 0, 0, NULL, &error);
  CU_ASSERT_PTR_NULL (s);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message,
                            "test.csv line 2: unterminated quoted field: the quote opened in the "
                            "record on this line is never closed, so lines 2 to 3 cannot be read as records");
  g_clear_error (&error);

  s = read_csv_full (LIT ("h,i\n1,2\n\n3,\"abc"), 0, NULL, 0, 0, NULL, &error);
  CU_ASSERT_PTR_NULL (s);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message,
                            "test.csv line 4: unterminated quoted field: the quote opened in the "
                            "record on this line is never closed, so lines 4 to 4 cannot be read as records");
  g_clear_error (&error);
}

static void
test_callback_stops (void)
{
  GError *error = NULL;
  ReadInfo info = { 0 };
  char *s = read_csv_full (LIT ("h,i\n1,2\n3,4\n5,6\n"), 0, NULL, 0, 2, &info, &error);
  CU_ASSERT_PTR_NULL (s);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message, "stopped by the test");
  CU_ASSERT_EQUAL (info.records, 1);
  g_clear_error (&error);

  /* The last record, delivered only by finish(). */
  s = read_csv_full (LIT ("h,i\n1,2"), 0, NULL, 0, 2, &info, &error);
  CU_ASSERT_PTR_NULL (s);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  g_clear_error (&error);
}

static char *
encode (const char *utf8, const char *charset, gsize *len)
{
  GError *error = NULL;
  char *out = g_convert (utf8, -1, charset, "UTF-8", NULL, len, &error);
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  return out;
}

static void
test_encodings (void)
{
  gsize len = 0;
  g_autofree char *cp1251 = encode ("имя;сумма\r\nИван Петров;1 234,50\r\n\"Ёлка, \"\"зима\"\"\";5\r\n",
                                    "windows-1251", &len);
  CU_ASSERT_EQUAL (len, 53); /* one byte per character */
  GError *error = NULL;
  g_autofree char *s = read_csv_full (cp1251, len, 0, "windows-1251", 0, 0, NULL, &error);
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  CU_ASSERT_STRING_EQUAL (s, "1:имя|сумма\n2:Иван Петров|1 234,50\n3:Ёлка, \"зима\"|5\n");

  gsize len2 = 0;
  g_autofree char *cp1252 = encode ("name,city\nCafé Müller,Zürich\n€ sign,Œuvre", "windows-1252", &len2);
  g_autofree char *s2 = read_csv_full (cp1252, len2, 0, "windows-1252", 0, 0, NULL, &error);
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  CU_ASSERT_STRING_EQUAL (s2, "1:name|city\n2:Café Müller|Zürich\n3:€ sign|Œuvre\n");

  /* The encoding names UTF-8 in any spelling: no conversion. */
  g_autofree char *s3 = read_csv_full (LIT ("a\nÄ\n"), 0, "utf-8", 0, 0, NULL, &error);
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  CU_ASSERT_STRING_EQUAL (s3, "1:a\n2:Ä\n");

  /* 0x81 has no character in windows-1252. */
  char *s4 = read_csv_full (LIT ("a,b\nx,\x81\n"), 0, "windows-1252", 0, 0, NULL, &error);
  CU_ASSERT_PTR_NULL (s4);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT));
  if (error)
    CU_ASSERT_TRUE (g_str_has_prefix (error->message,
                                      "test.csv line 2: bytes that are not valid in the export's encoding"));
  g_clear_error (&error);

  IncCsvDialect bad = { 0, "no-such-charset" };
  Recorder r = { NULL, 0, 0 };
  IncCsvSource *source = inc_csv_source_new ("test.csv", &bad, record_cb, &r, &error);
  CU_ASSERT_PTR_NULL (source);
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN));
  if (error)
    CU_ASSERT_STRING_EQUAL (error->message, "test.csv: unknown encoding 'no-such-charset'");
  g_clear_error (&error);
}

/* Feeds INPUT in every chunk size from 1 byte to its whole length and expects EXPECTED
 * each time. */
static void
assert_every_chunk_size (const char *input, gsize len, const char *encoding, const char *expected,
                         char delimiter, guint64 records)
{
  for (gsize chunk = 1; chunk <= len; chunk++)
    {
      GError *error = NULL;
      ReadInfo info = { 0 };
      g_autofree char *s = read_csv_full (input, len, 0, encoding, chunk, 0, &info, &error);
      if (error)
        fprintf (stderr, "chunk %zu: %s\n", chunk, error->message);
      g_clear_error (&error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (s);
      if (strcmp (s, expected) != 0)
        {
          fprintf (stderr, "\nchunk size %zu gives:\n%s", chunk, s);
          CU_FAIL ("records depend on the chunk size");
          return;
        }
      CU_ASSERT_EQUAL (info.delimiter, delimiter);
      CU_ASSERT_EQUAL (info.records, records);
    }
}

/* BOM, CRLF, a lone CR, blank lines, quoted line breaks of each kind, a stray quote, a
 * NUL byte, and a last line without a line end. */
static const char chunk_text[] =
  "\xEF\xBB\xBF" "date;employee_id;note\r\n"
  "2026-10-01;E1;\"first\r\nsecond\"\r\n"
  "\r\n"
  "   \t\n"
  "2026-10-02;E2;plain\r"
  "2026-10-03;E3;\"a;b\rc\nd\"\"e\"\n"
  "2026-10-04;E4;bad\"quote\n"
  "2026-10-05;E5;z\0y\n"
  "\n"
  "2026-10-06;E6;\"Grüße, €\"";

static const char chunk_expected[] =
  "1:date|employee_id|note\n"
  "2:2026-10-01|E1|first\\r\\nsecond\n"
  "6:2026-10-02|E2|plain\n"
  "7:2026-10-03|E3|a;b\\rc\\nd\"e\n"
  "10:2026-10-04|E4" MALFORMED "\n"
  "11:2026-10-05|E5|z\\0y !NUL byte\n"
  "13:2026-10-06|E6|Grüße, €\n";

static void
test_every_chunk_size_utf8 (void)
{
  g_autofree char *whole = read_csv (chunk_text, sizeof chunk_text - 1);
  CU_ASSERT_STRING_EQUAL (whole, chunk_expected);
  assert_every_chunk_size (chunk_text, sizeof chunk_text - 1, NULL, chunk_expected, ';', 6);
  /* Ending in a lone CR, and CR LF split at every point. */
  static const char cr_text[] = "a,b\r\r\nc,\"d\r\r\ne\"\r\n\r\r";
  assert_every_chunk_size (cr_text, sizeof cr_text - 1, NULL, "1:a|b\n3:c|d\\r\\r\\ne\n", ',', 1);
}

static void
test_every_chunk_size_windows_1251 (void)
{
  /* Cyrillic text: one input byte becomes two UTF-8 bytes, so converted output and lines
   * cross the chunk boundaries at every offset.  No NUL here: g_convert stops at it. */
  static const char utf8[] =
    "дата;сотрудник;заметка\r\n"
    "2026-10-01;Ж1;\"первая\r\nвторая\"\r\n"
    "\r\n"
    "   \t\n"
    "2026-10-02;Ж2;просто\r"
    "2026-10-03;Ж3;\"а;б\rв\nг\"\"д\"\n"
    "2026-10-04;Ж4;плохая\"кавычка\n"
    "2026-10-05;Ж5;ёж\n"
    "\n"
    "2026-10-06;Ж6;\"Щука, №5\"";
  static const char expected[] =
    "1:дата|сотрудник|заметка\n"
    "2:2026-10-01|Ж1|первая\\r\\nвторая\n"
    "6:2026-10-02|Ж2|просто\n"
    "7:2026-10-03|Ж3|а;б\\rв\\nг\"д\n"
    "10:2026-10-04|Ж4" MALFORMED "\n"
    "11:2026-10-05|Ж5|ёж\n"
    "13:2026-10-06|Ж6|Щука, №5\n";
  gsize len = 0;
  g_autofree char *bytes = encode (utf8, "windows-1251", &len);
  CU_ASSERT_EQUAL (len, (gsize) g_utf8_strlen (utf8, -1));
  assert_every_chunk_size (bytes, len, "windows-1251", expected, ';', 6);
}

static void
test_every_chunk_size_utf16 (void)
{
  /* Two bytes per character on input: a chunk may end inside a character. */
  static const char utf8[] = "a;b\r\n\"x\ny\";ü\r\n\n1;2\n3;4\n5;6\n7;8\n";
  static const char expected[] = "1:a|b\n2:x\\ny|ü\n5:1|2\n6:3|4\n7:5|6\n8:7|8\n";
  gsize len = 0;
  g_autofree char *bytes = encode (utf8, "UTF-16LE", &len);
  assert_every_chunk_size (bytes, len, "UTF-16LE", expected, ';', 5);
}

static void
test_find_column (void)
{
  g_autofree char *s = NULL;
  const char *fields[] = { " Date ", "EMPLOYEE_ID", "Straße", "ÄRGER" };
  gsize lengths[] = { 6, 11, 7, 6 };
  IncCsvRecord header = { 4, fields, lengths, 1, NULL };
  CU_ASSERT_EQUAL (inc_csv_find_column (&header, "date"), 0);
  CU_ASSERT_EQUAL (inc_csv_find_column (&header, "employee_id"), 1);
  CU_ASSERT_EQUAL (inc_csv_find_column (&header, "straße"), 2);
  CU_ASSERT_EQUAL (inc_csv_find_column (&header, "ärger"), 3);
  CU_ASSERT_EQUAL (inc_csv_find_column (&header, "employee"), -1);
  CU_ASSERT_EQUAL (inc_csv_find_column (&header, "dat"), -1);
  s = inc_csv_describe_header (&header);
  CU_ASSERT_STRING_EQUAL (s, " Date , EMPLOYEE_ID, Straße, ÄRGER");
}

static void
test_read_file (void)
{
  GError *error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-csv-source-XXXXXX", &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  g_autofree char *path = g_build_filename (dir, "crlf-bom.csv", NULL);
  static const char bytes[] = "\xEF\xBB\xBF" "date,employee_id,amount\r\n2026-10-01,E1,10.00\r\n\r\n"
                              "2026-10-02,E2,\"multi\r\nline\"\r\n";
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, bytes, sizeof bytes - 1, NULL));
  Recorder r = { g_string_new (NULL), 0, 0 };
  IncCsvDialect dialect = { 0, NULL };
  CU_ASSERT_TRUE (inc_csv_read_file (path, "crlf-bom.csv", &dialect, record_cb, &r, &error));
  CU_ASSERT_PTR_NULL (error);
  g_clear_error (&error);
  CU_ASSERT_STRING_EQUAL (r.text->str, "1:date|employee_id|amount\n2:2026-10-01|E1|10.00\n"
                                       "4:2026-10-02|E2|multi\\r\\nline\n");
  g_string_free (r.text, TRUE);

  r.text = g_string_new (NULL);
  CU_ASSERT_FALSE (inc_csv_read_file ("/nonexistent/sales.csv", "sales.csv", &dialect, record_cb, &r, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO));
  if (error)
    CU_ASSERT_TRUE (g_str_has_prefix (error->message, "sales.csv: cannot read: "));
  g_clear_error (&error);
  g_string_free (r.text, TRUE);
  g_unlink (path);
  g_rmdir (dir);
}

static const TestCase syntax_tests[] = {
  { "line ends", test_line_ends },
  { "blank lines", test_blank_lines },
  { "quotes", test_quotes },
  { "byte-order mark", test_bom },
  { "delimiter detection", test_delimiter },
  { NULL, NULL },
};

static const TestCase damage_tests[] = {
  { "NUL and invalid UTF-8", test_nul_and_utf8 },
  { "stray quotes cost one record", test_stray_quotes },
  { "unterminated quote at the end", test_unterminated_quote },
  { "callback stops the reading", test_callback_stops },
  { NULL, NULL },
};

static const TestCase stream_tests[] = {
  { "encodings", test_encodings },
  { "every chunk size, UTF-8", test_every_chunk_size_utf8 },
  { "every chunk size, windows-1251", test_every_chunk_size_windows_1251 },
  { "every chunk size, UTF-16", test_every_chunk_size_utf16 },
  { "read a file", test_read_file },
  { "find a column", test_find_column },
  { NULL, NULL },
};

int
main (void)
{
  static const TestSuite suites[] = {
    { "csv syntax", syntax_tests },
    { "csv damage", damage_tests },
    { "csv streams", stream_tests },
    { NULL, NULL },
  };
  return run_test_suites (suites);
}
