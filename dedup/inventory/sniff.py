"""Decide what an input file really is, and refuse hostile or broken ones before parsing.

Departments send files renamed, password-protected, truncated or crafted; parsers are
the wrong place to find out. Everything here reads the first bytes, the zip central
directory, the CFB directory or the first bytes of XML parts: bounded work, bounded
memory, nothing written to disk. See docs/hostile-files.md for every case.
"""

from __future__ import annotations

import codecs
import os
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from dedup.errors import DedupError, InputError
from dedup.model import Finding, Severity

MiB = 1 << 20


class FileKind(StrEnum):
    """How the reader must parse a file, judged by content, not by extension."""

    XLSX = "xlsx"
    """An OOXML workbook (.xlsx or .xlsm)."""
    CSV = "csv"
    """Delimited text."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that keep one hostile file from taking the machine; raise them for huge inventories."""

    max_unpacked_bytes: int = 256 * MiB
    """Total declared uncompressed size of a workbook's parts (a 100k-row sheet is ~50 MB)."""
    max_ratio: float = 100.0
    """Largest expansion allowed for a part bigger than `ratio_min_bytes` (Excel: ~8-15:1)."""
    ratio_min_bytes: int = 1 * MiB
    """Parts smaller than this may compress as well as they like."""
    max_members: int = 10_000
    """Parts in the zip (a typical workbook has 10-30)."""
    max_rows: int = 2_000_000
    """Rows read per file, enforced by the reader (`row-cap`)."""
    max_cell_chars: int = 32_767
    """Longest cell text (Excel's own limit); the reader cuts longer ones (`cell-too-long`)."""
    max_prolog_bytes: int = 64 * 1024
    """How far into an XML part the root element must start (Excel: within 100 bytes)."""


CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
HEAD_BYTES = 8192
SAVE_XLSX = "open it in Excel and save it as Excel Workbook (.xlsx), then try again"
EXPORT = "export the inventory as .xlsx or .csv and try again"
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    struct.error,
    NotImplementedError,
    UnicodeDecodeError,
)
"""What zipfile raises on damaged archives; all mean `corrupt-zip`."""
BINARY_MAGICS = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"MZ": "a Windows program",
    b"\x7fELF": "a program",
}
CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
BOUND_SUFFIXES = CSV_SUFFIXES | XLSX_SUFFIXES | {".xls"}


def _refuse(code: str, path: Path, text: str) -> InputError:
    return InputError(code, f"{path.name}: {text}", file=path.name)


