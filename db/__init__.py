"""The docket store (installed as `docket.db`): models, migrations, merging parsed sources, search, exchange.

Storage only: no command line, network, processes or dashboard here (see the import contracts).
"""
