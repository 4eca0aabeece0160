from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from sync.county.certs import create_certificate, existing_certificate, fingerprint
from sync.county.problems import CountyError, CountyProblem


def _handshake(cert: Path, key: Path, server_hostname: str) -> bytes:
    """Serve one TLS connection on 127.0.0.1 and connect to it trusting only ``cert``; the peer's DER."""
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=str(cert))
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]

        def serve() -> None:
            connection, _ = listener.accept()
            try:
                with server_context.wrap_socket(connection, server_side=True) as tls:
                    tls.recv(1)
            except (ssl.SSLError, OSError):
                pass

        thread = threading.Thread(target=serve)
        thread.start()
        try:
            with (
                socket.create_connection(("127.0.0.1", port)) as raw,
                client_context.wrap_socket(raw, server_hostname=server_hostname) as tls,
            ):
                peer = tls.getpeercert(binary_form=True)
                tls.sendall(b"x")
        finally:
            thread.join()
    assert peer is not None
    return peer


def test_the_certificate_names_the_hosts_given_and_localhost(tmp_path: Path) -> None:
    files = create_certificate(tmp_path, ["County.Example", "192.168.10.5", "fd00::5"])
    cert = x509.load_pem_x509_certificate(files.cert.read_bytes())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["county.example", "localhost"]
    assert names.get_values_for_type(x509.IPAddress) == [
        ipaddress.ip_address("192.168.10.5"),
        ipaddress.ip_address("fd00::5"),
        ipaddress.ip_address("127.0.0.1"),
    ]
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert lifetime >= timedelta(days=3650)
    assert cert.not_valid_before_utc <= datetime.now(UTC)


def test_the_fingerprint_is_the_sha256_of_the_der_in_pairs(tmp_path: Path) -> None:
    files = create_certificate(tmp_path, [])
    der = x509.load_pem_x509_certificate(files.cert.read_bytes()).public_bytes(serialization.Encoding.DER)
    expected = hashlib.sha256(der).hexdigest().upper()
    assert files.fingerprint == fingerprint(files.cert.read_bytes())
    assert files.fingerprint.startswith("sha256:")
    assert files.fingerprint.removeprefix("sha256:").replace(":", "") == expected
    assert all(len(pair) == 2 for pair in files.fingerprint.removeprefix("sha256:").split(":"))


def test_tls_clients_trusting_the_certificate_connect_by_each_name(tmp_path: Path) -> None:
    files = create_certificate(tmp_path, ["county.example"])
    for name in ("127.0.0.1", "localhost", "county.example"):
        peer = _handshake(files.cert, files.key, name)
        assert fingerprint(ssl.DER_cert_to_PEM_cert(peer).encode()) == files.fingerprint


def test_a_name_not_in_the_certificate_fails_verification(tmp_path: Path) -> None:
    files = create_certificate(tmp_path, [])
    with pytest.raises(ssl.SSLCertVerificationError):
        _handshake(files.cert, files.key, "elsewhere.example")


def test_the_key_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    files = create_certificate(tmp_path, [])
    assert stat.S_IMODE(files.key.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in files.key.read_bytes()
    assert not list(tmp_path.glob(".*partial"))


def test_an_existing_certificate_is_kept_unless_replaced(tmp_path: Path) -> None:
    first = create_certificate(tmp_path, [])
    with pytest.raises(CountyError) as refused:
        create_certificate(tmp_path, [])
    assert refused.value.code == CountyProblem.CERT_EXISTS
    assert fingerprint(first.cert.read_bytes()) == first.fingerprint
    second = create_certificate(tmp_path, [], replace=True)
    assert second.fingerprint != first.fingerprint


@pytest.mark.parametrize("bad", ["https://county.example", "county example", "县局服务器", ""])
def test_a_malformed_host_name_is_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(CountyError) as refused:
        create_certificate(tmp_path, [bad])
    assert refused.value.code == CountyProblem.CERT_HOST
    assert not list(tmp_path.iterdir())


def test_an_existing_certificate_is_found_with_its_fingerprint(tmp_path: Path) -> None:
    assert existing_certificate(tmp_path) is None
    created = create_certificate(tmp_path, ["county.example", "10.0.0.5"])
    found = existing_certificate(tmp_path)
    assert found is not None
    assert found.fingerprint == created.fingerprint
    assert set(found.hostnames) == set(created.hostnames)
