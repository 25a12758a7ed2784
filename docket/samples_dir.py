"""Where the bundled sample reports are: `docket/samples` in an installed copy, `samples/` in a clone
(and an editable install, which maps the package onto the clone)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
_INSTALLED = _HERE / "samples"
SAMPLES_DIR = _INSTALLED if _INSTALLED.is_dir() else _HERE.parent / "samples"
