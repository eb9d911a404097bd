/* money.c — exact decimals: parsing, checked arithmetic, rounding, formatting. */
#include "config.h"

#include <string.h>

#include "money/money-private.h"

const IncNumberSyntax inc_plain_syntax = { '.', FALSE, FALSE };
const IncNumberSyntax inc_ratio_syntax = { '.', FALSE, TRUE };
const IncNumberSyntax inc_amount_syntax = { '.', TRUE, FALSE };

/* Parsed numbers keep at most this many decimals and significant digits: far beyond any
 * price or rate, and small enough that a product of three of them fits 128 bits. */
#define PARSE_MAX_SCALE 18
#define PARSE_MAX_DIGITS 30

IncWide
inc_pow10 (int n)
{
  static IncWide table[39];
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      IncWide p = 1;
      for (int i = 0; i < 39; i++)
        {
          table[i] = p;
          if (i < 38)
            p *= 10;
        }
      g_once_init_leave (&initialised, 1);
    }
  g_return_val_if_fail (n >= 0 && n <= 38, 0);
  return table[n];
}

static gboolean
is_blank (unsigned char c)
{
  return c == ' ' || c == '\t';
}

/* Length of a grouping separator at P (0 when there is none): the no-break space (U+00A0)
 * and the narrow no-break space (U+202F) are what spreadsheets write for "1 234,50". */
static gsize
group_separator_at (const char *p, const char *end, char decimal_separator)
{
  if (p >= end)
    return 0;
  if (decimal_separator == '.')
    return *p == ',' ? 1 : 0;
  if (*p == '.' || *p == ' ')
    return 1;
  if (end - p >= 2 && (unsigned char) p[0] == 0xC2 && (unsigned char) p[1] == 0xA0)
    return 2;
  if (end - p >= 3 && (unsigned char) p[0] == 0xE2 && (unsigned char) p[1] == 0x80
      && (unsigned char) p[2] == 0xAF)
    return 3;
  return 0;
}

static gboolean
fail (const char **why, const char *reason)
{
  if (why)
    *why = reason;
  return FALSE;
}

gboolean
inc_dec_parse (const char *text, gsize len, const IncNumberSyntax *syntax, IncDec *out,
               const char **why)
{
  const char *p = text, *end = text + len;
  gboolean negative = FALSE, percent = FALSE;
  IncWide mant = 0;
  int scale = 0, digits = 0, int_digits = 0;

  while (p < end && is_blank ((unsigned char) *p))
    p++;
  while (end > p && is_blank ((unsigned char) end[-1]))
    end--;
  if (p == end)
    return fail (why, "empty number");

  if (syntax->allow_percent && end[-1] == '%')
    {
      percent = TRUE;
      end--;
      while (end > p && is_blank ((unsigned char) end[-1]))
        end--;
    }
  if (p < end && (*p == '-' || *p == '+'))
    {
      negative = *p == '-';
      p++;
    }

  /* Integer part, with optional groups of exactly three digits after the first. */
  const char *group_sep = NULL;
  gsize group_sep_len = 0;
  int group_len = 0;
  gboolean grouped = FALSE;
  while (p < end)
    {
      if (g_ascii_isdigit (*p))
        {
          if (digits > 0 || *p != '0')
            digits++;
          if (digits > PARSE_MAX_DIGITS)
            return fail (why, "too many digits");
          mant = mant * 10 + (*p - '0');
          int_digits++;
          group_len++;
          p++;
          continue;
        }
      gsize sep = syntax->allow_grouping ? group_separator_at (p, end, syntax->decimal_separator)
                                         : 0;
      if (sep == 0)
        break;
      if (group_sep && (sep != group_sep_len || memcmp (p, group_sep, sep) != 0))
        return fail (why, "mixed thousands separators");
      if (group_len == 0 || group_len > 3 || (grouped && group_len != 3))
        return fail (why, "bad thousands grouping");
      group_sep = p;
      group_sep_len = sep;
      grouped = TRUE;
      group_len = 0;
      p += sep;
    }
  if (grouped && group_len != 3)
    return fail (why, "bad thousands grouping");

  if (p < end && *p == syntax->decimal_separator)
    {
      p++;
      while (p < end && g_ascii_isdigit (*p))
        {
          if (digits > 0 || *p != '0')
            digits++;
          if (digits > PARSE_MAX_DIGITS)
            return fail (why, "too many digits");
          if (++scale > PARSE_MAX_SCALE)
            return fail (why, "too many decimals");
          mant = mant * 10 + (*p - '0');
          p++;
        }
      if (int_digits == 0 && scale == 0)
        return fail (why, "not a number");
    }
  if (p != end)
    return fail (why, "not a number");
  if (int_digits == 0 && scale == 0)
    return fail (why, "not a number");

  if (percent)
    scale += 2;
  out->mant = negative ? -mant : mant;
  out->scale = scale;
  return TRUE;
}

