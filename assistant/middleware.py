"""What the server checks on every request before a route sees it: the size of the body, and the
back-off of Gradio's login form. Plain ASGI, so a streamed answer passes through untouched.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant import prompts
from assistant.access import LoginGuard

LOGIN_PATHS = ("/login", "/login/")
"""Gradio's login form posts here (the chat is mounted at the root of the app)."""


class BodyTooLarge(HTTPException):
    """An HTTPException, so that FastAPI passes it on as it is while reading a body, and the app's
    error handler answers it as every other error: a 413 ``{"error": ...}``."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, prompts.BODY_TOO_LARGE.format(limit=limit))


class BodyLimit:
    """Refuses a request body over ``limit`` bytes: at once when its Content-Length says so, else as
    soon as the bytes received pass it (a chunked body has no length), never reading the rest."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        received = 0
        started = False

        async def limited() -> Message:
            nonlocal received
            if declared is not None and declared > self.limit:
                raise BodyTooLarge(self.limit)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, watched)
        except BodyTooLarge as exc:  # read outside a FastAPI route (Gradio's own): answer it here
            if started:
                raise
            await _json(send, exc.status_code, exc.detail, {})


class LoginBackoff:
    """Gradio's login form behind the same back-off as the API's credentials (``LoginGuard``): a
    client that failed too often is answered 429 with Retry-After, its password not even checked."""

    def __init__(self, app: ASGIApp, logins: LoginGuard) -> None:
        self.app = app
        self.logins = logins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or _route_path(scope) not in LOGIN_PATHS:
            await self.app(scope, receive, send)
            return
        client = scope["client"][0] if scope.get("client") else "unknown"  # as access.client_key names it
        wait = self.logins.retry_after(client)
        if wait:
            await _json(send, 429, prompts.LOGIN_BACKOFF.format(seconds=wait), {"retry-after": str(wait)})
            return
        status = 0

        async def watched(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watched)
        if status == 200:
            self.logins.succeeded(client)
        elif status in (400, 401):  # Gradio's answer to a wrong user name or password
            self.logins.failed(client)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _route_path(scope: Scope) -> str:
    """The path inside the app: behind ``--root-path`` the prefix may or may not be in ``path``."""
    path, root = scope.get("path", ""), scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


async def _json(send: Send, status: int, error: str, headers: dict[str, str]) -> None:
    body = json.dumps({"error": error}, ensure_ascii=False).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
           *((k.encode(), v.encode()) for k, v in headers.items())]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
