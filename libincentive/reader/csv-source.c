/* csv-source.c — bytes → physical lines → libcsv → records with their line numbers.
 *
 * libcsv is given one physical line at a time (CR LF, LF or a lone CR ends one, inside
 * quotes too).  That is how a record knows the line it starts on, how blank lines are told
 * from empty quoted lines, and how a parse error costs one record rather than the file.
 */
#include "config.h"

#include <csv.h>
#include <string.h>

#include "reader/csv-source-private.h"
#include "incentive/incentive-error.h"

#define CHUNK_SIZE (256 * 1024)
/* A physical line longer than this is not an export line but a broken file. */
#define MAX_LINE_BYTES (64 * 1024 * 1024)

struct _IncCsvSource {
  char *name;
  IncCsvRecordFunc func;
  gpointer user_data;

  char delimiter;
  gboolean header_seen;
  guint64 records;

  GConverter *converter; /* NULL for UTF-8 input */
  GByteArray *unconverted;

  GByteArray *line;  /* a physical line cut by a chunk boundary */
  gboolean line_ends_with_cr;
  guint64 line_no;   /* number of the line being assembled */

  struct csv_parser parser;
  gboolean in_record;
  guint64 record_line;
  const char *problem;

  /* The fields of the record being read: bytes, each NUL-terminated, in one buffer that
   * is reused for every record.  This is the hot loop, so no GArray calls per field. */
  char *field_bytes;
  gsize field_bytes_len, field_bytes_cap;
  gsize *field_offsets;
  gsize *field_lengths;
  const char **field_pointers;
  guint n_fields, fields_cap;

  GError *stop_error;
};

static void
on_field (void *data, size_t len, void *user_data)
{
  IncCsvSource *self = user_data;
  if (self->field_bytes_len + len + 1 > self->field_bytes_cap)
    {
      self->field_bytes_cap = MAX (self->field_bytes_cap * 2, self->field_bytes_len + len + 1);
      self->field_bytes = g_realloc (self->field_bytes, self->field_bytes_cap);
    }
  if (self->n_fields == self->fields_cap)
    {
      self->fields_cap *= 2;
      self->field_offsets = g_renew (gsize, self->field_offsets, self->fields_cap);
      self->field_lengths = g_renew (gsize, self->field_lengths, self->fields_cap);
      self->field_pointers = g_renew (const char *, self->field_pointers, self->fields_cap);
    }
  char *dest = self->field_bytes + self->field_bytes_len;
  if (len > 0)
    memcpy (dest, data, len);
  dest[len] = '\0';
  self->field_offsets[self->n_fields] = self->field_bytes_len;
  self->field_lengths[self->n_fields] = len;
  self->n_fields++;
  self->field_bytes_len += len + 1;
}

static void
reset_fields (IncCsvSource *self)
{
  self->field_bytes_len = 0;
  self->n_fields = 0;
  self->problem = NULL;
}

/* Most export fields are ASCII: checking eight bytes at a time spares the UTF-8 check. */
static gboolean
is_ascii (const char *p, gsize len)
{
  guint64 any = 0;
  gsize i = 0;
  for (; i + 8 <= len; i += 8)
    {
      guint64 word;
      memcpy (&word, p + i, 8);
      any |= word;
    }
  for (; i < len; i++)
    any |= (unsigned char) p[i];
  return (any & G_GUINT64_CONSTANT (0x8080808080808080)) == 0;
}

static void
emit_record (IncCsvSource *self)
{
  guint n = self->n_fields;
  const gsize *lengths = self->field_lengths;
  for (guint i = 0; i < n; i++)
    {
      const char *f = self->field_bytes + self->field_offsets[i];
      self->field_pointers[i] = f;
      if (self->problem == NULL && !is_ascii (f, lengths[i]) && !g_utf8_validate_len (f, lengths[i], NULL))
        self->problem = "invalid UTF-8";
    }

  IncCsvRecord record = {
    .n_fields = n,
    .fields = (const char *const *) self->field_pointers,
    .lengths = lengths,
    .line = self->record_line,
    .problem = self->problem,
  };
  if (self->header_seen)
    self->records++;
  self->header_seen = TRUE;
  if (self->stop_error == NULL)
    {
      GError *error = NULL;
      if (!self->func (&record, self->user_data, &error))
        {
          if (error == NULL)
            g_set_error (&error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT,
                         "%s: reading stopped at line %" G_GUINT64_FORMAT, self->name,
                         self->record_line);
          self->stop_error = error;
        }
    }
  reset_fields (self);
  self->in_record = FALSE;
}

