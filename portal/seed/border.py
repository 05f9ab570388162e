"""Seed content: the cross-border desks (Grensinfopunt and Service Grensarbeid).

Facts come from /work/shared/content-facts.md (sections 3.1-3.3 and 4). Contact data is dated:
unknown fields stay empty and `last_verified` carries the date of the source, so staff can see
what still needs checking.
"""

# The Eurode Business Center on the Kerkrade (NL) / Herzogenrath (DE) border: home of the
# GrensInfoPunt Aken-Eurode and Service Grensarbeid Kerkrade. House number not known.
EURODE_BUSINESS_CENTER = {
    "street_address": "Nieuwstraat / Neustraße",
    "postal_code": "",
    "city": "Kerkrade",
    "country": "NL",
}

GRENSINFOPUNT = {
    "slug": "grensinfopunt",
    "order": 10,
    "website": "",
    "name": {
        "nl": "Grensinfopunt",
        "de": "Grenzinfopunkt",
        "en": "Cross-border information point",
        "fr": "Point d'information transfrontalier",
    },
    "summary": {
        "nl": (
            "Gratis informatie voor iedereen die over de grens woont of werkt, en voor hun "
            "werkgevers: over belasting, sociale zekerheid, zorgverzekering, pensioen, "
            "uitkeringen en arbeidsrecht."
        ),
        "de": (
            "Kostenlose Informationen für alle, die im Nachbarland wohnen oder arbeiten, und für "
            "ihre Arbeitgeber: zu Steuern, Sozialversicherung, Krankenversicherung, Rente, "
            "Leistungen und Arbeitsrecht."
        ),
        "en": (
            "Free information for everyone who lives or works across the border, and for their "
            "employers: on tax, social security, health insurance, pensions, benefits and "
            "labour law."
        ),
        "fr": (
            "Des informations gratuites pour toute personne qui vit ou travaille de l'autre côté "
            "de la frontière, et pour son employeur : impôts, sécurité sociale, assurance "
            "maladie, pension, allocations et droit du travail."
        ),
    },
    "audience": {
        "nl": (
            "Het Grensinfopunt is er voor:\n\n"
            "- grenswerkers: mensen die in het ene land wonen en in het andere werken, of dat "
            "van plan zijn\n"
            "- oud-grenswerkers\n"
            "- gezinnen van grenswerkers\n"
            "- studenten en leerlingen in een beroepsopleiding\n"
            "- gepensioneerden\n"
            "- werkzoekenden\n"
            "- werkgevers van grenswerkers"
        ),
        "de": (
            "Der Grenzinfopunkt ist für Sie da, wenn Sie zu diesen Gruppen gehören:\n\n"
            "- Grenzgänger: Menschen, die in einem Land wohnen und im anderen arbeiten oder das "
            "vorhaben\n"
            "- ehemalige Grenzgänger\n"
            "- Familien von Grenzgängern\n"
            "- Studierende und Auszubildende\n"
            "- Rentnerinnen und Rentner\n"
            "- Arbeitsuchende\n"
            "- Arbeitgeber von Grenzgängern"
        ),
        "en": (
            "The cross-border information point is there for:\n\n"
            "- cross-border workers: people who live in one country and work in another, or "
            "plan to do so\n"
            "- former cross-border workers\n"
            "- families of cross-border workers\n"
            "- students and apprentices\n"
            "- pensioners\n"
            "- jobseekers\n"
            "- employers of cross-border workers"
        ),
        "fr": (
            "Le point d'information transfrontalier s'adresse :\n\n"
            "- aux travailleurs frontaliers : les personnes qui habitent dans un pays et "
            "travaillent dans un autre, ou qui envisagent de le faire\n"
            "- aux anciens travailleurs frontaliers\n"
            "- aux familles de travailleurs frontaliers\n"
            "- aux étudiants et aux apprentis\n"
            "- aux retraités\n"
            "- aux demandeurs d'emploi\n"
            "- aux employeurs de travailleurs frontaliers"
        ),
    },
    "description": {
        "nl": (
            "Woont u in het ene land en werkt u in het andere? Dan krijgt u met veel regels te "
            "maken. Het Grensinfopunt legt ze gratis en in gewone taal uit, bijvoorbeeld over:\n\n"
            "- belasting\n"
            "- sociale zekerheid, zorgverzekering en de keuze van een arts\n"
            "- pensioen\n"
            "- kinderbijslag, ouderschapsgeld en andere uitkeringen\n"
            "- arbeidsrecht\n"
            "- praktische zaken, zoals uw autoverzekering\n\n"
            "In Zuid-Limburg zijn er twee grensinfopunten: in Maastricht en in het Eurode "
            "Business Center op de grens van Kerkrade en Herzogenrath (Aken-Eurode). Het "
            "Grensinfopunt Aken-Eurode heeft ook een spreekuur in Aken. De grensinfopunten "
            "werken samen, ook met het grensinfopunt in Mönchengladbach.\n\n"
            "Het Grensinfopunt geeft eerste informatie en neemt zelf geen besluiten. Het werkt "
            "nauw samen met de instanties die dat wel doen: de Belastingdienst, het Duitse "
            "Finanzamt, de SVB, het UWV en hun Belgische en Duitse collega's. De grensinfopunten "
            "horen bij een landelijk netwerk; kijk ook op [grensinfo.nl](https://www.grensinfo.nl)."
        ),
        "de": (
            "Sie wohnen in einem Land und arbeiten im anderen? Dann gelten für Sie viele Regeln. "
            "Der Grenzinfopunkt erklärt sie Ihnen kostenlos und verständlich, zum Beispiel zu:\n\n"
            "- Steuern\n"
            "- Sozialversicherung, Krankenversicherung und Arztwahl\n"
            "- Rente\n"
            "- Kindergeld, Elterngeld und anderen Leistungen\n"
            "- Arbeitsrecht\n"
            "- praktischen Fragen, etwa zur Autoversicherung\n\n"
            "In Süd-Limburg gibt es zwei Grenzinfopunkte: in Maastricht und im Eurode Business "
            "Center an der Grenze zwischen Kerkrade und Herzogenrath (Aachen-Eurode). Der "
            "GrenzInfoPunkt Aachen-Eurode bietet außerdem eine Sprechstunde in Aachen an. Die "
            "Grenzinfopunkte arbeiten zusammen, auch mit dem Grenzinfopunkt in "
            "Mönchengladbach.\n\n"
            "Der Grenzinfopunkt gibt erste Informationen und trifft selbst keine Entscheidungen. "
            "Er arbeitet eng mit den zuständigen Stellen zusammen: dem Finanzamt, der "
            "niederländischen Steuerbehörde (Belastingdienst), den niederländischen Stellen SVB "
            "und UWV sowie ihren belgischen und deutschen Partnern. Die Grenzinfopunkte gehören "
            "zu einem landesweiten niederländischen Netzwerk; siehe auch "
            "[grensinfo.nl](https://www.grensinfo.nl)."
        ),
        "en": (
            "Do you live in one country and work in another? Then many different rules apply to "
            "you. The cross-border information point explains them free of charge and in plain "
            "language, for example on:\n\n"
            "- tax\n"
            "- social security, health insurance and choosing a doctor\n"
            "- pensions\n"
            "- child benefit, parental allowance and other benefits\n"
            "- labour law\n"
            "- practical matters, such as car insurance\n\n"
            "There are two information points in South Limburg: in Maastricht and in the Eurode "
            "Business Center on the border between Kerkrade and Herzogenrath (Aachen-Eurode). "
            "The Aachen-Eurode point also holds consultations in Aachen. The information points "
            "work together, also with the one in Mönchengladbach.\n\n"
            "The information point gives first-line information and does not take decisions "
            "itself. It works closely with the authorities that do: the Dutch Tax Administration "
            "(Belastingdienst), the German tax office (Finanzamt), the Dutch agencies SVB and "
            "UWV, and their Belgian and German counterparts. The information points are part of "
            "a national Dutch network; see also [grensinfo.nl](https://www.grensinfo.nl)."
        ),
        "fr": (
            "Vous habitez dans un pays et travaillez dans un autre ? De nombreuses règles "
            "s'appliquent alors à vous. Le point d'information transfrontalier vous les explique "
            "gratuitement et simplement, par exemple sur :\n\n"
            "- les impôts\n"
            "- la sécurité sociale, l'assurance maladie et le choix d'un médecin\n"
            "- la pension\n"
            "- les allocations familiales, l'allocation parentale et les autres prestations\n"
            "- le droit du travail\n"
            "- des questions pratiques, comme l'assurance de votre voiture\n\n"
            "Il existe deux points d'information dans le Limbourg du Sud : à Maastricht et à "
            "l'Eurode Business Center, sur la frontière entre Kerkrade et Herzogenrath "
            "(Aix-la-Chapelle-Eurode). Le point d'Aix-la-Chapelle-Eurode assure aussi une "
            "permanence à Aix-la-Chapelle. Les points d'information travaillent ensemble, "
            "également avec celui de Mönchengladbach.\n\n"
            "Le point d'information donne une première information et ne prend pas lui-même de "
            "décisions. Il travaille en étroite collaboration avec les organismes compétents : "
            "l'administration fiscale néerlandaise (Belastingdienst), l'administration fiscale "
            "allemande (Finanzamt), les organismes néerlandais SVB et UWV, ainsi que leurs "
            "homologues belges et allemands. Les points d'information font partie d'un réseau "
            "national néerlandais ; voir aussi [grensinfo.nl](https://www.grensinfo.nl)."
        ),
    },
    "locations": [
        {
            "key": "maastricht",
            "name": {
                "nl": "Grensinfopunt Maastricht",
                "de": "Grenzinfopunkt Maastricht",
                "en": "Cross-border information point Maastricht",
                "fr": "Point d'information transfrontalier Maastricht",
            },
            # Address from the Holland Expat Center South guide of December 2017 [S8]: dated.
            "street_address": "Avenue Céramique 50",
            "postal_code": "6222 KV",
            "city": "Maastricht",
            "country": "NL",
            "phone": "",
            "email": "",
            "by_appointment_only": False,
            "notes": {
                "nl": (
                    "Dit adres (Maastricht International Centre, Centre Céramique) dateert uit "
                    "2017 en kan veranderd zijn. Mogelijk zit het Grensinfopunt nu in het Mosae "
                    "Forum 10; dat is nog niet bevestigd. Vraag het bij twijfel na bij de "
                    "gemeente Maastricht voordat u langskomt."
                ),
                "de": (
                    "Diese Adresse (Maastricht International Centre, Centre Céramique) stammt "
                    "aus dem Jahr 2017 und kann sich geändert haben. Möglicherweise befindet "
                    "sich der Grenzinfopunkt inzwischen im Mosae Forum 10; das ist noch nicht "
                    "bestätigt. Fragen Sie im Zweifel vor Ihrem Besuch bei der Gemeinde "
                    "Maastricht nach."
                ),
                "en": (
                    "This address (Maastricht International Centre, Centre Céramique) dates "
                    "from 2017 and may have changed. The information point may now be at Mosae "
                    "Forum 10; this has not been confirmed. If in doubt, check with the "
                    "municipality of Maastricht before you visit."
                ),
                "fr": (
                    "Cette adresse (Maastricht International Centre, Centre Céramique) date de "
                    "2017 et a pu changer. Le point d'information se trouve peut-être désormais "
                    "au Mosae Forum 10 ; cela n'est pas encore confirmé. En cas de doute, "
                    "renseignez-vous auprès de la commune de Maastricht avant votre visite."
                ),
            },
            "last_verified": "2017-12-01",
            "hours": [],
        },
        {
            "key": "aken-eurode",
            "name": {
                "nl": "GrensInfoPunt Aken-Eurode",
                "de": "GrenzInfoPunkt Aachen-Eurode",
                "en": "Cross-border information point Aachen-Eurode",
                "fr": "Point d'information transfrontalier Aix-la-Chapelle-Eurode",
            },
            # Eurode Business Center; no house number or postcode in the sources [S13][S17][S19].
            **EURODE_BUSINESS_CENTER,
            "phone": "",
            "email": "",
            "by_appointment_only": False,
            "notes": {
                "nl": (
                    "Het Grensinfopunt zit in het Eurode Business Center, precies op de grens "
                    "van Kerkrade (NL) en Herzogenrath (DE), aan het einde van de "
                    "Nieuwstraat/Neustraße. In Aken is er ook een spreekuur bij de "
                    "Bürgerservice in het Katschhof-gebouw aan de Johannes-Paul-II.-Straße."
                ),
                "de": (
                    "Der GrenzInfoPunkt befindet sich im Eurode Business Center, direkt auf der "
                    "Grenze zwischen Kerkrade (NL) und Herzogenrath (DE), am Ende der "
                    "Neustraße/Nieuwstraat. In Aachen gibt es außerdem eine Sprechstunde beim "
                    "Bürgerservice im Gebäude Katschhof, Johannes-Paul-II.-Straße."
                ),
                "en": (
                    "The information point is in the Eurode Business Center, right on the border "
                    "between Kerkrade (NL) and Herzogenrath (DE), at the end of "
                    "Nieuwstraat/Neustraße. There is also a consultation in Aachen at the "
                    "Bürgerservice in the Katschhof building, Johannes-Paul-II.-Straße."
                ),
                "fr": (
                    "Le point d'information se trouve à l'Eurode Business Center, exactement sur "
                    "la frontière entre Kerkrade (Pays-Bas) et Herzogenrath (Allemagne), au bout "
                    "de la Nieuwstraat/Neustraße. Une permanence a aussi lieu à "
                    "Aix-la-Chapelle, au Bürgerservice, dans le bâtiment Katschhof, "
                    "Johannes-Paul-II.-Straße."
                ),
            },
            # Source S18 (grenzinfo.eu/emra), seen June 2021.
            "last_verified": "2021-06-01",
            "hours": [],
        },
    ],
    "faqs": [
        {
            "key": "be-nl-tax",
            "topic": "tax",
            "question": {
                "nl": "Ik woon in België en werk in Nederland. Waar betaal ik belasting?",
                "de": (
                    "Ich wohne in Belgien und arbeite in den Niederlanden. Wo zahle ich Steuern?"
                ),
                "en": "I live in Belgium and work in the Netherlands. Where do I pay tax?",
                "fr": (
                    "J'habite en Belgique et je travaille aux Pays-Bas. Où est-ce que je paie "
                    "mes impôts ?"
                ),
            },
            "answer": {
                "nl": (
                    "Over uw loon betaalt u in de regel Nederlandse loonbelasting. Uw werkgever "
                    "houdt die in op uw salaris.\n\n"
                    "Misschien kunt u ook Nederlandse aftrekposten gebruiken. Dat kan als u een "
                    'zogenoemde "kwalificerende buitenlandse belastingplichtige" bent.\n\n'
                    "Wilt u weten wat dit voor u betekent? Vraag het aan het Grensinfopunt of "
                    "aan de Belastingdienst."
                ),
                "de": (
                    "Auf Ihren Lohn zahlen Sie in der Regel niederländische Lohnsteuer. Ihr "
                    "Arbeitgeber behält sie vom Gehalt ein.\n\n"
                    "Unter Umständen können Sie auch niederländische Abzüge geltend machen. Das "
                    "ist möglich, wenn Sie als „qualifizierter ausländischer Steuerpflichtiger“ "
                    "(kwalificerende buitenlandse belastingplichtige) gelten.\n\n"
                    "Was das für Sie bedeutet, erfahren Sie beim Grenzinfopunkt oder bei der "
                    "niederländischen Steuerbehörde (Belastingdienst)."
                ),
                "en": (
                    "You usually pay Dutch wage tax on your salary. Your employer deducts it "
                    "from your pay.\n\n"
                    "You may also be able to use Dutch tax deductions. This is possible if you "
                    'count as a "qualifying foreign taxpayer" (kwalificerende buitenlandse '
                    "belastingplichtige).\n\n"
                    "To find out what this means for you, ask the information point or the "
                    "Dutch Tax Administration (Belastingdienst)."
                ),
                "fr": (
                    "Vous payez en général l'impôt néerlandais sur les salaires. Votre employeur "
                    "le retient sur votre salaire.\n\n"
                    "Vous pouvez peut-être aussi bénéficier des déductions néerlandaises. C'est "
                    "possible si vous êtes considéré comme « contribuable étranger qualifié » "
                    "(kwalificerende buitenlandse belastingplichtige).\n\n"
                    "Pour savoir ce que cela signifie pour vous, adressez-vous au point "
                    "d'information ou à l'administration fiscale néerlandaise (Belastingdienst)."
                ),
            },
        },
        {
            "key": "be-nl-health-insurance",
            "topic": "health-insurance",
            "question": {
                "nl": ("Ik woon in België en werk in Nederland. Hoe ben ik verzekerd voor zorg?"),
                "de": (
                    "Ich wohne in Belgien und arbeite in den Niederlanden. Wie bin ich "
                    "krankenversichert?"
                ),
                "en": (
                    "I live in Belgium and work in the Netherlands. How am I insured for "
                    "healthcare?"
                ),
                "fr": (
                    "J'habite en Belgique et je travaille aux Pays-Bas. Comment suis-je assuré "
                    "pour mes soins de santé ?"
                ),
            },
            "answer": {
                "nl": (
                    "U moet een Nederlandse zorgverzekering hebben. Dat is verplicht.\n\n"
                    "Daarnaast blijft u aangesloten bij uw Belgische ziekenfonds (mutualiteit). "
                    "Zo kunt u ook in België zorg krijgen.\n\n"
                    "Het Grensinfopunt legt u uit hoe u dit regelt."
                ),
                "de": (
                    "Sie müssen eine niederländische Krankenversicherung (zorgverzekering) "
                    "haben. Das ist Pflicht.\n\n"
                    "Außerdem bleiben Sie Mitglied Ihrer belgischen Krankenkasse (Mutualität). "
                    "So können Sie sich auch in Belgien behandeln lassen.\n\n"
                    "Der Grenzinfopunkt erklärt Ihnen, wie Sie das regeln."
                ),
                "en": (
                    "You must have Dutch health insurance (zorgverzekering). This is "
                    "compulsory.\n\n"
                    "You also stay a member of your Belgian health fund (mutualité or "
                    "ziekenfonds). This means you can also receive care in Belgium.\n\n"
                    "The information point can explain how to arrange this."
                ),
                "fr": (
                    "Vous devez avoir une assurance maladie néerlandaise (zorgverzekering). "
                    "C'est obligatoire.\n\n"
                    "Vous restez aussi affilié à votre mutualité belge. Vous pouvez donc "
                    "également vous faire soigner en Belgique.\n\n"
                    "Le point d'information vous explique comment faire."
                ),
            },
        },
        {
            "key": "be-nl-unemployment",
            "topic": "unemployment",
            "question": {
                "nl": (
                    "Ik woon in België en werk in Nederland. Waar vraag ik een uitkering aan "
                    "als ik werkloos word?"
                ),
                "de": (
                    "Ich wohne in Belgien und arbeite in den Niederlanden. Wo beantrage ich "
                    "Arbeitslosengeld, wenn ich arbeitslos werde?"
                ),
                "en": (
                    "I live in Belgium and work in the Netherlands. Where do I claim benefit if "
                    "I become unemployed?"
                ),
                "fr": (
                    "J'habite en Belgique et je travaille aux Pays-Bas. Où dois-je demander des "
                    "allocations si je perds mon emploi ?"
                ),
            },
            "answer": {
                "nl": (
                    "Wordt u werkloos, dan vraagt u uw werkloosheidsuitkering aan in België, "
                    "het land waar u woont.\n\n"
                    "Het Grensinfopunt helpt u op weg en vertelt u waar u terechtkunt."
                ),
                "de": (
                    "Wenn Sie arbeitslos werden, beantragen Sie Ihr Arbeitslosengeld in "
                    "Belgien, also in dem Land, in dem Sie wohnen.\n\n"
                    "Der Grenzinfopunkt hilft Ihnen weiter und sagt Ihnen, an wen Sie sich "
                    "wenden können."
                ),
                "en": (
                    "If you become unemployed, you claim unemployment benefit in Belgium, the "
                    "country where you live.\n\n"
                    "The information point can help you get started and tell you where to go."
                ),
                "fr": (
                    "Si vous perdez votre emploi, vous demandez vos allocations de chômage en "
                    "Belgique, le pays où vous habitez.\n\n"
                    "Le point d'information vous oriente et vous indique à qui vous adresser."
                ),
            },
        },
        {
            "key": "nl-be-tax",
            "topic": "tax",
            "question": {
                "nl": "Ik woon in Nederland en werk in België. Hoe zit het met mijn belasting?",
                "de": (
                    "Ich wohne in den Niederlanden und arbeite in Belgien. Wie werde ich besteuert?"
                ),
                "en": "I live in the Netherlands and work in Belgium. How am I taxed?",
                "fr": (
                    "J'habite aux Pays-Bas et je travaille en Belgique. Comment suis-je imposé ?"
                ),
            },
            "answer": {
                "nl": (
                    "Op uw loon wordt Belgische bedrijfsvoorheffing ingehouden. Dat is "
                    "belasting die meteen van uw salaris afgaat.\n\n"
                    "Of u Belgische aftrekposten kunt gebruiken, hangt af van een 75%-toets.\n\n"
                    "Daarnaast doet u ook in Nederland aangifte. Dat is nodig voor de "
                    "compensatieregeling.\n\n"
                    "Het Grensinfopunt legt uit wat dit voor u betekent. Met vragen over uw "
                    "Nederlandse aangifte kunt u ook bij de Belastingdienst terecht."
                ),
                "de": (
                    "Von Ihrem Lohn wird der belgische Berufssteuervorabzug (bedrijfsvoorheffing) "
                    "einbehalten. Das ist Steuer, die direkt vom Gehalt abgezogen wird.\n\n"
                    "Ob Sie belgische Abzüge geltend machen können, hängt von einem "
                    "75-%-Test ab.\n\n"
                    "Außerdem geben Sie auch in den Niederlanden eine Steuererklärung ab. Sie "
                    "ist für die niederländische Ausgleichsregelung (compensatieregeling) "
                    "nötig.\n\n"
                    "Der Grenzinfopunkt erklärt Ihnen, was das für Sie bedeutet. Bei Fragen zu "
                    "Ihrer niederländischen Erklärung hilft auch die Steuerbehörde "
                    "(Belastingdienst)."
                ),
                "en": (
                    "Belgian withholding tax (bedrijfsvoorheffing) is deducted from your "
                    "salary.\n\n"
                    "Whether you can use Belgian tax deductions depends on a 75% test.\n\n"
                    "You also file a tax return in the Netherlands. You need it for the Dutch "
                    "compensation scheme (compensatieregeling).\n\n"
                    "The information point explains what this means for you. For questions "
                    "about your Dutch tax return you can also contact the Dutch Tax "
                    "Administration (Belastingdienst)."
                ),
                "fr": (
                    "Le précompte professionnel belge est retenu sur votre salaire.\n\n"
                    "La possibilité d'utiliser les déductions belges dépend d'un test des "
                    "75 %.\n\n"
                    "Vous remplissez aussi une déclaration d'impôts aux Pays-Bas. Elle est "
                    "nécessaire pour le régime de compensation néerlandais "
                    "(compensatieregeling).\n\n"
                    "Le point d'information vous explique ce que cela signifie pour vous. Pour "
                    "votre déclaration néerlandaise, vous pouvez aussi contacter "
                    "l'administration fiscale néerlandaise (Belastingdienst)."
                ),
            },
        },
        {
            "key": "nl-be-unemployment",
            "topic": "unemployment",
            "question": {
                "nl": (
                    "Ik woon in Nederland en werk in België. Waar vraag ik een uitkering aan "
                    "als ik werkloos word?"
                ),
                "de": (
                    "Ich wohne in den Niederlanden und arbeite in Belgien. Wo beantrage ich "
                    "Arbeitslosengeld, wenn ich arbeitslos werde?"
                ),
                "en": (
                    "I live in the Netherlands and work in Belgium. Where do I claim benefit if "
                    "I become unemployed?"
                ),
                "fr": (
                    "J'habite aux Pays-Bas et je travaille en Belgique. Où dois-je demander des "
                    "allocations si je perds mon emploi ?"
                ),
            },
            "answer": {
                "nl": (
                    "Dan vraagt u uw werkloosheidsuitkering aan bij het UWV in Nederland, het "
                    "land waar u woont.\n\n"
                    "Het Grensinfopunt helpt u op weg. Voor uw aanvraag zelf gaat u naar het UWV."
                ),
                "de": (
                    "Dann beantragen Sie Ihr Arbeitslosengeld beim UWV in den Niederlanden, also "
                    "in dem Land, in dem Sie wohnen.\n\n"
                    "Der Grenzinfopunkt hilft Ihnen weiter. Den Antrag selbst stellen Sie beim "
                    "UWV."
                ),
                "en": (
                    "You claim unemployment benefit from the UWV in the Netherlands, the country "
                    "where you live.\n\n"
                    "The information point can help you get started. You make the claim itself "
                    "with the UWV."
                ),
                "fr": (
                    "Vous demandez vos allocations de chômage auprès de l'UWV aux Pays-Bas, le "
                    "pays où vous habitez.\n\n"
                    "Le point d'information vous oriente. La demande elle-même se fait auprès "
                    "de l'UWV."
                ),
            },
        },
        {
            "key": "nl-de-tax",
            "topic": "tax",
            "question": {
                "nl": "Ik woon in Nederland en werk in Duitsland. Waar betaal ik belasting?",
                "de": (
                    "Ich wohne in den Niederlanden und arbeite in Deutschland. Wo zahle ich "
                    "Steuern?"
                ),
                "en": "I live in the Netherlands and work in Germany. Where do I pay tax?",
                "fr": (
                    "J'habite aux Pays-Bas et je travaille en Allemagne. Où est-ce que je paie "
                    "mes impôts ?"
                ),
            },
            "answer": {
                "nl": (
                    "Over uw loon betaalt u in de regel Duitse loonbelasting (Lohnsteuer).\n\n"
                    "Werkt u soms thuis in Nederland? Lees dan ook de vraag over thuiswerken. "
                    "Voor uw persoonlijke situatie kunt u terecht bij het Grensinfopunt of bij "
                    "het Duitse Finanzamt."
                ),
                "de": (
                    "Auf Ihren Lohn zahlen Sie in der Regel deutsche Lohnsteuer.\n\n"
                    "Arbeiten Sie manchmal zu Hause in den Niederlanden? Lesen Sie dann auch die "
                    "Frage zum Homeoffice. Zu Ihrer persönlichen Situation berät Sie der "
                    "Grenzinfopunkt; zuständig ist das Finanzamt."
                ),
                "en": (
                    "You usually pay German wage tax (Lohnsteuer) on your salary.\n\n"
                    "Do you sometimes work from home in the Netherlands? Then also read the "
                    "question about working from home. For your personal situation, contact the "
                    "information point or the German tax office (Finanzamt)."
                ),
                "fr": (
                    "Vous payez en général l'impôt allemand sur les salaires (Lohnsteuer).\n\n"
                    "Vous travaillez parfois à domicile aux Pays-Bas ? Lisez aussi la question "
                    "sur le télétravail. Pour votre situation personnelle, adressez-vous au "
                    "point d'information ou à l'administration fiscale allemande (Finanzamt)."
                ),
            },
        },
        {
            "key": "nl-de-health-insurance",
            "topic": "health-insurance",
            "question": {
                "nl": (
                    "Ik woon in Nederland en werk in Duitsland. Hoe ben ik verzekerd voor zorg?"
                ),
                "de": (
                    "Ich wohne in den Niederlanden und arbeite in Deutschland. Wie bin ich "
                    "krankenversichert?"
                ),
                "en": (
                    "I live in the Netherlands and work in Germany. How am I insured for "
                    "healthcare?"
                ),
                "fr": (
                    "J'habite aux Pays-Bas et je travaille en Allemagne. Comment suis-je assuré "
                    "pour mes soins de santé ?"
                ),
            },
            "answer": {
                "nl": (
                    "In de regel bent u verzekerd bij de Duitse wettelijke "
                    "ziektekostenverzekering (gesetzliche Krankenversicherung).\n\n"
                    "Het Grensinfopunt helpt u ook met praktische vragen, zoals de keuze van een "
                    "arts."
                ),
                "de": (
                    "In der Regel sind Sie in der deutschen gesetzlichen Krankenversicherung "
                    "versichert.\n\n"
                    "Der Grenzinfopunkt hilft Ihnen auch bei praktischen Fragen, etwa bei der "
                    "Arztwahl."
                ),
                "en": (
                    "As a rule, you are insured under German statutory health insurance "
                    "(gesetzliche Krankenversicherung).\n\n"
                    "The information point can also help with practical questions, such as "
                    "choosing a doctor."
                ),
                "fr": (
                    "En règle générale, vous êtes assuré auprès de l'assurance maladie légale "
                    "allemande (gesetzliche Krankenversicherung).\n\n"
                    "Le point d'information vous aide aussi pour les questions pratiques, comme "
                    "le choix d'un médecin."
                ),
            },
        },
        {
            "key": "nl-de-home-working-tax",
            "topic": "tax",
            "question": {
                "nl": (
                    "Ik ben grenswerker tussen Nederland en Duitsland. Mag ik thuiswerken zonder "
                    "dat mijn belasting verandert?"
                ),
                "de": (
                    "Ich bin Grenzgänger zwischen den Niederlanden und Deutschland. Kann ich im "
                    "Homeoffice arbeiten, ohne dass sich meine Besteuerung ändert?"
                ),
                "en": (
                    "I commute between the Netherlands and Germany. Can I work from home without "
                    "my taxes changing?"
                ),
                "fr": (
                    "Je suis travailleur frontalier entre les Pays-Bas et l'Allemagne. Puis-je "
                    "télétravailler sans que mon imposition change ?"
                ),
            },
            "answer": {
                "nl": (
                    "Nederland en Duitsland hebben hierover op 14 april 2025 een afspraak "
                    "gemaakt. Die geldt vanaf 1 januari 2026:\n\n"
                    "- U mag maximaal 34 dagen per jaar thuiswerken zonder dat verandert in welk "
                    "land u belasting betaalt.\n"
                    "- Een dag telt als thuiswerkdag vanaf 30 minuten thuiswerk.\n"
                    "- De afspraak gaat alleen over belasting, niet over sociale zekerheid.\n\n"
                    "Vraag het Grensinfopunt wat dit voor u betekent."
                ),
                "de": (
                    "Die Niederlande und Deutschland haben dazu am 14. April 2025 eine "
                    "Vereinbarung getroffen. Sie gilt ab dem 1. Januar 2026:\n\n"
                    "- Sie dürfen bis zu 34 Tage im Jahr zu Hause arbeiten, ohne dass sich "
                    "ändert, in welchem Land Sie Steuern zahlen.\n"
                    "- Ein Tag zählt ab 30 Minuten Arbeit zu Hause als Homeoffice-Tag.\n"
                    "- Die Vereinbarung gilt nur für die Steuern, nicht für die "
                    "Sozialversicherung.\n\n"
                    "Fragen Sie den Grenzinfopunkt, was das für Sie bedeutet."
                ),
                "en": (
                    "The Netherlands and Germany reached an agreement on this on 14 April 2025. "
                    "It applies from 1 January 2026:\n\n"
                    "- You may work from home for up to 34 days a year without changing the "
                    "country where you pay tax.\n"
                    "- A day counts as a home-working day once you work from home for 30 "
                    "minutes.\n"
                    "- The agreement only covers tax, not social security.\n\n"
                    "Ask the information point what this means for you."
                ),
                "fr": (
                    "Les Pays-Bas et l'Allemagne ont conclu un accord à ce sujet le 14 avril "
                    "2025. Il s'applique à partir du 1er janvier 2026 :\n\n"
                    "- Vous pouvez télétravailler jusqu'à 34 jours par an sans que le pays où "
                    "vous payez vos impôts change.\n"
                    "- Une journée compte comme journée de télétravail à partir de 30 minutes "
                    "de travail à domicile.\n"
                    "- L'accord porte uniquement sur les impôts, pas sur la sécurité sociale.\n\n"
                    "Demandez au point d'information ce que cela signifie pour vous."
                ),
            },
        },
        {
            "key": "home-working-social-security",
            "topic": "social-security",
            "question": {
                "nl": (
                    "Ik werk een deel van de tijd thuis, in het land waar ik woon. Verandert dan "
                    "mijn sociale verzekering?"
                ),
                "de": (
                    "Ich arbeite zum Teil zu Hause, in meinem Wohnland. Ändert sich dann meine "
                    "Sozialversicherung?"
                ),
                "en": (
                    "I work part of the time from home, in the country where I live. Does that "
                    "change my social security?"
                ),
                "fr": (
                    "Je travaille en partie à domicile, dans mon pays de résidence. Est-ce que "
                    "cela change ma sécurité sociale ?"
                ),
            },
            "answer": {
                "nl": (
                    "Dat kan. Volgens de Europese regels gaat uw sociale verzekering meestal "
                    "over naar uw woonland als u daar 25% of meer van uw werk doet.\n\n"
                    "Er bestaat een kaderovereenkomst voor telewerk. Valt u daaronder, dan kunt "
                    "u tot net onder 50% van uw werk thuis doen en toch verzekerd blijven in het "
                    "land waar u werkt.\n\n"
                    "Let op: voor belasting gelden andere regels. Laat uw situatie nakijken door "
                    "het Grensinfopunt of de SVB."
                ),
                "de": (
                    "Das ist möglich. Nach den europäischen Regeln wechselt Ihre "
                    "Sozialversicherung meist in Ihr Wohnland, wenn Sie dort 25 % oder mehr "
                    "Ihrer Arbeit leisten.\n\n"
                    "Es gibt eine Rahmenvereinbarung für Telearbeit. Fallen Sie darunter, können "
                    "Sie knapp unter 50 % Ihrer Arbeit zu Hause erledigen und trotzdem im "
                    "Beschäftigungsland versichert bleiben.\n\n"
                    "Achtung: Für die Steuern gelten andere Regeln. Lassen Sie Ihre Situation "
                    "vom Grenzinfopunkt oder von der SVB prüfen."
                ),
                "en": (
                    "It can. Under EU rules, your social security usually moves to your country "
                    "of residence if you do 25% or more of your work there.\n\n"
                    "There is a framework agreement on telework. If it applies to you, you can "
                    "do just under 50% of your work from home and still stay insured in the "
                    "country where you work.\n\n"
                    "Note: different rules apply to tax. Have your situation checked by the "
                    "information point or the SVB."
                ),
                "fr": (
                    "C'est possible. Selon les règles européennes, votre sécurité sociale passe "
                    "en général à votre pays de résidence si vous y effectuez 25 % ou plus de "
                    "votre travail.\n\n"
                    "Il existe un accord-cadre sur le télétravail. S'il s'applique à vous, vous "
                    "pouvez effectuer un peu moins de 50 % de votre travail à domicile tout en "
                    "restant assuré dans le pays où vous travaillez.\n\n"
                    "Attention : d'autres règles s'appliquent aux impôts. Faites vérifier votre "
                    "situation par le point d'information ou par la SVB."
                ),
            },
        },
        {
            "key": "child-benefit-two-countries",
            "topic": "family-benefits",
            "question": {
                "nl": "Kan ik kinderbijslag uit twee landen krijgen?",
                "de": "Kann ich Kindergeld aus zwei Ländern bekommen?",
                "en": "Can I get child benefit from two countries?",
                "fr": "Puis-je recevoir des allocations familiales de deux pays ?",
            },
            "answer": {
                "nl": (
                    "U krijgt niet twee keer het volle bedrag. Europese voorrangsregels bepalen "
                    "welk land eerst betaalt. Is de kinderbijslag in het andere land hoger, dan "
                    "vult dat land aan tot het hogere bedrag.\n\n"
                    "In Nederland regelt de SVB de kinderbijslag. Het Grensinfopunt helpt u "
                    "uitzoeken welk land in uw situatie eerst betaalt."
                ),
                "de": (
                    "Sie bekommen nicht zweimal den vollen Betrag. Europäische Vorrangregeln "
                    "bestimmen, welches Land zuerst zahlt. Ist das Kindergeld im anderen Land "
                    "höher, stockt dieses Land bis zum höheren Betrag auf.\n\n"
                    "In den Niederlanden ist die SVB für das Kindergeld (kinderbijslag) "
                    "zuständig. Der Grenzinfopunkt hilft Ihnen herauszufinden, welches Land in "
                    "Ihrem Fall zuerst zahlt."
                ),
                "en": (
                    "You do not get the full amount twice. EU priority rules decide which "
                    "country pays first. If child benefit in the other country is higher, that "
                    "country tops it up to the higher amount.\n\n"
                    "In the Netherlands, child benefit (kinderbijslag) is handled by the SVB. "
                    "The information point can help you find out which country pays first in "
                    "your situation."
                ),
                "fr": (
                    "Vous ne recevez pas deux fois le montant complet. Des règles de priorité "
                    "européennes déterminent quel pays paie en premier. Si les allocations sont "
                    "plus élevées dans l'autre pays, celui-ci complète jusqu'au montant le plus "
                    "élevé.\n\n"
                    "Aux Pays-Bas, c'est la SVB qui gère les allocations familiales "
                    "(kinderbijslag). Le point d'information vous aide à savoir quel pays paie "
                    "en premier dans votre situation."
                ),
            },
        },
        {
            "key": "be-nl-pension",
            "topic": "pensions",
            "question": {
                "nl": "Ik woon in België en werk in Nederland. Bouw ik pensioen op?",
                "de": (
                    "Ich wohne in Belgien und arbeite in den Niederlanden. Baue ich "
                    "Rentenansprüche auf?"
                ),
                "en": ("I live in Belgium and work in the Netherlands. Do I build up a pension?"),
                "fr": (
                    "J'habite en Belgique et je travaille aux Pays-Bas. Est-ce que je me "
                    "constitue une pension ?"
                ),
            },
            "answer": {
                "nl": (
                    "Ja. U bouwt AOW op: het Nederlandse basispensioen van de staat. Meestal "
                    "bouwt u via uw werkgever ook een aanvullend pensioen op.\n\n"
                    "Hebt u vragen over uw pensioen, bijvoorbeeld omdat u ook in België hebt "
                    "gewerkt? Het Grensinfopunt helpt u verder."
                ),
                "de": (
                    "Ja. Sie bauen Ansprüche auf die AOW auf, die niederländische staatliche "
                    "Grundrente. Meist bauen Sie über Ihren Arbeitgeber auch eine Betriebsrente "
                    "auf.\n\n"
                    "Haben Sie Fragen zu Ihrer Rente, etwa weil Sie auch in Belgien gearbeitet "
                    "haben? Der Grenzinfopunkt hilft Ihnen weiter."
                ),
                "en": (
                    "Yes. You build up the AOW, the Dutch state pension. Usually you also build "
                    "up a pension through your employer.\n\n"
                    "Do you have questions about your pension, for example because you have "
                    "also worked in Belgium? The information point can help."
                ),
                "fr": (
                    "Oui. Vous vous constituez des droits à l'AOW, la pension de base de l'État "
                    "néerlandais. En général, vous vous constituez aussi une pension "
                    "complémentaire par l'intermédiaire de votre employeur.\n\n"
                    "Vous avez des questions sur votre pension, par exemple parce que vous avez "
                    "aussi travaillé en Belgique ? Le point d'information vous aide."
                ),
            },
        },
        {
            "key": "diploma-recognition",
            "topic": "finding-work",
            "question": {
                "nl": "Ik heb een buitenlands diploma. Wordt dat in Nederland erkend?",
                "de": (
                    "Ich habe einen ausländischen Abschluss. Wird er in den Niederlanden anerkannt?"
                ),
                "en": "I have a foreign diploma. Is it recognised in the Netherlands?",
                "fr": "J'ai un diplôme étranger. Est-il reconnu aux Pays-Bas ?",
            },
            "answer": {
                "nl": (
                    "Dat hangt af van uw opleiding en uw beroep. In Nederland beoordelen "
                    "verschillende organisaties buitenlandse diploma's, elk voor een eigen soort "
                    "opleiding of beroep.\n\n"
                    "Het Grensinfopunt vertelt u bij welke organisatie u moet zijn."
                ),
                "de": (
                    "Das hängt von Ihrer Ausbildung und Ihrem Beruf ab. In den Niederlanden "
                    "prüfen verschiedene Stellen ausländische Abschlüsse, jeweils für bestimmte "
                    "Ausbildungen oder Berufe.\n\n"
                    "Der Grenzinfopunkt sagt Ihnen, an welche Stelle Sie sich wenden."
                ),
                "en": (
                    "That depends on your education and your profession. In the Netherlands, "
                    "different organisations assess foreign diplomas, each for its own type of "
                    "education or profession.\n\n"
                    "The information point can tell you which organisation to contact."
                ),
                "fr": (
                    "Cela dépend de votre formation et de votre profession. Aux Pays-Bas, "
                    "plusieurs organismes évaluent les diplômes étrangers, chacun pour un type "
                    "de formation ou de profession.\n\n"
                    "Le point d'information vous indique à quel organisme vous adresser."
                ),
            },
        },
        {
            "key": "gip-decisions",
            "topic": "social-security",
            "question": {
                "nl": "Beslist het Grensinfopunt over mijn belasting of uitkering?",
                "de": "Entscheidet der Grenzinfopunkt über meine Steuern oder Leistungen?",
                "en": "Does the information point decide on my tax or benefits?",
                "fr": "Le point d'information décide-t-il de mes impôts ou de mes allocations ?",
            },
            "answer": {
                "nl": (
                    "Nee. Het Grensinfopunt geeft eerste informatie: het legt de regels uit en "
                    "vertelt u wat u moet regelen. De besluiten nemen de instanties zelf, zoals "
                    "de Belastingdienst, de SVB, het UWV en hun Belgische en Duitse collega's.\n\n"
                    "Het Grensinfopunt werkt nauw met deze instanties samen. Zo weet u snel bij "
                    "wie u moet zijn."
                ),
                "de": (
                    "Nein. Der Grenzinfopunkt gibt erste Informationen: Er erklärt die Regeln "
                    "und sagt Ihnen, was Sie erledigen müssen. Die Entscheidungen treffen die "
                    "zuständigen Stellen selbst, etwa das Finanzamt, die niederländische "
                    "Steuerbehörde, die SVB, das UWV und ihre belgischen Partner.\n\n"
                    "Der Grenzinfopunkt arbeitet eng mit diesen Stellen zusammen. So wissen Sie "
                    "schnell, an wen Sie sich wenden."
                ),
                "en": (
                    "No. The information point gives first-line information: it explains the "
                    "rules and tells you what you need to arrange. Decisions are taken by the "
                    "authorities themselves, such as the Dutch Tax Administration, the SVB, the "
                    "UWV and their Belgian and German counterparts.\n\n"
                    "The information point works closely with these authorities, so you quickly "
                    "know where to go."
                ),
                "fr": (
                    "Non. Le point d'information donne une première information : il explique "
                    "les règles et vous dit ce que vous devez faire. Les décisions sont prises "
                    "par les organismes eux-mêmes, comme l'administration fiscale néerlandaise, "
                    "la SVB, l'UWV et leurs homologues belges et allemands.\n\n"
                    "Le point d'information travaille en étroite collaboration avec ces "
                    "organismes. Vous savez ainsi rapidement à qui vous adresser."
                ),
            },
        },
        {
            "key": "gip-employers-cost",
            "topic": "hiring-across-the-border",
            "question": {
                "nl": "Ik ben werkgever. Kan ik bij het Grensinfopunt terecht, en wat kost dat?",
                "de": (
                    "Ich bin Arbeitgeber. Kann ich mich an den Grenzinfopunkt wenden, und was "
                    "kostet das?"
                ),
                "en": "I am an employer. Can the information point help me, and what does it cost?",
                "fr": (
                    "Je suis employeur. Puis-je m'adresser au point d'information, et combien "
                    "cela coûte-t-il ?"
                ),
            },
            "answer": {
                "nl": (
                    "Ja. Het Grensinfopunt helpt ook werkgevers van grenswerkers. Het advies is "
                    "gratis, voor werkgevers en voor werknemers.\n\n"
                    "U kunt bijvoorbeeld vragen stellen over belasting, sociale zekerheid en "
                    "arbeidsrecht voor uw medewerkers uit het buurland. Zoekt u personeel over "
                    "de grens? Kijk dan ook bij Service Grensarbeid."
                ),
                "de": (
                    "Ja. Der Grenzinfopunkt berät auch Arbeitgeber von Grenzgängern. Die "
                    "Beratung ist kostenlos, für Arbeitgeber wie für Beschäftigte.\n\n"
                    "Sie können zum Beispiel Fragen zu Steuern, Sozialversicherung und "
                    "Arbeitsrecht für Ihre Beschäftigten aus dem Nachbarland stellen. Sie suchen "
                    "Personal jenseits der Grenze? Dann sehen Sie sich auch den Servicepunkt "
                    "Grenzüberschreitende Arbeitsvermittlung an."
                ),
                "en": (
                    "Yes. The information point also helps employers of cross-border workers. "
                    "The advice is free, for employers and employees alike.\n\n"
                    "You can ask, for example, about tax, social security and labour law for "
                    "your staff from the neighbouring country. Looking for staff across the "
                    "border? Then also see the cross-border employment service."
                ),
                "fr": (
                    "Oui. Le point d'information aide aussi les employeurs de travailleurs "
                    "frontaliers. Les conseils sont gratuits, pour les employeurs comme pour "
                    "les salariés.\n\n"
                    "Vous pouvez par exemple poser des questions sur les impôts, la sécurité "
                    "sociale et le droit du travail pour vos salariés venant du pays voisin. "
                    "Vous cherchez du personnel de l'autre côté de la frontière ? Consultez "
                    "aussi le service de placement transfrontalier."
                ),
            },
        },
    ],
}

