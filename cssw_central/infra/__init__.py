"""Infrastructure every other part stands on: database tables (`tables`) and sessions
(`database`), migrations, HTTPS serving and connection limits, configuration, app state,
admission control, rate limits, refusals, keys, certificates, passwords and the time
format. Nothing here imports `api`, `services` or `admin`."""