static void
on_record (int terminator, void *user_data)
{
  (void) terminator;
  emit_record (user_data);
}

static gboolean
is_blank_line (const char *p, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
      return FALSE;
  return TRUE;
}

/* Of , ; tab |, the one that occurs most often outside quotes; ties in that order. */
static char
detect_delimiter (const char *p, gsize len)
{
  static const char candidates[] = { ',', ';', '\t', '|' };
  guint counts[4] = { 0 };
  gboolean quoted = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (p[i] == '"')
        quoted = !quoted;
      else if (!quoted)
        for (int c = 0; c < 4; c++)
          if (p[i] == candidates[c])
            counts[c]++;
    }
  int best = 0;
  for (int c = 1; c < 4; c++)
    if (counts[c] > counts[best])
      best = c;
  return candidates[best];
}

static gboolean
process_line (IncCsvSource *self, const char *p, gsize len, GError **error)
{
  guint64 line_no = self->line_no++;

  if (line_no == 1 && len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    {
      p += 3;
      len -= 3;
    }
  if (!self->in_record)
    {
      if (is_blank_line (p, len))
        return TRUE;
      if (self->delimiter == 0)
        self->delimiter = detect_delimiter (p, len);
      csv_set_delim (&self->parser, (unsigned char) self->delimiter);
      self->in_record = TRUE;
      self->record_line = line_no;
    }
  if (self->problem == NULL && memchr (p, '\0', len) != NULL)
    self->problem = "NUL byte";

  gsize used = csv_parse (&self->parser, p, len, on_field, on_record, self);
  if (self->stop_error)
    {
      g_propagate_error (error, g_steal_pointer (&self->stop_error));
      return FALSE;
    }
  if (used < len)
    {
      /* A stray quote: the record is given up and reading resumes on the next line. */
      csv_fini (&self->parser, NULL, NULL, NULL);
      if (self->problem == NULL)
        self->problem = "malformed quotes (a quote inside an unquoted field, or text after a closing quote)";
      emit_record (self);
      if (self->stop_error)
        {
          g_propagate_error (error, g_steal_pointer (&self->stop_error));
          return FALSE;
        }
    }
  return TRUE;
}

/* Cuts UTF-8 text into physical lines; a line cut by the chunk boundary waits in
 * self->line for the rest. */
static gboolean
process_text (IncCsvSource *self, const char *p, gsize len, GError **error)
{
  const char *end = p + len;

  if (self->line_ends_with_cr && p < end)
    {
      /* The line waiting ended with CR: an LF right after it belongs to the same break. */
      if (*p == '\n')
        {
          g_byte_array_append (self->line, (const guint8 *) p, 1);
          p++;
        }
      self->line_ends_with_cr = FALSE;
      gboolean ok = process_line (self, (const char *) self->line->data, self->line->len, error);
      g_byte_array_set_size (self->line, 0);
      if (!ok)
        return FALSE;
    }

  while (p < end)
    {
      /* The first CR or LF: memchr for LF, then for a lone CR before it. */
      const char *q = memchr (p, '\n', end - p);
      if (q == NULL)
        q = end;
      const char *cr = memchr (p, '\r', q - p);
      if (cr)
        q = cr;
      if (q == end)
        {
          if (self->line->len + (gsize) (end - p) > MAX_LINE_BYTES)
            {
              g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT,
                           "%s line %" G_GUINT64_FORMAT ": the line is longer than %d MiB; this is not a sales export",
                           self->name, self->line_no, MAX_LINE_BYTES / (1024 * 1024));
              return FALSE;
            }
          g_byte_array_append (self->line, (const guint8 *) p, end - p);
          return TRUE;
        }
      const char *line_end = q + 1;
      if (*q == '\r')
        {
          if (line_end == end)
            {
              g_byte_array_append (self->line, (const guint8 *) p, line_end - p);
              self->line_ends_with_cr = TRUE;
              return TRUE;
            }
          if (*line_end == '\n')
            line_end++;
        }
      gboolean ok;
      if (self->line->len > 0)
        {
          g_byte_array_append (self->line, (const guint8 *) p, line_end - p);
          ok = process_line (self, (const char *) self->line->data, self->line->len, error);
          g_byte_array_set_size (self->line, 0);
        }
      else
        ok = process_line (self, p, line_end - p, error);
      if (!ok)
        return FALSE;
      p = line_end;
    }
  return TRUE;
}

