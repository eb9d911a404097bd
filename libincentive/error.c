/* error.c — the library's error domain. */
#include "config.h"

#include "incentive/incentive-error.h"

G_DEFINE_QUARK (incentive-error-quark, incentive_error)
