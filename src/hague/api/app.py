"""The HTTP API: the same functions and the same JSON as the CLI's --json.

Every route reads; none writes. Bad input is answered 400 (404 for an unknown State or
situation in the path) with {"error", "field", "valid"}; never a 5xx for bad input.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from hague import i18n, meta
from hague.claims import check
from hague.claims.core import EXPLAIN_LANG, EXPLAIN_LANG_HELP
from hague.dates import parse_day
from hague.errors import Ambiguous, HagueError
from hague.jurisdiction import FIELDS, decide, question
from hague.ledger import Ledger, default
from hague.ledger import names as state_names
from hague.ledger.status import LABELS, SHORT
from hague.registry import SITUATION_FILTER_HELP, SITUATION_HELP, STATE_FILTER_HELP, STATUS_FILTER_HELP
from hague.registry import of as registry_of
from hague.statute.text import ARTICLES

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
PAGES = {
    "/": "index.html",
    "/jurisdiction": "jurisdiction.html",
    "/situations": "situations.html",
    "/api/docs": "docs.html",
    "/check": "check.html",
}

DESCRIPTION = """The Rome Statute system of the International Criminal Court, executable.

Every answer comes from the sourced ledger of States' treaty actions (`data/states`), the
Security Council's referrals, and the registry of situations and cases, through the same
functions as the `hague` command line; the JSON is the same as `hague … --json`.
Dates are ISO 8601 days (YYYY-MM-DD). Bad input gets 400 (404 for an unknown State or
situation in the path) with a JSON body `{"error", "field", "valid"}`.

