/* incentive-macros.h — export and availability markers for the public API. */
#pragma once

#if !defined(__INCENTIVE_INSIDE__) && !defined(INCENTIVE_COMPILATION)
#error "Only <incentive/incentive.h> can be included directly."
#endif

#include <glib.h>

/* Symbols are hidden unless marked: the library is built with -fvisibility=hidden. */
#if defined(INCENTIVE_COMPILATION) && defined(__GNUC__)
#define INCENTIVE_API __attribute__ ((visibility ("default"))) extern
#else
#define INCENTIVE_API extern
#endif

#define INCENTIVE_AVAILABLE_IN_1_0 INCENTIVE_API
#define INCENTIVE_DEPRECATED_FOR(f) G_DEPRECATED_FOR (f) INCENTIVE_API
