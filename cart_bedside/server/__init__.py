"""The ward server: several tablets of one ward sync through PostgreSQL (issue 14).

Headless (no Qt). FastAPI + uvicorn in front, psycopg 3 with a connection pool
behind, PostgreSQL ≥ 15 as the store. The tablet keeps its own SQLite file and
works offline; the server holds every row any enrolled device pushed, hands each
device the rows it needs (``pull``), and keeps a receipt chain per device.

Modules: ``protocol`` (wire format, hashing, checks), ``schema`` (migrations),
``store`` (the only SQL), ``app`` (the HTTP API), ``commands`` (the
``cart-bedside server …`` sub-commands). See docs/ward-server.md.

Installed with the optional extra: ``pip install "cart-bedside[server]"``.
"""