SERVICE_GRENSARBEID = {
    "slug": "service-grensarbeid",
    "order": 20,
    # Website of the Kerkrade team at the Eurode Business Center [S21].
    "website": "https://www.grenzarbeit.eu/ebc",
    "name": {
        "nl": "Service Grensarbeid",
        "de": "Servicepunkt Grenzüberschreitende Arbeitsvermittlung",
        "en": "Cross-border employment service",
        "fr": "Service de placement transfrontalier",
    },
    "summary": {
        "nl": (
            "Helpt werkzoekenden aan een baan over de grens en werkgevers aan personeel uit "
            "Nederland, Duitsland of België."
        ),
        "de": (
            "Hilft Arbeitsuchenden, eine Stelle jenseits der Grenze zu finden, und Arbeitgebern, "
            "Personal aus den Niederlanden, Deutschland oder Belgien zu gewinnen."
        ),
        "en": (
            "Helps jobseekers find work across the border, and employers find staff from the "
            "Netherlands, Germany or Belgium."
        ),
        "fr": (
            "Aide les demandeurs d'emploi à trouver un travail de l'autre côté de la frontière, "
            "et les employeurs à recruter du personnel aux Pays-Bas, en Allemagne ou en Belgique."
        ),
    },
    "audience": {
        "nl": (
            "Service Grensarbeid is er voor:\n\n"
            "- werkzoekenden die aan de andere kant van de grens willen werken, ook als u een "
            "bijstandsuitkering hebt\n"
            "- werkgevers die personeel zoeken in een buurland"
        ),
        "de": (
            "Der Servicepunkt ist für Sie da, wenn Sie:\n\n"
            "- Arbeit auf der anderen Seite der Grenze suchen, auch wenn Sie Sozialhilfe "
            "beziehen\n"
            "- als Arbeitgeber Personal im Nachbarland suchen"
        ),
        "en": (
            "The cross-border employment service is there for:\n\n"
            "- jobseekers who want to work on the other side of the border, including people on "
            "social assistance\n"
            "- employers looking for staff in a neighbouring country"
        ),
        "fr": (
            "Le service de placement transfrontalier s'adresse :\n\n"
            "- aux demandeurs d'emploi qui veulent travailler de l'autre côté de la frontière, "
            "y compris les bénéficiaires de l'aide sociale\n"
            "- aux employeurs qui cherchent du personnel dans un pays voisin"
        ),
    },
    "description": {
        "nl": (
            "Service Grensarbeid (vroeger: Servicepunt Grensoverschrijdende Arbeidsbemiddeling) "
            "brengt werkzoekenden en werkgevers in Nederland, Duitsland en België bij elkaar. U "
            "kunt er terecht voor:\n\n"
            "- hulp bij het vinden van een baan over de grens\n"
            "- hulp bij het vinden van personeel uit een buurland\n"
            "- vragen over belasting, verzekeringen en diploma's of certificaten\n\n"
            "Er zijn twee vestigingen. In Kerkrade werkt sinds september 2016 een gemengd "
            "Duits-Nederlands team van arbeidsbemiddelaars in het Eurode Business Center. "
            "Service Grensarbeid Maastricht startte op 31 januari 2018.\n\n"
            "Service Grensarbeid werkt samen met onder meer UWV, VDAB, de Bundesagentur für "
            "Arbeit, het Jobcenter StädteRegion Aachen, de grensinfopunten en de gemeenten "
            "Maastricht, Sittard-Geleen en Kerkrade."
        ),
        "de": (
            "Der Servicepunkt Grenzüberschreitende Arbeitsvermittlung (niederländisch: Service "
            "Grensarbeid) bringt Arbeitsuchende und Arbeitgeber in den Niederlanden, Deutschland "
            "und Belgien zusammen. Sie erhalten hier:\n\n"
            "- Hilfe bei der Suche nach einer Stelle jenseits der Grenze\n"
            "- Hilfe bei der Suche nach Personal aus dem Nachbarland\n"
            "- Antworten auf Fragen zu Steuern, Versicherungen, Zeugnissen und Abschlüssen\n\n"
            "Es gibt zwei Standorte. In Kerkrade arbeitet seit September 2016 ein gemischtes "
            "deutsch-niederländisches Team von Arbeitsvermittlern im Eurode Business Center. Der "
            "Standort Maastricht wurde am 31. Januar 2018 eröffnet.\n\n"
            "Der Servicepunkt arbeitet unter anderem mit dem UWV, dem VDAB, der Bundesagentur "
            "für Arbeit, dem Jobcenter StädteRegion Aachen, den Grenzinfopunkten und den "
            "Gemeinden Maastricht, Sittard-Geleen und Kerkrade zusammen."
        ),
        "en": (
            "The cross-border employment service (Service Grensarbeid) brings together "
            "jobseekers and employers in the Netherlands, Germany and Belgium. You can come to "
            "us for:\n\n"
            "- help finding a job across the border\n"
            "- help finding staff from a neighbouring country\n"
            "- questions about tax, insurance, diplomas and certificates\n\n"
            "There are two locations. In Kerkrade, a mixed German-Dutch team of placement "
            "officers has been working at the Eurode Business Center since September 2016. The "
            "Maastricht service started on 31 January 2018.\n\n"
            "The service works with partners including the UWV, VDAB, the Bundesagentur für "
            "Arbeit, Jobcenter StädteRegion Aachen, the cross-border information points and the "
            "municipalities of Maastricht, Sittard-Geleen and Kerkrade."
        ),
        "fr": (
            "Le service de placement transfrontalier (Service Grensarbeid) met en relation "
            "demandeurs d'emploi et employeurs aux Pays-Bas, en Allemagne et en Belgique. Vous "
            "pouvez vous y adresser pour :\n\n"
            "- trouver un emploi de l'autre côté de la frontière\n"
            "- trouver du personnel dans un pays voisin\n"
            "- vos questions sur les impôts, les assurances, les diplômes et les certificats\n\n"
            "Il existe deux sites. À Kerkrade, une équipe mixte germano-néerlandaise de "
            "conseillers en placement travaille à l'Eurode Business Center depuis septembre "
            "2016. Le service de Maastricht a démarré le 31 janvier 2018.\n\n"
            "Le service travaille notamment avec l'UWV, le VDAB, la Bundesagentur für Arbeit, "
            "le Jobcenter StädteRegion Aachen, les points d'information transfrontaliers et les "
            "communes de Maastricht, Sittard-Geleen et Kerkrade."
        ),
    },
    "locations": [
        {
            "key": "maastricht",
            "name": {
                "nl": "Service Grensarbeid Maastricht",
                "de": "Servicepunkt Grenzüberschreitende Arbeitsvermittlung Maastricht",
                "en": "Cross-border employment service Maastricht",
                "fr": "Service de placement transfrontalier Maastricht",
            },
            # Current location not found in the sources: staff fill it in.
            "street_address": "",
            "postal_code": "",
            "city": "Maastricht",
            "country": "NL",
            "phone": "",
            "email": "",
            "by_appointment_only": False,
            "notes": {
                "nl": "Het bezoekadres van Service Grensarbeid Maastricht wordt nog gecontroleerd.",
                "de": "Die Besuchsadresse des Standorts Maastricht wird noch überprüft.",
                "en": "The visiting address of the Maastricht service is still being checked.",
                "fr": "L'adresse du service de Maastricht est encore en cours de vérification.",
            },
            "last_verified": None,
            "hours": [],
        },
        {
            "key": "kerkrade",
            "name": {
                "nl": "Service Grensarbeid Kerkrade",
                "de": "Servicepunkt Grenzüberschreitende Arbeitsvermittlung Kerkrade",
                "en": "Cross-border employment service Kerkrade",
                "fr": "Service de placement transfrontalier Kerkrade",
            },
            # Eurode Business Center; no house number or postcode in the sources [S20]-[S22].
            **EURODE_BUSINESS_CENTER,
            "phone": "",
            "email": "",
            "by_appointment_only": False,
            "notes": {
                "nl": (
                    "In het Eurode Business Center, op de grens van Kerkrade (NL) en "
                    "Herzogenrath (DE), aan het einde van de Nieuwstraat/Neustraße. Hier werkt "
                    "een gemengd Duits-Nederlands team van arbeidsbemiddelaars."
                ),
                "de": (
                    "Im Eurode Business Center, auf der Grenze zwischen Kerkrade (NL) und "
                    "Herzogenrath (DE), am Ende der Neustraße/Nieuwstraat. Hier arbeitet ein "
                    "gemischtes deutsch-niederländisches Team von Arbeitsvermittlern."
                ),
                "en": (
                    "In the Eurode Business Center, on the border between Kerkrade (NL) and "
                    "Herzogenrath (DE), at the end of Nieuwstraat/Neustraße. A mixed "
                    "German-Dutch team of placement officers works here."
                ),
                "fr": (
                    "À l'Eurode Business Center, sur la frontière entre Kerkrade (Pays-Bas) et "
                    "Herzogenrath (Allemagne), au bout de la Nieuwstraat/Neustraße. Une équipe "
                    "mixte germano-néerlandaise de conseillers en placement y travaille."
                ),
            },
            "last_verified": None,
            "hours": [],
        },
    ],
    "faqs": [
        {
            "key": "sg-find-job-abroad",
            "topic": "finding-work",
            "question": {
                "nl": "Ik zoek werk in Duitsland of België. Kan Service Grensarbeid mij helpen?",
                "de": (
                    "Ich suche Arbeit in den Niederlanden oder in Belgien. Kann der Servicepunkt "
                    "mir helfen?"
                ),
                "en": (
                    "I am looking for work across the border. Can the cross-border employment "
                    "service help me?"
                ),
                "fr": (
                    "Je cherche du travail de l'autre côté de la frontière. Le service de "
                    "placement transfrontalier peut-il m'aider ?"
                ),
            },
            "answer": {
                "nl": (
                    "Ja. Service Grensarbeid brengt werkzoekenden en werkgevers aan beide kanten "
                    "van de grens bij elkaar. U krijgt hulp bij het zoeken naar een passende "
                    "baan aan de andere kant van de grens.\n\n"
                    "In Kerkrade ligt de nadruk op werk tussen Nederland en Duitsland. Service "
                    "Grensarbeid Maastricht werkt ook samen met de Vlaamse VDAB."
                ),
                "de": (
                    "Ja. Der Servicepunkt bringt Arbeitsuchende und Arbeitgeber auf beiden "
                    "Seiten der Grenze zusammen. Sie bekommen Hilfe bei der Suche nach einer "
                    "passenden Stelle auf der anderen Seite der Grenze.\n\n"
                    "In Kerkrade liegt der Schwerpunkt auf Arbeit zwischen Deutschland und den "
                    "Niederlanden. Der Standort Maastricht arbeitet auch mit dem flämischen "
                    "VDAB zusammen."
                ),
                "en": (
                    "Yes. The service brings together jobseekers and employers on both sides of "
                    "the border. You get help looking for a suitable job on the other side of "
                    "the border.\n\n"
                    "In Kerkrade the focus is on work between the Netherlands and Germany. The "
                    "Maastricht service also works with VDAB in Flanders."
                ),
                "fr": (
                    "Oui. Le service met en relation demandeurs d'emploi et employeurs des deux "
                    "côtés de la frontière. Vous êtes aidé pour trouver un emploi adapté de "
                    "l'autre côté de la frontière.\n\n"
                    "À Kerkrade, l'accent est mis sur l'emploi entre les Pays-Bas et "
                    "l'Allemagne. Le service de Maastricht travaille aussi avec le VDAB "
                    "flamand."
                ),
            },
        },
        {
            "key": "sg-employers-recruit",
            "topic": "hiring-across-the-border",
            "question": {
                "nl": (
                    "Ik ben werkgever en zoek personeel uit het buurland. Kan Service "
                    "Grensarbeid helpen?"
                ),
                "de": (
                    "Ich bin Arbeitgeber und suche Personal aus dem Nachbarland. Kann der "
                    "Servicepunkt helfen?"
                ),
                "en": (
                    "I am an employer looking for staff from a neighbouring country. Can the "
                    "service help?"
                ),
                "fr": (
                    "Je suis employeur et je cherche du personnel dans le pays voisin. Le "
                    "service peut-il m'aider ?"
                ),
            },
            "answer": {
                "nl": (
                    "Ja. Service Grensarbeid helpt werkgevers om geschikte kandidaten te vinden "
                    "aan de andere kant van de grens, in Nederland, Duitsland of België.\n\n"
                    "Het team werkt samen met de arbeidsbemiddelaars in de drie landen, zoals "
                    "UWV, VDAB en de Bundesagentur für Arbeit. Bespreek uw vacature met Service "
                    "Grensarbeid."
                ),
                "de": (
                    "Ja. Der Servicepunkt hilft Arbeitgebern, geeignete Bewerberinnen und "
                    "Bewerber auf der anderen Seite der Grenze zu finden, in den Niederlanden, "
                    "Deutschland oder Belgien.\n\n"
                    "Das Team arbeitet mit den Arbeitsverwaltungen der drei Länder zusammen, "
                    "etwa dem UWV, dem VDAB und der Bundesagentur für Arbeit. Sprechen Sie mit "
                    "dem Servicepunkt über Ihre Stelle."
                ),
                "en": (
                    "Yes. The service helps employers find suitable candidates on the other "
                    "side of the border, in the Netherlands, Germany or Belgium.\n\n"
                    "The team works with the employment services of the three countries, such "
                    "as the UWV, VDAB and the Bundesagentur für Arbeit. Discuss your vacancy "
                    "with the service."
                ),
                "fr": (
                    "Oui. Le service aide les employeurs à trouver des candidats adaptés de "
                    "l'autre côté de la frontière, aux Pays-Bas, en Allemagne ou en "
                    "Belgique.\n\n"
                    "L'équipe travaille avec les services de l'emploi des trois pays, comme "
                    "l'UWV, le VDAB et la Bundesagentur für Arbeit. Présentez votre offre "
                    "d'emploi au service."
                ),
            },
        },
        {
            "key": "sg-sectors-in-demand",
            "topic": "finding-work",
            "question": {
                "nl": "In welke beroepen is over de grens veel vraag naar personeel?",
                "de": "In welchen Berufen werden jenseits der Grenze viele Fachkräfte gesucht?",
                "en": "Which jobs are in demand across the border?",
                "fr": "Quels métiers recrutent beaucoup de l'autre côté de la frontière ?",
            },
            "answer": {
                "nl": (
                    "Vaak gevraagd zijn mensen in de zorg, de ICT, de techniek, de bouw en het "
                    "onderwijs. In 2020 was er in Duitsland bijvoorbeeld vraag naar medewerkers "
                    "in de kinderopvang.\n\n"
                    "De vraag verandert steeds. Service Grensarbeid weet welke vacatures er nu "
                    "zijn."
                ),
                "de": (
                    "Oft gesucht werden Menschen in der Pflege und im Gesundheitswesen, in der "
                    "IT, in der Technik, im Bau und im Bildungswesen. 2020 wurden in Deutschland "
                    "zum Beispiel Fachkräfte für die Kinderbetreuung gesucht.\n\n"
                    "Die Nachfrage ändert sich ständig. Der Servicepunkt weiß, welche Stellen "
                    "gerade offen sind."
                ),
                "en": (
                    "There is often demand for people in care, ICT, technology, construction and "
                    "education. In 2020, for example, Germany was looking for childcare "
                    "staff.\n\n"
                    "Demand changes all the time. The service knows which vacancies are open "
                    "right now."
                ),
                "fr": (
                    "Les secteurs qui recherchent souvent du personnel sont les soins, "
                    "l'informatique, la technique, la construction et l'enseignement. En 2020, "
                    "l'Allemagne recherchait par exemple du personnel pour l'accueil des "
                    "enfants.\n\n"
                    "La demande évolue sans cesse. Le service sait quelles offres d'emploi sont "
                    "ouvertes en ce moment."
                ),
            },
        },
        {
            "key": "sg-tax-insurance-certificates",
            "topic": "tax",
            "question": {
                "nl": (
                    "Helpt Service Grensarbeid ook met vragen over belasting, verzekeringen en "
                    "diploma's?"
                ),
                "de": (
                    "Hilft der Servicepunkt auch bei Fragen zu Steuern, Versicherungen und "
                    "Abschlüssen?"
                ),
                "en": (
                    "Does the service also help with questions about tax, insurance and diplomas?"
                ),
                "fr": (
                    "Le service aide-t-il aussi pour les questions d'impôts, d'assurances et de "
                    "diplômes ?"
                ),
            },
            "answer": {
                "nl": (
                    "Ja. Wie over de grens gaat werken, heeft vaak vragen over belasting, "
                    "verzekeringen en diploma's of certificaten. Service Grensarbeid helpt u "
                    "daarbij.\n\n"
                    "Voor uitgebreide vragen over uw persoonlijke situatie werkt Service "
                    "Grensarbeid samen met de grensinfopunten."
                ),
                "de": (
                    "Ja. Wer im Nachbarland arbeiten möchte, hat oft Fragen zu Steuern, "
                    "Versicherungen, Zeugnissen und Abschlüssen. Der Servicepunkt hilft Ihnen "
                    "dabei.\n\n"
                    "Bei ausführlichen Fragen zu Ihrer persönlichen Situation arbeitet der "
                    "Servicepunkt mit den Grenzinfopunkten zusammen."
                ),
                "en": (
                    "Yes. People who start working across the border often have questions about "
                    "tax, insurance, diplomas and certificates. The service can help you with "
                    "these.\n\n"
                    "For detailed questions about your personal situation, the service works "
                    "with the cross-border information points."
                ),
                "fr": (
                    "Oui. Quand on va travailler de l'autre côté de la frontière, on se pose "
                    "souvent des questions sur les impôts, les assurances, les diplômes et les "
                    "certificats. Le service vous aide.\n\n"
                    "Pour les questions détaillées sur votre situation personnelle, le service "
                    "travaille avec les points d'information transfrontaliers."
                ),
            },
        },
        {
            "key": "sg-social-assistance",
            "topic": "social-security",
            "question": {
                "nl": "Ik heb een bijstandsuitkering. Kan ik gebruikmaken van Service Grensarbeid?",
                "de": "Ich beziehe Sozialhilfe. Kann ich den Servicepunkt trotzdem nutzen?",
                "en": "I am on social assistance. Can I use the service?",
                "fr": "Je touche l'aide sociale. Puis-je faire appel au service ?",
            },
            "answer": {
                "nl": (
                    "Ja. Service Grensarbeid is er ook voor mensen met een bijstandsuitkering. "
                    "Samen met u kijkt het team of er over de grens werk voor u is.\n\n"
                    "Vraag uw gemeente wat een baan over de grens betekent voor uw uitkering."
                ),
                "de": (
                    "Ja. Der Servicepunkt ist auch für Menschen da, die Sozialhilfe beziehen. "
                    "Gemeinsam mit Ihnen prüft das Team, ob es jenseits der Grenze Arbeit für "
                    "Sie gibt.\n\n"
                    "Fragen Sie bei der Stelle, die Ihre Leistung zahlt, was eine Stelle im "
                    "Nachbarland für Ihre Leistung bedeutet."
                ),
                "en": (
                    "Yes. The service is also there for people on social assistance. Together "
                    "with you, the team looks at whether there is work for you across the "
                    "border.\n\n"
                    "Ask your municipality what a job across the border means for your benefit."
                ),
                "fr": (
                    "Oui. Le service s'adresse aussi aux bénéficiaires de l'aide sociale. "
                    "L'équipe examine avec vous s'il existe du travail pour vous de l'autre côté "
                    "de la frontière.\n\n"
                    "Demandez à votre commune ce qu'un emploi de l'autre côté de la frontière "
                    "change pour votre allocation."
                ),
            },
        },
        {
            "key": "sg-unemployed-later",
            "topic": "unemployment",
            "question": {
                "nl": (
                    "Ik ga over de grens werken. Waar krijg ik een uitkering als ik later "
                    "werkloos word?"
                ),
                "de": (
                    "Ich fange im Nachbarland an zu arbeiten. Wo bekomme ich Arbeitslosengeld, "
                    "wenn ich später arbeitslos werde?"
                ),
                "en": (
                    "I am going to work across the border. Where do I get benefit if I become "
                    "unemployed later?"
                ),
                "fr": (
                    "Je vais travailler de l'autre côté de la frontière. Où toucherai-je des "
                    "allocations si je perds mon emploi plus tard ?"
                ),
            },
            "answer": {
                "nl": (
                    "Dat hangt af van waar u woont en waar u werkt. Twee voorbeelden:\n\n"
                    "- U woont in België en werkt in Nederland: u vraagt uw uitkering aan in "
                    "België.\n"
                    "- U woont in Nederland en werkt in België: u vraagt uw uitkering aan bij "
                    "het UWV.\n\n"
                    "Voor andere situaties en persoonlijk advies kunt u terecht bij het "
                    "Grensinfopunt."
                ),
                "de": (
                    "Das hängt davon ab, wo Sie wohnen und wo Sie arbeiten. Zwei Beispiele:\n\n"
                    "- Sie wohnen in Belgien und arbeiten in den Niederlanden: Sie beantragen "
                    "Ihr Arbeitslosengeld in Belgien.\n"
                    "- Sie wohnen in den Niederlanden und arbeiten in Belgien: Sie beantragen "
                    "Ihr Arbeitslosengeld beim niederländischen UWV.\n\n"
                    "Zu anderen Situationen und für eine persönliche Beratung wenden Sie sich an "
                    "den Grenzinfopunkt."
                ),
                "en": (
                    "That depends on where you live and where you work. Two examples:\n\n"
                    "- You live in Belgium and work in the Netherlands: you claim benefit in "
                    "Belgium.\n"
                    "- You live in the Netherlands and work in Belgium: you claim benefit from "
                    "the Dutch UWV.\n\n"
                    "For other situations and personal advice, contact the cross-border "
                    "information point."
                ),
                "fr": (
                    "Cela dépend de l'endroit où vous habitez et de celui où vous travaillez. "
                    "Deux exemples :\n\n"
                    "- Vous habitez en Belgique et travaillez aux Pays-Bas : vous demandez vos "
                    "allocations en Belgique.\n"
                    "- Vous habitez aux Pays-Bas et travaillez en Belgique : vous demandez vos "
                    "allocations auprès de l'UWV néerlandais.\n\n"
                    "Pour les autres situations et des conseils personnalisés, adressez-vous au "
                    "point d'information transfrontalier."
                ),
            },
        },
        {
            "key": "sg-job-fair-trips",
            "topic": "finding-work",
            "question": {
                "nl": (
                    "Organiseert Service Grensarbeid ook activiteiten, zoals bezoeken aan "
                    "banenbeurzen?"
                ),
                "de": ("Organisiert der Servicepunkt auch Aktionen, etwa Fahrten zu Jobmessen?"),
                "en": "Does the service also organise activities, such as trips to job fairs?",
                "fr": (
                    "Le service organise-t-il aussi des activités, comme des visites de salons "
                    "de l'emploi ?"
                ),
            },
            "answer": {
                "nl": (
                    "Soms wel. In 2019 ging er bijvoorbeeld een bus naar een talentenevenement "
                    "van de VDAB in Genk.\n\n"
                    "Vraag Service Grensarbeid welke activiteiten er nu gepland zijn."
                ),
                "de": (
                    "Ja, manchmal. 2019 fuhr zum Beispiel ein Bus zu einer Talentveranstaltung "
                    "des VDAB in Genk.\n\n"
                    "Fragen Sie beim Servicepunkt nach, welche Aktionen zurzeit geplant sind."
                ),
                "en": (
                    "Sometimes, yes. In 2019, for example, a bus trip went to a VDAB talent "
                    "event in Genk.\n\n"
                    "Ask the service which activities are planned at the moment."
                ),
                "fr": (
                    "Oui, parfois. En 2019, par exemple, un bus s'est rendu à un événement de "
                    "recrutement du VDAB à Genk.\n\n"
                    "Demandez au service quelles activités sont prévues en ce moment."
                ),
            },
        },
        {
            "key": "sg-partners",
            "topic": "hiring-across-the-border",
            "question": {
                "nl": "Wie werken er samen in Service Grensarbeid?",
                "de": "Wer arbeitet im Servicepunkt zusammen?",
                "en": "Who is behind the cross-border employment service?",
                "fr": "Qui se trouve derrière le service de placement transfrontalier ?",
            },
            "answer": {
                "nl": (
                    "Service Grensarbeid is een samenwerking van Nederlandse, Duitse en Belgische "
                    "organisaties. Partners zijn onder meer (stand rond 2023):\n\n"
                    "- UWV, VDAB, de Bundesagentur für Arbeit en het Jobcenter StädteRegion "
                    "Aachen\n"
                    "- de grensinfopunten Maastricht en Aken-Eurode\n"
                    "- de gemeenten Maastricht, Sittard-Geleen en Kerkrade\n"
                    "- Podium24, Vidar en WSP Parkstad\n\n"
                    "Ook MKB Parkstad-Limburg is erbij betrokken."
                ),
                "de": (
                    "Der Servicepunkt ist eine Zusammenarbeit niederländischer, deutscher und "
                    "belgischer Organisationen. Zu den Partnern gehören unter anderem (Stand "
                    "etwa 2023):\n\n"
                    "- das UWV, der VDAB, die Bundesagentur für Arbeit und das Jobcenter "
                    "StädteRegion Aachen\n"
                    "- die Grenzinfopunkte Maastricht und Aachen-Eurode\n"
                    "- die Gemeinden Maastricht, Sittard-Geleen und Kerkrade\n"
                    "- Podium24, Vidar und WSP Parkstad\n\n"
                    "Auch MKB Parkstad-Limburg ist beteiligt."
                ),
                "en": (
                    "The service is a partnership of Dutch, German and Belgian organisations. "
                    "Partners include (as of around 2023):\n\n"
                    "- the UWV, VDAB, the Bundesagentur für Arbeit and Jobcenter StädteRegion "
                    "Aachen\n"
                    "- the cross-border information points Maastricht and Aachen-Eurode\n"
                    "- the municipalities of Maastricht, Sittard-Geleen and Kerkrade\n"
                    "- Podium24, Vidar and WSP Parkstad\n\n"
                    "MKB Parkstad-Limburg is also involved."
                ),
                "fr": (
                    "Le service est un partenariat d'organisations néerlandaises, allemandes et "
                    "belges. Parmi les partenaires (situation vers 2023) :\n\n"
                    "- l'UWV, le VDAB, la Bundesagentur für Arbeit et le Jobcenter "
                    "StädteRegion Aachen\n"
                    "- les points d'information transfrontaliers de Maastricht et "
                    "d'Aix-la-Chapelle-Eurode\n"
                    "- les communes de Maastricht, Sittard-Geleen et Kerkrade\n"
                    "- Podium24, Vidar et WSP Parkstad\n\n"
                    "MKB Parkstad-Limburg y est également associé."
                ),
            },
        },
        {
            "key": "sg-kerkrade-maastricht",
            "topic": "finding-work",
            "question": {
                "nl": "Wat is het verschil tussen Service Grensarbeid Kerkrade en Maastricht?",
                "de": "Was unterscheidet die Standorte Kerkrade und Maastricht?",
                "en": "What is the difference between the Kerkrade and Maastricht services?",
                "fr": "Quelle est la différence entre les services de Kerkrade et de Maastricht ?",
            },
            "answer": {
                "nl": (
                    "Beide helpen werkzoekenden en werkgevers over de grens, maar ze hebben elk "
                    "een eigen achtergrond:\n\n"
                    "- **Kerkrade** begon in september 2016 als proef in het Eurode Business "
                    "Center, met een gemengd Duits-Nederlands team. De nadruk ligt op werk "
                    "tussen Nederland en Duitsland. In de eerste drie jaar vonden meer dan 300 "
                    "mensen via Kerkrade duurzaam werk.\n"
                    "- **Maastricht** startte op 31 januari 2018, onder meer samen met de VDAB. "
                    "Bij de start lag de nadruk op klantenservice (Maastricht), logistiek "
                    "(Westelijke Mijnstreek) en detailhandel en vrije tijd (Belgisch Limburg)."
                ),
                "de": (
                    "Beide helfen Arbeitsuchenden und Arbeitgebern über die Grenze hinweg, "
                    "haben aber ihre eigene Geschichte:\n\n"
                    "- **Kerkrade** startete im September 2016 als Pilotprojekt im Eurode "
                    "Business Center, mit einem gemischten deutsch-niederländischen Team. Der "
                    "Schwerpunkt liegt auf Arbeit zwischen Deutschland und den Niederlanden. In "
                    "den ersten drei Jahren fanden über 300 Menschen über Kerkrade eine "
                    "dauerhafte Stelle.\n"
                    "- **Maastricht** startete am 31. Januar 2018, unter anderem zusammen mit "
                    "dem VDAB. Zum Start lag der Schwerpunkt auf Kundenservice (Maastricht), "
                    "Logistik (Westelijke Mijnstreek) sowie Handel und Freizeit (Belgisch-"
                    "Limburg)."
                ),
                "en": (
                    "Both help jobseekers and employers across the border, but each has its own "
                    "background:\n\n"
                    "- **Kerkrade** started as a trial in September 2016 at the Eurode Business "
                    "Center, with a mixed German-Dutch team. The focus is on work between the "
                    "Netherlands and Germany. In the first three years, more than 300 people "
                    "found lasting work through Kerkrade.\n"
                    "- **Maastricht** started on 31 January 2018, with partners including VDAB. "
                    "At the start, the focus was on customer service (Maastricht), logistics "
                    "(Westelijke Mijnstreek) and retail and leisure (Belgian Limburg)."
                ),
                "fr": (
                    "Les deux aident les demandeurs d'emploi et les employeurs de part et "
                    "d'autre de la frontière, mais chacun a son histoire :\n\n"
                    "- **Kerkrade** a démarré en septembre 2016 comme projet pilote à l'Eurode "
                    "Business Center, avec une équipe mixte germano-néerlandaise. L'accent est "
                    "mis sur l'emploi entre les Pays-Bas et l'Allemagne. Au cours des trois "
                    "premières années, plus de 300 personnes ont trouvé un emploi durable grâce "
                    "à Kerkrade.\n"
                    "- **Maastricht** a démarré le 31 janvier 2018, notamment avec le VDAB. Au "
                    "départ, l'accent était mis sur le service client (Maastricht), la "
                    "logistique (Westelijke Mijnstreek) ainsi que le commerce et les loisirs "
                    "(Limbourg belge)."
                ),
            },
        },
    ],
}

DESKS = [GRENSINFOPUNT, SERVICE_GRENSARBEID]
