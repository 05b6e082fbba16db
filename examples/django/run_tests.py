"""Runs the server-rendered banner's Django example under Django's test client.

    python3 examples/django/run_tests.py   (after `npm run build`; npm test runs it)

It renders the banner with the package's own command (bin/portal-cookie-consent.mjs), checks
the Python reader against the shared vectors (test/vectors/consent-cookies.json), then the page
and the form view as a visitor meets them. Standalone: settings are configured here.
"""

import json
import subprocess
import sys
import unittest
from datetime import datetime
from pathlib import Path

import django
from django.conf import settings
from django.urls import path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

settings.configure(
    DEBUG=False,
    SECRET_KEY="example",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=["portal"],
    STATIC_URL="/static/",
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}],
    COOKIE_CONSENT={"policy_url": "/pages/cookies", "exempt_ids": []},
)
django.setup()

from django.test import Client  # noqa: E402

from portal.cookie_consent import consent_form, read_consent  # noqa: E402
from portal.views import BANNER, page  # noqa: E402

urlpatterns = [path("", page), path("consent", consent_form)]


def setUpModule():
    # The snippet, as a Django portal makes it: the package's command, once per release.
    html = subprocess.run(
        ["node", str(ROOT / "bin/portal-cookie-consent.mjs"), "render", "--lang", "fr",
         "--platform", "https://inai.opendatasoft.com", "--policy-url", "/pages/cookies", "--form-action", "/consent"],
        check=True, capture_output=True, text=True,
    ).stdout
    BANNER.write_text(html, encoding="utf-8")


class SharedVectors(unittest.TestCase):
    def test_the_python_reader_agrees_with_the_browser_and_node(self):
        vectors = json.loads((ROOT / "test/vectors/consent-cookies.json").read_text(encoding="utf-8"))["vectors"]
        self.assertGreaterEqual(len(vectors), 30)
        for v in vectors:
            o = v["options"]
            with self.subTest(v["name"]):
                record = read_consent(
                    v["header"],
                    cookie_name=o.get("cookieName", "cookies_preferences"),
                    revision=o.get("revision", 0),
                    expires_days=o.get("expiresDays", 180),
                    category_ids=o.get("categoryIds"),
                    service_ids=o.get("serviceIds"),
                    now=datetime.fromisoformat(o["now"].replace("Z", "+00:00")),
                )
                if v["expect"] is None:
                    self.assertIsNone(record)
                else:
                    self.assertIsNotNone(record)
                    self.assertEqual(record["categories"], v["expect"]["categories"])
                    self.assertEqual(record.get("services"), v["expect"].get("services"))


class ThePage(unittest.TestCase):
    def setUp(self):
        self.client = Client()

    def test_without_a_choice_the_banner_is_in_the_html(self):
        response = self.client.get("/")
        body = response.content.decode()
        self.assertEqual(response["Vary"], "Cookie")
        self.assertIn('<template shadowrootmode="open">', body)
        self.assertIn('<form method="post" action="/consent">', body)
        self.assertIn("Tout refuser", body)

    def test_reject_without_javascript_stores_the_choice_and_the_banner_goes(self):
        response = self.client.post("/consent", {"choice": "reject"}, HTTP_SEC_FETCH_SITE="same-origin", HTTP_REFERER="http://testserver/")
        self.assertEqual(response.status_code, 303)
        self.assertEqual(response["Location"], "http://testserver/")
        morsel = response.cookies["cookies_preferences"]
        self.assertEqual((morsel["path"], morsel["samesite"]), ("/", "Lax"))
        record = read_consent(f"cookies_preferences={morsel.coded_value}", category_ids=["necessary", "statistics"])
        self.assertEqual(record["categories"], {"necessary": True, "statistics": False})
        # The next page: the server finds the choice, and renders no banner.
        body = self.client.get("/").content.decode()
        self.assertNotIn("<template", body)
        self.assertIn("<cookie-consent", body)

    def test_accept_keeps_the_id_of_the_choice_it_replaces(self):
        first = self.client.post("/consent", {"choice": "reject"}, HTTP_SEC_FETCH_SITE="same-origin")
        before = read_consent(f"cookies_preferences={first.cookies['cookies_preferences'].coded_value}")
        second = self.client.post("/consent", {"choice": "accept"}, HTTP_SEC_FETCH_SITE="same-origin")
        after = read_consent(f"cookies_preferences={second.cookies['cookies_preferences'].coded_value}")
        self.assertEqual(after["id"], before["id"])
        self.assertTrue(after["categories"]["statistics"])

    def test_customize_leads_to_the_policy_page(self):
        response = self.client.post("/consent", {"choice": "customize"}, HTTP_SEC_FETCH_SITE="same-origin")
        self.assertEqual((response.status_code, response["Location"]), (303, "/pages/cookies"))
        self.assertNotIn("cookies_preferences", response.cookies)

    def test_a_cross_site_post_is_refused(self):
        self.assertEqual(self.client.post("/consent", {"choice": "accept"}, HTTP_SEC_FETCH_SITE="cross-site").status_code, 403)
        self.assertEqual(self.client.post("/consent", {"choice": "accept"}, HTTP_ORIGIN="https://evil.example").status_code, 403)
        self.assertEqual(self.client.get("/consent").status_code, 405)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=1).result
    sys.exit(0 if result.wasSuccessful() else 1)
