"""Errors a person can act on: each message says what to run."""

BUILD_COMMAND = "wsis index build"


class IndexError_(RuntimeError):
    """Base of the index's user-facing errors (named so it does not shadow the builtin)."""


class IndexMissing(IndexError_):
    def __init__(self, where: str) -> None:
        super().__init__(f"No index found at {where}. Build it first: run `{BUILD_COMMAND}`.")


class ModelMismatch(IndexError_):
    def __init__(self, built_with: str, built_dim: int, configured: str, dim: int | None = None) -> None:
        configured_desc = f"{configured}" + (f" (dimension {dim})" if dim else "")
        super().__init__(
            f"The index was built with the embedding model {built_with} (dimension {built_dim}), "
            f"but {configured_desc} is configured. Rebuild it with that model: run `{BUILD_COMMAND}`, "
            f"or set WSIS_EMBEDDING_MODEL={built_with}."
        )


class StoreUnreachable(IndexError_):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__(
            f"The Chroma server at {url} does not answer ({reason}). Start it with "
            f"`chroma run --path DIR --port PORT`, or drop --chroma-url to use the local index."
        )


class IndexDamaged(IndexError_):
    """The store is there but cannot be read: never repaired or deleted on our own, the person is told how."""

    def __init__(self, where: str, error: BaseException, server: bool = False) -> None:
        reason = f"{type(error).__name__}: {(str(error).strip().splitlines() or [''])[0][:200]}"
        if server:
            super().__init__(
                f"The Chroma server at {where} cannot read the index ({reason}). See the server's log; if its data "
                f"is damaged, stop it, move its --path folder away, start it again and run `{BUILD_COMMAND}`."
            )
        else:
            super().__init__(
                f"The index at {where} cannot be read ({reason}). It is damaged: move it away "
                f"(mv {where} {where}.damaged) and run `{BUILD_COMMAND}`."
            )


class BuildRunning(IndexError_):
    def __init__(self, where: str, holder: str) -> None:
        super().__init__(f"another `{BUILD_COMMAND}` ({holder}) is running on {where}; try again when it ends")
