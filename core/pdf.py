"""PDF documents of the application (plan, brief): A4, the bundled DejaVu Sans (regular
and bold, licence beside the fonts) so that Cyrillic prints on any machine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT = "DejaVu"


def new_pdf(title: str, bottom_margin: float = 15) -> Any:
    """An empty A4 document titled ``title`` with the fonts registered as ``FONT``."""
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_title(title)
    pdf.set_creator("Fieldbook")
    pdf.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=bottom_margin)
    return pdf
