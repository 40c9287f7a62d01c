"""The work behind the routes and the admin commands, as plain functions on a session:
checking and storing uploads, flags, review and filing, caseloads, retention, subject
access, family import, policy and reading the audit log. No FastAPI routes here."""
