/* error.c — the library's error domain. */
#include "config.h"

#include "incentive/incentive-error.h"

/**
 * incentive_error_quark:
 *
 * The quark behind %INCENTIVE_ERROR, the domain of every #GError libincentive reports.
 * C callers use the macro; bindings see it as the domain of #IncentiveError.
 *
 * Returns: the error domain's quark
 */
G_DEFINE_QUARK (incentive-error-quark, incentive_error)
