"""A TCP proxy for fault tests: forwards to a real server, or turns into a black hole (accepts
and reads, never answers: a hung server or a dropped route, not a refused port)."""

import socket
import threading

READY_FOR_QUERY = b"Z\x00\x00\x00\x05I"  # PostgreSQL: the server waits for a query


class Proxy:
    FORWARD = "forward"
    BLACK_HOLE = "black hole"  # new and open connections: nothing is answered any more
    HANG_AFTER_LOGIN = "hang after login"  # connecting works; no query is answered any more

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.mode = self.FORWARD
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets = []
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.closed:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            self.sockets.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        if self.mode == self.BLACK_HOLE:
            return self._swallow(client)
        try:
            server = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        server.settimeout(None)
        self.sockets.append(server)
        state = {"logged_in": False}
        threading.Thread(target=self._pump, args=(server, client, state, True), daemon=True).start()
        self._pump(client, server, state, False)

    def _swallow(self, sock):
        try:
            while sock.recv(65536):
                pass
        except OSError:
            pass

    def _pump(self, source, destination, state, from_server):
        try:
            while data := source.recv(65536):
                if self.mode == self.BLACK_HOLE:
                    continue
                if not from_server and self.mode == self.HANG_AFTER_LOGIN and state["logged_in"]:
                    continue  # the query never reaches the server; nothing comes back
                destination.sendall(data)
                if from_server and data.endswith(READY_FOR_QUERY):
                    state["logged_in"] = True
        except OSError:
            pass
        finally:
            for sock in (source, destination):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self):
        """Stop, and end every connection: shutdown() wakes the threads blocked reading them and
        tells both ends (close() alone leaves a socket open while a thread still reads it, and
        PostgreSQL keeps the session)."""
        self.closed = True
        self.listener.close()
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
