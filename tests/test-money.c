/* test-money.c — exact decimals: parsing as exports write numbers, rounding at exact
 * halves, comparisons across scales, overflow that is reported instead of wrapped, and the
 * currencies' minor units. */
#include "config.h"

#include <string.h>

#include "cunit-helpers.h"
#include "money/money-private.h"
#include "plan/plan-private.h"

static const IncNumberSyntax dot_grouped = { '.', TRUE, FALSE };
static const IncNumberSyntax comma_grouped = { ',', TRUE, FALSE };
static const IncNumberSyntax comma_plain = { ',', FALSE, FALSE };

/* Parses TEXT and returns its exact digits ("1234.50" keeps the written scale), or NULL
 * with the reason in *WHY. */
static char *
parse_to_string (const char *text, const IncNumberSyntax *syntax, const char **why)
{
  IncDec d = { 12345, 7 }; /* garbage that a failed parse must not pretend to set */
  const char *reason = NULL;
  if (!inc_dec_parse (text, strlen (text), syntax, &d, &reason))
    {
      if (why)
        *why = reason;
      CU_ASSERT_PTR_NOT_NULL (reason);
      return NULL;
    }
  return inc_dec_to_string (d, d.scale);
}

#define ASSERT_PARSES(text, syntax, expected)                                                      \
  do                                                                                               \
    {                                                                                              \
      g_autofree char *got_ = parse_to_string ((text), (syntax), NULL);                           \
      CU_ASSERT_PTR_NOT_NULL (got_);                                                               \
      if (got_)                                                                                    \
        CU_ASSERT_STRING_EQUAL (got_, (expected));                                                 \
    }                                                                                              \
  while (0)

#define ASSERT_REFUSED(text, syntax, reason)                                                       \
  do                                                                                               \
    {                                                                                              \
      const char *why_ = NULL;                                                                     \
      g_autofree char *got_ = parse_to_string ((text), (syntax), &why_);                          \
      CU_ASSERT_PTR_NULL (got_);                                                                   \
      CU_ASSERT_STRING_EQUAL (why_ ? why_ : "(none)", (reason));                                  \
    }                                                                                              \
  while (0)

