"""The hybrid search as a LangChain retriever: documents carry the hit they came from."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from index.filters import Filters
from index.hits import Hit


class UnitRetriever(BaseRetriever):
    searcher: Any
    k: int = 8
    filters: Filters = Filters()

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [hit_document(hit) for hit in self.searcher.search(query, self.k, self.filters)]


def hit_document(hit: Hit) -> Document:
    return Document(
        page_content=hit.passage, id=hit.unit.id,
        metadata={"id": hit.unit.id, "label": hit.unit.label, "score": hit.score, "hit": hit},
    )
