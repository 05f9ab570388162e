"""Seed content for the site: key figures, partners and the about/privacy/accessibility pages.

Figures come from the municipality of Maastricht's announcement (seed-article-nl.txt); partners
and the initiative from /work/shared/content-facts.md (sections 1 and 5).
"""

ABOUT = {"nl": "ongeveer", "de": "etwa", "en": "about", "fr": "environ"}

FIGURES = [
    {
        "key": "grensinfopunten-helped",
        "order": 10,
        "value": 12000,
        "prefix": ABOUT,
        "label": {
            "nl": "(potentiële) grenswerkers per jaar geholpen door de grensinfopunten",
            "de": "(potenzielle) Grenzgänger erhalten jedes Jahr Hilfe von den Grenzinfopunkten",
            "en": (
                "(potential) cross-border workers helped by the cross-border information points "
                "each year"
            ),
            "fr": (
                "travailleurs frontaliers, actuels ou futurs, aidés chaque année par les points "
                "d'information transfrontaliers"
            ),
        },
        "source": {
            "nl": "Gemeente Maastricht, nieuwsbericht",
            "de": "Gemeinde Maastricht, Pressemitteilung",
            "en": "Municipality of Maastricht, news release",
            "fr": "Commune de Maastricht, communiqué",
        },
    },
    {
        "key": "grensarbeid-placements",
        "order": 20,
        "value": 250,
        "prefix": ABOUT,
        "label": {
            "nl": "mensen per jaar over de grens aan werk geholpen door de services Grensarbeid",
            "de": (
                "Menschen finden jedes Jahr mit den Servicepunkten Grenzüberschreitende "
                "Arbeitsvermittlung Arbeit jenseits der Grenze"
            ),
            "en": (
                "people a year placed in work across the border by the cross-border employment "
                "services"
            ),
            "fr": (
                "personnes placées chaque année dans un emploi de l'autre côté de la frontière par "
                "les services de placement transfrontalier"
            ),
        },
        "source": {
            "nl": "Gemeente Maastricht, nieuwsbericht",
            "de": "Gemeinde Maastricht, Pressemitteilung",
            "en": "Municipality of Maastricht, news release",
            "fr": "Commune de Maastricht, communiqué",
        },
    },
    {
        "key": "expat-centre-contacts",
        "order": 30,
        "value": 2300,
        "prefix": None,
        "label": {
            "nl": "klantcontacten per jaar bij het Expat Centre Maastricht Region",
            "de": "Kundenkontakte pro Jahr im Expat Centre Maastricht Region",
            "en": "client contacts a year at the Expat Centre Maastricht Region",
            "fr": "contacts clients par an à l'Expat Centre Maastricht Region",
        },
        "source": {
            "nl": "Gemeente Maastricht, nieuwsbericht",
            "de": "Gemeinde Maastricht, Pressemitteilung",
            "en": "Municipality of Maastricht, news release",
            "fr": "Commune de Maastricht, communiqué",
        },
    },
    {
        "key": "ind-employers",
        "order": 40,
        "value": 100,
        "prefix": {
            "nl": "ruim",
            "de": "mehr als",
            "en": "more than",
            "fr": "plus de",
        },
        "label": {
            "nl": "internationale werkgevers geholpen door het Expat Centre en de IND samen",
            "de": "internationale Arbeitgeber, die das Expat Centre gemeinsam mit der IND betreut",
            "en": "international employers served by the Expat Centre together with the IND",
            "fr": "employeurs internationaux accompagnés par l'Expat Centre avec l'IND",
        },
        "source": {
            "nl": "Gemeente Maastricht, nieuwsbericht",
            "de": "Gemeinde Maastricht, Pressemitteilung",
            "en": "Municipality of Maastricht, news release",
            "fr": "Commune de Maastricht, communiqué",
        },
    },
]

