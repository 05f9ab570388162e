"""Seed content for conferences: the real first edition, and the fictional demo edition.

The 22 February 2024 conference comes from /work/shared/content-facts.md (sections 1 and 2) and the
municipality of Maastricht's announcement (seed-article-nl.txt). Its programme has no times: the
sources give the parts of the afternoon, not when each began. The venue's street address was not
found, so it is left empty for staff to fill in.

The demo edition (`seed_portal --demo` only) is fictional and says so in every text.
"""

CONFERENCES = [
    {
        "slug": "euregional-labour-market-2024",
        "date": "2024-02-22",
        "start_time": "12:00",
        "end_time": "15:30",
        "venue_name": "Werkcentrum Zuid-Limburg",
        "venue_address": "",
        "city": "Geleen",
        # "About 125 participants": the room held at least that many.
        "capacity": 125,
        "title": {
            "nl": "Conferentie over de Euregionale en internationale arbeidsmarkt",
            "de": "Konferenz zum euregionalen und internationalen Arbeitsmarkt",
            "en": "Conference on the Euregional and international labour market",
            "fr": "Conférence sur le marché du travail eurégional et international",
        },
        "summary": {
            "nl": (
                "Ongeveer 125 mensen uit overheid, bedrijfsleven en onderwijs kwamen samen in "
                "Geleen. Heerlen, Maastricht en Sittard-Geleen tekenden er hun "
                "samenwerkingsovereenkomst voor de Euregionale en internationale arbeidsmarkt."
            ),
            "de": (
                "Etwa 125 Menschen aus Verwaltung, Wirtschaft und Bildung trafen sich in Geleen. "
                "Heerlen, Maastricht und Sittard-Geleen unterzeichneten dort ihre "
                "Kooperationsvereinbarung für den euregionalen und internationalen Arbeitsmarkt."
            ),
            "en": (
                "About 125 people from government, business and education met in Geleen. "
                "Heerlen, Maastricht and Sittard-Geleen signed their cooperation agreement on the "
                "Euregional and international labour market there."
            ),
            "fr": (
                "Environ 125 personnes des pouvoirs publics, des entreprises et de l'enseignement "
                "se sont réunies à Geleen. Heerlen, Maastricht et Sittard-Geleen y ont signé leur "
                "accord de coopération sur le marché du travail eurégional et international."
            ),
        },
        "description": {
            "nl": (
                "De gemeenten Heerlen, Maastricht en Sittard-Geleen organiseerden deze "
                "conferentie voor werkgevers, kennisinstellingen, campussen en intermediaire "
                "organisaties. Het doel: samen de krachten bundelen, zodat werkgevers in "
                "Zuid-Limburg makkelijker werknemers en studenten uit de Euregio en uit het "
                "buitenland kunnen vinden en houden.\n\n"
                "Ongeveer 125 deelnemers uit overheid, bedrijfsleven en onderwijs kwamen naar het "
                "Werkcentrum Zuid-Limburg in Geleen. Zo'n samenwerking van overheid, bedrijven en "
                "onderwijs heet ook wel de ‘triple helix’.\n\n"
                "## Wat gebeurde er?\n\n"
                "- De gemeente Sittard-Geleen heette iedereen welkom.\n"
                "- De wethouders Martin de Beer (Heerlen), Hubert Mackus (Maastricht) en Yvonne "
                "Salvino (Sittard-Geleen) tekenden de samenwerkingsovereenkomst.\n"
                "- Een gastspreker van een regionale economische board sprak de zaal toe.\n"
                "- Een moderator leidde het gesprek met werkgevers, kennisinstellingen en "
                "intermediaire organisaties.\n\n"
                "## Waarom deze samenwerking?\n\n"
                "Zuid-Limburg heeft zelf niet genoeg goed opgeleide werknemers op alle niveaus. "
                "Daarom investeren de drie gemeenten in 2024-2027 samen ruim 1,2 miljoen euro per "
                "jaar in de diensten voor de Euregionale en internationale arbeidsmarkt: de "
                "grensinfopunten in Aken-Eurode en Maastricht, Service Grensarbeid in Kerkrade en "
                "Maastricht, het Expat Centre Maastricht Region en het Rijksprogramma Talent "
                "Coalition. De Regio Deal Zuid-Limburg geeft daar 1 miljoen euro bij.\n\n"
                "Werkgevers, campussen en kennisinstellingen denken de komende jaren mee over "
                "deze diensten, onder andere Brightlands, Maastricht University, Hogeschool Zuyd, "
                "LIOF, Vista en MKB Limburg."
            ),
            "de": (
                "Die Gemeinden Heerlen, Maastricht und Sittard-Geleen organisierten diese "
                "Konferenz für Arbeitgeber, Wissenseinrichtungen, Campusse und vermittelnde "
                "Organisationen. Das Ziel: gemeinsam die Kräfte bündeln, damit Arbeitgeber in "
                "Süd-Limburg leichter Beschäftigte und Studierende aus der Euregio und aus dem "
                "Ausland finden und halten können.\n\n"
                "Etwa 125 Teilnehmende aus Verwaltung, Wirtschaft und Bildung kamen in das "
                "Werkcentrum Zuid-Limburg in Geleen. Eine solche Zusammenarbeit von Verwaltung, "
                "Unternehmen und Bildung nennt man auch ‚Triple Helix‘.\n\n"
                "## Was geschah?\n\n"
                "- Die Gemeinde Sittard-Geleen begrüßte alle Gäste.\n"
                "- Die Beigeordneten Martin de Beer (Heerlen), Hubert Mackus (Maastricht) und "
                "Yvonne Salvino (Sittard-Geleen) unterzeichneten die "
                "Kooperationsvereinbarung.\n"
                "- Ein Gastredner eines regionalen Wirtschaftsgremiums sprach zu den "
                "Teilnehmenden.\n"
                "- Eine Moderation leitete das Gespräch mit Arbeitgebern, Wissenseinrichtungen und "
                "vermittelnden Organisationen.\n\n"
                "## Warum diese Zusammenarbeit?\n\n"
                "Süd-Limburg hat selbst nicht genug gut ausgebildete Arbeitskräfte auf allen "
                "Ebenen. Deshalb investieren die drei Gemeinden 2024-2027 gemeinsam etwas mehr "
                "als 1,2 Millionen Euro pro Jahr in die Dienste für den euregionalen und "
                "internationalen Arbeitsmarkt: die Grenzinfopunkte in Aachen-Eurode und "
                "Maastricht, die Servicepunkte Grenzüberschreitende Arbeitsvermittlung in "
                "Kerkrade und Maastricht, das Expat Centre Maastricht Region und das nationale "
                "Programm Talent Coalition. Der Regio Deal Zuid-Limburg gibt 1 Million Euro "
                "dazu.\n\n"
                "Arbeitgeber, Campusse und Wissenseinrichtungen bringen in den nächsten Jahren "
                "ihre Ideen zu diesen Diensten ein, unter anderem Brightlands, die Maastricht "
                "University, die Hogeschool Zuyd, LIOF, Vista und MKB Limburg."
            ),
            "en": (
                "The municipalities of Heerlen, Maastricht and Sittard-Geleen organised this "
                "conference for employers, knowledge institutions, campuses and intermediary "
                "organisations. The aim: to join forces, so that employers in South Limburg can "
                "more easily find and keep workers and students from the Euregion and from "
                "abroad.\n\n"
                "About 125 participants from government, business and education came to the "
                "Werkcentrum Zuid-Limburg in Geleen. Such cooperation between government, "
                "business and education is also called the “triple helix”.\n\n"
                "## What happened?\n\n"
                "- The municipality of Sittard-Geleen welcomed everyone.\n"
                "- The aldermen Martin de Beer (Heerlen), Hubert Mackus (Maastricht) and Yvonne "
                "Salvino (Sittard-Geleen) signed the cooperation agreement.\n"
                "- A guest speaker from a regional economic board addressed the participants.\n"
                "- A moderator led the discussion with employers, knowledge institutions and "
                "intermediary organisations.\n\n"
                "## Why this cooperation?\n\n"
                "South Limburg does not have enough well-trained workers at every level on its "
                "own. That is why in 2024-2027 the three municipalities together invest a little "
                "over 1.2 million euros a year in the services for the Euregional and "
                "international labour market: the cross-border information points in "
                "Aachen-Eurode and Maastricht, the cross-border employment services in Kerkrade "
                "and Maastricht, the Expat Centre Maastricht Region and the national Talent "
                "Coalition programme. The Regio Deal Zuid-Limburg adds 1 million euros.\n\n"
                "Employers, campuses and knowledge institutions will help to improve these "
                "services in the coming years, among them Brightlands, Maastricht University, "
                "Zuyd University of Applied Sciences, LIOF, Vista and MKB Limburg."
            ),
            "fr": (
                "Les communes de Heerlen, Maastricht et Sittard-Geleen ont organisé cette "
                "conférence pour les employeurs, les établissements d'enseignement et de "
                "recherche, les campus et les organismes intermédiaires. Le but : unir leurs "
                "forces, pour que les employeurs du sud du Limbourg trouvent et gardent plus "
                "facilement des travailleurs et des étudiants de l'Eurégion et de l'étranger.\n\n"
                "Environ 125 participants des pouvoirs publics, des entreprises et de "
                "l'enseignement sont venus au Werkcentrum Zuid-Limburg à Geleen. Une telle "
                "coopération entre pouvoirs publics, entreprises et enseignement s'appelle aussi "
                "la « triple hélice ».\n\n"
                "## Que s'est-il passé ?\n\n"
                "- La commune de Sittard-Geleen a accueilli les participants.\n"
                "- Les échevins Martin de Beer (Heerlen), Hubert Mackus (Maastricht) et Yvonne "
                "Salvino (Sittard-Geleen) ont signé l'accord de coopération.\n"
                "- Un intervenant invité d'un conseil économique régional a pris la parole.\n"
                "- Un modérateur a animé la discussion avec les employeurs, les établissements "
                "d'enseignement et de recherche et les organismes intermédiaires.\n\n"
                "## Pourquoi cette coopération ?\n\n"
                "Le sud du Limbourg n'a pas assez de travailleurs bien formés à tous les niveaux. "
                "C'est pourquoi, en 2024-2027, les trois communes investissent ensemble un peu "
                "plus de 1,2 million d'euros par an dans les services pour le marché du travail "
                "eurégional et international : les points d'information transfrontaliers "
                "d'Aix-la-Chapelle-Eurode et de Maastricht, les services de placement "
                "transfrontalier de Kerkrade et de Maastricht, l'Expat Centre Maastricht Region "
                "et le programme national Talent Coalition. Le Regio Deal Zuid-Limburg ajoute "
                "1 million d'euros.\n\n"
                "Des employeurs, des campus et des établissements d'enseignement et de recherche "
                "contribueront à améliorer ces services dans les années à venir, entre autres "
                "Brightlands, l'université de Maastricht, la Hogeschool Zuyd, LIOF, Vista et MKB "
                "Limburg."
            ),
        },
        # No start or end times: the sources do not give them.
        "programme": [
            {
                "title": {
                    "nl": "Welkom door de gemeente Sittard-Geleen",
                    "de": "Begrüßung durch die Gemeinde Sittard-Geleen",
                    "en": "Welcome by the municipality of Sittard-Geleen",
                    "fr": "Accueil par la commune de Sittard-Geleen",
                },
                "description": {
                    "nl": "Sittard-Geleen was gastgemeente en heette de deelnemers welkom.",
                    "de": "Sittard-Geleen war Gastgeberin und begrüßte die Teilnehmenden.",
                    "en": "Sittard-Geleen was the host municipality and welcomed the participants.",
                    "fr": "Sittard-Geleen, commune hôte, a accueilli les participants.",
                },
            },
            {
                "title": {
                    "nl": "Ondertekening van de samenwerkingsovereenkomst",
                    "de": "Unterzeichnung der Kooperationsvereinbarung",
                    "en": "Signing of the cooperation agreement",
                    "fr": "Signature de l'accord de coopération",
                },
                "description": {
                    "nl": (
                        "De wethouders van Heerlen, Maastricht en Sittard-Geleen tekenden de "
                        "overeenkomst om samen te werken aan de diensten voor de Euregionale en "
                        "internationale arbeidsmarkt."
                    ),
                    "de": (
                        "Die Beigeordneten von Heerlen, Maastricht und Sittard-Geleen "
                        "unterzeichneten die Vereinbarung, bei den Diensten für den euregionalen "
                        "und internationalen Arbeitsmarkt zusammenzuarbeiten."
                    ),
                    "en": (
                        "The aldermen of Heerlen, Maastricht and Sittard-Geleen signed the "
                        "agreement to work together on the services for the Euregional and "
                        "international labour market."
                    ),
                    "fr": (
                        "Les échevins de Heerlen, Maastricht et Sittard-Geleen ont signé l'accord "
                        "pour coopérer sur les services pour le marché du travail eurégional et "
                        "international."
                    ),
                },
                "speakers": (
                    "Martin de Beer (Heerlen), Hubert Mackus (Maastricht), "
                    "Yvonne Salvino (Sittard-Geleen)"
                ),
            },
            {
                "title": {
                    "nl": "Gastspreker van een regionale economische board",
                    "de": "Gastrede aus einem regionalen Wirtschaftsgremium",
                    "en": "Guest speaker from a regional economic board",
                    "fr": "Intervenant invité d'un conseil économique régional",
                },
                "description": {
                    "nl": "Een gastspreker van een regionale economische board sprak de zaal toe.",
                    "de": (
                        "Ein Gastredner eines regionalen Wirtschaftsgremiums sprach zu den "
                        "Teilnehmenden."
                    ),
                    "en": "A guest speaker from a regional economic board addressed the room.",
                    "fr": (
                        "Un intervenant invité d'un conseil économique régional a pris la parole."
                    ),
                },
            },
            {
                "title": {
                    "nl": "Gesprek met werkgevers, kennisinstellingen en intermediairs",
                    "de": "Gespräch mit Arbeitgebern, Wissenseinrichtungen und Vermittlern",
                    "en": "Discussion with employers, knowledge institutions and intermediaries",
                    "fr": "Discussion avec employeurs, établissements du savoir et intermédiaires",
                },
                "description": {
                    "nl": (
                        "Een moderator leidde het gesprek. Het doel: de krachten bundelen met het "
                        "bedrijfsleven, kennisinstellingen, campussen en intermediaire "
                        "organisaties."
                    ),
                    "de": (
                        "Eine Moderation leitete das Gespräch. Das Ziel: die Kräfte bündeln mit "
                        "der Wirtschaft, Wissenseinrichtungen, Campussen und vermittelnden "
                        "Organisationen."
                    ),
                    "en": (
                        "A moderator led the discussion. The aim: to join forces with business, "
                        "knowledge institutions, campuses and intermediary organisations."
                    ),
                    "fr": (
                        "Un modérateur a animé la discussion. Le but : unir les forces avec les "
                        "entreprises, les établissements d'enseignement et de recherche, les "
                        "campus et les organismes intermédiaires."
                    ),
                },
            },
        ],
    },
]

