"""The result cache: what a file's check found, kept as plain signed JSON so an unchanged file is not read twice.

Safe by construction, because a cache that lies turns a filing with problems into "no problems found":

* It lives in the user's cache directory (``FILELINT_CACHE_DIR`` overrides it), never in the folder
  being checked, so a cloned repository cannot bring entries of its own.
* An entry is JSON, checked field by field against the result's types when it is loaded, and signed
  (HMAC-SHA256) with a random key only this user can read: anything that does not verify is a miss,
  and the file is checked again. Nothing in an entry is ever executed.
* The key is the SHA-256 of the bytes that were actually checked, with the path shown, the
  configuration and the code (filelint's and every pack's source) mixed in.
* Only what the output shows is kept: masked findings, never the secrets behind them; a run with
  ``--show-secrets``, a crashed rule or a time-out is never stored.
* Each filelint version keeps its own folder and removes the others'; the oldest entries are removed
  beyond a size cap.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import hmac
import json
import os
import secrets
import shutil
import sys
import types
import typing
from pathlib import Path

from filelint.config import Config
from filelint.diagnostic import Diagnostic
from filelint.engine import LintResult
from filelint.registry import Pack

SCHEMA = 1
CACHE_DIR_VARIABLE = "FILELINT_CACHE_DIR"
ENTRY_SUFFIX = ".json"
FOLDER_PREFIX = "results-"
KEY_FILE = "key"
DEFAULT_LIMITS = (5000, 100 * 1024 * 1024)  # entries, bytes
TIMEOUT_CODE = "FL002"


def default_folder() -> Path:
    """Where results are kept: ``$FILELINT_CACHE_DIR``, else the platform's user cache directory."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("filelint", appauthor=False))


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str | None:
    """The digest of a regular file's bytes; None for anything else (a pipe or device could block)."""
    try:
        if not path.is_file():
            return None
        return content_digest(path.read_bytes())
    except OSError:
        return None


class ResultCache:
    """Results on disk, keyed by the checked bytes' digest, the shown path, the configuration and the code."""

    def __init__(self, root: Path, config: Config, packs: list[Pack], show_secrets: bool = False,
                 limits: tuple[int, int] = DEFAULT_LIMITS) -> None:
        from filelint import __version__

        self.limits = limits
        self.enabled = not show_secrets  # full secrets are never written to disk
        self.salt = content_digest(repr((config, __version__, sorted((p.id, p.version) for p in packs),
                                         _code_stamp(packs))).encode())
        self.folder: Path | None = root / f"{FOLDER_PREFIX}v{SCHEMA}-{_safe_name(__version__)}"
        self.secret = b""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.secret = _signing_key(root)
            _remove_other_versions(root, self.folder.name)
        except OSError:
            self.folder = None  # an unwritable cache folder: run without a cache

    def _entry(self, digest: str | None, shown: str) -> Path | None:
        if self.folder is None or not self.enabled or digest is None:
            return None
        return self.folder / (content_digest(f"{self.salt}|{shown}|{digest}".encode()) + ENTRY_SUFFIX)

    def get(self, digest: str | None, shown: str) -> LintResult | None:
        """The stored result for these bytes, or None when there is none or it does not verify."""
        entry = self._entry(digest, shown)
        try:
            if entry is None or not entry.is_file() or entry.stat().st_size > self.limits[1]:
                return None
            envelope = json.loads(entry.read_bytes())
            if not isinstance(envelope, dict) or not self._verified(envelope, digest, shown):
                return None
            result = _decode(LintResult, envelope["result"])
            os.utime(entry)  # recently used: kept longest under the size cap
            return result if result.document.path == shown else None
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return None  # damaged or foreign: check the file again

    def put(self, digest: str | None, shown: str, result: LintResult) -> None:
        """Keep a complete result under the digest of the bytes that produced it."""
        entry = self._entry(digest, shown)
        if entry is None or not cacheable(result):
            return
        try:
            body = {"schema": SCHEMA, "salt": self.salt, "shown": shown, "digest": digest,
                    "result": _encode(result)}
        except TypeError:
            return  # a result holding something that is not plain data is simply not kept
        body["signature"] = self._signature(body)
        partial = entry.with_name(entry.name + f".{os.getpid()}.tmp")
        try:
            partial.write_text(json.dumps(body, ensure_ascii=True), encoding="utf-8")
            os.replace(partial, entry)
        except OSError:
            partial.unlink(missing_ok=True)

    def prune(self) -> None:
        """Remove the least recently used entries beyond the size cap."""
        if self.folder is None:
            return
        max_entries, max_bytes = self.limits
        try:
            found = [(entry.stat(), entry) for entry in self.folder.iterdir() if entry.suffix == ENTRY_SUFFIX]
        except OSError:
            return
        found.sort(key=lambda item: item[0].st_mtime_ns, reverse=True)
        total = 0
        for count, (info, entry) in enumerate(found, start=1):
            total += info.st_size
            if count > max_entries or total > max_bytes:
                entry.unlink(missing_ok=True)

    def _signature(self, body: dict) -> str:
        unsigned = {key: value for key, value in body.items() if key != "signature"}
        canonical = json.dumps(unsigned, sort_keys=True, ensure_ascii=True).encode()
        return hmac.new(self.secret, canonical, hashlib.sha256).hexdigest()

    def _verified(self, envelope: dict, digest: str, shown: str) -> bool:
        signature = envelope.get("signature")
        return (isinstance(signature, str) and hmac.compare_digest(signature, self._signature(envelope))
                and envelope.get("schema") == SCHEMA and envelope.get("salt") == self.salt
                and envelope.get("shown") == shown and envelope.get("digest") == digest)


