/* generate-month.c — writes a seeded, realistic month of sales export for `make bench`.
 *
 * The same seed, options, catalogue and employees always give the same bytes: the
 * generator uses its own PRNG (splitmix64), never rand(), whose sequence differs between
 * C libraries.  Money is built from integer cents, so no binary float decides a price.
 *
 * What makes the lines realistic (and the reader work): quoted names holding commas,
 * doubled quotes and non-ASCII letters, prices with thousands grouping inside quotes,
 * returns (negative quantities), discounts written as fractions and as percents, dates
 * with and without a time of day, customer ids from a fixed pool, txn ids (optional),
 * and a few products the catalogue does not list (they take the default weight).
 *
 * Usage: generate-month --products FILE --employees FILE [--lines N] [--seed S]
 *                       [--period YYYY-MM] [--no-txn] [--no-customer] [--output FILE]
 * --no-txn and --no-customer leave those columns out but draw the same numbers, so the
 * other columns stay the same line for line.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ROWS 1024
#define MAX_FIELDS 32
#define N_CUSTOMERS 6000

typedef struct {
  char *id;
  char *name;         /* as written in the export: already quoted */
  int locomotive;
  int64_t list_cents;
} Product;

typedef struct {
  char *id;
  char *name;         /* as written in the export: already quoted */
  unsigned share;     /* relative frequency of this seller's lines */
} Employee;

static uint64_t rng_state;

