"""Site search: in the visitor's language, ranked, paged, safe with any input."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from portal.models import SearchMiss, SynonymGroup
from services.desks.models import FAQ, GuideEntry, Location
from tests.factories import make_conference, make_desk, make_faq, make_location, make_topic

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="language stemming and accents are PostgreSQL features (SQLite matches whole words)",
)


@pytest.fixture
def desk():
    return make_desk(slug="grensinfopunt", name_nl="Grensinfopunt", name_de="Grenzinfopunkt")


@pytest.fixture
def topic():
    return make_topic(slug="tax", name_nl="Belasting", name_de="Steuern")


def search(client, q, language="nl", **params):
    return client.get(f"/{language}/search/", {"q": q, **params})


def test_finds_a_faq_by_a_word_of_its_question_in_the_visitors_language(client, desk, topic):
    make_faq(
        desk, topic, question_nl="Waar betaal ik belasting?", question_de="Wo zahle ich Steuer?"
    )
    html = search(client, "belasting").content.decode()
    assert "Waar betaal ik <mark>belasting</mark>?" not in html  # titles are not highlighted
    assert "Waar betaal ik belasting?" in html
    assert "/nl/services/grensinfopunt/#faq-" in html
    assert "Wo zahle ich" not in html


def test_whole_words_in_any_case(client, desk, topic):
    make_faq(desk, topic, question_nl="Belasting in België")
    assert "Belasting in België" in search(client, "BELASTING").content.decode()


def test_question_match_ranks_above_answer_match(client, desk, topic):
    make_faq(desk, topic, question_nl="Iets anders", answer_nl="Over pensioen en meer.")
    make_faq(desk, topic, question_nl="Mijn pensioen", answer_nl="Tekst.")
    html = search(client, "pensioen").content.decode()
    assert html.index("Mijn pensioen") < html.index("Iets anders")


def test_finds_desks_topics_locations_and_conferences(client, desk, topic):
    make_location(desk, city="Kerkrade", name_nl="Eurode Business Center")
    make_conference(slug="geleen", title_nl="Conferentie arbeidsmarkt")
    for query, expected in [
        ("grensinfopunt", "/nl/services/grensinfopunt/"),
        ("belasting", "/nl/topics/tax/"),
        ("kerkrade", "#location-"),
        ("arbeidsmarkt", "/nl/conferences/geleen/"),
    ]:
        assert expected in search(client, query).content.decode(), query


def test_snippet_highlights_the_words_found(client, desk, topic):
    make_faq(desk, topic, question_nl="Vraag", answer_nl="U betaalt **belasting** in Nederland.")
    html = search(client, "belasting").content.decode()
    assert "<mark>belasting</mark> in Nederland" in html


def test_result_only_in_a_fallback_language_is_marked_with_it(client, desk, topic):
    make_faq(
        desk,
        topic,
        question_nl="Kinderbijslag uit twee landen",
        question_de="",
        answer_de="",
        question_en="",
        answer_en="",
    )
    html = search(client, "kinderbijslag", language="de").content.decode()
    assert '<span lang="nl">Kinderbijslag uit twee landen</span>' in html


def test_no_fallback_when_the_visitors_language_has_its_own_text(client, desk, topic):
    """An item with a German text is judged on it: Dutch words it has do not find it in German.
    On SQLite and on PostgreSQL."""
    make_faq(
        desk,
        topic,
        question_nl="Kinderbijslag uit twee landen",
        answer_nl="Kinderbijslag krijgt u van de SVB.",
        question_de="Kindergeld aus zwei Ländern",
        answer_de="Das Kindergeld zahlt die Familienkasse.",
        question_en="Child benefit from two countries",
        answer_en="Child benefit comes from the SVB.",
    )
    assert "#faq-" in search(client, "kinderbijslag", language="nl").content.decode()
    assert "#faq-" in search(client, "kindergeld", language="de").content.decode()
    german = search(client, "kinderbijslag", language="de").content.decode()
    assert "Kinderbijslag uit twee landen" not in german
    if 'id="search-suggestion"' in german:
        # PostgreSQL's trigrams know a German word close to it: what is shown is found by that
        # word ("Meinten Sie kindergeld?"), not by the Dutch text.
        assert 'href="?q=kindergeld"' in german
    else:
        assert "#faq-" not in german
        assert "Nichts gefunden" in german
    # English, the first fallback for German, is not searched either.
    assert "#faq-" not in search(client, "benefit", language="de").content.decode()


def test_unpublished_items_are_not_found(client, desk, topic):
    make_faq(desk, topic, question_nl="Verborgen vraag", is_published=False)
    hidden_desk = make_desk(slug="hidden", is_published=False)
    make_faq(hidden_desk, topic, question_nl="Vraag van verborgen balie")
    html = search(client, "verborgen").content.decode()
    assert "Verborgen vraag" not in html
    assert "Vraag van verborgen balie" not in html


def test_results_are_paged(client, desk, topic):
    for n in range(23):
        make_faq(desk, topic, question_nl=f"Grenswerker vraag {n}")
    first = search(client, "grenswerker").content.decode()
    assert "23 resultaten voor “grenswerker”." in first
    assert first.count("#faq-") == 10
    assert "page=2" in first
    third = search(client, "grenswerker", page="3").content.decode()
    assert third.count("#faq-") == 3  # results 21 to 23
    assert 'start="21"' in third
    assert "Pagina 3 van 3" in third
    beyond = search(client, "grenswerker", page="999")
    assert beyond.status_code == 200
    assert "Pagina 3 van 3" in beyond.content.decode()  # the last page
    odd = search(client, "grenswerker", page="abc")
    assert odd.status_code == 200
    assert "Pagina 1 van 3" in odd.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "x" * 5000,
        '"belasting',
        "belasting & | ! <-> :*",
        "a\x00b",
        "😀🇳🇱",
        "ضريبة",
        "'; DROP TABLE services_faq; --",
        "((((",
        "-",
        "*",
        "\u202ebelasting",
        "%",
        "_",
        "__",
        "belasting*",
        "^belasting",
        "question:belasting",
        "title: belasting",
        "{title}: belasting",
        "NEAR(belasting pensioen)",
        "belasting NEAR pensioen",
        "belasting AND OR NOT",
        '"belasting" OR "pensioen"',
        "-belasting +pensioen",
        "belasting " * 500,
        "belastingg " * 500,  # every word unknown: the spelling path
        "zzzz\x00yyyy",
        "مرحبا ضريبة",
        "\u202eﺔﺒﻳﺮﺿ\u202c",
        "שלום",
        "税金",
        "ß" * 40,
        "👩‍👩‍👧 belasting",
    ],
)
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_odd_queries_get_a_normal_page(client, desk, topic, query, language):
    """FTS5 and tsquery syntax, NUL, 5,000 characters, emoji and right-to-left text: a normal
    page on both databases, never a 500."""
    make_faq(desk, topic, question_nl="Belasting", question_fr="Impôts")
    SynonymGroup.objects.create(terms="belasting\nimpôts\ntax")
    response = search(client, query, language=language)
    assert response.status_code == 200


def test_no_results_suggest_topics_and_desk_contacts_and_are_counted(client, desk, topic):
    make_location(desk, phone="+31 43 350 4040")
    html = search(client, "zonnepanelen").content.decode()
    assert "/nl/topics/tax/" in html
    assert "tel:+31433504040" in html
    search(client, "Zonnepanelen")
    miss = SearchMiss.objects.get()
    assert (miss.query, miss.language, miss.count) == ("zonnepanelen", "nl", 2)


def test_counted_misses_hold_no_personal_data(client, desk, topic):
    search(client, "anna@example.org bsn 123456789")
    assert SearchMiss.objects.get().query == "[e-mail] bsn [number]"


@pytest.mark.parametrize(
    "query",
    [
        "grenswerker",  # all words found
        "grenswerkr",  # misspelled: the spelling lookup, then found
        "grenswerker zonnepanelen",  # any word
        "kindergeld",  # a synonym
        "zonnepanelen",  # nothing
    ],
)
def test_search_query_count_does_not_grow_with_results(
    client, desk, topic, django_assert_max_num_queries, query
):
    SynonymGroup.objects.create(terms="kindergeld\ngrenswerker")
    make_faq(desk, topic, question_nl="Grenswerker 0")
    search(client, query)  # the first miss of a text is counted with an insert, later ones not
    cache.clear()  # both measurements read the publication schedule (cached between saves)
    with django_assert_max_num_queries(14) as small:
        search(client, query)
    for n in range(40):
        make_faq(desk, topic, question_nl=f"Grenswerker {n}", answer_nl=f"Tekst {n}")
        make_location(make_desk(), notes_nl=f"Tekst {n}")
        GuideEntry.objects.create(title_nl=f"Iets anders {n}")
        SynonymGroup.objects.create(terms=f"woord{n}\nwort{n}")
    cache.clear()
    with django_assert_max_num_queries(14) as large:
        search(client, query)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_search_query_count_with_every_kind_on_the_page(
    client, desk, topic, django_assert_max_num_queries
):
    """One query per kind on the page, whatever the volume: at most six kinds."""
    make_conference(slug="geleen", title_nl="Grenswerker conferentie")
    for n in range(12):
        make_faq(desk, topic, question_nl=f"Grenswerker {n}")
        make_location(make_desk(name_nl=f"Grenswerker {n}"), name_nl=f"Grenswerker {n}")
        make_topic(name_nl=f"Grenswerker {n}")
        GuideEntry.objects.create(title_nl=f"Grenswerker {n}")
    with django_assert_max_num_queries(14):
        html = search(client, "grenswerker", page="2").content.decode()
    assert "resultaten" in html


def test_a_pages_objects_are_fetched_with_sql_compiled_once(client, desk, topic, compiles):
    """Each kind's objects, and the synonym groups, by prepared queries (core.prepared): another
    search showing as many of them sends the SQL kept from the first, with its own ids."""
    SynonymGroup.objects.create(terms="kinderbijslag\nkindergeld")
    for n in range(3):
        make_faq(desk, topic, question_nl=f"Grenswerker {n}", answer_nl="Over kinderbijslag.")
        make_location(make_desk(), name_nl=f"Grenswerker {n}", notes_nl="Kinderbijslag.")
    assert "#location-" in search(client, "grenswerker").content.decode()
    compiles.clear()
    html = search(client, "kinderbijslag").content.decode()
    compiled = [query.model for query in compiles]
    assert html.count("Grenswerker 2") == 2  # the FAQ and the location, with their desks
    assert "/nl/services/grensinfopunt/#faq-" in html
    assert FAQ not in compiled
    assert Location not in compiled
    assert SynonymGroup not in compiled
    assert "Grenswerker 2" in search(client, "kindergeld").content.decode()  # a synonym


@pytest.mark.parametrize(
    ("language", "field", "text", "query"),
    [
        ("nl", "question_nl", "Waar betaal ik belasting?", "belastingen"),
        ("nl", "question_nl", "Welke belastingen betaal ik?", "belasting"),
        ("de", "question_de", "Wo zahle ich meine Steuern?", "Steuer"),
        ("de", "question_de", "Wo zahle ich meine Steuer?", "Steuern"),
        ("de", "question_de", "Grenzgänger in Deutschland", "grenzganger"),
        ("en", "question_en", "Which taxes do I pay?", "tax"),
        ("fr", "question_fr", "Où payer mes impôts ?", "impot"),
        ("fr", "question_fr", "Le chômage en Belgique", "chomage"),
        ("fr", "question_fr", "Le chomage en Belgique", "chômage"),
        ("nl", "answer_nl", "Centre Céramique, Maastricht", "Ceramique"),
    ],
)
def test_language_stemming_and_accents(client, desk, topic, language, field, text, query):
    """On both databases: SQLite's FTS5 index with Snowball stemmers, PostgreSQL's configs."""
    make_faq(desk, topic, **{field: text})
    html = search(client, query, language=language).content.decode()
    assert "#faq-" in html, (language, query)


@postgres_only
@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_postgres_answers_from_the_gin_index_of_the_visitors_language(client, desk, language):
    from django.contrib.auth.models import AnonymousUser

    from portal.search import Slot, _postgres_sql

    # The search's own SQL: the matches come from the index table's GIN index for the language.
    slots = [Slot([("belasting",)], ("belasting",), 0), Slot([("werk",)], ("werk",), 1)]
    sql, params = _postgres_sql(slots, [("belasting", "werk")], language, AnonymousUser())
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Bitmap Index Scan on portal_search_{language}" in plan, plan
    assert "Seq Scan on portal_search" not in plan


def test_the_index_stores_each_item_in_the_first_language_it_has_a_title_in(client, desk, topic):
    """The vector of an item without a Dutch question is its English one, found on /nl/."""
    make_faq(desk, topic, question_nl="", question_en="Which tax do I pay?", answer_en="Tax.")
    html = search(client, "tax").content.decode()
    assert "#faq-" in html and 'lang="en"' in html


@postgres_only
def test_the_index_expressions_are_the_sql_the_orm_writes():
    """Character for character: the migrations' index expressions and portal/search.py's."""
    import importlib

    from portal.search import CONFIGS, SEARCHABLES

    indexes = {}
    for module in [
        "services.migrations.0003_search_indexes",
        "conferences.migrations.0004_search_indexes",
        "services.migrations.0007_search_indexes_names_and_guide",  # replaces some of 0003
    ]:
        indexes |= {
            name: vector for name, _table, vector in importlib.import_module(module).INDEXES
        }
    expected = {}
    for searchable in SEARCHABLES:
        query = searchable.model.objects.all().query
        compiler = query.get_compiler(connection=connection)
        for language in CONFIGS:
            sql, params = compiler.compile(searchable.vector(language).resolve_expression(query))
            with connection.cursor() as cursor:
                expected[f"{searchable.model._meta.db_table}_search_{language}"] = cursor.mogrify(
                    sql, params
                )
    assert indexes == expected


def test_the_index_follows_every_save_and_delete(client, desk, topic):
    faq = make_faq(desk, topic, question_nl="Waar betaal ik belasting?")
    assert "#faq-" in search(client, "belasting").content.decode()
    faq.question_nl = "Waar bouw ik pensioen op?"
    faq.save()
    assert "#faq-" not in search(client, "belasting").content.decode()
    assert "#faq-" in search(client, "pensioen").content.decode()
    faq.delete()
    assert "#faq-" not in search(client, "pensioen").content.decode()


def test_publication_is_decided_when_searching(client, desk, topic):
    """No re-indexing for a change of publication: also one that bypasses save()."""
    make_faq(desk, topic, question_nl="Waar betaal ik belasting?")
    FAQ.objects.update(is_published=False)
    assert "#faq-" not in search(client, "belasting").content.decode()
    FAQ.objects.update(is_published=True)
    assert "#faq-" in search(client, "belasting").content.decode()


def test_scheduled_publication_is_decided_at_the_time_of_each_search(client, desk, topic):
    """The visibility condition's SQL is compiled once per process; the time in it is each
    search's own (it was the first search's on SQLite, until the process restarted)."""
    start = timezone.now()
    make_faq(
        desk,
        topic,
        question_nl="Waar betaal ik belasting?",
        publish_at=start + datetime.timedelta(hours=1),
        unpublish_at=start + datetime.timedelta(hours=3),
    )
    assert "#faq-" not in search(client, "belasting").content.decode()
    with time_machine.travel(start + datetime.timedelta(hours=2)):
        assert "#faq-" in search(client, "belasting").content.decode()
    with time_machine.travel(start + datetime.timedelta(hours=4)):
        assert "#faq-" not in search(client, "belasting").content.decode()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 index is SQLite's")
def test_the_sqlite_search_reads_each_rows_language_from_its_rowid(client, desk, topic):
    """`_sqlite_sql` keeps the visitor's language by the rowid's lowest two bits (`_row_id`),
    not by the language column: the two must agree for every row."""
    from portal.search import INDEX_TABLE, LANGUAGE_CODES

    make_faq(desk, topic, question_nl="Belasting", question_de="Steuer", question_fr="Impôt")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT rowid & 3, language FROM {INDEX_TABLE}")
        rows = cursor.fetchall()
    assert {language for _code, language in rows} == set(LANGUAGE_CODES)
    assert all(code == LANGUAGE_CODES[language] for code, language in rows)
    assert "Impôt" in search(client, "impot", language="fr").content.decode()
    assert "#faq-" not in search(client, "impot", language="de").content.decode()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 index is SQLite's")
def test_the_sqlite_query_text_of_a_word_is_made_once(client, desk, topic):
    from portal import search as site_search

    SynonymGroup.objects.create(terms="kindergeld\nkinderbijslag\nchild benefit")
    make_faq(desk, topic, question_nl="Kinderbijslag uit twee landen")
    site_search._fts_word.cache_clear()
    assert "Kinderbijslag uit" in search(client, "kindergeld").content.decode()
    made = site_search._fts_word.cache_info().misses
    assert made >= 4  # kindergeld, kinderbijslag, child, benefit
    assert "Kinderbijslag uit" in search(client, "kinderbijslag").content.decode()
    assert site_search._fts_word.cache_info().misses == made


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 index is SQLite's")
def test_rebuild_command_indexes_what_was_written_without_save(client, desk, topic):
    from django.core.management import call_command

    make_faq(desk, topic, question_nl="Waar betaal ik belasting?")
    FAQ.objects.update(question_nl="Waar bouw ik pensioen op?")  # no signal
    assert "#faq-" not in search(client, "pensioen").content.decode()
    call_command("rebuild_search_index", stdout=None)
    assert "#faq-" in search(client, "pensioen").content.decode()


def test_more_words_matched_rank_higher_and_any_word_finds(client, desk, topic):
    one = make_faq(desk, topic, question_nl="Waar betaal ik belasting?")
    both = make_faq(desk, topic, question_nl="Belasting en pensioen in België")
    html = search(client, "belasting pensioen").content.decode()
    assert html.index(f"#faq-{both.pk}") < html.index(f"#faq-{one.pk}")
    some = search(client, "belasting zonnepanelen").content.decode()
    assert some.count("#faq-") == 2


def test_a_full_question_finds_its_case_above_the_opposite_one(client, desk, topic):
    """Stop words ("als", "ik") need not match; the words' pairs put the right case first."""
    wrong = make_faq(desk, topic, question_nl="Ik woon in Nederland en werk in België. Belasting?")
    right = make_faq(desk, topic, question_nl="Ik woon in België en werk in Nederland. Belasting?")
    html = search(client, "als ik in belgie woon en in nederland werk belasting").content.decode()
    assert html.index(f"#faq-{right.pk}") < html.index(f"#faq-{wrong.pk}")


