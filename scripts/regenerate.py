#!/usr/bin/env python3
"""Regenerate everything derived from the vendor specs: one command, reproducible.

    scripts/regenerate          rewrite generated/ and the overlay's resource modules from spec/
    scripts/regenerate --check  exit 1, naming the files, if they are not what spec/ gives

A spec the vendor ships as a Postman collection (spec/vendor/<name>.postman_collection.json) is
first converted into spec/<name>.yaml (scripts/postman_to_openapi.py), which --check covers too.
For each spec: apply spec/patches/<name>.overlay.yaml (scripts/spec_overlay.py), validate the result
(openapi-spec-validator), run the pinned openapi-python-client with spec/openapi-python-client.yaml
(ruff formats its output), add the patched spec as openapi.json inside the package (the mock
server and the contract tests read it) and a py.typed marker, then write the overlay's resource
classes from the spec and its names table, spec/<name>.resources.yaml (resources_codegen.py).
generated/README.md records what was generated; operations the table does not name yet are
reported with the default names they got.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from postman_to_openapi import ConversionError, convert, dump  # noqa: E402
from references import users_of  # noqa: E402
from resources_codegen import TableError, render  # noqa: E402
from spec_overlay import AppliedAction, OverlayError, overlaid, patched_spec  # noqa: E402

GENERATOR_VERSION = "0.29.1"  # also pinned in pyproject.toml; output depends on it
FORMATTER_VERSION = "0.17.6"  # ruff, which formats generated/ and the resource modules
GENERATED = ROOT / "generated"
RESOURCES = ROOT / "overlay" / "aiothinkific" / "resources"


@dataclass(frozen=True)
class Target:
    spec: str  # file in spec/
    package: str  # package written to generated/
    config: str  # generator config in spec/
    collection: str | None = None  # a Postman collection in spec/vendor/ the spec is made from

    @property
    def table(self) -> Path:
        """The names table: spec/<name>.resources.yaml."""
        return ROOT / "spec" / self.spec.replace(".yaml", ".resources.yaml")

    @property
    def resources_module(self) -> str:
        """The overlay module written from the table: resources/<name>.py."""
        return self.spec.removesuffix(".yaml").replace("-", "_") + ".py"


TARGETS = [
    Target("thinkific.yaml", "thinkific_admin_client", "openapi-python-client.yaml"),
    Target(
        "thinkific-webhooks.yaml",
        "thinkific_webhooks_client",
        "openapi-python-client-webhooks.yaml",
    ),
    Target(
        "thrivecart.yaml",
        "thrivecart_client",
        "openapi-python-client-thrivecart.yaml",
        collection="thrivecart.postman_collection.json",
    ),
]


def validate(doc: dict, name: str) -> None:
    from openapi_spec_validator import OpenAPIV30SpecValidator

    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in OpenAPIV30SpecValidator(doc).iter_errors()
    ]
    if errors:
        raise SystemExit(f"patched {name} is not valid OpenAPI:\n  " + "\n  ".join(errors))


def generate(target: Target, doc: dict, out_dir: Path) -> list[str]:
    """Run the generator into out_dir/<package>; return its warnings."""
    spec_json = out_dir / f"{target.package}.openapi.json"
    spec_json.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    package_dir = out_dir / target.package
    # The generator runs ruff from PATH in its post hooks: use the one installed beside it.
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec_json),
            "--config",
            str(ROOT / "spec" / target.config),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--overwrite",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=out_dir,
    )
    if result.returncode != 0:
        raise SystemExit(
            f"openapi-python-client failed on {target.spec}:\n{result.stdout}{result.stderr}"
        )
    shutil.move(spec_json, package_dir / "openapi.json")
    # PEP 561: the generated types reach an installed user's type checker too.
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    return warnings_of(result.stdout + result.stderr)


def write_resources(target: Target, doc: dict, out_dir: Path) -> list[str]:
    """Write the overlay's resource module for ``target`` into out_dir/resources; return the
    operations the table does not name (with the default names they got)."""
    try:
        rendered = render(
            doc,
            ROOT / "spec" / target.config,
            target.table,
            target.spec,
            RESOURCES / target.resources_module,
        )
    except TableError as error:
        raise SystemExit(f"spec/{target.table.name}: {error}{users_of(error.vanished)}") from None
    (out_dir / "resources").mkdir(exist_ok=True)
    (out_dir / "resources" / target.resources_module).write_text(rendered.source, encoding="utf-8")
    return rendered.new_operations


def warnings_of(output: str) -> list[str]:
    """The generator's warning blocks, without paths that differ between runs."""
    lines = [line.rstrip() for line in output.splitlines()]
    start = next((n for n, line in enumerate(lines) if "Warning(s) encountered" in line), None)
    if start is None:
        return []
    return [line for line in lines[start + 1 :] if line.strip()]


