# Statements, `incentive explain`, report.html.
incentive_public_headers += include/incentive/incentive-statement.h

libincentive_libincentive_internal_la_SOURCES += \
	libincentive/statements/statement-private.h libincentive/statements/statement-parts.c \
	libincentive/statements/statement.c libincentive/statements/statement-accessors.c \
	libincentive/statements/statement-files.c \
	libincentive/writers/writer-statement-text.c libincentive/writers/writer-statement-json.c \
	libincentive/writers/writer-html.c

examples_incentive_SOURCES += examples/command-explain.c

# Every statement of every golden case adds up, to the minor unit; rewards; file names.
statement_tests = tests/test-statements
check_PROGRAMS += $(statement_tests)
TESTS += $(statement_tests) tests/test-html.sh
tests_test_statements_SOURCES = tests/test-statements.c tests/cunit-helpers.h
tests_test_statements_CFLAGS = $(TEST_CFLAGS)
tests_test_statements_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/test-html.sh tests/fixtures/statements