def test_stop_words_are_not_searched_for(client, desk, topic):
    right = make_faq(desk, topic, question_nl="Werkloos")
    make_faq(desk, topic, question_nl="Als ik verhuis, wat moet ik dan doen?")
    html = search(client, "als ik werkloos word").content.decode()
    assert html.count("#faq-") == 1 and f"#faq-{right.pk}" in html


def test_results_matching_far_fewer_words_than_the_best_are_left_out(client, desk, topic):
    make_faq(desk, topic, question_nl="Pensioen, belasting en zorgverzekering in België")
    make_faq(desk, topic, question_nl="Zorgverzekering")
    html = search(client, "pensioen belasting zorgverzekering belgie").content.decode()
    assert html.count("#faq-") == 1


def test_a_desk_ranks_below_answers_unless_the_query_is_its_name(client, topic):
    desk = make_desk(
        slug="service-grensarbeid",
        name_nl="Service Grensarbeid",
        summary_nl="Belasting en grensarbeid: belasting, grensarbeid, belasting.",
    )
    faq = make_faq(
        desk,
        topic,
        question_nl="Hoe en waar betaal ik mijn belasting als werknemer over de grens?",
        answer_nl="Dat hangt af van veel dingen, zoals waar u woont en werkt: bij grensarbeid.",
    )
    html = search(client, "grensarbeid belasting").content.decode()
    assert html.index(f"#faq-{faq.pk}") < html.index('/nl/services/service-grensarbeid/"')
    html = search(client, "service grensarbeid").content.decode()
    assert html.index('/nl/services/service-grensarbeid/"') < html.index(f"#faq-{faq.pk}")


