"""Run the same work in several threads at the same moment, each with its own database
connection, as separate server processes would (the concurrency tests)."""

import threading

from django.db import connections


def at_once(count, work) -> list[Exception]:
    """Start `work(n)` for n in range(count) at one moment; return the exceptions raised."""
    barrier = threading.Barrier(count)
    errors = []

    def worker(n):
        try:
            barrier.wait()
            work(n)
        except Exception as error:  # noqa: BLE001 - collected and asserted on by the caller
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors
