"""The layers' import rules (design.md, "Data flow and layers"), read from the source with ``ast``.

corpus -> index -> evals -> assistant: a module imports its own layer and those before it, never
one after it; no modules import each other in a circle. Every import counts, at the top of a
module or inside a function: an import deferred to keep ``wsis --help`` fast (torch, chromadb,
gradio) is fine, one deferred to hide a cycle is found here like any other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("corpus", "index", "evals", "assistant")
FACES = ("assistant/api.py", "assistant/ui.py", "assistant/ui_evals.py", "assistant/cli.py", "assistant/cli_eval.py",
         "assistant/langchain.py")



def modules() -> dict[str, Path]:
    found = {}
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = modules()


def imports(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """(the project module imported, line) for every import in the file, wherever it stands."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            # `from evals import metrics` imports the module evals.metrics; `from corpus import Unit` the package
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for name in names:
            while name and name not in MODULES:  # `import corpus.refs.x` -> corpus.refs
                name = name.rpartition(".")[0]
            if name:
                yield name, node.lineno


def layer(module: str) -> int:
    return LAYERS.index(module.split(".")[0])


GRAPH = {module: {target for target, _ in imports(module, path)} - {module} for module, path in MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_tree_is_read():
    assert {"corpus.units", "index.search", "evals.runner", "assistant.service", "assistant.cli"} <= set(MODULES)
    assert "index.filters" in GRAPH["assistant.requests"] and "corpus.bodies" in GRAPH["index.filters"]


def test_no_module_imports_a_layer_above_its_own():
    upward = [
        f"{MODULES[module].relative_to(ROOT)}:{line} imports {target}"
        for module, path in MODULES.items()
        for target, line in imports(module, path)
        if layer(target) > layer(module)
    ]
    assert upward == []


def test_evals_know_the_assistant_only_as_a_protocol():
    assert not any(target.startswith("assistant") for module in MODULES if module.startswith("evals") for target in GRAPH[module])
    assert {"assistant.cli_eval", "assistant.ui_evals"} <= set(MODULES), "the eval faces live with the other faces"


def test_no_modules_import_each_other_in_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}], "the check finds a cycle"
    assert [sorted(c) for c in cycles(GRAPH)] == []


def test_the_faces_reach_the_index_only_through_the_assistant():
    """The CLI, the API and the UI call the Assistant's public methods: no searcher, no private member."""
    reaching = []
    for face in FACES:
        for node in ast.walk(ast.parse((ROOT / face).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "assistant" and (
                    node.attr == "searcher" or node.attr.startswith("_")):
                reaching.append(f"{face}:{node.lineno} assistant.{node.attr}")
    assert reaching == []
