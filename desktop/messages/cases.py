"""Messages for cases at the desk: scans, papers, finishing a case and registering a resident."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "scan.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} is empty, so it was not added. Scan or photograph the paper again and add the new file.",
    ),
    "scan.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} is {size_mb} MB; a scan can be at most {limit_mb} MB. Scan it again at a lower "
        "resolution (200 dpi is enough), or as a JPEG photo instead of TIFF.",
    ),
    "scan.unsupported_type": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} is not a picture or a PDF, so it was not added. Add a JPEG, PNG, TIFF or PDF file "
        "from the scanner or the camera.",
    ),
    "case.resident_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident of this case is not in the register any more, so the case was not saved. Find or "
        "register the resident again on the first page, then finish the case.",
    ),
    "case.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "This case is not at this desk any more. Close it and look it up again in the list of cases.",
    ),
    "case.closed": QT_TRANSLATE_NOOP(
        "Messages",
        "Case {reference} is already with the county or decided, so its papers cannot change here. If the "
        "county needs more papers, it sends the case back; then add them.",
    ),
    "case.paper_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The paper \"{kind}\" is not one this program knows, so the case was not saved. Close the case and "
        "start it again; if it happens again, tell the county's technician.",
    ),
}