def summary(
    results: list[tuple[Target, dict, list[AppliedAction], list[str]]], out_dir: Path
) -> str:
    lines = [
        "# generated/",
        "",
        "Written by `scripts/regenerate`; do not edit. Fixes go in `spec/patches/`.",
        "",
    ]
    for target, doc, applied, warnings in results:
        operations = sum(
            1
            for item in doc["paths"].values()
            for method in item
            if method in ("get", "put", "post", "delete", "patch")
        )
        models = len(list((out_dir / target.package / "models").glob("*.py"))) - 1  # __init__
        lines += [
            f"## {target.package}",
            "",
            f"- source: `spec/{target.spec}` + {len(applied)} overlay actions",
            f"- generator: openapi-python-client {GENERATOR_VERSION}",
            f"- operations: {operations}",
            f"- models: {models}",
            f"- generator warnings: {len(warnings)}",
            "",
        ]
        lines += [f"    {w}" for w in warnings] + ([""] if warnings else [])
    return "\n".join(lines)


def build(out_dir: Path) -> list[str]:
    """Write generated/ into out_dir/generated and the resource modules into out_dir/resources;
    return the notes on operations the tables do not name yet."""
    results = []
    notes = []
    generated = out_dir / "generated"
    generated.mkdir()
    (out_dir / "spec").mkdir()
    for target in TARGETS:
        try:
            if target.collection:
                converted = converted_spec(target)
                (out_dir / "spec" / target.spec).write_text(converted, encoding="utf-8")
                doc, applied = overlaid(yaml.safe_load(converted), target.spec)
            else:
                doc, applied = patched_spec(target.spec)
        except OverlayError as error:
            raise SystemExit(f"spec patch failed: {error}") from None
        validate(doc, target.spec)
        warnings = generate(target, doc, generated)
        results.append((target, doc, applied, warnings))
        notes += [
            f"new operation {new}; add an entry to spec/{target.table.name} to rename it"
            for new in write_resources(target, doc, out_dir)
        ]
    (generated / "README.md").write_text(summary(results, generated), encoding="utf-8")
    return notes


def converted_spec(target: Target) -> str:
    """spec/<name>.yaml as the converter makes it from the target's Postman collection."""
    assert target.collection
    source = ROOT / "spec" / "vendor" / target.collection
    try:
        return dump(convert(json.loads(source.read_text(encoding="utf-8"))))
    except (ConversionError, json.JSONDecodeError) as error:
        raise SystemExit(f"spec/vendor/{target.collection}: {error}") from None


def differences(expected: Path, actual: Path, *, only_new: bool = False) -> list[str]:
    """Relative paths that differ between two trees (ignoring caches); with ``only_new``, only
    the files of ``expected`` count (the resources folder also holds hand-written modules)."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    want = files(expected)
    have = files(actual) & want if only_new else files(actual)
    changed = {f for f in want & have if not filecmp.cmp(expected / f, actual / f, shallow=False)}
    return sorted((want ^ have) | changed)


def main() -> int:
    parser = argparse.ArgumentParser(description="Regenerate generated/ from spec/.")
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if generated/ differs from what spec/ gives",
    )
    args = parser.parse_args()
    if version("openapi-python-client") != GENERATOR_VERSION:
        raise SystemExit(
            f"openapi-python-client {GENERATOR_VERSION} is required "
            f"(found {version('openapi-python-client')}): pip install -e '.[dev]'"
        )
    if version("ruff") != FORMATTER_VERSION:
        raise SystemExit(
            f"ruff {FORMATTER_VERSION} is required (found {version('ruff')}): "
            "pip install -e '.[dev]'"
        )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp)
        notes = build(out_dir)
        print("\n".join(notes))
        outputs = [
            (out_dir / "generated", GENERATED, "generated/"),
            (out_dir / "resources", RESOURCES, "overlay/aiothinkific/resources/"),
            (out_dir / "spec", ROOT / "spec", "spec/"),
        ]
        if args.check:
            changed = [
                f"{label}{name}"
                for new, old, label in outputs
                for name in differences(new, old, only_new=old != GENERATED)
            ]
            if changed:
                print("these files are not what spec/ produces; run scripts/regenerate. Differs:")
                print("\n".join(f"  {name}" for name in changed))
                return 1
            print(f"generated code is up to date ({time.perf_counter() - started:.1f}s)")
            return 0
        if GENERATED.exists():
            shutil.rmtree(GENERATED)
        shutil.copytree(
            out_dir / "generated", GENERATED, ignore=shutil.ignore_patterns("__pycache__")
        )
        for module in (out_dir / "resources").iterdir():
            shutil.copyfile(module, RESOURCES / module.name)
        for converted in (out_dir / "spec").iterdir():
            shutil.copyfile(converted, ROOT / "spec" / converted.name)
    print((GENERATED / "README.md").read_text(encoding="utf-8"))
    print(mock_coverage())
    print(f"regenerated in {time.perf_counter() - started:.1f}s")
    return 0


def mock_coverage() -> str:
    """What the mock makes of the regenerated spec: operations it serves with generic behaviour
    (no hand-written handler yet) and handlers whose operation is gone (ignored)."""
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT / "overlay"), str(GENERATED)]),
    )
    result = subprocess.run(
        [sys.executable, "-m", "aiothinkific", "mock", "handlers"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return f"mock handlers could not be listed: {last}"
    return "mock: " + result.stdout.strip().replace("\n", "\nmock: ")


if __name__ == "__main__":
    sys.exit(main())
