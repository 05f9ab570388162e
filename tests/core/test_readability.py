"""Readability per text and language (core/readability.py): the formula of each language, its
bands, the longest sentences and long words; safe across threads and without the network."""

import threading

import pytest
import textstat

from core import readability
from core.readability import DIFFICULT, EASY, FAIRLY_DIFFICULT, analyze, band

# Short sentences and everyday words: what B1 asks for.
EASY_TEXT = {
    "nl": "Werkt u in Duitsland? En woont u in Nederland? Dan bent u grenswerker. "
    "U krijgt loon van uw baas in Duitsland. U betaalt daar ook belasting. "
    "Heeft u een vraag? Bel ons of kom langs. Wij helpen u graag.",
    "de": "Sie arbeiten in den Niederlanden? Und Sie wohnen in Deutschland? Dann sind Sie "
    "Grenzgänger. Ihr Chef zahlt Ihren Lohn. Sie zahlen dort auch Steuern. "
    "Haben Sie eine Frage? Rufen Sie uns an. Wir helfen Ihnen gern.",
    "en": "Do you work in Germany? And do you live in the Netherlands? Then you work across "
    "the border. Your boss pays you. You pay tax there too. "
    "Do you have a question? Call us or drop by. We are glad to help.",
    "fr": "Vous travaillez aux Pays-Bas? Et vous vivez en Belgique? Alors vous passez la "
    "frontière pour le travail. Votre patron vous paie. Vous payez aussi des impôts là-bas. "
    "Vous avez une question? Appelez-nous. Nous sommes là pour vous.",
}

# One long sentence of official compounds: what B1 forbids.
HARD_TEXT = {
    "nl": "Indien de belanghebbende gedurende het kalenderjaar als kwalificerende buitenlandse "
    "belastingplichtige wordt aangemerkt, bestaat onder voorwaarden aanspraak op de "
    "toepassing van aftrekposten en heffingskortingen, waarbij de inkomstenbelasting "
    "overeenkomstig de bepalingen van het toepasselijke belastingverdrag wordt vastgesteld "
    "en eventuele socialezekerheidspremies afzonderlijk worden verrekend.",
    "de": "Sofern die steuerpflichtige Person im betreffenden Veranlagungszeitraum als "
    "unbeschränkt einkommensteuerpflichtig behandelt wird, besteht unter Berücksichtigung "
    "der einschlägigen Bestimmungen des Doppelbesteuerungsabkommens grundsätzlich ein "
    "Anspruch auf die Gewährung familienbezogener Steuervergünstigungen sowie auf die "
    "Anrechnung ausländischer Sozialversicherungsbeiträge.",
    "en": "Notwithstanding the aforementioned considerations, individuals who are "
    "characterised as qualifying non-resident taxpayers throughout the relevant assessment "
    "period may, subject to the applicable provisions of the bilateral taxation convention, "
    "become entitled to the application of deductible expenditure and corresponding "
    "administrative simplifications.",
    "fr": "Nonobstant les considérations susmentionnées, les contribuables non-résidents "
    "qualifiés pendant la période d'imposition concernée peuvent, sous réserve des "
    "dispositions applicables de la convention préventive de la double imposition, "
    "bénéficier de l'application des déductions fiscales et des simplifications "
    "administratives correspondantes.",
}

