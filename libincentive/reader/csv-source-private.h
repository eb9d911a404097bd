/* csv-source-private.h — turns the bytes of a delimited text file into records.
 *
 * The first stop of a sales line: bytes arrive in chunks of any size (a file, a stream or
 * a test that feeds one byte at a time), are converted to UTF-8 when the file has another
 * encoding, lose a byte-order mark, are cut into physical lines and handed to libcsv one
 * line at a time, so that every record knows the physical line it starts on.  Nothing
 * here knows what the columns mean.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  guint n_fields;
  const char *const *fields; /* NUL-terminated UTF-8 (unless PROBLEM says otherwise) */
  const gsize *lengths;
  guint64 line;              /* physical line on which the record starts; the header is 1 */
  const char *problem;       /* NULL, or why the record cannot be trusted */
} IncCsvRecord;

/* Called for every record, the header first.  Returning FALSE stops the reading; the
 * callback then has set ERROR. */
typedef gboolean (*IncCsvRecordFunc) (const IncCsvRecord *record, gpointer user_data,
                                      GError **error);

typedef struct {
  char delimiter;       /* 0: found from the header line */
  const char *encoding; /* NULL or "UTF-8": UTF-8 */
} IncCsvDialect;

typedef struct _IncCsvSource IncCsvSource;

/* NAME is the file's name as the user gave it; it goes into every error message. */
IncCsvSource *inc_csv_source_new (const char *name, const IncCsvDialect *dialect,
                                  IncCsvRecordFunc func, gpointer user_data, GError **error);
gboolean inc_csv_source_feed (IncCsvSource *source, const char *data, gsize len, GError **error);
gboolean inc_csv_source_finish (IncCsvSource *source, GError **error);
void inc_csv_source_free (IncCsvSource *source);

/* The delimiter that was used (detected or given); 0 before the header was seen. */
char inc_csv_source_get_delimiter (IncCsvSource *source);

/* Data records seen so far (not the header, not blank lines). */
guint64 inc_csv_source_get_records (IncCsvSource *source);

/* Reads STREAM to its end in large chunks. */
gboolean inc_csv_read_stream (const char *name, GInputStream *stream, const IncCsvDialect *dialect,
                              IncCsvRecordFunc func, gpointer user_data, GCancellable *cancellable,
                              GError **error);
gboolean inc_csv_read_file (const char *path, const char *name, const IncCsvDialect *dialect,
                            IncCsvRecordFunc func, gpointer user_data, GError **error);

/* Finds a column by header name: whole-name match, case-insensitive, surrounding spaces
 * ignored.  Returns the index or -1. */
int inc_csv_find_column (const IncCsvRecord *header, const char *name);

/* "a, b, c": the header's names for error messages.  g_free() it. */
char *inc_csv_describe_header (const IncCsvRecord *header);

G_END_DECLS