static gboolean
convert (IncCsvSource *self, const char *data, gsize len, gboolean at_end, GError **error)
{
  char out[64 * 1024];

  if (self->unconverted->len > 0)
    {
      g_byte_array_append (self->unconverted, (const guint8 *) data, len);
      data = (const char *) self->unconverted->data;
      len = self->unconverted->len;
    }
  gsize consumed_total = 0;
  for (;;)
    {
      gsize read = 0, written = 0;
      GError *local = NULL;
      GConverterResult r = g_converter_convert (self->converter, data + consumed_total,
                                                len - consumed_total, out, sizeof out,
                                                at_end ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                                &read, &written, &local);
      if (r == G_CONVERTER_ERROR)
        {
          if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) && !at_end)
            {
              g_error_free (local);
              break;
            }
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT,
                       "%s line %" G_GUINT64_FORMAT ": bytes that are not valid in the export's encoding (%s)",
                       self->name, self->line_no, local->message);
          g_error_free (local);
          return FALSE;
        }
      consumed_total += read;
      if (written > 0 && !process_text (self, out, written, error))
        return FALSE;
      if (r == G_CONVERTER_FINISHED || (consumed_total == len && !at_end))
        break;
      if (read == 0 && written == 0)
        break;
    }
  /* Keep the tail of an incomplete character for the next chunk. */
  GByteArray *rest = g_byte_array_new ();
  g_byte_array_append (rest, (const guint8 *) data + consumed_total, len - consumed_total);
  g_byte_array_unref (self->unconverted);
  self->unconverted = rest;
  return TRUE;
}

static gboolean
is_utf8_name (const char *encoding)
{
  return encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0
         || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

IncCsvSource *
inc_csv_source_new (const char *name, const IncCsvDialect *dialect, IncCsvRecordFunc func,
                    gpointer user_data, GError **error)
{
  GConverter *converter = NULL;
  if (!is_utf8_name (dialect->encoding))
    {
      GError *local = NULL;
      converter = G_CONVERTER (g_charset_converter_new ("UTF-8", dialect->encoding, &local));
      if (converter == NULL)
        {
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_PLAN,
                       "%s: unknown encoding '%s'", name, dialect->encoding);
          g_clear_error (&local);
          return NULL;
        }
    }

  IncCsvSource *self = g_new0 (IncCsvSource, 1);
  self->name = g_strdup (name);
  self->func = func;
  self->user_data = user_data;
  self->delimiter = dialect->delimiter;
  self->converter = converter;
  self->unconverted = g_byte_array_new ();
  self->line = g_byte_array_new ();
  self->line_no = 1;
  self->field_bytes_cap = 4096;
  self->field_bytes = g_malloc (self->field_bytes_cap);
  self->fields_cap = 32;
  self->field_offsets = g_new (gsize, self->fields_cap);
  self->field_lengths = g_new (gsize, self->fields_cap);
  self->field_pointers = g_new (const char *, self->fields_cap);
  csv_init (&self->parser, CSV_STRICT | CSV_STRICT_FINI);
  /* libcsv grows its field buffer by this step: the default (128 bytes) turns a long
   * quoted field into thousands of reallocations. */
  csv_set_blk_size (&self->parser, 64 * 1024);
  return self;
}

gboolean
inc_csv_source_feed (IncCsvSource *self, const char *data, gsize len, GError **error)
{
  if (self->converter)
    return convert (self, data, len, FALSE, error);
  return process_text (self, data, len, error);
}

