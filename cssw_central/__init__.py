"""The central receiving service: uploads, review, filing (FastAPI + SQLAlchemy).

By role, dependencies pointing down:

- `cli` (the `cssw-central` command) and `serve` (`cssw-central serve`): composition roots;
- `api/`: the HTTP API: the FastAPI app, its routes, device authentication, error answers;
- `admin/`: the `cssw-central admin ...` commands, by topic;
- `services/`: the work behind routes and commands (upload checks, review, filing,
  retention, subject access, caseloads, the audit log);
- `infra/`: database tables and sessions, migrations, HTTPS serving, configuration,
  admission control, rate limits, keys, certificates, passwords, time format;
- `migrations/`: Alembic's schema migrations (run by `infra.migrate`).
"""