LANGUAGES = ["nl", "de", "en", "fr"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_easy_text_scores_easy_and_a_hard_one_difficult_in_each_language(language):
    easy, hard = analyze(EASY_TEXT[language], language), analyze(HARD_TEXT[language], language)
    assert easy.band == EASY
    assert hard.band == DIFFICULT
    assert easy.score > 80 > 0 > hard.score
    assert hard.longest_sentences[0].words > 30
    assert len(hard.long_words) >= 5
    assert easy.longest_sentences == () and easy.long_words == ()


# The constants of each language's formula, as published (module docstring): base, per word of
# sentence length, per syllable of word length.
PUBLISHED = {
    "nl": (206.835, 0.93, 77),  # Flesch-Douma
    "de": (180, 1, 58.5),  # Amstad
    "en": (206.835, 1.015, 84.6),  # Flesch
    "fr": (207, 1.015, 73.6),  # Kandel-Moles
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_is_scored_with_its_own_formula(language):
    base, per_word, per_syllable = PUBLISHED[language]
    statistics = readability._TEXTSTAT[language]
    text = HARD_TEXT[language]
    expected = (
        base
        - per_word * statistics.words_per_sentence(text)
        - per_syllable * statistics.avg_syllables_per_word(text)
    )
    assert analyze(text, language).score == pytest.approx(expected)


def test_bands_follow_the_formulas_tables():
    assert [band(score, "en") for score in (60, 59.9, 50, 49.9)] == [
        EASY,
        FAIRLY_DIFFICULT,
        FAIRLY_DIFFICULT,
        DIFFICULT,
    ]
    assert band(45, "nl") == FAIRLY_DIFFICULT  # Douma's "tamelijk moeilijk" starts at 45
    assert band(45, "de") == DIFFICULT


def test_the_longest_sentences_come_first_and_a_list_is_not_one_sentence():
    long_one = " ".join(["woord"] * 30) + "."
    longer = " ".join(["huis"] * 34) + "."
    medium = " ".join(["kat"] * 22) + "."
    text = (
        f"Korte zin. {long_one} Nog een korte zin.\n\n{longer}\n\n{medium}\n\n"
        "U heeft nodig:\n\n"
        + "\n".join(f"- een formulier nummer {n}" for n in range(12))
        + "\n\n"
        + " ".join(["vis"] * 21)
        + "."
    )
    result = analyze(text, "nl")
    assert [s.words for s in result.longest_sentences] == [34, 30, 22]
    assert result.longest_sentences[0].text == longer
    assert result.sentences == 5 + 1 + 12 + 1


def test_long_words_are_compounds_and_words_of_five_syllables_each_once():
    text = (
        "De grensarbeidersregeling geldt. De Grensarbeidersregeling geldt echt. "
        "Dit is een kwalificerende situatie. Wij wonen in Nederland."
    )
    assert analyze(text, "nl").long_words == ("grensarbeidersregeling", "kwalificerende")


def test_formatting_and_addresses_are_not_read():
    text = (
        "**Bel** ons. Mail naar info@grensinfopunt.nl of lees "
        "[de site](https://www.grensinfopunt-voorbeeld.nl/a/b/c) en www.belastingdienst.nl."
    )
    result = analyze(text, "nl")
    assert result.words == 9  # Bel ons. Mail naar of lees de site en.
    assert result.long_words == ()


@pytest.mark.parametrize("text", ["", "   ", "**  **", "https://www.example.org"])
def test_a_text_without_words_has_no_score(text):
    assert analyze(text, "nl") is None


def test_a_language_without_a_formula_has_no_score():
    assert analyze(EASY_TEXT["en"], "pl") is None


def test_english_needs_no_download(monkeypatch):
    """textstat would fetch the CMU dictionary through NLTK for "en": never from the server."""
    import nltk

    def no_network(*args, **kwargs):
        raise AssertionError("readability tried to download NLTK data")

    monkeypatch.setattr(nltk, "download", no_network)
    monkeypatch.setattr(nltk.data, "find", no_network)
    assert analyze("A sentence nobody has measured before in this process.", "en").score > 0


def test_textstats_global_language_does_not_change_a_score():
    dutch = analyze.__wrapped__(HARD_TEXT["nl"], "nl")
    try:
        textstat.set_lang("de")
        assert analyze.__wrapped__(HARD_TEXT["nl"], "nl") == dutch
    finally:
        textstat.set_lang("en_US")


def test_scores_are_the_same_when_computed_in_threads():
    expected = {code: analyze.__wrapped__(HARD_TEXT[code], code) for code in LANGUAGES}
    found, errors = {}, []

    def score(code):
        try:
            for _ in range(20):
                result = analyze.__wrapped__(HARD_TEXT[code], code)
                if result != expected[code]:
                    errors.append(code)
            found[code] = result
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=score, args=(code,)) for code in LANGUAGES * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert found == expected
