/* incentive-run.h — one monthly run: a plan, one or more sales exports, a report. */
#pragma once

#if !defined(__INCENTIVE_INSIDE__) && !defined(INCENTIVE_COMPILATION)
#error "Only <incentive/incentive.h> can be included directly."
#endif

#include <gio/gio.h>

#include <incentive/incentive-macros.h>
#include <incentive/incentive-plan.h>
#include <incentive/incentive-report.h>

G_BEGIN_DECLS

/**
 * IncentiveRun:
 *
 * A monthly run in progress: sales exports are added one after another, in any number,
 * and finishing the run computes the report.  Lines stream through; the run never holds
 * an export in memory.
 *
 * A run is created by incentive_run_new(), fed with incentive_run_add_file(),
 * incentive_run_add_stream() or incentive_run_add_bytes(), finished once with
 * incentive_run_finish(), and freed with incentive_run_unref() (or g_autoptr()).  The
 * report it returns holds its own references and outlives the run.
 */
typedef struct _IncentiveRun IncentiveRun;

#define INCENTIVE_TYPE_RUN (incentive_run_get_type ())

INCENTIVE_AVAILABLE_IN_1_0
GType incentive_run_get_type (void) G_GNUC_CONST;

INCENTIVE_AVAILABLE_IN_1_0
IncentiveRun *incentive_run_new (IncentivePlan *plan, const char *period, GError **error);

INCENTIVE_AVAILABLE_IN_1_0
IncentiveRun *incentive_run_ref (IncentiveRun *run);

INCENTIVE_AVAILABLE_IN_1_0
void incentive_run_unref (IncentiveRun *run);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_run_get_period (IncentiveRun *run);

INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_run_add_file (IncentiveRun *run, const char *path, const char *name,
                                 GError **error);

INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_run_add_stream (IncentiveRun *run, GInputStream *stream, const char *name,
                                   GCancellable *cancellable, GError **error);

INCENTIVE_AVAILABLE_IN_1_0
gboolean incentive_run_add_bytes (IncentiveRun *run, GBytes *bytes, const char *name,
                                  GError **error);

INCENTIVE_AVAILABLE_IN_1_0
IncentiveReport *incentive_run_finish (IncentiveRun *run, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentiveRun, incentive_run_unref)

G_END_DECLS