def test_an_abbreviation_alone_finds_what_it_stands_for(client, desk, topic):
    SynonymGroup.objects.create(terms="DRV\nDeutsche Rentenversicherung")
    faq = make_faq(desk, topic, question_nl="Pensioen", answer_nl="De Deutsche Rentenversicherung.")
    assert f"#faq-{faq.pk}" in search(client, "DRV").content.decode()


def test_a_concept_term_finds_the_situation_in_other_words(client, desk, topic):
    SynonymGroup.objects.create(terms="grensarbeider\nwoon in ... werk in")
    faq = make_faq(desk, topic, question_nl="Ik woon in België en werk in Nederland. Belasting?")
    make_faq(desk, topic, question_nl="Ik werk in Nederland. Belasting?")
    html = search(client, "grensarbeider belasting").content.decode()
    assert html.index(f"#faq-{faq.pk}") == html.index("#faq-")  # first


@pytest.mark.parametrize(
    ("terms", "language", "query", "field", "text"),
    [
        (
            "kinderbijslag\nKindergeld\nchild benefit\nallocations familiales",
            "en",
            "kindergeld",
            "question_en",
            "Can I get child benefit from two countries?",
        ),
        (
            "kinderbijslag\nKindergeld\nchild benefit\nallocations familiales",
            "nl",
            "allocations familiales",
            "question_nl",
            "Kan ik kinderbijslag uit twee landen krijgen?",
        ),
        ("30% ruling\n30%-regeling", "nl", "30% ruling", "question_nl", "Wat is de 30%-regeling?"),
        ("30% ruling\n30%-regeling", "en", "30%-regeling", "question_en", "The 30% ruling"),
        ("Finanzamt\ntax office", "en", "finanzamt", "answer_en", "Ask the tax office."),
        ("Finanzamt\ntax office", "de", "Tax Office", "answer_de", "Fragen Sie das Finanzamt."),
    ],
)
def test_synonyms_find_the_answer_in_the_visitors_language(
    client, desk, topic, terms, language, query, field, text
):
    anchor = f"#faq-{make_faq(desk, topic, **{field: text}).pk}"
    other = f"#faq-{make_faq(desk, topic, **{field: '30 days, 30 Tage, 30 dagen'}).pk}"
    if "30" not in query:  # "30" alone finds the 30% texts (any word), synonyms or not
        assert anchor not in search(client, query, language=language).content.decode()
    SynonymGroup.objects.create(terms=terms)
    html = search(client, query, language=language).content.decode()
    assert anchor in html
    assert other not in html  # all words found: not "30" alone


