"""Who may call the app, and how often: credentials and the per-client rate limit."""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import math
import threading
import time
from collections import deque
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
    return hmac.compare_digest(given.encode(), expected.encode())


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

    def allows(self, headers) -> bool:
        """An API request's headers: ``Authorization: Basic|Bearer ...`` or ``X-API-Token``."""
        if not self.required:
            return True
        if self.token and _same(headers.get("x-api-token", ""), self.token):
            return True
        scheme, _, value = headers.get("authorization", "").partition(" ")
        if self.token and scheme.lower() == "bearer" and _same(value.strip(), self.token):
            return True
        if self.basic and scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return False
            return _same(user, self.basic[0]) and _same(password, self.basic[1])
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
