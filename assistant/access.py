"""Who may call the app, and how often: credentials, the per-client rate limit, the back-off of failed logins.

A client is the peer's address (``client_key``). Behind a reverse proxy listed in
WSIS_TRUSTED_PROXIES, the server has already put the address the proxy forwarded in its place
(``assistant/server.py``); from anyone else, X-Forwarded-For is ignored.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Protocol

from assistant import prompts
from assistant.settings import Settings


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_exposure(settings: Settings) -> None:
    """Auth is off by default only on loopback: a public interface needs credentials or a clear opt-out."""
    if is_loopback(settings.host) or settings.auth or settings.api_token or settings.allow_anonymous:
        return
    raise ValueError(
        f"serving on {settings.host} without authentication: set WSIS_AUTH=user:password or WSIS_API_TOKEN=TOKEN, "
        "or WSIS_ALLOW_ANONYMOUS=true to serve it to everyone who can reach that interface"
    )


class _Address(Protocol):
    @property
    def host(self) -> str: ...


class _Request(Protocol):
    """A FastAPI (Starlette) request, or the ``gr.Request`` Gradio hands a callback: both know the peer."""

    @property
    def client(self) -> _Address | None: ...


def client_key(request: _Request | None) -> str:
    """Who a request comes from, for the rate limit and the feedback log: the peer's address."""
    client = request.client if request is not None else None
    return client.host if client else "unknown"


def _same(given: str, expected: str) -> bool:
    # surrogatepass: a guess holding a lone surrogate is a wrong guess, not an encoding error
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


class Credentials:
    """WSIS_AUTH (user:password, HTTP Basic) and/or WSIS_API_TOKEN (bearer or X-API-Token header)."""

    def __init__(self, auth: str | None, token: str | None) -> None:
        user, colon, password = (auth or "").partition(":")
        self.basic: tuple[str, str] | None = (user, password) if colon else None
        """The user and the password HTTP Basic and the UI's login form accept."""
        self.token = token

    @property
    def required(self) -> bool:
        return bool(self.basic or self.token)

    def login(self, username: str, password: str) -> bool:
        """The UI's login form: the user and password, or any user name with the token as password."""
        if self.basic and _same(username, self.basic[0]) and _same(password, self.basic[1]):
            return True
        if self.token:
            return _same(password, self.token)
        return False

    @staticmethod
    def presented(headers: Mapping[str, str]) -> bool:
        """Whether a request tries credentials at all: only then can it be a failed login."""
        return "authorization" in headers or "x-api-token" in headers

    def allows(self, headers: Mapping[str, str]) -> bool:
        """An API request's headers: ``Authorization: Basic|Bearer ...`` or ``X-API-Token``.

        HTTP Basic takes what the chat's login takes: the user and password, or any user with the
        token as password (so a browser can open /docs when only a token is configured).
        """
        if not self.required:
            return True
        if self.token and _same(headers.get("x-api-token", ""), self.token):
            return True
        scheme, _, value = headers.get("authorization", "").partition(" ")
        if self.token and scheme.lower() == "bearer" and _same(value.strip(), self.token):
            return True
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return False
            return self.login(user, password)
        return False


class RateLimiter:
    """At most ``per_minute`` requests per client in any 60-second window (0: no limit)."""

    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self.per_minute = per_minute
        self.window = window
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """0 when the request may go ahead (and is counted); else the seconds to wait."""
        if not self.per_minute:
            return 0
        now = time.monotonic()
        with self._lock:
            seen = self._seen.setdefault(client, deque())
            while seen and now - seen[0] >= self.window:
                seen.popleft()
            if len(seen) >= self.per_minute:
                return max(1, math.ceil(self.window - (now - seen[0])))
            seen.append(now)
            if len(self._seen) > 10_000:  # forget idle clients
                for key in [k for k, v in self._seen.items() if not v or now - v[-1] >= self.window]:
                    del self._seen[key]
            return 0

    def refusal(self, wait: int) -> str:
        """What a client over the limit is told (the API's 429, the chat's reply)."""
        return prompts.RATE_LIMITED.format(limit=self.per_minute, seconds=wait)


class LoginGuard:
    """Failed logins per client back off: after ``free`` failures, each further attempt waits, the
    wait doubling from ``first_wait`` seconds up to ``longest_wait``.

    While a client waits, its credentials are not checked at all (the faces answer 429 with
    Retry-After): a guess made then tells nothing, right or wrong. The wait always ends, and a
    success, or ``forget`` seconds without a failure, starts the client afresh: a correct login is
    never locked out for longer than ``longest_wait``. 60 wrong guesses in a second get 5 answers;
    a client guessing for a day gets about 300.
    """

    def __init__(self, free: int = 5, first_wait: float = 1.0, longest_wait: float = 300.0, forget: float = 900.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free, self.first_wait, self.longest_wait, self.forget = free, first_wait, longest_wait, forget
        self.clock = clock
        self._failures: dict[str, tuple[int, float]] = {}
        """client -> (failures in a row, when the last one was)"""
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """0 when the client may try credentials now; else the whole seconds it must wait."""
        with self._lock:
            count, last = self._current(client)
            if count < self.free:
                return 0
            remaining = last + self._wait(count) - self.clock()
            return math.ceil(remaining) if remaining > 0 else 0

    def failed(self, client: str) -> None:
        with self._lock:
            count, _ = self._current(client)
            now = self.clock()
            self._failures[client] = (count + 1, now)
            if len(self._failures) > 10_000:  # forget clients idle long enough
                for key in [k for k, (_, last) in self._failures.items() if now - last >= self.forget]:
                    del self._failures[key]

    def succeeded(self, client: str) -> None:
        if client in self._failures:
            with self._lock:
                self._failures.pop(client, None)

    def clear(self) -> None:
        """Forget every client's failures."""
        with self._lock:
            self._failures.clear()

    def _current(self, client: str) -> tuple[int, float]:
        count, last = self._failures.get(client, (0, 0.0))
        if count and self.clock() - last >= max(self.forget, self._wait(count)):
            del self._failures[client]
            return 0, 0.0
        return count, last

    def _wait(self, count: int) -> float:
        return min(self.longest_wait, self.first_wait * 2 ** max(0, count - self.free))

    def refusal(self, wait: int) -> str:
        return prompts.LOGIN_BACKOFF.format(seconds=wait)
