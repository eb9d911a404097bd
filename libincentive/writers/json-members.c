/* json-members.c — the members every JSON writer here adds: a string or null, a whole
 * number, a flag.  Money is always a string, so no reader turns it into a float. */
#include "config.h"

#include "writers/writers-private.h"

void
inc_json_member_string (JsonBuilder *b, const char *key, const char *value)
{
  json_builder_set_member_name (b, key);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
inc_json_member_int (JsonBuilder *b, const char *key, gint64 value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

void
inc_json_member_bool (JsonBuilder *b, const char *key, gboolean value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_boolean_value (b, value);
}

void
inc_json_member_rejections (JsonBuilder *b, const char *key, const GPtrArray *rejected)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_array (b);
  for (guint i = 0; i < rejected->len; i++)
    {
      const IncentiveRejection *r = rejected->pdata[i];
      json_builder_begin_object (b);
      inc_json_member_string (b, "file", r->file);
      inc_json_member_int (b, "line", (gint64) r->line);
      inc_json_member_string (b, "reason", r->reason);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

char *
inc_json_to_text (JsonNode *root)
{
  /* Two-space indentation and a final newline: the files diff well and print well. */
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  g_autofree char *text = json_generator_to_data (gen, NULL);
  return g_strconcat (text, "\n", NULL);
}

/* The contract: while statuses are unknown (and without a store) new, won_back and retained
 * are null, so that nobody reads "0 new customers" where nothing could be known. */
void
inc_json_member_status_count (JsonBuilder *b, const char *key, gboolean known, guint count)
{
  if (known)
    inc_json_member_int (b, key, count);
  else
    inc_json_member_string (b, key, NULL);
}