gboolean
inc_csv_source_finish (IncCsvSource *self, GError **error)
{
  if (self->converter && !convert (self, "", 0, TRUE, error))
    return FALSE;
  if (self->line->len > 0)
    {
      self->line_ends_with_cr = FALSE;
      if (!process_line (self, (const char *) self->line->data, self->line->len, error))
        return FALSE;
      g_byte_array_set_size (self->line, 0);
    }
  if (self->in_record)
    {
      if (csv_fini (&self->parser, on_field, on_record, self) != 0)
        {
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_INVALID_EXPORT,
                       "%s line %" G_GUINT64_FORMAT ": unterminated quoted field: the quote opened in "
                       "the record on this line is never closed, so lines %" G_GUINT64_FORMAT
                       " to %" G_GUINT64_FORMAT " cannot be read as records",
                       self->name, self->record_line, self->record_line, self->line_no - 1);
          return FALSE;
        }
      if (self->stop_error)
        {
          g_propagate_error (error, g_steal_pointer (&self->stop_error));
          return FALSE;
        }
    }
  return TRUE;
}

void
inc_csv_source_free (IncCsvSource *self)
{
  if (self == NULL)
    return;
  csv_free (&self->parser);
  g_clear_object (&self->converter);
  g_byte_array_unref (self->unconverted);
  g_byte_array_unref (self->line);
  g_free (self->field_bytes);
  g_free (self->field_offsets);
  g_free (self->field_lengths);
  g_free (self->field_pointers);
  g_clear_error (&self->stop_error);
  g_free (self->name);
  g_free (self);
}

char
inc_csv_source_get_delimiter (IncCsvSource *self)
{
  return self->delimiter;
}

guint64
inc_csv_source_get_records (IncCsvSource *self)
{
  return self->records;
}

gboolean
inc_csv_read_stream (const char *name, GInputStream *stream, const IncCsvDialect *dialect,
                     IncCsvRecordFunc func, gpointer user_data, GCancellable *cancellable,
                     GError **error)
{
  IncCsvSource *source = inc_csv_source_new (name, dialect, func, user_data, error);
  if (source == NULL)
    return FALSE;
  char *buf = g_malloc (CHUNK_SIZE);
  gboolean ok = TRUE;
  for (;;)
    {
      GError *local = NULL;
      gssize n = g_input_stream_read (stream, buf, CHUNK_SIZE, cancellable, &local);
      if (n < 0)
        {
          g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: %s", name, local->message);
          g_error_free (local);
          ok = FALSE;
          break;
        }
      if (n == 0)
        {
          ok = inc_csv_source_finish (source, error);
          break;
        }
      if (!inc_csv_source_feed (source, buf, n, error))
        {
          ok = FALSE;
          break;
        }
    }
  g_free (buf);
  inc_csv_source_free (source);
  return ok;
}

gboolean
inc_csv_read_file (const char *path, const char *name, const IncCsvDialect *dialect,
                   IncCsvRecordFunc func, gpointer user_data, GError **error)
{
  GFile *file = g_file_new_for_path (path);
  GError *local = NULL;
  GFileInputStream *in = g_file_read (file, NULL, &local);
  g_object_unref (file);
  if (in == NULL)
    {
      g_set_error (error, INCENTIVE_ERROR, INCENTIVE_ERROR_IO, "%s: cannot read: %s", name,
                   local->message);
      g_error_free (local);
      return FALSE;
    }
  gboolean ok = inc_csv_read_stream (name, G_INPUT_STREAM (in), dialect, func, user_data, NULL, error);
  g_object_unref (in);
  return ok;
}

static void
trimmed (const char *s, gsize len, const char **out, gsize *out_len)
{
  while (len > 0 && (*s == ' ' || *s == '\t'))
    s++, len--;
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  *out = s;
  *out_len = len;
}

/* Header names compare case-insensitively in any script, not only ASCII. */
static char *
folded_name (const char *s, gsize len)
{
  const char *t;
  gsize tlen;
  trimmed (s, len, &t, &tlen);
  if (!g_utf8_validate_len (t, tlen, NULL))
    return g_strndup (t, tlen);
  return g_utf8_casefold (t, tlen);
}

int
inc_csv_find_column (const IncCsvRecord *header, const char *name)
{
  g_autofree char *wanted = folded_name (name, strlen (name));
  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *have = folded_name (header->fields[i], header->lengths[i]);
      if (strcmp (have, wanted) == 0)
        return (int) i;
    }
  return -1;
}

char *
inc_csv_describe_header (const IncCsvRecord *header)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < header->n_fields; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", header->fields[i]);
  return g_string_free (s, FALSE);
}
