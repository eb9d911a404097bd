# GObject Introspection, the Python and GJS tests, the API reference, the man page.
