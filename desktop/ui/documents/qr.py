"""The QR code of a case reference, printed on every document: a USB scanner types it into the search box.

Error correction M survives a fold or a smudge on the paper; the PNG is drawn with whole pixels per
module so the printed squares stay sharp when the printer scales the picture up.
"""

from __future__ import annotations

import base64
import io

import segno

ERROR_CORRECTION = "m"
QUIET_ZONE = 4  # modules of white around the code, as the standard asks
PIXELS_PER_MODULE = 8


def qr_code(reference: str) -> segno.QRCode:
    # micro=False: USB scanners commonly read only full QR codes
    return segno.make(reference, error=ERROR_CORRECTION, micro=False)


def qr_matrix(reference: str) -> list[list[bool]]:
    """The dark (True) and light modules of the code, without the quiet zone."""
    return [[bool(cell) for cell in row] for row in qr_code(reference).matrix]


def qr_png(reference: str, pixels_per_module: int = PIXELS_PER_MODULE) -> bytes:
    buffer = io.BytesIO()
    qr_code(reference).save(buffer, kind="png", scale=pixels_per_module, border=QUIET_ZONE)
    return buffer.getvalue()


def qr_data_uri(reference: str) -> str:
    """A ``data:`` URI QTextDocument loads directly, so documents stay plain HTML strings."""
    return "data:image/png;base64," + base64.b64encode(qr_png(reference)).decode("ascii")


def qr_size_modules(reference: str) -> int:
    """Modules across, quiet zone included (to size the printed picture)."""
    return len(qr_code(reference).matrix) + 2 * QUIET_ZONE