/* splitmix64: small, fast, and the same on every platform. */
static uint64_t
next_u64 (void)
{
  uint64_t z = (rng_state += UINT64_C (0x9E3779B97F4A7C15));
  z = (z ^ (z >> 30)) * UINT64_C (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * UINT64_C (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* A number in [0, n); the modulo bias is far below anything a benchmark can see. */
static unsigned
below (unsigned n)
{
  return (unsigned) (next_u64 () % n);
}

static void
die (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  fputs ("generate-month: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  exit (2);
}

static void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (p == NULL)
    die ("out of memory");
  return p;
}

static char *
xstrdup (const char *s)
{
  size_t n = strlen (s) + 1;
  return memcpy (xmalloc (n), s, n);
}

/* Splits one line of the bench's own small CSV files (no line breaks inside quotes).
 * Fields are unquoted in place; returns the number of fields. */
static int
split_csv (char *line, char **fields)
{
  int n = 0;
  char *p = line;
  for (;;)
    {
      if (n == MAX_FIELDS)
        die ("too many fields");
      char *out = p;
      fields[n++] = p;
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              if (*p == '\0')
                die ("unterminated quote");
              if (*p == '"' && p[1] == '"')
                {
                  *out++ = '"';
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                *out++ = *p++;
            }
        }
      else
        while (*p != ',' && *p != '\0')
          *out++ = *p++;
      char end = *p;
      *out = '\0';
      if (end != ',')
        return n;
      p++;
    }
}

/* The name quoted for the export, quotes doubled. */
static char *
quoted (const char *s)
{
  char *q = xmalloc (2 * strlen (s) + 3), *o = q;
  *o++ = '"';
  for (; *s; s++)
    {
      if (*s == '"')
        *o++ = '"';
      *o++ = *s;
    }
  *o++ = '"';
  *o = '\0';
  return q;
}

static int
column (char **header, int n, const char *name, const char *file)
{
  for (int i = 0; i < n; i++)
    if (strcmp (header[i], name) == 0)
      return i;
  die ("%s: no column '%s'", file, name);
  return -1;
}

static int64_t
parse_cents (const char *s, const char *file)
{
  char *end;
  errno = 0;
  long long whole = strtoll (s, &end, 10);
  long long cents = 0;
  if (*end == '.' && end[1] >= '0' && end[1] <= '9' && end[2] >= '0' && end[2] <= '9' && end[3] == '\0')
    cents = (end[1] - '0') * 10 + (end[2] - '0');
  else if (*end != '\0')
    die ("%s: bad price '%s'", file, s);
  if (errno != 0 || whole < 0)
    die ("%s: bad price '%s'", file, s);
  return whole * 100 + cents;
}

/* Reads the rows of FILE; ROW gets each data row with the header's column indexes. */
static int
read_table (const char *file, void (*row) (char **fields, int n, const int *cols, void *out, int i),
            const char *const *names, void *out)
{
  FILE *f = fopen (file, "r");
  if (f == NULL)
    die ("%s: %s", file, strerror (errno));
  char line[4096];
  char *fields[MAX_FIELDS];
  int cols[8];
  int rows = 0;
  int header = 1;
  while (fgets (line, sizeof line, f))
    {
      line[strcspn (line, "\r\n")] = '\0';
      if (line[0] == '\0')
        continue;
      int n = split_csv (line, fields);
      if (header)
        {
          for (int c = 0; names[c]; c++)
            cols[c] = column (fields, n, names[c], file);
          header = 0;
          continue;
        }
      if (rows == MAX_ROWS)
        die ("%s: more than %d rows", file, MAX_ROWS);
      row (fields, n, cols, out, rows++);
    }
  fclose (f);
  if (rows == 0)
    die ("%s: no rows", file);
  return rows;
}

static void
product_row (char **fields, int n, const int *cols, void *out, int i)
{
  (void) n;
  Product *p = (Product *) out + i;
  p->id = xstrdup (fields[cols[0]]);
  p->name = quoted (fields[cols[1]]);
  p->locomotive = strcmp (fields[cols[2]], "yes") == 0;
  p->list_cents = parse_cents (fields[cols[3]], "products");
}

static void
employee_row (char **fields, int n, const int *cols, void *out, int i)
{
  (void) n;
  Employee *e = (Employee *) out + i;
  e->id = xstrdup (fields[cols[0]]);
  e->name = quoted (fields[cols[1]]);
  /* Some sellers are busier than others, so the ranking is not a coin toss. */
  e->share = 4 + (unsigned) (i * 7 % 11);
}

/* Customer names: built from parts, many with a comma, a doubled quote or non-ASCII. */
static const char *const customer_kinds[] = {
  "Modellbahn", "Spielwaren", "Eisenbahnfreunde", "Hobby Centre", "Train Shop",
  "Jouets", "Treni e Modelli", "Tåg & Hobby", "Vláčky", "Kolejki",
};
static const char *const customer_places[] = {
  "Köln", "Göttingen", "Zürich", "Malmö", "Kraków", "Brno", "Liège", "Århus",
  "Málaga", "Düsseldorf", "Besançon", "Łódź", "Plzeň", "Tromsø", "Graz", "Coimbra",
};
static const char *const customer_forms[] = {
  "GmbH", "e.V.", "S.A.", "AB", "s.r.o.", "Sp. z o.o.", "Ltd.", "S.à r.l.",
};

static void
write_customer_name (FILE *out, unsigned c)
{
  const char *kind = customer_kinds[c % 10];
  const char *place = customer_places[(c / 10) % 16];
  const char *form = customer_forms[(c / 160) % 8];
  switch (c % 4)
    {
    case 0:
      fprintf (out, "\"%s %s, %s\"", kind, place, form);
      break;
    case 1:
      fprintf (out, "\"%s \"\"Am Bahnhof\"\" %s, %s\"", kind, place, form);
      break;
    case 2:
      fprintf (out, "\"%s, Filiale %s\"", kind, place);
      break;
    default:
      fprintf (out, "%s %s %u", kind, place, c % 97);
      break;
    }
}

/* Cents as the export writes them: 1234.50, and from 1,000.00 on sometimes grouped
 * (then quoted, since the comma is the delimiter). */
static void
write_price (FILE *out, int64_t cents)
{
  int64_t whole = cents / 100, frac = cents % 100;
  if (whole >= 1000 && below (2) == 0)
    fprintf (out, "\"%" PRId64 ",%03" PRId64 ".%02" PRId64 "\"", whole / 1000, whole % 1000, frac);
  else
    fprintf (out, "%" PRId64 ".%02" PRId64, whole, frac);
}

static const char *const fraction_discounts[] = { "0.05", "0.1", "0.125", "0.15", "0.2", "0.03" };
static const char *const percent_discounts[] = { "5%", "7.5%", "10%", "12.5%", "15%", "20%", "2.5%" };

int
main (int argc, char **argv)
{
  const char *products_file = NULL, *employees_file = NULL, *output = NULL;
  const char *period = "2026-10";
  unsigned long long lines = 1000000, seed = 20261001;
  int with_txn = 1, with_customer = 1;

  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      const char *v = i + 1 < argc ? argv[i + 1] : NULL;
      if (strcmp (a, "--no-txn") == 0)
        {
          with_txn = 0;
          continue;
        }
      if (strcmp (a, "--no-customer") == 0)
        {
          with_customer = 0;
          continue;
        }
      if (v == NULL)
        die ("usage: generate-month --products FILE --employees FILE [--lines N] [--seed S] "
             "[--period YYYY-MM] [--no-txn] [--no-customer] [--output FILE]");
      if (strcmp (a, "--products") == 0)
        products_file = v;
      else if (strcmp (a, "--employees") == 0)
        employees_file = v;
      else if (strcmp (a, "--output") == 0)
        output = v;
      else if (strcmp (a, "--period") == 0)
        period = v;
      else if (strcmp (a, "--lines") == 0)
        lines = strtoull (v, NULL, 10);
      else if (strcmp (a, "--seed") == 0)
        seed = strtoull (v, NULL, 10);
      else
        die ("unknown option '%s'", a);
      i++;
    }
  if (products_file == NULL || employees_file == NULL)
    die ("--products and --employees are required");
  int year, month;
  if (sscanf (period, "%4d-%2d", &year, &month) != 2 || month < 1 || month > 12)
    die ("bad period '%s'", period);
  static const int month_days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int days = month_days[month - 1] + (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));

  static Product products[MAX_ROWS];
  static Employee employees[MAX_ROWS];
  static const char *const product_columns[] = { "product_id", "name", "locomotive", "list_price", NULL };
  static const char *const employee_columns[] = { "employee_id", "name", NULL };
  int n_products = read_table (products_file, product_row, product_columns, products);
  int n_employees = read_table (employees_file, employee_row, employee_columns, employees);

  unsigned total_share = 0;
  for (int i = 0; i < n_employees; i++)
    total_share += employees[i].share;

  FILE *out = stdout;
  if (output && (out = fopen (output, "w")) == NULL)
    die ("%s: %s", output, strerror (errno));
  static char buffer[1 << 20];
  setvbuf (out, buffer, _IOFBF, sizeof buffer);

  rng_state = seed;
  if (with_txn)
    fputs ("txn_id,", out);
  fputs (with_customer ? "date,employee_id,seller,customer_id,customer," : "date,employee_id,seller,", out);
  fputs ("product_id,product,quantity,unit_price,discount\n", out);

  for (unsigned long long n = 1; n <= lines; n++)
    {
      if (with_txn)
        fprintf (out, "TX%04d%02d-%09llu,", year, month, n);

      int day = 1 + (int) below ((unsigned) days);
      unsigned when = below (100);
      if (when < 10)
        fprintf (out, "%04d-%02d-%02dT%02u:%02u:%02u+02:00,", year, month, day, 8 + below (10), below (60), below (60));
      else if (when < 15)
        fprintf (out, "%04d-%02d-%02d %02u:%02u,", year, month, day, 8 + below (10), below (60));
      else
        fprintf (out, "%04d-%02d-%02d,", year, month, day);

      unsigned pick = below (total_share);
      int e = 0;
      while (pick >= employees[e].share)
        pick -= employees[e++].share;
      fprintf (out, "%s,%s,", employees[e].id, employees[e].name);

      /* Regular customers buy more often: the smaller of two draws favours low ids. */
      unsigned c1 = below (N_CUSTOMERS), c2 = below (N_CUSTOMERS);
      unsigned customer = c1 < c2 ? c1 : c2;
      if (with_customer)
        {
          fprintf (out, "C%05u,", customer);
          write_customer_name (out, customer);
          fputc (',', out);
        }

      int64_t price;
      if (below (100) == 0)
        {
          /* A product the catalogue does not list: the default weight applies. */
          fprintf (out, "MISC-%03u,\"Special order, see note\",", below (500));
          price = 500 + below (20000);
        }
      else
        {
          const Product *p = &products[below ((unsigned) n_products)];
          fprintf (out, "%s,%s,", p->id, p->name);
          /* Dealers haggle: up to 5 % either side of the list price. */
          price = p->list_cents * (950 + below (101)) / 1000;
        }

      unsigned q = below (100);
      int quantity = q < 60 ? 1 : q < 90 ? 2 + (int) below (4) : q < 97 ? 6 + (int) below (15) : -1 - (int) below (3);
      fprintf (out, "%d,", quantity);
      write_price (out, price);
      fputc (',', out);

      unsigned d = below (100);
      if (d < 25)
        fputs (fraction_discounts[below (6)], out);
      else if (d < 50)
        fputs (percent_discounts[below (7)], out);
      fputc ('\n', out);
    }
  if (fflush (out) != 0 || ferror (out) || (output && fclose (out) != 0))
    die ("%s: write failed", output ? output : "standard output");
  return 0;
}
