"""Running the same thing many times at the same moment, as many server processes would."""

import threading

from django.db import connections


def at_once(count, call) -> list[Exception]:
    """Run `call(n)` for n in 0..count-1, each on its own thread and database connection, all
    released at the same moment; return the exceptions raised."""
    barrier = threading.Barrier(count)
    errors = []

    def worker(n):
        try:
            barrier.wait()
            call(n)
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
