"""Wrap every user-visible Vietnamese string literal in ui/ in Qt's translation call.

    .venv/bin/python packaging/i18n_wrap.py            # rewrite ui/**/*.py, refresh danvan.ts
    .venv/bin/python packaging/i18n_wrap.py --check    # list what would change, exit 1 if any
    .venv/bin/python packaging/i18n_wrap.py --skipped  # list the literals left alone, and why

A literal is wrapped when it holds a non-ASCII letter (Vietnamese text) and sits where a call
may stand and where the text is shown, not matched against data: see ``skip_reason``. The call
written is ``translate("<module>", "text")`` from ``danvan_desktop.ui.i18n``, a form that
pyside6-lupdate reads (it needs the context as a literal; ``self.tr`` would take the class
name at run time but the lexical class in lupdate, which differ in subclasses).

f-strings become a template plus ``.format(...)``: ``f"Có {n} hồ sơ"`` ->
``translate("ctx", "Có {n} hồ sơ").format(n=n)``. A name or attribute gives a named
placeholder, anything else a positional one; conversions and format specs stay as they were, so
the rendered text is the same byte for byte. The tool is idempotent (wrapped literals are
inside a translate call and left alone) and runs ruff's import sorter and formatter on every
file it changes. tests/ui/test_translations.py uses ``plan`` to fail on any literal left bare.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "danvan_desktop" / "ui"
TS = ROOT / "resources" / "translations" / "danvan.ts"
IMPORT_LINE = "from danvan_desktop.ui.i18n import translate\n"
FUNC = "translate"
# Qt's own texts and their Vietnamese (a translation, not source text), and the runtime itself.
EXCLUDED_FILES = {"translator.py", "i18n.py"}
# Calls whose literal arguments are already marked for lupdate.
TRANSLATE_CALLS = {"translate", "tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
LOG_RECEIVERS = {"log", "logger", "logging", "_log", "LOG", "_logger"}
# Methods (obj.name(...), not a bare helper) whose first argument is a key, a name or a pattern
# matched against data, never shown.
KEY_METHODS = {
    "setObjectName",
    "setProperty",
    "property",
    "setValue",
    "value",
    "findChild",
    "findChildren",
    "getLogger",
    "get",
    "pop",
    "setdefault",
    "findText",
    "findItems",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "removeprefix",
    "removesuffix",
    "split",
    "rsplit",
    "partition",
    "replace",
    "compile",
    "match",
    "search",
    "fullmatch",
    "sub",
}
KEY_KEYWORDS = {"objectName", "key"}
ALREADY = "already translated"
WRAP_LIMIT = 72  # characters of template per line when a generated literal is split


@dataclass(frozen=True)
class Edit:
    start: int  # byte offsets in the UTF-8 source
    end: int
    text: str
    line: int


@dataclass(frozen=True)
class Skip:
    line: int
    text: str
    reason: str


def has_vietnamese(text: str) -> bool:
    return any(ord(ch) > 127 and ch.isalpha() for ch in text)


def context_for(path: Path, ui_root: Path = UI) -> str:
    """The translation context of a module: its path under ui/ with dots (``kit.form``)."""
    rel = path.resolve().relative_to(ui_root.resolve()).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"] or ["ui"]
    return ".".join(parts)


def _literal_text(node: ast.AST) -> str | None:
    """The text a str literal or f-string shows (placeholders blanked), None for others."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return None


def _func_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_log_call(call: ast.Call) -> bool:
    func = call.func
    if not isinstance(func, ast.Attribute) or func.attr not in LOG_METHODS:
        return False
    receiver = func.value
    while isinstance(receiver, ast.Attribute):
        receiver = receiver.value
    name = receiver.id if isinstance(receiver, ast.Name) else ""
    return name in LOG_RECEIVERS or (
        isinstance(func.value, ast.Attribute) and func.value.attr in LOG_RECEIVERS
    )