def cacheable(result: LintResult) -> bool:
    """Only a complete, repeatable result is kept: not a crash, not a time-out."""
    return not result.crashed and not any(d.code == TIMEOUT_CODE for d in result.diagnostics)


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in ".-_" else "_" for ch in text)


def _signing_key(root: Path) -> bytes:
    """This user's random signing key, created on first use, readable by this user only."""
    path = root / KEY_FILE
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except FileNotFoundError:
        pass
    key = secrets.token_bytes(32)
    partial = root / f"{KEY_FILE}.{os.getpid()}.tmp"
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    os.replace(partial, path)
    return path.read_bytes()


def _remove_other_versions(root: Path, keep: str) -> None:
    """Other versions' result folders are never read again; only folders named as ours are removed."""
    for folder in root.iterdir():
        if folder.name.startswith(FOLDER_PREFIX) and folder.name != keep and folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


def _code_stamp(packs: list[Pack]) -> list[tuple[str, int, int]]:
    """Size and modification time of filelint's and every pack's source files.

    The version alone would let an edited checkout (or an edited third-party pack) reuse results
    computed by the old code.
    """
    import filelint

    folders = {Path(filelint.__file__).parent}
    for pack in packs:
        names = [pack.origin.split(" = ")[-1].split(":")[0]]  # the package holding pack.toml
        names += [getattr(rule.check, "__module__", "") or "" for rule in pack.rules]
        for name in names:
            module = sys.modules.get(name)
            if module is not None and getattr(module, "__file__", None):
                folders.add(Path(module.__file__).parent)
    stamp = []
    for folder in sorted(folders):
        for source in sorted(folder.rglob("*")):
            if source.suffix in (".py", ".toml") and "__pycache__" not in source.parts:
                info = source.stat()
                stamp.append((str(source), info.st_size, info.st_mtime_ns))
    return stamp


# ---------------------------------------------------------------- plain data in and out

# Never written: the values the privacy rules found, which the masked text stands for.
NOT_STORED = {(Diagnostic, "secrets")}


def _encode(value: typing.Any) -> typing.Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                if (type(value), f.name) not in NOT_STORED}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot store {type(value).__name__} in the cache")


def _decode(kind: typing.Any, data: typing.Any) -> typing.Any:
    """Rebuild a value of type ``kind`` from JSON data, refusing anything of another shape."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(kind):
            try:
                return _decode(option, data)
            except (TypeError, ValueError, KeyError):
                continue
        raise TypeError(f"no type of {kind} fits")
    if origin is tuple:
        args = typing.get_args(kind)
        if not isinstance(data, list):
            raise TypeError("a list was expected")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item) for item in data)
        if len(args) != len(data):
            raise TypeError("a list of another length was expected")
        return tuple(_decode(arg, item) for arg, item in zip(args, data))
    if kind is type(None):
        if data is not None:
            raise TypeError("null was expected")
        return None
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _decode_dataclass(kind, data)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(data)
    if kind is float and isinstance(data, (int, float)) and not isinstance(data, bool):
        return float(data)
    if kind in (str, int, bool) and type(data) is kind:
        return data
    raise TypeError(f"{kind} was expected")


def _decode_dataclass(kind: type, data: typing.Any) -> typing.Any:
    if not isinstance(data, dict):
        raise TypeError("an object was expected")
    hints = typing.get_type_hints(kind)
    stored = [f for f in dataclasses.fields(kind) if (kind, f.name) not in NOT_STORED]
    if set(data) != {f.name for f in stored}:
        raise KeyError("fields differ")
    return kind(**{f.name: _decode(hints[f.name], data[f.name]) for f in stored})