def test_a_synonym_phrase_must_match_whole(client, desk, topic):
    """ "tax office" is one term: a text about "tax" alone is not an office."""
    SynonymGroup.objects.create(terms="Finanzamt\ntax office")
    make_faq(desk, topic, question_en="Which tax do I pay?")
    assert "#faq-" not in search(client, "Finanzamt", language="en").content.decode()


def test_a_synonym_group_needs_two_terms():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        SynonymGroup(terms="kindergeld\n  \n").full_clean()
    SynonymGroup(terms="kindergeld\nchild benefit").full_clean()


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_a_desk_is_found_by_its_name_in_any_language(client, language):
    make_desk(
        slug="grensinfopunt",
        name_nl="Grensinfopunt",
        name_de="Grenzinfopunkt",
        name_en="Cross-border information point",
        name_fr="Point d'information transfrontalier",
    )
    for query in ["Grensinfopunt", "Grenzinfopunkt", "transfrontalier"]:
        html = search(client, query, language=language).content.decode()
        assert f"/{language}/services/grensinfopunt/" in html, (language, query)


def test_guide_entries_are_found_and_link_to_their_situation(client, desk, topic):
    GuideEntry.objects.create(
        lives_in="BE", works_in="NL", role="employee", title_nl="Wonen in België, werken in NL"
    )
    GuideEntry.objects.create(title_nl="Werkgevers in de grensregio")  # any answer
    GuideEntry.objects.create(works_in="NL", role="employer", title_nl="Personeel in NL")
    html = search(client, "wonen").content.decode()
    assert "/nl/my-situation/?lives_in=BE&amp;works_in=NL&amp;role=employee" in html
    # Never the empty form: an answer left open is filled with a common one, which shows it.
    html = search(client, "werkgevers").content.decode()
    assert 'href="/nl/my-situation/?lives_in=NL&amp;works_in=BE&amp;role=employee"' in html
    html = search(client, "personeel").content.decode()
    assert 'href="/nl/my-situation/?lives_in=BE&amp;works_in=NL&amp;role=employer"' in html
    answer = client.get("/nl/my-situation/?lives_in=BE&works_in=NL&role=employer")
    assert "Personeel in NL" in answer.content.decode()


