"""Static files as production serves them, and what a first visit costs."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client, override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.any_database]  # collectstatic
ONE_YEAR = 365 * 24 * 60 * 60


PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


@pytest.fixture(scope="module")
def collected_root(tmp_path_factory):
    """collectstatic with the production storage into a fresh folder, once (it compresses)."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=root, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", "--noinput", verbosity=0)
    return root


@pytest.fixture
def collected(settings, collected_root):
    """...served by whitenoise as in production."""
    settings.STATIC_ROOT = collected_root
    settings.STORAGES = PRODUCTION_STORAGES
    settings.WHITENOISE_USE_FINDERS = False
    return collected_root


def test_static_files_have_hashed_names_and_gzip_and_brotli_copies(collected):
    hashed = [path for path in (collected / "css").iterdir() if path.suffix == ".css"]
    portal = [path for path in hashed if re.fullmatch(r"portal\.[0-9a-f]{12}\.css", path.name)]
    assert len(portal) == 1
    assert portal[0].with_name(portal[0].name + ".gz").exists()
    assert portal[0].with_name(portal[0].name + ".br").exists()


def test_hashed_static_files_are_served_brotli_compressed_and_immutable(collected):
    from django.contrib.staticfiles.storage import staticfiles_storage

    url = staticfiles_storage.url("css/portal.css")
    assert re.search(r"portal\.[0-9a-f]{12}\.css$", url)
    response = Client().get(url, headers={"accept-encoding": "gzip, deflate, br"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    cache_control = response["Cache-Control"]
    assert "immutable" in cache_control and "public" in cache_control
    max_age = int(re.search(r"max-age=(\d+)", cache_control).group(1))
    assert max_age >= ONE_YEAR


ASSET = re.compile(r'(?:href|src)="/static/([^"?#]+)"')
FIRST_VISIT_LIMIT = 100 * 1024


@pytest.mark.parametrize(
    "url",
    [
        "/nl/",
        "/de/services/",
        "/en/services/grensinfopunt/",
        "/fr/topics/tax/",
        "/nl/conferences/geleen/",
        "/en/search/?q=question",
        "/nl/about/",
    ],
)
def test_a_first_visit_transfers_at_most_100_kb_compressed(site_content, url):
    """The page itself, compressed as the portal sends it, plus every static file it references
    (stylesheets, scripts, icons, images), gzipped as whitenoise serves them (brotli is smaller)."""
    response = Client().get(url, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    total = len(response.content)
    assets = set(ASSET.findall(gzip.decompress(response.content).decode()))
    assert "css/portal.css" in assets
    for asset in assets:
        path = finders.find(asset)
        assert path, asset
        with open(path, "rb") as file:
            total += len(gzip.compress(file.read()))
    assert total <= FIRST_VISIT_LIMIT, (url, total)