PARTNERS = [
    {
        "name": "Brightlands",
        "order": 10,
        "website": "",
        "description": {
            "nl": (
                "Brightlands bestaat uit vier campussen: Chemelot in Sittard-Geleen, de Maastricht "
                "Health Campus, de Smart Services Campus in Heerlen en Greenport Venlo. De campus "
                "op Chemelot werd in 2012 opgericht door DSM, Maastricht University en de "
                "Provincie Limburg."
            ),
            "de": (
                "Brightlands besteht aus vier Campussen: Chemelot in Sittard-Geleen, dem "
                "Maastricht Health Campus, dem Smart Services Campus in Heerlen und Greenport "
                "Venlo. Der Campus auf Chemelot wurde 2012 von DSM, der Maastricht University und "
                "der Provinz Limburg gegründet."
            ),
            "en": (
                "Brightlands consists of four campuses: Chemelot in Sittard-Geleen, the Maastricht "
                "Health Campus, the Smart Services Campus in Heerlen and Greenport Venlo. The "
                "Chemelot campus was founded in 2012 by DSM, Maastricht University and the "
                "Province of Limburg."
            ),
            "fr": (
                "Brightlands regroupe quatre campus : Chemelot à Sittard-Geleen, le Maastricht "
                "Health Campus, le Smart Services Campus à Heerlen et Greenport Venlo. Le campus "
                "de Chemelot a été fondé en 2012 par DSM, la Maastricht University et la province "
                "de Limbourg."
            ),
        },
    },
    {
        "name": "Maastricht University",
        "order": 20,
        "website": "https://www.maastrichtuniversity.nl",
        "description": {
            "nl": (
                "De universiteit werd in 1976 opgericht als Rijksuniversiteit Limburg. Veel "
                "studenten komen uit het buitenland. Maastricht University wil bedrijven en "
                "studenten al vroeg met elkaar in contact brengen en werkt aan een plan om meer "
                "internationale studenten na hun studie in de regio te houden."
            ),
            "de": (
                "Die Universität wurde 1976 als Rijksuniversiteit Limburg gegründet. Viele "
                "Studierende kommen aus dem Ausland. Die Maastricht University will Unternehmen "
                "und Studierende früh miteinander in Kontakt bringen und arbeitet an einem Plan, "
                "damit mehr internationale Studierende nach dem Studium in der Region bleiben."
            ),
            "en": (
                "The university was founded in 1976 as Rijksuniversiteit Limburg. Many of its "
                "students come from abroad. Maastricht University wants to bring businesses and "
                "students together early and is working on a plan to keep more international "
                "students in the region after their studies."
            ),
            "fr": (
                "L'université a été fondée en 1976 sous le nom de Rijksuniversiteit Limburg. "
                "Beaucoup de ses étudiants viennent de l'étranger. La Maastricht University veut "
                "mettre très tôt entreprises et étudiants en contact et travaille à un plan pour "
                "que davantage d'étudiants internationaux restent dans la région après leurs "
                "études."
            ),
        },
    },
    {
        "name": "Zuyd Hogeschool",
        "order": 30,
        "website": "",
        "description": {
            "nl": (
                "Zuyd Hogeschool is een hogeschool in de Euregio Maas-Rijn. Zij biedt hoger "
                "beroepsonderwijs (hbo)."
            ),
            "de": (
                "Die Zuyd Hogeschool ist eine Hochschule für angewandte Wissenschaften in der "
                "Euregio Maas-Rhein. Sie bietet praxisorientierte Studiengänge (hbo)."
            ),
            "en": (
                "Zuyd Hogeschool is a university of applied sciences in the Meuse-Rhine "
                "Euroregion. It offers higher professional education (hbo)."
            ),
            "fr": (
                "La Zuyd Hogeschool est une haute école de l'Eurégion Meuse-Rhin. Elle propose un "
                "enseignement supérieur professionnel (hbo)."
            ),
        },
    },
    {
        "name": "LIOF",
        "order": 40,
        "website": "https://www.liof.nl",
        "description": {
            "nl": (
                "LIOF is de regionale ontwikkelingsmaatschappij van de Provincie Limburg. Het "
                "helpt bedrijven met advies, netwerken en financiering."
            ),
            "de": (
                "LIOF ist die regionale Entwicklungsgesellschaft der Provinz Limburg. Sie "
                "unterstützt Unternehmen mit Beratung, Netzwerken und Finanzierung."
            ),
            "en": (
                "LIOF is the regional development company of the Province of Limburg. It helps "
                "businesses with advice, networks and financing."
            ),
            "fr": (
                "LIOF est la société de développement régional de la province de Limbourg. Elle "
                "aide les entreprises par des conseils, des réseaux et des financements."
            ),
        },
    },
    {
        "name": "VISTA college",
        "order": 50,
        "website": "",
        "description": {
            "nl": (
                "VISTA college is een mbo-school met ongeveer 13.000 studenten. De school ontstond "
                "op 1 augustus 2019 uit Arcus College en ROC Leeuwenborgh."
            ),
            "de": (
                "VISTA college ist eine Berufsschule (mbo) mit rund 13.000 Lernenden. Die Schule "
                "entstand am 1. August 2019 aus dem Arcus College und dem ROC Leeuwenborgh."
            ),
            "en": (
                "VISTA college is a vocational college (mbo) with about 13,000 students. It was "
                "formed on 1 August 2019 from Arcus College and ROC Leeuwenborgh."
            ),
            "fr": (
                "VISTA college est un établissement d'enseignement professionnel (mbo) qui compte "
                "environ 13 000 élèves. Il est né le 1er août 2019 de la fusion de l'Arcus College "
                "et du ROC Leeuwenborgh."
            ),
        },
    },
    {
        "name": "MKB Limburg",
        "order": 60,
        "website": "",
        "description": {
            "nl": (
                "MKB Limburg is de vereniging van het midden- en kleinbedrijf in Limburg. "
                "Belangenbehartiging is haar belangrijkste taak. Samen met LLTB en LWV vormt zij "
                "Ondernemend Limburg."
            ),
            "de": (
                "MKB Limburg ist der Verband der kleinen und mittleren Unternehmen in Limburg. "
                "Seine wichtigste Aufgabe ist die Interessenvertretung. Zusammen mit LLTB und LWV "
                "bildet er „Ondernemend Limburg“."
            ),
            "en": (
                "MKB Limburg is the association of small and medium-sized businesses in Limburg. "
                "Representing their interests is its main task. Together with LLTB and LWV it "
                "forms Ondernemend Limburg."
            ),
            "fr": (
                "MKB Limburg est l'association des petites et moyennes entreprises du Limbourg. Sa "
                "mission principale est la défense de leurs intérêts. Avec la LLTB et la LWV, elle "
                "forme Ondernemend Limburg."
            ),
        },
    },
]

