"""Deadline notifications inside ``hogo serve``: :func:`hogo.app.notifications.run` every N minutes.

Without it, deadlines (漏えい等報告の速報・確報, 開示等の請求の回答期限, retention …) reach people only when cron runs
``hogo notify run``. The scheduler runs the same function in a daemon thread of the server process: once shortly
after start, then every ``every``. ``notifications.run`` is idempotent (one notification per account, deadline and
state; an e-mail is marked sent as soon as the server accepts it), so a run that overlaps cron sends nothing twice.

Logs carry counts and exception types only — never a subject, address or name.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import threading
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from hogo.app import notifications

log = logging.getLogger(__name__)


class NotificationScheduler:
    """Runs the deadline notifications periodically until :meth:`stop`."""

    def __init__(self, sessions: sessionmaker[Session], secret: str, every: dt.timedelta, *,
                 first_after: dt.timedelta = dt.timedelta(seconds=5),
                 today: Callable[[], dt.date | None] = lambda: None) -> None:
        if every <= dt.timedelta(0):
            raise ValueError("every: must be positive")
        self._sessions, self._secret = sessions, secret
        self.every, self.first_after, self._today = every, first_after, today
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0  # completed runs, failed ones included
        self.last_result: notifications.RunResult | None = None
        self.last_error: str | None = None  # the exception type of the last failed run

    def run_once(self) -> notifications.RunResult | None:
        """One run; a failure (database or SMTP down) is logged and retried at the next interval."""
        try:
            with self._sessions() as session:
                result = notifications.run(session, self._secret, self._today())
        except (OSError, smtplib.SMTPException, SQLAlchemyError) as exc:  # outages: retried at the next interval
            self.last_error = type(exc).__name__
            log.warning("notification run failed: %s", self.last_error)
            result = None
        except Exception as exc:  # noqa: BLE001 - anything else must not end the thread either
            self.last_error = type(exc).__name__
            log.error("notification run failed unexpectedly: %s", self.last_error)  # type only: no message, no data
            result = None
        else:
            self.last_result, self.last_error = result, None
            if result.created or result.emailed or result.failed:
                log.info("notifications: created %d, emailed %d, failed %d, no address %d", result.created,
                         result.emailed, result.failed, result.skipped_no_address)
        self.runs += 1
        return result

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the scheduler is already running")
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="hogo-notifications", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the thread to stop and wait for the run in progress, if any."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        wait = self.first_after
        while not self._stop.wait(wait.total_seconds()):
            self.run_once()
            wait = self.every
