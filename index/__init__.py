"""Units -> embeddings -> Chroma + a lexical index; hybrid search over them."""

from index.errors import IndexError_, IndexMissing, ModelMismatch, StoreUnreachable
from index.hits import Hit

__all__ = ["Hit", "IndexError_", "IndexMissing", "ModelMismatch", "StoreUnreachable"]
