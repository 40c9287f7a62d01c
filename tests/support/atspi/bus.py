"""The accessibility bus (AT-SPI) as a screen reader uses it, over D-Bus with jeepney.

The session bus's `org.a11y.Bus` gives the accessibility bus's address (at-spi-bus-launcher
starts it on first request: D-Bus service activation); on that bus the registry
(at-spi2-registryd, also activated) lists the applications under its desktop root, and
applications emit events only of the kinds some listener has registered for with the
registry (Qt asks the registry at start and whenever a listener registers).

Calls are made with a bounded reply time; events are kept as they arrive (while waiting for
a reply too) and waited for with a bounded time.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, new_method_call  # type: ignore[import-untyped]
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
from jeepney.io.blocking import DBusConnection, open_dbus_connection  # type: ignore[import-untyped]
from jeepney.wrappers import unwrap_msg  # type: ignore[import-untyped]

REGISTRY = "org.a11y.atspi.Registry"
ROOT_PATH = "/org/a11y/atspi/accessible/root"
REGISTRY_PATH = "/org/a11y/atspi/registry"
EVENT_PREFIX = "org.a11y.atspi.Event."

# The kinds of event a screen reader registers for (the registry's own spelling): Qt sends
# an object's events only when a listener registered for them.
SCREEN_READER_EVENTS = (
    "Object:Announcement",
    "Object:StateChanged",
    "Object:TextChanged",
    "Object:PropertyChange",
    "Object:ChildrenChanged",
    "Focus:",
    "Window:",
)

CALL_TIMEOUT = 30.0  # a loaded CI machine: generous, never endless


class AtspiError(AssertionError):
    """The bus or the app did not answer as AT-SPI says it should."""


@dataclass(frozen=True)
class Event:
    """One AT-SPI event: e.g. kind "Object:Announcement", detail the text's kind."""

    interface: str  # "Object", "Focus", "Window"
    member: str  # "Announcement", "StateChanged", "Focus", "Activate", ...
    detail: str  # "focused", "insert", "" ...
    detail1: int
    detail2: int
    data: Any  # the event's value: an announcement's text, an inserted text, ...
    sender: str
    path: str
    received: float

    @property
    def kind(self) -> str:
        return f"{self.interface}:{self.member}"


def _event(message: Message) -> Event:
    header = message.header.fields
    interface = str(header[HeaderFields.interface])
    body = message.body
    value = body[3] if len(body) > 3 else None
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        value = value[1]  # a variant: (signature, value)
    return Event(
        interface=interface.removeprefix(EVENT_PREFIX),
        member=str(header[HeaderFields.member]),
        detail=str(body[0]) if body else "",
        detail1=int(body[1]) if len(body) > 1 else 0,
        detail2=int(body[2]) if len(body) > 2 else 0,
        data=value,
        sender=str(header.get(HeaderFields.sender, "")),
        path=str(header[HeaderFields.path]),
        received=time.monotonic(),
    )


class AtspiBus:
    """A connection to the accessibility bus, registered for a screen reader's events."""

    def __init__(self, events: Iterable[str] = SCREEN_READER_EVENTS) -> None:
        # While a wait is on, no call outlasts it (a slow or stuck app fails the wait in time).
        self.deadline: float | None = None
        session = open_dbus_connection("SESSION")
        try:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            reply = session.send_and_get_reply(
                new_method_call(bus, "GetAddress"), timeout=CALL_TIMEOUT
            )
            (self.address,) = unwrap_msg(reply)
        finally:
            session.close()
        self.connection: DBusConnection = open_dbus_connection(self.address)
        self._events: deque[Message] = deque()
        self._handle = self.connection.filter(
            MatchRule(type="signal", path_namespace="/org/a11y/atspi"), queue=self._events
        )
        self.call(message_bus.AddMatch(MatchRule(type="signal", path_namespace="/org/a11y/atspi")))
        registry = DBusAddress(REGISTRY_PATH, bus_name=REGISTRY, interface=REGISTRY)
        for kind in events:
            self.call(new_method_call(registry, "RegisterEvent", "s", (kind,)))
        self.seen: list[Event] = []  # every event so far, oldest first

    def close(self) -> None:
        self._handle.close()
        self.connection.close()

    def call(self, message: Message, timeout: float = CALL_TIMEOUT) -> tuple[Any, ...]:
        """Send a method call and return its reply's values; AtspiError if it fails."""
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise AtspiError(f"the wait ran out before {_describe(message)}")
            timeout = min(timeout, left)
        try:
            reply = self.connection.send_and_get_reply(message, timeout=timeout)
        except TimeoutError as error:
            raise AtspiError(f"no answer in {timeout:.0f} s to {_describe(message)}") from error
        if reply.header.message_type is MessageType.error:
            raise AtspiError(f"{_describe(message)} failed: {reply.body}")
        return tuple(reply.body)

    def send(self, message: Message) -> None:
        """Send a method call without waiting for its reply (an action that opens a modal
        dialog answers only once the dialog closes)."""
        self.connection.send(message)

    def process_id(self, bus_name: str) -> int:
        (pid,) = self.call(message_bus.GetConnectionUnixProcessID(bus_name))
        return int(pid)

    def applications(self) -> list[tuple[str, str]]:
        """The registry's applications: (bus name, root path) for each."""
        root = DBusAddress(ROOT_PATH, bus_name=REGISTRY, interface="org.a11y.atspi.Accessible")
        (children,) = self.call(new_method_call(root, "GetChildren"))
        return [(str(name), str(path)) for name, path in children]

    # Events

    def _drain(self, timeout: float) -> None:
        """Read what has arrived, waiting up to `timeout` for the first event if none has."""
        wait = timeout
        arrived: list[Message] = []
        while True:
            try:
                arrived.append(self.connection.recv_until_filtered(self._events, timeout=wait))
            except TimeoutError:
                break
            wait = 0  # then only what is already there
        for message in arrived:
            interface = str(message.header.fields.get(HeaderFields.interface, ""))
            if interface.startswith(EVENT_PREFIX):
                self.seen.append(_event(message))

    def mark(self) -> int:
        """Where the events seen so far end: wait for events after it."""
        self._drain(0)
        return len(self.seen)

    def wait_for(
        self,
        test: Callable[[Event], bool],
        *,
        after: int = 0,
        timeout: float = 20.0,
        what: str = "an event",
    ) -> Event:
        """The first event after `after` that passes `test`, waiting up to `timeout`."""
        deadline = time.monotonic() + timeout
        checked = after
        while True:
            for event in self.seen[checked:]:
                if test(event):
                    return event
            checked = len(self.seen)
            left = deadline - time.monotonic()
            if left <= 0:
                kinds = sorted({f"{e.kind}:{e.detail}" for e in self.seen[after:]})
                raise AtspiError(f"no {what} within {timeout:.0f} s; events seen: {kinds}")
            self._drain(min(left, 0.5))

    def events_since(self, after: int) -> list[Event]:
        self._drain(0)
        return self.seen[after:]


def _describe(message: Message) -> str:
    fields = message.header.fields
    return f"{fields.get(HeaderFields.interface, '')}.{fields.get(HeaderFields.member, '')}"
