#!/usr/bin/env python3
"""Regenerate generated/ from the vendor specs and their patches: one command, reproducible.

    scripts/regenerate          rewrite generated/ from spec/
    scripts/regenerate --check  exit 1, naming the files, if generated/ is not what spec/ gives

For each spec: apply spec/patches/<name>.overlay.yaml (scripts/spec_overlay.py), validate the result
(openapi-spec-validator), run the pinned openapi-python-client with spec/openapi-python-client.yaml
(ruff formats its output), and add the patched spec as openapi.json inside the package, where the
mock server and the contract tests read it. generated/README.md records what was generated.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from spec_overlay import AppliedAction, OverlayError, patched_spec  # noqa: E402

GENERATOR_VERSION = "0.29.1"  # also pinned in pyproject.toml; output depends on it
GENERATED = ROOT / "generated"


@dataclass(frozen=True)
class Target:
    spec: str  # file in spec/
    package: str  # package written to generated/
    config: str  # generator config in spec/


TARGETS = [
    Target("thinkific.yaml", "thinkific_admin_client", "openapi-python-client.yaml"),
    Target(
        "thinkific-webhooks.yaml",
        "thinkific_webhooks_client",
        "openapi-python-client-webhooks.yaml",
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
    return warnings_of(result.stdout + result.stderr)


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


def build(out_dir: Path) -> None:
    results = []
    for target in TARGETS:
        try:
            doc, applied = patched_spec(target.spec)
        except OverlayError as error:
            raise SystemExit(f"spec patch failed: {error}") from None
        validate(doc, target.spec)
        warnings = generate(target, doc, out_dir)
        results.append((target, doc, applied, warnings))
    (out_dir / "README.md").write_text(summary(results, out_dir), encoding="utf-8")


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (ignoring caches)."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    want, have = files(expected), files(actual)
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
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp) / "generated"
        out_dir.mkdir()
        build(out_dir)
        if args.check:
            changed = differences(out_dir, GENERATED) if GENERATED.exists() else ["generated/"]
            if changed:
                print("generated/ is not what spec/ produces; run scripts/regenerate. Differs:")
                print("\n".join(f"  generated/{name}" for name in changed))
                return 1
            print(f"generated/ is up to date ({time.perf_counter() - started:.1f}s)")
            return 0
        if GENERATED.exists():
            shutil.rmtree(GENERATED)
        shutil.copytree(out_dir, GENERATED, ignore=shutil.ignore_patterns("__pycache__"))
    print((GENERATED / "README.md").read_text(encoding="utf-8"))
    print(f"regenerated in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