def skip_reason(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> str | None:
    """Why a Vietnamese literal must stay bare, or None when it is user-visible text."""
    child, parent = node, parents.get(node)
    # Climb through containers and conditional expressions: the position that decides is the
    # one the whole value takes ("a" if x else "b" as an argument is shown like "a").
    while isinstance(parent, ast.Tuple | ast.List | ast.Set | ast.IfExp | ast.BoolOp):
        if isinstance(parent, ast.IfExp) and child is parent.test:
            break
        child, parent = parent, parents.get(parent)
    if isinstance(parent, ast.Expr):
        return "docstring or bare string statement"
    if isinstance(parent, ast.Dict) and any(k is child for k in parent.keys):
        return "dict key (matched against data)"
    if isinstance(parent, ast.Subscript) and parent.slice is child:
        return "subscript key (matched against data)"
    if isinstance(parent, ast.Compare):
        return "compared with data"
    if isinstance(parent, ast.MatchValue | ast.MatchSingleton):
        return "match pattern"
    if isinstance(parent, ast.arg | ast.AnnAssign) and getattr(parent, "annotation", None) is child:
        return "annotation"
    call: ast.AST | None = None
    if isinstance(parent, ast.keyword):
        if parent.arg in KEY_KEYWORDS:
            return f"keyword {parent.arg}= (a key, not text)"
        call = parents.get(parent)
    elif isinstance(parent, ast.Call) and any(a is child for a in parent.args):
        call = parent
    if isinstance(call, ast.Call):
        name = _func_name(call)
        if name in TRANSLATE_CALLS:
            return ALREADY
        if _is_log_call(call):
            return "log message (for the developer, kept stable for grep)"
        method = isinstance(call.func, ast.Attribute)  # a local helper may share the name
        if method and name in KEY_METHODS and call.args and call.args[0] is child:
            return f"{name}() key"
    # Inside a translate call one level further out (e.g. implicit parts, format args are fine).
    for anc in _ancestors(node, parents):
        if (
            isinstance(anc, ast.Call)
            and _func_name(anc) in TRANSLATE_CALLS
            and any(_contains(arg, node) for arg in anc.args)
        ):
            return ALREADY
        if isinstance(anc, ast.stmt):
            break
    return None


def _ancestors(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> Iterator[ast.AST]:
    while node in parents:
        node = parents[node]
        yield node


def _contains(tree: ast.AST, target: ast.AST) -> bool:
    return any(n is target for n in ast.walk(tree))


def py_literal(text: str) -> str:
    """A double-quoted Python literal for text (non-ASCII kept as is, controls escaped)."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def split_literal(text: str, limit: int = WRAP_LIMIT) -> list[str]:
    """Literals whose implicit concatenation is text, cut after spaces or newlines."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = max(rest.rfind(" ", 0, limit), rest.rfind("\n", 0, limit))
        if cut <= 0:
            cut = limit - 1
        pieces.append(rest[: cut + 1])
        rest = rest[cut + 1 :]
    pieces.append(rest)
    return [py_literal(p) for p in pieces if p] or ['""']


def _placeholder_name(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        inner = expr.value
        while isinstance(inner, ast.Attribute):
            inner = inner.value
        if isinstance(inner, ast.Name):
            return expr.attr.lstrip("_") or None
    return None


def _expr_source(expr: ast.expr, source: str | None) -> str:
    """The expression as written when its recorded position is right, else ast.unparse.

    Python 3.11 misplaces expressions inside multi-line or concatenated f-strings, and unparse
    loses the author's layout (and adds parentheses ruff then flags): so check, then choose.
    """
    if source is not None:
        segment = ast.get_source_segment(source, expr)
        if segment:
            try:
                parsed = ast.parse(segment.strip(), mode="eval").body
            except SyntaxError:
                parsed = None
            if parsed is not None and ast.dump(parsed) == ast.dump(expr):
                return segment.strip()
    return ast.unparse(expr)


def fstring_template(
    node: ast.JoinedStr, source: str | None = None
) -> tuple[str, list[str], list[tuple[str, str]]] | None:
    """(template, positional args, keyword args) rendering exactly as the f-string does."""
    parts: list[str] = []
    positional: list[str] = []
    named: dict[str, str] = {}
    by_source: dict[str, str] = {}
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(value, ast.FormattedValue)
        text = _expr_source(value.value, source)
        field = by_source.get(text)
        if field is None:
            name = _placeholder_name(value.value)
            if name and name not in named:
                named[name] = text
                field = name
            else:
                field = str(len(positional))
                positional.append(text)
            by_source[text] = field
        conversion = "" if value.conversion == -1 else "!" + chr(value.conversion)
        spec = ""
        if value.format_spec is not None:
            assert isinstance(value.format_spec, ast.JoinedStr)
            if any(not isinstance(v, ast.Constant) for v in value.format_spec.values):
                return None  # a nested {width} inside the spec: left as an f-string
            spec = ":" + "".join(str(v.value) for v in value.format_spec.values)  # type: ignore[attr-defined]
        parts.append("{" + field + conversion + spec + "}")
    return "".join(parts), positional, list(named.items())


def _call_text(context: str, literal: str, fmt: str = "") -> str:
    return f"{FUNC}({py_literal(context)}, {literal}){fmt}"


def _line_offsets(data: bytes) -> list[int]:
    offsets = [0]
    for i, byte in enumerate(data):
        if byte == 0x0A:
            offsets.append(i + 1)
    return offsets


def plan(source: str, context: str) -> tuple[list[Edit], list[Skip]]:
    """The edits that wrap this module's bare Vietnamese literals, and the ones left alone."""
    tree = ast.parse(source)
    parents: dict[ast.AST, ast.AST] = {}
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            parents[child] = parent
    data = source.encode("utf-8")
    starts = _line_offsets(data)
    edits: list[Edit] = []
    skips: list[Skip] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == FUNC
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value != context
        ):
            # Code moved to another module: its texts follow it into that module's context.
            first = node.args[0]
            start = starts[first.lineno - 1] + first.col_offset
            end = starts[first.end_lineno - 1] + first.end_col_offset  # type: ignore[operator]
            edits.append(Edit(start, end, py_literal(context), first.lineno))
            continue
        if not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        if any(isinstance(anc, ast.JoinedStr) for anc in _ancestors(node, parents)):
            continue  # inside an f-string: the outermost f-string decides
        text = _literal_text(node)
        if text is None:
            continue
        nested = isinstance(node, ast.JoinedStr) and any(
            has_vietnamese(t)
            for v in node.values
            if isinstance(v, ast.FormattedValue)
            for t in map(_literal_text, ast.walk(v.value))
            if t is not None
        )
        if not has_vietnamese(text) and not nested:
            continue
        reason = skip_reason(node, parents)
        if reason is not None:
            if reason != ALREADY:
                skips.append(Skip(node.lineno, text, reason))
            continue
        start = starts[node.lineno - 1] + node.col_offset
        end = starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]
        original = data[start:end].decode("utf-8")
        if isinstance(node, ast.Constant):
            edits.append(Edit(start, end, _call_text(context, original), node.lineno))
            continue
        assert isinstance(node, ast.JoinedStr)
        made = fstring_template(node, source)
        if made is None:
            skips.append(Skip(node.lineno, text, "f-string with a computed format spec"))
            continue
        template, positional, named = made
        args = positional + [f"{k}={v}" for k, v in named]
        if not args:
            template = template.replace("{{", "{").replace("}}", "}")
        pieces = split_literal(template)
        literal = " ".join(pieces)
        fmt = f".format({', '.join(args)})" if args else ""
        # When only the expressions hold text: plain str.format, so that the next round can
        # wrap those literals, which cannot be edited inside the f-string.
        plain = f"({literal}){fmt}" if len(pieces) > 1 else f"{literal}{fmt}"
        replacement = _call_text(context, literal, fmt) if has_vietnamese(text) else plain
        edits.append(Edit(start, end, replacement, node.lineno))
    # Outermost edits only; what is nested (a literal in an f-string's expression) is
    # wrapped by the next round once it stands in .format(...).
    edits.sort(key=lambda e: (e.start, -e.end))
    outer: list[Edit] = []
    for edit in edits:
        if outer and edit.start < outer[-1].end:
            continue
        outer.append(edit)
    return outer, skips


def _imports_translate(tree: ast.Module) -> bool:
    return any(
        isinstance(stmt, ast.ImportFrom)
        and stmt.module == "danvan_desktop.ui.i18n"
        and any(alias.name == FUNC and alias.asname is None for alias in stmt.names)
        for stmt in tree.body
    )


def _add_import(source: str) -> str:
    tree = ast.parse(source)
    if _imports_translate(tree):
        return source
    last = 0
    for stmt in tree.body:
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            last = stmt.end_lineno or last
        elif last:
            break
        elif isinstance(stmt, ast.Expr) and isinstance(getattr(stmt, "value", None), ast.Constant):
            last = stmt.end_lineno or last  # after the module docstring
    lines = source.splitlines(keepends=True)
    lines.insert(last, IMPORT_LINE)
    return "".join(lines)


def rewrite(source: str, context: str) -> str:
    """The module with every bare Vietnamese literal wrapped (same text when nothing is)."""
    changed = False
    for _ in range(10):
        edits, _skips = plan(source, context)
        if not edits:
            break
        data = source.encode("utf-8")
        for edit in sorted(edits, key=lambda e: e.start, reverse=True):
            data = data[: edit.start] + edit.text.encode("utf-8") + data[edit.end :]
        source = data.decode("utf-8")
        changed = True
    return _add_import(source) if changed or _uses_translate_unimported(source) else source


def _uses_translate_unimported(source: str) -> bool:
    """A module whose translate() calls lost their import (e.g. code moved in a merge)."""
    tree = ast.parse(source)
    calls = any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == FUNC
        for n in ast.walk(tree)
    )
    defined = any(
        isinstance(n, ast.FunctionDef | ast.ClassDef)
        and n.name == FUNC
        or isinstance(n, ast.alias)
        and (n.asname or n.name) == FUNC
        for n in ast.walk(tree)
    )
    return calls and not defined


