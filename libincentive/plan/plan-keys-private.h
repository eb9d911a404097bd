/* plan-keys-private.h — reading the plan's key file, shared by the files that read its
 * groups (plan.c; plan-customers.c; plan-rewards.c): every value is checked and a bad one
 * refuses the plan, naming the file, the group, the key and the value. */
#pragma once

#include "plan/plan-private.h"

G_BEGIN_DECLS

typedef struct {
  GKeyFile *kf;
  const char *file; /* the plan's name for messages */
  IncentivePlan *plan;
} IncPlanLoader;

/* Sets ERROR to "FILE: [GROUP] KEY='VALUE': WHY" (KEY and VALUE may be NULL); FALSE. */
gboolean inc_plan_error (GError **error, const IncPlanLoader *l, const char *group, const char *key,
                         const char *value, const char *why);

/* The value of GROUP/KEY with surrounding spaces removed, or NULL when absent. */
char *inc_plan_get (const IncPlanLoader *l, const char *group, const char *key);

/* A money amount of the plan: a plain number, not negative (POSITIVE: above zero). */
gboolean inc_plan_get_amount (const IncPlanLoader *l, const char *group, const char *key,
                              gboolean positive, gboolean *present, IncDec *out, GError **error);

/* A rate or attainment: a percent or a fraction, not negative. */
gboolean inc_plan_get_ratio (const IncPlanLoader *l, const char *group, const char *key,
                             gboolean *present, IncDec *out, GError **error);

/* VALUE relative to the plan file's folder (or absolute). */
char *inc_plan_resolve_path (const IncentivePlan *plan, const char *value);

gboolean inc_plan_parse_customers (const IncPlanLoader *l, IncentivePlan *plan, GError **error);
gboolean inc_plan_parse_rewards (const IncPlanLoader *l, IncentivePlan *plan, GError **error);

G_END_DECLS
