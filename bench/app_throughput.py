"""API throughput of the 台帳 under concurrent clients, on SQLite and PostgreSQL (issue 4).

Starts the real ``hogo serve`` in a subprocess per database, sets it up, then CLIENTS threads each write
WRITES entries (POST) and read them back (GET list + GET by id). Checks that no write was lost or duplicated
and that the audit chain verifies. Prints requests per second, and a ratio against the same number of rows
written straight into the table with SQLAlchemy Core (the script a data engineer would otherwise write —
no validation, no history, no audit log).

    .venv/bin/python bench/app_throughput.py [--clients 8] [--writes 50]
"""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
from sqlalchemy import create_engine, insert, text

from hogo.app.models import PersonalDatabase, utcnow

POSTGRES = "postgresql+psycopg://postgres@localhost/test"
ADMIN = {"organisation_name": "ベンチ学園", "organisation_type": "school", "employees": 10, "username": "bench",
         "display_name": "ベンチ", "password": "bench password 123"}


def entry(name: str) -> dict:
    return {"name": name, "items": ["氏名", "住所"], "categories": ["personal"], "persons_count": 100,
            "purposes": ["連絡"], "acquisition_source": "本人", "storage_location": "事務室", "storage_medium": "paper",
            "access_roles": ["担当"], "retention": "5年", "disposal_method": "裁断"}


def start(cwd: str, url: str | None) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | ({"DATABASE_URL": url} if url else {})
    proc = subprocess.Popen([sys.executable, "-m", "hogo", "serve", "--port", str(port)], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def run(label: str, url: str | None, clients: int, writes: int) -> None:
    with tempfile.TemporaryDirectory() as cwd:
        proc, base = start(cwd, url)
        try:
            http = httpx.Client(base_url=base, limits=httpx.Limits(max_connections=clients * 2))
            csrf = http.get("/api/v1/session").json()["csrf_token"]
            headers = {"X-CSRF-Token": http.post("/api/v1/setup", json=ADMIN, headers={"X-CSRF-Token": csrf}
                                                 ).json()["csrf_token"]}

            def write(n: int) -> list[int]:
                return [http.post("/api/v1/register", json=entry(f"c{n}-{i}"), headers=headers).json()["id"]
                        for i in range(writes)]

            started = time.perf_counter()
            with ThreadPoolExecutor(clients) as pool:
                ids = [i for chunk in pool.map(write, range(clients)) for i in chunk]
            write_s = time.perf_counter() - started

            def read(chunk: list[int]) -> int:
                return sum(http.get(f"/api/v1/register/{i}").status_code == 200 for i in chunk)

            started = time.perf_counter()
            with ThreadPoolExecutor(clients) as pool:
                found = sum(pool.map(read, [ids[k::clients] for k in range(clients)]))
            read_s = time.perf_counter() - started

            names = [e["name"] for e in http.get("/api/v1/register", params={"limit": 1000}).json()]
            expected = clients * writes
            lost_or_duplicated = len(names) != expected or len(set(names)) != expected or len(set(ids)) != expected
            verify = http.get("/api/v1/audit/verify").json()
        finally:
            proc.terminate()
            proc.wait(timeout=10)

        # baseline: the same rows straight into the table
        direct_url = url or f"sqlite:///{Path(cwd) / '.hogo' / 'hogo.db'}"
        engine = create_engine(direct_url)
        rows = [dict(entry(f"d{i}"), contractors=[], cross_border=False, cross_border_countries=[], notes="",
                     version=1, created_at=utcnow(), updated_at=utcnow()) for i in range(expected)]
        started = time.perf_counter()
        for row in rows:  # one transaction per row, as the API does
            with engine.begin() as connection:
                connection.execute(insert(PersonalDatabase), row)
        direct_s = time.perf_counter() - started
        engine.dispose()

    print(f"{label}: {clients} clients x {writes} writes | writes {expected / write_s:7.1f}/s | "
          f"reads {found / read_s:7.1f}/s | direct SQL inserts {expected / direct_s:7.1f}/s "
          f"(API = {direct_s / write_s:.2f}x direct) | lost/duplicated: {'YES' if lost_or_duplicated else 'none'} | "
          f"audit chain: {'ok' if verify['ok'] else 'BROKEN'} ({verify['entries']} entries)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--writes", type=int, default=50)
    args = parser.parse_args()
    run("SQLite    ", None, args.clients, args.writes)
    schema = f"hogo_bench_{secrets.token_hex(4)}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # noqa: BLE001
        print(f"PostgreSQL: skipped ({type(exc).__name__})")
        return
    try:
        run("PostgreSQL", f"{POSTGRES}?options=-csearch_path%3D{schema}", args.clients, args.writes)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))


if __name__ == "__main__":
    main()
