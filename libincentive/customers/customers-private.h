/* customers-private.h — customer work: whom each customer is credited to, its status
 * (new, won back, retained, from the history store), complaints closed and answered in
 * time, customers kept after a complaint, and the customer bonus. */
#pragma once

#include "standings/report-private.h"

G_BEGIN_DECLS

/* Fills the customer fields of REPORT's standings (before their bonus is computed). */
gboolean inc_customers_apply (IncentiveReport *report, GError **error);

G_END_DECLS
