"""`wsis serve`: one FastAPI app with the JSON API beside the Gradio chat mounted at "/".

The model and the index load once, when the app is built, and every request shares them.
"""

from __future__ import annotations

import logging
import os
from importlib import resources

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse

from assistant import prompts
from assistant.access import Credentials, RateLimiter, check_exposure
from assistant.feedback import FeedbackStore
from assistant.settings import Settings

log = logging.getLogger("wsis.server")

API_DESCRIPTION = """Answers questions about WSIS from the official texts, citing the unit behind every sentence.

Errors are JSON `{"error": "..."}` with a 4xx status: 400 for a question or filter that cannot be used,
401 without the configured credentials, 422 for a malformed body, 429 over the rate limit.
"""


def create_app(settings: Settings, assistant=None, feedback: FeedbackStore | None = None) -> FastAPI:
    """The whole app. ``assistant`` defaults to ``Assistant.open(settings)`` (loads the model now)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    from assistant.api import health, router
    from assistant.service import Assistant
    from assistant.ui import CSS, build_ui

    assistant = assistant or Assistant.open(settings)
    # root_path: behind a proxy at /prefix, /docs must fetch /prefix/openapi.json
    app = FastAPI(title=prompts.UI_TITLE, description=API_DESCRIPTION, version="0.1.0", root_path=settings.root_path)
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.feedback = feedback or FeedbackStore(settings.feedback_path)
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.credentials = Credentials(settings.auth, settings.api_token)
    add_error_handlers(app)
    if settings.cors_origins:
        anywhere = "*" in settings.cors_origins
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"], allow_headers=["*"],
            allow_credentials=not anywhere,
        )
    app.include_router(health)
    app.include_router(router)

    @app.get("/gradio.js", include_in_schema=False)
    def gradio_js() -> FileResponse:
        """The loader of the <gradio-app> web component (Gradio ships it but does not route it)."""
        path = resources.files("gradio").joinpath("templates/frontend/gradio.js")
        return FileResponse(str(path), media_type="application/javascript")

    demo = build_ui(assistant, app.state.feedback, app.state.limiter)
    demo.queue(default_concurrency_limit=settings.concurrency)
    credentials = app.state.credentials
    return gr.mount_gradio_app(
        app, demo, path="/", root_path=settings.root_path or None, css=CSS, footer_links=["api"],
        auth=credentials.login if credentials.required else None, auth_message=prompts.AUTH_MESSAGE,
        show_error=False,
    )


def add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON ``{"error": ...}``; an unexpected one is logged, never shown as a traceback."""
    from index.errors import IndexError_

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
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
    return f"{where}: {first.get('msg', 'invalid')}"


def public_url(settings: Settings) -> str:
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "") else settings.host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{settings.port}/"


def serve(settings: Settings) -> None:
    """Load the model and index, print the URL, and serve until interrupted."""
    import uvicorn

    check_exposure(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(settings)
    prefix = f" (behind a proxy at {settings.root_path}/)" if settings.root_path else ""
    print(f"WSIS Assistant is running: open {public_url(settings)}{prefix}  — JSON API docs at {public_url(settings)}docs",
          flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", proxy_headers=True)
