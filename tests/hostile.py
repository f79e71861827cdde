"""Generate one small real file per hostile or broken input case.

Run `python tests/hostile.py OUTDIR` to write them all, or import `make_all(outdir)`.
`CASES` says, for each case, the expected finding/InputError code and the exit code
`dedup check` must give, so one parametrized end-to-end test can cover every case.
Cases with `stage="sniff"` are refused by `dedup.inventory.sniff` before parsing;
`stage="reader"` cases are files the reader must read (or flag) row by row.
Nothing here holds a large file in memory: the bombs are written as repeated
deflate blocks.
"""

from __future__ import annotations

import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dedup.model import column_letter

HEADER = ["System", "Vendor", "Department", "Purpose", "Annual cost (EUR)"]
ROWS = [
    ["Effica", "Tietoevry", "Sote", "Patient records", "120000"],
    ["Pegasos", "CGI", "Sote", "Patient records", "95000"],
    ["Primus", "Tietoevry", "Kasko", "Student administration", "40000"],
]

# --- xlsx parts, hand-written so geometry and XML can be anything -----------------------

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RELS_CT = "application/vnd.openxmlformats-package.relationships+xml"
STYLES = (
    f'{DECL}<styleSheet xmlns="{NS}">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    "</cellStyles></styleSheet>"
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


col = column_letter
"""Excel letters for a 0-based column index."""


def cell(ref: str, value: object, style: int | None = None) -> str:
    """One `<c>` element: numbers as numbers, text as an inline string."""
    s = f' s="{style}"' if style is not None else ""
    if value is None:
        return f'<c r="{ref}"{s}/>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    return (
        f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_esc(str(value))}</t></is></c>'
    )


def row(number: int, values: list, first_col: int = 0) -> str:
    cells = "".join(
        cell(f"{col(first_col + i)}{number}", v) for i, v in enumerate(values) if v is not None
    )
    return f'<row r="{number}">{cells}</row>'


def sheet_xml(rows: str, dimension: str | None = None, extra: str = "", prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
        f'<worksheet xmlns="{NS}" xmlns:r="{RNS}">{dim}<sheetData>{rows}</sheetData>'
        f"{extra}</worksheet>"
    )


def table_xml(header: list = HEADER, rows: list[list] = ROWS, **kw) -> str:
    body = row(1, header) + "".join(row(i + 2, r) for i, r in enumerate(rows))
    return sheet_xml(body, **kw)


@dataclass
class Sheet:
    name: str
    xml: str | bytes
    state: str | None = None
    """None (visible), "hidden" or "veryHidden"."""


