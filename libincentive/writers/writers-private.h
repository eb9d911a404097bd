/* writers-private.h — the last stop of a sales line: the report written for people and
 * programs.  Writers format; they never compute. */
#pragma once

#include <json-glib/json-glib.h>

#include "standings/report-private.h"

G_BEGIN_DECLS

JsonNode *inc_report_to_json_node (IncentiveReport *report);

/* Members of a JSON object under construction: VALUE NULL is written as null. */
void inc_json_member_string (JsonBuilder *b, const char *key, const char *value);
void inc_json_member_int (JsonBuilder *b, const char *key, gint64 value);
void inc_json_member_bool (JsonBuilder *b, const char *key, gboolean value);

/* KEY: COUNT of customers of one status, or null while statuses are unknown. */
void inc_json_member_status_count (JsonBuilder *b, const char *key, gboolean known, guint count);

/* KEY: an array of rejected lines (IncentiveRejection*), each {file, line, reason}. */
void inc_json_member_rejections (JsonBuilder *b, const char *key, const GPtrArray *rejected);

/* ROOT as the text of a JSON file, pretty-printed, ending with a newline. */
char *inc_json_to_text (JsonNode *root);
char *inc_report_to_rewards_csv (IncentiveReport *report);

/* Appends VALUE as one CSV field (nothing for NULL); IS_TEXT guards against spreadsheet
 * formulas. */
void inc_csv_append_field (GString *out, const char *value, gboolean is_text);

/* Writes each FILES[i] (a name inside DIRECTORY) with CONTENTS[i]: all to temporary
 * files first, then renamed into place, so a failure leaves no half-written set. */
gboolean inc_write_files_atomically (const char *directory, const char *const *files,
                                     const char *const *contents, GError **error);

G_END_DECLS
