/* plan-customers.c — the plan's [customers] group: what customer work earns, when a
 * customer counts, the complaint log and how soon a complaint must be answered. */
#include "config.h"

#include <string.h>

#include "incentive/incentive-error.h"
#include "plan/plan-keys-private.h"

gboolean
inc_plan_parse_customers (const IncPlanLoader *l, IncentivePlan *plan, GError **error)
{
  IncCustomerRules *r = &plan->customers;
  r->present = g_key_file_has_group (l->kf, "customers");
  r->min_sale = inc_dec_make (1, plan->minor_digits);
  r->lapsed_after = 6;
  r->bonus_new = r->bonus_won_back = r->bonus_retained = r->bonus_kept = inc_dec_zero ();
  if (!r->present)
    return TRUE;

  if (!inc_plan_get_amount (l, "customers", "min-sale", FALSE, NULL, &r->min_sale, error)
      || !inc_plan_get_amount (l, "customers", "new", FALSE, NULL, &r->bonus_new, error)
      || !inc_plan_get_amount (l, "customers", "won-back", FALSE, NULL, &r->bonus_won_back, error)
      || !inc_plan_get_amount (l, "customers", "retained", FALSE, NULL, &r->bonus_retained, error)
      || !inc_plan_get_amount (l, "customers", "kept-after-complaint", FALSE, NULL, &r->bonus_kept, error))
    return FALSE;

  g_autofree char *lapsed = inc_plan_get (l, "customers", "lapsed-after");
  if (lapsed)
    {
      char *end = NULL;
      gint64 n = g_ascii_strtoll (lapsed, &end, 10);
      if (*lapsed == '\0' || *end != '\0' || n < 1 || n > 1200)
        return inc_plan_error (error, l, "customers", "lapsed-after", lapsed,
                           "expected a whole number of periods from 1 to 1200");
      r->lapsed_after = (int) n;
    }

  g_autofree char *complaints = inc_plan_get (l, "customers", "complaints");
  if (complaints)
    {
      r->complaints_path = inc_plan_resolve_path (plan, complaints);
      r->complaints_name = g_steal_pointer (&complaints);
    }

  g_autofree char *within = inc_plan_get (l, "customers", "respond-within");
  if (within)
    {
      gsize len = strlen (within);
      char unit = len ? within[len - 1] : '\0';
      char *end = NULL;
      gint64 n = len > 1 ? g_ascii_strtoll (within, &end, 10) : -1;
      if ((unit != 'h' && unit != 'd') || n < 0 || end != within + len - 1
          || !g_ascii_isdigit (within[0]) || n > 100000)
        return inc_plan_error (error, l, "customers", "respond-within", within,
                           "expected a whole number of hours (48h) or days (2d)");
      r->has_respond_within = TRUE;
      r->respond_within_seconds = n * (unit == 'h' ? 3600 : 86400);
    }
  return TRUE;
}