def workbook_parts(sheets: list[Sheet], macro: bool = False) -> dict[str, str | bytes]:
    """Every part a minimal workbook needs, keyed by zip member name."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{SHEET_CT}"/>'
        for i in range(1, len(sheets) + 1)
    )
    main = XLSM_MAIN if macro else XLSX_MAIN
    content_types = (
        f'{DECL}<Types xmlns="{PKG}/content-types">'
        f'<Default Extension="rels" ContentType="{RELS_CT}"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        f"{overrides}</Types>"
    )
    rels = (
        f'{DECL}<Relationships xmlns="{PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{RNS}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    entries = "".join(
        f'<sheet name="{_esc(s.name)}" sheetId="{i}"'
        + (f' state="{s.state}"' if s.state else "")
        + f' r:id="rId{i}"/>'
        for i, s in enumerate(sheets, 1)
    )
    workbook = f'{DECL}<workbook xmlns="{NS}" xmlns:r="{RNS}"><sheets>{entries}</sheets></workbook>'
    n = len(sheets)
    wb_rels = (
        f'{DECL}<Relationships xmlns="{PKG}/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="{RNS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n + 1)
        )
        + f'<Relationship Id="rId{n + 1}" Type="{RNS}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": rels,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": wb_rels,
        "xl/styles.xml": STYLES,
    }
    for i, s in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = s.xml
    return parts


def write_zip(path: Path, parts: dict[str, str | bytes], method: int = zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in parts.items():
            zf.writestr(name, data.encode() if isinstance(data, str) else data)


def write_xlsx(path: Path, sheets: list[Sheet], macro: bool = False) -> None:
    write_zip(path, workbook_parts(sheets, macro))


def one_sheet(xml: str, name: str = "Inventory") -> Callable[[Path], None]:
    return lambda p: write_xlsx(p, [Sheet(name, xml)])


# --- streamed zip members: huge uncompressed, tiny compressed, never in memory ----------


def _deflate_repeated(chunk: bytes, times: int, head: bytes, tail: bytes):
    """Raw deflate of head + chunk*times + tail, plus its CRC and size.

    After a full flush the compressor forgets its history, so every repetition of the
    chunk compresses to the same bytes: compress once, write it `times` times.
    """
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    last = c.compress(tail) + c.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(chunk) * times + len(tail)
    return first, block, times, last, crc, size


def write_zip_raw(path: Path, members: list[tuple[str, object]]) -> None:
    """Write a zip by hand so a member's data can be streamed and its sizes can lie.

    Each member is (name, bytes) stored deflated, or (name, dict) with keys
    `parts` (compressed pieces: first, block, times, last), `crc`, `size` and an
    optional `declared` size written instead of the true one.
    """
    central = []
    with open(path, "wb") as out:
        for name, data in members:
            raw_name = name.encode()
            if isinstance(data, bytes):
                c = zlib.compressobj(9, zlib.DEFLATED, -15)
                pieces, crc, size = [c.compress(data) + c.flush()], zlib.crc32(data), len(data)
                declared = size
            else:
                first, block, times, last = data["parts"]
                pieces = [first, *([block] * times), last]
                crc, size = data["crc"], data["size"]
                declared = data.get("declared", size)
            csize = sum(len(p) for p in pieces)
            offset = out.tell()
            out.write(
                struct.pack(
                    "<IHHHHHIIIHH",
                    0x04034B50,
                    20,
                    0,
                    8,
                    0,
                    0x21,
                    crc,
                    csize,
                    declared,
                    len(raw_name),
                    0,
                )
                + raw_name
            )
            for piece in pieces:
                out.write(piece)
            central.append(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0,
                    8,
                    0,
                    0x21,
                    crc,
                    csize,
                    declared,
                    len(raw_name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + raw_name
            )
        cd_offset = out.tell()
        cd = b"".join(central)
        out.write(cd)
        out.write(
            struct.pack(
                "<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(cd), cd_offset, 0
            )
        )


def _bomb_members(target: int, declared: int | None = None) -> list[tuple[str, object]]:
    """A genuine workbook whose sheet1.xml is `target` bytes of repetitive rows."""
    head = sheet_xml("").split("<sheetData>")[0].encode() + b"<sheetData>"
    tail = b"</sheetData></worksheet>"
    chunk = b'<row><c t="n"><v>0</v></c></row>' * 131072  # 4 MiB
    first, block, times, last, crc, size = _deflate_repeated(
        chunk, target // len(chunk), head, tail
    )
    sheet = {"parts": (first, block, times, last), "crc": crc, "size": size}
    if declared is not None:
        sheet["declared"] = declared
    parts = workbook_parts([Sheet("Inventory", "")])
    parts.pop("xl/worksheets/sheet1.xml")
    members = [(n, d.encode() if isinstance(d, str) else d) for n, d in parts.items()]
    return [*members, ("xl/worksheets/sheet1.xml", sheet)]


def zip_bomb(p: Path) -> None:
    write_zip_raw(p, _bomb_members(1 << 30))


def zip_bomb_ratio(p: Path) -> None:
    """Small in total (50 MiB) but one member expands ~1000:1."""
    write_zip_raw(p, _bomb_members(50 << 20))


def zip_bomb_lying(p: Path) -> None:
    """1 GiB sheet whose directory claims 1 MiB, less than its compressed data."""
    write_zip_raw(p, _bomb_members(1 << 30, declared=1 << 20))


def zip_lying_stored(p: Path) -> None:
    """Declared size 16 KiB, compressed data ~100 KiB and expanding to 64 MiB.

    Declared size and compressed size look plausible (ratio < 1 would be odd, so
    declared >= compressed here): only decompressing tells the truth.
    """
    members = _bomb_members(64 << 20)
    name, sheet = members[-1]
    csize = (
        sum(len(x) for x in (sheet["parts"][0], sheet["parts"][3]))
        + len(sheet["parts"][1]) * sheet["parts"][2]
    )
    sheet["declared"] = csize * 2
    write_zip_raw(p, members)


def too_many_members(p: Path) -> None:
    parts = workbook_parts([Sheet("Inventory", table_xml())])
    with zipfile.ZipFile(p, "w", zipfile.ZIP_STORED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        for i in range(10_001):
            zf.writestr(f"xl/media/x{i}.bin", b"")


# --- CFB (OLE2) containers: legacy .xls and password-protected workbooks ----------------

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def write_cfb(path: Path, streams: list[tuple[str, bytes]], storages: list[str] = ()) -> None:
    """A minimal valid Compound File (v3, 512-byte sectors) holding the given streams.

    Streams are padded to 4096 bytes so they live in regular sectors (no mini stream).
    Entries hang under the root as a degenerate (all-black, right-leaning) tree sorted
    the CFB way: shorter names first, then by upper-case name.
    """
    ssz = 512
    streams = [(n, d.ljust(4096, b"\0")) for n, d in streams]
    names = sorted(
        [*streams, *((s, None) for s in storages)], key=lambda e: (len(e[0]), e[0].upper())
    )
    n_dir = (len(names) + 1 + 3) // 4
    data_secs = sum(len(d) // ssz for _, d in streams)
    fat_entries = 1 + n_dir + data_secs
    n_fat = (fat_entries + 127) // 128
    fat: list[int] = [FATSECT] * n_fat
    dir_start = len(fat)
    fat += [dir_start + i + 1 for i in range(n_dir - 1)] + [END]
    starts = {}
    for name, data in streams:
        starts[name] = len(fat)
        k = len(data) // ssz
        fat += [len(fat) + i + 1 for i in range(k - 1)] + [END]
    fat += [FREE] * (n_fat * 128 - len(fat))

    def entry(name: str, kind: int, left=FREE, right=FREE, child=FREE, start=0, size=0):
        raw = (name.encode("utf-16-le") + b"\0\0") if name else b""
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            raw,
            len(raw),
            kind,
            1,
            left,
            right,
            child,
            b"\0" * 16,
            0,
            0,
            0,
            start,
            size,
        )

    entries = [entry("Root Entry", 5, child=1 if names else FREE, start=END)]
    for i, (name, data) in enumerate(names):
        right = i + 2 if i + 1 < len(names) else FREE
        if data is None:
            entries.append(entry(name, 1, right=right))
        else:
            entries.append(entry(name, 2, right=right, start=starts[name], size=len(data)))
    while len(entries) % 4:
        entries.append(entry("", 0))
    difat = list(range(n_fat)) + [FREE] * (109 - n_fat)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        bytes.fromhex("D0CF11E0A1B11AE1"),
        b"\0" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        n_fat,
        dir_start,
        0,
        4096,
        END,
        0,
        END,
        0,
    ) + struct.pack("<109I", *difat)
    with open(path, "wb") as out:
        out.write(header)
        out.write(struct.pack(f"<{len(fat)}I", *fat))
        out.write(b"".join(entries))
        for _, data in streams:
            out.write(data)


def legacy_xls(p: Path) -> None:
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06)
    write_cfb(p, [("Workbook", bof + struct.pack("<HH", 0x000A, 0))])


def encrypted_workbook(p: Path) -> None:
    info = struct.pack("<HHI", 4, 4, 0x40) + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
        b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>'
        b"</encryption>"
    )
    package = struct.pack("<Q", 9000) + bytes((i * 131 + 7) % 256 for i in range(4000))
    write_cfb(
        p,
        [("EncryptionInfo", info), ("EncryptedPackage", package)],
        storages=["\x06DataSpaces"],
    )


# --- other containers and plain bytes ------------------------------------------------------


def genuine_xlsx(p: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Inventory"
    ws.append(HEADER)
    for r in ROWS:
        ws.append(r)
    wb.save(p)


def genuine_xlsx_rows(p: Path, rows: int) -> None:
    """A genuine big inventory, written by openpyxl in write-only mode."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Inventory")
    ws.append(HEADER + ["Users", "Contract end", "Description"])
    for i in range(rows):
        base = ROWS[i % len(ROWS)]
        ws.append(
            [
                f"{base[0]} {i}",
                base[1],
                f"{base[2]} {i % 37}",
                f"{base[3]} variant {i % 101}",
                1000 + (i * 7919) % 250000,
                (i * 31) % 5000,
                f"2027-{1 + i % 12:02d}-28",
                f"System number {i} used by unit {i % 211} for {base[3].lower()}",
            ]
        )
    wb.save(p)