def test_misspelled_words_are_corrected_and_offered(client, desk, topic):
    make_faq(desk, topic, question_nl="Kan ik kinderbijslag uit twee landen krijgen?")
    html = search(client, "kinderbijslg").content.decode()
    assert "#faq-" in html
    assert 'Bedoelde u <a href="?q=kinderbijslag">kinderbijslag</a>?' in html
    html = search(client, "Kinderbijslg twee landen").content.decode()
    assert 'href="?q=kinderbijslag%20twee%20landen"' in html


def test_accented_suggestion_for_a_word_typed_without_accents(client, desk, topic):
    make_faq(desk, topic, question_fr="Le chômage en Belgique", answer_fr="Texte.")
    html = search(client, "chomagr", language="fr").content.decode()
    assert "#faq-" in html
    assert ">chômage</a>" in html


def test_known_words_in_another_form_are_not_corrected(client, desk, topic):
    make_faq(desk, topic, question_nl="Waar betaal ik belasting?")
    html = search(client, "belastingen zonnepanelen").content.decode()
    assert "#faq-" in html  # any word
    assert "Bedoelde u" not in html


def test_no_suggestion_for_a_synonym_or_a_word_that_finds_something(client, desk, topic):
    SynonymGroup.objects.create(terms="kinderbijslag\nKindergeld\nchild benefit")
    make_faq(desk, topic, question_en="Child benefit from two countries", answer_en="Text.")
    make_faq(desk, topic, question_en="Children", answer_en="Kinder garden.")
    html = search(client, "kindergeld", language="en").content.decode()
    assert "#faq-" in html and "Did you mean" not in html
    html = search(client, "kinder", language="en").content.decode()
    assert "#faq-" in html and "Did you mean" not in html


