"""Questions -> grounded answers with citations; the CLI, HTTP API and chat UI over them."""
