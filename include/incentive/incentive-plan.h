/* incentive-plan.h — the rules of a month: weights, targets, bonus tiers, recognition. */
#pragma once

#if !defined(__INCENTIVE_INSIDE__) && !defined(INCENTIVE_COMPILATION)
#error "Only <incentive/incentive.h> can be included directly."
#endif

#include <glib-object.h>

#include <incentive/incentive-macros.h>

G_BEGIN_DECLS

/**
 * IncentivePlan:
 *
 * An immutable, reference-counted plan: the key file with its product catalogue and
 * employees file, read and checked once.  Any number of runs may share one plan.
 *
 * A plan is created by incentive_plan_load() and freed with incentive_plan_unref() (or
 * g_autoptr()); every run and report made from it holds a reference of its own.
 */
typedef struct _IncentivePlan IncentivePlan;

#define INCENTIVE_TYPE_PLAN (incentive_plan_get_type ())

INCENTIVE_AVAILABLE_IN_1_0
GType incentive_plan_get_type (void) G_GNUC_CONST;

INCENTIVE_AVAILABLE_IN_1_0
IncentivePlan *incentive_plan_load (const char *path, GError **error);

INCENTIVE_AVAILABLE_IN_1_0
IncentivePlan *incentive_plan_ref (IncentivePlan *plan);

INCENTIVE_AVAILABLE_IN_1_0
void incentive_plan_unref (IncentivePlan *plan);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_plan_get_name (IncentivePlan *plan);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_plan_get_period (IncentivePlan *plan);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_plan_get_currency (IncentivePlan *plan);

INCENTIVE_AVAILABLE_IN_1_0
guint incentive_plan_get_minor_digits (IncentivePlan *plan);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_plan_get_title (IncentivePlan *plan);

INCENTIVE_AVAILABLE_IN_1_0
const char *incentive_plan_get_history_path (IncentivePlan *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IncentivePlan, incentive_plan_unref)

G_END_DECLS
