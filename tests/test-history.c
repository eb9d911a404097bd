/* test-history.c — the history store through the library: closing, refusals with the
 * store untouched, paid ids found among thousands, the stale-report guard, store errors. */
#include "config.h"

#include <glib/gstdio.h>

#include <sqlite3.h>

#include "cunit-helpers.h"
#include "history/history-private.h"
#include "test-history-helpers.h"

static const char plan_text[] =
  "[plan]\nname=History test\ncurrency=EUR\nemployees=employees.csv\nhistory=h.sqlite\n"
  "[bonus]\ntiers=0%:10%\n";

#define HEADER "date,employee_id,product_id,amount,txn_id,customer_id\n"

static void
test_hash_is_stable (void)
{
  /* Stored on disk in paid_filter: a change here needs a new schema version. */
  CU_ASSERT_NOT_EQUAL (inc_txn_hash ("T1"), inc_txn_hash ("T2"));
  CU_ASSERT_EQUAL (inc_txn_hash ("T1"), inc_txn_hash ("T1"));
  g_autofree char *s = g_strdup_printf ("%016" G_GINT64_MODIFIER "x", inc_txn_hash ("S902"));
  /* FNV-1a 64 of "S902" then the murmur3 finaliser, computed apart from the library */
  CU_ASSERT_STRING_EQUAL (s, "7eedd8d3362a216f");
}

static void
test_close_and_list (void)
{
  Scratch *s = scratch_new (plan_text);
  const char *sales = HEADER "2026-01-05,E1,P,100.00,T1,C1\n2026-01-06,E2,P,50.00,T2,C2\n";
  scratch_write (s, "jan.csv", sales);
  g_autofree char *h = scratch_path (s, "h.sqlite");
  CU_ASSERT_FALSE (g_file_test (h, G_FILE_TEST_EXISTS));
  CU_ASSERT_EQUAL (scratch_close (s, "2026-01", "jan.csv", sales, FALSE), -1);
  CU_ASSERT_TRUE (g_file_test (h, G_FILE_TEST_EXISTS));

  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (s->plan_path, &error);
  g_autoptr (GPtrArray) list = incentive_plan_list_closed_periods (plan, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (list);
  CU_ASSERT_EQUAL_FATAL (list->len, 1);
  IncentiveClosedPeriod *p = list->pdata[0];
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_period (p), "2026-01");
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_plan_name (p), "History test");
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_weighted_sales (p), "150.00");
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_bonus (p), "15.00");
  CU_ASSERT_EQUAL (incentive_closed_period_get_rows_accepted (p), 2);
  CU_ASSERT_PTR_NOT_NULL (strstr (incentive_closed_period_get_report_json (p), "\"period\" : \"2026-01\""));
  /* plan, employees, the export: each with the sha256 of its bytes */
  CU_ASSERT_EQUAL_FATAL (incentive_closed_period_get_n_inputs (p), 3);
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_input_role (p, 0), "plan");
  g_autofree char *plan_sha = file_sha256 (s->plan_path);
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_input_sha256 (p, 0), plan_sha);
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_input_role (p, 2), "export");
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_input_name (p, 2), "jan.csv");
  g_autofree char *jan = scratch_path (s, "jan.csv");
  g_autofree char *jan_sha = file_sha256 (jan);
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_input_sha256 (p, 2), jan_sha);
  scratch_free (s);
}

