"""Django's PostgreSQL backend, for a database that hangs or is down (settings: ENGINE
"core.postgresql" whenever DATABASE_URL names PostgreSQL).

- Connecting gives up after DB_CONNECT_TIMEOUT seconds (libpq's connect_timeout, in the settings),
  and each statement after DB_STATEMENT_TIMEOUT on the server (statement_timeout).
- A server that accepted the connection and then went silent (a black hole: no answer, no
  reset) is not helped by either. Each statement therefore also has a deadline on the client, a
  little after the server's: the connection is dropped and an OperationalError raised, which the
  portal answers with its 503 page. The deadline is a gevent.Timeout under gevent workers, and
  SIGALRM in the main thread of a process otherwise (sync workers, commands); threads without
  gevent (runserver) have none.
- After a failure, new connections fail at once for DB_RETRY_SECONDS (a circuit breaker): a
  request that touches the database more than once, or a burst of visitors, does not wait for the
  timeout again and again. After that the next request tries again: the portal recovers by itself.
"""

import signal
import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.db.backends.postgresql import base
from django.db.utils import OperationalError

_down_until = 0.0


def _mark_down():
    global _down_until
    _down_until = time.monotonic() + settings.DB_RETRY_SECONDS


class DeadlinePassed(Exception):
    pass


def _gevent_timeout():
    """gevent.Timeout when gevent has patched the sockets (gunicorn's gevent worker), else None."""
    try:
        from gevent import Timeout, monkey
    except ImportError:
        return None
    return Timeout if monkey.is_module_patched("socket") else None


@contextmanager
def _gevent_deadline(timeout, seconds):
    try:
        with timeout(seconds):
            yield
    except timeout:
        raise DeadlinePassed from None


@contextmanager
def _alarm_deadline(seconds):
    """SIGALRM interrupts a blocked socket read in the main thread (psycopg's wait gives way to
    the handler's exception)."""

    def expire(signum, frame):
        raise DeadlinePassed

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _deadline_for(seconds):
    """A context manager that raises DeadlinePassed after `seconds`, or None where this process
    cannot interrupt a blocked read: a thread without gevent, or an alarm already set."""
    if timeout := _gevent_timeout():
        return _gevent_deadline(timeout, seconds)
    if (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    ):
        return _alarm_deadline(seconds)
    return None


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.execute_wrappers.append(self._statement_deadline)

    def connect(self):
        """Connecting includes Django's first statements (time zone, role), sent on a raw cursor:
        the deadline covers them too."""
        if time.monotonic() < _down_until:
            raise OperationalError("The database failed a moment ago; not trying again yet.")
        try:
            with self._deadline(settings.DB_CONNECT_TIMEOUT + 1):
                return super().connect()
        except Exception:
            _mark_down()
            raise

    def is_usable(self):
        """Django's health check of a persistent connection (a raw `SELECT 1`, outside the
        statement wrappers) gets the connect timeout as its deadline: a connection to a server
        that went silent is given up, not waited on."""
        try:
            with self._deadline(settings.DB_CONNECT_TIMEOUT):
                return super().is_usable()
        except OperationalError:
            return False

    def _statement_deadline(self, execute, sql, params, many, context):
        with self._deadline(settings.DB_CLIENT_DEADLINE):
            return execute(sql, params, many, context)

    @contextmanager
    def _deadline(self, seconds):
        deadline = _deadline_for(seconds) if seconds else None
        if deadline is None:
            yield
            return
        try:
            with deadline:
                yield
        except DeadlinePassed:
            _mark_down()
            # A statement is still in flight: this connection can never be used again.
            if self.connection is not None:
                self.close()
            raise OperationalError(f"The database did not answer within {seconds} s.") from None
