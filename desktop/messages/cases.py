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
    "case.not_returned": QT_TRANSLATE_NOOP(
        "Messages",
        "Case {reference} was not sent back by the county, so it cannot be opened again for correcting. Only a "
        "case the county returned is corrected here; papers brought in later are ticked in the case's list of "
        "papers.",
    ),
    "case.correction_stale": QT_TRANSLATE_NOOP(
        "Messages",
        "Case {reference} is no longer waiting for a correction: it was corrected in another window, or the "
        "county has decided it. Close this form and discard the draft, then open the case to see where it "
        "stands.",
    ),
    "case.correction_other_resident": QT_TRANSLATE_NOOP(
        "Messages",
        "This form corrects case {reference} of {name}, so it cannot be saved for another resident. Go back to "
        "the first page and choose {name} again; for someone else, start a new case.",
    ),
    "resident.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "This resident is not in the register any more. Close the page and search for the resident again.",
    ),
    "resident.id_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number {masked_id} is already registered, for {name}. Open that resident instead of "
        "registering a new one; if the name is wrong there, correct it with a change of details.",
    ),
    "resident.name_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The name is empty. Type the name exactly as it is on the ID card.",
    ),
    "resident.name_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The name is longer than {max} characters. Type only the name as it is on the ID card, without notes.",
    ),
    "resident.hukou_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The hukou place \"{value}\" is not a 6-digit division code. Choose the county from the list, or "
        "leave it empty to use the place in the ID number.",
    ),
    "resident.village_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The village \"{value}\" is not a 12-digit village code. Choose the village from the list, or leave "
        "it empty for this service point's village.",
    ),
    "resident.address_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The address is longer than {max} characters. Shorten it to the township, village, group and house "
        "number.",
    ),
}