Other sites may call it (CORS: `Access-Control-Allow-Origin: *`, preflights for GET, HEAD and
`POST /api/v1/check`). Answers that depend only on the data version and the URL carry a weak
`ETag` and `Cache-Control: public, max-age=3600`; `If-None-Match` with the tag gets 304.
Words for people (status words, field help, State names, situation names and amendment titles,
the data's caveats, the charts) take `lang`: en, fr or es. With `lang`, the `error` of a 4xx
answer is in that language too where hague has its words (a bad or out-of-range date, an
unknown or ambiguous State or situation, a value not among the valid ones, a missing field,
an unknown path); `field` and `valid`, what a program reads, are the same in every language.
"""


class ErrorBody(BaseModel):
    error: str
    field: str | None = None
    valid: list[str] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad input: the field and, where few, the valid values"},
    404: {"model": ErrorBody, "description": "Unknown State, situation or path"},
    405: {"model": ErrorBody, "description": "The API only reads (GET; POST for /check)"},
    408: {"model": ErrorBody, "description": "Request body not received within the server's time limit"},
    413: {"model": ErrorBody, "description": "Request body over 1 MiB or query string over 8 KiB"},
    503: {"model": ErrorBody, "description": "No answer within the server's time limit (hague serve --timeout)"},
}

OnQ = Annotated[str | None, Query(description="Day to answer for, YYYY-MM-DD (default: today).")]
LangQ = Annotated[str | None, Query(description=i18n.LANG_HELP)]
StateP = Annotated[
    str, PathParam(description="The State: an ISO 3166 code (alpha-3, alpha-2 or numeric) or an English name.")
]


class CheckBody(BaseModel):
    text: str = Field(description="The text to check (UTF-8, at most 1,000,000 bytes).")
    as_of: str | None = Field(
        default=None, description="Check as of this day, YYYY-MM-DD (default: from the text, else today)."
    )
    lang: str | None = Field(
        default=None, description="The text's language: auto (detected, the default), en, fr, es, pt or ru."
    )
    explain_lang: str | None = Field(default=None, description=EXPLAIN_LANG_HELP)


TextQ = Annotated[
    str,
    Query(
        description="The text to check (UTF-8), URL-encoded: the whole query string may hold at most 8 KiB "
        "(413 beyond); POST /api/v1/check takes up to 1,000,000 bytes."
    ),
]
AsOfQ = Annotated[
    str | None, Query(description="Check as of this day, YYYY-MM-DD (default: from the text, else today).")
]


def _question_parameters() -> list[inspect.Parameter]:
    """The query parameters of /api/v1/jurisdiction, one for each field of the question."""
    return [f.parameter(Query(alias=f.name, description=f.help)) for f in FIELDS]


def _day(text: str | None, field: str = "on") -> date | None:
    return parse_day(text, field) if text else None


def create_app(ledger: Ledger | None = None, timeout: float | None = None) -> FastAPI:
    """The app; `timeout` (seconds per request) defaults to HAGUE_REQUEST_TIMEOUT or 30,
    read from the environment because `hague serve` starts workers through uvicorn."""
    led = ledger or default()
    if timeout is None:
        timeout = request_timeout(os.environ.get("HAGUE_REQUEST_TIMEOUT", str(DEFAULT_TIMEOUT)))
    ok = _answer(led.version)
    app = FastAPI(
        title="hague",
        default_response_class=JSONResponse,
        responses=ERRORS,
        version=meta.__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url=None,  # served from /static, without a CDN or inline script (see PAGES)
        redoc_url=None,
    )

    @app.exception_handler(HagueError)
    async def bad_input(request: Request, exc: HagueError) -> JSONResponse:
        # An unknown name in the path is 404; one naming several things (Ambiguous) is bad input.
        in_path = (
            exc.field in ("state", "situation", "article")
            and request.url.path.count("/") >= 4
            and not isinstance(exc, Ambiguous)
        )
        return JSONResponse(i18n.error_dict(exc, error_language(request)), status_code=404 if in_path else 400)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        # Outside the other middleware: the security headers are set here too.
        body = {"error": f"internal error ({type(exc).__name__}); this is a bug in hague", "field": None, "valid": None}
        headers = {k.decode(): v.decode() for k, v in SecurityHeaders.HEADERS}
        return JSONResponse(body, status_code=500, headers=headers)

    @app.exception_handler(ModuleNotFoundError)
    async def missing_part(request: Request, exc: ModuleNotFoundError) -> JSONResponse:
        message = meta.missing_extra(exc)
        if message is None:
            raise exc
        return JSONResponse({"error": message, "field": None, "valid": None}, status_code=501)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        # the field is the last name in the location: a position (a list's item, the character
        # where a body stops being JSON) is no field
        names = [str(p) for p in first.get("loc", ()) if not isinstance(p, int)]
        field = names[-1] if names else "?"
        if first.get("type") == "json_invalid":
            where = (first.get("loc") or ("body", None))[-1]
            error = HagueError(
                f"body: not valid JSON (at character {where}); send an object such as "
                '{"text": "...", "as_of": "2016-11-17"}',
                field="body",
            )
        elif first.get("type") == "missing":
            error = HagueError.of("request.missing", "{field}: Field required", field=field)
        else:
            error = HagueError(f"{field}: {first.get('msg', 'invalid')}", field=field)
        return JSONResponse(i18n.error_dict(error, error_language(request)), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            # Allow must list every method the path answers, across all its routes
            methods = {
                m
                for route in app.routes
                if isinstance(route, APIRoute) and route.path_regex.match(request.url.path)
                for m in route.methods or ()
            }
            headers["Allow"] = ", ".join(sorted(methods | ({"HEAD"} if "GET" in methods else set())))
        error = HagueError(str(exc.detail))
        if exc.status_code == 404 and exc.detail == "Not Found":
            error = HagueError.of("http.not_found", "Not Found")
        elif exc.status_code == 405 and exc.detail == "Method Not Allowed":
            error = HagueError.of("http.method_not_allowed", "Method Not Allowed")
        return JSONResponse(
            i18n.error_dict(error, error_language(request)), status_code=exc.status_code, headers=headers
        )

    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(SizeLimits)
    app.add_middleware(TimeLimit, seconds=timeout)
    app.add_middleware(Caching, version=led.version)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(Cors)

    # -- ledger -----------------------------------------------------------------------
    @app.get("/api/v1/status/{state}", response_model=None, tags=["ledger"], summary="Status of one State on a day")
    def status_one(state: StateP, on: OnQ = None, lang: LangQ = None) -> JSONResponse:
        """Same as `hague status STATE --on DATE --json` (`lang`: the State's name and the data's
        caveats in that language)."""
        return ok(_named(led.status(state, _day(on)), lang, led))

    @app.get("/api/v1/status", response_model=None, tags=["ledger"], summary="Status of several States, or all")
    def status_many(
        state: Annotated[list[str] | None, Query(description="Repeat for several States; omit for all.")] = None,
        on: OnQ = None,
        lang: LangQ = None,
    ) -> JSONResponse:
        """Same as `hague status A B --json` (or `--all`); `lang`: each State's name and the data's
        caveats in that language."""
        day = _day(on)
        codes = state or sorted(led.states)
        return ok([_named(led.status(c, day), lang, led) for c in codes])

    @app.get("/api/v1/parties", response_model=None, tags=["ledger"], summary="States Parties on a day")
    def parties(
        on: OnQ = None,
        convention: Annotated[str, Query(description="in_force (default) or deposited.")] = "in_force",
    ) -> JSONResponse:
        """Same as `hague parties --json`."""
        return ok(led.parties(_day(on), convention))

    @app.get(
        "/api/v1/timeline/{state}",
        response_model=None,
        tags=["ledger"],
        summary="A State's history as spans of one status",
    )
    def timeline(state: StateP, lang: LangQ = None) -> JSONResponse:
        """Same as `hague timeline STATE --json` (`lang`: the State's name in that language)."""
        return ok(_named(led.timeline(state), lang, led))

    @app.get("/api/v1/events", response_model=None, tags=["ledger"], summary="Every recorded event")
    def events(
        kind: Annotated[str | None, Query(description="Only this kind of event.")] = None,
        since: Annotated[str | None, Query(description="Only events on or after this day.")] = None,
    ) -> JSONResponse:
        """Same as `hague events --json`."""
        return ok(led.events(kind, _day(since, "since")))

    @app.get("/api/v1/states", response_model=None, tags=["ledger"], summary="Every State hague covers, with codes")
    def states(lang: LangQ = None) -> JSONResponse:
        """Each State's codes, name (in `lang`: CLDR's, through Babel) and regional group: `group` as
        the data names it (English, the same in every language: what a program compares), and with
        `lang` fr or es `group_name`, its name in that language."""
        code = i18n.language(lang)
        rows = []
        for c in sorted(led.states):
            group = led.groups.get(c)
            row = {
                "iso3": c,
                "name": state_names.local_name(c, code),
                "numeric": state_names.numeric(c),
                "group": group,
            }
            if code != i18n.DEFAULT:
                row["group_name"] = i18n.text(code, f"group.{group}", group) if group else None
            rows.append(row)
        return ok(rows)

    @app.get(
        "/api/v1/map",
        response_model=None,
        tags=["ledger"],
        summary="Every State's status on a day, compact, for the map",
    )
    def world(on: OnQ = None, lang: LangQ = None) -> JSONResponse:
        """Status, name (in `lang`) and flags of every State, with counts by status."""
        answer = led.world(_day(on))
        code = i18n.language(lang)
        if code != i18n.DEFAULT:
            answer["states"] = [{**s, "name": state_names.local_name(s["iso3"], code)} for s in answer["states"]]
        return ok(answer)

    @app.get(
        "/api/v1/map.csv",
        response_model=None,
        tags=["ledger"],
        summary="The map's data as CSV, with its source and data version",
        responses={200: {"content": {"text/csv": {}}, "description": "CSV, one row a State"}},
    )
    def world_csv(on: OnQ = None, lang: LangQ = None) -> Response:
        """The data the map shows on a day, one row a State: `iso3`, `name` and `status_words` in
        `lang`, `status`, `party`, `caveat` (a known gap in its record), `on`, and on every row
        `data_version` and `source`, so that a copy keeps its provenance (the web map's CSV button)."""
        import csv
        import io

        answer = led.world(_day(on))
        code = i18n.language(lang)
        source = i18n.text(code, "download.source", version=led.version, date=answer["on"])
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        columns = ["iso3", "name", "status", "status_words", "party", "caveat", "on", "data_version", "source"]
        writer.writerow(columns)
        for s in answer["states"]:
            words = i18n.text(code, f"status.short.{s['status']}", SHORT[s["status"]])
            name = state_names.local_name(s["iso3"], code)
            flags = ["true" if s["party"] else "false", "true" if s["caveat"] else "false"]
            row = [s["iso3"], name, s["status"], words, *flags, answer["on"], led.version, source]
            writer.writerow(row)
        filename = f"hague-map-{answer['on']}-{code}-data-{led.version}.csv"
        return Response(
            out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{filename}"', "x-hague-data-version": led.version},
        )

    # -- rules ------------------------------------------------------------------------
    def jurisdiction(**values: Any) -> JSONResponse:
        """Same as `hague jurisdiction … --json`: verdict, periods with bases, trace, caveats.
        The parameters are the question's fields (GET /api/v1/jurisdiction/fields); `lang`
        (en, fr, es) gives the trace's questions and reasons, the bases and the caveats in
        that language, from the same renderer as the CLI's (the data's own caveats in the
        language their file gives)."""
        lang = i18n.language(values.pop("lang", None))
        conduct, assume = question({name.removesuffix("_"): value for name, value in values.items()})
        return ok(decide(conduct, led, assume).to_json(lang))

    jurisdiction.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            *_question_parameters(),
            inspect.Parameter("lang", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=LangQ),
        ]
    )
    app.get(
        "/api/v1/jurisdiction", response_model=None, tags=["rules"], summary="May the Court exercise jurisdiction?"
    )(jurisdiction)

    @app.get(
        "/api/v1/jurisdiction/fields",
        response_model=None,
        tags=["rules"],
        summary="The fields of the jurisdiction question",
    )
    def jurisdiction_fields(lang: LangQ = None) -> JSONResponse:
        """Each field's name (the query parameter), CLI flag, help (in `lang`), type, whether it
        repeats or is required, default and valid values: the declaration the CLI, this API and
        the web wizard share."""
        code = i18n.language(lang)
        fields = [{**f.to_json(), "help": i18n.text(code, f"field.help.{f.name}", f.help)} for f in FIELDS]
        return ok({"fields": fields, "meta": led.meta})

    # -- registry -----------------------------------------------------------------------
    @app.get("/api/v1/situations", response_model=None, tags=["registry"], summary="Situations on a day")
    def situations(
        on: OnQ = None,
        state: Annotated[str | None, Query(description=STATE_FILTER_HELP)] = None,
        lang: LangQ = None,
    ) -> JSONResponse:
        """Same as `hague situations --json`; `lang`: each situation's `name` in that language, with
        `name_source` (the Court's publication of that name, or null where hague made it from a
        pattern and CLDR's State names), and `since_why` in it. `since` is the day of the act that
        began the current stage (a decision, not the day it was made public); `since_announced` the
        day that act was made public where later (Burundi: authorised 2017-10-25, made public
        2017-11-09), `since_public_on_day` whether it was public by `on`."""
        code = i18n.language(lang)
        return ok(registry_of(led).situations(_day(on), state_names.resolve(state) if state else None, code))

    @app.get("/api/v1/situations/{ident:path}", response_model=None, tags=["registry"], summary="One situation")
    def situation(
        ident: Annotated[str, PathParam(description=SITUATION_HELP)],
        on: OnQ = None,
        lang: LangQ = None,
    ) -> JSONResponse:
        """Same as `hague situation ID --json`: an id (icc-01-22), a number (ICC-01/22, the slash
        as is), a name (ukraine) or a State (UKR). Several fit (Venezuela): 400, listed in `valid`.
        `lang`: the name in that language, with `name_source`, as for /api/v1/situations. Each event's
        `date` is the act's own day; `announced` (with its source) the later day it was made public."""
        code = i18n.language(lang)
        return ok(registry_of(led).situation(ident, _day(on), code))

    @app.get("/api/v1/cases", response_model=None, tags=["registry"], summary="Persons charged and their status")
    def cases(
        situation: Annotated[str | None, Query(description=SITUATION_FILTER_HELP)] = None,
        status: Annotated[str | None, Query(description=STATUS_FILTER_HELP)] = None,
        on: OnQ = None,
        lang: LangQ = None,
    ) -> JSONResponse:
        """Same as `hague cases --json`; `lang`: each row's `public_why` in that language."""
        return ok(registry_of(led).cases(situation, status, _day(on), i18n.language(lang)))

    @app.get("/api/v1/stats", response_model=None, tags=["registry"], summary="Coverage analytics")
    def stats(on: OnQ = None, lang: LangQ = None) -> JSONResponse:
        """Same as `hague stats --json` (`lang`: the sources line in that language)."""
        from hague.registry.stats import stats as compute

        return ok(compute(led, _day(on), i18n.language(lang)))

    @app.get(
        "/api/v1/stats/chart.svg",
        response_model=None,
        tags=["registry"],
        summary="Coverage charts as SVG",
        responses={200: {"content": {"image/svg+xml": {}}, "description": "SVG image"}},
    )
    def stats_chart(on: OnQ = None, lang: LangQ = None) -> Response:
        """The charts of `hague stats --chart FILE.svg`, with the sources in the caption; `lang`:
        titles, axis labels, legends and the source line in that language."""
        import tempfile

        from hague.registry.stats import chart
        from hague.registry.stats import stats as compute

        code = i18n.language(lang)
        with tempfile.TemporaryDirectory() as tmp:
            path = chart(compute(led, _day(on), code), Path(tmp) / "stats.svg", code)
            return Response(path.read_bytes(), media_type="image/svg+xml", headers={"content-language": code})

    @app.get("/api/v1/changes", response_model=None, tags=["meta"], summary="Changes to the data (JSON Feed)")
    def changes_feed(
        request: Request,
        since: Annotated[str | None, Query(description="A day (YYYY-MM-DD) or a data version.")] = None,
    ) -> JSONResponse:
        """The data versions, newest first, each with its day and what changed (data/CHANGELOG.md), as
        JSON Feed 1.1; the same as `hague changes --json` under `hague`."""
        from hague.changes import changes, json_feed

        answer = changes(since, data_dir=led.data_dir)
        return ok({**json_feed(answer, str(request.base_url).rstrip("/")), "hague": answer})

    @app.get(
        "/changes.atom",
        response_model=None,
        tags=["meta"],
        summary="Changes to the data (Atom)",
        responses={200: {"content": {"application/atom+xml": {}}, "description": "Atom feed"}},
    )
    def changes_atom(request: Request) -> Response:
        """The change feed as Atom, for feed readers."""
        from hague.changes import atom, changes

        body = atom(changes(data_dir=led.data_dir), str(request.base_url).rstrip("/"))
        return Response(body, media_type="application/atom+xml")

    @app.get("/api/v1/health", response_model=None, tags=["meta"], summary="Liveness")
    def health() -> JSONResponse:
        return ok({"status": "ok", "version": meta.__version__})

    @app.get("/api/v1/statuses", response_model=None, tags=["meta"], summary="Every status, in words")
    def statuses(lang: LangQ = None) -> JSONResponse:
        """The status codes of `hague status --json`, each with the words the CLI prints (`label`)
        and the web map's legend shows (`short`), in `lang`."""
        code = i18n.language(lang)
        words = {
            k: {
                "label": i18n.text(code, f"status.label.{k}", v),
                "short": i18n.text(code, f"status.short.{k}", SHORT[k]),
            }
            for k, v in LABELS.items()
        }
        return ok({"statuses": words, "lang": code, "meta": led.meta})

    # -- claims -----------------------------------------------------------------------
    def checked(text: str, as_of: str | None, lang: str | None = None, explain_lang: str | None = None) -> JSONResponse:
        try:
            day = parse_day(as_of, "as_of") if as_of else None
            response = JSONResponse(check(text, day, led, lang, explain_lang))
        except HagueError as exc:
            # the error in the answer's language (explain_lang), else the text's if hague speaks it
            said = next(
                (x.strip().lower() for x in (explain_lang, lang) if x and x.strip().lower() in ("fr", "es")), "en"
            )
            return JSONResponse(i18n.error_dict(exc, said), status_code=400)
        response.headers["x-hague-data-version"] = led.version
        return response

    @app.post("/api/v1/check", response_model=None, tags=["claims"], summary="Find and check claims in a text")
    def check_post(body: CheckBody) -> JSONResponse:
        """Same as `hague check - --json`: each claim with its span, verdict, reasons and evidence, the
        reasons in `explain_lang` (en, fr, es; `lang` is the text's language)."""
        return checked(body.text, body.as_of, body.lang, body.explain_lang)

    @app.get("/api/v1/check", response_model=None, tags=["claims"], summary="Find and check claims in a short text")
    def check_get(
        text: TextQ,
        as_of: AsOfQ = None,
        lang: Annotated[str | None, Query(description="The text's language: auto, en, fr, es, pt or ru.")] = None,
        explain_lang: Annotated[str | None, Query(alias=EXPLAIN_LANG, description=EXPLAIN_LANG_HELP)] = None,
    ) -> JSONResponse:
        """Same as the POST form, for short texts in the URL."""
        return checked(text, as_of, lang, explain_lang)

    # -- the Statute's text -------------------------------------------------------------
    @app.get(
        "/api/v1/statute/{article}",
        response_model=None,
        tags=["rules"],
        summary="An article of the Statute: its text, the rules that apply it, the decisions on it",
    )
    def statute(
        article: Annotated[
            str, PathParam(description=f"The article (one of {', '.join(ARTICLES)}) or a provision, 12(2)(a).")
        ],
        lang: Annotated[
            str | None, Query(description="en, fr or es; any other value: the English text, with a notice.")
        ] = None,
    ) -> JSONResponse:
        """Same as `hague statute ARTICLE --lang LANG --json`: the article's paragraphs as
        officially published in `lang` (with the English of any paragraph that language lacks,
        and the note why), its source, hague's rules that apply it (function names, from the
        code) and the decisions in hague's tests that rest on it. `article` may be a provision
        as a trace step writes it (`12(2)(a)`): its article, with `paragraph` and `href`, where
        the page /statute/12 shows it (`/statute/12#p2`). An unknown article: 404, naming the
        articles held."""
        from hague.articles import statute_article

        return ok(statute_article(article, lang))

    # -- web app ----------------------------------------------------------------------
    for route, page in PAGES.items():
        app.add_api_route(route, _page(page), include_in_schema=False, methods=["GET"])
    app.add_api_route("/state/{iso3}", _page("state.html"), include_in_schema=False, methods=["GET"])
    app.add_api_route("/embed/map", _embed(), include_in_schema=False, methods=["GET"])
    app.add_api_route("/statute/{article}", _statute(), include_in_schema=False, methods=["GET"])
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


