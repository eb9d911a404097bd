/* test-customers.c — customer crediting, statuses, complaints and the complaint log's
 * refusals, each figure worked by hand. */
#include "config.h"

#include "reader/complaints-private.h"
#include "cunit-helpers.h"
#include "test-history-helpers.h"

#define HEADER "date,employee_id,product_id,amount,txn_id,customer_id\n"

static const char plan_text[] =
  "[plan]\nname=Customers\ncurrency=EUR\nemployees=employees.csv\nhistory=h.sqlite\n"
  "[bonus]\ntiers=0%:10%\ncap=60.00\n"
  "[customers]\nmin-sale=50.00\nlapsed-after=2\nnew=10.00\nwon-back=20.00\nretained=1.00\n"
  "kept-after-complaint=30.00\ncomplaints=complaints.csv\nrespond-within=2d\n";

static IncentiveStanding *
emp (IncentiveReport *r, const char *id)
{
  return incentive_report_find_employee (r, id);
}

/* Ties go to the earliest line to the customer, then the employee id; min-sale counts the
 * customer's net over all employees and includes the limit. */
static void
test_crediting (void)
{
  Scratch *s = scratch_new (plan_text);
  scratch_write (s, "complaints.csv", "complaint_id,customer_id,employee_id,opened,closed,outcome\n");
  const char *sales = HEADER
    "2026-01-10,E2,P,30.00,T1,TIE\n"
    "2026-01-09,E1,P,30.00,T2,TIE\n"     /* 30/30: E1's line is earlier → E1 */
    "2026-01-05,E1,P,20.00,T3,SAMEDAY\n"
    "2026-01-05,E2,P,20.00,T4,SAMEDAY\n" /* 20+20 = 40 < 50: not credited at all */
    "2026-01-05,E2,P,25.00,T5,EXACT\n"
    "2026-01-06,E1,P,25.00,T6,EXACT\n"   /* 50 = min-sale: credited, 25/25 → E2 earlier */
    "2026-01-07,E1,P,80.00,T7,BIG\n"
    "2026-01-08,E2,P,90.00,T8,BIG\n";    /* E2 sold more → E2 */
  GError *error = NULL;
  g_autoptr (IncentiveReport) r = scratch_run (s, "2026-01", "jan.csv", sales, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  IncentiveStanding *e1 = emp (r, "E1"), *e2 = emp (r, "E2");
  CU_ASSERT_EQUAL_FATAL (incentive_standing_get_n_customer_credits (e1), 1);
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_customer_credit_id (e1, 0), "TIE");
  CU_ASSERT_EQUAL_FATAL (incentive_standing_get_n_customer_credits (e2), 2);
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_customer_credit_id (e2, 0), "BIG");
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_customer_credit_id (e2, 1), "EXACT");
  /* no store yet: statuses unknown, naming both missing months, and they earn nothing */
  CU_ASSERT_FALSE (incentive_report_get_customer_statuses_known (r));
  CU_ASSERT_PTR_NOT_NULL (strstr (incentive_report_get_customer_statuses_note (r), "2025-11 to 2025-12 are not closed"));
  CU_ASSERT_EQUAL (incentive_standing_get_customer_credit_status (e1, 0), INCENTIVE_CUSTOMER_STATUS_UNKNOWN);
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_customer_bonus (e1), "0.00");
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_ytd_weighted_sales (e1), "155.00");
  scratch_free (s);
}

/* new → retained → (two empty months) → won back, with lapsed-after=2; the customer
 * bonus pushes a total into the cap. */
