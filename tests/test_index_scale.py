"""What keeps search and rebuilds working on large indexes (benchmarks/README.md, "scale")."""

import numpy as np

from index.search import _top
from index.store import connect, get_all


def test_the_whole_index_is_read_in_pages(tmp_path):
    collection = connect(tmp_path, create=True).create_collection("wsis-units-paging", embedding_function=None)
    collection.add(ids=[f"u:{i}#0" for i in range(12)], embeddings=np.eye(12, 4).tolist(),
                   documents=[f"text {i}" for i in range(12)], metadatas=[{"unit_id": f"u:{i}"} for i in range(12)])
    data = get_all(collection, ["documents", "metadatas"], page=5)
    assert data["ids"] == [f"u:{i}#0" for i in range(12)]
    assert data["documents"][11] == "text 11" and data["metadatas"][11] == {"unit_id": "u:11"}


def test_the_partial_sort_ranks_the_best_lexical_scores_like_a_full_sort():
    scores = np.random.default_rng(3).random(10_000).astype(np.float32)
    assert list(_top(scores, 40)) == list(np.argsort(-scores)[:40])
    assert list(_top(scores[:30], 40)) == list(np.argsort(-scores[:30]))
    assert len(_top(scores, 0)) == 0