static void
test_refusals_leave_store_untouched (void)
{
  Scratch *s = scratch_new (plan_text);
  const char *jan = HEADER "2026-01-05,E1,P,100.00,T1,C1\n";
  const char *feb = HEADER "2026-02-05,E1,P,100.00,T2,C1\n";
  const char *apr = HEADER "2026-04-05,E1,P,100.00,T4,C1\n";
  g_autofree char *h = scratch_path (s, "h.sqlite");
  /* --reopen of a period that is not closed has nothing to replace: it is a plain close */
  CU_ASSERT_EQUAL (scratch_close (s, "2026-01", "jan.csv", jan, TRUE), -1);
  CU_ASSERT_TRUE (g_file_test (h, G_FILE_TEST_EXISTS));
  for (const char *suffix = ""; suffix; suffix = *suffix ? NULL : "-wal")
    {
      g_autofree char *f = g_strconcat (h, suffix, NULL);
      g_unlink (f);
    }
  g_autofree char *shm = g_strconcat (h, "-shm", NULL);
  g_unlink (shm);
  CU_ASSERT_EQUAL (scratch_close (s, "2026-01", "jan.csv", jan, FALSE), -1);
  CU_ASSERT_EQUAL (scratch_close (s, "2026-02", "feb.csv", feb, FALSE), -1);
  g_autofree char *sha = file_sha256 (h);
  CU_ASSERT_EQUAL (scratch_close (s, "2026-02", "feb.csv", feb, FALSE), INCENTIVE_ERROR_ALREADY_CLOSED);
  CU_ASSERT_EQUAL (scratch_close (s, "2026-01", "jan.csv", jan, TRUE), INCENTIVE_ERROR_NOT_LATEST);
  CU_ASSERT_EQUAL (scratch_close (s, "2025-12", "jan.csv", jan, TRUE), INCENTIVE_ERROR_PERIOD_GAP);
  CU_ASSERT_EQUAL (scratch_close (s, "2026-04", "apr.csv", apr, FALSE), INCENTIVE_ERROR_PERIOD_GAP);
  CU_ASSERT_EQUAL (scratch_close (s, "2025-12", "jan.csv", jan, FALSE), INCENTIVE_ERROR_PERIOD_GAP);
  g_autofree char *sha2 = file_sha256 (h);
  CU_ASSERT_STRING_EQUAL (sha, sha2);
  /* the latest can be reopened, and is then replaced */
  CU_ASSERT_EQUAL (scratch_close (s, "2026-02", "feb.csv", HEADER "2026-02-05,E1,P,70.00,T2,C1\n", TRUE), -1);
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (s->plan_path, &error);
  g_autoptr (GPtrArray) list = incentive_plan_list_closed_periods (plan, &error);
  CU_ASSERT_EQUAL_FATAL (list->len, 2);
  CU_ASSERT_STRING_EQUAL (incentive_closed_period_get_weighted_sales (list->pdata[1]), "70.00");
  scratch_free (s);
}

static void
test_no_history (void)
{
  Scratch *s = scratch_new ("[plan]\nname=x\ncurrency=EUR\n");
  CU_ASSERT_EQUAL (scratch_close (s, "2026-01", "a.csv", HEADER "2026-01-05,E1,P,1,T1,C\n", FALSE),
                   INCENTIVE_ERROR_NO_HISTORY);
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (s->plan_path, &error);
  CU_ASSERT_PTR_NULL (incentive_plan_list_closed_periods (plan, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_NO_HISTORY));
  g_clear_error (&error);
  /* without a store: ytd null, statuses unknown */
  g_autoptr (IncentiveReport) r = scratch_run (s, "2026-01", "a.csv", HEADER "2026-01-05,E1,P,1,T1,C\n", &error);
  CU_ASSERT_PTR_NULL (incentive_standing_get_ytd_bonus (incentive_report_get_employee (r, 0)));
  CU_ASSERT_FALSE (incentive_report_get_customer_statuses_known (r));
  scratch_free (s);
}