def genuine_xlsm(p: Path) -> None:
    write_xlsx(p, [Sheet("Inventory", table_xml())], macro=True)


def csv_text(rows: list[list[str]] = None, sep: str = ",") -> str:
    rows = rows if rows is not None else [HEADER, *ROWS]
    return "".join(sep.join(r) + "\r\n" for r in rows)


def docx_like(p: Path) -> None:
    write_zip(
        p,
        {
            "[Content_Types].xml": f'<Types xmlns="{PKG}/content-types"/>',
            "_rels/.rels": f'<Relationships xmlns="{PKG}/relationships"/>',
            "word/document.xml": '<w:document xmlns:w="urn:x"><w:body/></w:document>',
        },
    )


def ods(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content xmlns:office='urn:x'/>")
        zf.writestr("META-INF/manifest.xml", "<manifest/>")


def xlsb(p: Path) -> None:
    write_zip(
        p,
        {
            "[Content_Types].xml": f'<Types xmlns="{PKG}/content-types"/>',
            "_rels/.rels": f'<Relationships xmlns="{PKG}/relationships"/>',
            "xl/workbook.bin": b"\x83\x01\x00\x84\x01\x00",
        },
    )


def random_zip(p: Path) -> None:
    write_zip(p, {"readme.txt": "hello", "data/inventory.csv": csv_text()})


def truncated_xlsx(p: Path) -> None:
    genuine_xlsx(p)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def bad_central_directory(p: Path) -> None:
    """End record intact, but it points at garbage instead of the central directory."""
    genuine_xlsx(p)
    data = bytearray(p.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<I", data, eocd + 16)[0]
    data[cd_offset : cd_offset + 4] = b"XXXX"
    p.write_bytes(bytes(data))


def lzma_xlsx(p: Path) -> None:
    write_zip(p, workbook_parts([Sheet("Inventory", table_xml())]), zipfile.ZIP_LZMA)


def png(p: Path) -> None:
    raw = b"".join(b"\0" + bytes(3 * 16) for _ in range(16))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    p.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def pdf(p: Path) -> None:
    p.write_bytes(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"3 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n"
        + zlib.compress(b"BT /F1 12 Tf 72 712 Td (Inventory) Tj ET" * 4)
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def nul_heavy(p: Path) -> None:
    p.write_bytes(bytes(i % 7 == 0 and 65 or 0 for i in range(4096)))


def html_as_xls(p: Path) -> None:
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in [HEADER, *ROWS])
    p.write_text(f"<html><body><table>{cells}</table></body></html>", encoding="utf-8")


def spreadsheetml_2003(p: Path) -> None:
    p.write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
        '<Worksheet ss:Name="Inventory" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        "<Table/></Worksheet></Workbook>",
        encoding="utf-8",
    )


# --- XML attacks inside an otherwise genuine workbook ---------------------------------------

LAUGHS = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
BILLION = f'<!DOCTYPE worksheet [<!ENTITY lol0 "lol">{LAUGHS}]>\n'
QUADRATIC = f'<!DOCTYPE worksheet [<!ENTITY a "{"x" * 50_000}">]>\n'
XXE = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def xml_attack(prolog: str, ref: str, times: int = 1) -> Callable[[Path], None]:
    body = row(1, HEADER) + row(2, ["Effica", "Tietoevry", "Sote", "", ""])
    xml = sheet_xml(body, prolog=prolog).replace(
        '<t xml:space="preserve">Effica</t>', f'<t xml:space="preserve">{ref * times}</t>'
    )
    return one_sheet(xml)


def dtd_after_comment(p: Path) -> None:
    """A DTD pushed past the first 4 KB by a long comment: the scan must follow the prolog."""
    xml_attack(f"<!--{'padding ' * 1500}-->\n{XXE}", "&xxe;")(p)


def dtd_utf16(p: Path) -> None:
    """XML may be UTF-16: the entity declaration is then invisible to a byte search."""
    body = row(1, HEADER) + row(2, ["&xxe;", "Tietoevry", "Sote", "", ""])
    xml = sheet_xml(body, prolog=XXE).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    write_xlsx(p, [Sheet("Inventory", "\ufeff".encode("utf-16-le") + xml.encode("utf-16-le"))])


# --- content and geometry the reader must handle ------------------------------------------


def gap_rows(p: Path) -> None:
    body = row(1, HEADER) + row(2, ROWS[0]) + row(5000, ROWS[1])
    one_sheet(sheet_xml(body, dimension="A1:E2"))(p)


def lying_dimension(p: Path) -> None:
    rows = [[f"System {i}", "Vendor", "Dept", "Purpose", str(i)] for i in range(4999)]
    one_sheet(table_xml(HEADER, rows, dimension="A1:B2"))(p)


def formatted_far_cell(p: Path) -> None:
    body = (
        row(1, HEADER)
        + row(2, ROWS[0])
        + '<row r="1048576">'
        + cell("XFD1048576", None, style=1)
        + "</row>"
    )
    one_sheet(sheet_xml(body, dimension="A1:XFD1048576"))(p)


def out_of_range(p: Path) -> None:
    body = (
        row(1, HEADER)
        + row(2, ROWS[0])
        + f'<row r="3">{cell("XFE3", "beyond the last column")}</row>'
        + f'<row r="1048577">{cell("A1048577", "beyond the last row")}</row>'
    )
    one_sheet(sheet_xml(body))(p)


def formulas_no_cache(p: Path) -> None:
    body = row(1, HEADER) + (
        '<row r="2">'
        + cell("A2", "Effica")
        + cell("B2", "Tietoevry")
        + cell("C2", "Sote")
        + cell("D2", "Patient records")
        + '<c r="E2"><f>SUM(F2:G2)</f></c></row>'
    )
    one_sheet(sheet_xml(body))(p)


def error_values(p: Path) -> None:
    body = row(1, HEADER) + (
        '<row r="2">'
        + cell("A2", "Effica")
        + '<c r="B2" t="e"><v>#N/A</v></c>'
        + cell("C2", "Sote")
        + cell("D2", "Patient records")
        + '<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
    )
    one_sheet(sheet_xml(body))(p)


def merged(p: Path) -> None:
    body = row(1, HEADER) + row(2, ROWS[0]) + row(3, [None, *ROWS[1][1:]]) + row(4, ROWS[2])
    one_sheet(sheet_xml(body, extra='<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>'))(
        p
    )


def hidden_sheets(p: Path) -> None:
    write_xlsx(
        p,
        [
            Sheet("Inventory", table_xml()),
            Sheet(
                "Old", table_xml(rows=[["Legacy HR", "Vendor X", "Hr", "Payroll", "1"]]), "hidden"
            ),
            Sheet("Lookup", table_xml(["Key", "Value"], [["a", "b"]]), "veryHidden"),
        ],
    )


def duplicate_header(p: Path) -> None:
    one_sheet(table_xml([*HEADER[:4], "Vendor"], [r[:4] + ["Other"] for r in ROWS]))(p)


def blank_header(p: Path) -> None:
    one_sheet(table_xml([*HEADER[:3], None, HEADER[4]], ROWS))(p)


def control_chars(p: Path) -> None:
    """ZWSP, RLO (U+202E), NBSP, and BEL as Excel writes it (`_x0007_`; raw BEL is not XML)."""
    rows = [["Eff\u200bica", "Tieto\u202eevry", "So_x0007_te", "Patient\u00a0records", "1"]]
    one_sheet(table_xml(HEADER, rows))(p)


def invalid_xml_char(p: Path) -> None:
    """A raw BEL byte in sheet XML: not well-formed; openpyxl refuses, calamine reads it."""
    one_sheet(table_xml(HEADER, [["So\u0007te", "Vendor", "Dept", "Purpose", "1"]]))(p)


def wide_and_tall(p: Path) -> None:
    """Valid Excel: values in XFD1 and A1048576. A dense rows x columns reader (calamine's
    Range) allocates 17 G cells (~550 GB) and aborts the whole process."""
    header = "".join(cell(f"{col(i)}1", h) for i, h in enumerate(HEADER)) + cell("XFD1", "Notes")
    one_sheet(sheet_xml(f'<row r="1">{header}</row>' + row(2, ROWS[0]) + row(1048576, ROWS[1])))(p)


def nfd_names(p: Path) -> None:
    import unicodedata

    rows = [[unicodedata.normalize("NFD", "Päätöksenteko"), "Länsi", "Kasko", "Päätökset", "1"]]
    one_sheet(table_xml(HEADER, rows))(p)


def long_cell(p: Path) -> None:
    one_sheet(table_xml(HEADER, [["Effica", "Tietoevry", "Sote", "x" * 40_000, "1"]]))(p)


def csv_bytes(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


CP1252 = csv_text([HEADER, ["Päätös€", "Länsi", "Kasko", "Käsittely – arkisto", "1"]])
LATIN1 = csv_text([HEADER, ["Päätös", "Länsi", "Kasko", "Käsittely", "1"]])
MIXED = csv_text([HEADER, ["Päätös", "Länsi", "Kasko", "Käsittely", "1"]]).encode(
    "utf-8"
) + csv_text([["Hyödyke", "Öljy", "Kymp", "Määrä", "2"]]).encode("cp1252")
NULS = csv_text().encode().replace(b"Pegasos", b"Peg\0asos")
UNBALANCED = csv_text([HEADER, ['"Effica', "Tietoevry", "Sote", "x", "1"], *ROWS[1:]]).encode()
RAGGED = csv_text([HEADER, ROWS[0][:2], ROWS[1] + ["extra", "more"], ROWS[2]]).encode()


def row_cap(p: Path) -> None:
    p.write_text(csv_text([HEADER] + [[f"S{i}", "V", "D", "P", "1"] for i in range(1001)]))


# --- the catalogue --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile or broken input and what `dedup check` must make of it."""

    filename: str
    write: Callable[[Path], None]
    code: str | None
    """The InputError or finding code expected; None when the file must read cleanly."""
    exit: int
    """Expected `dedup check` exit code: 2 refused, 1 error findings, 0 fine/warnings."""
    stage: str
    """`sniff` (refused or flagged before parsing) or `reader` (row-level handling)."""
    note: str = ""
    limits: dict = field(default_factory=dict)
    """Limits overrides the case needs (e.g. a low row cap), as Limits(**limits)."""


S, R = "sniff", "reader"
CASES: dict[str, Case] = {
    # refused before parsing
    "empty-file": Case("empty.csv", lambda p: p.write_bytes(b""), "empty-file", 2, S),
    "legacy-xls": Case("old.xls", legacy_xls, "legacy-xls", 2, S, "CFB container, BIFF8"),
    "legacy-xls-as-xlsx": Case("old-renamed.xlsx", legacy_xls, "legacy-xls", 2, S),
    "encrypted-workbook": Case(
        "secret.xlsx",
        encrypted_workbook,
        "encrypted-workbook",
        2,
        S,
        "CFB with EncryptionInfo/EncryptedPackage",
    ),
    "truncated-xlsx": Case("truncated.xlsx", truncated_xlsx, "corrupt-zip", 2, S),
    "bad-central-directory": Case("badcd.xlsx", bad_central_directory, "corrupt-zip", 2, S),
    "docx-as-xlsx": Case("report.xlsx", docx_like, "not-a-workbook", 2, S),
    "ods": Case("inventory.ods", ods, "not-a-workbook", 2, S, "OpenDocument spreadsheet"),
    "xlsb": Case("inventory.xlsb", xlsb, "not-a-workbook", 2, S, "binary workbook"),
    "random-zip": Case("bundle.zip", random_zip, "not-a-workbook", 2, S),
    "png-as-csv": Case("logo.csv", png, "binary-file", 2, S),
    "pdf-as-csv": Case("inventory.csv", pdf, "binary-file", 2, S),
    "nul-heavy-csv": Case("dump.csv", nul_heavy, "binary-file", 2, S),
    "html-as-xls": Case(
        "export.xls", html_as_xls, "unsupported-file", 2, S, "web export saved with an Excel name"
    ),
    "spreadsheetml-2003": Case("export2003.xml", spreadsheetml_2003, "unsupported-file", 2, S),
    "lzma-member": Case(
        "lzma.xlsx", lzma_xlsx, "unsupported-file", 2, S, "compression method Excel never writes"
    ),
    "zip-bomb": Case("bomb.xlsx", zip_bomb, "zip-bomb", 2, S, "1 GiB sheet in ~1 MB"),
    "zip-bomb-ratio": Case(
        "ratio.xlsx", zip_bomb_ratio, "zip-bomb", 2, S, "50 MiB at ~1000:1, under the size cap"
    ),
    "zip-bomb-lying": Case(
        "lying.xlsx", zip_bomb_lying, "zip-bomb", 2, S, "declares 1 MiB, holds 1 GiB"
    ),
    "zip-lying-plausible": Case(
        "lying2.xlsx",
        zip_lying_stored,
        "zip-bomb",
        2,
        S,
        "declared >= compressed; only verify_sizes() sees it",
    ),
    "too-many-members": Case("many.xlsx", too_many_members, "zip-bomb", 2, S),
    "billion-laughs": Case("laughs.xlsx", xml_attack(BILLION, "&lol9;"), "xml-dtd", 2, S),
    "quadratic-blowup": Case(
        "quadratic.xlsx", xml_attack(QUADRATIC, "&a;", 10_000), "xml-dtd", 2, S
    ),
    "xxe": Case("xxe.xlsx", xml_attack(XXE, "&xxe;"), "xml-dtd", 2, S),
    "dtd-after-comment": Case("xxe-late.xlsx", dtd_after_comment, "xml-dtd", 2, S),
    "dtd-utf16": Case("xxe-utf16.xlsx", dtd_utf16, "xml-dtd", 2, S),
    # read, with a warning from sniff's extension_mismatch()
    "csv-as-xlsx": Case(
        "really-csv.xlsx", lambda p: p.write_text(csv_text()), "wrong-extension", 0, S
    ),
    "xlsx-as-csv": Case("really-xlsx.csv", genuine_xlsx, "wrong-extension", 0, S),
    # genuine files: sniff passes them
    "genuine-xlsx": Case("genuine.xlsx", genuine_xlsx, None, 0, S),
    "genuine-xlsm": Case("genuine.xlsm", genuine_xlsm, None, 0, S),
    "genuine-csv": Case("genuine.csv", lambda p: p.write_text(csv_text()), None, 0, S),
    "genuine-csv-bom-semicolon": Case(
        "bom.csv", csv_bytes(b"\xef\xbb\xbf" + csv_text(sep=";").encode()), None, 0, S
    ),
    # reader-level: geometry
    "lying-dimension": Case(
        "dimension.xlsx",
        lying_dimension,
        None,
        0,
        R,
        "<dimension ref='A1:B2'/> but 5000 rows: all must be read",
    ),
    "gap-then-row-5000": Case("gap.xlsx", gap_rows, None, 0, R, "row 5000 after a gap is read"),
    "formatted-far-cell": Case(
        "far.xlsx",
        formatted_far_cell,
        None,
        0,
        R,
        "empty styled XFD1048576: must not loop a million rows",
    ),
    "cell-out-of-range": Case("beyond.xlsx", out_of_range, "cell-out-of-range", 1, R),
    "formula-without-value": Case("formula.xlsx", formulas_no_cache, "formula-without-value", 0, R),
    "error-value": Case("errors.xlsx", error_values, "error-value", 0, R),
    "merged-cells": Case("merged.xlsx", merged, "merged-cells", 0, R),
    "hidden-sheet": Case("hidden.xlsx", hidden_sheets, "hidden-sheet", 0, R),
    "duplicate-header": Case("dupheader.xlsx", duplicate_header, "duplicate-header", 0, R),
    "blank-header": Case("blankheader.xlsx", blank_header, "blank-header", 0, R),
    "control-characters": Case(
        "control.xlsx",
        control_chars,
        "control-characters",
        0,
        R,
        "ZWSP, U+202E, NBSP, _x0007_ (BEL)",
    ),
    "wide-and-tall": Case(
        "widetall.xlsx", wide_and_tall, None, 0, R, "3 rows read; calamine aborts the process on it"
    ),
    "xml-invalid-char": Case(
        "badchar.xlsx",
        invalid_xml_char,
        "control-characters",
        0,
        R,
        "raw control byte: calamine reads it, the character is removed with a warning",
    ),
    "nfd-unicode": Case("nfd.xlsx", nfd_names, None, 0, R, "decomposed ä must match composed"),
    "cell-too-long": Case("long.xlsx", long_cell, "cell-too-long", 0, R, "40,000 chars"),
    # reader-level: CSV text
    "csv-cp1252": Case("cp1252.csv", csv_bytes(CP1252.encode("cp1252")), "encoding-fallback", 0, R),
    "csv-latin1": Case(
        "latin1.csv", csv_bytes(LATIN1.encode("latin-1")), "encoding-fallback", 0, R
    ),
    "csv-utf16-bom": Case(
        "utf16.csv",
        csv_bytes(csv_text(sep="\t").encode("utf-16")),
        None,
        0,
        R,
        "Excel's 'Unicode text': UTF-16LE with BOM, tab-separated",
    ),
    "csv-mixed-encoding": Case("mixed.csv", csv_bytes(MIXED), "mixed-encoding", 0, R),
    "csv-nul-bytes": Case("nul.csv", csv_bytes(NULS), "nul-bytes", 0, R),
    # recovered line by line with a warning: the rows are kept, so exit 0
    "csv-unbalanced-quote": Case("quote.csv", csv_bytes(UNBALANCED), "unbalanced-quote", 0, R),
    "csv-ragged-rows": Case(
        "ragged.csv",
        csv_bytes(RAGGED),
        None,
        0,
        R,
        "short rows padded; extra fields kept, never dropped",
    ),
    "row-cap": Case(
        "rows.csv",
        row_cap,
        "row-cap",
        1,
        R,
        "1001 data rows, run with max_rows=1000",
        {"max_rows": 1000},
    ),
}

# Cases that need no file written (the path itself is the case).
PATH_CASES = {"missing-file": "missing-file", "directory": "not-a-file"}


def make(name: str, outdir: Path) -> Path:
    case = CASES[name]
    path = Path(outdir) / case.filename
    case.write(path)
    return path


def make_all(outdir: Path) -> dict[str, Path]:
    """Write every case into `outdir` (created if needed); return name -> path."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {name: make(name, outdir) for name in CASES}
    paths["missing-file"] = outdir / "does-not-exist.xlsx"
    (outdir / "folder.xlsx").mkdir(exist_ok=True)
    paths["directory"] = outdir / "folder.xlsx"
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/hostile.py OUTDIR")
    for name, path in make_all(Path(sys.argv[1])).items():
        print(f"{name:28} {path}")
