"""The house: imports run one way, the common commands start light, one version everywhere.

Layers, bottom to top (a module may import its own layer and those below it, never above,
deferred imports included):

0. base: errors, meta, dates, the message catalogues (i18n), and the Statute's calendar (arts 121, 124, 126, 127: pure date
   arithmetic the ledger derives status with)
1. ledger: data files -> validated records -> one history per State
2. rules: the Statute's other articles and the trace they write
3. registry: situations and cases
4. engines: jurisdiction, claims, bulk, export, ingest, versions, registry statistics
5. interfaces: cli, api
6. the package itself (`hague`: the public library functions), which nothing imports
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
CALENDAR = {f"hague.statute.art_{n}" for n in ("121", "124", "126", "127")}
LAYERS = [
    ("base", ("hague.errors", "hague.meta", "hague.dates", "hague.i18n", "hague.statute", *CALENDAR)),
    ("ledger", ("hague.ledger",)),
    ("rules", ("hague.trace", "hague.statute.")),
    ("registry", ("hague.registry",)),
    (
        "engines",
        (
            "hague.registry.stats",
            "hague.jurisdiction",
            "hague.articles",
            "hague.claims",
            "hague.bulk",
            "hague.export",
            "hague.ingest",
            "hague.changes",
            "hague.versions",
        ),
    ),
    ("interfaces", ("hague.cli", "hague.api", "hague.web")),
    ("package", ("hague",)),
]


def modules() -> dict[str, Path]:
    found = {}
    for path in (SRC / "hague").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every hague module `name` imports, at the top or inside a function, and the packages
    those imports initialise (other than its own)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, *([node.module] if node.module else [])])
            targets.update(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names)
    out = set()
    for target in targets:
        if not target.startswith("hague"):
            continue
        while target not in known:
            target = target.rpartition(".")[0]
        if target == "hague":  # the package itself, named explicitly
            out.add(target)
        parts = target.split(".")
        for i in range(2, len(parts) + 1):  # each package on the way is initialised too
            step = ".".join(parts[:i])
            if step != name and not name.startswith(step + "."):
                out.add(step)
    out.discard(name)
    return out


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items()}


def layer(name: str) -> int:
    """The layer of a module: that of the longest prefix naming it ("x." names x's modules, not x)."""
    best, rank = -1, -1
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            hit = name.startswith(p) if p.endswith(".") else name == p or name.startswith(p + ".")
            if hit and len(p) > best:
                best, rank = len(p), i
    assert rank >= 0, f"{name} is in no layer: add it to LAYERS"
    return rank


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_has_no_cycle():
    found = cycles(graph())
    assert not found, "import cycles: " + "; ".join(" <-> ".join(c) for c in found)


def test_no_module_imports_a_layer_above_its_own():
    wrong = [
        f"{name} ({LAYERS[layer(name)][0]}) imports {target} ({LAYERS[layer(target)][0]})"
        for name, targets in graph().items()
        for target in targets
        if layer(target) > layer(name)
    ]
    assert not wrong, "\n".join(sorted(wrong))


def test_the_cycle_finder_names_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


HEAVY = (
    "pandas",
    "numpy",
    "numba",
    "polars",
    "pyarrow",
    "duckdb",
    "matplotlib",
    "fastapi",
    "starlette",
    "uvicorn",
    "pydantic",
    "yaml",
    "babel",
)
LIGHT = [
    ["--version"],
    ["status", "BDI", "--json"],
    ["status", "BDI"],
    ["parties"],
    ["timeline", "PHL"],
    ["events", "--kind", "signature_withdrawal", "--json"],
    ["jurisdiction", "--crime", "war_crimes", "--from", "2022-03-01", "--territory", "UKR", "--json"],
    ["situations", "--json"],
    ["situation", "ICC-01/22", "--json"],
    ["cases", "--json"],
]
PROBE = """
import sys
from hague.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
finally:
    sys.stderr.write("LOADED " + " ".join(sorted({m.split('.')[0] for m in sys.modules})) + "\\n")
"""


@pytest.mark.parametrize("argv", LIGHT, ids=" ".join)
def test_common_commands_load_no_heavy_library(argv):
    """The commands people script by the hundred load no dataframe, web, numeric or
    validation library (the ledger comes from its compiled snapshot)."""
    subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True)  # builds the snapshots if absent
    run = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    loaded = set(run.stderr.rpartition("LOADED ")[2].split())
    assert not loaded & set(HEAVY), f"{' '.join(argv)} loaded {sorted(loaded & set(HEAVY))}"


def test_json_answers_do_not_load_rich():
    run = subprocess.run([sys.executable, "-c", PROBE, "status", "BDI", "--json"], capture_output=True, text=True)
    assert "rich" not in run.stderr.rpartition("LOADED ")[2].split()


def test_the_package_metadata_carries_the_one_version():
    from importlib.metadata import version

    import hague

    assert version("hague") == hague.__version__