static void
test_parse_plain (void)
{
  ASSERT_PARSES ("12.50", &inc_plain_syntax, "12.50");
  ASSERT_PARSES ("0", &inc_plain_syntax, "0");
  ASSERT_PARSES ("  7 ", &inc_plain_syntax, "7");
  ASSERT_PARSES ("\t-3.25\t", &inc_plain_syntax, "-3.25");
  ASSERT_PARSES ("+4.1", &inc_plain_syntax, "4.1");
  ASSERT_PARSES ("-0.005", &inc_plain_syntax, "-0.005");
  ASSERT_PARSES (".5", &inc_plain_syntax, "0.5");
  ASSERT_PARSES ("5.", &inc_plain_syntax, "5");
  ASSERT_PARSES ("007.10", &inc_plain_syntax, "7.10");
  ASSERT_PARSES ("123456789012345678901234567890", &inc_plain_syntax,
                 "123456789012345678901234567890");
  ASSERT_PARSES ("0.000000000000000001", &inc_plain_syntax, "0.000000000000000001");

  ASSERT_REFUSED ("", &inc_plain_syntax, "empty number");
  ASSERT_REFUSED ("   ", &inc_plain_syntax, "empty number");
  ASSERT_REFUSED ("abc", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("12a", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("-", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("+", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED (".", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("--5", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("- 5", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("1.2.3", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("1e5", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("1 000", &inc_plain_syntax, "not a number");
  ASSERT_REFUSED ("1,000", &inc_plain_syntax, "not a number"); /* no grouping allowed */
  ASSERT_REFUSED ("2.5%", &inc_plain_syntax, "not a number");  /* no percent allowed */
  ASSERT_REFUSED ("1234567890123456789012345678901", &inc_plain_syntax, "too many digits");
  ASSERT_REFUSED ("0.0000000000000000001", &inc_plain_syntax, "too many decimals");
}

static void
test_parse_dot_grouping (void)
{
  ASSERT_PARSES ("1,234.50", &dot_grouped, "1234.50");
  ASSERT_PARSES ("1,234,567.8", &dot_grouped, "1234567.8");
  ASSERT_PARSES ("999,999", &dot_grouped, "999999");
  ASSERT_PARSES ("-12,345.01", &dot_grouped, "-12345.01");
  ASSERT_PARSES ("12345.678", &dot_grouped, "12345.678"); /* grouping is optional */

  ASSERT_REFUSED ("1,23.50", &dot_grouped, "bad thousands grouping");
  ASSERT_REFUSED ("12345,678", &dot_grouped, "bad thousands grouping");
  ASSERT_REFUSED ("1,2345", &dot_grouped, "bad thousands grouping");
  ASSERT_REFUSED (",123", &dot_grouped, "bad thousands grouping");
  ASSERT_REFUSED ("1,,234", &dot_grouped, "bad thousands grouping");
  ASSERT_REFUSED ("1,234,", &dot_grouped, "bad thousands grouping");
  ASSERT_REFUSED ("1,234,56", &dot_grouped, "bad thousands grouping");
  /* With '.' for decimals neither '.' nor spaces group. */
  ASSERT_REFUSED ("1 234.50", &dot_grouped, "not a number");
  ASSERT_REFUSED ("1.234,50", &dot_grouped, "not a number");
  /* Groups belong to the integer part only. */
  ASSERT_REFUSED ("1.234,567", &dot_grouped, "not a number");
}

static void
test_parse_comma_decimal (void)
{
  ASSERT_PARSES ("1.234,50", &comma_grouped, "1234.50");
  ASSERT_PARSES ("1 234,50", &comma_grouped, "1234.50");
  ASSERT_PARSES ("1\xC2\xA0" "234,50", &comma_grouped, "1234.50");        /* U+00A0 */
  ASSERT_PARSES ("12\xE2\x80\xAF" "345\xE2\x80\xAF" "678,9", &comma_grouped, "12345678.9"); /* U+202F */
  ASSERT_PARSES ("1.234.567", &comma_grouped, "1234567");
  ASSERT_PARSES ("-0,75", &comma_grouped, "-0.75");
  ASSERT_PARSES ("3,5", &comma_plain, "3.5");

  ASSERT_REFUSED ("1.234 567,00", &comma_grouped, "mixed thousands separators");
  ASSERT_REFUSED ("1 234.567,00", &comma_grouped, "mixed thousands separators");
  ASSERT_REFUSED ("1\xC2\xA0" "234 567", &comma_grouped, "mixed thousands separators");
  ASSERT_REFUSED ("1.23,50", &comma_grouped, "bad thousands grouping");
  ASSERT_REFUSED ("1234.567,5", &comma_grouped, "bad thousands grouping");
  ASSERT_REFUSED ("1.5", &comma_grouped, "bad thousands grouping");
  ASSERT_REFUSED ("1,234.50", &comma_grouped, "not a number");
  ASSERT_REFUSED ("1,5,0", &comma_grouped, "not a number");
  ASSERT_REFUSED ("1.234,50", &comma_plain, "not a number");
}

static void
test_parse_percent (void)
{
  IncDec d;
  const char *why = NULL;
  CU_ASSERT_TRUE (inc_dec_parse ("2.5%", 4, &inc_ratio_syntax, &d, &why));
  CU_ASSERT (d.mant == 25 && d.scale == 3);
  CU_ASSERT_EQUAL (inc_dec_cmp (d, inc_dec_make (25, 3)), 0);

  ASSERT_PARSES ("2.5%", &inc_ratio_syntax, "0.025");
  ASSERT_PARSES ("100%", &inc_ratio_syntax, "1.00");
  ASSERT_PARSES ("0%", &inc_ratio_syntax, "0.00");
  ASSERT_PARSES ("15 %", &inc_ratio_syntax, "0.15");
  ASSERT_PARSES ("-3%", &inc_ratio_syntax, "-0.03");
  ASSERT_PARSES ("0.15", &inc_ratio_syntax, "0.15");
  ASSERT_PARSES ("150.25%", &inc_ratio_syntax, "1.5025");

  ASSERT_REFUSED ("%", &inc_ratio_syntax, "not a number");
  ASSERT_REFUSED ("5%%", &inc_ratio_syntax, "not a number");
  ASSERT_REFUSED ("%5", &inc_ratio_syntax, "not a number");
  ASSERT_REFUSED ("2.5%", &dot_grouped, "not a number");
}

static void
test_parse_length_bounded (void)
{
  /* The text is not NUL-terminated where the field ends: only LEN bytes count. */
  IncDec d;
  CU_ASSERT_TRUE (inc_dec_parse ("12.345,garbage", 6, &inc_plain_syntax, &d, NULL));
  CU_ASSERT (d.mant == 12345 && d.scale == 3);
  CU_ASSERT_FALSE (inc_dec_parse ("12x", 3, &inc_plain_syntax, &d, NULL)); /* WHY may be NULL */
}

static char *
rounded (IncWide mant, int scale, int to, IncRounding mode)
{
  IncDec r;
  if (!inc_dec_round (inc_dec_make (mant, scale), to, mode, &r))
    return g_strdup ("failed");
  CU_ASSERT_EQUAL (r.scale, to);
  return inc_dec_to_string (r, r.scale);
}

#define ASSERT_ROUNDS(mant, scale, to, mode, expected)                                             \
  do                                                                                               \
    {                                                                                              \
      g_autofree char *got_ = rounded ((mant), (scale), (to), (mode));                             \
      CU_ASSERT_STRING_EQUAL (got_, (expected));                                                   \
    }                                                                                              \
  while (0)

static void
test_round_halves (void)
{
  ASSERT_ROUNDS (2345, 3, 2, INC_ROUND_HALF_UP, "2.35");
  ASSERT_ROUNDS (2345, 3, 2, INC_ROUND_HALF_EVEN, "2.34");
  ASSERT_ROUNDS (-2345, 3, 2, INC_ROUND_HALF_UP, "-2.35");
  ASSERT_ROUNDS (-2345, 3, 2, INC_ROUND_HALF_EVEN, "-2.34");
  ASSERT_ROUNDS (2355, 3, 2, INC_ROUND_HALF_EVEN, "2.36");
  ASSERT_ROUNDS (2355, 3, 2, INC_ROUND_HALF_UP, "2.36");
  ASSERT_ROUNDS (-2355, 3, 2, INC_ROUND_HALF_EVEN, "-2.36");
  ASSERT_ROUNDS (5, 1, 0, INC_ROUND_HALF_EVEN, "0");
  ASSERT_ROUNDS (15, 1, 0, INC_ROUND_HALF_EVEN, "2");
  ASSERT_ROUNDS (25, 1, 0, INC_ROUND_HALF_EVEN, "2");
  ASSERT_ROUNDS (-5, 1, 0, INC_ROUND_HALF_UP, "-1");
  ASSERT_ROUNDS (-5, 1, 0, INC_ROUND_HALF_EVEN, "0");
  ASSERT_ROUNDS (5, 3, 2, INC_ROUND_HALF_UP, "0.01");
  ASSERT_ROUNDS (-5, 3, 2, INC_ROUND_HALF_UP, "-0.01");
  ASSERT_ROUNDS (-5, 3, 2, INC_ROUND_HALF_EVEN, "0.00"); /* -0.00 is written as 0.00 */
}

static void
test_round_not_halves (void)
{
  /* Just either side of a half: the mode does not matter. */
  ASSERT_ROUNDS (23449, 4, 2, INC_ROUND_HALF_UP, "2.34");
  ASSERT_ROUNDS (23451, 4, 2, INC_ROUND_HALF_EVEN, "2.35");
  ASSERT_ROUNDS (-23449, 4, 2, INC_ROUND_HALF_UP, "-2.34");
  ASSERT_ROUNDS (-23451, 4, 2, INC_ROUND_HALF_EVEN, "-2.35");
  ASSERT_ROUNDS (2350, 3, 2, INC_ROUND_HALF_EVEN, "2.35");
  ASSERT_ROUNDS (999995, 4, 2, INC_ROUND_HALF_UP, "100.00");
  ASSERT_ROUNDS (999995, 4, 2, INC_ROUND_HALF_EVEN, "100.00");
  /* A 0-decimal currency. */
  ASSERT_ROUNDS (12350, 2, 0, INC_ROUND_HALF_UP, "124");
  ASSERT_ROUNDS (12350, 2, 0, INC_ROUND_HALF_EVEN, "124");
  ASSERT_ROUNDS (12250, 2, 0, INC_ROUND_HALF_EVEN, "122");
  /* Growing the scale is exact. */
  ASSERT_ROUNDS (125, 2, 4, INC_ROUND_HALF_UP, "1.2500");
  /* A long exact product, 36 decimals, down to cents. */
  ASSERT_ROUNDS (inc_pow10 (35) * 5 + 1, 36, 2, INC_ROUND_HALF_EVEN, "0.50");
  ASSERT_ROUNDS (inc_pow10 (33) * 5, 36, 2, INC_ROUND_HALF_EVEN, "0.00");
  ASSERT_ROUNDS (inc_pow10 (33) * 5 + 1, 36, 2, INC_ROUND_HALF_EVEN, "0.01");
}

static void
test_round_refuses_overflow (void)
{
  IncDec r;
  /* 10^37 cannot gain two decimals inside 128 bits. */
  CU_ASSERT_FALSE (inc_dec_round (inc_dec_make (inc_pow10 (37), 0), 2, INC_ROUND_HALF_UP, &r));
  CU_ASSERT_FALSE (inc_dec_round (inc_dec_make (1, 0), 39, INC_ROUND_HALF_UP, &r));
  CU_ASSERT_FALSE (inc_dec_round (inc_dec_make (1, 2), -1, INC_ROUND_HALF_UP, &r));
}

static char *
divided (IncDec num, IncDec den, int scale, IncRounding mode)
{
  IncDec r;
  if (!inc_dec_div_round (num, den, scale, mode, &r))
    return g_strdup ("failed");
  CU_ASSERT_EQUAL (r.scale, scale);
  return inc_dec_to_string (r, r.scale);
}

#define ASSERT_DIVIDES(num, den, scale, mode, expected)                                            \
  do                                                                                               \
    {                                                                                              \
      g_autofree char *got_ = divided ((num), (den), (scale), (mode));                             \
      CU_ASSERT_STRING_EQUAL (got_, (expected));                                                   \
    }                                                                                              \
  while (0)

static void
test_div_round (void)
{
  /* Attainment: 12,345.67 weighted against a 10,000.00 target, four decimals. */
  ASSERT_DIVIDES (inc_dec_make (1234567, 2), inc_dec_make (1000000, 2), 4, INC_ROUND_HALF_UP, "1.2346");
  ASSERT_DIVIDES (inc_dec_make (1, 0), inc_dec_make (3, 0), 4, INC_ROUND_HALF_UP, "0.3333");
  ASSERT_DIVIDES (inc_dec_make (2, 0), inc_dec_make (3, 0), 4, INC_ROUND_HALF_UP, "0.6667");
  ASSERT_DIVIDES (inc_dec_make (-2, 0), inc_dec_make (3, 0), 4, INC_ROUND_HALF_UP, "-0.6667");
  ASSERT_DIVIDES (inc_dec_make (2, 0), inc_dec_make (-3, 0), 4, INC_ROUND_HALF_UP, "-0.6667");
  ASSERT_DIVIDES (inc_dec_make (-2, 0), inc_dec_make (-3, 0), 4, INC_ROUND_HALF_UP, "0.6667");
  /* Exact halves. */
  ASSERT_DIVIDES (inc_dec_make (1, 0), inc_dec_make (8, 0), 2, INC_ROUND_HALF_UP, "0.13");
  ASSERT_DIVIDES (inc_dec_make (1, 0), inc_dec_make (8, 0), 2, INC_ROUND_HALF_EVEN, "0.12");
  ASSERT_DIVIDES (inc_dec_make (3, 0), inc_dec_make (8, 0), 2, INC_ROUND_HALF_EVEN, "0.38");
  ASSERT_DIVIDES (inc_dec_make (-1, 0), inc_dec_make (8, 0), 2, INC_ROUND_HALF_UP, "-0.13");
  ASSERT_DIVIDES (inc_dec_make (-1, 0), inc_dec_make (8, 0), 2, INC_ROUND_HALF_EVEN, "-0.12");
  ASSERT_DIVIDES (inc_dec_make (5, 0), inc_dec_make (2, 0), 0, INC_ROUND_HALF_EVEN, "2");
  ASSERT_DIVIDES (inc_dec_make (5, 0), inc_dec_make (2, 0), 0, INC_ROUND_HALF_UP, "3");
  /* The numerator has more decimals than the result. */
  ASSERT_DIVIDES (inc_dec_make (123456789, 8), inc_dec_make (1, 0), 2, INC_ROUND_HALF_UP, "1.23");
  ASSERT_DIVIDES (inc_dec_make (125, 3), inc_dec_make (1, 0), 2, INC_ROUND_HALF_EVEN, "0.12");
  ASSERT_DIVIDES (inc_dec_make (125, 3), inc_dec_make (1, 0), 2, INC_ROUND_HALF_UP, "0.13");

  IncDec r;
  CU_ASSERT_FALSE (inc_dec_div_round (inc_dec_make (1, 0), inc_dec_zero (), 2, INC_ROUND_HALF_UP, &r));
  CU_ASSERT_FALSE (inc_dec_div_round (inc_dec_make (1, 0), inc_dec_make (0, 4), 2, INC_ROUND_HALF_UP, &r));
  /* 10^37 ÷ 10^-3 would need 10^40. */
  CU_ASSERT_FALSE (inc_dec_div_round (inc_dec_make (inc_pow10 (37), 0), inc_dec_make (1, 3), 0,
                                      INC_ROUND_HALF_UP, &r));
}

static void
test_cmp (void)
{
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (150, 2), inc_dec_make (15, 1)), 0);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (1500000, 6), inc_dec_make (15, 1)), 0);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (151, 2), inc_dec_make (15, 1)), 1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (15, 1), inc_dec_make (151, 2)), -1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (-15, 1), inc_dec_make (-125, 2)), -1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (-125, 2), inc_dec_make (-15, 1)), 1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (-5, 1), inc_dec_make (25, 2)), -1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (25, 2), inc_dec_make (-5, 1)), 1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (-1, 3), inc_dec_zero ()), -1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (0, 5), inc_dec_zero ()), 0);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (-2, 0), inc_dec_make (-15, 1)), -1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (-1, 0), inc_dec_make (-15, 1)), 1);

  /* Large mantissas at very different scales, where aligning would overflow 128 bits. */
  IncWide big = inc_pow10 (37) + 7; /* 10^37 + 7, scale 0 */
  IncDec tiny = inc_dec_make (inc_pow10 (36) + 1, 36); /* 1.000…001 */
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (big, 0), tiny), 1);
  CU_ASSERT_EQUAL (inc_dec_cmp (tiny, inc_dec_make (big, 0)), -1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (-big, 0), tiny), -1);
  CU_ASSERT_EQUAL (inc_dec_cmp (tiny, inc_dec_make (1, 0)), 1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (inc_pow10 (36), 36), inc_dec_make (1, 0)), 0);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (-inc_pow10 (36) - 1, 36), inc_dec_make (-1, 0)), -1);
  CU_ASSERT_EQUAL (inc_dec_cmp (inc_dec_make (big, 0), inc_dec_make (big - 1, 0)), 1);

  CU_ASSERT_EQUAL (inc_dec_sign (inc_dec_make (-1, 9)), -1);
  CU_ASSERT_EQUAL (inc_dec_sign (inc_dec_make (0, 9)), 0);
  CU_ASSERT_EQUAL (inc_dec_sign (inc_dec_make (3, 0)), 1);
  IncDec m = inc_dec_min (inc_dec_make (-5, 1), inc_dec_make (-49, 2));
  CU_ASSERT (m.mant == -5 && m.scale == 1);
  m = inc_dec_max (inc_dec_make (-5, 1), inc_dec_make (-49, 2));
  CU_ASSERT (m.mant == -49 && m.scale == 2);
}

