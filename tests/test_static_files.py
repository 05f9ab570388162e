"""The tests' whitenoise (tests/static_files.py) serves what whitenoise itself would."""

from whitenoise import middleware

from tests.static_files import WhiteNoiseMiddleware


def served(instance):
    """{URL: (the file sent, the headers)} for each URL the middleware answers."""
    answers = {}
    for url, static_file in instance.files.items():
        response = static_file.get_response("GET", {})
        answers[url] = (response.file and response.file.name, response.headers)
        if response.file:
            response.file.close()
    return answers


def test_the_kept_listing_is_whitenoises_own():
    WhiteNoiseMiddleware(lambda request: None)  # listed and kept
    kept = WhiteNoiseMiddleware(lambda request: None)
    own = middleware.WhiteNoiseMiddleware(lambda request: None)
    assert "/static/css/portal.css" in own.files
    assert served(kept) == served(own)


def test_another_static_url_gets_a_listing_of_its_own(settings):
    WhiteNoiseMiddleware(lambda request: None)
    settings.STATIC_URL = "/assets/"
    kept = WhiteNoiseMiddleware(lambda request: None)
    assert "/assets/css/portal.css" in kept.files
    assert not any(url.startswith("/static/") for url in kept.files)


def test_other_whitenoise_settings_get_a_listing_of_their_own(settings):
    WhiteNoiseMiddleware(lambda request: None)
    settings.WHITENOISE_MAX_AGE = 7
    kept = WhiteNoiseMiddleware(lambda request: None)
    headers = dict(kept.files["/static/css/portal.css"].get_response("GET", {}).headers)
    assert headers["Cache-Control"] == "max-age=7, public"
