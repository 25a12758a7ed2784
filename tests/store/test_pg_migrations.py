"""Migrations on PostgreSQL: an old docket upgrades with its data; the full-text revision goes both ways."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, Table, create_engine
from store_factories import report
from test_store_migrations import OLD_ROWS

from docket.db.schema import MIGRATIONS, current_revision, head_revision, make_engine, upgrade
from docket.db.store import Store

on_postgres = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)


@on_postgres
def test_a_docket_of_the_first_version_upgrades_with_its_data_and_is_searchable(db_url: str) -> None:
    upgrade(db_url, "0001")
    engine = create_engine(db_url)
    with engine.begin() as connection:
        tables = MetaData()
        for table_name, row in OLD_ROWS:
            # Through the reflected table, so that 1 becomes true where the column is boolean.
            table = Table(table_name, tables, autoload_with=connection)
            connection.execute(table.insert(), row)
    engine.dispose()

    with Store.open(db_url) as store:
        assert current_revision(make_engine(db_url)) == head_revision()
        [row] = store.upcoming_hearings(dt.date(2025, 10, 8), today=dt.date(2025, 10, 8))
        assert (row.case_title, row.defendants) == ("Affaire Amoussou", ("Coffi Amoussou",))
        assert [hit.case_id for hit in store.search("party:amoussou")] == [1]
        assert [hit.case_id for hit in store.search("procès")] == [1]


@on_postgres
def test_the_full_text_revision_downgrades_and_upgrades_again(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest_parsed(report("a.txt", extra="Les prévenus ont été acquittés."))
    engine = make_engine(db_url)
    with engine.begin() as connection:
        # The store never downgrades; Alembic's own command, on the store's migrations.
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    assert current_revision(engine) == "0003"
    engine.dispose()
    with Store.open(db_url) as store:
        assert current_revision(make_engine(db_url)) == head_revision()
        # Stems and accents: "acquitte" finds "acquittés".
        assert {h.case_title for h in store.search("acquitte")} == {"Louis Philippe Sèssi Houndégnon"}
