# Benchmark (`make bench`): not part of make check.  Its two helpers are built only when
# the bench asks for them; the generated exports go to bench-data/ in the build tree and
# are deleted after the run (BENCH_KEEP=1 keeps them).  See bench/run-bench.sh.
EXTRA_PROGRAMS = bench/generate-month bench/measure
bench_generate_month_SOURCES = bench/generate-month.c
bench_measure_SOURCES = bench/measure.c
CLEANFILES += $(EXTRA_PROGRAMS)
EXTRA_DIST += bench/run-bench.sh bench/reference.awk bench/plan.ini bench/products.csv bench/employees.csv \
	bench/README.md

# The bench also measures the history store: the same kind of month with and without a
# store holding 10 million paid txn_ids (tests/history-bench.sh, also `make bench-history`).
bench: examples/incentive bench/generate-month$(EXEEXT) bench/measure$(EXEEXT) tests/history-bench-store$(EXEEXT)
	@$(SHELL) $(srcdir)/bench/run-bench.sh '$(abs_top_builddir)/examples/incentive' '$(abs_top_srcdir)' \
	  '$(abs_top_builddir)/bench/generate-month$(EXEEXT)' '$(abs_top_builddir)/bench/measure$(EXEEXT)' \
	  '$(abs_top_builddir)/bench-data'
	@echo
	@echo "History store:"
	@$(SHELL) $(srcdir)/tests/history-bench.sh '$(abs_top_builddir)' '$(abs_top_srcdir)'
.PHONY: bench check-valgrind
