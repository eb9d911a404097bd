/* fuzz-common.c — see fuzz-common.h. */
#include "fuzz-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
fuzz_die (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  fputs ("fuzz: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  abort ();
}

typedef struct {
  GInputStream parent_instance;
  const guint8 *data;
  gsize size, pos, chunk;
} FuzzChunkedStream;

typedef struct {
  GInputStreamClass parent_class;
} FuzzChunkedStreamClass;

static GType fuzz_chunked_stream_get_type (void);
G_DEFINE_TYPE (FuzzChunkedStream, fuzz_chunked_stream, G_TYPE_INPUT_STREAM)

static gssize
chunked_read (GInputStream *stream, void *buffer, gsize count, GCancellable *cancellable,
              GError **error)
{
  (void) cancellable;
  (void) error;
  FuzzChunkedStream *self = (FuzzChunkedStream *) stream;
  gsize n = MIN (MIN (count, self->chunk), self->size - self->pos);
  if (n > 0)
    memcpy (buffer, self->data + self->pos, n);
  self->pos += n;
  return (gssize) n;
}

static void
fuzz_chunked_stream_class_init (FuzzChunkedStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = chunked_read;
}

static void
fuzz_chunked_stream_init (FuzzChunkedStream *self)
{
  (void) self;
}

GInputStream *
fuzz_chunked_stream_new (const guint8 *data, gsize size, gsize chunk)
{
  FuzzChunkedStream *self = g_object_new (fuzz_chunked_stream_get_type (), NULL);
  self->data = data;
  self->size = size;
  self->chunk = chunk > 0 ? chunk : 1;
  return G_INPUT_STREAM (self);
}