def test_a_compound_is_not_corrected_into_another_word(client, desk, topic):
    make_faq(desk, topic, question_nl="Kan ik kinderbijslag krijgen?")
    html = search(client, "kinderopvangtoeslag").content.decode()
    assert "Bedoelde u" not in html


def test_no_suggestion_from_unpublished_texts(client, desk, topic):
    make_faq(desk, topic, question_nl="Geheime kinderbijslagregeling", is_published=False)
    html = search(client, "kinderbijslagregelin").content.decode()
    assert "Bedoelde u" not in html


def test_staff_manage_synonym_groups_in_the_admin(staff_client, desk, topic):
    url = "/admin/portal/synonymgroup/add/"
    refused = staff_client.post(url, {"terms": "kindergeld", "note": ""})
    assert refused.status_code == 200
    assert "Geef minstens twee termen" in refused.content.decode()
    saved = staff_client.post(url, {"terms": "kindergeld\r\nchild benefit", "note": "test"})
    assert saved.status_code == 302
    listed = staff_client.get("/admin/portal/synonymgroup/").content.decode()
    assert "kindergeld ↔ child benefit" in listed
    make_faq(desk, topic, question_en="Child benefit from two countries")
    assert "#faq-" in search(staff_client, "kindergeld", language="en").content.decode()