def ui_files(ui_root: Path = UI) -> list[Path]:
    return sorted(p for p in ui_root.rglob("*.py") if p.name not in EXCLUDED_FILES)


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) beside this interpreter or on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it ships with PySide6-Essentials)")
    return found


def extract_ts(ts: Path, ui_root: Path = UI) -> Path:
    """Write the .ts of every translate() text in ui/ (no line numbers: merges stay quiet)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    ts.unlink(missing_ok=True)  # fresh, so texts gone from the code leave the file
    files = [str(p) for p in ui_files(ui_root)]
    command = [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    command += ["-source-language", "vi_VN", *files, "-ts", str(ts)]
    subprocess.run(command, check=True)
    # lupdate takes a Sphinx "#:" attribute comment for a note to the translator of the next
    # text it meets: those notes describe code, not the text.
    text = ts.read_text(encoding="utf-8")
    ts.write_text(re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.S), "utf-8")
    return ts


def ts_messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message of a .ts file."""
    root = ElementTree.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def _ruff() -> str | None:
    found = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    return found if Path(found).exists() else None


def tidy(paths: list[Path]) -> None:
    """Sort the new import and format the rewritten calls the way the tree is formatted."""
    ruff = _ruff()
    if ruff is None or not paths:
        return
    names = [str(p) for p in paths]
    subprocess.run([ruff, "check", "--select", "I", "--fix", "--quiet", *names], check=False)
    subprocess.run([ruff, "format", "--quiet", *names], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    parser.add_argument("--skipped", action="store_true", help="list literals left bare")
    parser.add_argument("root", nargs="?", type=Path, default=UI)
    args = parser.parse_args(argv)
    changed: list[Path] = []
    for path in ui_files(args.root):
        source = path.read_text(encoding="utf-8")
        context = context_for(path, args.root)
        if args.skipped:
            for skip in plan(source, context)[1]:
                print(f"{path.relative_to(args.root)}:{skip.line}: {skip.reason}: {skip.text!r}")
            continue
        new = rewrite(source, context)
        if new != source:
            changed.append(path)
            if args.check:
                count = len(plan(source, context)[0])
                print(f"{path.relative_to(args.root)}: {count} literal(s) to wrap")
            else:
                path.write_text(new, encoding="utf-8")
    if args.skipped:
        return 0
    if args.check:
        return 1 if changed else 0
    tidy(changed)
    print(f"rewrote {len(changed)} file(s)")
    if args.root == UI:
        print(f"{len(ts_messages(extract_ts(TS)))} texts in {TS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