static void
test_add_sub_mul (void)
{
  IncDec r;
  char buf[INC_DEC_FORMAT_SIZE];
  CU_ASSERT_TRUE (inc_dec_add (inc_dec_make (1050, 2), inc_dec_make (25, 3), &r));
  CU_ASSERT_STRING_EQUAL (inc_dec_format (r, r.scale, buf), "10.525");
  CU_ASSERT_TRUE (inc_dec_sub (inc_dec_make (1, 0), inc_dec_make (25, 2), &r));
  CU_ASSERT_STRING_EQUAL (inc_dec_format (r, r.scale, buf), "0.75");
  CU_ASSERT_TRUE (inc_dec_sub (inc_dec_make (25, 2), inc_dec_make (1, 0), &r));
  CU_ASSERT_STRING_EQUAL (inc_dec_format (r, r.scale, buf), "-0.75");
  /* 3 × 19.99 × (1 − 0.15) = 50.9745 exactly */
  IncDec one_minus;
  CU_ASSERT_TRUE (inc_dec_sub (inc_dec_make (1, 0), inc_dec_make (15, 2), &one_minus));
  CU_ASSERT_TRUE (inc_dec_mul (inc_dec_make (3, 0), inc_dec_make (1999, 2), &r));
  CU_ASSERT_TRUE (inc_dec_mul (r, one_minus, &r));
  CU_ASSERT_STRING_EQUAL (inc_dec_format (r, 4, buf), "50.9745");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (r, 2, buf), "50.97");
  CU_ASSERT_TRUE (inc_dec_mul (inc_dec_make (-125, 2), inc_dec_make (25, 4), &r));
  CU_ASSERT_STRING_EQUAL (inc_dec_format (r, 6, buf), "-0.003125");

  IncDec rescaled;
  CU_ASSERT_TRUE (inc_dec_rescale (inc_dec_make (15, 1), 4, &rescaled));
  CU_ASSERT (rescaled.mant == 15000 && rescaled.scale == 4);
  CU_ASSERT_FALSE (inc_dec_rescale (inc_dec_make (15, 1), 0, &rescaled)); /* would lose a digit */
}

