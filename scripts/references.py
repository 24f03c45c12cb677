"""Who calls a resource method: the overlay code (Make modules first) that uses ``tk.<resource>.
<method>``, so that an operation leaving the spec is reported with everything it breaks."""

from __future__ import annotations

import ast
from pathlib import Path

OVERLAY = Path(__file__).resolve().parent.parent / "overlay" / "aiothinkific"
_DECLARERS = {"action", "search", "universal", "trigger"}


def _module_key(function: ast.AST) -> str | None:
    """The Make module key of a handler declared as ``@group.action("key", ...)``."""
    for decorator in getattr(function, "decorator_list", []):
        if (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr in _DECLARERS
            and decorator.args
            and isinstance(decorator.args[0], ast.Constant)
        ):
            return str(decorator.args[0].value)
    return None


def references(resource: str, method: str) -> list[str]:
    """Where ``<anything>.<resource>.<method>`` is used: "Make module <key>" inside a module
    handler, else "<file>:<line>"."""
    found: list[str] = []
    for path in sorted(OVERLAY.rglob("*.py")):
        if path.parent.name == "resources":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.AsyncFunctionDef | ast.FunctionDef):
                continue
            key = _module_key(function)
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Attribute)
                    and node.attr == method
                    and isinstance(node.value, ast.Attribute)
                    and node.value.attr == resource
                ):
                    where = (
                        f"Make module {key}"
                        if key
                        else f"{path.relative_to(OVERLAY.parent)}:{node.lineno}"
                    )
                    if where not in found:
                        found.append(where)
    return found


def users_of(vanished: list[tuple[str, str, str]]) -> str:
    """Lines naming what uses each vanished (operationId, resource, method); "" if nothing."""
    lines = []
    for operation_id, resource, method in vanished:
        users = references(resource, method)
        if users:
            lines.append(f"\n  {operation_id} is used by: {', '.join(users)}")
    return "".join(lines)
