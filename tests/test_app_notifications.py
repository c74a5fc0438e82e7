"""Deadline notifications: UI list, e-mail through a real local SMTP server (aiosmtpd), sent once.

Runs on SQLite and PostgreSQL. The SMTP sink is aiosmtpd started in the test on a free port, with AUTH so the
password stored encrypted (Fernet) is shown to reach the server intact.
"""

from __future__ import annotations

import datetime as dt
import email
import ipaddress
import os
import ssl
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from aiosmtpd.smtp import AuthResult, LoginPassword
from app_support import admin_api, free_port, user_api
from sqlalchemy import create_engine, text

from hogo.app import notifications
from hogo.app.models import Role

SMTP_PASSWORD = "sink-password-0427"  # fictional


class Sink:
    """Collects the messages the SMTP server accepted, and the credentials it saw."""

    def __init__(self, password: str = SMTP_PASSWORD) -> None:
        self.password = password
        self.messages: list[email.message.EmailMessage] = []
        self.logins: list[tuple[str, str]] = []
        self.encrypted: list[bool] = []  # per login: whether the connection was TLS at that moment
        self.raw: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: ANN401, N802
        self.raw.append(envelope.original_content)
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=policy.default))
        return "250 OK"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:  # noqa: ANN401
        if isinstance(data, LoginPassword):
            self.encrypted.append(server.transport.get_extra_info("ssl_object") is not None)
            self.logins.append((data.login.decode(), data.password.decode()))
            return AuthResult(success=data.password.decode() == self.password)
        return AuthResult(success=False)


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    handler = Sink()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=handler.authenticate,
                            auth_require_tls=False)
    controller.start()
    yield handler, port
    controller.stop()


def _setup(app: Any, port: int, security: str = "none", password: str = SMTP_PASSWORD) -> tuple[Any, Any, int]:  # noqa: ANN401
    admin = admin_api(app)
    officer = user_api(app, admin, Role.PRIVACY_OFFICER)
    staff = user_api(app, admin, Role.STAFF)
    saved = admin.put("/api/v1/smtp", json={"enabled": True, "host": "127.0.0.1", "port": port,
                                            "from_address": "hogo@school.example.jp", "security": security,
                                            "username": "hogo", "password": password, "lead_days": 3})
    assert saved.status_code == 200, saved.text
    assert "password" not in saved.json() and saved.json()["password_set"] is True
    for api, address in ((admin, "admin@school.example.jp"), (officer, "officer@school.example.jp"),
                         (staff, "staff@school.example.jp")):
        assert api.put("/api/v1/me/notification-address", json={"email": address}).status_code == 200
    incident = admin.post("/api/v1/incidents", json={
        "reference": "L-2024-012", "title": "保健調査票の紛失(架空 花子 担当)", "discovered_on": "2024-12-01",
        "discovered_by": "養護教諭", "known_on": "2024-12-01", "sensitive": True, "persons_count": 40})
    assert incident.status_code == 201, incident.text
    return admin, officer, incident.json()["id"]


def _run(app: Any, day: str) -> notifications.RunResult:  # noqa: ANN401
    with app.state.sessions() as session:
        return notifications.run(session, app.state.secret, dt.date.fromisoformat(day))