gboolean
inc_dec_rescale (IncDec a, int scale, IncDec *out)
{
  if (scale < a.scale || scale > 38)
    return FALSE;
  IncWide m;
  if (__builtin_mul_overflow (a.mant, inc_pow10 (scale - a.scale), &m))
    return FALSE;
  out->mant = m;
  out->scale = scale;
  return TRUE;
}

/* Drops trailing zeros beyond MAX so that long chains of products stay in range. */
static IncDec
normalise (IncDec a, int max)
{
  while (a.scale > max && a.mant % 10 == 0)
    {
      a.mant /= 10;
      a.scale--;
    }
  return a;
}

static gboolean
align (IncDec *a, IncDec *b)
{
  if (a->scale < b->scale)
    return inc_dec_rescale (*a, b->scale, a);
  if (b->scale < a->scale)
    return inc_dec_rescale (*b, a->scale, b);
  return TRUE;
}

gboolean
inc_dec_add (IncDec a, IncDec b, IncDec *out)
{
  if (!align (&a, &b))
    return FALSE;
  IncWide m;
  if (__builtin_add_overflow (a.mant, b.mant, &m))
    return FALSE;
  *out = inc_dec_make (m, a.scale);
  return TRUE;
}

gboolean
inc_dec_sub (IncDec a, IncDec b, IncDec *out)
{
  return inc_dec_add (a, inc_dec_neg (b), out);
}

gboolean
inc_dec_mul (IncDec a, IncDec b, IncDec *out)
{
  IncWide m;
  if (__builtin_mul_overflow (a.mant, b.mant, &m))
    return FALSE;
  IncDec r = normalise (inc_dec_make (m, a.scale + b.scale), INC_DEC_MAX_SCALE);
  if (r.scale > INC_DEC_MAX_SCALE)
    return FALSE;
  *out = r;
  return TRUE;
}

int
inc_dec_sign (IncDec a)
{
  return a.mant > 0 ? 1 : a.mant < 0 ? -1 : 0;
}

IncDec
inc_dec_neg (IncDec a)
{
  a.mant = -a.mant;
  return a;
}

