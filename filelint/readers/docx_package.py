"""Opening a Word package (a ZIP of XML parts) within limits, before python-docx sees it.

python-docx reads every part of a package whole. A hostile or broken ``.docx`` (a part
that inflates to gigabytes, a ZIP whose declared sizes lie) must not take the run down,
so the parts are read here first, each with a bounded read:

* a part whose declared size, or whose compression ratio, is past the limits is not
  decompressed at all (a zip bomb gives itself away in its directory);
* a part that inflates past the limit anyway (its declared size lied) is cut off and left out;
* pictures and other binary parts are never decompressed: only their names and types matter;
* a part left out is reported (``unread``, which FL006 shows) and the relationships that point
  at it are removed, so python-docx reads the rest.

What is handed on is a small stored (uncompressed) ZIP of the parts that were read.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

MAX_PART_BYTES = 32 * 1024 * 1024  # one XML part; a 500-page brief's document.xml is about 5 MB
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # every XML part together
MAX_RATIO = 200  # inflated / compressed: XML compresses 5-20 times, a zip bomb a thousand
RATIO_FLOOR = 1024 * 1024  # small parts may compress as they like
MAX_PARTS = 5000
XML_SUFFIXES = (".xml", ".rels", ".vml")
MAIN_DOCUMENT = "word/document.xml"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


class NotAPackage(Exception):
    """The file is not a Word package that can be read; the message says why in plain words."""


@dataclass
class Package:
    """The parts that were read, and why any were not."""

    parts: dict[str, bytes] = field(default_factory=dict)
    binary: dict[str, int] = field(default_factory=dict)  # name -> declared size (never decompressed)
    unread: list[str] = field(default_factory=list)

    def rebuilt(self) -> bytes:
        """A stored ZIP of what was read (binary parts as empty placeholders) for python-docx."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            for name, data in self.parts.items():
                archive.writestr(name, data)
            for name in self.binary:
                archive.writestr(name, b"")
        return out.getvalue()


def open_package(data: bytes) -> Package:
    """Read the package's parts within the limits; raise :class:`NotAPackage` when it is no package."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        raise NotAPackage(f"it is not a valid Word package: the ZIP archive is damaged ({_plain(error)})") from None
    if len(infos) > MAX_PARTS:
        raise NotAPackage(f"it is not a valid Word package: its ZIP lists {len(infos)} parts (more than {MAX_PARTS})")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names:
        raise NotAPackage("it is not a valid Word package: it has no [Content_Types].xml (a plain ZIP archive, not a .docx)")
    if MAIN_DOCUMENT not in names and not _declares_main(archive):
        raise NotAPackage("it is not a valid Word package: it holds no Word document part (word/document.xml)")
    package = Package()
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        name = info.filename
        if not name.lower().endswith(XML_SUFFIXES) and name != "[Content_Types].xml":
            package.binary[name] = info.file_size
            continue
        reason = _too_big(info, total)
        if reason is None:
            part, reason = _bounded_read(archive, info)
            if part is not None:
                total += len(part)
                package.parts[name] = part
                continue
        package.unread.append(f"the part {name} was not read: {reason}")
    if MAIN_DOCUMENT in names and MAIN_DOCUMENT not in package.parts:
        raise NotAPackage(f"its main text was not read: {package.unread[-1].split(': ', 1)[1]}"
                          if package.unread else "its main text could not be read")
    _drop_relationships_to_missing(package)
    return package


def _declares_main(archive: zipfile.ZipFile) -> bool:
    """A package may keep its main part under another name; its content types then say where."""
    try:
        with archive.open("[Content_Types].xml") as handle:
            types = handle.read(MAX_PART_BYTES)
    except Exception:  # noqa: BLE001 - a damaged entry is reported by python-docx's own reading
        return False
    return b"wordprocessingml.document.main" in types or b"ms-word.document.macroEnabled.main" in types


def _too_big(info: zipfile.ZipInfo, total: int) -> str | None:
    size, packed = info.file_size, max(info.compress_size, 1)
    if size > MAX_PART_BYTES:
        return f"it inflates to {size / 1048576:.0f} MB, past the limit of {MAX_PART_BYTES // 1048576} MB a part (a possible zip bomb)"
    if size > RATIO_FLOOR and size / packed > MAX_RATIO:
        return f"it inflates {size // packed} times its stored size, past the limit of {MAX_RATIO} (a possible zip bomb)"
    if total + size > MAX_TOTAL_BYTES:
        return f"the parts together inflate past the limit of {MAX_TOTAL_BYTES // 1048576} MB"
    return None


def _bounded_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[bytes | None, str]:
    """The part's bytes, reading at most one byte past the limit (a declared size may lie)."""
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_PART_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as error:
        return None, f"it is damaged ({_plain(error)})"
    if len(data) > MAX_PART_BYTES:
        return None, f"it inflates past the limit of {MAX_PART_BYTES // 1048576} MB a part, more than its ZIP entry declares (a possible zip bomb)"
    return data, ""


def _drop_relationships_to_missing(package: Package) -> None:
    """Remove each relationship whose target part was left out, so the rest of the package still opens."""
    present = set(package.parts) | set(package.binary)
    for name in [n for n in package.parts if n.endswith(".rels")]:
        try:
            root = etree.fromstring(package.parts[name], SAFE_PARSER)
        except etree.XMLSyntaxError:
            continue  # python-docx reports a damaged relationships part itself
        source_folder = posixpath.dirname(posixpath.dirname(name))
        removed = False
        for relationship in list(root):
            if relationship.get("TargetMode") == "External":
                continue
            target = relationship.get("Target", "")
            resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(source_folder, target))
            if resolved not in present:
                root.remove(relationship)
                removed = True
        if removed:
            package.parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _plain(error: Exception) -> str:
    """What went wrong, in a few words, never quoting the file's bytes."""
    text = str(error).split("\n")[0]
    printable = "".join(char if char.isprintable() else "?" for char in text)[:80]
    return f"{type(error).__name__}: {printable}" if printable else type(error).__name__