/* Thousands of paid ids: each is found (with where it was paid), nothing else is. */
static void
test_many_paid_ids (void)
{
  Scratch *s = scratch_new (plan_text);
  for (int month = 1; month <= 3; month++)
    {
      GString *sales = g_string_new (HEADER);
      for (int i = 0; i < 4000; i++)
        g_string_append_printf (sales, "2026-%02d-05,E1,P,1.00,M%d-%d,C\n", month, month, i);
      g_autofree char *name = g_strdup_printf ("m%d.csv", month);
      g_autofree char *period = g_strdup_printf ("2026-%02d", month);
      CU_ASSERT_EQUAL (scratch_close (s, period, name, sales->str, FALSE), -1);
      g_string_free (sales, TRUE);
    }
  GError *error = NULL;
  g_autoptr (IncentivePlan) plan = incentive_plan_load (s->plan_path, &error);
  IncHistory *h = NULL;
  CU_ASSERT_TRUE_FATAL (inc_history_open_for_run (plan, inc_month_index (2026, 4), &h, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (h);
  int found = 0, wrong = 0;
  for (int month = 1; month <= 3; month++)
    for (int i = 0; i < 4000; i++)
      {
        char id[32], other[32];
        g_snprintf (id, sizeof id, "M%d-%d", month, i);
        g_snprintf (other, sizeof other, "N%d-%d", month, i);
        IncPaidLine paid = { 0 };
        if (inc_history_find_paid (h, id, &paid))
          {
            char want[16];
            g_snprintf (want, sizeof want, "2026-%02d", month);
            found += strcmp (paid.period, want) == 0 && paid.line == (guint64) i + 2;
            inc_paid_line_clear (&paid);
          }
        wrong += inc_history_find_paid (h, other, NULL);
      }
  CU_ASSERT_EQUAL (found, 12000);
  CU_ASSERT_EQUAL (wrong, 0);
  CU_ASSERT_TRUE (inc_history_is_closed (h, inc_month_index (2026, 3)));
  CU_ASSERT_FALSE (inc_history_is_closed (h, inc_month_index (2025, 12)));
  inc_history_free (h);
  /* a run of an earlier period sees only the periods before it */
  CU_ASSERT_TRUE_FATAL (inc_history_open_for_run (plan, inc_month_index (2026, 2), &h, &error));
  CU_ASSERT_TRUE (inc_history_find_paid (h, "M1-7", NULL));
  CU_ASSERT_FALSE (inc_history_find_paid (h, "M2-7", NULL));
  CU_ASSERT_FALSE (inc_history_is_closed (h, inc_month_index (2026, 2)));
  inc_history_free (h);
  scratch_free (s);
}

/* A report computed before another close changed the store cannot be closed. */
static void
test_stale_report (void)
{
  Scratch *s = scratch_new (plan_text);
  const char *jan = HEADER "2026-01-05,E1,P,100.00,T1,C1\n";
  const char *feb = HEADER "2026-02-05,E1,P,100.00,T1,C1\n";
  GError *error = NULL;
  g_autoptr (IncentiveReport) stale = scratch_run (s, "2026-02", "feb.csv", feb, &error);
  CU_ASSERT_EQUAL (scratch_close (s, "2026-01", "jan.csv", jan, FALSE), -1);
  CU_ASSERT_FALSE (incentive_report_close_period (stale, FALSE, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_BUSY));
  g_clear_error (&error);
  /* computed again, T1 is found paid in January */
  g_autoptr (IncentiveReport) fresh = scratch_run (s, "2026-02", "feb.csv", feb, &error);
  CU_ASSERT_EQUAL (incentive_report_get_rows_rejected (fresh), 1);
  CU_ASSERT_STRING_EQUAL (incentive_rejection_get_reason (incentive_report_get_rejected (fresh, 0)),
                          "already paid in 2026-01 (txn_id 'T1', jan.csv line 2)");
  CU_ASSERT_TRUE (incentive_report_close_period (fresh, FALSE, &error));
  if (error)
    g_printerr ("%s\n", error->message);
  g_clear_error (&error);
  scratch_free (s);
}

static void
set_user_version (const char *path, int v)
{
  sqlite3 *db;
  sqlite3_open (path, &db);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version=%d", v);
  sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
}

static void
test_store_errors (void)
{
  Scratch *s = scratch_new (plan_text);
  const char *jan = HEADER "2026-01-05,E1,P,100.00,T1,C1\n";
  const char *feb = HEADER "2026-02-05,E1,P,100.00,T2,C1\n";
  g_autofree char *h = scratch_path (s, "h.sqlite");
  GError *error = NULL;

  g_file_set_contents (h, "this is not a database, only text that is long enough to be a header....", -1, NULL);
  CU_ASSERT_PTR_NULL (scratch_run (s, "2026-01", "jan.csv", jan, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_CORRUPT));
  g_clear_error (&error);
  g_unlink (h);

  CU_ASSERT_EQUAL (scratch_close (s, "2026-01", "jan.csv", jan, FALSE), -1);
  set_user_version (h, INC_STORE_VERSION + 1);
  CU_ASSERT_PTR_NULL (scratch_run (s, "2026-02", "feb.csv", feb, &error));
  CU_ASSERT_TRUE (g_error_matches (error, INCENTIVE_ERROR, INCENTIVE_ERROR_STORE_TOO_NEW));
  g_clear_error (&error);
  set_user_version (h, INC_STORE_VERSION);

  /* another connection holds the write lock: the close waits, then STORE_BUSY */
  g_setenv ("INCENTIVE_STORE_BUSY_TIMEOUT_MS", "100", TRUE);
  sqlite3 *holder;
  sqlite3_open (h, &holder);
  CU_ASSERT_EQUAL (sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
  CU_ASSERT_EQUAL (scratch_close (s, "2026-02", "feb.csv", feb, FALSE), INCENTIVE_ERROR_STORE_BUSY);
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (holder);
  g_unsetenv ("INCENTIVE_STORE_BUSY_TIMEOUT_MS");
  CU_ASSERT_EQUAL (scratch_close (s, "2026-02", "feb.csv", feb, FALSE), -1);
  scratch_free (s);
}

static const TestCase history_tests[] = {
  { "the paid-id hash is stable", test_hash_is_stable },
  { "close records a period; list shows it with checksums", test_close_and_list },
  { "refusals leave the store byte for byte; reopen of the latest", test_refusals_leave_store_untouched },
  { "a plan without history", test_no_history },
  { "12 000 paid ids found, others not", test_many_paid_ids },
  { "a report older than the store is not closed", test_stale_report },
  { "corrupt, too new and busy stores", test_store_errors },
  { NULL, NULL },
};

int
main (void)
{
  const TestSuite suites[] = { { "history", history_tests }, { NULL, NULL } };
  return run_test_suites (suites);
}