def sniff(path: Path, limits: Limits = Limits()) -> FileKind:
    """Return the kind of `path` judged by its first bytes, or raise `InputError`.

    For a zip, also checks the central directory against `limits` (zip bombs) without
    decompressing anything.

    Notes
    -----
    O(members) time and memory; reads at most 8 KB plus the central directory
    (itself capped at 512 bytes per allowed member).
    """
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise _refuse("missing-file", path, "no such file; check the name and folder") from None
    except OSError as e:
        raise _refuse("unreadable-file", path, f"cannot be opened ({e.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise _refuse("not-a-file", path, "is a folder; give the inventory file inside it")
    if not stat.S_ISREG(st.st_mode):
        raise _refuse("not-a-file", path, "is not a regular file; give a saved .xlsx or .csv")
    if st.st_size == 0:
        raise _refuse("empty-file", path, "is empty (0 bytes); send the file again")
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError as e:
        raise _refuse("unreadable-file", path, f"cannot be read ({e.strerror})") from None
    if head.startswith(ZIP_MAGICS):
        _check_zip(path, st.st_size, limits)
        return FileKind.XLSX
    if head.startswith(CFB_MAGIC):
        raise _cfb_error(path, st.st_size)
    _check_text(path, head)
    return FileKind.CSV


# --- zip --------------------------------------------------------------------------------------


def _check_zip(path: Path, size: int, limits: Limits) -> None:
    """Refuse a zip that is broken, is not a workbook, or would expand beyond `limits`."""
    entries, cd_size = _end_record(path, size)
    if entries > limits.max_members:
        raise _too_many(path, entries, limits)
    if cd_size > limits.max_members * 512:
        raise _too_many(path, cd_size // 46, limits)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            mimetype = _small_member(zf, "mimetype")
    except ZIP_ERRORS as e:
        raise _corrupt(path, str(e)) from None
    if len(infos) > limits.max_members:
        raise _too_many(path, len(infos), limits)
    names = {i.filename.lower() for i in infos}
    if len(names) != len(infos):
        raise _corrupt(path, "the same part appears twice")
    _check_workbook_parts(path, names, mimetype)
    total = 0
    for info in infos:
        _check_member(path, info, limits)
        total += info.file_size
        if total > limits.max_unpacked_bytes:
            raise _refuse(
                "zip-bomb",
                path,
                f"would unpack to more than {limits.max_unpacked_bytes // MiB} MiB, the limit; "
                "it may be a decompression bomb. If it is a genuine, very large inventory, raise "
                "max_unpacked_bytes in the configuration",
            )


def _end_record(path: Path, size: int) -> tuple[int, int]:
    """Entry count and central-directory size from the end record (zip64 aware)."""
    with open(path, "rb") as f:
        tail_len = min(size, 65557)
        f.seek(size - tail_len)
        tail = f.read(tail_len)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or at + 22 > len(tail):
            raise _corrupt(path, "the end of the zip is missing: cut short in download or copy?")
        entries, cd_size = struct.unpack_from("<HI", tail, at + 10)
        if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
            loc = tail[at - 20 : at] if at >= 20 else b""
            if not loc.startswith(b"PK\x06\x07"):
                raise _corrupt(path, "zip64 locator missing")
            (offset,) = struct.unpack_from("<Q", loc, 8)
            if offset + 56 > size:
                raise _corrupt(path, "zip64 end record beyond the end of the file")
            f.seek(offset)
            rec = f.read(56)
            if not rec.startswith(b"PK\x06\x06"):
                raise _corrupt(path, "zip64 end record missing")
            entries, cd_size = struct.unpack_from("<QQ", rec, 32)
    if cd_size > size:
        raise _corrupt(path, "central directory larger than the file")
    return entries, cd_size


def _small_member(zf: zipfile.ZipFile, name: str) -> bytes:
    """First bytes of a member that may not exist (OpenDocument's `mimetype`)."""
    try:
        with zf.open(name) as f:
            return f.read(100)
    except KeyError:
        return b""


def _check_workbook_parts(path: Path, names: set[str], mimetype: bytes) -> None:
    """Refuse zips that are not OOXML workbooks, naming what they are where we can."""
    if "[content_types].xml" in names and "xl/workbook.xml" in names:
        return
    if b"opendocument.spreadsheet" in mimetype:
        what = f"an OpenDocument spreadsheet (.ods); {SAVE_XLSX}"
    elif mimetype.startswith(b"application/vnd.oasis.opendocument"):
        what = f"an OpenDocument file, not a spreadsheet; {EXPORT}"
    elif "xl/workbook.bin" in names:
        what = f"an Excel binary workbook (.xlsb); {SAVE_XLSX}"
    elif "word/document.xml" in names:
        what = f"a Word document, not a workbook; {EXPORT}"
    elif "ppt/presentation.xml" in names:
        what = f"a PowerPoint presentation, not a workbook; {EXPORT}"
    else:
        what = (
            "a zip archive, not an Excel workbook; unpack it and give the .xlsx or .csv "
            "files inside"
        )
    raise _refuse("not-a-workbook", path, f"is {what}")


def _check_member(path: Path, info: zipfile.ZipInfo, limits: Limits) -> None:
    """Refuse one part whose directory entry is encrypted, exotic or implausible."""
    name = info.filename
    if info.flag_bits & 0x1:
        raise _refuse(
            "encrypted-workbook",
            path,
            f"part {name} is password-protected (zip encryption); "
            "remove the password and try again",
        )
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _refuse(
            "unsupported-file",
            path,
            f"part {name} uses compression method {info.compress_type}, which Excel "
            f"never writes; {SAVE_XLSX}",
        )
    fsize, csize = info.file_size, info.compress_size
    if info.compress_type == zipfile.ZIP_STORED and fsize != csize:
        raise _corrupt(path, f"stored part {name} declares {fsize} bytes but holds {csize}")
    if csize > fsize + fsize // 1000 + 64:
        raise _refuse(
            "zip-bomb",
            path,
            f"part {name} declares {fsize:,} bytes but holds {csize:,} bytes of compressed "
            "data; its declared size lies, so it may be a decompression bomb",
        )
    if fsize > limits.ratio_min_bytes and fsize > limits.max_ratio * max(csize, 1):
        ratio = fsize / max(csize, 1)
        raise _refuse(
            "zip-bomb",
            path,
            f"part {name} would expand {ratio:,.0f}:1 (limit {limits.max_ratio:g}:1; "
            "genuine sheets stay under 30:1); it may be a decompression bomb",
        )


def _too_many(path: Path, count: int, limits: Limits) -> InputError:
    return _refuse(
        "zip-bomb",
        path,
        f"holds about {count:,} parts, more than the limit {limits.max_members:,} "
        "(a workbook has a few dozen); it may be a decompression bomb",
    )


def _corrupt(path: Path, detail: str) -> InputError:
    return _refuse(
        "corrupt-zip",
        path,
        f"is damaged ({detail}); open it in Excel to repair it, or send it again",
    )


# --- CFB / OLE2: legacy .xls and password-protected workbooks --------------------------------

FREE, END = 0xFFFFFFFF, 0xFFFFFFFE


def _cfb_error(path: Path, size: int) -> InputError:
    """The InputError for a Compound File: encrypted workbook, legacy .xls, or other."""
    try:
        names = cfb_stream_names(path, size)
    except (ValueError, struct.error, OSError):
        names = set()
    if {"EncryptionInfo", "EncryptedPackage"} <= names:
        return _refuse(
            "encrypted-workbook",
            path,
            "is password-protected (encrypted); open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password, clear it), "
            "save, and try again",
        )
    if "WordDocument" in names:
        return _refuse("not-a-workbook", path, f"is an old Word document (.doc); {EXPORT}")
    if "PowerPoint Document" in names:
        return _refuse("not-a-workbook", path, f"is an old PowerPoint file (.ppt); {EXPORT}")
    return _refuse("legacy-xls", path, f"is an old-format Excel file (.xls); {SAVE_XLSX}")


def cfb_stream_names(path: Path, size: int | None = None) -> set[str]:
    """Names of the entries in a Compound File's directory (UTF-16LE in 128-byte records).

    Follows the directory's sector chain through the FAT (and DIFAT for big files),
    reading one sector at a time; every loop is bounded by the number of sectors.
    """
    size = os.path.getsize(path) if size is None else size
    with open(path, "rb") as f:
        header = f.read(512)
        if len(header) < 512 or not header.startswith(CFB_MAGIC):
            raise ValueError("not a compound file")
        shift = struct.unpack_from("<H", header, 30)[0]
        if shift not in (9, 12):
            raise ValueError("bad sector size")
        ssz = 1 << shift
        n_sectors = size // ssz + 1
        (first_dir,) = struct.unpack_from("<I", header, 48)
        first_difat, n_difat = struct.unpack_from("<II", header, 68)
        difat_head = struct.unpack_from("<109I", header, 76)
        per_sector = ssz // 4

        def sector(sid: int) -> bytes:
            if sid >= n_sectors:
                raise ValueError("sector out of range")
            f.seek((sid + 1) * ssz)
            return f.read(ssz)

        def fat_sector_id(index: int) -> int:
            if index < 109:
                return difat_head[index]
            index -= 109
            sid = first_difat
            for _ in range(min(n_difat, n_sectors)):
                data = sector(sid)
                if index < per_sector - 1:
                    return struct.unpack_from("<I", data, index * 4)[0]
                index -= per_sector - 1
                sid = struct.unpack_from("<I", data, ssz - 4)[0]
            raise ValueError("DIFAT too short")

        def next_sector(sid: int) -> int:
            fat_sid = fat_sector_id(sid // per_sector)
            return struct.unpack_from("<I", sector(fat_sid), (sid % per_sector) * 4)[0]

        names: set[str] = set()
        sid = first_dir
        for _ in range(n_sectors):
            if sid in (END, FREE):
                return names
            data = sector(sid)
            for off in range(0, len(data) - 127, 128):
                length, kind = struct.unpack_from("<HB", data, off + 64)
                if kind in (1, 2, 5) and 2 <= length <= 64:
                    names.add(data[off : off + length - 2].decode("utf-16-le", "replace"))
            sid = next_sector(sid)
        raise ValueError("directory chain loops")


# --- text ---------------------------------------------------------------------------------------


def _check_text(path: Path, head: bytes) -> None:
    """Refuse binary or non-CSV text formats; let everything else through as CSV."""
    for magic, what in BINARY_MAGICS.items():
        if head.startswith(magic):
            raise _refuse("binary-file", path, f"is {what}, not a spreadsheet; {EXPORT}")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", "ignore")
    else:
        nuls = head.count(0)
        if nuls > len(head) // 10:
            even = head[0::2].count(0)
            if nuls > len(head) // 3 and min(even, nuls - even) < nuls // 20:
                raise _refuse(
                    "unsupported-file",
                    path,
                    "looks like UTF-16 text without a byte-order mark; save it as "
                    "CSV UTF-8 and try again",
                )
            raise _refuse(
                "binary-file", path, f"is binary data, not a spreadsheet or CSV text; {EXPORT}"
            )
        controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f\v\x1a\x00")
        if controls > len(head) // 10:
            raise _refuse(
                "binary-file", path, f"is binary data, not a spreadsheet or CSV text; {EXPORT}"
            )
        text = head.decode("latin-1")
    start = text.lstrip("\ufeff\xef\xbb\xbf \t\r\n")[:200].lower()
    if start.startswith(("<html", "<!doctype html", "<table", "<head", "<body", "<meta")):
        raise _refuse(
            "unsupported-file",
            path,
            f"is a web page (HTML), though it may open in Excel; {SAVE_XLSX}",
        )
    if start.startswith("<?xml") or start.startswith("<"):
        kind = (
            "an Excel 2003 XML spreadsheet"
            if "excel.sheet" in start or ("office:spreadsheet" in text.lower())
            else "an XML file"
        )
        raise _refuse("unsupported-file", path, f"is {kind}, not .xlsx or CSV; {SAVE_XLSX}")
    if start.startswith("{\\rtf"):
        raise _refuse("unsupported-file", path, f"is a Rich Text (RTF) document; {EXPORT}")


# --- wrong extension ---------------------------------------------------------------------------


def extension_mismatch(path: Path, kind: FileKind) -> Finding | None:
    """A `wrong-extension` warning when the name promises another kind than the content.

    Only names that promise a kind count (.csv/.txt/.tsv/.tab, .xlsx/.xlsm, .xls); any
    other extension, or none, says nothing and gives no finding.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in BOUND_SUFFIXES:
        return None
    if kind is FileKind.CSV and suffix in CSV_SUFFIXES:
        return None
    if kind is FileKind.XLSX and suffix in XLSX_SUFFIXES:
        return None
    really = "CSV text" if kind is FileKind.CSV else "an Excel workbook (.xlsx)"
    fix = ".csv" if kind is FileKind.CSV else ".xlsx"
    return Finding(
        "wrong-extension",
        Severity.WARNING,
        f"{path.name} is named {suffix} but is really {really}; it was read as such. "
        f"Rename it to {fix} to avoid confusion.",
        file=path.name,
    )


# --- XML defences --------------------------------------------------------------------------------


def check_xml_defences() -> None:
    """Make sure openpyxl parses through defusedxml, its only guard against XML bombs."""
    try:
        import defusedxml  # noqa: F401
    except ImportError:
        raise DedupError(
            "the defusedxml package is missing, so reading workbooks would not be safe from "
            "XML bombs; install it with: pip install defusedxml"
        ) from None
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise DedupError(
            "openpyxl is not using defusedxml (the environment variable OPENPYXL_DEFUSEDXML is "
            f"set to {os.environ.get('OPENPYXL_DEFUSEDXML')!r}); unset it and try again"
        )


def scan_for_dtd(path: Path, limits: Limits = Limits()) -> None:
    """Refuse a workbook any XML part of which declares a DTD or entities.

    Excel never writes a DTD; with one come billion-laughs, quadratic-blowup and external
    entity (XXE) attacks. A DTD must stand before the root element, so reading each
    part's prolog is enough, whatever the parser would do later. UTF-16 parts are decoded.

    Notes
    -----
    Reads at most `limits.max_prolog_bytes` decompressed bytes per part (usually ~100).
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.is_dir() or info.file_size == 0:
                    continue
                verdict = _prolog_verdict(zf, info, limits.max_prolog_bytes)
                if verdict == "dtd":
                    raise _refuse(
                        "xml-dtd",
                        path,
                        f"part {info.filename} contains XML entity declarations (a "
                        "DTD), which Excel never writes; it may be an attack. Ask the "
                        "sender for a copy saved by Excel itself",
                    )
                if verdict == "long":
                    raise _refuse(
                        "xml-dtd",
                        path,
                        f"part {info.filename} does not start its XML within "
                        f"{limits.max_prolog_bytes // 1024} KB, which Excel never "
                        "does; it may be an attack",
                    )
    except ZIP_ERRORS as e:
        raise _corrupt(path, str(e)) from None


def _prolog_verdict(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> str:
    """`root` (fine), `dtd`, `long` (no root within cap) or `other` (not XML)."""
    with zf.open(info) as f:
        first = f.read(4)
        if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            decoder = codecs.getincrementaldecoder("utf-16")()
        elif first[:2] in (b"<\0", b"\0<"):
            decoder = codecs.getincrementaldecoder("utf-16-le" if first[0] else "utf-16-be")()
        else:
            decoder = codecs.getincrementaldecoder("latin-1")()
        text, read, chunk = decoder.decode(first), len(first), first
        while True:
            verdict = _scan_prolog(text)
            if verdict is not None:
                return verdict
            if not chunk or read >= cap:
                return "long" if chunk else "other"
            chunk = f.read(min(4096, cap - read))
            read += len(chunk)
            text += decoder.decode(chunk)


def _scan_prolog(text: str) -> str | None:
    """Walk the XML prolog: None means read more."""
    i, n = 0, len(text)
    while True:
        while i < n and text[i] in "\ufeff\xef\xbb\xbf \t\r\n":
            i += 1
        if i + 1 >= n:
            return None
        if text[i] != "<":
            return "other"
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                return None
            i = end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return None
            i = end + 3
        elif text.startswith("<!", i):
            return "dtd"
        else:
            return "root"


# --- declared sizes -------------------------------------------------------------------------------


def verify_sizes(path: Path, limits: Limits = Limits()) -> None:
    """Decompress every part once, streaming, and refuse one that outgrows its declared size.

    The central directory may lie about sizes. openpyxl (via zipfile) and python-calamine
    both stop at the declared size, so memory stays bounded even without this; it turns
    a late "Bad CRC-32"/"larger than declared" parser error into a clear refusal.

    Notes
    -----
    One decompression pass, 64 KB at a time: O(total declared size) time (~0.1 s for
    50 MB of sheet XML), O(1) memory; stops after declared size + 64 KB for a liar.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf, open(path, "rb") as f:
            for info in zf.infolist():
                if info.compress_type != zipfile.ZIP_DEFLATED or info.is_dir():
                    continue
                f.seek(info.header_offset)
                local = f.read(30)
                if len(local) < 30 or not local.startswith(b"PK\x03\x04"):
                    raise _corrupt(path, f"local header of {info.filename} missing")
                name_len, extra_len = struct.unpack_from("<HH", local, 26)
                f.seek(info.header_offset + 30 + name_len + extra_len)
                _inflate_checked(path, f, info)
    except ZIP_ERRORS as e:
        raise _corrupt(path, str(e)) from None


def _inflate_checked(path: Path, f, info: zipfile.ZipInfo) -> None:
    d = zlib.decompressobj(-15)
    left, out, crc = info.compress_size, 0, 0
    pending = b""
    while not d.eof:
        if not pending:
            if left <= 0:
                break
            pending = f.read(min(65536, left))
            if not pending:
                break
            left -= len(pending)
        try:
            data = d.decompress(pending, 65536)
        except zlib.error as e:
            raise _corrupt(path, f"part {info.filename}: {e}") from None
        pending = d.unconsumed_tail
        out += len(data)
        crc = zlib.crc32(data, crc)
        if out > info.file_size:
            raise _refuse(
                "zip-bomb",
                path,
                f"part {info.filename} declares {info.file_size:,} bytes but expands to "
                "more; its declared size lies, so it may be a decompression bomb",
            )
    if not d.eof or out != info.file_size or crc != info.CRC:
        raise _corrupt(path, f"part {info.filename} does not match its checksum")


def vet(path: Path, limits: Limits = Limits()) -> FileKind:
    """Everything the reader needs before parsing: sniff, then for workbooks scan and verify.

    Raises `InputError` (or `DedupError` when defusedxml is missing); returns the kind.
    """
    kind = sniff(path, limits)
    if kind is FileKind.XLSX:
        check_xml_defences()
        scan_for_dtd(path, limits)
        verify_sizes(path, limits)
    return kind
