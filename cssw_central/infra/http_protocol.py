"""uvicorn's HTTP/1.1 protocol, telling central's connection table what each connection is
doing (`infra.connections`): waiting for headers, reading a body, being served, or idle.

The table's sweep cuts a connection whose headers or body are late; this protocol only
reports the phase and the body bytes, and answers a malformed or oversized request
(h11 refuses headers beyond `h11_max_incomplete_event_size`) with central's problem JSON.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, cast

import h11
from h11._connection import DEFAULT_MAX_INCOMPLETE_EVENT_SIZE
from uvicorn.protocols.http.h11_impl import H11Protocol

from cssw_central.infra.connections import GatedLoop, Held
from cssw_central.infra.problems import problem_response
from cssw_core.protocol import ProblemCode

MALFORMED_WORDS = "The request is not in the form central expects."


LINGER_SECONDS = 2.0  # a client still sending a refused body gets this long to read why


class _SoftClose:
    """A connection's transport whose `close` lets a client that is still sending a body
    read the answer first (the rest of its body is discarded): closed at once with unread
    input, the connection would be reset and the answer lost (a 413, say)."""

    def __init__(self, transport: asyncio.Transport, protocol: TrackedH11Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)

    def is_closing(self) -> bool:
        return self._protocol.lingering or self._transport.is_closing()

    def close(self) -> None:
        self._protocol.close_softly()


class TrackedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: Held | None = None
        self._real: asyncio.Transport | None = None
        self.lingering = False
        parse = self.conn.next_event
        most = self.config.h11_max_incomplete_event_size or DEFAULT_MAX_INCOMPLETE_EVENT_SIZE

        def next_event() -> Any:
            event = parse()
            # h11 bounds only headers still incomplete; these came whole in one read.
            if isinstance(event, h11.Request) and _header_bytes(event) > most:
                raise h11.RemoteProtocolError("headers too large")
            if self._held is not None:
                self._observe(self._held, event)
            return event

        self.conn.next_event = next_event  # type: ignore[method-assign]

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._real = transport
        self.transport = cast(asyncio.Transport, _SoftClose(transport, self))
        if isinstance(self.loop, GatedLoop):
            sock = transport.get_extra_info("socket")
            if sock is not None:
                self._held = self.loop.connection_table.held(sock.fileno())
            if self._held is not None and self._held.phase == "handshake":
                # TLS is done (or there is none): the header deadline starts now.
                self._held.phase, self._held.since = "waiting", time.monotonic()

    def close_softly(self) -> None:
        real = self._real
        if real is None or self.lingering or real.is_closing():
            if real is not None:
                real.close()
            return
        if self.conn.their_state is h11.SEND_BODY:  # the client is still sending
            self.lingering = True
            real.resume_reading()
            self.loop.call_later(LINGER_SECONDS, real.close)
            return
        real.close()

    def data_received(self, data: bytes) -> None:
        if self.lingering:
            return  # the rest of a refused body: discarded
        held = self._held
        if held is not None and held.phase == "idle":
            held.phase, held.since = "waiting", time.monotonic()  # the next request begins
        super().data_received(data)

    def on_response_complete(self) -> None:
        held = self._held
        if held is not None and held.phase != "closing":
            held.phase, held.since = "idle", time.monotonic()
        super().on_response_complete()  # may start a pipelined request

    def send_400_response(self, msg: str) -> None:
        response = problem_response(400, ProblemCode.MALFORMED, MALFORMED_WORDS)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(response.body)).encode()),
            (b"connection", b"close"),
        ]
        try:
            self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers)))
            self.transport.write(self.conn.send(h11.Data(data=bytes(response.body))))
            self.transport.write(self.conn.send(h11.EndOfMessage()))
        except h11.LocalProtocolError:
            pass  # a response had already begun: just close
        self.transport.close()

    def _observe(self, held: Held, event: Any) -> None:
        if held.phase == "closing":
            return
        if isinstance(event, h11.Request):
            held.phase, held.since = "body", time.monotonic()
            held.received = 0
            held.expected = None
            for name, value in event.headers:
                if name == b"content-length" and value.isdigit():
                    held.expected = int(value)
        elif isinstance(event, h11.Data):
            held.received += len(event.data)
        elif isinstance(event, h11.EndOfMessage):
            answered = self.conn.our_state is h11.DONE
            held.phase, held.since = ("idle" if answered else "serving"), time.monotonic()


def _header_bytes(request: h11.Request) -> int:
    size = len(request.method) + len(request.target) + 12
    return size + sum(len(name) + len(value) + 4 for name, value in request.headers)
