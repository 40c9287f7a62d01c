"""Pure consent domain: families, children, agencies, consent records, canonical form.

No Qt and no I/O here, so the command line, the store and the tests can all use it.
"""
