# Sourced by scripts/run and scripts/cssw-desktop: the `make run` trial's keyring and data
# folder, one definition for the GUI and the command line.
#
#   trial_command [--join] COMMAND [ARGS...]
#
# sets the array trial_cmd to COMMAND as the trial runs it, and trial_private to 1 when
# that means the trial's private keyring:
# - on a desktop session (DBUS_SESSION_BUS_ADDRESS set), COMMAND as it is: the desktop's
#   own keyring and the usual data folder;
# - either way, CSSW_TRIAL_PROVISIONING_KEY from cssw-central-data/tls/provisioning-key.pub
#   (the trial central's, from `cssw-central dev-cert`) when that file is here;
# - otherwise (a server, a container) it exports CSSW_KEYRING_HOME (default
#   ~/.local/share/cssw-desktop-trial-keyring) and CSSW_DATA_DIR (default the usual
#   per-user data folder, worked out here because with-keyring moves XDG_DATA_HOME), and
#   COMMAND runs on that keyring: with --join in the D-Bus session of a trial already
#   running (the GUI that `make run` started), else in a private session of its own
#   (scripts/with-keyring), stopped when COMMAND ends.
# Needs .venv (scripts/setup-venv).
trial_root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
source "$trial_root/scripts/lib/secret-service.sh"

trial_command() {
  local join=0 bus
  if [ "${1:-}" = --join ]; then join=1; shift; fi
  trial_private=0
  # The README's trial central (dev-cert) signs its enrollment codes with a trial
  # provisioning key: the trial laptop trusts it too (a source checkout only; an installed
  # app trusts just the keys it was built with).
  if [ -z "${CSSW_TRIAL_PROVISIONING_KEY:-}" ] && [ -f cssw-central-data/tls/provisioning-key.pub ]; then
    CSSW_TRIAL_PROVISIONING_KEY=$(cat cssw-central-data/tls/provisioning-key.pub)
    export CSSW_TRIAL_PROVISIONING_KEY
  fi
  if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    trial_cmd=("$@")
    return
  fi
  trial_private=1
  export CSSW_KEYRING_HOME=${CSSW_KEYRING_HOME:-$HOME/.local/share/cssw-desktop-trial-keyring}
  mkdir -p "$CSSW_KEYRING_HOME"
  if [ -z "${CSSW_DATA_DIR:-}" ]; then
    CSSW_DATA_DIR=$("$trial_root/.venv/bin/python" -c \
      'from cssw_desktop.paths import resolve_data_dir; print(resolve_data_dir(None))' </dev/null)
  fi
  export CSSW_DATA_DIR
  if [ "$join" = 1 ] && bus=$(trial_running_bus); then
    trial_cmd=(env "DBUS_SESSION_BUS_ADDRESS=$bus" "$@")
  else
    trial_cmd=("$trial_root/scripts/with-keyring" "$@")
  fi
}

# The address of a live D-Bus session with the trial's keyring (scripts/lib/keyring-session
# notes each one it starts), if there is one; notes of sessions gone are removed.
trial_running_bus() {
  local note bus
  for note in "$CSSW_KEYRING_HOME"/run/sessions/*; do
    [ -f "$note" ] || continue
    bus=$(cat "$note" 2>/dev/null) || continue
    if secret_service_on_bus "$bus"; then
      printf '%s\n' "$bus"
      return 0
    fi
    if ! kill -0 "$(basename "$note")" 2>/dev/null; then rm -f "$note"; fi
  done
  return 1
}