MAX_BODY = 1 << 20  # bytes of a request body (pasted articles are far smaller)
MAX_QUERY = 8 << 10  # bytes of a query string


class SizeLimits:
    """Pure ASGI middleware: a body over MAX_BODY or a query string over MAX_QUERY is
    answered 413 with a JSON body naming the limit, before any handler reads it."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > MAX_QUERY:
            await _too_large(send, f"query string over {MAX_QUERY} bytes", "query")
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
            await _too_large(send, f"request body over {MAX_BODY} bytes", "body")
            return
        # Read the whole body first (it is small, or refused): a chunked body with no length
        # is then refused 413 like any other, before the handler's parser sees it.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > MAX_BODY:
                await _too_large(send, f"request body over {MAX_BODY} bytes", "body")
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Any, what: str, field: str) -> None:
    await _refuse(send, 413, f"{what}: send less", field)


DEFAULT_TIMEOUT = 30.0  # the largest text /api/v1/check accepts (1 MB) takes about 8 s


def request_timeout(text: str) -> float:
    """Seconds, a positive number; a clear error naming the setting otherwise."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        raise HagueError(f"request timeout: {text!r} is not a positive number of seconds", field="timeout")
    return seconds


class TimeLimit:
    """Pure ASGI middleware: a request not answered within `seconds` is refused with 408 if
    its body was still arriving (a slow or stalled client holding a connection) and 503 if
    the answer took too long, each with a JSON body naming the limit. A response already
    begun is cut off instead: its status line has gone out."""

    def __init__(self, app: Any, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        body_in = headers.get(b"content-length", b"0") in (b"0", b"") and b"transfer-encoding" not in headers
        started = False

        async def receiving() -> Any:
            nonlocal body_in
            message = await receive()
            if message["type"] == "http.request" and not message.get("more_body", False):
                body_in = True
            return message

        async def sending(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await asyncio.wait_for(self.app(scope, receiving, sending), self.seconds)
        except TimeoutError:
            if started:
                return
            if body_in:
                await _refuse(send, 503, f"no answer within the server's limit of {self.seconds:g} s", None)
            else:
                await _refuse(send, 408, f"request body not received within {self.seconds:g} s", "body")


async def _refuse(send: Any, status: int, error: str, field: str | None) -> None:
    import json

    body = json.dumps({"error": error, "field": field, "valid": None}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class HeadAsGet:
    """HEAD answered as GET without the body (FastAPI routes GET only, and Allow said HEAD)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Any) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


#: API paths whose answer depends on a day that defaults to today: cacheable only when the
#: request gives every one of them, on or before today (a later day is answered as projected
#: from today's record). Prefixes ending in "/" take a path parameter.
TODAY_DEFAULTS: dict[str, tuple[str, ...]] = {
    "/api/v1/status": ("on",),
    "/api/v1/status/": ("on",),
    "/api/v1/parties": ("on",),
    "/api/v1/map": ("on",),
    "/api/v1/map.csv": ("on",),
    "/api/v1/situations": ("on",),
    "/api/v1/situations/": ("on",),
    "/api/v1/cases": ("on",),
    "/api/v1/stats": ("on",),
    "/api/v1/stats/chart.svg": ("on",),
    "/api/v1/jurisdiction": (),  # a state referral's date defaults to today: see Caching.stable
    "/api/v1/jurisdiction/fields": (),
    "/api/v1/statuses": (),
    "/api/v1/states": (),
    "/api/v1/events": (),
    "/api/v1/timeline/": (),
    "/api/v1/statute/": (),
}
CACHE_SECONDS = 3600
CACHE_CONTROL = f"public, max-age={CACHE_SECONDS}".encode()
_ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"


class Caching:
    """Pure ASGI middleware: a GET answer that depends only on the data (its version), hague's
    version and the URL carries a weak `ETag` and `Cache-Control: public, max-age=3600`; a
    request whose `If-None-Match` names it gets 304 without the answer being worked out
    again. Other API answers (a day defaulting to today, a text to check, liveness) say
    `Cache-Control: no-cache`."""

    def __init__(self, app: Any, version: str) -> None:
        self.app = app
        self.version = version

    def stable(self, path: str, query: str) -> bool:
        """Whether the answer to this GET depends only on the data, the code and the URL."""
        key = (
            path
            if path in TODAY_DEFAULTS
            else next(
                (p for p in TODAY_DEFAULTS if p.endswith("/") and path.startswith(p) and len(path) > len(p)), None
            )
        )
        if key is None:
            return False
        values = parse_qs(query, keep_blank_values=True)
        needed = list(TODAY_DEFAULTS[key])
        if key == "/api/v1/jurisdiction" and values.get("trigger", [""])[-1] == "state_referral":
            needed.append("referral_date")
        today = date.today().isoformat()
        return all(
            len(values.get(name, [])) == 1 and re.match(_ISO_DAY, values[name][0]) and values[name][0] <= today
            for name in needed
        )

    def tag(self, path: str, query: str) -> str:
        digest = hashlib.sha256(f"{meta.__version__}\n{path}\n{query}".encode()).hexdigest()[:20]
        return f'W/"{self.version}-{digest}"'

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "GET" or not path.startswith("/api/v1/"):
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        etag = self.tag(path, query) if self.stable(path, query) else None
        if etag is not None:
            asked = dict(scope.get("headers", [])).get(b"if-none-match", b"").decode("latin-1")
            if asked.strip() == "*" or etag in (t.strip() for t in asked.split(",")):
                await send(
                    {
                        "type": "http.response.start",
                        "status": 304,
                        "headers": [
                            (b"etag", etag.encode()),
                            (b"cache-control", CACHE_CONTROL),
                            (b"x-hague-data-version", self.version.encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": b""})
                return

        async def tagged(message: Any) -> None:
            if message["type"] == "http.response.start":
                replaced = (b"etag", b"cache-control")
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in replaced]
                if etag is not None and message["status"] == 200:
                    headers += [(b"etag", etag.encode()), (b"cache-control", CACHE_CONTROL)]
                else:
                    headers.append((b"cache-control", b"no-cache"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, tagged)


class Cors:
    """Pure ASGI middleware: the API may be read from pages on other sites. Every answer under
    /api/v1/ (and /openapi.json) says `Access-Control-Allow-Origin: *` and exposes `ETag` and
    `X-Hague-Data-Version`; a preflight (OPTIONS with Access-Control-Request-Method) is
    answered 204 for GET and HEAD anywhere there, and for POST on /api/v1/check. No
    credentials: the API has no cookies or users."""

    ORIGIN = [
        (b"access-control-allow-origin", b"*"),
        (b"access-control-expose-headers", b"ETag, X-Hague-Data-Version"),
    ]

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path.startswith("/api/v1/") or path == "/openapi.json"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        wanted = headers.get(b"access-control-request-method", b"").decode("latin-1").upper()
        if scope["method"] == "OPTIONS" and wanted:
            methods = "GET, HEAD, POST" if path == "/api/v1/check" else "GET, HEAD"
            allowed = wanted in methods.split(", ")
            await send(
                {
                    "type": "http.response.start",
                    "status": 204 if allowed else 405,
                    "headers": [
                        *self.ORIGIN,
                        (b"access-control-allow-methods", methods.encode()),
                        (b"access-control-allow-headers", b"Content-Type, If-None-Match"),
                        (b"access-control-max-age", b"86400"),
                        (b"allow", methods.encode()),
                        *SecurityHeaders.HEADERS,
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_origin(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.ORIGIN]}
            await send(message)

        await self.app(scope, receive, with_origin)


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware): a strict Content-Security-
    Policy (no inline or remote scripts, no framing) and no MIME sniffing, on every response."""

    HEADERS = [
        (
            b"content-security-policy",
            b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            b"frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
    ]
    #: The embed (/embed/…) is made to be framed by any site: the same policy, but any ancestor.
    EMBED_HEADERS = [
        (
            b"content-security-policy",
            b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            b"frame-ancestors *; base-uri 'none'; form-action 'self'",
        ),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
    ]

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = self.EMBED_HEADERS if scope.get("path", "").startswith("/embed/") else self.HEADERS

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + headers
            await send(message)

        await self.app(scope, receive, with_headers)


def _answer(version: str) -> Callable[[Any], JSONResponse]:
    def ok(data: Any) -> JSONResponse:
        """The answer as JSON, already plain data: skips FastAPI's generic encoder, which
        costs more than deciding the question. Lists carry the data version in a header."""
        response = JSONResponse(data)
        response.headers["x-hague-data-version"] = version
        return response

    return ok


def error_language(request: Request) -> str:
    """The language of a 4xx answer's `error`: the request's `lang` (en, fr, es); for a `lang`
    that is none of these (the error may be that), the Accept-Language header's choice; else
    English. `field` and `valid` are the same in every language."""
    asked = request.query_params.get("lang")
    if asked is None:
        return i18n.DEFAULT
    code = asked.strip().lower()
    return code if code in i18n.LANGUAGES else i18n.negotiate(request.headers.get("accept-language"))


def _named(answer: dict[str, Any], lang: str | None, led: Ledger) -> dict[str, Any]:
    """An answer about one State in `lang` (hague.registry.names.state_answer, which `hague status
    --lang` prints too)."""
    from hague.registry.names import state_answer

    return state_answer(answer, i18n.language(lang), led)


def _embed() -> Any:
    """The bare map for an iframe (/embed/map?date=…&lang=…); a bad date is answered 400 with
    the message in the page, in its language."""
    from hague.api import pages

    def serve(request: Request) -> HTMLResponse:
        body, lang = pages.page(request, "embed.html")
        status = 200
        asked = request.query_params.get("date")
        if asked:
            try:
                parse_day(asked, "date")
            except HagueError as exc:
                body, status = pages.embed_error(body, lang, exc.message), 400
        return HTMLResponse(body, status_code=status, headers={"content-language": lang, "vary": "Accept-Language"})

    return serve


def _statute() -> Any:
    """The article page (/statute/12?lang=fr), built from the JSON of /api/v1/statute/12; an
    unknown article is a 404 page naming the articles held."""
    from hague.api import pages

    def serve(request: Request, article: str) -> Response:
        target = pages.statute_redirect(request, article)  # a provision, 12(3): the paragraph
        if target is not None:
            return RedirectResponse(target, status_code=307)
        body, lang, status = pages.statute_page(request, article)
        return HTMLResponse(body, status_code=status, headers={"content-language": lang, "vary": "Accept-Language"})

    return serve


def _page(name: str) -> Any:
    """A page in the reader's language (hague.api.pages: `?lang=`, else Accept-Language)."""
    from hague.api import pages

    def serve(request: Request) -> HTMLResponse:
        body, lang = pages.page(request, name)
        return HTMLResponse(body, headers={"content-language": lang, "vary": "Accept-Language"})

    return serve
