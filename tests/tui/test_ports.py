"""The boundary between the dashboard and the store, as types: the real store and the tests' fake both
implement `DocketStore`, method by method, with the parameters the screens may pass."""

from __future__ import annotations

import inspect

import pytest
from fake_store import FakeStore

from docket.db.search import FoldedTextBackend, Fts5Backend, SearchBackend
from docket.db.search_pg import PostgresBackend
from docket.db.store import Store
from docket.monitor.pipeline import IngestTarget
from docket.tui.ports import DocketStore


def protocol_methods(protocol: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(protocol).items()
        if callable(member) and not name.startswith("_")
    }


def assert_conforms(implementation: type, protocol: type) -> None:
    for name, wanted in protocol_methods(protocol).items():
        member = getattr(implementation, name, None)
        assert callable(member), f"{implementation.__name__} lacks {name}()"
        have = inspect.signature(member).parameters
        for parameter in wanted.parameters.values():
            assert parameter.name in have, f"{implementation.__name__}.{name}() lacks {parameter.name}"
            mine = have[parameter.name]
            assert mine.kind == parameter.kind, f"{implementation.__name__}.{name}({parameter.name}) kind"
            assert mine.default == parameter.default, (
                f"{implementation.__name__}.{name}({parameter.name}) default"
            )
        extra = [p for p in have.values() if p.name not in wanted.parameters]
        assert all(p.default is not inspect.Parameter.empty for p in extra), (
            f"{name}: extra required parameters"
        )
        assert str(wanted.return_annotation) == str(inspect.signature(member).return_annotation), name


@pytest.mark.parametrize("implementation", [Store, FakeStore])
def test_the_store_and_the_fake_implement_what_the_dashboard_needs(implementation: type) -> None:
    assert_conforms(implementation, DocketStore)


def test_what_the_pipeline_needs_is_part_of_what_the_dashboard_needs() -> None:
    assert set(protocol_methods(IngestTarget)) <= set(protocol_methods(DocketStore))
    assert_conforms(Store, IngestTarget)


@pytest.mark.parametrize("backend", [Fts5Backend, FoldedTextBackend, PostgresBackend])
def test_every_search_backend_implements_the_protocol(backend: type) -> None:
    assert_conforms(backend, SearchBackend)