static void
test_statuses_over_months (void)
{
  Scratch *s = scratch_new (plan_text);
  scratch_write (s, "complaints.csv", "complaint_id,customer_id,employee_id,opened,closed,outcome\n");
  CU_ASSERT_EQUAL (scratch_close (s, "2025-11", "a.csv", HEADER "2025-11-02,E2,P,10.00,X0,OTHER\n", FALSE), -1);
  CU_ASSERT_EQUAL (scratch_close (s, "2025-12", "a.csv", HEADER "2025-12-02,E2,P,10.00,X1,OTHER\n", FALSE), -1);
  GError *error = NULL;
  const char *jan = HEADER "2026-01-02,E1,P,100.00,A1,C\n";
  g_autoptr (IncentiveReport) r1 = scratch_run (s, "2026-01", "jan.csv", jan, &error);
  CU_ASSERT_TRUE (incentive_report_get_customer_statuses_known (r1));
  CU_ASSERT_PTR_NULL (incentive_report_get_customer_statuses_note (r1));
  CU_ASSERT_EQUAL (incentive_standing_get_customers_new (emp (r1, "E1")), 1);
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_bonus (emp (r1, "E1")), "20.00"); /* 10 + 10 */
  CU_ASSERT_TRUE (incentive_report_close_period (r1, FALSE, &error));

  const char *feb = HEADER "2026-02-02,E1,P,500.00,A2,C\n";
  g_autoptr (IncentiveReport) r2 = scratch_run (s, "2026-02", "feb.csv", feb, &error);
  CU_ASSERT_EQUAL (incentive_standing_get_customers_retained (emp (r2, "E1")), 1);
  /* 50.00 sales bonus + 1.00 = 51.00, under the cap of 60 */
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_bonus (emp (r2, "E1")), "51.00");
  CU_ASSERT_TRUE (incentive_report_close_period (r2, FALSE, &error));
  CU_ASSERT_EQUAL (scratch_close (s, "2026-03", "mar.csv", HEADER "2026-03-02,E2,P,5.00,A3,OTHER\n", FALSE), -1);
  /* a return only: net below zero is no purchase */
  CU_ASSERT_EQUAL (scratch_close (s, "2026-04", "apr.csv", HEADER "2026-04-02,E2,P,-5.00,A4,C\n", FALSE), -1);

  const char *may = HEADER "2026-05-02,E1,P,550.00,A5,C\n";
  g_autoptr (IncentiveReport) r5 = scratch_run (s, "2026-05", "may.csv", may, &error);
  IncentiveStanding *e1 = emp (r5, "E1");
  CU_ASSERT_EQUAL (incentive_standing_get_customers_won_back (e1), 1);
  CU_ASSERT_EQUAL (incentive_standing_get_customer_credit_status (e1, 0), INCENTIVE_CUSTOMER_STATUS_WON_BACK);
  /* 55.00 + 20.00 = 75.00 → cap 60.00; the sales bonus alone is shown apart */
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_sales_bonus (e1), "55.00");
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_customer_bonus (e1), "20.00");
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_bonus (e1), "60.00");
  /* ytd: Jan 100 + Feb 500 + May 550; bonuses 20 + 51 + 60 */
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_ytd_weighted_sales (e1), "1150.00");
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_ytd_bonus (e1), "131.00");
  scratch_free (s);
}

