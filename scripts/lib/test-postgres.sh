# Sourced by scripts/start-services: the PostgreSQL role the tests use, and making it.
#
# The tests connect as cssw_test (LOGIN, CREATEDB, not a superuser) with a password over
# TCP to 127.0.0.1:5432 (tests/support/postgres.py has the same default URL, and both read
# CSSW_TEST_POSTGRES). A password rather than a pg_hba.conf entry: Debian's own rules
# (scram-sha-256 on 127.0.0.1) accept it as they are, and a server set to trust accepts it
# too, so no server configuration is changed. It is a throwaway for a local test server.
test_postgres_url=${CSSW_TEST_POSTGRES:-postgresql://cssw_test:cssw_test@127.0.0.1:5432}
test_postgres_port=$(printf '%s\n' "$test_postgres_url" | sed -nE 's|.*:([0-9]+)/?$|\1|p')
test_postgres_port=${test_postgres_port:-5432}

# Can the tests log in? If not, make the role as the postgres superuser (peer auth on the
# local socket), unless CSSW_TEST_POSTGRES names another server or role.
ensure_test_role() {
  if PGCONNECT_TIMEOUT=5 psql "$test_postgres_url/postgres" -qAt -c 'SELECT 1' \
    </dev/null >/dev/null 2>&1; then
    return 0
  fi
  if [ -n "${CSSW_TEST_POSTGRES:-}" ]; then
    echo "CSSW_TEST_POSTGRES ($CSSW_TEST_POSTGRES) does not let the tests log in." >&2
    return 1
  fi
  local as_postgres=(sudo -u postgres)
  [ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)
  echo "Creating the PostgreSQL role cssw_test for the tests."
  # Created only if missing (two runs at once: one creates it, the other finds it).
  # From / : the postgres user may not be allowed into the current folder.
  (cd / && "${as_postgres[@]}" psql -X -q -v ON_ERROR_STOP=1 -p "$test_postgres_port" \
    -d postgres) <<'SQL' >/dev/null || return 1
DO $$
BEGIN
  CREATE ROLE cssw_test LOGIN CREATEDB PASSWORD 'cssw_test';
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
SQL
  PGCONNECT_TIMEOUT=5 psql "$test_postgres_url/postgres" -qAt -c 'SELECT 1' </dev/null >/dev/null
}