static void
test_overflow_reported (void)
{
  const IncWide max = (IncWide) (((unsigned __int128) 1 << 127) - 1);
  const IncWide min = -max - 1;
  IncDec r = { 42, 0 };

  CU_ASSERT_FALSE (inc_dec_add (inc_dec_make (max, 0), inc_dec_make (1, 0), &r));
  CU_ASSERT_FALSE (inc_dec_add (inc_dec_make (min, 0), inc_dec_make (-1, 0), &r));
  CU_ASSERT_FALSE (inc_dec_sub (inc_dec_make (min + 1, 0), inc_dec_make (2, 0), &r));
  CU_ASSERT_TRUE (inc_dec_add (inc_dec_make (max - 1, 0), inc_dec_make (1, 0), &r));
  CU_ASSERT (r.mant == max);
  /* Aligning the scales overflows before the sum does. */
  CU_ASSERT_FALSE (inc_dec_add (inc_dec_make (inc_pow10 (37), 0), inc_dec_make (1, 2), &r));
  /* Products. */
  CU_ASSERT_FALSE (inc_dec_mul (inc_dec_make (inc_pow10 (20), 0), inc_dec_make (inc_pow10 (19), 0), &r));
  CU_ASSERT_FALSE (inc_dec_mul (inc_dec_make (-inc_pow10 (20), 0), inc_dec_make (inc_pow10 (19), 0), &r));
  CU_ASSERT_FALSE (inc_dec_mul (inc_dec_make (max, 0), inc_dec_make (-2, 0), &r));
  CU_ASSERT_TRUE (inc_dec_mul (inc_dec_make (inc_pow10 (19), 0), inc_dec_make (inc_pow10 (18), 0), &r));
  CU_ASSERT (r.mant == inc_pow10 (37) && r.scale == 0);
  /* Decimals beyond 36 that cannot be dropped are refused, not truncated. */
  CU_ASSERT_FALSE (inc_dec_mul (inc_dec_make (3, 20), inc_dec_make (7, 20), &r));
  CU_ASSERT_TRUE (inc_dec_mul (inc_dec_make (300, 20), inc_dec_make (700, 20), &r));
  CU_ASSERT (r.mant == 21 && r.scale == 36);
}

