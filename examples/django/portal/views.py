"""The portal's page: the banner, rendered by portal-cookie-consent's command once (see README.md),
included only when the server finds no valid choice in the request."""

from pathlib import Path

from django.conf import settings
from django.shortcuts import render
from django.utils.safestring import mark_safe

from .cookie_consent import request_consent

# `npx portal-cookie-consent render --lang fr --platform https://inai.opendatasoft.com
#   --policy-url /pages/cookies --form-action /consent > portal/cookie_consent_banner.html`
BANNER = Path(__file__).with_name("cookie_consent_banner.html")


def page(request):
    consent = request_consent(request)
    # Read as it is, not as a template: its CSS and JSON hold braces that are not Django's.
    banner = None if consent else mark_safe(BANNER.read_text(encoding="utf-8"))
    response = render(request, "portal/page.html", {"banner": banner, "consent": consent, "static": settings.STATIC_URL})
    # The page differs with the visitor's cookie: no shared cache may keep one for all.
    response["Vary"] = "Cookie"
    return response
