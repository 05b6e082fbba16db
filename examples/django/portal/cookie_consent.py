"""The visitor's cookie choice on a Django portal, as <cookie-consent> stores it.

A short Python twin of ``portal-cookie-consent/server`` (src/server/read-consent.ts and
consent-form.ts), held to the same shared test vectors (test/vectors/consent-cookies.json):
``read_consent`` reads the choice from a request's Cookie header with the browser's rules, and
``consent_form`` stores a choice posted by the server-rendered banner's form, for visitors
whose JavaScript has not run.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_exempt

NECESSARY = "necessary"
ID = re.compile(r"^[a-z][\w-]{0,39}$", re.IGNORECASE)
UUID_V4 = re.compile(r"^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$")
ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$")
DAY = timedelta(days=1)
# 2020-01-01: no record is older.
EPOCH = datetime(2020, 1, 1, tzinfo=timezone.utc)


def _decode(value: str) -> str:
    """js-cookie's reading: drop surrounding quotes, undo runs of %XX (as UTF-8; bad ones raise)."""
    if value.startswith('"'):
        value = value[1:-1]
    return re.sub(r"(%[0-9A-Fa-f]{2})+", lambda m: bytes.fromhex(m.group(0).replace("%", "")).decode("utf-8"), value)


def _encode(value: str) -> str:
    """js-cookie's writing: encodeURIComponent, then the characters a cookie value may hold as they are."""
    encoded = quote(value, safe="-_.!~*'()")
    return re.sub(r"%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])", lambda m: bytes.fromhex(m.group(1)).decode(), encoded)


def _date(value: object) -> datetime | None:
    """A date as JavaScript's toISOString writes it; None for anything else (February 30th included)."""
    if not isinstance(value, str) or not ISO_DATE.match(value):
        return None
    try:
        parsed = datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    fraction = value[20:-1] if len(value) > 20 else ""
    return parsed + timedelta(milliseconds=int(fraction.ljust(3, "0"))) if fraction else parsed


def _entries(value: object) -> list[tuple[str, object]]:
    """A JSON object's entries; a list's as JavaScript's Object.entries gives them; anything else none."""
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        return [(str(i), v) for i, v in enumerate(value)]
    return []


def _refuse_constant(name: str) -> None:
    raise ValueError(name)  # NaN, Infinity: not JSON to a browser


def read_consent(
    cookie_header: str | None,
    *,
    cookie_name: str = "cookies_preferences",
    revision: int = 0,
    expires_days: int = 180,
    category_ids: list[str] | None = None,
    service_ids: list[str] | None = None,
    now: datetime | None = None,
) -> dict | None:
    """The stored choice, or None where there is no valid one, with the browser's rules."""
    now = now or datetime.now(timezone.utc)
    values = [pair[len(cookie_name) + 1 :] for pair in re.split(r";\s*", cookie_header or "") if pair.split("=", 1)[0] == cookie_name]
    if not values or any(other != values[0] for other in values[1:]):
        return None  # no cookie, or copies that differ (cookie tossing)
    try:
        record = json.loads(_decode(values[0]), parse_constant=_refuse_constant)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    given, updated = _date(record.get("given")), _date(record.get("updated"))
    rev = record.get("revision")
    if isinstance(rev, float) and rev.is_integer():
        rev = int(rev)
    categories, services = _entries(record.get("categories")), _entries(record.get("services"))
    ok = (
        record.get("schema") == 1
        and not isinstance(record.get("schema"), bool)
        and isinstance(record.get("id"), str)
        and UUID_V4.match(record["id"])
        and isinstance(rev, int)
        and not isinstance(rev, bool)
        and 0 <= rev <= revision
        and given is not None
        and updated is not None
        and EPOCH <= given <= updated <= now + DAY
        and all(ID.match(key) and isinstance(accepted, bool) for key, accepted in categories + services)
        and any(key == NECESSARY and accepted is True for key, accepted in categories)
    )
    if not ok or rev < revision or now - updated > timedelta(days=expires_days):
        return None
    chosen, per_service = dict(categories), dict(services)
    if any(key not in chosen for key in category_ids or []) or any(key not in per_service for key in service_ids or []):
        return None
    out = {k: record[k] for k in ("schema", "id", "given", "updated")}
    out.update(revision=rev, categories=chosen)
    if per_service:
        out["services"] = per_service
    return out


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _options() -> dict:
    """The element's attributes and inventory, as the portal configures them (settings.COOKIE_CONSENT)."""
    return {
        "cookie_name": "cookies_preferences",
        "revision": 0,
        "expires_days": 180,
        "category_ids": [NECESSARY, "statistics"],
        "service_ids": [],
        "exempt_ids": [],
        "policy_url": "/",
        "cookie_domain": None,
        **getattr(settings, "COOKIE_CONSENT", {}),
    }


def request_consent(request: HttpRequest, now: datetime | None = None) -> dict | None:
    """The choice a request carries, read with the portal's settings (COOKIE_CONSENT)."""
    o = _options()
    return read_consent(
        request.headers.get("Cookie"),
        cookie_name=o["cookie_name"],
        revision=o["revision"],
        expires_days=o["expires_days"],
        category_ids=o["category_ids"],
        service_ids=o["service_ids"],
        now=now,
    )


@csrf_exempt  # the check below is the element's: Sec-Fetch-Site, else Origin
def consent_form(request: HttpRequest) -> HttpResponse:
    """The server-rendered banner's form (choice=accept|reject|customize): store, then 303 back."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    here = f"{request.scheme}://{request.get_host()}"
    site, origin = request.headers.get("Sec-Fetch-Site"), request.headers.get("Origin")
    if (site and site != "same-origin") or (not site and origin and origin != here):
        return HttpResponse(status=403)
    choice = request.POST.get("choice", "")
    if choice not in ("accept", "reject", "customize"):
        return HttpResponse(status=400)
    o = _options()
    referer = request.headers.get("Referer", "")
    back = referer if referer and f"{urlsplit(referer).scheme}://{urlsplit(referer).netloc}" == here else "/"
    if choice == "customize":
        return HttpResponse(status=303, headers={"Location": o["policy_url"]})
    now = datetime.now(timezone.utc)
    previous = request_consent(request, now)

    def value(key: str, kind: str) -> bool:
        if key == NECESSARY or choice == "accept":
            return True
        # "Reject all" leaves exempt measurement as it was (on, unless an earlier choice objected).
        return key in o["exempt_ids"] and (previous is None or previous.get(kind, {}).get(key) is True)

    record = {
        "schema": 1,
        "id": previous["id"] if previous else str(uuid.uuid4()),
        "revision": o["revision"],
        "given": previous["given"] if previous else _iso(now),
        "updated": _iso(now),
        "categories": {key: value(key, "categories") for key in o["category_ids"]},
    }
    if o["service_ids"]:
        record["services"] = {key: value(key, "services") for key in o["service_ids"]}
    response = HttpResponse(status=303, headers={"Location": back, "Cache-Control": "no-store"})
    response.set_cookie(
        o["cookie_name"],
        _encode(json.dumps(record, separators=(",", ":"))),
        expires=now + timedelta(days=o["expires_days"]),
        path="/",
        domain=o["cookie_domain"],
        secure=request.is_secure(),
        samesite="Lax",
    )
    return response