static void
test_format (void)
{
  char buf[INC_DEC_FORMAT_SIZE];
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (1234, 2), 2, buf), "12.34");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (1234, 2), 0, buf), "12");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (1250, 2), 0, buf), "13");   /* half-up */
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (-1250, 2), 0, buf), "-13");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (5, 0), 3, buf), "5.000");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (-5, 3), 3, buf), "-0.005");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (-5, 3), 2, buf), "-0.01");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (-4, 3), 2, buf), "0.00");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_zero (), 2, buf), "0.00");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (7, 4), 4, buf), "0.0007");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (inc_pow10 (37), 0), 2, buf), "overflow");

  const IncWide max = (IncWide) (((unsigned __int128) 1 << 127) - 1);
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (max, 0), 0, buf),
                          "170141183460469231731687303715884105727");
  CU_ASSERT_STRING_EQUAL (inc_dec_format (inc_dec_make (-max - 1, 38), 38, buf),
                          "-1.70141183460469231731687303715884105728");

  g_autofree char *s = inc_dec_to_string (inc_dec_make (-123456, 3), 2);
  CU_ASSERT_STRING_EQUAL (s, "-123.46");

  struct { IncWide mant; int scale; const char *plain; const char *percent; } cases[] = {
    { 25, 3, "0.025", "2.5%" },
    { 10375, 4, "1.0375", "103.75%" },
    { 1, 0, "1", "100%" },
    { 10, 1, "1", "100%" },
    { 1000, 3, "1", "100%" },
    { 5, 1, "0.5", "50%" },
    { 15, 0, "15", "1500%" },
    { 0, 4, "0", "0%" },
    { -25, 3, "-0.025", "-2.5%" },
    { 123456, 6, "0.123456", "12.3456%" },
    { 2500, 2, "25", "2500%" },
  };
  g_autofree char *huge = inc_dec_to_percent_string (inc_dec_make (max, 0));
  CU_ASSERT_STRING_EQUAL (huge, "overflow");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *plain = inc_dec_to_plain_string (inc_dec_make (cases[i].mant, cases[i].scale));
      g_autofree char *pct = inc_dec_to_percent_string (inc_dec_make (cases[i].mant, cases[i].scale));
      CU_ASSERT_STRING_EQUAL (plain, cases[i].plain);
      CU_ASSERT_STRING_EQUAL (pct, cases[i].percent);
    }
}

