"""A throw-away PostgreSQL server for the `postgres` tests.

- `CIC_TEST_PG_URL` set (e.g. `postgresql+psycopg://cic@localhost/cic_test`): that server is used.
- Otherwise the fixture looks for `initdb`/`pg_ctl` (Debian's `/usr/lib/postgresql/*/bin`, then
  PATH), makes a cluster in a temporary folder and starts it listening on a Unix socket only
  (`listen_addresses=''`, trust authentication, fsync off: it holds test data only). initdb refuses
  to run as root, so under root (CI) the cluster belongs to the `postgres` system user and is run
  through `runuser`. It is stopped and deleted when the session ends.
- No binaries, no `postgres` user, no psycopg, or a server that will not start: the tests are
  skipped with the reason, never failed. Debian: `apt-get install postgresql`.

Fixtures: `pg_server` (session: the server and an admin connection), `pg_url` (session: one
database made once), `fresh_pg_url` (per test: a new empty database, dropped afterwards).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

ENV_URL = "CIC_TEST_PG_URL"
PG_USER = "postgres"
START_TIMEOUT_S = 60
_names = itertools.count(1)


@dataclass
class PgServer:
    """A PostgreSQL server the tests may create and drop databases on."""

    base_url: URL  # SQLAlchemy URL of the admin database (`postgres`, or the CIC_TEST_PG_URL one)
    can_create_databases: bool = True
    socket_dir: Path | None = None  # set for the throw-away local server
    _created: list[str] = field(default_factory=list)

    def url(self, database: str) -> str:
        if self.socket_dir is not None:  # readable form: ...@/db?host=/tmp/cic-pg-x/run&port=N
            port = self.base_url.query["port"]
            return f"postgresql+psycopg://{PG_USER}@/{database}?host={self.socket_dir}&port={port}"
        return self.base_url.set(database=database).render_as_string(hide_password=False)

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        url = self.base_url
        kwargs: dict[str, object] = {"dbname": url.database or "postgres", "autocommit": True}
        if url.username:
            kwargs["user"] = url.username
        if url.password:
            kwargs["password"] = url.password
        if url.host:
            kwargs["host"] = url.host
        if url.port:
            kwargs["port"] = url.port
        for key in ("host", "port"):
            if key in url.query:
                kwargs[key] = url.query[key]
        return psycopg.connect(**kwargs)  # type: ignore[arg-type]

    def create_database(self) -> str:
        """A new empty UTF-8 database; its SQLAlchemy URL."""
        name = f"cic_test_{os.getpid()}_{next(_names)}"
        with self._admin() as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        self._created.append(name)
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        if name not in self._created:
            return
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._created.remove(name)

    def reset_schema(self) -> str:
        """For a server where we may not create databases: empty the given database instead."""
        with self._admin() as conn:
            conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
            conn.execute("CREATE SCHEMA public")
        return self.base_url.render_as_string(hide_password=False)


# -- finding and running the server binaries ---------------------------------------------------


def _version_key(path: str) -> tuple[int, ...]:
    digits = "".join(c if c.isdigit() else " " for c in path).split()
    return tuple(int(d) for d in digits)


def find_pg_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    candidates += sorted(
        glob.glob("/usr/local/pgsql*/bin") + glob.glob("/opt/homebrew/opt/postgresql*/bin"),
        reverse=True,
    )
    for directory in candidates:
        if (Path(directory) / "initdb").is_file() and (Path(directory) / "pg_ctl").is_file():
            return Path(directory)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    return None


def _free_port() -> int:
    # Only names the socket file (no TCP listener), but keep it distinct from a real server's.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Runner:
    """Runs the PostgreSQL tools as the current user, or as `postgres` when we are root."""

    def __init__(self, bindir: Path, workdir: Path) -> None:
        self.bindir = bindir
        self.workdir = workdir
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_root:
            import pwd

            try:
                entry = pwd.getpwnam(PG_USER)
            except KeyError:
                raise RuntimeError(
                    f"running as root and there is no '{PG_USER}' system user to own the cluster"
                ) from None
            self.uid, self.gid = entry.pw_uid, entry.pw_gid
            runuser = shutil.which("runuser")
            self.prefix = [runuser, "-u", PG_USER, "--"] if runuser else None
            if self.prefix is None and not shutil.which("su"):
                raise RuntimeError("running as root and neither runuser nor su is available")

    def chown(self, path: Path) -> None:
        if self.as_root:
            os.chown(path, self.uid, self.gid)

    def run(self, tool: str, *args: str, timeout: float = START_TIMEOUT_S) -> None:
        command = [str(self.bindir / tool), *args]
        if self.as_root:
            if self.prefix is not None:
                command = [*self.prefix, *command]
            else:
                import shlex

                command = ["su", PG_USER, "-s", "/bin/sh", "-c", shlex.join(command)]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        result = subprocess.run(
            command,
            cwd=self.workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{tool} failed ({result.returncode}): {result.stderr.strip() or result.stdout}"
            )


def _start_local_server(bindir: Path) -> tuple[PgServer, Callable[[], None]]:
    # Not under pytest's tmp dir: /tmp/pytest-of-root is 0700, which `postgres` cannot enter.
    workdir = Path(tempfile.mkdtemp(prefix="cic-pg-"))
    runner = _Runner(bindir, workdir)
    data, sockets, log = workdir / "data", workdir / "run", workdir / "server.log"
    runner.chown(workdir)
    started = False

    def stop() -> None:
        if started:
            try:
                runner.run("pg_ctl", "stop", "-D", str(data), "-m", "immediate", "-w", timeout=30)
            except Exception:  # noqa: BLE001 - best effort at teardown
                pass
        shutil.rmtree(workdir, ignore_errors=True)

    try:
        runner.run(
            "initdb",
            "-D", str(data),
            "-U", PG_USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )  # fmt: skip
        sockets.mkdir()
        runner.chown(sockets)
        port = _free_port()
        options = (
            f"-k {sockets} -p {port} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        log.touch()
        runner.chown(log)
        runner.run("pg_ctl", "start", "-D", str(data), "-l", str(log), "-o", options, "-w",
                   "-t", str(START_TIMEOUT_S))  # fmt: skip
        started = True
    except Exception as error:
        details = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        stop()
        raise RuntimeError(f"{error}\n{details}".strip()) from error

    url = URL.create(
        "postgresql+psycopg",
        username=PG_USER,
        database="postgres",
        query={"host": str(sockets), "port": str(port)},
    )
    return PgServer(base_url=url, socket_dir=sockets), stop


def _wait_ready(server: PgServer, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with server._admin() as conn:
                conn.execute("SELECT 1")
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[test]')")

    env_url = os.environ.get(ENV_URL)
    if env_url:
        server = PgServer(base_url=make_url(env_url))
        try:
            _wait_ready(server, timeout=5)
        except Exception as error:  # noqa: BLE001
            pytest.skip(f"{ENV_URL} is set but the server does not answer: {error}")
        try:
            server.drop_database(server.create_database())
        except Exception:  # noqa: BLE001 - no CREATEDB right: reuse the one database
            server.can_create_databases = False
        yield server
        return

    bindir = find_pg_bindir()
    if bindir is None:
        pytest.skip(
            "no PostgreSQL server binaries (initdb, pg_ctl) found under /usr/lib/postgresql/*/bin "
            f"or on PATH; install them (Debian: apt-get install postgresql) or set {ENV_URL}"
        )
    try:
        server, stop = _start_local_server(bindir)
    except Exception as error:  # noqa: BLE001
        pytest.skip(f"could not start a throw-away PostgreSQL server from {bindir}: {error}")
    try:
        _wait_ready(server)
    except Exception as error:  # noqa: BLE001
        stop()
        pytest.skip(f"the throw-away PostgreSQL server did not accept connections: {error}")
    try:
        yield server
    finally:
        stop()


@pytest.fixture(scope="session")
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """One database for the whole session (tests that only read, or that clean up)."""
    if not pg_server.can_create_databases:
        yield pg_server.reset_schema()
        return
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def fresh_pg_url(pg_server: PgServer) -> Iterator[str]:
    """A new, empty database for one test, dropped afterwards (connections still open included)."""
    if not pg_server.can_create_databases:
        yield pg_server.reset_schema()
        return
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)
