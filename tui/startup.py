"""The dashboard's start-up and the garbage collector (imports nothing but `gc`: `docket tui` calls
`start_quietly` before it imports Textual, SQLAlchemy and the models).

Importing those, then mounting the first screen, makes ~100,000 objects that live as long as the process.
The collector would walk them again and again as they pile up, to find next to no garbage: about a
tenth of the start-up's CPU, 60 ms of it in one full collection while the first page is being drawn.
"""

from __future__ import annotations

import gc

GC_RESUME_AT_LATEST = 5.0  # seconds after mount: the collector comes back even if no page ever arrives

_paused = False


def start_quietly() -> None:
    """No collection until the first page is on screen (`DocketApp.first_page_shown` resumes it)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def heap_loaded() -> None:
    """The modules are imported and the store is open: what exists now lives until exit, so the collector
    stops walking it (`gc.freeze`). A full collection at a later key then takes a few milliseconds, not
    the 60 ms of walking every class, function and SQL construct the imports made."""
    gc.freeze()


def gc_paused_for_start() -> bool:
    return _paused


def resume_gc() -> None:
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def back_to_normal() -> None:
    """After the app: the collector as it was (the command may run inside a longer process, tests)."""
    resume_gc()
    gc.unfreeze()
