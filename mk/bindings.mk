# GObject Introspection, the Python and GJS tests, the API reference, the man page.
#
# Everything here derives its file lists from $(incentive_public_headers) and the library's
# sources, so a header or source file added by another area reaches the .gir, the
# reference and the bindings without an edit to this fragment.

EXTRA_DIST += $(binding_tests) bindings/python/example.py

# ---------------------------------------------------------------------------------------
# Incentive-1.0.gir / .typelib
#
# Makefile.introspection uses GNU make functions (hence -Wno-portability) and is included
# with "-include" so that the Makefile still parses where GI is not installed.
-include $(INTROSPECTION_MAKEFILE)
INTROSPECTION_GIRS =
# A scanner warning is a binding bug (a missing annotation, an unknown type): it fails
# the build.  "make INCENTIVE_GIR_WARN_ERROR=" relaxes that while an API is being written.
INCENTIVE_GIR_WARN_ERROR = --warn-error
INTROSPECTION_SCANNER_ARGS = --warn-all $(INCENTIVE_GIR_WARN_ERROR)
INTROSPECTION_COMPILER_ARGS =

if HAVE_INTROSPECTION
# Only .c files: the private headers declare inc_* helpers that are no API.  The
# generated enum header is listed explicitly because it lives in the build tree.
incentive_gir_sources = \
	$(filter %.c,$(libincentive_libincentive_internal_la_SOURCES)) \
	$(incentive_public_headers) \
	include/incentive/incentive-version.h \
	include/incentive/incentive-enum-types.h

# The generated rule depends only on _FILES; without the library the scanner's dump
# program has nothing to link against under make -j.
Incentive-1.0.gir: libincentive/libincentive-1.la
Incentive_1_0_gir_NAMESPACE = Incentive
Incentive_1_0_gir_VERSION = 1.0
Incentive_1_0_gir_LIBS = libincentive/libincentive-1.la
Incentive_1_0_gir_FILES = $(incentive_gir_sources)
Incentive_1_0_gir_CFLAGS = -DINCENTIVE_COMPILATION \
	-I$(top_builddir)/include -I$(top_srcdir)/include $(GLIB_CFLAGS)
Incentive_1_0_gir_INCLUDES = GLib-2.0 GObject-2.0 Gio-2.0
Incentive_1_0_gir_EXPORT_PACKAGES = incentive-1
Incentive_1_0_gir_SCANNERFLAGS = --c-include "incentive/incentive.h" \
	--identifier-prefix=Incentive --symbol-prefix=incentive
INTROSPECTION_GIRS += Incentive-1.0.gir

girdir = $(datadir)/gir-1.0
gir_DATA = $(INTROSPECTION_GIRS)
typelibdir = $(libdir)/girepository-1.0
typelib_DATA = $(INTROSPECTION_GIRS:.gir=.typelib)
CLEANFILES += $(gir_DATA) $(typelib_DATA)
endif

# ---------------------------------------------------------------------------------------
# The Python and GJS suites, against the build tree.  The typelib records the library's
# soname, so the loader needs LD_LIBRARY_PATH (set in Makefile.am) as well as
# GI_TYPELIB_PATH to find the uninstalled Incentive-1.0.typelib.
TEST_EXTENSIONS = .py .js
PY_LOG_COMPILER = $(PYTHON)
AM_PY_LOG_FLAGS = -B
JS_LOG_COMPILER = $(GJS)
AM_TESTS_ENVIRONMENT += \
	GI_TYPELIB_PATH='$(abs_top_builddir)'"$${GI_TYPELIB_PATH:+:$$GI_TYPELIB_PATH}"; \
	export GI_TYPELIB_PATH;

binding_tests = bindings/python/tests/test_incentive.py bindings/gjs/test-incentive.js
if HAVE_INTROSPECTION
if HAVE_PYGOBJECT
TESTS += bindings/python/tests/test_incentive.py
endif
if HAVE_GJS
TESTS += bindings/gjs/test-incentive.js
endif
# The suites load the typelib; make check must build it first.
check_SCRIPTS += $(typelib_DATA)
endif

# The code samples of docs/overview.md and README.md, taken from the Markdown, compiled
# against the build tree and run on the sample month (the Python ones where the typelib
# loads).  PYTHON and GLIB_LIBS are what the script needs beyond AM_TESTS_ENVIRONMENT.
TESTS += tests/test-docs-example.sh
EXTRA_DIST += tests/test-docs-example.sh
AM_TESTS_ENVIRONMENT += PYTHON='$(PYTHON)' GLIB_LIBS='$(GLIB_LIBS)'; export PYTHON GLIB_LIBS;

