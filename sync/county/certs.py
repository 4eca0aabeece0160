"""The county server's self-signed TLS certificate, and the fingerprint desks pin.

Desks do not trust a certificate authority: at registration they receive the fingerprint of this
certificate and accept no other, so a self-signed certificate valid for ten years serves the county.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from sync.county.problems import CountyError, CountyProblem

CERT_FILE = "county-cert.pem"
KEY_FILE = "county-key.pem"
VALID_DAYS = 3650
ALWAYS = ("localhost", "127.0.0.1")
_LABEL = r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?"
_HOSTNAME = re.compile(rf"{_LABEL}(\.{_LABEL})*")
_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class CertFiles:
    cert: Path
    key: Path
    fingerprint: str
    hostnames: tuple[str, ...]


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate's DER form, as ``sha256:AB:CD:...`` (what a desk pins)."""
    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    digest = hashlib.sha256(der).hexdigest().upper()
    return "sha256:" + ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def existing_certificate(directory: Path) -> CertFiles | None:
    """The certificate and key ``create_certificate`` wrote in ``directory``, or None if either is missing."""
    cert_path, key_path = directory / CERT_FILE, directory / KEY_FILE
    if not (cert_path.is_file() and key_path.is_file()):
        return None
    cert_pem = cert_path.read_bytes()
    names = x509.load_pem_x509_certificate(cert_pem).extensions.get_extension_for_class(x509.SubjectAlternativeName)
    hosts = tuple(str(name.value) for name in names.value)
    return CertFiles(cert_path, key_path, fingerprint(cert_pem), hosts)


def create_certificate(
    directory: Path,
    hostnames: Sequence[str],
    *,
    replace: bool = False,
    now: dt.datetime | None = None,
) -> CertFiles:
    """Write a new key (ECDSA P-256, mode 0600) and a certificate naming ``hostnames`` plus localhost.

    An existing certificate is kept unless ``replace``: every registered desk pins it, and a new one
    makes each of them re-register.
    """
    names = _names(hostnames)
    cert_path, key_path = directory / CERT_FILE, directory / KEY_FILE
    if not replace and (cert_path.exists() or key_path.exists()):
        raise CountyError.of(CountyProblem.CERT_EXISTS, path=str(cert_path))
    start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=1)  # a desk whose clock lags still accepts it
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, names[0]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Cunbao county server"),
        ]
    )
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName([_general_name(n) for n in names]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    directory.mkdir(parents=True, exist_ok=True)
    _write(key_path, key_pem, 0o600)
    _write(cert_path, cert_pem, 0o644)
    return CertFiles(cert_path, key_path, fingerprint(cert_pem), tuple(names))


def _names(hostnames: Sequence[str]) -> list[str]:
    """The names given (trimmed, in order, once each) and then localhost and 127.0.0.1."""
    names: list[str] = []
    for raw in (*hostnames, *ALWAYS):
        name = raw.strip().lower()
        if _ip(name) is None and not _HOSTNAME.fullmatch(name):
            raise CountyError.of(CountyProblem.CERT_HOST, "host", shown=raw)
        if name not in names:
            names.append(name)
    return names


def _ip(name: str) -> _IPAddress | None:
    try:
        return ipaddress.ip_address(name)
    except ValueError:
        return None


def _general_name(name: str) -> x509.GeneralName:
    address = _ip(name)
    return x509.IPAddress(address) if address is not None else x509.DNSName(name)


def _write(path: Path, data: bytes, mode: int) -> None:
    """Write to a fresh file created with ``mode`` and move it into place, so no reader sees half of it."""
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(partial, mode)  # the umask may have narrowed it; never widen the key's
    os.replace(partial, path)
