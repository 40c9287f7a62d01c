"""Sync with central: protocol, request signing, pinned TLS, outbox sender, enrollment.

No Qt here: the app, the command line and the tests drive it alike.
"""
