"""The pre-filled application form of a case, ready for the resident's signature or fingerprint.

The county's official forms (《城乡居民基本养老保险参保登记表》 and the others, DOMAIN 5.2-5.5) are not
published in a fixed layout, so Cunbao prints the same content in its own layout and says so on the form.
What is printed is the snapshot the case kept when it was finished: what the resident confirmed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.messages.marker import QT_TRANSLATE_NOOP
from desktop.services.cases import CaseRecord, Confirmation, ConfirmationMethod
from desktop.ui import labels
from desktop.ui.documents.forms_sections import case_section, home_visit, iso_day
from desktop.ui.documents.html import (
    DeskInfo,
    Html,
    choices,
    document,
    field_table,
    heading,
    keep_together,
    note,
    page_header,
    paragraph,
    section,
    signature_boxes,
    signed_line,
)
from desktop.ui.printing import NORMAL, DocumentStyle

translate = QCoreApplication.translate  # the bare name lupdate recognises

FORM_TITLES = {
    "enrollment": QT_TRANSLATE_NOOP("Forms", "Residents' basic pension: enrolment form"),
    "daijiao": QT_TRANSLATE_NOOP("Forms", "Residents' basic pension: application for government-paid contributions"),
    "tier_change": QT_TRANSLATE_NOOP("Forms", "Residents' basic pension: application to change the contribution "
                                              "tier"),
    "pension_claim": QT_TRANSLATE_NOOP("Forms", "Residents' basic pension: pension claim form"),
    "info_change": QT_TRANSLATE_NOOP("Forms", "Residents' basic pension: change of personal details form"),
}


def form_title(case_type: str) -> str:
    source = FORM_TITLES.get(case_type)
    return translate("Forms", source) if source else labels.case_type(case_type)


def _resident(data: dict[str, Any], style: DocumentStyle) -> Html:
    person = data.get("resident") or {}
    return section(translate("Forms", "About the applicant"), field_table([
        (translate("Forms", "Name"), person.get("name")),
        (translate("Forms", "Sex"), labels.sex(str(person.get("sex") or "")) if person.get("sex") else ""),
        (translate("Forms", "ID number"), person.get("id_number")),
        (translate("Forms", "Date of birth"), iso_day(person.get("birth_date"))),
        (translate("Forms", "Phone"), person.get("phone")),
        (translate("Forms", "Household registration (division code)"), person.get("hukou_division")),
        (translate("Forms", "Home address"), person.get("address")),
    ], style), style)


def _confirmation(confirmation: Confirmation | None, style: DocumentStyle) -> Html:
    method = confirmation.method if confirmation else None
    parts = [
        heading(translate("Forms", "Confirmation by the applicant"), style),
        paragraph(translate("Forms", "I have read the details above, they are true, and I apply of my own free "
                            "will."), style),
        paragraph(choices([(labels.confirmation(m), m == method) for m in ConfirmationMethod]), style, small=True),
        signature_boxes([translate("Forms", "Applicant's signature"),
                         translate("Forms", "Fingerprint (right index finger)")], style),
    ]
    if method is ConfirmationMethod.FINGERPRINT and confirmation is not None:
        parts.append(field_table([(translate("Forms", "Witness"), confirmation.witness)], style, columns=1))
        parts.append(signature_boxes([translate("Forms", "Witness's signature")], style))
    if method is ConfirmationMethod.PROXY and confirmation is not None:
        parts += [
            heading(translate("Forms", "Proxy applicant (代办人)"), style),
            field_table([
                (translate("Forms", "Name"), confirmation.proxy_name),
                (translate("Forms", "Relationship to the applicant"), confirmation.proxy_relation),
                (translate("Forms", "ID number"), confirmation.proxy_id_number),
                (translate("Forms", "Letter of authorisation received"),
                 choices([(translate("Forms", "yes"), confirmation.proxy_authorized),
                          (translate("Forms", "no"), not confirmation.proxy_authorized)])),
            ], style),
            signature_boxes([translate("Forms", "Proxy applicant's signature"),
                             translate("Forms", "Proxy applicant's fingerprint")], style),
        ]
    parts.append(signed_line([translate("Forms", "Date")], style))
    return keep_together(Html("".join(parts)))


def _office(desk: DeskInfo, style: DocumentStyle) -> Html:
    return keep_together(Html(heading(translate("Forms", "Village service point"), style) + field_table([
        (translate("Forms", "Handled by"), desk.assistant),
        (translate("Forms", "Service point"), desk.service_point),
    ], style) + signature_boxes([translate("Forms", "Assistant's signature (经办人)"),
                                 translate("Forms", "Village committee seal (村委会盖章)")], style)))


def application_form(desk: DeskInfo, record: CaseRecord, group_labels: Mapping[str, str] | None = None,
                     style: DocumentStyle = NORMAL) -> Html:
    """The form of the case's type, filled from ``record.data``; ``group_labels`` (key -> name, from the
    policy pack) lists every hardship group so the claimed ones show ticked among the others."""
    data = record.data
    title = form_title(record.row.case_type)
    parts = [
        page_header(title, desk, record.row.reference, style),
        _resident(data, style),
        home_visit(data, style),
        case_section(record.row.case_type, data, group_labels or {}, style),
    ]
    if data.get("note"):
        parts.append(section(translate("Forms", "Remarks"), paragraph(str(data["note"]), style), style))
    parts += [
        _confirmation(record.confirmation, style),
        _office(desk, style),
        note(translate("Forms", "Filled in by Cunbao from what the applicant confirmed. The county's official "
                       "form may look different; it asks for the same details. If the county wants its own "
                       "form, copy these details onto it."), style),
    ]
    return document(Html("".join(parts)), style, f"{title}  {record.row.reference}")
