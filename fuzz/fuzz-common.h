/* fuzz-common.h — what the fuzz targets share: dying loudly, and a stream that hands out
 * its bytes a few at a time. */
#pragma once

#include <gio/gio.h>

/* Prints the message and aborts: the fuzzer (or the replay driver) keeps the input. */
void fuzz_die (const char *format, ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;

/* A stream over DATA (not copied: it must outlive the stream) whose reads return at most
 * CHUNK bytes, so that every chunk boundary a reader can meet gets met. */
GInputStream *fuzz_chunked_stream_new (const guint8 *data, gsize size, gsize chunk);
