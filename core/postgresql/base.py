"""Django's PostgreSQL backend, for a database that hangs or is down (settings: ENGINE
"core.postgresql" whenever DATABASE_URL names PostgreSQL).

- Connecting gives up after DB_CONNECT_TIMEOUT seconds (libpq's connect_timeout, in the settings),
  and each statement after DB_STATEMENT_TIMEOUT on the server (statement_timeout).
- A server that accepted the connection and then went silent (a black hole: no answer, no
  reset) is not helped by either. Under gevent (gunicorn.conf.py) each statement therefore also
  has a deadline on the client, a little after the server's: the connection is dropped and an
  OperationalError raised, which the portal answers with its 503 page.
- After a failure, new connections fail at once for DB_RETRY_SECONDS (a circuit breaker): a
  request that touches the database more than once, or a burst of visitors, does not wait for the
  timeout again and again. After that the next request tries again: the portal recovers by itself.
"""

import time
from contextlib import contextmanager

from django.conf import settings
from django.db.backends.postgresql import base
from django.db.utils import OperationalError

_down_until = 0.0


def _mark_down():
    global _down_until
    _down_until = time.monotonic() + settings.DB_RETRY_SECONDS


def _gevent_timeout():
    """gevent.Timeout when gevent has patched the sockets (gunicorn's gevent worker), else None:
    without gevent a blocked socket read cannot be interrupted from Python."""
    try:
        from gevent import Timeout, monkey
    except ImportError:
        return None
    return Timeout if monkey.is_module_patched("socket") else None


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

    def _statement_deadline(self, execute, sql, params, many, context):
        with self._deadline(settings.DB_CLIENT_DEADLINE):
            return execute(sql, params, many, context)

    @contextmanager
    def _deadline(self, seconds):
        timeout = _gevent_timeout()
        if timeout is None or not seconds:
            yield
            return
        try:
            with timeout(seconds):
                yield
        except timeout:
            _mark_down()
            # A statement is still in flight: this connection can never be used again.
            if self.connection is not None:
                self.close()
            raise OperationalError(f"The database did not answer within {seconds} s.") from None
