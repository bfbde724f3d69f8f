"""Filling the AcroForm fields a stamp names (Assently): the field keeps existing, with the value entered.

Nothing is flattened: the field stays in the form with its value, so the final document is still a form.
- text and date fields: /V becomes the entered text and the widget's appearance an empty one; the stamp is
  drawn on the page in its place (so every viewer shows the same thing, whatever it does with appearances);
- checkboxes: a ticked box gets /V and /AS set to the widget's own "on" appearance, which then draws the
  tick (no page stamp); a box left unticked is off (one sent ticked as a default is turned off);
- signature fields stay unsigned fields; the stamp on the page shows who signed.
"""

from __future__ import annotations

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from esign_desktop.sandbox.finalise.fonts import format_date
from esign_desktop.sandbox.finalise.incremental import field_of, inherited, page_widgets, qualified_name
from esign_desktop.sandbox.finalise.stamp import Stamp, StampKind


def fill_field(writer: IncrementalPdfFileWriter, page_index: int, stamp: Stamp) -> bool:
    """Record `stamp`'s value in the field it names; True when the widget itself now shows it (no page stamp).

    A stamp whose field is not on its page, or whose field type does not match, is drawn on the page instead.
    """
    widgets = [w for w in page_widgets(writer, page_index) if qualified_name(w) == stamp.field_name]
    if not widgets:
        return False
    field_type = str(inherited(widgets[0], "/FT"))
    if stamp.kind is StampKind.CHECKBOX and field_type == "/Btn":
        return _tick(writer, widgets, stamp.checked)
    if stamp.kind in (StampKind.TEXT, StampKind.DATE) and field_type == "/Tx":
        text = stamp.text or (format_date(stamp.signed_at) if stamp.kind is StampKind.DATE else "")
        _set_text(writer, widgets, text)
    return False


def _tick(writer: IncrementalPdfFileWriter, widgets: list[generic.DictionaryObject], checked: bool) -> bool:
    if not checked:
        _untick(writer, widgets)
        return True
    on_states = [_on_state(widget) for widget in widgets]
    if any(state is None for state in on_states):
        return False
    field = field_of(widgets[0])
    field[generic.NameObject("/V")] = generic.NameObject(str(on_states[0]))
    _mark(writer, field)
    for widget, state in zip(widgets, on_states, strict=True):
        widget[generic.NameObject("/AS")] = generic.NameObject(str(state))
        _mark(writer, widget)
    return True


def _untick(writer: IncrementalPdfFileWriter, widgets: list[generic.DictionaryObject]) -> None:
    """Left unticked: a box that was sent ticked (a default) is turned off; an unticked one is not touched."""
    field = field_of(widgets[0])
    if str(field.get("/V", "/Off")) != "/Off":
        field[generic.NameObject("/V")] = generic.NameObject("/Off")
        _mark(writer, field)
    for widget in widgets:
        if str(widget.get("/AS", "/Off")) != "/Off":
            widget[generic.NameObject("/AS")] = generic.NameObject("/Off")
            _mark(writer, widget)


def _set_text(writer: IncrementalPdfFileWriter, widgets: list[generic.DictionaryObject], text: str) -> None:
    field = field_of(widgets[0])
    field[generic.NameObject("/V")] = generic.TextStringObject(text)
    _mark(writer, field)
    for widget in widgets:
        width, height = _size(widget)
        empty = writer.add_object(
            generic.StreamObject(
                {
                    generic.NameObject("/Type"): generic.NameObject("/XObject"),
                    generic.NameObject("/Subtype"): generic.NameObject("/Form"),
                    generic.NameObject("/BBox"): generic.ArrayObject(
                        generic.FloatObject(value) for value in (0.0, 0.0, width, height)
                    ),
                },
                stream_data=b"",
            )
        )
        widget[generic.NameObject("/AP")] = generic.DictionaryObject({generic.NameObject("/N"): empty})
        _mark(writer, widget)


def _on_state(widget: generic.DictionaryObject) -> str | None:
    appearance = widget.get("/AP")
    normal = appearance.get("/N") if isinstance(appearance, generic.DictionaryObject) else None
    if not isinstance(normal, generic.DictionaryObject):
        return None
    states = [str(name) for name in normal if str(name) != "/Off"]
    return states[0] if states else None


def _size(widget: generic.DictionaryObject) -> tuple[float, float]:
    rect = widget.get("/Rect")
    if isinstance(rect, generic.ArrayObject) and len(rect) == 4:
        x0, y0, x1, y1 = (float(value) for value in rect)
        return abs(x1 - x0), abs(y1 - y0)
    return 0.0, 0.0


def _mark(writer: IncrementalPdfFileWriter, node: generic.DictionaryObject) -> None:
    """Write `node` again in the update (it is an indirect object, or inside one)."""
    writer.update_container(node)
