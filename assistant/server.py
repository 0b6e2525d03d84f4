"""`wsis serve`: one FastAPI app with the JSON API beside the Gradio chat mounted at "/".

The model and the index load once, when the app is built, and every request shares them.
"""

from __future__ import annotations

import logging
import os
from importlib import resources

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import Match, Route
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from assistant import prompts
from assistant.access import Credentials, LoginGuard, RateLimiter, check_exposure
from assistant.feedback import FeedbackStore
from assistant.middleware import BodyLimit, LoginBackoff
from assistant.requests import not_text
from assistant.settings import Settings

log = logging.getLogger("wsis.server")

API_DESCRIPTION = """Answers questions about WSIS from the official texts, citing the unit behind every sentence.

Errors are JSON `{"error": "..."}` with a 4xx status: 400 for a question or filter that cannot be used,
401 without the configured credentials, 404 and 405 for a path or method the API does not have, 413 for a
body over WSIS_MAX_BODY_BYTES, 422 for a malformed body, 429 over the rate limit or after too many failed
logins (with Retry-After), 503 when the index or the feedback database cannot be used.
"""


def create_app(settings: Settings, assistant=None, feedback: FeedbackStore | None = None) -> FastAPI:
    """The whole app. ``assistant`` defaults to ``Assistant.open(settings)`` (loads the model now)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    from assistant.api import health, router
    from assistant.service import Assistant
    from assistant.ui import CSS, UI_I18N, build_ui

    assistant = assistant or Assistant.open(settings)
    # root_path: behind a proxy at /prefix, /docs must fetch /prefix/openapi.json. The docs are routes
    # of our own (add_docs), behind the API's credentials.
    app = FastAPI(title=prompts.UI_TITLE, description=API_DESCRIPTION, version="0.1.0", root_path=settings.root_path,
                  docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.feedback = feedback or FeedbackStore(settings.feedback_path)
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.credentials = Credentials(settings.auth, settings.api_token)
    app.state.logins = LoginGuard()
    add_error_handlers(app)
    # Outermost last: the proxy's client address is put in place first, then CORS, the login
    # back-off and the body limit see the request.
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(LoginBackoff, logins=app.state.logins)
    if settings.cors_origins:
        anywhere = "*" in settings.cors_origins
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"], allow_headers=["*"],
            allow_credentials=not anywhere,
        )
    if settings.trusted_proxies:
        # X-Forwarded-For names the client only when the peer is a proxy we were told to trust, and
        # then only its rightmost address that is not one of them (what a client wrote itself is left of it).
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    app.include_router(health)
    app.include_router(router)
    add_docs(app)

    @app.get("/gradio.js", include_in_schema=False)
    def gradio_js() -> FileResponse:
        """The loader of the <gradio-app> web component (Gradio ships it but does not route it)."""
        path = resources.files("gradio").joinpath("templates/frontend/gradio.js")
        return FileResponse(str(path), media_type="application/javascript")

    add_not_found(app, (health, router))  # after every route of ours, before the chat takes the rest of the paths
    demo = build_ui(assistant, app.state.feedback, app.state.limiter)
    demo.queue(default_concurrency_limit=settings.concurrency)
    credentials = app.state.credentials
    return gr.mount_gradio_app(
        app, demo, path="/", root_path=settings.root_path or None, css=CSS, footer_links=["api"], i18n=UI_I18N,
        auth=credentials.login if credentials.required else None, auth_message=prompts.AUTH_MESSAGE,
        show_error=False,
        # an upload (the Evals tab's question sets) fits in the body limit with its multipart envelope:
        # the page says so before sending, instead of the upload failing
        max_file_size=max(settings.max_body_bytes - 8192, 1024),
    )


def add_docs(app: FastAPI) -> None:
    """/openapi.json, /docs and /redoc, with the API's credentials when they are configured."""
    from assistant.api import authorized

    guarded = [Depends(authorized)]

    @app.get("/openapi.json", include_in_schema=False, dependencies=guarded)
    def openapi() -> JSONResponse:
        return JSONResponse(app.openapi())

    def schema_url(request: Request) -> str:
        return request.scope.get("root_path", "").rstrip("/") + "/openapi.json"

    @app.get("/docs", include_in_schema=False, dependencies=guarded)
    def docs(request: Request) -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=schema_url(request), title=f"{app.title} — API")

    @app.get("/redoc", include_in_schema=False, dependencies=guarded)
    def redoc(request: Request) -> HTMLResponse:
        return get_redoc_html(openapi_url=schema_url(request), title=f"{app.title} — API")


METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def add_not_found(app: FastAPI, routers: tuple[APIRouter, ...]) -> None:
    """A path or method the API does not have is a 404 or 405 ``{"error": ...}``, not the chat's page.

    The chat is mounted at "/", so without this it answers every path no route of ours takes in full,
    a known path asked with another method included (Starlette only says 405 when nothing matches).
    """
    ours = list(app.router.routes)
    paths = {route.path for route in ours if isinstance(route, Route)} | {r.path for rt in routers for r in rt.routes
                                                                         if isinstance(r, Route)}

    async def elsewhere(request: Request) -> JSONResponse:
        allowed = [m for m in METHODS if any(r.matches({**request.scope, "method": m})[0] == Match.FULL for r in ours)]
        if allowed:
            raise HTTPException(405, f"{request.url.path} does not take {request.method}; it takes {', '.join(allowed)}",
                                headers={"Allow": ", ".join(allowed)})
        raise HTTPException(404, f"no such path: {request.url.path} (the API is described at /docs)")

    for path in sorted(paths | {"/api", "/api/{rest:path}"}):
        app.add_api_route(path, elsewhere, methods=list(METHODS), include_in_schema=False)


def add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON ``{"error": ...}``; an unexpected one is logged, never shown as a traceback."""
    from index.errors import IndexError_

    @app.exception_handler(HTTPException)  # Starlette's: FastAPI's, and the router's own 404 and 405, are ones
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 400 and isinstance(exc.__cause__, UnicodeDecodeError):  # FastAPI reading a JSON body
            return JSONResponse({"error": "the body is not valid JSON (it is not UTF-8 text)"}, status_code=422)
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": describe(exc.errors())}, status_code=422)

    @app.exception_handler(IndexError_)
    async def index_unavailable(request: Request, exc: IndexError_) -> JSONResponse:
        log.error("index unavailable: %s", exc)
        return JSONResponse({"error": str(exc)}, status_code=503)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return JSONResponse({"error": "internal error; it is logged on the server"}, status_code=500)


def describe(errors) -> str:
    """The first validation error in words: ``body.question: Field required``."""
    if not errors:
        return "bad request"
    first = errors[0]
    if first.get("type") == "json_invalid":
        return f"the body is not valid JSON ({first.get('ctx', {}).get('error', 'parse error')})"
    where = ".".join(str(p) for p in first.get("loc", ()))
    if first.get("type") == "string_unicode":  # pydantic's words for a lone surrogate in a bounded field
        return f"{where}: {not_text('this field')}"
    return f"{where}: {first.get('msg', 'invalid')}"


def public_url(settings: Settings) -> str:
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "") else settings.host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{settings.port}/"


def serve(settings: Settings) -> None:
    """Load the model and index, print the URL, and serve until interrupted."""
    import uvicorn

    from assistant.service import Assistant
    from index.store import readable, where_label

    check_exposure(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with readable(where_label(settings.home, settings.chroma_url), server=bool(settings.chroma_url)):
        assistant = Assistant.open(settings)
        assistant.warm()
    app = create_app(settings, assistant)
    prefix = f" (behind a proxy at {settings.root_path}/)" if settings.root_path else ""
    print(f"WSIS Assistant is running: open {public_url(settings)}{prefix}  — JSON API docs at {public_url(settings)}docs",
          flush=True)
    uvicorn.Server(server_config(settings, app)).run()


def server_config(settings: Settings, app):
    """How uvicorn serves the app. Its own proxy headers are off: it would believe X-Forwarded-For from
    any loopback peer; the app takes them from WSIS_TRUSTED_PROXIES only (create_app)."""
    import uvicorn

    return uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning", proxy_headers=False)