int
inc_dec_cmp (IncDec a, IncDec b)
{
  /* Integer parts first, then the fractions: this never overflows, whatever the scales. */
  IncWide ia = a.mant / inc_pow10 (a.scale), ib = b.mant / inc_pow10 (b.scale);
  if (ia != ib)
    return ia < ib ? -1 : 1;
  IncWide fa = a.mant % inc_pow10 (a.scale), fb = b.mant % inc_pow10 (b.scale);
  int s = MAX (a.scale, b.scale);
  fa *= inc_pow10 (s - a.scale);
  fb *= inc_pow10 (s - b.scale);
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

IncDec
inc_dec_min (IncDec a, IncDec b)
{
  return inc_dec_cmp (a, b) <= 0 ? a : b;
}

IncDec
inc_dec_max (IncDec a, IncDec b)
{
  return inc_dec_cmp (a, b) >= 0 ? a : b;
}

/* Rounds the quotient Q (truncated toward zero) of a division whose remainder is R and
 * divisor D, all with the sign conventions of C's / and %. */
static IncWide
round_quotient (IncWide q, IncWide r, IncWide d, IncRounding mode)
{
  if (r == 0)
    return q;
  IncWide ar = r < 0 ? -r : r, ad = d < 0 ? -d : d;
  int sign = ((r < 0) != (d < 0)) ? -1 : 1;
  IncWide rest = ad - ar;
  gboolean away;
  if (ar > rest)
    away = TRUE;
  else if (ar < rest)
    away = FALSE;
  else
    away = mode == INC_ROUND_HALF_UP || (q % 2 != 0);
  return away ? q + sign : q;
}

gboolean
inc_dec_round (IncDec a, int scale, IncRounding mode, IncDec *out)
{
  /* A negative scale would mean rounding to tens; nothing here needs it, and the
   * divisor 10^(a.scale - scale) must stay inside the table. */
  if (scale < 0 || a.scale - scale > 38)
    return FALSE;
  if (scale >= a.scale)
    return inc_dec_rescale (a, scale, out);
  IncWide d = inc_pow10 (a.scale - scale);
  *out = inc_dec_make (round_quotient (a.mant / d, a.mant % d, d, mode), scale);
  return TRUE;
}

gboolean
inc_dec_div_round (IncDec num, IncDec den, int scale, IncRounding mode, IncDec *out)
{
  if (den.mant == 0)
    return FALSE;
  IncWide n = num.mant, d = den.mant;
  int e = scale + den.scale - num.scale;
  if (e > 38 || e < -38)
    return FALSE;
  if (e >= 0 && __builtin_mul_overflow (n, inc_pow10 (e), &n))
    return FALSE;
  if (e < 0 && __builtin_mul_overflow (d, inc_pow10 (-e), &d))
    return FALSE;
  *out = inc_dec_make (round_quotient (n / d, n % d, d, mode), scale);
  return TRUE;
}

static char *
format_wide (IncWide v, int scale, char *buf)
{
  char digits[48];
  int n = 0;
  gboolean negative = v < 0;
  /* Work on the negative side: it holds the most negative value without overflow. */
  IncWide w = negative ? v : -v;
  do
    {
      digits[n++] = (char) ('0' - (int) (w % 10));
      w /= 10;
    }
  while (w != 0);
  while (n <= scale)
    digits[n++] = '0';

  char *p = buf;
  if (negative)
    *p++ = '-';
  for (int i = n - 1; i >= 0; i--)
    {
      *p++ = digits[i];
      if (i == scale && scale > 0)
        *p++ = '.';
    }
  *p = '\0';
  return buf;
}

char *
inc_dec_format (IncDec a, int scale, char *buf)
{
  IncDec r;
  if (!inc_dec_round (a, scale, INC_ROUND_HALF_UP, &r))
    {
      g_strlcpy (buf, "overflow", INC_DEC_FORMAT_SIZE);
      return buf;
    }
  return format_wide (r.mant, scale, buf);
}

char *
inc_dec_to_string (IncDec a, int scale)
{
  char buf[INC_DEC_FORMAT_SIZE];
  return g_strdup (inc_dec_format (a, scale, buf));
}

char *
inc_dec_to_plain_string (IncDec a)
{
  a = normalise (a, 0);
  return inc_dec_to_string (a, a.scale);
}

char *
inc_dec_to_percent_string (IncDec ratio)
{
  IncDec pct = inc_dec_make (ratio.mant, ratio.scale - 2);
  if (ratio.scale < 2)
    {
      pct.scale = 0;
      if (__builtin_mul_overflow (ratio.mant, inc_pow10 (2 - ratio.scale), &pct.mant))
        return g_strdup ("overflow");
    }
  pct = normalise (pct, 0);
  char *s = inc_dec_to_string (pct, pct.scale);
  char *r = g_strconcat (s, "%", NULL);
  g_free (s);
  return r;
}

gboolean
inc_dec_to_int64 (IncDec a, int scale, gint64 *out)
{
  IncDec r;
  if (!inc_dec_rescale (a, scale, &r))
    return FALSE;
  if (r.mant > G_MAXINT64 || r.mant < G_MININT64)
    return FALSE;
  *out = (gint64) r.mant;
  return TRUE;
}

gboolean
inc_rounding_from_string (const char *name, IncRounding *out)
{
  if (g_strcmp0 (name, "half-up") == 0)
    *out = INC_ROUND_HALF_UP;
  else if (g_strcmp0 (name, "half-even") == 0)
    *out = INC_ROUND_HALF_EVEN;
  else
    return FALSE;
  return TRUE;
}