def test_snippets_mark_synonyms_and_corrections_too(client, desk, topic):
    SynonymGroup.objects.create(terms="kindergeld\nchild benefit")
    make_faq(desk, topic, question_en="Two countries", answer_en="You get child benefit once.")
    html = search(client, "kindergeld", language="en").content.decode()
    assert "You get <mark>child</mark> <mark>benefit</mark> once." in html
    make_faq(desk, topic, question_en="Pensions", answer_en="Your pension builds up.")
    html = search(client, "pensoin", language="en").content.decode()
    assert "Your <mark>pension</mark> builds up." in html


def test_folding_drops_each_characters_accents_and_keeps_the_length(monkeypatch):
    """`_fold` translates by a table filled as characters are met (at most MAX_SIZE of them):
    the same as decomposing each character and keeping its first part, full table or not."""
    import unicodedata

    from portal import search as site_search

    def by_hand(text):
        return "".join(
            unicodedata.normalize("NFKD", ch)[0] if ch.strip() else ch for ch in text
        ).lower()

    text = "".join(chr(code) for code in range(1, 0x3000) if not 0xD800 <= code < 0xE000)
    monkeypatch.setattr(site_search._Unaccented, "MAX_SIZE", 1000)
    monkeypatch.setattr(site_search, "_UNACCENTED", site_search._Unaccented())
    assert site_search._fold(text) == by_hand(text)
    assert site_search._fold(text) == by_hand(text)  # from the table, and beyond it
    assert len(site_search._UNACCENTED) == 1000
    assert site_search._fold("Grenzgänger IMPÔTS\u00a0Ærø") == "grenzganger impots\u00a0ærø"


def test_the_words_to_mark_are_made_once_per_search_not_per_result(client, desk, topic):
    from portal import search as site_search

    for n in range(3):
        make_faq(desk, topic, question_nl=f"Vraag {n}", answer_nl=f"U betaalt belasting ({n}).")
    site_search._marked.cache_clear()
    html = search(client, "belasting").content.decode()
    assert html.count("U betaalt <mark>belasting</mark>") == 3
    assert site_search._marked.cache_info().misses == 1


@postgres_only
def test_searches_go_on_when_the_remembered_tsqueries_are_emptied(client, desk, topic, monkeypatch):
    """The remembered tsqueries are emptied when there are too many: a search that needs some it
    knew and some it did not still answers (it read them back after emptying: a 500)."""
    from portal import search

    make_faq(desk, topic, question_nl="Waar betaal ik belasting als grensarbeider?")
    monkeypatch.setattr(search, "TSQUERY_CACHE_SIZE", 1)
    monkeypatch.setattr(search, "_TSQUERIES", {})
    for query in ["belasting", "belasting grensarbeider", "belasting werk pensioen"]:
        response = client.get("/nl/search/", {"q": query})
        assert response.status_code == 200
        assert "Waar betaal ik belasting" in response.content.decode()
