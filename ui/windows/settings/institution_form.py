"""The institution's fields, spread over three tabs, saved together in one unit of work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit, QWidget

from cic_desktop.core import CicCore
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.dto import InstitutionData
from cic_desktop.errors import ValidationError
from cic_desktop.services.settings import MAX_LEAD_DAYS
from ui.views.settings.institution_view import LOGO_PREVIEW_SIZE, InstitutionView
from ui.views.settings.numbering_view import NumberingView
from ui.views.settings.responsible_view import ResponsibleView
from ui.widgets.forms import FieldErrors

MAX_LOGO_SIDE = 800  # pixels: a letterhead logo never needs more; keeps the database small
EXAMPLE_NUMBER = 123
IMAGE_FILTER = "Imagini (*.png *.jpg *.jpeg *.bmp *.gif);;Toate fișierele (*)"

TEXT_FIELDS = (
    "commune",
    "county",
    "address",
    "cif",
    "phone",
    "email",
    "website",
    "public_hours",
    "responsible_544",
    "responsible_52",
    "dpo_contact",
    "number_prefix",
)


def logo_bytes_from_file(path: Path) -> bytes | None:
    """The image as PNG bytes, scaled down to MAX_LOGO_SIDE; None if it is not an image."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > MAX_LOGO_SIDE:
        image = image.scaled(
            MAX_LOGO_SIDE,
            MAX_LOGO_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class InstitutionForm:
    """Controller of the tabs „Instituție”, „Responsabili” and „Numerotare și termene”."""

    def __init__(self, core: CicCore, reveal_tab: Callable[[QWidget], None]) -> None:
        self._core = core
        self.institution_view = InstitutionView()
        self.responsible_view = ResponsibleView()
        self.numbering_view = NumberingView(MAX_LEAD_DAYS)
        self.errors = FieldErrors()
        self._loaded = InstitutionData()
        self._logo: bytes | None = None
        self._widgets: dict[str, QLineEdit | QPlainTextEdit] = {}
        views = (self.institution_view, self.responsible_view, self.numbering_view)
        for view in views:
            for field, label in view.errors.items():
                widget = getattr(view, field, None)
                if field == "logo":
                    widget = view.choose_logo
                assert isinstance(widget, QWidget)
                self.errors.register(field, widget, label, lambda v=view: reveal_tab(v))
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    self._widgets[field] = widget
        view = self.institution_view
        view.choose_logo.clicked.connect(self._choose_logo)
        view.remove_logo.clicked.connect(self._remove_logo)
        self.numbering_view.number_prefix.textChanged.connect(self._update_preview)

    # -- loading and collecting ----------------------------------------------------------------

    def load(self) -> None:
        data = self._core.settings.institution()
        self._loaded = data
        for field, widget in self._widgets.items():
            value = getattr(data, field)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self.numbering_view.reminder_lead_days.setValue(data.reminder_lead_days)
        self._set_logo(data.logo)
        self._update_preview()
        self.errors.clear()

    def collect(self) -> InstitutionData:
        values: dict[str, object] = {}
        for field, widget in self._widgets.items():
            values[field] = (
                widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            )
        values["reminder_lead_days"] = self.numbering_view.reminder_lead_days.value()
        values["logo"] = self._logo
        return replace(self._loaded, **values)

    def is_dirty(self) -> bool:
        return self.collect() != self._loaded

    def save(self) -> InstitutionData | None:
        """Save through the core; on a ValidationError show it at its field and save nothing."""
        self.errors.clear()
        try:
            saved = self._core.settings.save_institution(self.collect())
        except ValidationError as err:
            self.errors.show(err)
            return None
        self._loaded = saved
        return saved

    # -- numbering preview ---------------------------------------------------------------------

    def _update_preview(self) -> None:
        prefix = self.numbering_view.number_prefix.text().strip()
        today = self._core.clock.today()
        self.numbering_view.preview.setText(format_registry_number(EXAMPLE_NUMBER, today, prefix))

    # -- logo ----------------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.institution_view, "Alegeți sigla instituției", "", IMAGE_FILTER
        )
        if path:
            self.set_logo_from_file(Path(path))

    def set_logo_from_file(self, path: Path) -> bool:
        data = logo_bytes_from_file(path)
        if data is None:
            self.errors.show(
                ValidationError(
                    "logo", f"Fișierul „{path.name}” nu este o imagine care poate fi citită."
                )
            )
            return False
        self.errors.clear()
        self._set_logo(data)
        return True

    def _remove_logo(self) -> None:
        self._set_logo(None)

    def _set_logo(self, data: bytes | None) -> None:
        self._logo = data
        view = self.institution_view
        view.remove_logo.setEnabled(data is not None)
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            view.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW_SIZE - 4,
                    LOGO_PREVIEW_SIZE - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            view.logo_preview.setPixmap(QPixmap())
            view.logo_preview.setText("Fără siglă")