def test_deadline_mail_sent_once_with_japanese_subject(app, db_url: str, sink) -> None:  # noqa: ANN001
    handler, port = sink
    admin, officer, incident_id = _setup(app, port)
    first = _run(app, "2024-12-03")  # 速報 due 12/05: within 3 days; 確報 (2025-01-06) not yet
    assert (first.created, first.emailed, first.failed) == (2, 2, 0)  # admin and privacy officer; not staff
    assert sorted(m["To"] for m in handler.messages) == ["admin@school.example.jp", "officer@school.example.jp"]
    assert handler.logins and all(login == ("hogo", SMTP_PASSWORD) for login in handler.logins)
    message = handler.messages[0]
    subject = message["Subject"]
    assert subject == "【hogo】漏えい等報告(速報)の期限が近づいています(L-2024-012、期限 2024-12-05)"
    assert "架空 花子" not in subject and "保健調査票" not in subject  # no personal data, not even the title
    body = message.get_content()
    assert "期限: 2024-12-05(あと2日)" in body and f"/incidents/{incident_id}" in body and "架空 花子" not in body
    assert message.get_content_charset() == "utf-8"
    raw_subject = next(line for line in handler.raw[0].decode("ascii").splitlines() if line.startswith("Subject:"))
    assert raw_subject.startswith("Subject: =?utf-8?")  # RFC 2047 encoded, the raw message is 7-bit ASCII

    again = _run(app, "2024-12-03")
    assert (again.created, again.emailed) == (0, 0) and len(handler.messages) == 2  # idempotent

    overdue = _run(app, "2024-12-06")
    assert (overdue.created, overdue.emailed) == (2, 2)
    assert "期限を過ぎています" in handler.messages[-1]["Subject"]
    assert "1日超過" in handler.messages[-1].get_content()

    listed = officer.get("/api/v1/notifications").json()
    assert [(n["state"], n["due_on"], n["emailed"]) for n in listed] == [("due_soon", "2024-12-05", True),
                                                                          ("overdue", "2024-12-05", True)]
    page = officer.get("/notifications").text
    assert "漏えい等報告(速報)の期限を過ぎています" in page
    # the stored password is a Fernet token, not the password
    engine = create_engine(db_url)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT password_encrypted FROM smtp_settings")).scalar_one()
    engine.dispose()
    assert SMTP_PASSWORD not in stored and stored.startswith("gAAAA")
    assert notifications.decrypt_password(app.state.secret, stored) == SMTP_PASSWORD


def test_submitting_the_report_stops_its_notifications(app, sink) -> None:  # noqa: ANN001
    handler, port = sink
    admin, _, incident_id = _setup(app, port)
    version = admin.get(f"/api/v1/incidents/{incident_id}").json()["version"]
    done = admin.post(f"/api/v1/incidents/{incident_id}/submitted",
                      json={"kind": "preliminary", "on": "2024-12-03", "version": version})
    assert done.status_code == 200, done.text
    result = _run(app, "2024-12-06")
    assert result.created == 0 and handler.messages == []
    late = _run(app, "2025-01-05")  # the 確報 (2025-01-06) is now due soon
    assert late.created == 2 and "確報" in handler.messages[0]["Subject"]