static void
test_to_int64 (void)
{
  gint64 v = 0;
  CU_ASSERT_TRUE (inc_dec_to_int64 (inc_dec_make (1234, 2), 2, &v));
  CU_ASSERT_EQUAL (v, 1234);
  CU_ASSERT_TRUE (inc_dec_to_int64 (inc_dec_make (12, 0), 2, &v));
  CU_ASSERT_EQUAL (v, 1200);
  CU_ASSERT_TRUE (inc_dec_to_int64 (inc_dec_make (-5, 1), 3, &v));
  CU_ASSERT_EQUAL (v, -500);
  /* More decimals than the minor units: the caller must round first. */
  v = 77;
  CU_ASSERT_FALSE (inc_dec_to_int64 (inc_dec_make (1234, 3), 2, &v));
  CU_ASSERT_EQUAL (v, 77);

  CU_ASSERT_TRUE (inc_dec_to_int64 (inc_dec_make (G_MAXINT64, 2), 2, &v));
  CU_ASSERT_EQUAL (v, G_MAXINT64);
  CU_ASSERT_TRUE (inc_dec_to_int64 (inc_dec_make (G_MININT64, 2), 2, &v));
  CU_ASSERT_EQUAL (v, G_MININT64);
  v = 77;
  CU_ASSERT_FALSE (inc_dec_to_int64 (inc_dec_make ((IncWide) G_MAXINT64 + 1, 2), 2, &v));
  CU_ASSERT_FALSE (inc_dec_to_int64 (inc_dec_make ((IncWide) G_MININT64 - 1, 2), 2, &v));
  CU_ASSERT_FALSE (inc_dec_to_int64 (inc_dec_make (G_MAXINT64 / 10 + 1, 1), 2, &v));
  CU_ASSERT_EQUAL (v, 77);
}

