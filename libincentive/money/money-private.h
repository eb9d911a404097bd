/* money-private.h — exact decimal arithmetic for everything that is money or a ratio.
 *
 * A value is an integer mantissa and a count of decimal places: 12.50 is {1250, 2}.
 * Nothing here uses binary floating point or the C locale.  Every operation that can
 * overflow is checked and reports it instead of wrapping, so callers can name the line.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

__extension__ typedef __int128 IncWide;

/* Mantissas are kept below 10^36 so that one more decimal shift or a comparison never
 * overflows the 128-bit range (about 1.7e38). */
#define INC_DEC_MAX_SCALE 36

typedef struct {
  IncWide mant;
  int scale;
} IncDec;

typedef enum {
  INC_ROUND_HALF_UP,   /* halves away from zero */
  INC_ROUND_HALF_EVEN, /* halves to the even digit */
} IncRounding;

/* How the text of a number is written: the decimal separator and whether groups of
 * thousands may be separated (',' groups when the separator is '.'; '.', ' ' and
 * no-break spaces group when it is ','). */
typedef struct {
  char decimal_separator;
  gboolean allow_grouping;
  gboolean allow_percent; /* "2.5%" means 0.025 */
} IncNumberSyntax;

extern const IncNumberSyntax inc_plain_syntax;   /* '.', no grouping, no percent */
extern const IncNumberSyntax inc_ratio_syntax;   /* '.', no grouping, percent allowed */
extern const IncNumberSyntax inc_amount_syntax;  /* '.', ',' may group thousands ("250,000.00") */

static inline IncDec
inc_dec_make (IncWide mant, int scale)
{
  IncDec d = { mant, scale };
  return d;
}

static inline IncDec
inc_dec_zero (void)
{
  return inc_dec_make (0, 0);
}

IncWide inc_pow10 (int n);

/* Parses TEXT (LEN bytes, surrounding spaces ignored).  On failure returns FALSE and,
 * when WHY is given, a static explanation ("not a number", "bad thousands grouping"…). */
gboolean inc_dec_parse (const char *text, gsize len, const IncNumberSyntax *syntax,
                        IncDec *out, const char **why);

gboolean inc_dec_add (IncDec a, IncDec b, IncDec *out);
gboolean inc_dec_sub (IncDec a, IncDec b, IncDec *out);
gboolean inc_dec_mul (IncDec a, IncDec b, IncDec *out);
gboolean inc_dec_rescale (IncDec a, int scale, IncDec *out); /* exact: only adds zeros */
int inc_dec_cmp (IncDec a, IncDec b);
int inc_dec_sign (IncDec a);
IncDec inc_dec_neg (IncDec a);
IncDec inc_dec_min (IncDec a, IncDec b);
IncDec inc_dec_max (IncDec a, IncDec b);

/* Rounds A to SCALE places with MODE (scale may also grow, exactly). */
gboolean inc_dec_round (IncDec a, int scale, IncRounding mode, IncDec *out);

/* NUM ÷ DEN rounded to SCALE places with MODE; DEN must not be zero. */
gboolean inc_dec_div_round (IncDec num, IncDec den, int scale, IncRounding mode, IncDec *out);

/* Writes A with exactly SCALE decimals (A is rounded half-up first if it has more).
 * BUF must hold INC_DEC_FORMAT_SIZE bytes. Returns BUF. */
#define INC_DEC_FORMAT_SIZE 48
char *inc_dec_format (IncDec a, int scale, char *buf);
char *inc_dec_to_string (IncDec a, int scale); /* g_free() the result */

/* The decimal digits of A without trailing zeros ("2.5", "0.025", "100"). */
char *inc_dec_to_plain_string (IncDec a);

/* A ratio shown as a percent without needless zeros: 1.0375 → "103.75%". */
char *inc_dec_to_percent_string (IncDec ratio);

/* Minor units of the currency: A must already be at SCALE; fails when it does not fit
 * 64 bits. */
gboolean inc_dec_to_int64 (IncDec a, int scale, gint64 *out);

/* Parses the rounding names of the plan ("half-up", "half-even"). */
gboolean inc_rounding_from_string (const char *name, IncRounding *out);

G_END_DECLS
