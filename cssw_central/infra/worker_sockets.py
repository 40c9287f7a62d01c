"""`serve --workers N`: a listening socket of its own for each worker process.

uvicorn's supervisor gives every worker the one socket the parent bound, and whichever
process wakes first accepts what is queued (asyncio accepts up to its backlog at once): on
a busy machine one process took all 300 laptops of a burst while the other idled
(docs/benchmarks.md, "Central on two nodes"). Here the parent binds N sockets to the same
address with `SO_REUSEPORT`, one per worker, and the kernel spreads new connections over
them by their addresses, whatever the scheduler does. A worker that dies is replaced on the
same socket (the parent keeps it open, so connections that arrive meanwhile wait in its
queue, as they did on the shared socket). Only processes of the same user may join such a
group of sockets (Linux's rule for `SO_REUSEPORT`), as only they could bind the port.

Where `SO_REUSEPORT` is missing, the shared socket is used as before.
"""

from __future__ import annotations

import socket

from uvicorn.config import STARTUP_FAILURE, Config
from uvicorn.supervisors.multiprocess import Multiprocess, Process, logger


def can_reuse_port() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def bind_worker_sockets(config: Config, count: int) -> list[socket.socket]:
    """`count` listening sockets on `config`'s host and port, in one SO_REUSEPORT group
    (the first binds the port, or picks one for port 0; the rest join it)."""
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    sockets: list[socket.socket] = []
    port = config.port
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((config.host.strip("[]"), port))
            port = sock.getsockname()[1]
            sock.listen(config.backlog)
            sock.set_inheritable(True)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


class WorkerSockets(Multiprocess):
    """uvicorn's supervisor, each worker given its own socket of the group (and its
    replacement the same one)."""

    def __init__(self, config: Config, sockets: list[socket.socket]) -> None:
        super().__init__(config, sockets)
        if len(sockets) != self.processes_num:
            raise ValueError("one socket per worker")

    def _process(self, index: int) -> Process:
        process = Process(self.config, [self.sockets[index]])
        process.start()
        return process

    def init_processes(self) -> None:
        for index in range(self.processes_num):
            self.processes.append(self._process(index))

    def restart_all(self) -> None:
        """As uvicorn's: each replacement serving before the worker it replaces retires."""
        for index, old in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new = self._process(index)
            if not new.wait_until_ready(self.config.timeout_worker_healthcheck, self.should_exit):
                new.kill()
                new.join()
                if not self.should_exit.is_set():
                    logger.error("A new worker was not ready in time; the restart stopped.")
                return
            old.terminate()
            old.join()
            self.processes[index] = new

    def keep_subprocess_alive(self) -> None:
        """As uvicorn's: a hung or dead worker is replaced, on the same socket."""
        if self.should_exit.is_set():
            return
        for index, process in enumerate(self.processes):
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()
            process.join()
            if process.exitcode == STARTUP_FAILURE:
                logger.error("A worker failed to start; stopping.")
                self.should_exit.set()
                return
            if self.should_exit.is_set():
                return
            logger.info(f"Worker [{process.pid}] died")
            self.processes[index] = self._process(index)


def run_workers(config: Config) -> None:
    """Run `config.workers` worker processes on `config`'s address until told to stop."""
    if can_reuse_port():
        sockets = bind_worker_sockets(config, config.workers)
        try:
            WorkerSockets(config, sockets).run()
        finally:
            for sock in sockets:
                sock.close()
        return
    Multiprocess(config, sockets=[config.bind_socket()]).run()