static void
test_rounding_names (void)
{
  IncRounding r = INC_ROUND_HALF_EVEN;
  CU_ASSERT_TRUE (inc_rounding_from_string ("half-up", &r));
  CU_ASSERT_EQUAL (r, INC_ROUND_HALF_UP);
  CU_ASSERT_TRUE (inc_rounding_from_string ("half-even", &r));
  CU_ASSERT_EQUAL (r, INC_ROUND_HALF_EVEN);
  CU_ASSERT_FALSE (inc_rounding_from_string ("bankers", &r));
  CU_ASSERT_FALSE (inc_rounding_from_string ("Half-Up", &r));
  CU_ASSERT_FALSE (inc_rounding_from_string (NULL, &r));
  CU_ASSERT_EQUAL (r, INC_ROUND_HALF_EVEN);
}

static void
test_currency_minor_digits (void)
{
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("EUR"), 2);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("USD"), 2);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("AED"), 2);  /* first of its list */
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("ZWL"), 2);  /* last of its list */
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("JPY"), 0);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("BIF"), 0);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("XPF"), 0);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("KWD"), 3);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("TND"), 3);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("CLF"), 4);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("UYW"), 4);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("XXX"), -1);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("eur"), -1);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("EU"), -1);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("EURO"), -1);
  CU_ASSERT_EQUAL (inc_currency_minor_digits (""), -1);
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("R A"), -1); /* spans two listed codes */
  CU_ASSERT_EQUAL (inc_currency_minor_digits ("UR "), -1);
}

static const TestCase parse_tests[] = {
  { "plain", test_parse_plain },
  { "dot decimal, comma groups", test_parse_dot_grouping },
  { "comma decimal, dot/space groups", test_parse_comma_decimal },
  { "percent", test_parse_percent },
  { "length bounded", test_parse_length_bounded },
  { NULL, NULL },
};

static const TestCase arithmetic_tests[] = {
  { "round exact halves", test_round_halves },
  { "round off halves", test_round_not_halves },
  { "round refuses overflow", test_round_refuses_overflow },
  { "divide and round", test_div_round },
  { "compare", test_cmp },
  { "add, sub, mul", test_add_sub_mul },
  { "overflow is reported", test_overflow_reported },
  { "rounding names", test_rounding_names },
  { NULL, NULL },
};

static const TestCase output_tests[] = {
  { "format", test_format },
  { "to int64", test_to_int64 },
  { "currency minor digits", test_currency_minor_digits },
  { NULL, NULL },
};

int
main (void)
{
  static const TestSuite suites[] = {
    { "money parse", parse_tests },
    { "money arithmetic", arithmetic_tests },
    { "money output", output_tests },
    { NULL, NULL },
  };
  return run_test_suites (suites);
}