PAGES = [
    {
        "slug": "about",
        "title": {
            "nl": "Over het initiatief",
            "de": "Über die Initiative",
            "en": "About the initiative",
            "fr": "À propos de l'initiative",
        },
        "intro": {
            "nl": (
                "Heerlen, Maastricht en Sittard-Geleen werken samen aan goede hulp voor iedereen "
                "die in Zuid-Limburg over de grens of internationaal woont en werkt. Op dit "
                "portaal vindt u de loketten die daarbij helpen."
            ),
            "de": (
                "Heerlen, Maastricht und Sittard-Geleen arbeiten zusammen, damit alle, die in "
                "Süd-Limburg grenzüberschreitend oder international leben und arbeiten, gute Hilfe "
                "bekommen. Auf diesem Portal finden Sie die Anlaufstellen, die Ihnen dabei helfen."
            ),
            "en": (
                "Heerlen, Maastricht and Sittard-Geleen work together so that everyone who lives "
                "and works across the border or internationally in South Limburg gets good help. "
                "On this portal you find the desks that can help you."
            ),
            "fr": (
                "Heerlen, Maastricht et Sittard-Geleen travaillent ensemble pour que toute "
                "personne qui vit et travaille de part et d'autre de la frontière ou à "
                "l'international dans le sud du Limbourg reçoive une aide de qualité. Ce portail "
                "présente les guichets qui peuvent vous aider."
            ),
        },
        "body": {
            "nl": (
                "## Drie gemeenten, één aanpak\n\n"
                "Samen met Heerlen en Sittard-Geleen zet Maastricht de diensten voor de "
                "Euregionale en internationale arbeidsmarkt van Zuid-Limburg voort. De drie "
                "gemeenten investeren daarin in de periode 2024-2027 samen ruim 1,2 miljoen euro "
                "per jaar. De Regio Deal Zuid-Limburg voegt daar 1 miljoen euro aan toe.\n\n"
                "Ook in 2023 trokken de gemeenten al samen op. De regio sloot zich toen aan bij "
                "het landelijke programma Talent Coalition, en de drie gemeenten trokken voor dat "
                "jaar ruim 1 miljoen euro uit.\n\n"
                "## De diensten\n\n"
                "- **Grensinfopunt Maastricht** en **GrensInfoPunt Aken-Eurode**: gratis "
                "informatie als u over de grens woont of werkt.\n"
                "- **Service Grensarbeid** in Kerkrade en Maastricht: hulp bij het vinden van werk "
                "of personeel over de grens.\n"
                "- **Expat Centre Maastricht Region**: inschrijving, diensten van de IND en advies "
                "voor internationale kenniswerkers en hun gezin.\n"
                "- **Rijksprogramma Talent Coalition**: helpt werkgevers om hoogopgeleide "
                "medewerkers en internationale studenten aan te trekken en te behouden.\n\n"
                "## Waarom?\n\n"
                "Zuid-Limburg is een grensregio. De regio heeft zelf niet genoeg goed opgeleide "
                "werknemers, op alle niveaus. Daarom wordt het steeds belangrijker om werknemers "
                "en studenten uit de Euregio en uit het buitenland aan te trekken en te "
                "behouden.\n\n"
                "De diensten maken het makkelijker om in Zuid-Limburg te komen wonen en werken, of "
                "hier te blijven. Ze bieden snelle procedures, deskundig advies en goede "
                "informatie. Met de investering kunnen ze inspelen op de groeiende vraag van "
                "(internationale) inwoners, werknemers en werkgevers.\n\n"
                "## Partners\n\n"
                "Werkgevers, campussen, kennisinstellingen en intermediaire organisaties denken "
                "mee om de dienstverlening verder te verbeteren. Bij de start zijn dat onder "
                "andere Brightlands, Medlands Parkstad, LWV, Lonza, Maastricht University, Zuyd "
                "Hogeschool, LIOF, VISTA college en MKB Limburg. Samen vormen zij een ‘Coalition "
                "of the Willing’.\n\n"
                "Volgens Hubert Mackus, wethouder economie van Maastricht, kunnen werkgevers, "
                "kennisinstellingen en campussen dankzij de vaste samenwerking tussen de gemeenten "
                "veel beter worden geholpen bij het invullen van hun vacatures. Dat geeft de "
                "economie van Zuid-Limburg een duw in de rug.\n\n"
                "## De conferentie van 22 februari 2024\n\n"
                "Op donderdag 22 februari 2024 hielden de drie gemeenten een conferentie over de "
                "Euregionale en internationale arbeidsmarkt. Die vond plaats in het Werkcentrum "
                "Zuid-Limburg in Geleen, van 12.00 tot 15.30 uur. Ongeveer 125 mensen uit "
                "overheid, bedrijfsleven en onderwijs deden mee.\n\n"
                "Tijdens de conferentie ondertekenden de wethouders Martin de Beer (Heerlen), "
                "Hubert Mackus (Maastricht) en Yvonne Salvino (Sittard-Geleen) de "
                "samenwerkingsovereenkomst.\n\n"
                "Het Werkcentrum Zuid-Limburg is één loket voor alle vragen over werk. Werknemers "
                "en werkgevers uit heel Zuid-Limburg kunnen er terecht, ook als het gaat om werken "
                "of personeel zoeken over de grens."
            ),
            "de": (
                "## Drei Gemeinden, ein gemeinsamer Weg\n\n"
                "Gemeinsam mit Heerlen und Sittard-Geleen führt Maastricht die Dienste für den "
                "euregionalen und internationalen Arbeitsmarkt in Süd-Limburg fort. Die drei "
                "Gemeinden investieren dafür von 2024 bis 2027 zusammen gut 1,2 Millionen Euro pro "
                "Jahr. Der Regio Deal Zuid-Limburg steuert 1 Million Euro bei.\n\n"
                "Schon 2023 haben die Gemeinden zusammengearbeitet. Die Region schloss sich damals "
                "dem landesweiten Programm Talent Coalition an, und die drei Gemeinden stellten "
                "für dieses Jahr mehr als 1 Million Euro bereit.\n\n"
                "## Die Dienste\n\n"
                "- **Grenzinfopunkt Maastricht** und **GrenzInfoPunkt Aachen-Eurode**: kostenlose "
                "Informationen, wenn Sie jenseits der Grenze wohnen oder arbeiten.\n"
                "- **Servicepunkt Grenzüberschreitende Arbeitsvermittlung** in Kerkrade und "
                "Maastricht: Hilfe bei der Suche nach Arbeit oder Personal jenseits der Grenze.\n"
                "- **Expat Centre Maastricht Region**: Anmeldung, Leistungen der IND und Beratung "
                "für internationale Fachkräfte und ihre Familien.\n"
                "- **Rijksprogramma Talent Coalition**: hilft Arbeitgebern, hochqualifizierte "
                "Fachkräfte und internationale Studierende zu gewinnen und zu halten.\n\n"
                "## Warum?\n\n"
                "Süd-Limburg ist eine Grenzregion. Die Region hat selbst nicht genug gut "
                "ausgebildete Arbeitskräfte, und zwar auf allen Ebenen. Deshalb wird es immer "
                "wichtiger, Arbeitskräfte und Studierende aus der Euregio und aus dem Ausland zu "
                "gewinnen und zu halten.\n\n"
                "Die Dienste machen es leichter, nach Süd-Limburg zu kommen oder hier zu bleiben, "
                "um zu leben und zu arbeiten. Sie bieten schnelle Verfahren, fachkundige Beratung "
                "und gute Informationen. Mit der Investition können sie auf die wachsende "
                "Nachfrage von (internationalen) Einwohnern, Arbeitnehmern und Arbeitgebern "
                "reagieren.\n\n"
                "## Partner\n\n"
                "Arbeitgeber, Campusse, Hochschulen und vermittelnde Organisationen bringen ihre "
                "Ideen ein, um die Dienste weiter zu verbessern. Zum Start gehören unter anderem "
                "Brightlands, Medlands Parkstad, LWV, Lonza, Maastricht University, Zuyd "
                "Hogeschool, LIOF, VISTA college und MKB Limburg dazu. Gemeinsam bilden sie eine "
                "„Coalition of the Willing“.\n\n"
                "Nach den Worten von Hubert Mackus, Beigeordneter (wethouder) für Wirtschaft in "
                "Maastricht, können Arbeitgeber, Hochschulen und Campusse dank der festen "
                "Zusammenarbeit der Gemeinden viel besser bei der Besetzung ihrer offenen Stellen "
                "unterstützt werden. Das gibt der Wirtschaft in Süd-Limburg neuen Schwung.\n\n"
                "## Die Konferenz am 22. Februar 2024\n\n"
                "Am Donnerstag, dem 22. Februar 2024, veranstalteten die drei Gemeinden eine "
                "Konferenz über den euregionalen und internationalen Arbeitsmarkt. Sie fand im "
                "Werkcentrum Zuid-Limburg in Geleen statt, von 12:00 bis 15:30 Uhr. Rund 125 "
                "Menschen aus Verwaltung, Wirtschaft und Bildung nahmen teil.\n\n"
                "Auf der Konferenz unterzeichneten die Beigeordneten Martin de Beer (Heerlen), "
                "Hubert Mackus (Maastricht) und Yvonne Salvino (Sittard-Geleen) die "
                "Kooperationsvereinbarung.\n\n"
                "Das Werkcentrum Zuid-Limburg ist eine zentrale Anlaufstelle für alle Fragen rund "
                "um die Arbeit. Arbeitnehmer und Arbeitgeber aus ganz Süd-Limburg können sich "
                "dorthin wenden, auch wenn es um Arbeit oder Personalsuche jenseits der Grenze "
                "geht."
            ),
            "en": (
                "## Three municipalities, one approach\n\n"
                "Together with Heerlen and Sittard-Geleen, Maastricht is continuing the services "
                "for the Euregional and international labour market of South Limburg. In 2024-2027 "
                "the three municipalities together invest a little over EUR 1.2 million a year in "
                "them. The Regio Deal Zuid-Limburg adds EUR 1 million.\n\n"
                "The municipalities already worked together in 2023. That year the region joined "
                "the national Talent Coalition programme, and the three municipalities set aside "
                "over EUR 1 million for that year.\n\n"
                "## The services\n\n"
                "- **Cross-border information points** in Maastricht and Aachen-Eurode: free "
                "information if you live or work across the border.\n"
                "- **Cross-border employment service** in Kerkrade and Maastricht: help finding "
                "work or staff across the border.\n"
                "- **Expat Centre Maastricht Region**: registration, IND services and advice for "
                "international knowledge workers and their families.\n"
                "- **Rijksprogramma Talent Coalition**: helps employers attract and keep highly "
                "educated staff and international students.\n\n"
                "## Why?\n\n"
                "South Limburg is a border region. It does not have enough well-trained workers of "
                "its own, at every level. That is why attracting and keeping workers and students "
                "from the Euregion and from abroad is becoming more and more important.\n\n"
                "The services make it easier to come to South Limburg to live and work, or to stay "
                "here. They offer fast procedures, expert advice and good information. With the "
                "investment they can respond to the growing demand from (international) residents, "
                "employees and employers.\n\n"
                "## Partners\n\n"
                "Employers, campuses, knowledge institutions and intermediary organisations "
                "contribute ideas to improve the services further. At the start they include "
                "Brightlands, Medlands Parkstad, LWV, Lonza, Maastricht University, Zuyd "
                "Hogeschool, LIOF, VISTA college and MKB Limburg. Together they form a “Coalition "
                "of the Willing”.\n\n"
                "According to Hubert Mackus, alderman for the economy in Maastricht, the lasting "
                "cooperation between the municipalities means that employers, knowledge "
                "institutions and campuses can be helped much better to fill their vacancies. That "
                "gives the economy of South Limburg a boost.\n\n"
                "## The conference of 22 February 2024\n\n"
                "On Thursday 22 February 2024 the three municipalities held a conference on the "
                "Euregional and international labour market. It took place at the Werkcentrum "
                "Zuid-Limburg in Geleen, from 12:00 to 15:30. About 125 people from government, "
                "business and education took part.\n\n"
                "At the conference the aldermen Martin de Beer (Heerlen), Hubert Mackus "
                "(Maastricht) and Yvonne Salvino (Sittard-Geleen) signed the cooperation "
                "agreement.\n\n"
                "The Werkcentrum Zuid-Limburg is a single desk for every question about work. "
                "Employees and employers from all of South Limburg can go there, also about "
                "working or hiring across the border."
            ),
            "fr": (
                "## Trois communes, une même démarche\n\n"
                "Avec Heerlen et Sittard-Geleen, Maastricht poursuit les services consacrés au "
                "marché du travail eurégional et international du sud du Limbourg. De 2024 à 2027, "
                "les trois communes y investissent ensemble un peu plus de 1,2 million d'euros par "
                "an. Le Regio Deal Zuid-Limburg y ajoute 1 million d'euros.\n\n"
                "Les communes travaillaient déjà ensemble en 2023. Cette année-là, la région a "
                "rejoint le programme national Talent Coalition, et les trois communes y ont "
                "consacré plus d'un million d'euros pour l'année.\n\n"
                "## Les services\n\n"
                "- **Points d'information transfrontaliers** de Maastricht et "
                "d'Aix-la-Chapelle-Eurode : des informations gratuites si vous habitez ou "
                "travaillez de l'autre côté de la frontière.\n"
                "- **Service de placement transfrontalier** à Kerkrade et à Maastricht : de l'aide "
                "pour trouver un emploi ou du personnel de l'autre côté de la frontière.\n"
                "- **Expat Centre Maastricht Region** : inscription, services de l'IND et conseils "
                "pour les travailleurs internationaux qualifiés et leur famille.\n"
                "- **Rijksprogramma Talent Coalition** : aide les employeurs à attirer et à garder "
                "du personnel hautement qualifié et des étudiants internationaux.\n\n"
                "## Pourquoi ?\n\n"
                "Le sud du Limbourg est une région frontalière. Elle ne compte pas assez de "
                "travailleurs bien formés, à tous les niveaux. C'est pourquoi il devient de plus "
                "en plus important d'attirer et de garder des travailleurs et des étudiants de "
                "l'Euregio et de l'étranger.\n\n"
                "Les services facilitent la venue dans le sud du Limbourg pour y vivre et y "
                "travailler, ou le choix d'y rester. Ils offrent des procédures rapides, des "
                "conseils d'experts et une information de qualité. Grâce à l'investissement, ils "
                "peuvent répondre à la demande croissante des habitants, salariés et employeurs, "
                "internationaux ou non.\n\n"
                "## Partenaires\n\n"
                "Des employeurs, des campus, des établissements d'enseignement et de recherche et "
                "des organisations intermédiaires apportent leurs idées pour améliorer encore les "
                "services. Au départ, il s'agit notamment de Brightlands, Medlands Parkstad, LWV, "
                "Lonza, Maastricht University, Zuyd Hogeschool, LIOF, VISTA college et MKB "
                "Limburg. Ensemble, ils forment une « Coalition of the Willing ».\n\n"
                "Selon Hubert Mackus, échevin (wethouder) chargé de l'économie à Maastricht, la "
                "coopération durable entre les communes permet de bien mieux aider les employeurs, "
                "les établissements d'enseignement et les campus à pourvoir leurs postes vacants. "
                "C'est un coup de pouce pour l'économie du sud du Limbourg.\n\n"
                "## La conférence du 22 février 2024\n\n"
                "Le jeudi 22 février 2024, les trois communes ont organisé une conférence sur le "
                "marché du travail eurégional et international. Elle s'est tenue au Werkcentrum "
                "Zuid-Limburg à Geleen, de 12 h 00 à 15 h 30. Environ 125 personnes issues des "
                "pouvoirs publics, des entreprises et de l'enseignement y ont participé.\n\n"
                "Lors de la conférence, les échevins Martin de Beer (Heerlen), Hubert Mackus "
                "(Maastricht) et Yvonne Salvino (Sittard-Geleen) ont signé l'accord de "
                "coopération.\n\n"
                "Le Werkcentrum Zuid-Limburg est un guichet unique pour toutes les questions liées "
                "au travail. Les salariés et les employeurs de tout le sud du Limbourg peuvent s'y "
                "adresser, y compris pour travailler ou recruter de l'autre côté de la frontière."
            ),
        },
    },
    {
        "slug": "privacy",
        "title": {
            "nl": "Privacyverklaring",
            "de": "Datenschutzerklärung",
            "en": "Privacy statement",
            "fr": "Déclaration de confidentialité",
        },
        "intro": {
            "nl": (
                "Dit portaal geeft informatie over wonen en werken over de grens en over "
                "internationaal werken in Zuid-Limburg. Wij verwerken zo weinig mogelijk "
                "persoonsgegevens. Hier leest u welke gegevens wij wel gebruiken, waarvoor, hoe "
                "lang, en wat uw rechten zijn."
            ),
            "de": (
                "Dieses Portal informiert über das Leben und Arbeiten über die Grenze hinweg und "
                "über internationales Arbeiten in Süd-Limburg. Wir verarbeiten so wenige "
                "personenbezogene Daten wie möglich. Hier lesen Sie, welche Daten wir verwenden, "
                "wofür, wie lange und welche Rechte Sie haben."
            ),
            "en": (
                "This portal gives information about living and working across the border and "
                "about international work in South Limburg. We process as little personal data as "
                "possible. Here you can read which data we do use, what for, for how long, and "
                "what your rights are."
            ),
            "fr": (
                "Ce portail informe sur la vie et le travail de part et d'autre de la frontière et "
                "sur le travail international dans le sud du Limbourg. Nous traitons le moins de "
                "données personnelles possible. Vous trouverez ici les données que nous utilisons, "
                "dans quel but, pendant combien de temps, et quels sont vos droits."
            ),
        },
        "body": {
            "nl": (
                "## Wie is verantwoordelijk?\n\n"
                "De gemeenten Maastricht, Heerlen en Sittard-Geleen bieden de diensten op dit "
                "portaal samen aan. Zij zijn samen verantwoordelijk voor de persoonsgegevens die "
                "via dit portaal worden verwerkt. In de taal van de privacywet (AVG) heet dat de "
                "‘verwerkingsverantwoordelijke’.\n\n"
                "Hebt u een vraag over privacy, of wilt u een van uw rechten gebruiken? Neem dan "
                "contact op met de gemeente Maastricht via de gebruikelijke contactmogelijkheden "
                "van de gemeente. U kunt daar ook vragen naar de functionaris "
                "gegevensbescherming.\n\n"
                "## Als u het portaal bezoekt\n\n"
                "Het portaal plaatst geen tracking cookies en laadt niets van andere partijen: "
                "geen advertenties, en geen lettertypes, kaarten, video's of knoppen van sociale "
                "media van andere websites. Een link naar een andere website, bijvoorbeeld een "
                "route op OpenStreetMap, wordt pas geopend als u erop klikt. Vanaf dan geldt de "
                "privacyverklaring van die website.\n\n"
                "Het portaal gebruikt alleen deze cookies:\n\n"
                "- **Taalcookie**: onthoudt welke taal u hebt gekozen. Dit cookie bevat geen "
                "persoonsgegevens en blijft maximaal een jaar bewaard.\n"
                "- **Beveiligingscookie**: als u een formulier invult, bijvoorbeeld om u aan te "
                "melden voor een bijeenkomst, beschermt dit cookie het formulier tegen misbruik.\n"
                "- **Sessiecookie voor medewerkers**: alleen medewerkers die inloggen om de inhoud "
                "te beheren, krijgen een cookie dat hen ingelogd houdt.\n\n"
                "Deze cookies zijn nodig om het portaal te laten werken. Daarom vragen wij er geen "
                "toestemming voor.\n\n"
                "## Logbestanden van de webserver\n\n"
                "Bij elk bezoek legt de webserver vast: uw IP-adres, welke pagina u opvraagt en "
                "wanneer. Wij gebruiken deze gegevens alleen om het portaal veilig te houden en "
                "storingen op te sporen. Wij bewaren ze maximaal 14 dagen. Daarna worden ze "
                "verwijderd.\n\n"
                "## Aanmelden voor een bijeenkomst\n\n"
                "Meldt u zich via dit portaal aan voor een conferentie of een andere bijeenkomst? "
                "Dan vragen wij:\n\n"
                "- uw naam en e-mailadres;\n"
                "- uw organisatie en functie;\n"
                "- uw telefoonnummer (niet verplicht);\n"
                "- de onderwerpen die u interesseren.\n\n"
                "Als u dat wilt, kunt u ook dieetwensen en wensen voor toegankelijkheid opgeven. "
                "Deze gegevens kunnen iets zeggen over uw gezondheid of uw geloof. Het zijn daarom "
                "**bijzondere persoonsgegevens**. Wij vragen ze alleen om de bijeenkomst voor u "
                "toegankelijk te maken, en wij gebruiken ze alleen met uw uitdrukkelijke "
                "toestemming. U kunt die toestemming altijd intrekken.\n\n"
                "Wij gebruiken uw gegevens alleen om de bijeenkomst te organiseren, bijvoorbeeld "
                "om uw aanmelding te bevestigen en u praktische informatie te sturen. **90 dagen "
                "na de bijeenkomst verwijderen wij uw persoonsgegevens.** Daarna bewaren wij "
                "alleen anonieme aantallen, bijvoorbeeld hoeveel mensen zich hebben aangemeld.\n\n"
                "Wij wissen dan uw naam, e-mailadres, organisatie, functie, telefoonnummer, "
                "onderwerpen en wensen, en de e-mails die wij u stuurden. Uw persoonlijke link "
                "werkt daarna niet meer. Wat overblijft, zegt niet wie u bent: bijvoorbeeld het "
                "soort organisatie, de taal, wanneer u zich aanmeldde en of u aanwezig was.\n\n"
                "## Delen met anderen\n\n"
                "Wij verkopen uw gegevens niet. Wij geven ze ook niet aan anderen voor hun eigen "
                "doelen, tenzij de wet ons daartoe verplicht.\n\n"
                "## Uw rechten\n\n"
                "Volgens de Algemene verordening gegevensbescherming (AVG) hebt u het recht om:\n\n"
                "- uw gegevens in te zien;\n"
                "- onjuiste gegevens te laten verbeteren;\n"
                "- uw gegevens te laten verwijderen;\n"
                "- bezwaar te maken tegen het gebruik van uw gegevens;\n"
                "- uw toestemming in te trekken, als wij gegevens met uw toestemming gebruiken.\n\n"
                "Neem hiervoor contact op met de gemeente Maastricht via de gebruikelijke "
                "contactmogelijkheden. Bent u het niet eens met de manier waarop wij met uw "
                "gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit "
                "Persoonsgegevens, de Nederlandse toezichthouder op privacy.\n\n"
                "## Wijzigingen\n\n"
                "Als het portaal verandert, passen wij deze privacyverklaring aan. Op deze pagina "
                "staat altijd de geldende versie."
            ),
            "de": (
                "## Wer ist verantwortlich?\n\n"
                "Die Gemeinden Maastricht, Heerlen und Sittard-Geleen bieten die Dienste auf "
                "diesem Portal gemeinsam an. Sie sind gemeinsam für die personenbezogenen Daten "
                "verantwortlich, die über dieses Portal verarbeitet werden (Verantwortliche im "
                "Sinne der Datenschutz-Grundverordnung, DSGVO).\n\n"
                "Haben Sie eine Frage zum Datenschutz oder möchten Sie eines Ihrer Rechte ausüben? "
                "Dann wenden Sie sich über die üblichen Kontaktwege an die Gemeinde Maastricht. "
                "Dort können Sie auch nach dem oder der Datenschutzbeauftragten fragen.\n\n"
                "## Wenn Sie das Portal besuchen\n\n"
                "Das Portal setzt keine Tracking-Cookies und lädt nichts von Dritten: keine "
                "Werbung und keine Schriftarten, Karten, Videos oder Social-Media-Buttons von "
                "anderen Websites. Ein Link zu einer anderen Website, zum Beispiel eine Route auf "
                "OpenStreetMap, wird erst geöffnet, wenn Sie ihn anklicken. Ab dann gilt die "
                "Datenschutzerklärung dieser Website.\n\n"
                "Das Portal verwendet nur diese Cookies:\n\n"
                "- **Sprach-Cookie**: merkt sich, welche Sprache Sie gewählt haben. Dieses Cookie "
                "enthält keine personenbezogenen Daten und wird höchstens ein Jahr gespeichert.\n"
                "- **Sicherheits-Cookie**: Wenn Sie ein Formular ausfüllen, zum Beispiel um sich "
                "für eine Veranstaltung anzumelden, schützt dieses Cookie das Formular vor "
                "Missbrauch.\n"
                "- **Sitzungs-Cookie für Mitarbeitende**: Nur Mitarbeitende, die sich anmelden, um "
                "die Inhalte zu pflegen, erhalten ein Cookie, das sie angemeldet hält.\n\n"
                "Diese Cookies sind nötig, damit das Portal funktioniert. Deshalb fragen wir dafür "
                "nicht nach Ihrer Einwilligung.\n\n"
                "## Protokolldateien des Webservers\n\n"
                "Bei jedem Besuch speichert der Webserver Ihre IP-Adresse, welche Seite Sie "
                "aufrufen und wann. Wir verwenden diese Daten nur, um das Portal sicher zu halten "
                "und Störungen zu finden. Wir speichern sie höchstens 14 Tage. Danach werden sie "
                "gelöscht.\n\n"
                "## Anmeldung zu einer Veranstaltung\n\n"
                "Melden Sie sich über dieses Portal zu einer Konferenz oder einer anderen "
                "Veranstaltung an? Dann fragen wir nach:\n\n"
                "- Ihrem Namen und Ihrer E-Mail-Adresse;\n"
                "- Ihrer Organisation und Ihrer Funktion;\n"
                "- Ihrer Telefonnummer (freiwillig);\n"
                "- den Themen, die Sie interessieren.\n\n"
                "Wenn Sie möchten, können Sie auch Wünsche zur Ernährung und zur Barrierefreiheit "
                "angeben. Diese Angaben können etwas über Ihre Gesundheit oder Ihre Religion "
                "verraten. Sie gehören deshalb zu den **besonderen Kategorien personenbezogener "
                "Daten**. Wir fragen danach nur, um die Veranstaltung für Sie zugänglich zu "
                "machen, und verwenden diese Angaben nur mit Ihrer ausdrücklichen Einwilligung. "
                "Sie können die Einwilligung jederzeit widerrufen.\n\n"
                "Wir verwenden Ihre Daten nur, um die Veranstaltung zu organisieren, zum Beispiel "
                "um Ihre Anmeldung zu bestätigen und Ihnen praktische Informationen zu schicken. "
                "**90 Tage nach der Veranstaltung löschen wir Ihre personenbezogenen Daten.** "
                "Danach bewahren wir nur anonyme Zahlen auf, zum Beispiel wie viele Menschen sich "
                "angemeldet haben.\n\n"
                "Wir löschen dann Ihren Namen, Ihre E-Mail-Adresse, Organisation, Funktion, "
                "Telefonnummer, Themen und Wünsche sowie die E-Mails, die wir Ihnen geschickt "
                "haben. Ihr persönlicher Link funktioniert danach nicht mehr. Was bleibt, verrät "
                "nicht, wer Sie sind: zum Beispiel die Art der Organisation, die Sprache, wann Sie "
                "sich angemeldet haben und ob Sie teilgenommen haben.\n\n"
                "## Weitergabe an andere\n\n"
                "Wir verkaufen Ihre Daten nicht. Wir geben sie auch nicht an andere für deren "
                "eigene Zwecke weiter, es sei denn, das Gesetz verpflichtet uns dazu.\n\n"
                "## Ihre Rechte\n\n"
                "Nach der Datenschutz-Grundverordnung (DSGVO) haben Sie das Recht:\n\n"
                "- Auskunft über Ihre Daten zu erhalten;\n"
                "- falsche Daten berichtigen zu lassen;\n"
                "- Ihre Daten löschen zu lassen;\n"
                "- der Verwendung Ihrer Daten zu widersprechen;\n"
                "- Ihre Einwilligung zu widerrufen, wenn wir Daten auf Grundlage Ihrer "
                "Einwilligung verwenden.\n\n"
                "Wenden Sie sich dafür über die üblichen Kontaktwege an die Gemeinde Maastricht. "
                "Sind Sie nicht einverstanden damit, wie wir mit Ihren Daten umgehen? Dann können "
                "Sie sich bei der Autoriteit Persoonsgegevens beschweren, der niederländischen "
                "Datenschutzaufsichtsbehörde.\n\n"
                "## Änderungen\n\n"
                "Wenn sich das Portal ändert, passen wir diese Datenschutzerklärung an. Auf dieser "
                "Seite finden Sie immer die geltende Fassung."
            ),
            "en": (
                "## Who is responsible?\n\n"
                "The municipalities of Maastricht, Heerlen and Sittard-Geleen offer the services "
                "on this portal together. Together they are responsible for the personal data "
                "processed through this portal. Under the General Data Protection Regulation "
                "(GDPR) they are the “controller”.\n\n"
                "Do you have a question about privacy, or do you want to use one of your rights? "
                "Then contact the municipality of Maastricht through its usual contact channels. "
                "You can also ask for its data protection officer there.\n\n"
                "## When you visit the portal\n\n"
                "The portal sets no tracking cookies and loads nothing from third parties: no "
                "advertising, and no fonts, maps, videos or social media buttons from other "
                "websites. A link to another website, for example a route on OpenStreetMap, only "
                "opens when you click it. From then on, that website's privacy statement "
                "applies.\n\n"
                "The portal uses only these cookies:\n\n"
                "- **Language cookie**: remembers which language you chose. This cookie contains "
                "no personal data and is kept for at most one year.\n"
                "- **Security cookie**: when you fill in a form, for example to register for an "
                "event, this cookie protects the form against misuse.\n"
                "- **Session cookie for staff**: only staff who log in to manage the content get a "
                "cookie that keeps them logged in.\n\n"
                "These cookies are needed for the portal to work. That is why we do not ask for "
                "your consent for them.\n\n"
                "## Web server logs\n\n"
                "With every visit, the web server records your IP address, which page you request "
                "and when. We use this data only to keep the portal secure and to find faults. We "
                "keep it for at most 14 days. After that it is deleted.\n\n"
                "## Registering for an event\n\n"
                "Do you register through this portal for a conference or another event? Then we "
                "ask for:\n\n"
                "- your name and e-mail address;\n"
                "- your organisation and job title;\n"
                "- your phone number (optional);\n"
                "- the topics that interest you.\n\n"
                "If you wish, you can also tell us about dietary needs and accessibility needs. "
                "This information can say something about your health or your religion. It is "
                "therefore **special category data**. We ask for it only to make the event "
                "accessible to you, and we use it only with your explicit consent. You can "
                "withdraw your consent at any time.\n\n"
                "We use your data only to organise the event, for example to confirm your "
                "registration and to send you practical information. **We delete your personal "
                "data 90 days after the event.** After that we keep only anonymous numbers, for "
                "example how many people registered.\n\n"
                "We then erase your name, e-mail address, organisation, job title, phone number, "
                "topics and needs, and the e-mails we sent you. Your personal link stops working. "
                "What remains does not say who you are: for example the kind of organisation, the "
                "language, when you registered and whether you attended.\n\n"
                "## Sharing with others\n\n"
                "We do not sell your data. Nor do we give it to others for their own purposes, "
                "unless the law requires us to.\n\n"
                "## Your rights\n\n"
                "Under the General Data Protection Regulation (GDPR) you have the right to:\n\n"
                "- see your data;\n"
                "- have incorrect data corrected;\n"
                "- have your data deleted;\n"
                "- object to the use of your data;\n"
                "- withdraw your consent, where we use data on the basis of your consent.\n\n"
                "To do so, contact the municipality of Maastricht through its usual contact "
                "channels. Do you disagree with how we handle your data? Then you can complain to "
                "the Autoriteit Persoonsgegevens, the Dutch Data Protection Authority.\n\n"
                "## Changes\n\n"
                "When the portal changes, we update this privacy statement. This page always shows "
                "the version that applies."
            ),
            "fr": (
                "## Qui est responsable ?\n\n"
                "Les communes de Maastricht, Heerlen et Sittard-Geleen proposent ensemble les "
                "services de ce portail. Elles sont ensemble responsables des données personnelles "
                "traitées par ce portail. Au sens du règlement général sur la protection des "
                "données (RGPD), elles sont le « responsable du traitement ».\n\n"
                "Vous avez une question sur la protection de vos données ou souhaitez exercer l'un "
                "de vos droits ? Contactez la commune de Maastricht par ses canaux de contact "
                "habituels. Vous pouvez aussi y demander à joindre son délégué à la protection des "
                "données.\n\n"
                "## Quand vous consultez le portail\n\n"
                "Le portail ne place aucun cookie de suivi et ne charge rien depuis des tiers : ni "
                "publicité, ni polices de caractères, cartes, vidéos ou boutons de réseaux sociaux "
                "provenant d'autres sites. Un lien vers un autre site, par exemple un itinéraire "
                "sur OpenStreetMap, ne s'ouvre que si vous cliquez dessus. À partir de là, c'est "
                "la déclaration de confidentialité de ce site qui s'applique.\n\n"
                "Le portail utilise uniquement les cookies suivants :\n\n"
                "- **Cookie de langue** : il retient la langue que vous avez choisie. Ce cookie ne "
                "contient aucune donnée personnelle et est conservé un an au maximum.\n"
                "- **Cookie de sécurité** : quand vous remplissez un formulaire, par exemple pour "
                "vous inscrire à un événement, ce cookie protège le formulaire contre les abus.\n"
                "- **Cookie de session pour le personnel** : seuls les membres du personnel qui se "
                "connectent pour gérer le contenu reçoivent un cookie qui les garde connectés.\n\n"
                "Ces cookies sont nécessaires au fonctionnement du portail. C'est pourquoi nous ne "
                "vous demandons pas votre consentement pour ces cookies.\n\n"
                "## Journaux du serveur web\n\n"
                "À chaque visite, le serveur web enregistre votre adresse IP, la page demandée et "
                "l'heure. Nous utilisons ces données uniquement pour assurer la sécurité du "
                "portail et détecter les pannes. Nous les conservons 14 jours au maximum. Ensuite, "
                "elles sont supprimées.\n\n"
                "## Inscription à un événement\n\n"
                "Vous vous inscrivez par ce portail à une conférence ou à un autre événement ? "
                "Nous vous demandons alors :\n\n"
                "- vos nom et adresse e-mail ;\n"
                "- votre organisation et votre fonction ;\n"
                "- votre numéro de téléphone (facultatif) ;\n"
                "- les thèmes qui vous intéressent.\n\n"
                "Si vous le souhaitez, vous pouvez aussi indiquer vos besoins alimentaires et vos "
                "besoins en matière d'accessibilité. Ces informations peuvent révéler quelque "
                "chose sur votre santé ou votre religion. Ce sont donc des **catégories "
                "particulières de données personnelles**. Nous les demandons uniquement pour "
                "rendre l'événement accessible, et nous ne les utilisons qu'avec votre "
                "consentement explicite. Vous pouvez retirer ce consentement à tout moment.\n\n"
                "Nous utilisons vos données uniquement pour organiser l'événement, par exemple "
                "pour confirmer votre inscription et vous envoyer des informations pratiques. "
                "**Nous supprimons vos données personnelles 90 jours après l'événement.** Nous ne "
                "conservons ensuite que des chiffres anonymes, par exemple le nombre de personnes "
                "inscrites.\n\n"
                "Nous effaçons alors votre nom, votre adresse e-mail, votre organisation, votre "
                "fonction, votre numéro de téléphone, vos thèmes et vos besoins, ainsi que les "
                "e-mails que nous vous avons envoyés. Votre lien personnel ne fonctionne plus. Ce "
                "qui reste ne dit pas qui vous êtes : par exemple le type d'organisation, la "
                "langue, la date de votre inscription et votre présence ou non.\n\n"
                "## Partage avec des tiers\n\n"
                "Nous ne vendons pas vos données. Nous ne les transmettons pas non plus à des "
                "tiers pour leurs propres fins, sauf si la loi nous y oblige.\n\n"
                "## Vos droits\n\n"
                "En vertu du règlement général sur la protection des données (RGPD), vous avez le "
                "droit :\n\n"
                "- d'accéder à vos données ;\n"
                "- de faire rectifier des données inexactes ;\n"
                "- de faire effacer vos données ;\n"
                "- de vous opposer à l'utilisation de vos données ;\n"
                "- de retirer votre consentement, lorsque nous utilisons des données sur la base "
                "de ce consentement.\n\n"
                "Pour cela, contactez la commune de Maastricht par ses canaux de contact "
                "habituels. Vous n'êtes pas d'accord avec la manière dont nous traitons vos "
                "données ? Vous pouvez alors déposer une plainte auprès de l'Autoriteit "
                "Persoonsgegevens, l'autorité néerlandaise de protection des données.\n\n"
                "## Modifications\n\n"
                "Lorsque le portail évolue, nous adaptons cette déclaration de confidentialité. "
                "Cette page présente toujours la version en vigueur."
            ),
        },
    },
    {
        "slug": "accessibility",
        "title": {
            "nl": "Toegankelijkheidsverklaring",
            "de": "Erklärung zur Barrierefreiheit",
            "en": "Accessibility statement",
            "fr": "Déclaration d'accessibilité",
        },
        "intro": {
            "nl": (
                "Iedereen moet dit portaal kunnen gebruiken, ook mensen met een beperking. Hier "
                "leest u wat wij daarvoor doen en hoe u een probleem kunt melden."
            ),
            "de": (
                "Alle Menschen sollen dieses Portal nutzen können, auch Menschen mit einer "
                "Behinderung. Hier lesen Sie, was wir dafür tun und wie Sie ein Problem melden "
                "können."
            ),
            "en": (
                "Everyone should be able to use this portal, including people with a disability. "
                "Here you can read what we do to make this possible and how to report a problem."
            ),
            "fr": (
                "Tout le monde doit pouvoir utiliser ce portail, y compris les personnes en "
                "situation de handicap. Vous lisez ici ce que nous faisons pour cela et comment "
                "signaler un problème."
            ),
        },
        "body": {
            "nl": (
                "## Onze norm\n\n"
                "Wij willen dat het portaal voldoet aan de WCAG 2.1 op niveau AA. Dat is de norm "
                "waaraan websites van Nederlandse overheidsorganisaties volgens de wet moeten "
                "voldoen.\n\n"
                "## Wat wij hebben gedaan\n\n"
                "- Het portaal werkt ook zonder JavaScript.\n"
                "- U kunt alles met het toetsenbord bedienen.\n"
                "- Het portaal is geschikt voor schermlezers.\n"
                "- De teksten zijn er in vier talen: Nederlands, Duits, Engels en Frans. De taal "
                "van elke tekst is aangegeven, zodat een schermlezer de tekst goed uitspreekt.\n"
                "- U kunt inzoomen tot 200% zonder dat er informatie verloren gaat.\n"
                "- Tekst en achtergrond hebben genoeg kleurcontrast.\n"
                "- Het portaal werkt ook goed op een telefoon.\n\n"
                "## Teksten die nog niet vertaald zijn\n\n"
                "Soms is een tekst nog niet in uw taal beschikbaar. Dan tonen wij die tekst in een "
                "andere taal. Wij melden dat er duidelijk bij, en ook dan is de taal van de tekst "
                "aangegeven.\n\n"
                "## Een probleem melden\n\n"
                "Kunt u een deel van het portaal niet goed gebruiken? Of ziet u iets dat niet "
                "toegankelijk is? Laat het ons weten via de contactgegevens van de loketten op dit "
                "portaal. Vertel op welke pagina het probleem zit en wat er misgaat. Wij proberen "
                "het probleem op te lossen, of u de informatie op een andere manier te geven.\n\n"
                "## Herziening\n\n"
                "Deze verklaring beschrijft de maatregelen die wij zelf hebben genomen. Wij "
                "bekijken de verklaring regelmatig opnieuw, en ook als het portaal verandert."
            ),
            "de": (
                "## Unser Standard\n\n"
                "Das Portal soll die WCAG 2.1 auf Stufe AA erfüllen. Das ist der Standard, den "
                "Websites niederländischer Behörden gesetzlich erfüllen müssen.\n\n"
                "## Was wir getan haben\n\n"
                "- Das Portal funktioniert auch ohne JavaScript.\n"
                "- Sie können alles mit der Tastatur bedienen.\n"
                "- Das Portal ist für Screenreader geeignet.\n"
                "- Die Texte gibt es in vier Sprachen: Niederländisch, Deutsch, Englisch und "
                "Französisch. Die Sprache jedes Textes ist gekennzeichnet, damit ein Screenreader "
                "ihn richtig ausspricht.\n"
                "- Sie können bis auf 200 % vergrößern, ohne dass Informationen verloren gehen.\n"
                "- Text und Hintergrund haben genug Farbkontrast.\n"
                "- Das Portal funktioniert auch gut auf dem Smartphone.\n\n"
                "## Texte, die noch nicht übersetzt sind\n\n"
                "Manchmal gibt es einen Text noch nicht in Ihrer Sprache. Dann zeigen wir ihn in "
                "einer anderen Sprache. Darauf weisen wir deutlich hin, und auch dann ist die "
                "Sprache des Textes gekennzeichnet.\n\n"
                "## Ein Problem melden\n\n"
                "Können Sie einen Teil des Portals nicht gut nutzen? Oder ist Ihnen etwas "
                "aufgefallen, das nicht barrierefrei ist? Teilen Sie es uns über die Kontaktdaten "
                "der Anlaufstellen auf diesem Portal mit. Sagen Sie uns, auf welcher Seite das "
                "Problem auftritt und was nicht funktioniert. Wir versuchen, das Problem zu "
                "beheben oder Ihnen die Informationen auf anderem Weg zu geben.\n\n"
                "## Überprüfung\n\n"
                "Diese Erklärung beschreibt die Maßnahmen, die wir selbst getroffen haben. Wir "
                "überprüfen sie regelmäßig und auch dann, wenn sich das Portal ändert."
            ),
            "en": (
                "## Our standard\n\n"
                "We aim for the portal to meet WCAG 2.1 at level AA. This is the standard that "
                "websites of Dutch public bodies must meet by law.\n\n"
                "## What we have done\n\n"
                "- The portal also works without JavaScript.\n"
                "- You can operate everything with the keyboard.\n"
                "- The portal is suitable for screen readers.\n"
                "- The texts are available in four languages: Dutch, German, English and French. "
                "The language of each text is marked, so that a screen reader pronounces it "
                "correctly.\n"
                "- You can zoom in to 200% without losing information.\n"
                "- Text and background have enough colour contrast.\n"
                "- The portal also works well on a phone.\n\n"
                "## Texts that are not yet translated\n\n"
                "Sometimes a text is not yet available in your language. We then show it in "
                "another language. We say so clearly, and the language of the text is marked in "
                "that case too.\n\n"
                "## Reporting a problem\n\n"
                "Is there a part of the portal you cannot use well? Or have you noticed something "
                "that is not accessible? Let us know through the contact details of the desks on "
                "this portal. Tell us on which page the problem is and what goes wrong. We will "
                "try to solve the problem, or to give you the information in another way.\n\n"
                "## Review\n\n"
                "This statement describes the measures we have taken ourselves. We review it "
                "regularly, and also when the portal changes."
            ),
            "fr": (
                "## Notre norme\n\n"
                "Nous voulons que le portail respecte les WCAG 2.1 au niveau AA. C'est la norme "
                "que les sites web des organismes publics néerlandais doivent respecter selon la "
                "loi.\n\n"
                "## Ce que nous avons fait\n\n"
                "- Le portail fonctionne aussi sans JavaScript.\n"
                "- Vous pouvez tout utiliser au clavier.\n"
                "- Le portail est adapté aux lecteurs d'écran.\n"
                "- Les textes existent en quatre langues : néerlandais, allemand, anglais et "
                "français. La langue de chaque texte est indiquée, pour qu'un lecteur d'écran le "
                "prononce correctement.\n"
                "- Vous pouvez zoomer jusqu'à 200 % sans perdre d'information.\n"
                "- Le texte et le fond présentent un contraste de couleurs suffisant.\n"
                "- Le portail fonctionne aussi bien sur un téléphone.\n\n"
                "## Textes pas encore traduits\n\n"
                "Il arrive qu'un texte ne soit pas encore disponible dans votre langue. Nous "
                "l'affichons alors dans une autre langue. Nous le signalons clairement, et la "
                "langue du texte est là aussi indiquée.\n\n"
                "## Signaler un problème\n\n"
                "Vous ne parvenez pas à bien utiliser une partie du portail ? Ou vous avez "
                "remarqué quelque chose qui n'est pas accessible ? Signalez-le-nous via les "
                "coordonnées des guichets présentés sur ce portail. Indiquez-nous la page "
                "concernée et ce qui ne fonctionne pas. Nous essaierons de résoudre le problème ou "
                "de vous fournir l'information autrement.\n\n"
                "## Révision\n\n"
                "Cette déclaration décrit les mesures que nous avons prises nous-mêmes. Nous la "
                "revoyons régulièrement, ainsi que lorsque le portail évolue."
            ),
        },
    },
]
