"""Writes one-sheet flat OpenDocument spreadsheets (.fods) for the workbook samples: cells (merged across and down),
rows, and the document around them. A sample's own script holds only its rows; LibreOffice then saves the .fods
as .xlsx (`soffice --headless --convert-to xlsx`)."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-formatting-object:1.0"')

# Cell styles: "box" a ruled table cell, "bold" a ruled header cell, "plain" text outside the table, "head" bold text.
CELL_STYLES = """<style:style style:name="box" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="plain" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>"""

COVERED = "<table:covered-table-cell/>"


def cell(text, span=1, rows=1, style="box"):
    """One cell; span > 1 merges it across, rows > 1 down (the rows below then hold COVERED in its place)."""
    attrs = (f' table:number-columns-spanned="{span}"' if span > 1 else "") + \
            (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
    covered = COVERED * (span - 1)
    if text == "":
        return f'<table:table-cell table:style-name="{style}"{attrs}/>' + covered
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{attrs}><text:p>{escape(text)}</text:p>'
            '</table:table-cell>' + covered)


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def write(out, sheet, widths_cm, rows):
    """Writes the sheet named `sheet` with columns of the given widths (cm) and the given rows to `out`."""
    column_styles = "".join(
        f'<style:style style:name="col{i}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths_cm))
    columns = "".join(f'<table:table-column table:style-name="col{i}"/>' for i in range(len(widths_cm)))
    body = f'<table:table table:name="{escape(sheet)}">{columns}{"".join(rows)}</table:table>'
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           f'<office:automatic-styles>{column_styles}{CELL_STYLES}</office:automatic-styles>'
           f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document>\n')
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)
