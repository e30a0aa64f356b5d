"""No import circles anywhere in danvan_desktop (issue "One kernel for every area"): two modules
that import each other, directly or round a longer loop, cannot be understood, tested or moved
apart. The graph is import-linter's (grimp), built from the source."""

from __future__ import annotations

import grimp


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in graph.modules:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        m = stack.pop()
                        on_stack.discard(m)
                        component.append(m)
                        if m == node:
                            break
                    if len(component) > 1:
                        out.append(sorted(component))
    return out


def test_no_import_circles() -> None:
    # Imports under `if TYPE_CHECKING:` never run: annotations only, not a circle.
    graph = grimp.build_graph("danvan_desktop", cache_dir=None, exclude_type_checking_imports=True)
    # A package's __init__ that re-exports its own modules is not a circle of meaning: the
    # re-export shims (services/petitions/__init__ …) import their children, never the reverse.
    cycles = _cycles(graph)
    assert cycles == [], "import circles:\n" + "\n".join(" ↔ ".join(c) for c in cycles)


def test_the_finder_finds_a_circle() -> None:
    class Fake:
        modules = {"a", "b", "c"}

        @staticmethod
        def find_modules_directly_imported_by(m: str) -> set[str]:
            return {"a": {"b"}, "b": {"c"}, "c": {"a"}}[m]

    assert _cycles(Fake()) == [["a", "b", "c"]]  # type: ignore[arg-type]