# The example a payroll developer copies, run on the sample month.
bindings-example: $(typelib_DATA)
	$(AM_V_at)cd $(srcdir) && LD_LIBRARY_PATH='$(abs_top_builddir)/libincentive/.libs' \
	  GI_TYPELIB_PATH='$(abs_top_builddir)' $(PYTHON) bindings/python/example.py \
	  examples/data/plan.ini examples/data/sales-2026-10.csv examples/data/webshop-2026-10.csv
.PHONY: bindings-example

# ---------------------------------------------------------------------------------------
# The API reference, from the .gir (the same doc comments).  Built by make where
# gi-docgen is installed; "make docs" rebuilds it, GI_DOCGEN_FLAGS=--fatal-warnings in CI.
doc_content = docs/overview.md docs/memory.md docs/api-stability.md
GI_DOCGEN_FLAGS =
if HAVE_INTROSPECTION
if HAVE_GI_DOCGEN
docs/incentive.toml: docs/incentive.toml.in Makefile
	$(AM_V_GEN)$(MKDIR_P) docs && sed -e 's|@VERSION@|$(VERSION)|g' $(srcdir)/docs/incentive.toml.in > $@.tmp && mv $@.tmp $@

# gi-docgen writes a directory; a stamp file stands for it in make's dependency graph.
docs/reference.stamp: Incentive-1.0.gir docs/incentive.toml $(doc_content)
	$(AM_V_GEN)rm -rf docs/Incentive-1.0 && \
	  $(GI_DOCGEN) generate --quiet $(GI_DOCGEN_FLAGS) --config docs/incentive.toml \
	  --content-dir $(srcdir)/docs --output-dir docs Incentive-1.0.gir && touch $@

all-local: docs/reference.stamp
docs: docs/reference.stamp
CLEANFILES += docs/incentive.toml docs/reference.stamp

incentive_docdir = $(datadir)/doc/Incentive-1.0
install-data-local: docs/reference.stamp
	$(MKDIR_P) '$(DESTDIR)$(incentive_docdir)'
	cp -R docs/Incentive-1.0/. '$(DESTDIR)$(incentive_docdir)'
uninstall-local:
	rm -rf '$(DESTDIR)$(incentive_docdir)'
clean-local:
	rm -rf docs/Incentive-1.0
endif
endif
.PHONY: docs

# CI's documentation gate: the reference is generated again with warnings as errors, and
# `gi-docgen check` fails on any public symbol, parameter or return value without docs.
if HAVE_INTROSPECTION
if HAVE_GI_DOCGEN
incentive_docs_check = yes
endif
endif
docs-check:
	@if test "$(incentive_docs_check)" != yes; then \
	  echo "docs-check: needs gi-docgen and GObject Introspection (see setup.sh)" >&2; exit 1; fi
	$(AM_V_at)rm -f docs/reference.stamp
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) docs GI_DOCGEN_FLAGS=--fatal-warnings
	$(AM_V_GEN)$(GI_DOCGEN) check --quiet --config docs/incentive.toml Incentive-1.0.gir
.PHONY: docs-check

# ---------------------------------------------------------------------------------------
# incentive(1), written from `incentive --help` and `incentive CMD --help` at build time.
nodist_man1_MANS = docs/incentive.1
docs/incentive.1: examples/incentive$(EXEEXT) docs/help-to-man.sh
	$(AM_V_GEN)$(MKDIR_P) docs && \
	  $(SHELL) $(srcdir)/docs/help-to-man.sh ./examples/incentive > $@.tmp && mv $@.tmp $@
CLEANFILES += docs/incentive.1

# docs/ is distributed as a directory (Makefile.am); an in-tree build leaves generated
# files there that do not belong in the tarball.
dist-hook:
	rm -rf '$(distdir)/docs/incentive.1' '$(distdir)/docs/incentive.toml' \
	  '$(distdir)/docs/reference.stamp' '$(distdir)/docs/Incentive-1.0'

# distcheck builds the .gir, the reference and the man page from the tarball and runs the
# Python and GJS suites there; Debian's python3 is the one with gi.
DISTCHECK_CONFIGURE_FLAGS = --enable-introspection=yes PYTHON=/usr/bin/python3