def test_without_smtp_the_ui_list_still_fills(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    admin.post("/api/v1/incidents", json={"reference": "L-1", "title": "誤送信", "discovered_on": "2024-12-01",
                                          "discovered_by": "職員", "known_on": "2024-12-01", "sensitive": True})
    result = _run(app, "2024-12-04")
    assert (result.created, result.emailed) == (1, 0)
    assert admin.get("/api/v1/notifications").json()[0]["emailed"] is False


def test_registry_accepts_other_deadline_sources(app) -> None:  # noqa: ANN001
    from hogo.app.permissions import Permission

    admin = admin_api(app)
    due = notifications.Due("test:1", "テストの期限", "Test deadline", "T-1", dt.date(2030, 1, 10), "/", Permission.SELF)
    notifications.register_source("test_source", lambda session: [due])
    try:
        assert _run(app, "2030-01-09").created == 1
        assert admin.get("/api/v1/notifications").json()[0]["subject"].startswith("【hogo】テストの期限")
    finally:
        notifications._SOURCES.pop("test_source")


def test_smtp_settings_validation_and_ui(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    refused = admin.put("/api/v1/smtp", json={"enabled": True, "host": "", "from_address": "hogo@example.jp"})
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "host"
    bad = admin.put("/api/v1/smtp", json={"port": 70000})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "port"
    page = admin.client.post("/settings/smtp", data={"csrf_token": admin.csrf, "enabled": "true", "host": "mail",
                                                    "port": "25", "from_address": "", "password": "secret-xyz"})
    assert page.status_code == 422 and 'id="error-from_address"' in page.text and "secret-xyz" not in page.text


def test_cli_notify_run(tmp_path: Path, sink) -> None:  # noqa: ANN001
    from hogo.app.web import create_app

    handler, port = sink
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    app = create_app(url)
    _setup(app, port)
    app.state.engine.dispose()
    env = {**os.environ, "DATABASE_URL": url}
    command = [sys.executable, "-m", "hogo", "notify", "run", "--today", "2024-12-03"]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "created: 2, emailed: 2, failed: 0, no address: 0"
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert again.stdout.strip().startswith("created: 0, emailed: 0") and len(handler.messages) == 2
    bad = subprocess.run([*command[:-1], "2024-13-01"], env=env, capture_output=True, text=True, timeout=120,
                         check=False)
    assert bad.returncode == 2 and bad.stderr.strip() == "error: today: not a date (YYYY-MM-DD)"


def _wait_for(condition, seconds: float = 60.0) -> bool:  # noqa: ANN001
    """Poll until ``condition()`` holds (a bound on waiting, not a timing assertion)."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_scheduler_in_the_server_sends_once_and_stops(app, sink) -> None:  # noqa: ANN001
    from hogo.app.scheduler import NotificationScheduler

    handler, port = sink
    _setup(app, port)
    scheduler = NotificationScheduler(app.state.sessions, app.state.secret, dt.timedelta(milliseconds=50),
                                      first_after=dt.timedelta(0), today=lambda: dt.date(2024, 12, 3))
    scheduler.start()
    try:
        assert _wait_for(lambda: scheduler.runs >= 4)  # several runs: the first sends, the others find nothing new
    finally:
        scheduler.stop()
    assert not scheduler.running and scheduler.last_error is None
    assert sorted(m["To"] for m in handler.messages) == ["admin@school.example.jp", "officer@school.example.jp"]
    with pytest.raises(ValueError, match="every"):
        NotificationScheduler(app.state.sessions, app.state.secret, dt.timedelta(0))


def test_scheduler_survives_an_smtp_outage(app, sink) -> None:  # noqa: ANN001
    from hogo.app.scheduler import NotificationScheduler

    handler, port = sink
    admin, _, _ = _setup(app, port)
    settings = admin.get("/api/v1/smtp").json()
    dead = free_port()  # nothing listens there
    moved = admin.put("/api/v1/smtp", json={**{k: settings[k] for k in ("enabled", "host", "from_address", "security",
                                                                          "username", "lead_days")}, "port": dead})
    assert moved.status_code == 200, moved.text
    scheduler = NotificationScheduler(app.state.sessions, app.state.secret, dt.timedelta(hours=1),
                                      today=lambda: dt.date(2024, 12, 3))
    assert scheduler.run_once() is None and scheduler.last_error == "ConnectionRefusedError"
    # the notifications were kept (collected and committed before sending), and go out once the server is back
    assert [n["emailed"] for n in admin.get("/api/v1/notifications").json()] == [False]
    admin.put("/api/v1/smtp", json={**{k: settings[k] for k in ("enabled", "host", "from_address", "security",
                                                                 "username", "lead_days")}, "port": port})
    result = scheduler.run_once()
    assert result is not None and (result.created, result.emailed) == (0, 2) and scheduler.last_error is None
    assert len(handler.messages) == 2


def test_scheduler_survives_an_unexpected_error(app) -> None:  # noqa: ANN001
    from hogo.app.scheduler import NotificationScheduler

    # a wrong application secret cannot decrypt the stored SMTP password (decrypt_password raises ValueError)
    admin = admin_api(app)
    assert admin.put("/api/v1/smtp", json={"enabled": True, "host": "127.0.0.1", "port": free_port(),
                                           "from_address": "hogo@school.example.jp", "starttls": False,
                                           "username": "hogo", "password": SMTP_PASSWORD}).status_code == 200
    assert admin.put("/api/v1/me/notification-address", json={"email": "admin@school.example.jp"}).status_code == 200
    admin.post("/api/v1/incidents", json={"reference": "L-9", "title": "誤送信", "discovered_on": "2024-12-01",
                                          "discovered_by": "職員", "known_on": "2024-12-01", "sensitive": True})
    scheduler = NotificationScheduler(app.state.sessions, "not-the-secret", dt.timedelta(milliseconds=20),
                                      first_after=dt.timedelta(0), today=lambda: dt.date(2024, 12, 3))
    scheduler.start()
    try:
        assert _wait_for(lambda: scheduler.runs >= 3)  # the thread kept running after the first failure
    finally:
        scheduler.stop()
    assert scheduler.last_error == "ValueError"


def test_serve_starts_and_stops_the_scheduler(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from hogo.app.web import create_app

    app = create_app(f"sqlite:///{tmp_path / 'serve.db'}", notify_every=dt.timedelta(minutes=60))
    try:
        assert app.state.scheduler is not None and not app.state.scheduler.running
        with TestClient(app) as client:
            assert client.get("/healthz").json() == {"status": "ok"}
            assert app.state.scheduler.running
        assert not app.state.scheduler.running  # stopped with the server
    finally:
        app.state.engine.dispose()
    plain = create_app(f"sqlite:///{tmp_path / 'plain.db'}")
    assert plain.state.scheduler is None
    plain.state.engine.dispose()
    bad = subprocess.run([sys.executable, "-m", "hogo", "serve", "--notify-every", "-1"], capture_output=True,
                         text=True, timeout=120, check=False, cwd=tmp_path)
    assert bad.returncode == 2 and "notify-every" in bad.stderr and bad.stderr.count("\n") == 1


# ---- connection security: STARTTLS and implicit TLS verify the server; non-ASCII passwords ---------------------


@dataclass
class Tls:
    """A private CA and a server certificate for 127.0.0.1 signed by it (fictional, made for the test)."""

    ca_file: Path
    server: ssl.SSLContext


def _certificate(subject: str, key: Any, issuer: x509.Name | None, issuer_key: Any, ca: bool) -> x509.Certificate:  # noqa: ANN401
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    now = dt.datetime.now(dt.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer or name).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                              critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                                                      key_encipherment=False, data_encipherment=False,
                                                      key_agreement=False, key_cert_sign=True, crl_sign=True,
                                                      encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = (builder.add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(
            "127.0.0.1")), x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    folder = tmp_path_factory.mktemp("tls")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("hogo test CA (fictional)", ca_key, None, ca_key, ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _certificate("127.0.0.1", key, ca.subject, ca_key, ca=False)
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                          serialization.PrivateFormat.PKCS8,
                                                          serialization.NoEncryption()))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(folder / "server.pem", folder / "server.key")
    return Tls(folder / "ca.pem", server)


def _tls_sink(tls: Tls, mode: str, password: str = SMTP_PASSWORD) -> tuple[Sink, Controller, int]:
    handler = Sink(password)
    port = free_port()
    options: dict[str, Any] = {"ssl_context": tls.server} if mode == "tls" else {"tls_context": tls.server,
                                                                                "require_starttls": True}
    # aiosmtpd only counts STARTTLS as TLS for auth_require_tls (not a TLS listener); Sink.encrypted checks both
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=handler.authenticate,
                            auth_require_tls=mode == "starttls", **options)
    controller.start()
    return handler, controller, port


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_tls_modes_send_to_a_verified_server(app, tls: Tls, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca_file))  # the server's CA is trusted, as a private CA would be
    handler, controller, port = _tls_sink(tls, mode)
    try:
        admin, _, _ = _setup(app, port, security=mode)
        assert admin.get("/api/v1/smtp").json()["security"] == mode
        result = _run(app, "2024-12-03")
    finally:
        controller.stop()
    assert (result.created, result.emailed, result.failed) == (2, 2, 0)
    assert handler.logins == [("hogo", SMTP_PASSWORD)] and handler.encrypted == [True]  # the password went over TLS
    assert len(handler.messages) == 2


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_an_untrusted_certificate_stops_the_run_and_keeps_the_notifications(app, tls: Tls, mode: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca_file.with_name("server.pem")))  # a file without the CA
    handler, controller, port = _tls_sink(tls, mode)
    try:
        admin, _, _ = _setup(app, port, security=mode)
        with pytest.raises(ssl.SSLCertVerificationError):
            _run(app, "2024-12-03")
        # the button shows the failure instead of an error page, and nothing was marked as sent
        page = admin.client.post("/notifications/run", data={"csrf_token": admin.csrf})
        assert page.status_code == 200 and 'id="failed"' in page.text and "SSLCertVerificationError" in page.text
    finally:
        controller.stop()
    assert handler.logins == [] and handler.messages == []  # the password never went to the unverified server
    kept = admin.get("/api/v1/notifications").json()
    assert kept and not any(n["emailed"] for n in kept)


def test_a_non_ascii_password_logs_in_with_auth_plain(app, tls: Tls, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca_file))
    password = "メール送信用パスワード2024"  # fictional
    handler, controller, port = _tls_sink(tls, "starttls", password)
    try:
        _setup(app, port, security="starttls", password=password)
        result = _run(app, "2024-12-03")
    finally:
        controller.stop()
    assert result.emailed == 2 and handler.logins == [("hogo", password)] and handler.encrypted == [True]


def test_security_setting_validation_and_form(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    base = {"enabled": True, "host": "mail.example.jp", "from_address": "hogo@example.jp"}
    assert admin.put("/api/v1/smtp", json={**base, "security": "tls", "port": 465}).json()["security"] == "tls"
    # the first API version's boolean still works, and maps onto security
    assert admin.put("/api/v1/smtp", json={**base, "starttls": False}).json()["security"] == "none"
    assert admin.put("/api/v1/smtp", json={**base, "starttls": True}).json()["security"] == "starttls"
    contradiction = admin.put("/api/v1/smtp", json={**base, "starttls": True, "security": "tls"})
    assert contradiction.status_code == 422
    assert contradiction.json()["errors"][0]["field"] == "security"
    assert contradiction.json()["errors"][0]["code"] == "security_contradiction"
    unknown = admin.put("/api/v1/smtp", json={**base, "security": "ssl3"})
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["message"] == "一覧から選んでください。"
    assert admin.get("/api/v1/smtp").json()["security"] == "starttls"  # the refused changes left the setting alone
    form = admin.client.get("/settings/smtp").text
    assert 'name="security"' in form and "SSL/TLS(ポート465)" in form
    saved = admin.client.post("/settings/smtp", data={"csrf_token": admin.csrf, **base, "port": "465",
                                                      "security": "tls", "lead_days": "3"})
    assert saved.status_code == 200 and admin.get("/api/v1/smtp").json()["security"] == "tls"
    bad = admin.client.post("/settings/smtp", data={"csrf_token": admin.csrf, **base, "security": "ssl3"})
    assert bad.status_code == 422 and 'id="error-security"' in bad.text


def test_migration_maps_the_old_starttls_flag(db_url: str) -> None:
    """smtp_security_1: starttls true → "starttls", false → "none"; the downgrade maps back (tls → true)."""
    from alembic import command

    from hogo.app.migrate import alembic_config, upgrade

    engine = create_engine(db_url)
    try:
        upgrade(engine, "contractor_end_1")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO smtp_settings (id, enabled, host, port, from_address, starttls, "
                                    "username, password_encrypted, lead_days) VALUES (1, true, 'mail.example.jp', "
                                    "25, 'hogo@example.jp', false, '', '', 3)"))
        upgrade(engine)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT security FROM smtp_settings")).scalar_one() == "none"
        with engine.begin() as connection:
            connection.execute(text("UPDATE smtp_settings SET security = 'tls'"))
        command.downgrade(alembic_config(engine), "contractor_end_1")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT starttls FROM smtp_settings")).scalar_one() in (True, 1)
    finally:
        engine.dispose()