static void
test_complaints (void)
{
  Scratch *s = scratch_new (plan_text);
  scratch_write (s, "complaints.csv",
                 "complaint_id,customer_id,employee_id,opened,closed,outcome\n"
                 "Q1,C1,E1,2026-01-01 08:00,2026-01-03 08:00,resolved\n"   /* 48h = 2d: in time */
                 "Q2,C2,E1,2026-01-01 08:00,2026-01-03 08:01,resolved\n"   /* one minute late */
                 "Q3,C3,E2,2026-01-10,2026-01-12,lost\n"
                 "Q4,C1,E2,2026-01-04,2026-01-05,resolved\n"               /* C1 bought 01-20: kept */
                 "Q5,C1,E1,2026-01-04,2026-01-05,resolved\n"               /* E1 keeps C1 once */
                 "Q6,C9,X7,2026-01-04,2026-01-05,resolved\n"               /* not an employee */
                 "Q7,C1,E1,2025-12-30,2025-12-31,resolved\n");             /* closed in December */
  const char *sales = HEADER
    "2026-01-20,E2,P,10.00,T1,C1\n"
    "2026-01-02,E1,P,10.00,T2,C2\n";   /* C2 bought before Q2 was closed: not kept */
  GError *error = NULL;
  g_autoptr (IncentiveReport) r = scratch_run (s, "2026-01", "jan.csv", sales, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  IncentiveStanding *e1 = emp (r, "E1"), *e2 = emp (r, "E2");
  CU_ASSERT_EQUAL (incentive_standing_get_complaints_closed (e1), 3);
  CU_ASSERT_EQUAL (incentive_standing_get_answered_in_time (e1), 2);
  CU_ASSERT_EQUAL (incentive_standing_get_customers_kept_after_complaint (e1), 1);
  CU_ASSERT_EQUAL (incentive_standing_get_complaints_closed (e2), 2);
  CU_ASSERT_EQUAL (incentive_standing_get_answered_in_time (e2), 2);
  CU_ASSERT_EQUAL (incentive_standing_get_customers_kept_after_complaint (e2), 1);
  /* E1: 1.00 sales bonus + 30 = 31.00 */
  CU_ASSERT_STRING_EQUAL (incentive_standing_get_bonus (e1), "31.00");
  scratch_free (s);
}

/* The plan's delimiter describes the exports: a comma complaint log beside ';' exports is
 * still read, its delimiter found from its own header. */
static void
test_complaint_log_delimiter (void)
{
  g_autofree char *text = g_strconcat ("[plan]\ndelimiter=;\n", plan_text + strlen ("[plan]\n"), NULL);
  Scratch *s = scratch_new (text);
  scratch_write (s, "complaints.csv",
                 "complaint_id,customer_id,employee_id,opened,closed,outcome\n"
                 "Q1,C1,E1,2026-01-01,2026-01-02,resolved\n");
  const char *sales = "date;employee_id;product_id;amount;txn_id;customer_id\n"
                      "2026-01-05;E1;P;10.00;T1;C1\n";
  GError *error = NULL;
  g_autoptr (IncentiveReport) r = scratch_run (s, "2026-01", "jan.csv", sales, &error);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  CU_ASSERT_EQUAL (incentive_standing_get_complaints_closed (emp (r, "E1")), 1);
  CU_ASSERT_EQUAL (incentive_standing_get_customers_kept_after_complaint (emp (r, "E1")), 1);
  scratch_free (s);
}

/* Each bad complaint line refuses the run with file, line and reason. */
static void
test_bad_complaint_lines (void)
{
  static const struct {
    const char *line;
    const char *message;
  } cases[] = {
    { ",C1,E1,2026-01-01,,", "complaints.csv line 2: missing complaint_id" },
    { "Q1,,E1,2026-01-01,,", "complaints.csv line 2: missing customer_id" },
    { "Q1,C1,,2026-01-01,,", "complaints.csv line 2: missing employee_id" },
    { "Q1,C1,E1,,,", "complaints.csv line 2: missing opened" },
    { "Q1,C1,E1,2026-13-01,,", "complaints.csv line 2: bad date in opened: '2026-13-01'" },
    { "Q1,C1,E1,2026-01-01,2026-01-02 25:00,resolved", "complaints.csv line 2: bad date in closed" },
    { "Q1,C1,E1,2026-01-01,2026-01-02,fixed", "complaints.csv line 2: bad outcome 'fixed'" },
    { "Q1,C1,E1,2026-01-01,2026-01-02,", "complaints.csv line 2: missing outcome" },
    { "Q1,C1,E1,2026-01-02 10:00,2026-01-02 09:59,resolved", "complaints.csv line 2: closed before opened" },
    { "Q1,C1,E1,2026-01-01,2026-01-02,lost\nQ1,C2,E2,2026-01-01,,",
      "complaints.csv line 3: duplicate complaint_id 'Q1' (first at line 2)" },
    { "Q1,C1,E1,2026-01-01,2026-01-02", "complaints.csv line 2: too few fields (5, the header has 6)" },
  };
  Scratch *s = scratch_new (plan_text);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("complaint_id,customer_id,employee_id,opened,closed,outcome\n%s\n",
                                               cases[i].line);
      scratch_write (s, "complaints.csv", text);
      GError *error = NULL;
      g_autoptr (IncentiveReport) r = scratch_run (s, "2026-01", "jan.csv", HEADER "2026-01-02,E1,P,1,T,C\n", &error);
      CU_ASSERT_PTR_NULL (r);
      CU_ASSERT_PTR_NOT_NULL_FATAL (error);
      if (strstr (error->message, cases[i].message) == NULL)
        {
          g_printerr ("case %u: %s\n", i, error->message);
          CU_FAIL ("complaint message");
        }
      g_clear_error (&error);
    }
  /* a missing column */
  scratch_write (s, "complaints.csv", "complaint_id,customer_id,employee_id,opened,closed\n");
  GError *error = NULL;
  CU_ASSERT_PTR_NULL (scratch_run (s, "2026-01", "jan.csv", HEADER "2026-01-02,E1,P,1,T,C\n", &error));
  CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, "missing column 'outcome'"));
  g_clear_error (&error);
  scratch_free (s);
}

static const TestCase customer_tests[] = {
  { "the complaint log finds its own delimiter", test_complaint_log_delimiter },
  { "crediting: ties, min-sale, statuses unknown", test_crediting },
  { "new, retained, won back; customer bonus into the cap; ytd", test_statuses_over_months },
  { "complaints: in time, kept once, ignored ones", test_complaints },
  { "bad complaint lines refuse the run", test_bad_complaint_lines },
  { NULL, NULL },
};

int
main (void)
{
  const TestSuite suites[] = { { "customers", customer_tests }, { NULL, NULL } };
  return run_test_suites (suites);
}
