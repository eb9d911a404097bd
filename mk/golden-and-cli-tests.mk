# Golden cases, the command's behaviour, the exported symbols, the headers.
script_tests = \
	tests/run-cases.sh \
	tests/test-cli.sh \
	tests/check-exports.sh \
	tests/check-headers.sh
TESTS += $(script_tests)
EXTRA_DIST += $(script_tests) tests/cases tests/exported-symbols.txt tests/lib.sh

