# Benchmark: not part of make check.
EXTRA_DIST += bench/generate-month.py bench/run-bench.sh bench/reference.awk
bench: examples/incentive
	@$(SHELL) $(srcdir)/bench/run-bench.sh '$(abs_top_builddir)/examples/incentive' '$(abs_top_srcdir)'
.PHONY: bench check-valgrind
