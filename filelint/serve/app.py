"""The local page's web application: the token and origin gate, uploads, the report, the chambers copy."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from filelint.serve import pages
from filelint.serve.settings import FolderSettings

COOKIE = "filelint_token"
KEPT_REPORTS = 5  # page images and uploaded PDFs are kept in memory for the latest reports only


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_files: int = 20


@dataclass
class Kept:
    """What one report's page needs after its uploads are deleted: page images and the PDFs for chambers copies."""

    images: dict[tuple[int, int], bytes] = field(default_factory=dict)
    pdfs: dict[int, tuple[str, bytes]] = field(default_factory=dict)
    referral_judge: str | None = None
    copies: dict[int, tuple[bytes, bytes]] = field(default_factory=dict)  # file -> (copy, page-1 image)


def create_app(token: str, folder: Path, limits: Limits | None = None, settings: FolderSettings | None = None) -> Starlette:
    """The application; ``folder`` is where the server was started (settings are remembered per folder)."""
    limits = limits or Limits()
    settings = settings or FolderSettings(folder)
    reports: dict[str, Kept] = {}

    async def home(request: Request) -> Response:
        from filelint.registry import discover_packs

        response = HTMLResponse(pages.upload_page(token, settings.load(), pages.judges(discover_packs())))
        if request.query_params.get("token") == token:
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        return response

    async def healthz(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def check(request: Request) -> Response:
        _same_origin(request)
        _declared_size(request, limits)
        form = await request.form(max_files=limits.max_files + 1, max_fields=50)
        try:
            uploads = [item for item in form.getlist("files") if hasattr(item, "filename") and item.filename]
            if len(uploads) > limits.max_files:
                raise Refused(413, f"At most {limits.max_files} files can be checked at once.")
            if not uploads:
                raise Refused(400, "Choose at least one file to check.")
            chosen = _settings_from(form)
            settings.save(chosen)
            report_id, kept, body = await _check_uploads(uploads, chosen, limits)
        finally:
            await form.close()
        reports[report_id] = kept
        while len(reports) > KEPT_REPORTS:
            reports.pop(next(iter(reports)))
        return HTMLResponse(body)

    async def page_image(request: Request) -> Response:
        kept = reports.get(request.path_params["report"])
        image = kept.images.get((request.path_params["file"], request.path_params["page"])) if kept else None
        if image is None:
            return PlainTextResponse("That page is no longer kept; check the file again.", status_code=404)
        return Response(image, media_type="image/png", headers={"Cache-Control": "no-store"})

    async def chambers_copy(request: Request) -> Response:
        _same_origin(request)
        kept = reports.get(request.path_params["report"])
        number = request.path_params["file"]
        if kept is None or number not in kept.pdfs:
            return JSONResponse({"error": "That file is no longer kept; check it again."}, status_code=404)
        try:
            copy, preview = pages.chambers_copy(*kept.pdfs[number], kept.referral_judge)
        except Exception as error:  # noqa: BLE001 - a refusal (StampError) or a damaged file: said on the page
            return JSONResponse({"error": str(error)}, status_code=422)
        kept.copies[number] = (copy, preview)
        base = f"/chambers-copy/{request.path_params['report']}/{number}"
        return JSONResponse({"preview": f"{base}/page-1.png", "download": f"{base}/copy.pdf"})

    async def chambers_copy_part(request: Request) -> Response:
        kept = reports.get(request.path_params["report"])
        made = kept.copies.get(request.path_params["file"]) if kept else None
        if made is None:
            return PlainTextResponse("Make the chambers copy first.", status_code=404)
        if request.path_params["part"] == "page-1.png":
            return Response(made[1], media_type="image/png", headers={"Cache-Control": "no-store"})
        name = kept.pdfs[request.path_params["file"]][0]
        download = re.sub(r"[^\w.-]+", "_", Path(name).stem) + " chambers copy.pdf"
        return Response(made[0], media_type="application/pdf",
                        headers={"Content-Disposition": f'attachment; filename="{download}"', "Cache-Control": "no-store"})

    routes = [
        Route("/", home),
        Route("/healthz", healthz),
        Route("/check", check, methods=["POST"]),
        Route("/page/{report}/{file:int}/{page:int}.png", page_image),
        Route("/chambers-copy/{report}/{file:int}", chambers_copy, methods=["POST"]),
        Route("/chambers-copy/{report}/{file:int}/{part}", chambers_copy_part),
    ]
    app = Starlette(routes=routes, exception_handlers={Refused: _refused})
    return _Gate(app, token, limits)


async def _refused(request: Request, refused: Refused) -> Response:
    return PlainTextResponse(refused.message, status_code=refused.status)


class _Gate:
    """ASGI middleware: the token on every request, and no body larger than the upload limit."""

    def __init__(self, app, token: str, limits: Limits) -> None:
        self.app, self.token, self.limits = app, token, limits

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not self._has_token(scope):
            return await _plain(send, 403, "This page needs the address filelint serve printed, with its token.")
        counted = 0

        async def bounded_receive():
            nonlocal counted
            message = await receive()
            counted += len(message.get("body", b""))
            if counted > self.limits.max_bytes:
                raise Refused(413, _too_large(self.limits))
            return message

        try:
            await self.app(scope, bounded_receive, send)
        except Refused as refused:
            await _plain(send, refused.status, refused.message)

    def _has_token(self, scope) -> bool:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        query = dict(part.split("=", 1) for part in scope.get("query_string", b"").decode("latin-1").split("&") if "=" in part)
        cookies = dict(part.strip().split("=", 1) for part in headers.get("cookie", "").split(";") if "=" in part)
        offered = [query.get("token"), cookies.get(COOKIE), headers.get("x-filelint-token")]
        return any(value is not None and secrets.compare_digest(value, self.token) for value in offered)


async def _plain(send, status: int, message: str) -> None:
    body = message.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _too_large(limits: Limits) -> str:
    return f"The files are larger than {limits.max_bytes // (1024 * 1024)} MB together; check fewer at a time."


def _same_origin(request: Request) -> None:
    """A post must come from this server's own page: Origin (or, without it, Referer) names this origin."""
    own = f"{request.url.scheme}://{request.url.netloc}"
    origin = request.headers.get("origin")
    if origin is not None:
        if origin != own:
            raise Refused(403, "Refused: this request came from another site's page.")
        return
    referer = request.headers.get("referer", "")
    if not (referer == own or referer.startswith(own + "/")):
        raise Refused(403, "Refused: this request did not come from filelint's own page.")


def _declared_size(request: Request, limits: Limits) -> None:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise Refused(413, _too_large(limits))


def _settings_from(form) -> dict:
    from filelint.config import known_judges
    from filelint.registry import discover_packs

    chosen = {name: str(form.get(name) or "").strip() for name in ("court", "referral_judge", "case_number", "filed_on")}
    chosen["chambers_copy"] = bool(form.get("chambers_copy"))
    judge = chosen["referral_judge"].upper()
    if judge and judge not in known_judges(discover_packs()):
        raise Refused(400, f"No installed rule pack knows a judge with the initials {judge!r}.")
    chosen["referral_judge"] = judge
    if chosen["filed_on"]:
        try:
            dt.date.fromisoformat(chosen["filed_on"])
        except ValueError:
            raise Refused(400, f"The filing date {chosen['filed_on']!r} is not a date (YYYY-MM-DD).") from None
    return chosen


async def _check_uploads(uploads, chosen: dict, limits: Limits) -> tuple[str, Kept, str]:
    """Save the uploads privately, check them as the command line would, keep what the page needs, delete them."""
    from filelint.api import Report, check_file
    from filelint.config import Config, with_overrides
    from filelint.errors import FilelintError
    from filelint.registry import discover_packs

    private = Path(tempfile.mkdtemp(prefix="filelint-serve-"))  # 0700: only this user can read the drafts
    try:
        saved = []
        for number, upload in enumerate(uploads, start=1):
            name = _safe_name(upload.filename, number)
            target = private / f"{number:03d}" / name
            target.parent.mkdir(mode=0o700)
            with open(target, "wb") as out:
                shutil.copyfileobj(upload.file, out)
            saved.append((name, target))
        packs = discover_packs()
        try:
            config = with_overrides(Config(root=private), referral_judge=chosen["referral_judge"] or None,
                                    case_number=chosen["case_number"] or None, all_chambers_copies=chosen["chambers_copy"] or None,
                                    filed_on=dt.date.fromisoformat(chosen["filed_on"]) if chosen["filed_on"] else None)
        except FilelintError as error:
            raise Refused(400, str(error)) from None
        results, kept = [], Kept(referral_judge=chosen["referral_judge"] or None)
        for number, (name, path) in enumerate(saved):
            data = path.read_bytes()
            result = replace(check_file(path, name, packs, config), sha256=hashlib.sha256(data).hexdigest())
            results.append(result)
            if result.document.kind == "pdf":
                kept.pdfs[number] = (name, data)
        report = Report(tuple(results), tuple(packs), config=config,
                        checked_at=dt.datetime.now().astimezone().isoformat(timespec="seconds"))
        report_id = secrets.token_urlsafe(12)
        body = pages.report_page(report, report_id, kept)
        return report_id, kept, body
    finally:
        shutil.rmtree(private, ignore_errors=True)


def _safe_name(filename: str, number: int) -> str:
    """The uploaded file's own name, without folders or characters a file system would refuse."""
    name = Path(filename.replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f/]", "_", name).strip(". ") or f"file-{number}"
    return name[:200]

