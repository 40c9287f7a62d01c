# Sourced: is a Secret Service (gnome-keyring) answering on a D-Bus session bus?
#   secret_service_on_bus ADDRESS   exit status 0 if so
# Asks the bus whether the name is owned (no activation, so it never starts a daemon).
secret_service_on_bus() {
  DBUS_SESSION_BUS_ADDRESS=$1 dbus-send --session --print-reply --reply-timeout=2000 \
    --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.secrets </dev/null 2>/dev/null | grep -q 'boolean true'
}
