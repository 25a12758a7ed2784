"""The extraction package as issue 9 shaped it: one stage a module, none of them over 500 lines."""

from __future__ import annotations

from pathlib import Path

import docket.extract

_LIMIT = 500


def test_no_module_of_the_extract_package_is_over_500_lines() -> None:
    package = Path(docket.extract.__file__).parent
    sizes = {path.name: len(path.read_text("utf-8").splitlines()) for path in package.glob("*.py")}
    assert sizes, "the extract package has no modules"
    assert {name: size for name, size in sizes.items() if size > _LIMIT} == {}


def test_the_single_extract_module_is_gone() -> None:
    assert not (Path(docket.extract.__file__).parent.parent / "extract.py").exists()