# Created only by `seed_portal --demo`. Its date is relative: DEMO_DAYS_AHEAD days from the day the
# command runs (and moved forward again when a re-run finds it in the past). Its registration
# window opens when it is created and closes when it starts.
DEMO_DAYS_AHEAD = 60

DEMO_CONFERENCE = {
    "slug": "demo-registration",
    "start_time": "12:00",
    "end_time": "15:30",
    "venue_name": "Demozaal",
    "venue_address": "",
    "city": "Demostad",
    "capacity": 20,
    "title": {
        "nl": "Demo: probeer het aanmelden uit",
        "de": "Demo: Anmeldung ausprobieren",
        "en": "Demo: try out registration",
        "fr": "Démo : essayez l'inscription",
    },
    "summary": {
        "nl": (
            "Dit is een demonstratie. Deze bijeenkomst is verzonnen en vindt niet echt plaats. "
            "Hier kunt u uitproberen hoe aanmelden, de wachtlijst en afmelden werken."
        ),
        "de": (
            "Dies ist eine Demonstration. Diese Veranstaltung ist erfunden und findet nicht "
            "wirklich statt. Hier können Sie ausprobieren, wie Anmeldung, Warteliste und Abmeldung "
            "funktionieren."
        ),
        "en": (
            "This is a demonstration. This event is made up and does not really take place. Here "
            "you can try out how registering, the waiting list and cancelling work."
        ),
        "fr": (
            "Ceci est une démonstration. Cet événement est fictif et n'a pas vraiment lieu. Ici, "
            "vous pouvez essayer l'inscription, la liste d'attente et l'annulation."
        ),
    },
    "description": {
        "nl": (
            "**Let op: dit is een demo-editie.** Er is geen echte conferentie op deze datum en "
            "op deze plek. De demo is er alleen om het aanmelden uit te proberen.\n\n"
            "Zo werkt het:\n\n"
            "- Er zijn 20 plaatsen. Zolang er plaats is, is uw aanmelding meteen bevestigd.\n"
            "- Zijn alle plaatsen bezet? Dan komt u op de wachtlijst.\n"
            "- U krijgt een e-mail met een persoonlijke link. Daarmee kunt u uw aanmelding "
            "bekijken of annuleren. Wie op de wachtlijst staat, krijgt dan uw plaats.\n\n"
            "Vul liever geen echte gegevens in die u niet wilt delen."
        ),
        "de": (
            "**Achtung: Dies ist eine Demo-Ausgabe.** An diesem Tag und an diesem Ort gibt es "
            "keine echte Konferenz. Die Demo ist nur zum Ausprobieren der Anmeldung da.\n\n"
            "So funktioniert es:\n\n"
            "- Es gibt 20 Plätze. Solange Plätze frei sind, ist Ihre Anmeldung sofort "
            "bestätigt.\n"
            "- Sind alle Plätze belegt? Dann kommen Sie auf die Warteliste.\n"
            "- Sie erhalten eine E-Mail mit einem persönlichen Link. Damit können Sie Ihre "
            "Anmeldung ansehen oder stornieren. Wer auf der Warteliste steht, bekommt dann Ihren "
            "Platz.\n\n"
            "Geben Sie lieber keine echten Daten ein, die Sie nicht teilen möchten."
        ),
        "en": (
            "**Please note: this is a demo edition.** There is no real conference on this date "
            "and at this place. The demo is only here for trying out registration.\n\n"
            "How it works:\n\n"
            "- There are 20 seats. While seats are free, your registration is confirmed at "
            "once.\n"
            "- Are all seats taken? Then you go on the waiting list.\n"
            "- You get an e-mail with a personal link. With it you can view or cancel your "
            "registration. The first person on the waiting list then gets your seat.\n\n"
            "Better not enter real details that you do not want to share."
        ),
        "fr": (
            "**Attention : ceci est une édition de démonstration.** Il n'y a pas de vraie "
            "conférence à cette date et à cet endroit. La démo sert uniquement à essayer "
            "l'inscription.\n\n"
            "Comment ça marche :\n\n"
            "- Il y a 20 places. Tant qu'il reste des places, votre inscription est confirmée "
            "tout de suite.\n"
            "- Toutes les places sont prises ? Vous êtes alors sur la liste d'attente.\n"
            "- Vous recevez un e-mail avec un lien personnel. Avec ce lien, vous pouvez voir ou "
            "annuler votre inscription. La première personne de la liste d'attente reçoit alors "
            "votre place.\n\n"
            "Évitez de saisir de vraies données que vous ne souhaitez pas partager."
        ),
    },
    "programme": [
        {
            "start_time": "12:00",
            "end_time": "12:30",
            "title": {
                "nl": "Demo: ontvangst",
                "de": "Demo: Empfang",
                "en": "Demo: welcome",
                "fr": "Démo : accueil",
            },
            "description": {
                "nl": "Verzonnen programmaonderdeel, alleen als voorbeeld.",
                "de": "Erfundener Programmpunkt, nur als Beispiel.",
                "en": "A made-up programme item, only as an example.",
                "fr": "Point du programme fictif, uniquement à titre d'exemple.",
            },
        },
        {
            "start_time": "12:30",
            "end_time": "14:00",
            "title": {
                "nl": "Demo: werven over de grens",
                "de": "Demo: Personal über die Grenze hinweg gewinnen",
                "en": "Demo: recruiting across the border",
                "fr": "Démo : recruter de l'autre côté de la frontière",
            },
            "description": {
                "nl": (
                    "Verzonnen programmaonderdeel. Kies het als onderwerp dat u interesseert, om "
                    "te zien hoe dat werkt."
                ),
                "de": (
                    "Erfundener Programmpunkt. Wählen Sie ihn als Thema, das Sie interessiert, um "
                    "zu sehen, wie das funktioniert."
                ),
                "en": (
                    "A made-up programme item. Choose it as a topic of interest to see how that "
                    "works."
                ),
                "fr": (
                    "Point du programme fictif. Choisissez-le comme thème qui vous intéresse, pour "
                    "voir comment cela fonctionne."
                ),
            },
        },
        {
            "start_time": "14:00",
            "end_time": "15:30",
            "title": {
                "nl": "Demo: netwerken",
                "de": "Demo: Netzwerken",
                "en": "Demo: networking",
                "fr": "Démo : réseautage",
            },
            "description": {
                "nl": "Verzonnen programmaonderdeel, alleen als voorbeeld.",
                "de": "Erfundener Programmpunkt, nur als Beispiel.",
                "en": "A made-up programme item, only as an example.",
                "fr": "Point du programme fictif, uniquement à titre d'exemple.",
            },
        },
    ],
}
