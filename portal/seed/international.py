"""Seed content: the international desks (Expat Centre Maastricht Region, Talent Coalition).

Facts come from /work/shared/content-facts.md (sections 3.4, 3.5 and 4). Contact data is dated:
the Expat Centre's opening hours are from 2017; last_verified marks the newest source.
"""

DESKS = [
    {
        "slug": "expat-centre",
        "order": 30,
        "website": "https://www.expatcentremaastrichtregion.nl",
        "name": {
            "nl": "Expat Centre Maastricht Region",
            "de": "Expat Centre Maastricht Region",
            "en": "Expat Centre Maastricht Region",
            "fr": "Expat Centre Maastricht Region",
        },
        "summary": {
            "nl": (
                "Eén loket voor internationale kenniswerkers en hun gezin: snelle inschrijving, "
                "diensten van de IND en persoonlijk advies over wonen en werken in Zuid-Limburg."
            ),
            "de": (
                "Eine Anlaufstelle für internationale Fachkräfte und ihre Familien: schnelle "
                "Anmeldung, Leistungen der IND und persönliche Beratung zum Leben und Arbeiten in "
                "Süd-Limburg."
            ),
            "en": (
                "One desk for international knowledge workers and their families: fast "
                "registration, IND services and personal advice on living and working in South "
                "Limburg."
            ),
            "fr": (
                "Un guichet unique pour les travailleurs internationaux qualifiés et leur "
                "famille : inscription rapide, services de l'IND et conseils personnalisés pour "
                "vivre et travailler dans le sud du Limbourg."
            ),
        },
        "audience": {
            "nl": (
                "Het Expat Centre is er voor:\n\n"
                "- internationale kenniswerkers (kennismigranten), wetenschappelijk onderzoekers "
                "en kunstenaars die in Zuid-Limburg komen wonen en werken, en hun gezin;\n"
                "- werkgevers die internationale medewerkers naar de regio halen;\n"
                "- internationale studenten, bijvoorbeeld via de jaarlijkse inschrijfdag met de "
                "IND."
            ),
            "de": (
                "Das Expat Centre ist für Sie da, wenn Sie:\n\n"
                "- als internationale Fachkraft (kennismigrant), als Wissenschaftlerin oder "
                "Wissenschaftler oder als Künstlerin oder Künstler nach Süd-Limburg ziehen, um "
                "hier zu leben und zu arbeiten, auch mit Ihrer Familie;\n"
                "- als Arbeitgeber internationale Mitarbeitende in die Region holen;\n"
                "- als internationale Studierende in die Region kommen, zum Beispiel über den "
                "jährlichen Anmeldetag mit der IND."
            ),
            "en": (
                "The Expat Centre is there for:\n\n"
                "- international knowledge workers (highly skilled migrants), researchers and "
                "artists who come to live and work in South Limburg, and their families;\n"
                "- employers who bring international staff to the region;\n"
                "- international students, for example through the yearly registration day with "
                "the IND."
            ),
            "fr": (
                "L'Expat Centre s'adresse :\n\n"
                "- aux travailleurs internationaux qualifiés (kennismigranten), aux chercheurs et "
                "aux artistes qui viennent vivre et travailler dans le sud du Limbourg, ainsi qu'à "
                "leur famille ;\n"
                "- aux employeurs qui font venir du personnel international dans la région ;\n"
                "- aux étudiants internationaux, par exemple lors de la journée d'inscription "
                "organisée chaque année avec l'IND."
            ),
        },
        "description": {
            "nl": (
                "Het Expat Centre Maastricht Region is het loket voor internationale kenniswerkers "
                "en hun gezin. U regelt hier uw inschrijving bij de gemeente en uw zaken bij de "
                "IND. U krijgt ook een persoonlijk gesprek over wonen en werken in Zuid-Limburg: "
                "over huisvesting, zorg, onderwijs en sociale contacten.\n\n"
                "Voor kennismigranten, onderzoekers, kunstenaars en hun gezin is er een snelle "
                "procedure (fast track). Uw werkgever start die procedure. U krijgt uw "
                "burgerservicenummer (BSN) dan binnen ongeveer vijf dagen, in plaats van na vier "
                "weken.\n\n"
                "In het Expat Centre zit ook een servicepunt van de IND. Daar kunt u op afspraak "
                "terecht voor biometrie, verblijfspassen, verblijfsstickers en terugkeervisa. De "
                "IND is er sinds een proef in 2020 steeds vaker: eerst twee dagen per maand, nu "
                "drie dagen per week. Samen met de IND helpt het Expat Centre ruim 100 "
                "internationale werkgevers. Per jaar zijn er zo'n 2.300 klantcontacten.\n\n"
                "Het centre heette vroeger Holland Expat Center South | Maastricht Region en hoort "
                "bij het Maastricht International Centre. De gemeente Maastricht en 16 deelnemende "
                "gemeenten werken er samen met de IND."
            ),
            "de": (
                "Das Expat Centre Maastricht Region (auf Deutsch etwa: Zentrum für internationale "
                "Fachkräfte in der Region Maastricht) ist die Anlaufstelle für internationale "
                "Fachkräfte und ihre Familien. Hier erledigen Sie Ihre Anmeldung bei der Gemeinde "
                "und Ihre Angelegenheiten bei der niederländischen Einwanderungsbehörde IND. "
                "Außerdem erhalten Sie ein persönliches Gespräch über das Leben und Arbeiten in "
                "Süd-Limburg: über Wohnen, Gesundheitsversorgung, Schule und Ausbildung und "
                "soziale Kontakte.\n\n"
                "Für hochqualifizierte Migranten, Forschende, Künstlerinnen und Künstler und ihre "
                "Familien gibt es ein schnelles Verfahren (Fast Track). Ihr Arbeitgeber leitet es "
                "ein. Sie erhalten Ihre Bürgerservicenummer (BSN) dann in etwa fünf Tagen statt "
                "nach vier Wochen.\n\n"
                "Im Expat Centre gibt es auch einen Servicepunkt der IND. Dort können Sie nach "
                "Terminvereinbarung biometrische Daten erfassen lassen, Aufenthaltskarten abholen "
                "und Aufenthaltsvermerke (Sticker) und Rückreisevisa erhalten. Seit einem "
                "Pilotprojekt im Jahr 2020 ist die IND immer häufiger vor Ort: zuerst zwei Tage im "
                "Monat, heute drei Tage pro Woche. Gemeinsam mit der IND betreut das Expat Centre "
                "mehr als 100 internationale Arbeitgeber. Pro Jahr gibt es rund 2.300 "
                "Kundenkontakte.\n\n"
                "Das Zentrum hieß früher Holland Expat Center South | Maastricht Region und gehört "
                "zum Maastricht International Centre. Die Gemeinde Maastricht und 16 beteiligte "
                "Gemeinden arbeiten hier mit der IND zusammen."
            ),
            "en": (
                "The Expat Centre Maastricht Region is the desk for international knowledge "
                "workers and their families. Here you register with the municipality and deal with "
                "the IND, the Dutch immigration service. You also get a personal consultation on "
                "living and working in South Limburg: on housing, healthcare, education and social "
                "life.\n\n"
                "For highly skilled migrants, researchers, artists and their families there is a "
                "fast procedure (fast track). Your employer starts it. You then get your citizen "
                "service number (BSN) in about five days instead of four weeks.\n\n"
                "The Expat Centre also houses an IND service point. There you can go, by "
                "appointment, for biometrics, residence cards, endorsement stickers and return "
                "visas. Since a pilot in 2020 the IND has been there more and more often: first "
                "two days a month, now three days a week. Together with the IND, the Expat Centre "
                "serves more than 100 international employers. It has about 2,300 client contacts "
                "a year.\n\n"
                "The centre used to be called Holland Expat Center South | Maastricht Region and "
                "is part of the Maastricht International Centre. The municipality of Maastricht "
                "and 16 participating municipalities work there together with the IND."
            ),
            "fr": (
                "L'Expat Centre Maastricht Region (en français : centre pour les expatriés de la "
                "région de Maastricht) est le guichet des travailleurs internationaux qualifiés et "
                "de leur famille. Vous y faites votre inscription auprès de la commune et vos "
                "démarches auprès de l'IND, le service néerlandais de l'immigration. Vous "
                "bénéficiez aussi d'un entretien personnel sur la vie et le travail dans le sud du "
                "Limbourg : logement, soins de santé, enseignement et vie sociale.\n\n"
                "Pour les migrants hautement qualifiés, les chercheurs, les artistes et leur "
                "famille, il existe une procédure rapide (fast track). C'est votre employeur qui "
                "la lance. Vous recevez alors votre numéro de service citoyen (BSN) en cinq jours "
                "environ, au lieu de quatre semaines.\n\n"
                "L'Expat Centre accueille aussi un point de service de l'IND. Vous pouvez vous y "
                "rendre sur rendez-vous pour les données biométriques, les cartes de séjour, les "
                "vignettes de séjour et les visas de retour. Depuis un projet pilote en 2020, "
                "l'IND y est de plus en plus présente : d'abord deux jours par mois, aujourd'hui "
                "trois jours par semaine. Avec l'IND, l'Expat Centre accompagne plus de 100 "
                "employeurs internationaux. Il compte environ 2 300 contacts clients par an.\n\n"
                "Le centre s'appelait auparavant Holland Expat Center South | Maastricht Region et "
                "fait partie du Maastricht International Centre. La commune de Maastricht et 16 "
                "communes participantes y travaillent avec l'IND."
            ),
        },
        "locations": [
            {
                "key": "maastricht",
                "name": {
                    "nl": "Expat Centre Maastricht Region",
                    "de": "Expat Centre Maastricht Region",
                    "en": "Expat Centre Maastricht Region",
                    "fr": "Expat Centre Maastricht Region",
                },
                "street_address": "Mosae Forum 10",
                "postal_code": "6211 DW",
                "city": "Maastricht",
                "country": "NL",
                "phone": "+31 43 350 4040",
                "email": "expatcentre@maastricht.nl",
                "by_appointment_only": True,
                "notes": {
                    "nl": (
                        "U bent alleen welkom op afspraak. Het Expat Centre zit in Mosae Forum, "
                        "het stadskantoor van de gemeente Maastricht. Het servicepunt van de IND "
                        "is open op dinsdag, donderdag en vrijdag, ook alleen op afspraak. Het "
                        "telefoonnummer is het algemene nummer van de gemeente Maastricht: binnen "
                        "Nederland belt u 14 043, vanuit het buitenland +31 43 350 4040. De "
                        "openingstijden zijn bekend uit 2017; vraag naar de actuele tijden als u "
                        "een afspraak maakt."
                    ),
                    "de": (
                        "Besuche sind nur mit Termin möglich. Das Expat Centre befindet sich im "
                        "Mosae Forum, dem Verwaltungsgebäude der Gemeinde Maastricht. Der "
                        "Servicepunkt der IND ist dienstags, donnerstags und freitags geöffnet, "
                        "ebenfalls nur mit Termin. Die Telefonnummer ist die allgemeine Nummer der "
                        "Gemeinde Maastricht: innerhalb der Niederlande 14 043, aus dem Ausland "
                        "+31 43 350 4040. Die Öffnungszeiten stammen aus dem Jahr 2017; fragen Sie "
                        "bei der Terminvereinbarung nach den aktuellen Zeiten."
                    ),
                    "en": (
                        "Visits are by appointment only. The Expat Centre is in Mosae Forum, the "
                        "municipal office building of Maastricht. The IND service point is open on "
                        "Tuesday, Thursday and Friday, also by appointment only. The phone number "
                        "is the general number of the municipality of Maastricht: within the "
                        "Netherlands call 14 043, from abroad +31 43 350 4040. The opening hours "
                        "date from 2017; ask for the current times when you make an appointment."
                    ),
                    "fr": (
                        "Les visites se font uniquement sur rendez-vous. L'Expat Centre se trouve "
                        "dans le Mosae Forum, l'hôtel administratif de la commune de Maastricht. "
                        "Le point de service de l'IND est ouvert le mardi, le jeudi et le "
                        "vendredi, également sur rendez-vous uniquement. Le numéro de téléphone "
                        "est le numéro général de la commune de Maastricht : aux Pays-Bas, "
                        "composez le 14 043 ; depuis l'étranger, le +31 43 350 4040. Les horaires "
                        "datent de 2017 ; demandez les horaires actuels lors de la prise de "
                        "rendez-vous."
                    ),
                },
                "last_verified": "2023-01-01",
                "hours": [
                    (2, "09:00", "17:00", True),
                    (3, "09:00", "17:00", True),
                    (4, "09:00", "17:00", True),
                    (5, "09:00", "17:00", True),
                ],
            },
        ],
        "faqs": [
            {
                "key": "ecmr-fast-track",
                "topic": "residence-registration",
                "question": {
                    "nl": "Hoe werkt de snelle procedure (fast track) voor een BSN?",
                    "de": "Wie funktioniert das schnelle Verfahren (Fast Track) für eine BSN?",
                    "en": "How does the fast track for a BSN work?",
                    "fr": (
                        "Comment fonctionne la procédure rapide (fast track) pour obtenir un BSN ?"
                    ),
                },
                "answer": {
                    "nl": (
                        "Bij de fast track start uw werkgever de procedure. Uw werkgever moet "
                        "daarvoor erkend referent bij de IND zijn.\n\n"
                        "Bij het Expat Centre regelt u daarna in één keer uw inschrijving bij de "
                        "gemeente, uw bezoek aan de IND en een persoonlijk gesprek over wonen en "
                        "werken in de regio. U krijgt uw burgerservicenummer (BSN) dan binnen "
                        "ongeveer vijf dagen, in plaats van na vier weken.\n\n"
                        "Vraag uw werkgever of de fast track voor u mogelijk is."
                    ),
                    "de": (
                        "Beim Fast Track leitet Ihr Arbeitgeber das Verfahren ein. Dafür muss er "
                        "bei der IND als anerkannter Referent (erkend referent) registriert "
                        "sein.\n\n"
                        "Im Expat Centre erledigen Sie danach alles auf einmal: die Anmeldung bei "
                        "der Gemeinde, den Termin bei der IND und ein persönliches Gespräch über "
                        "das Leben und Arbeiten in der Region. Ihre Bürgerservicenummer (BSN) "
                        "erhalten Sie dann in etwa fünf Tagen statt nach vier Wochen.\n\n"
                        "Fragen Sie Ihren Arbeitgeber, ob der Fast Track für Sie möglich ist."
                    ),
                    "en": (
                        "With the fast track, your employer starts the procedure. To do so, your "
                        "employer must be an IND recognised sponsor.\n\n"
                        "At the Expat Centre you then arrange everything together: your "
                        "registration with the municipality, your IND visit and a personal "
                        "consultation on living and working in the region. You get your citizen "
                        "service number (BSN) in about five days instead of four weeks.\n\n"
                        "Ask your employer whether the fast track is possible for you."
                    ),
                    "fr": (
                        "Avec le fast track, c'est votre employeur qui lance la procédure. Il doit "
                        "pour cela avoir le statut de « référent reconnu » (erkend referent) "
                        "auprès de l'IND.\n\n"
                        "À l'Expat Centre, vous réglez ensuite tout en une fois : votre "
                        "inscription auprès de la commune, votre rendez-vous avec l'IND et un "
                        "entretien personnel sur la vie et le travail dans la région. Vous recevez "
                        "votre numéro de service citoyen (BSN) en cinq jours environ, au lieu de "
                        "quatre semaines.\n\n"
                        "Demandez à votre employeur si le fast track est possible pour vous."
                    ),
                },
            },
            {
                "key": "ecmr-fast-track-who",
                "topic": "residence-registration",
                "question": {
                    "nl": "Wie kan de fast track gebruiken?",
                    "de": "Wer kann den Fast Track nutzen?",
                    "en": "Who can use the fast track?",
                    "fr": "Qui peut utiliser le fast track ?",
                },
                "answer": {
                    "nl": (
                        "De fast track is er voor:\n\n"
                        "- kennismigranten;\n"
                        "- wetenschappelijk onderzoekers;\n"
                        "- (beroeps)kunstenaars;\n"
                        "- hun gezinsleden.\n\n"
                        "Uw werkgever moet erkend referent bij de IND zijn en de procedure voor u "
                        "starten. Valt u hier niet onder? Dan schrijft u zich op de gewone manier "
                        "in bij de gemeente waar u gaat wonen. Het Expat Centre kan u vertellen "
                        "wat voor u geldt."
                    ),
                    "de": (
                        "Der Fast Track richtet sich an:\n\n"
                        "- hochqualifizierte Migranten (kennismigranten);\n"
                        "- Wissenschaftlerinnen und Wissenschaftler;\n"
                        "- Berufskünstlerinnen und Berufskünstler;\n"
                        "- ihre Familienangehörigen.\n\n"
                        "Ihr Arbeitgeber muss bei der IND als anerkannter Referent registriert "
                        "sein und das Verfahren für Sie einleiten. Gehören Sie nicht zu diesen "
                        "Gruppen? Dann melden Sie sich auf dem üblichen Weg bei der Gemeinde an, "
                        "in der Sie wohnen werden. Das Expat Centre sagt Ihnen, was für Sie gilt."
                    ),
                    "en": (
                        "The fast track is for:\n\n"
                        "- highly skilled migrants;\n"
                        "- researchers;\n"
                        "- professional artists;\n"
                        "- their family members.\n\n"
                        "Your employer must be an IND recognised sponsor and start the procedure "
                        "for you. Not in one of these groups? Then you register in the usual way "
                        "with the municipality where you will live. The Expat Centre can tell you "
                        "what applies to you."
                    ),
                    "fr": (
                        "Le fast track s'adresse :\n\n"
                        "- aux migrants hautement qualifiés (kennismigranten) ;\n"
                        "- aux chercheurs ;\n"
                        "- aux artistes professionnels ;\n"
                        "- aux membres de leur famille.\n\n"
                        "Votre employeur doit avoir le statut de « référent reconnu » auprès de "
                        "l'IND et lancer la procédure pour vous. Vous ne faites pas partie de ces "
                        "groupes ? Vous vous inscrivez alors de la manière habituelle auprès de la "
                        "commune où vous allez habiter. L'Expat Centre peut vous dire ce qui "
                        "s'applique à vous."
                    ),
                },
            },
            {
                "key": "ecmr-registration",
                "topic": "residence-registration",
                "question": {
                    "nl": "Moet ik mij inschrijven bij de gemeente?",
                    "de": "Muss ich mich bei der Gemeinde anmelden?",
                    "en": "Do I have to register with the municipality?",
                    "fr": "Dois-je m'inscrire auprès de la commune ?",
                },
                "answer": {
                    "nl": (
                        "Ja, als u langer dan vier maanden in Nederland blijft. Schrijf u in "
                        "binnen vijf dagen nadat u bent aangekomen.\n\n"
                        "U komt hiervoor zelf langs. Dat geldt voor ieder gezinslid dat met u "
                        "meekomt.\n\n"
                        "Komt u via de fast track? Dan regelt u de inschrijving bij het Expat "
                        "Centre. Anders maakt u een afspraak bij de gemeente waar u gaat wonen."
                    ),
                    "de": (
                        "Ja, wenn Sie länger als vier Monate in den Niederlanden bleiben. Melden "
                        "Sie sich innerhalb von fünf Tagen nach Ihrer Ankunft an.\n\n"
                        "Dafür müssen Sie persönlich erscheinen. Das gilt für jedes "
                        "Familienmitglied, das mit Ihnen kommt.\n\n"
                        "Kommen Sie über den Fast Track? Dann erledigen Sie die Anmeldung im Expat "
                        "Centre. Sonst vereinbaren Sie einen Termin bei der Gemeinde, in der Sie "
                        "wohnen werden."
                    ),
                    "en": (
                        "Yes, if you stay in the Netherlands for more than four months. Register "
                        "within five days of arriving.\n\n"
                        "You have to come in person. This applies to every family member who comes "
                        "with you.\n\n"
                        "Do you come through the fast track? Then you register at the Expat "
                        "Centre. Otherwise, make an appointment with the municipality where you "
                        "will live."
                    ),
                    "fr": (
                        "Oui, si vous restez aux Pays-Bas plus de quatre mois. Inscrivez-vous dans "
                        "les cinq jours suivant votre arrivée.\n\n"
                        "Vous devez vous présenter en personne. Cela vaut pour chaque membre de la "
                        "famille qui vous accompagne.\n\n"
                        "Vous passez par le fast track ? Vous faites alors votre inscription à "
                        "l'Expat Centre. Sinon, prenez rendez-vous auprès de la commune où vous "
                        "allez habiter."
                    ),
                },
            },
            {
                "key": "ecmr-documents",
                "topic": "residence-registration",
                "question": {
                    "nl": "Welke documenten heb ik nodig voor mijn inschrijving?",
                    "de": "Welche Unterlagen brauche ich für die Anmeldung?",
                    "en": "Which documents do I need to register?",
                    "fr": "De quels documents ai-je besoin pour m'inscrire ?",
                },
                "answer": {
                    "nl": (
                        "Neem in elk geval mee:\n\n"
                        "- uw paspoort of identiteitskaart;\n"
                        "- uw verblijfsvergunning, als u niet uit de EU komt;\n"
                        "- uw huurcontract, of een verklaring van de hoofdbewoner bij wie u gaat "
                        "wonen;\n"
                        "- een gelegaliseerde geboorteakte, en als u getrouwd bent ook een "
                        "gelegaliseerde huwelijksakte.\n\n"
                        "Is een akte niet in het Nederlands, Engels, Duits of Frans? Dan hebt u "
                        "ook een beëdigde vertaling nodig.\n\n"
                        "Controleer vóór uw afspraak bij het Expat Centre of de gemeente welke "
                        "documenten u precies nodig hebt."
                    ),
                    "de": (
                        "Bringen Sie auf jeden Fall mit:\n\n"
                        "- Ihren Reisepass oder Personalausweis;\n"
                        "- Ihre Aufenthaltserlaubnis, wenn Sie nicht aus der EU kommen;\n"
                        "- Ihren Mietvertrag oder eine Erklärung des Hauptbewohners, bei dem Sie "
                        "wohnen werden;\n"
                        "- eine legalisierte Geburtsurkunde und, wenn Sie verheiratet sind, auch "
                        "eine legalisierte Heiratsurkunde.\n\n"
                        "Ist eine Urkunde nicht auf Niederländisch, Englisch, Deutsch oder "
                        "Französisch? Dann brauchen Sie auch eine beeidigte Übersetzung.\n\n"
                        "Fragen Sie vor Ihrem Termin beim Expat Centre oder bei der Gemeinde nach, "
                        "welche Unterlagen Sie genau brauchen."
                    ),
                    "en": (
                        "Bring at least:\n\n"
                        "- your passport or identity card;\n"
                        "- your residence permit, if you are not from the EU;\n"
                        "- your rental contract, or a statement from the main occupant of the home "
                        "where you will live;\n"
                        "- a legalised birth certificate, and if you are married, a legalised "
                        "marriage certificate too.\n\n"
                        "Is a certificate not in Dutch, English, German or French? Then you also "
                        "need a sworn translation.\n\n"
                        "Before your appointment, check with the Expat Centre or the municipality "
                        "exactly which documents you need."
                    ),
                    "fr": (
                        "Apportez au moins :\n\n"
                        "- votre passeport ou votre carte d'identité ;\n"
                        "- votre titre de séjour, si vous ne venez pas de l'UE ;\n"
                        "- votre contrat de location, ou une déclaration de l'occupant principal "
                        "du logement où vous allez habiter ;\n"
                        "- un acte de naissance légalisé et, si vous êtes marié, un acte de "
                        "mariage légalisé.\n\n"
                        "Un acte n'est pas rédigé en néerlandais, en anglais, en allemand ou en "
                        "français ? Il vous faut alors aussi une traduction assermentée.\n\n"
                        "Avant votre rendez-vous, vérifiez auprès de l'Expat Centre ou de la "
                        "commune quels documents il vous faut exactement."
                    ),
                },
            },
            {
                "key": "ecmr-family",
                "topic": "residence-registration",
                "question": {
                    "nl": "Kan ik mijn partner en kinderen ook inschrijven?",
                    "de": (
                        "Kann ich auch meinen Partner oder meine Partnerin und meine Kinder "
                        "anmelden?"
                    ),
                    "en": "Can I register my partner and children as well?",
                    "fr": "Puis-je aussi inscrire mon/ma partenaire et mes enfants ?",
                },
                "answer": {
                    "nl": (
                        "Ja. Voor ieder gezinslid vult u een eigen formulier in. Ieder gezinslid "
                        "komt ook zelf mee naar de afspraak.\n\n"
                        "Gezinsleden van kennismigranten, onderzoekers en kunstenaars kunnen ook "
                        "gebruikmaken van de fast track. Vraag het Expat Centre welke documenten u "
                        "voor uw partner en kinderen nodig hebt."
                    ),
                    "de": (
                        "Ja. Für jedes Familienmitglied füllen Sie ein eigenes Formular aus. Jedes "
                        "Familienmitglied kommt auch persönlich zum Termin.\n\n"
                        "Familienangehörige von hochqualifizierten Migranten, Forschenden und "
                        "Künstlern können auch den Fast Track nutzen. Fragen Sie das Expat Centre, "
                        "welche Unterlagen Sie für Ihren Partner oder Ihre Partnerin und Ihre "
                        "Kinder brauchen."
                    ),
                    "en": (
                        "Yes. You fill in a separate form for each family member. Each family "
                        "member also comes to the appointment in person.\n\n"
                        "Family members of highly skilled migrants, researchers and artists can "
                        "also use the fast track. Ask the Expat Centre which documents you need "
                        "for your partner and children."
                    ),
                    "fr": (
                        "Oui. Vous remplissez un formulaire distinct pour chaque membre de la "
                        "famille. Chacun vient aussi en personne au rendez-vous.\n\n"
                        "Les membres de la famille des migrants hautement qualifiés, des "
                        "chercheurs et des artistes peuvent aussi utiliser le fast track. Demandez "
                        "à l'Expat Centre quels documents il vous faut pour votre partenaire et "
                        "vos enfants."
                    ),
                },
            },
            {
                "key": "ecmr-collect-permit",
                "topic": "residence-registration",
                "question": {
                    "nl": "Waar haal ik mijn verblijfsvergunning op?",
                    "de": "Wo hole ich meine Aufenthaltserlaubnis ab?",
                    "en": "Where do I collect my residence permit?",
                    "fr": "Où dois-je retirer mon titre de séjour ?",
                },
                "answer": {
                    "nl": (
                        "Bij het IND-servicepunt Maastricht, in het Expat Centre. Dat gaat alleen "
                        "op afspraak. Neem de uitnodigingsbrief van de IND mee: zonder die brief "
                        "kunt u uw vergunning niet ophalen.\n\n"
                        "Het IND-servicepunt is open op dinsdag, donderdag en vrijdag. De IND "
                        "geeft de vergunning af, niet het Expat Centre. Voor vragen over uw "
                        "aanvraag neemt u dus contact op met de IND."
                    ),
                    "de": (
                        "Beim IND-Servicepunkt Maastricht im Expat Centre. Das geht nur mit "
                        "Termin. Bringen Sie das Einladungsschreiben der IND mit: Ohne dieses "
                        "Schreiben können Sie Ihre Erlaubnis nicht abholen.\n\n"
                        "Der IND-Servicepunkt ist dienstags, donnerstags und freitags geöffnet. "
                        "Die Erlaubnis wird von der IND ausgegeben, nicht vom Expat Centre. Bei "
                        "Fragen zu Ihrem Antrag wenden Sie sich daher an die IND."
                    ),
                    "en": (
                        "At the IND service point Maastricht, in the Expat Centre. This is by "
                        "appointment only. Bring the invitation letter from the IND: without it "
                        "you cannot collect your permit.\n\n"
                        "The IND service point is open on Tuesday, Thursday and Friday. The IND "
                        "issues the permit, not the Expat Centre. So for questions about your "
                        "application, contact the IND."
                    ),
                    "fr": (
                        "Au point de service de l'IND à Maastricht, dans l'Expat Centre. "
                        "Uniquement sur rendez-vous. Apportez la lettre d'invitation de l'IND : "
                        "sans elle, vous ne pouvez pas retirer votre titre.\n\n"
                        "Le point de service de l'IND est ouvert le mardi, le jeudi et le "
                        "vendredi. C'est l'IND qui délivre le titre de séjour, pas l'Expat Centre. "
                        "Pour toute question sur votre demande, adressez-vous donc à l'IND."
                    ),
                },
            },
            {
                "key": "ecmr-not-here",
                "topic": "residence-registration",
                "question": {
                    "nl": "Wat regelt het Expat Centre niet?",
                    "de": "Was erledigt das Expat Centre nicht?",
                    "en": "What does the Expat Centre not handle?",
                    "fr": "Qu'est-ce que l'Expat Centre ne traite pas ?",
                },
                "answer": {
                    "nl": (
                        "Voor deze zaken gaat u naar de gemeente:\n\n"
                        "- inschrijving als niet-ingezetene (als u niet in Nederland woont);\n"
                        "- een adreswijziging;\n"
                        "- een rijbewijs;\n"
                        "- extra documenten.\n\n"
                        "Uw verblijfsvergunning haalt u op bij de IND. In Maastricht kan dat op "
                        "afspraak bij het IND-servicepunt in het Expat Centre."
                    ),
                    "de": (
                        "Für diese Dinge wenden Sie sich an die Gemeinde:\n\n"
                        "- Anmeldung als Nichtansässiger (wenn Sie nicht in den Niederlanden "
                        "wohnen);\n"
                        "- Adressänderung;\n"
                        "- Führerschein;\n"
                        "- zusätzliche Dokumente.\n\n"
                        "Ihre Aufenthaltserlaubnis holen Sie bei der IND ab. In Maastricht geht "
                        "das mit Termin beim IND-Servicepunkt im Expat Centre."
                    ),
                    "en": (
                        "For these matters, go to the municipality:\n\n"
                        "- registration as a non-resident (if you do not live in the "
                        "Netherlands);\n"
                        "- a change of address;\n"
                        "- a driving licence;\n"
                        "- extra documents.\n\n"
                        "You collect your residence permit from the IND. In Maastricht you can do "
                        "this by appointment at the IND service point in the Expat Centre."
                    ),
                    "fr": (
                        "Pour ces démarches, adressez-vous à la commune :\n\n"
                        "- l'inscription en tant que non-résident (si vous n'habitez pas aux "
                        "Pays-Bas) ;\n"
                        "- un changement d'adresse ;\n"
                        "- un permis de conduire ;\n"
                        "- des documents supplémentaires.\n\n"
                        "Vous retirez votre titre de séjour auprès de l'IND. À Maastricht, c'est "
                        "possible sur rendez-vous au point de service de l'IND, dans l'Expat "
                        "Centre."
                    ),
                },
            },
            {
                "key": "ecmr-health-insurance",
                "topic": "health-insurance",
                "question": {
                    "nl": "Moet ik een Nederlandse zorgverzekering afsluiten?",
                    "de": "Muss ich eine niederländische Krankenversicherung abschließen?",
                    "en": "Do I need Dutch health insurance?",
                    "fr": "Dois-je souscrire une assurance maladie néerlandaise ?",
                },
                "answer": {
                    "nl": (
                        "Als u in Nederland woont, is een Nederlandse zorgverzekering verplicht. "
                        "Regel dit op tijd.\n\n"
                        "In het persoonlijke gesprek bij het Expat Centre kunt u vragen stellen "
                        "over de zorg in de regio.\n\n"
                        "Woont u in België of Duitsland en werkt u in Nederland? Dan gelden andere "
                        "regels. Het Grensinfopunt helpt u daarmee."
                    ),
                    "de": (
                        "Wenn Sie in den Niederlanden wohnen, ist eine niederländische "
                        "Krankenversicherung Pflicht. Kümmern Sie sich rechtzeitig darum.\n\n"
                        "Im persönlichen Gespräch im Expat Centre können Sie Fragen zur "
                        "Gesundheitsversorgung in der Region stellen.\n\n"
                        "Wohnen Sie in Belgien oder Deutschland und arbeiten Sie in den "
                        "Niederlanden? Dann gelten andere Regeln. Der Grenzinfopunkt hilft Ihnen "
                        "dabei."
                    ),
                    "en": (
                        "If you live in the Netherlands, Dutch health insurance is compulsory. "
                        "Arrange it in good time.\n\n"
                        "In your personal consultation at the Expat Centre you can ask questions "
                        "about healthcare in the region.\n\n"
                        "Do you live in Belgium or Germany and work in the Netherlands? Then other "
                        "rules apply. The cross-border information point (Grensinfopunt) can help "
                        "you."
                    ),
                    "fr": (
                        "Si vous habitez aux Pays-Bas, l'assurance maladie néerlandaise est "
                        "obligatoire. Occupez-vous-en à temps.\n\n"
                        "Lors de votre entretien personnel à l'Expat Centre, vous pouvez poser vos "
                        "questions sur les soins de santé dans la région.\n\n"
                        "Vous habitez en Belgique ou en Allemagne et travaillez aux Pays-Bas ? "
                        "D'autres règles s'appliquent alors. Le point d'information "
                        "transfrontalier (Grensinfopunt) peut vous aider."
                    ),
                },
            },
            {
                "key": "ecmr-housing",
                "topic": "residence-registration",
                "question": {
                    "nl": "Hoe vind ik een woning?",
                    "de": "Wie finde ich eine Wohnung?",
                    "en": "How do I find a home?",
                    "fr": "Comment trouver un logement ?",
                },
                "answer": {
                    "nl": (
                        "Woningen zijn schaars in de regio. Begin daarom op tijd met zoeken.\n\n"
                        "In het persoonlijke gesprek bij het Expat Centre krijgt u uitleg over "
                        "huisvesting in Zuid-Limburg.\n\n"
                        "Let op: voor uw inschrijving bij de gemeente hebt u een huurcontract "
                        "nodig, of een verklaring van de hoofdbewoner bij wie u gaat wonen."
                    ),
                    "de": (
                        "Wohnungen sind in der Region knapp. Beginnen Sie deshalb rechtzeitig mit "
                        "der Suche.\n\n"
                        "Im persönlichen Gespräch im Expat Centre erhalten Sie Informationen zum "
                        "Wohnen in Süd-Limburg.\n\n"
                        "Bitte beachten Sie: Für die Anmeldung bei der Gemeinde brauchen Sie einen "
                        "Mietvertrag oder eine Erklärung des Hauptbewohners, bei dem Sie wohnen "
                        "werden."
                    ),
                    "en": (
                        "Housing is scarce in the region, so start looking early.\n\n"
                        "In your personal consultation at the Expat Centre you get information "
                        "about housing in South Limburg.\n\n"
                        "Please note: to register with the municipality you need a rental "
                        "contract, or a statement from the main occupant of the home where you "
                        "will live."
                    ),
                    "fr": (
                        "Les logements sont rares dans la région. Commencez donc vos recherches "
                        "tôt.\n\n"
                        "Lors de votre entretien personnel à l'Expat Centre, vous recevez des "
                        "informations sur le logement dans le sud du Limbourg.\n\n"
                        "Attention : pour vous inscrire auprès de la commune, il vous faut un "
                        "contrat de location ou une déclaration de l'occupant principal du "
                        "logement où vous allez habiter."
                    ),
                },
            },
            {
                "key": "ecmr-live-abroad-tax",
                "topic": "tax",
                "question": {
                    "nl": (
                        "Ik ga in de regio Maastricht werken, maar woon in België of Duitsland. "
                        "Hoe zit het met belasting?"
                    ),
                    "de": (
                        "Ich werde in der Region Maastricht arbeiten, wohne aber in Belgien oder "
                        "Deutschland. Wie ist das mit den Steuern?"
                    ),
                    "en": (
                        "I will work in the Maastricht region but live in Belgium or Germany. What "
                        "about tax?"
                    ),
                    "fr": (
                        "Je vais travailler dans la région de Maastricht, mais j'habite en "
                        "Belgique ou en Allemagne. Qu'en est-il des impôts ?"
                    ),
                },
                "answer": {
                    "nl": (
                        "Als u in het ene land woont en in het andere werkt, gelden voor de "
                        "belasting andere regels dan als u in Nederland woont. Waar u belasting "
                        "betaalt, hangt af van uw situatie.\n\n"
                        "Het Grensinfopunt Maastricht en het GrensInfoPunt Aken-Eurode geven u "
                        "hierover gratis informatie. Voor een beslissing over uw eigen situatie "
                        "gaat u naar de Belastingdienst of de belastingdienst in uw woonland."
                    ),
                    "de": (
                        "Wenn Sie in einem Land wohnen und in einem anderen arbeiten, gelten für "
                        "die Steuern andere Regeln als bei einem Wohnsitz in den Niederlanden. Wo "
                        "Sie Steuern zahlen, hängt von Ihrer Situation ab.\n\n"
                        "Der Grenzinfopunkt Maastricht und der GrenzInfoPunkt Aachen-Eurode "
                        "informieren Sie darüber kostenlos. Eine Entscheidung über Ihren eigenen "
                        "Fall trifft die niederländische Steuerverwaltung (Belastingdienst) oder "
                        "die Steuerbehörde in Ihrem Wohnland."
                    ),
                    "en": (
                        "If you live in one country and work in another, different tax rules apply "
                        "than if you live in the Netherlands. Where you pay tax depends on your "
                        "situation.\n\n"
                        "The cross-border information points in Maastricht and Aachen-Eurode give "
                        "you free information about this. A decision on your own case is made by "
                        "the Dutch Tax Administration (Belastingdienst) or the tax authority in "
                        "your country of residence."
                    ),
                    "fr": (
                        "Si vous habitez dans un pays et travaillez dans un autre, les règles "
                        "fiscales ne sont pas les mêmes que si vous habitiez aux Pays-Bas. Le pays "
                        "où vous payez vos impôts dépend de votre situation.\n\n"
                        "Les points d'information transfrontaliers de Maastricht et "
                        "d'Aix-la-Chapelle-Eurode vous informent gratuitement à ce sujet. La "
                        "décision sur votre cas personnel revient à l'administration fiscale "
                        "néerlandaise (Belastingdienst) ou à celle de votre pays de résidence."
                    ),
                },
            },
            {
                "key": "ecmr-live-abroad-social-security",
                "topic": "social-security",
                "question": {
                    "nl": (
                        "Ik woon in België of Duitsland en werk in Nederland. In welk land ben ik "
                        "verzekerd?"
                    ),
                    "de": (
                        "Ich wohne in Belgien oder Deutschland und arbeite in den Niederlanden. In "
                        "welchem Land bin ich versichert?"
                    ),
                    "en": (
                        "I live in Belgium or Germany and work in the Netherlands. In which "
                        "country am I insured?"
                    ),
                    "fr": (
                        "J'habite en Belgique ou en Allemagne et je travaille aux Pays-Bas. Dans "
                        "quel pays suis-je assuré ?"
                    ),
                },
                "answer": {
                    "nl": (
                        "Voor grenswerkers gelden voor de sociale zekerheid andere regels dan voor "
                        "mensen die in Nederland wonen en werken. Denk aan uw zorgverzekering, "
                        "uitkeringen en pensioen. Wat voor u geldt, hangt af van waar u woont en "
                        "werkt, en bijvoorbeeld van hoeveel u thuiswerkt.\n\n"
                        "Het Grensinfopunt Maastricht en het GrensInfoPunt Aken-Eurode leggen u "
                        "gratis uit wat dit voor u betekent. Voor een beslissing over uw eigen "
                        "situatie gaat u naar de SVB, het UWV of de instantie in uw woonland."
                    ),
                    "de": (
                        "Für Grenzgänger gelten in der Sozialversicherung andere Regeln als für "
                        "Menschen, die in den Niederlanden wohnen und arbeiten. Das betrifft zum "
                        "Beispiel Ihre Krankenversicherung, Leistungen und die Rente. Was für Sie "
                        "gilt, hängt davon ab, wo Sie wohnen und arbeiten, und zum Beispiel auch "
                        "davon, wie viel Sie im Homeoffice arbeiten.\n\n"
                        "Der Grenzinfopunkt Maastricht und der GrenzInfoPunkt Aachen-Eurode "
                        "erklären Ihnen kostenlos, was das für Sie bedeutet. Eine Entscheidung "
                        "über Ihren eigenen Fall treffen die SVB, das UWV oder die zuständige "
                        "Stelle in Ihrem Wohnland."
                    ),
                    "en": (
                        "For cross-border workers, social security rules differ from those for "
                        "people who live and work in the Netherlands. This concerns, for example, "
                        "your health insurance, benefits and pension. What applies to you depends "
                        "on where you live and work, and for example on how much you work from "
                        "home.\n\n"
                        "The cross-border information points in Maastricht and Aachen-Eurode "
                        "explain for free what this means for you. A decision on your own case is "
                        "made by the SVB, the UWV or the responsible body in your country of "
                        "residence."
                    ),
                    "fr": (
                        "Pour les travailleurs frontaliers, les règles de sécurité sociale "
                        "diffèrent de celles qui s'appliquent aux personnes qui vivent et "
                        "travaillent aux Pays-Bas. Cela concerne par exemple votre assurance "
                        "maladie, les prestations et la pension. Ce qui s'applique à vous dépend "
                        "de l'endroit où vous habitez et travaillez, et par exemple de la part de "
                        "télétravail.\n\n"
                        "Les points d'information transfrontaliers de Maastricht et "
                        "d'Aix-la-Chapelle-Eurode vous expliquent gratuitement ce que cela "
                        "signifie pour vous. La décision sur votre cas personnel revient à la SVB, "
                        "à l'UWV ou à l'organisme compétent de votre pays de résidence."
                    ),
                },
            },
            {
                "key": "ecmr-nato",
                "topic": "residence-registration",
                "question": {
                    "nl": "Ik werk voor de NAVO. Waar kan ik terecht?",
                    "de": "Ich arbeite für die NATO. An wen wende ich mich?",
                    "en": "I work for NATO. Where do I go?",
                    "fr": "Je travaille pour l'OTAN. À qui dois-je m'adresser ?",
                },
                "answer": {
                    "nl": (
                        "Medewerkers van de NAVO en hun gezinsleden kunnen hun aanvraag doen bij "
                        "het IND-servicepunt in het Expat Centre Maastricht Region. Maak daarvoor "
                        "een afspraak.\n\n"
                        "Vraag bij het maken van de afspraak welke documenten u moet meenemen."
                    ),
                    "de": (
                        "NATO-Beschäftigte und ihre Familienangehörigen können ihren Antrag beim "
                        "IND-Servicepunkt im Expat Centre Maastricht Region stellen. Vereinbaren "
                        "Sie dafür einen Termin.\n\n"
                        "Fragen Sie bei der Terminvereinbarung, welche Unterlagen Sie mitbringen "
                        "müssen."
                    ),
                    "en": (
                        "NATO staff and their family members can make their application at the IND "
                        "service point in the Expat Centre Maastricht Region. Make an appointment "
                        "first.\n\n"
                        "When you make the appointment, ask which documents you need to bring."
                    ),
                    "fr": (
                        "Le personnel de l'OTAN et les membres de leur famille peuvent déposer "
                        "leur demande au point de service de l'IND, dans l'Expat Centre Maastricht "
                        "Region. Prenez d'abord rendez-vous.\n\n"
                        "Lors de la prise de rendez-vous, demandez quels documents vous devez "
                        "apporter."
                    ),
                },
            },
            {
                "key": "ecmr-students",
                "topic": "studying",
                "question": {
                    "nl": "Ik kom in Maastricht studeren. Hoe schrijf ik mij in?",
                    "de": "Ich komme zum Studium nach Maastricht. Wie melde ich mich an?",
                    "en": "I am coming to study in Maastricht. How do I register?",
                    "fr": "Je viens étudier à Maastricht. Comment m'inscrire ?",
                },
                "answer": {
                    "nl": (
                        "Voor nieuwe internationale studenten is er elk jaar een gezamenlijke "
                        "inschrijfdag met de IND. Die is er voor studenten van Maastricht "
                        "University, Zuyd Hogeschool, Maastricht School of Management, United "
                        "World College Maastricht en de Jan van Eyck Academie (gegevens uit "
                        "2023).\n\n"
                        "Vraag uw onderwijsinstelling wanneer de inschrijfdag is en hoe u zich "
                        "aanmeldt. Ook als student moet u zich inschrijven bij de gemeente als u "
                        "langer dan vier maanden blijft."
                    ),
                    "de": (
                        "Für neue internationale Studierende gibt es jedes Jahr einen gemeinsamen "
                        "Anmeldetag mit der IND. Er richtet sich an Studierende der Maastricht "
                        "University, der Zuyd Hogeschool, der Maastricht School of Management, des "
                        "United World College Maastricht und der Jan van Eyck Academie (Angaben "
                        "von 2023).\n\n"
                        "Fragen Sie Ihre Hochschule oder Schule, wann der Anmeldetag ist und wie "
                        "Sie teilnehmen. Auch als Studierende oder Studierender müssen Sie sich "
                        "bei der Gemeinde anmelden, wenn Sie länger als vier Monate bleiben."
                    ),
                    "en": (
                        "Each year there is a joint registration day with the IND for new "
                        "international students. It is for students of Maastricht University, Zuyd "
                        "Hogeschool, Maastricht School of Management, United World College "
                        "Maastricht and the Jan van Eyck Academie (information from 2023).\n\n"
                        "Ask your institution when the registration day is and how to sign up. "
                        "Students, too, must register with the municipality if they stay for more "
                        "than four months."
                    ),
                    "fr": (
                        "Chaque année, une journée d'inscription commune avec l'IND est organisée "
                        "pour les nouveaux étudiants internationaux. Elle s'adresse aux étudiants "
                        "de la Maastricht University, de la Zuyd Hogeschool, de la Maastricht "
                        "School of Management, du United World College Maastricht et de la Jan van "
                        "Eyck Academie (informations de 2023).\n\n"
                        "Demandez à votre établissement la date de cette journée et comment vous y "
                        "inscrire. Les étudiants aussi doivent s'inscrire auprès de la commune "
                        "s'ils restent plus de quatre mois."
                    ),
                },
            },
            {
                "key": "ecmr-employers",
                "topic": "hiring-across-the-border",
                "question": {
                    "nl": (
                        "Ik ben werkgever en haal internationale medewerkers naar de regio. Wat "
                        "kan het Expat Centre voor mij doen?"
                    ),
                    "de": (
                        "Ich bin Arbeitgeber und hole internationale Mitarbeitende in die Region. "
                        "Was kann das Expat Centre für mich tun?"
                    ),
                    "en": (
                        "I am an employer bringing international staff to the region. What can the "
                        "Expat Centre do for me?"
                    ),
                    "fr": (
                        "Je suis employeur et je fais venir du personnel international dans la "
                        "région. Que peut faire l'Expat Centre pour moi ?"
                    ),
                },
                "answer": {
                    "nl": (
                        "Bent u erkend referent bij de IND? Dan kunt u voor kennismigranten, "
                        "onderzoekers en kunstenaars de fast track starten. Uw nieuwe medewerker "
                        "regelt dan bij het Expat Centre in één keer de inschrijving, het bezoek "
                        "aan de IND en een persoonlijk gesprek over wonen en werken in de regio. "
                        "Een BSN volgt dan binnen ongeveer vijf dagen.\n\n"
                        "Het Expat Centre werkt samen met de IND voor ruim 100 internationale "
                        "werkgevers. Neem contact op met het Expat Centre om te bespreken wat voor "
                        "uw organisatie mogelijk is."
                    ),
                    "de": (
                        "Sind Sie bei der IND als anerkannter Referent registriert? Dann können "
                        "Sie für hochqualifizierte Migranten, Forschende und Künstler den Fast "
                        "Track einleiten. Ihre neue Mitarbeiterin oder Ihr neuer Mitarbeiter "
                        "erledigt dann im Expat Centre alles auf einmal: Anmeldung, Termin bei der "
                        "IND und ein persönliches Gespräch über das Leben und Arbeiten in der "
                        "Region. Die BSN folgt in etwa fünf Tagen.\n\n"
                        "Das Expat Centre arbeitet gemeinsam mit der IND für mehr als 100 "
                        "internationale Arbeitgeber. Nehmen Sie Kontakt mit dem Expat Centre auf, "
                        "um zu besprechen, was für Ihre Organisation möglich ist."
                    ),
                    "en": (
                        "Are you an IND recognised sponsor? Then you can start the fast track for "
                        "highly skilled migrants, researchers and artists. Your new employee then "
                        "arranges everything together at the Expat Centre: registration, the IND "
                        "visit and a personal consultation on living and working in the region. A "
                        "BSN follows in about five days.\n\n"
                        "The Expat Centre works with the IND for more than 100 international "
                        "employers. Contact the Expat Centre to discuss what is possible for your "
                        "organisation."
                    ),
                    "fr": (
                        "Vous avez le statut de « référent reconnu » auprès de l'IND ? Vous pouvez "
                        "alors lancer le fast track pour des migrants hautement qualifiés, des "
                        "chercheurs et des artistes. Votre nouveau collaborateur règle ensuite "
                        "tout en une fois à l'Expat Centre : l'inscription, le rendez-vous avec "
                        "l'IND et un entretien personnel sur la vie et le travail dans la région. "
                        "Le BSN suit en cinq jours environ.\n\n"
                        "L'Expat Centre travaille avec l'IND pour plus de 100 employeurs "
                        "internationaux. Contactez l'Expat Centre pour voir ce qui est possible "
                        "pour votre organisation."
                    ),
                },
            },
            {
                "key": "ecmr-region",
                "topic": "residence-registration",
                "question": {
                    "nl": "Ik ga buiten Maastricht wonen. Kan ik toch naar het Expat Centre?",
                    "de": (
                        "Ich werde außerhalb von Maastricht wohnen. Kann ich trotzdem zum Expat "
                        "Centre gehen?"
                    ),
                    "en": "I will live outside Maastricht. Can I still use the Expat Centre?",
                    "fr": (
                        "Je vais habiter en dehors de Maastricht. Puis-je quand même m'adresser à "
                        "l'Expat Centre ?"
                    ),
                },
                "answer": {
                    "nl": (
                        "Het Expat Centre werkt niet alleen voor de gemeente Maastricht, maar ook "
                        "voor 16 deelnemende gemeenten in de regio (stand 2021).\n\n"
                        "Vraag het Expat Centre of de gemeente waar u gaat wonen daarbij hoort."
                    ),
                    "de": (
                        "Das Expat Centre arbeitet nicht nur für die Gemeinde Maastricht, sondern "
                        "auch für 16 beteiligte Gemeinden in der Region (Stand 2021).\n\n"
                        "Fragen Sie beim Expat Centre nach, ob die Gemeinde, in der Sie wohnen "
                        "werden, dazugehört."
                    ),
                    "en": (
                        "The Expat Centre works not only for the municipality of Maastricht, but "
                        "also for 16 participating municipalities in the region (as of 2021).\n\n"
                        "Ask the Expat Centre whether the municipality where you will live is one "
                        "of them."
                    ),
                    "fr": (
                        "L'Expat Centre ne travaille pas seulement pour la commune de Maastricht, "
                        "mais aussi pour 16 communes participantes de la région (situation en "
                        "2021).\n\n"
                        "Demandez à l'Expat Centre si la commune où vous allez habiter en fait "
                        "partie."
                    ),
                },
            },
        ],
    },
    {
        "slug": "talent-coalition",
        "order": 40,
        "website": "",
        "name": {
            "nl": "Talent Coalition",
            "de": "Talent Coalition",
            "en": "Talent Coalition",
            "fr": "Talent Coalition",
        },
        "summary": {
            "nl": (
                "Een landelijk programma van de overheid dat werkgevers in Zuid-Limburg helpt "
                "hoogopgeleide medewerkers en internationale studenten aan te trekken en te "
                "behouden."
            ),
            "de": (
                "Ein landesweites Programm der niederländischen Regierung, das Arbeitgebern in "
                "Süd-Limburg hilft, hochqualifizierte Fachkräfte und internationale Studierende zu "
                "gewinnen und zu halten."
            ),
            "en": (
                "A national government programme that helps employers in South Limburg attract and "
                "keep highly educated staff and international students."
            ),
            "fr": (
                "Un programme national du gouvernement néerlandais qui aide les employeurs du sud "
                "du Limbourg à attirer et à garder du personnel hautement qualifié et des "
                "étudiants internationaux."
            ),
        },
        "audience": {
            "nl": (
                "- Werkgevers in Zuid-Limburg die medewerkers op hbo- of wo-niveau zoeken\n"
                "- Internationale studenten die na hun studie in de regio willen blijven werken\n"
                "- Kennisinstellingen, campussen en andere organisaties die hieraan meewerken"
            ),
            "de": (
                "- Arbeitgeber in Süd-Limburg, die Fachkräfte mit Hochschulabschluss "
                "(Fachhochschule oder Universität) suchen\n"
                "- Internationale Studierende, die nach dem Studium in der Region bleiben und "
                "arbeiten möchten\n"
                "- Hochschulen, Campusse und andere Organisationen, die daran mitarbeiten"
            ),
            "en": (
                "- Employers in South Limburg looking for staff with a higher professional or "
                "university education (hbo/wo)\n"
                "- International students who want to stay and work in the region after their "
                "studies\n"
                "- Knowledge institutions, campuses and other organisations that take part"
            ),
            "fr": (
                "- Les employeurs du sud du Limbourg qui recherchent du personnel diplômé de "
                "l'enseignement supérieur (haute école ou université)\n"
                "- Les étudiants internationaux qui souhaitent rester travailler dans la région "
                "après leurs études\n"
                "- Les établissements d'enseignement, les campus et les autres organisations qui y "
                "participent"
            ),
        },
        "description": {
            "nl": (
                "Het Rijksprogramma Talent Coalition is een landelijk programma van de overheid. "
                "Het helpt werkgevers om hoogopgeleide medewerkers en internationale studenten aan "
                "te trekken en te behouden. Landelijk is de Talent Coalition een samenwerking van "
                "13 organisaties uit verschillende regio's. Samen willen zij Nederland "
                "internationaal aantrekkelijker maken voor talent.\n\n"
                "Zuid-Limburg sloot zich in 2023 aan. Hier richt het programma zich op twee "
                "dingen: medewerkers op hbo- en wo-niveau werven, en internationale studenten na "
                "hun studie in de regio houden.\n\n"
                "Dat is nodig, want de regio heeft zelf niet genoeg goed opgeleide mensen. In "
                "november 2022 stonden er in Limburg ongeveer 30.000 vacatures open.\n\n"
                "De Talent Coalition hoort bij de diensten die Heerlen, Maastricht en "
                "Sittard-Geleen in 2024-2027 samen voortzetten, naast de grensinfopunten, Service "
                "Grensarbeid en het Expat Centre Maastricht Region. Werkgevers, campussen en "
                "kennisinstellingen denken mee. Zo wil Maastricht University bedrijven al vroeg "
                "met studenten in contact brengen."
            ),
            "de": (
                "Das Rijksprogramma Talent Coalition ist ein landesweites Programm der "
                "niederländischen Regierung. Es hilft Arbeitgebern, hochqualifizierte Fachkräfte "
                "und internationale Studierende zu gewinnen und zu halten. Landesweit ist die "
                "Talent Coalition ein Zusammenschluss von 13 Organisationen aus verschiedenen "
                "Regionen. Gemeinsam wollen sie die Niederlande international attraktiver für "
                "Talente machen.\n\n"
                "Süd-Limburg hat sich 2023 angeschlossen. Hier konzentriert sich das Programm auf "
                "zwei Dinge: Fachkräfte mit Hochschulabschluss gewinnen und internationale "
                "Studierende nach dem Studium in der Region halten.\n\n"
                "Das ist nötig, denn die Region hat selbst nicht genug gut ausgebildete Menschen. "
                "Im November 2022 gab es in Limburg rund 30.000 offene Stellen.\n\n"
                "Die Talent Coalition gehört zu den Diensten, die Heerlen, Maastricht und "
                "Sittard-Geleen von 2024 bis 2027 gemeinsam fortführen, neben den "
                "Grenzinfopunkten, den Servicepunkten Grenzüberschreitende Arbeitsvermittlung und "
                "dem Expat Centre Maastricht Region. Arbeitgeber, Campusse und Hochschulen bringen "
                "ihre Ideen ein. So will die Maastricht University Unternehmen schon früh mit "
                "Studierenden in Kontakt bringen."
            ),
            "en": (
                "The Rijksprogramma Talent Coalition is a national government programme. It helps "
                "employers attract and keep highly educated staff and international students. "
                "Nationally, the Talent Coalition is a partnership of 13 organisations from "
                "several regions. Together they want to make the Netherlands more attractive to "
                "international talent.\n\n"
                "South Limburg joined in 2023. Here the programme focuses on two things: "
                "recruiting staff at higher professional and university level (hbo/wo), and "
                "keeping international students in the region after their studies.\n\n"
                "This is needed because the region does not have enough well-trained people of its "
                "own. In November 2022 Limburg had about 30,000 open vacancies.\n\n"
                "The Talent Coalition is one of the services that Heerlen, Maastricht and "
                "Sittard-Geleen continue together in 2024-2027, alongside the cross-border "
                "information points, the cross-border employment services and the Expat Centre "
                "Maastricht Region. Employers, campuses and knowledge institutions contribute "
                "ideas. Maastricht University, for example, wants to bring businesses and students "
                "together at an early stage."
            ),
            "fr": (
                "Le Rijksprogramma Talent Coalition est un programme national du gouvernement "
                "néerlandais. Il aide les employeurs à attirer et à garder du personnel hautement "
                "qualifié et des étudiants internationaux. Au niveau national, la Talent Coalition "
                "est un partenariat de 13 organisations de différentes régions. Ensemble, elles "
                "veulent rendre les Pays-Bas plus attractifs pour les talents internationaux.\n\n"
                "Le sud du Limbourg a rejoint le programme en 2023. Ici, il se concentre sur deux "
                "choses : recruter du personnel diplômé de l'enseignement supérieur et garder les "
                "étudiants internationaux dans la région après leurs études.\n\n"
                "C'est nécessaire, car la région ne compte pas assez de personnes bien formées. En "
                "novembre 2022, le Limbourg comptait environ 30 000 offres d'emploi non "
                "pourvues.\n\n"
                "La Talent Coalition fait partie des services que Heerlen, Maastricht et "
                "Sittard-Geleen poursuivent ensemble de 2024 à 2027, aux côtés des points "
                "d'information transfrontaliers, des services de placement transfrontalier et de "
                "l'Expat Centre Maastricht Region. Employeurs, campus et établissements "
                "d'enseignement apportent leurs idées. La Maastricht University veut par exemple "
                "mettre très tôt les entreprises en contact avec les étudiants."
            ),
        },
        "locations": [
            {
                "key": "maastricht",
                "name": {
                    "nl": "Talent Coalition (Maastricht)",
                    "de": "Talent Coalition (Maastricht)",
                    "en": "Talent Coalition (Maastricht)",
                    "fr": "Talent Coalition (Maastricht)",
                },
                "street_address": "",
                "postal_code": "",
                "city": "Maastricht",
                "country": "NL",
                "phone": "",
                "email": "",
                "by_appointment_only": False,
                "notes": None,
                "last_verified": None,
                "hours": [],
            },
        ],
        "faqs": [
            {
                "key": "tc-what",
                "topic": "hiring-across-the-border",
                "question": {
                    "nl": "Wat is de Talent Coalition?",
                    "de": "Was ist die Talent Coalition?",
                    "en": "What is the Talent Coalition?",
                    "fr": "Qu'est-ce que la Talent Coalition ?",
                },
                "answer": {
                    "nl": (
                        "De Talent Coalition is een landelijk programma van de overheid "
                        "(Rijksprogramma). Het helpt werkgevers om hoogopgeleide medewerkers en "
                        "internationale studenten aan te trekken en te behouden.\n\n"
                        "Landelijk werken 13 organisaties uit verschillende regio's samen om "
                        "Nederland internationaal aantrekkelijker te maken voor talent. In "
                        "Zuid-Limburg richt het programma zich op het werven van medewerkers op "
                        "hbo- en wo-niveau en op het behouden van internationale studenten in de "
                        "regio."
                    ),
                    "de": (
                        "Die Talent Coalition ist ein landesweites Programm der niederländischen "
                        "Regierung (Rijksprogramma). Es hilft Arbeitgebern, hochqualifizierte "
                        "Fachkräfte und internationale Studierende zu gewinnen und zu halten.\n\n"
                        "Landesweit arbeiten 13 Organisationen aus verschiedenen Regionen "
                        "zusammen, um die Niederlande international attraktiver für Talente zu "
                        "machen. In Süd-Limburg konzentriert sich das Programm darauf, Fachkräfte "
                        "mit Hochschulabschluss zu gewinnen und internationale Studierende in der "
                        "Region zu halten."
                    ),
                    "en": (
                        "The Talent Coalition is a national government programme (Rijksprogramma). "
                        "It helps employers attract and keep highly educated staff and "
                        "international students.\n\n"
                        "Nationally, 13 organisations from several regions work together to make "
                        "the Netherlands more attractive to international talent. In South Limburg "
                        "the programme focuses on recruiting staff at higher professional and "
                        "university level (hbo/wo) and on keeping international students in the "
                        "region."
                    ),
                    "fr": (
                        "La Talent Coalition est un programme national du gouvernement néerlandais "
                        "(Rijksprogramma). Il aide les employeurs à attirer et à garder du "
                        "personnel hautement qualifié et des étudiants internationaux.\n\n"
                        "Au niveau national, 13 organisations de différentes régions travaillent "
                        "ensemble pour rendre les Pays-Bas plus attractifs pour les talents "
                        "internationaux. Dans le sud du Limbourg, le programme vise à recruter du "
                        "personnel diplômé de l'enseignement supérieur et à garder les étudiants "
                        "internationaux dans la région."
                    ),
                },
            },
            {
                "key": "tc-who",
                "topic": "hiring-across-the-border",
                "question": {
                    "nl": "Wie heeft er iets aan de Talent Coalition?",
                    "de": "Wer profitiert von der Talent Coalition?",
                    "en": "Who benefits from the Talent Coalition?",
                    "fr": "À qui profite la Talent Coalition ?",
                },
                "answer": {
                    "nl": (
                        "- **Werkgevers** die medewerkers op hbo- of wo-niveau nodig hebben.\n"
                        "- **Internationale studenten** die na hun studie in Zuid-Limburg willen "
                        "blijven wonen en werken.\n\n"
                        "Zo helpt het programma ook de economie van de regio. Hebt u een vraag "
                        "over uw eigen situatie? Kijk dan bij de loketten op dit portaal, zoals "
                        "het Expat Centre Maastricht Region."
                    ),
                    "de": (
                        "- **Arbeitgeber**, die Fachkräfte mit Hochschulabschluss brauchen.\n"
                        "- **Internationale Studierende**, die nach dem Studium in Süd-Limburg "
                        "bleiben, wohnen und arbeiten möchten.\n\n"
                        "So hilft das Programm auch der Wirtschaft in der Region. Haben Sie eine "
                        "Frage zu Ihrer eigenen Situation? Dann wenden Sie sich an die "
                        "Anlaufstellen auf diesem Portal, zum Beispiel an das Expat Centre "
                        "Maastricht Region."
                    ),
                    "en": (
                        "- **Employers** who need staff at higher professional or university level "
                        "(hbo/wo).\n"
                        "- **International students** who want to stay, live and work in South "
                        "Limburg after their studies.\n\n"
                        "In this way the programme also helps the region's economy. Do you have a "
                        "question about your own situation? Then turn to the desks on this portal, "
                        "such as the Expat Centre Maastricht Region."
                    ),
                    "fr": (
                        "- **Les employeurs** qui ont besoin de personnel diplômé de "
                        "l'enseignement supérieur.\n"
                        "- **Les étudiants internationaux** qui souhaitent rester vivre et "
                        "travailler dans le sud du Limbourg après leurs études.\n\n"
                        "Le programme soutient ainsi l'économie de la région. Vous avez une "
                        "question sur votre situation personnelle ? Adressez-vous aux guichets "
                        "présentés sur ce portail, comme l'Expat Centre Maastricht Region."
                    ),
                },
            },
            {
                "key": "tc-maastricht-university",
                "topic": "studying",
                "question": {
                    "nl": "Wat doet Maastricht University?",
                    "de": "Was macht die Maastricht University?",
                    "en": "What does Maastricht University do?",
                    "fr": "Quel est le rôle de la Maastricht University ?",
                },
                "answer": {
                    "nl": (
                        "Maastricht University doet mee aan de samenwerking in Zuid-Limburg. De "
                        "universiteit wil bedrijven en studenten al vroeg met elkaar in contact "
                        "brengen.\n\n"
                        "Daarnaast heeft de universiteit een plan voor meerdere jaren. Het doel: "
                        "meer internationale studenten blijven na hun studie in de regio. Stages "
                        "en het leren van de Nederlandse taal spelen daarbij een rol."
                    ),
                    "de": (
                        "Die Maastricht University beteiligt sich an der Zusammenarbeit in "
                        "Süd-Limburg. Die Universität will Unternehmen und Studierende schon früh "
                        "miteinander in Kontakt bringen.\n\n"
                        "Außerdem hat die Universität einen Plan für mehrere Jahre. Das Ziel: Mehr "
                        "internationale Studierende sollen nach dem Studium in der Region bleiben. "
                        "Praktika und das Erlernen der niederländischen Sprache spielen dabei eine "
                        "Rolle."
                    ),
                    "en": (
                        "Maastricht University takes part in the cooperation in South Limburg. The "
                        "university wants to bring businesses and students together at an early "
                        "stage.\n\n"
                        "The university also has a plan covering several years. The aim: more "
                        "international students stay in the region after their studies. "
                        "Internships and learning Dutch play a part in this."
                    ),
                    "fr": (
                        "La Maastricht University participe à la coopération dans le sud du "
                        "Limbourg. L'université veut mettre très tôt les entreprises et les "
                        "étudiants en contact.\n\n"
                        "L'université a aussi un plan sur plusieurs années. Son objectif : qu'un "
                        "plus grand nombre d'étudiants internationaux restent dans la région après "
                        "leurs études. Les stages et l'apprentissage du néerlandais y jouent un "
                        "rôle."
                    ),
                },
            },
            {
                "key": "tc-why",
                "topic": "finding-work",
                "question": {
                    "nl": "Waarom heeft Zuid-Limburg de Talent Coalition nodig?",
                    "de": "Warum braucht Süd-Limburg die Talent Coalition?",
                    "en": "Why does South Limburg need the Talent Coalition?",
                    "fr": "Pourquoi le sud du Limbourg a-t-il besoin de la Talent Coalition ?",
                },
                "answer": {
                    "nl": (
                        "De regio heeft zelf niet genoeg goed opgeleide mensen, op alle niveaus. "
                        "Een paar cijfers:\n\n"
                        "- In november 2022 stonden er in Limburg ongeveer 30.000 vacatures open.\n"
                        "- Limburg verwacht tot 2025 een daling van 18% van het aantal jongeren "
                        "van 15 tot 20 jaar.\n\n"
                        "Daarom wordt het steeds belangrijker om mensen en studenten uit de "
                        "Euregio en uit het buitenland aan te trekken en te behouden."
                    ),
                    "de": (
                        "Die Region hat selbst nicht genug gut ausgebildete Menschen, und zwar auf "
                        "allen Ebenen. Einige Zahlen:\n\n"
                        "- Im November 2022 gab es in Limburg rund 30.000 offene Stellen.\n"
                        "- Limburg erwartet bis 2025 einen Rückgang der Zahl der 15- bis "
                        "20-Jährigen um 18 %.\n\n"
                        "Deshalb wird es immer wichtiger, Menschen und Studierende aus der Euregio "
                        "und aus dem Ausland zu gewinnen und zu halten."
                    ),
                    "en": (
                        "The region does not have enough well-trained people of its own, at every "
                        "level. Some figures:\n\n"
                        "- In November 2022 Limburg had about 30,000 open vacancies.\n"
                        "- Limburg expects the number of young people aged 15 to 20 to fall by 18% "
                        "up to 2025.\n\n"
                        "That is why attracting and keeping workers and students from the Euregion "
                        "and from abroad is becoming more and more important."
                    ),
                    "fr": (
                        "La région ne compte pas assez de personnes bien formées, à tous les "
                        "niveaux. Quelques chiffres :\n\n"
                        "- En novembre 2022, le Limbourg comptait environ 30 000 offres d'emploi "
                        "non pourvues.\n"
                        "- Le Limbourg s'attend à une baisse de 18 % du nombre de jeunes de 15 à "
                        "20 ans d'ici 2025.\n\n"
                        "C'est pourquoi il devient de plus en plus important d'attirer et de "
                        "garder des travailleurs et des étudiants de l'Euregio et de l'étranger."
                    ),
                },
            },
            {
                "key": "tc-orientation-year",
                "topic": "residence-registration",
                "question": {
                    "nl": "Mag ik na mijn studie in Nederland blijven om werk te zoeken?",
                    "de": (
                        "Darf ich nach meinem Studium in den Niederlanden bleiben, um Arbeit zu "
                        "suchen?"
                    ),
                    "en": "Can I stay in the Netherlands after graduating to look for work?",
                    "fr": "Puis-je rester aux Pays-Bas après mes études pour chercher du travail ?",
                },
                "answer": {
                    "nl": (
                        "Daarvoor is er de verblijfsvergunning voor het ‘zoekjaar hoogopgeleiden’ "
                        "(orientation year). U kunt die aanvragen tot drie jaar nadat u bent "
                        "afgestudeerd.\n\n"
                        "De IND beslist over uw aanvraag en vertelt welke voorwaarden gelden. Met "
                        "vragen kunt u ook terecht bij het Expat Centre Maastricht Region."
                    ),
                    "de": (
                        "Dafür gibt es die Aufenthaltserlaubnis für das „Orientierungsjahr“ "
                        "(zoekjaar hoogopgeleiden). Sie können sie bis zu drei Jahre nach Ihrem "
                        "Abschluss beantragen.\n\n"
                        "Die IND entscheidet über Ihren Antrag und sagt Ihnen, welche Bedingungen "
                        "gelten. Mit Fragen können Sie sich auch an das Expat Centre Maastricht "
                        "Region wenden."
                    ),
                    "en": (
                        "For this there is the residence permit for the “orientation year” "
                        "(zoekjaar hoogopgeleiden). You can apply for it up to three years after "
                        "graduating.\n\n"
                        "The IND decides on your application and tells you which conditions apply. "
                        "You can also take your questions to the Expat Centre Maastricht Region."
                    ),
                    "fr": (
                        "Il existe pour cela le titre de séjour « année d'orientation » (zoekjaar "
                        "hoogopgeleiden). Vous pouvez le demander jusqu'à trois ans après "
                        "l'obtention de votre diplôme.\n\n"
                        "L'IND décide de votre demande et vous indique les conditions. Vous pouvez "
                        "aussi poser vos questions à l'Expat Centre Maastricht Region."
                    ),
                },
            },
            {
                "key": "tc-employers",
                "topic": "hiring-across-the-border",
                "question": {
                    "nl": "Hoe werkt de Talent Coalition samen met werkgevers in de regio?",
                    "de": (
                        "Wie arbeitet die Talent Coalition mit Arbeitgebern in der Region zusammen?"
                    ),
                    "en": "How does the Talent Coalition work with employers in the region?",
                    "fr": (
                        "Comment la Talent Coalition travaille-t-elle avec les employeurs de la "
                        "région ?"
                    ),
                },
                "answer": {
                    "nl": (
                        "De Talent Coalition is onderdeel van een bredere samenwerking in "
                        "Zuid-Limburg. Werkgevers, campussen, kennisinstellingen en andere "
                        "organisaties denken daarin mee over betere dienstverlening. Zij vormen "
                        "samen een ‘Coalition of the Willing’. Daarin zitten onder andere "
                        "Brightlands, Medlands Parkstad, LWV, Lonza, Maastricht University, Zuyd "
                        "Hogeschool, LIOF, VISTA college en MKB Limburg.\n\n"
                        "Maastricht University wil bedrijven al vroeg in contact brengen met "
                        "studenten. Wilt u zelf internationaal personeel aannemen? Het Expat "
                        "Centre Maastricht Region helpt bij de komst van internationale "
                        "medewerkers. Zoekt u personeel in België of Duitsland? Dan kunt u terecht "
                        "bij Service Grensarbeid."
                    ),
                    "de": (
                        "Die Talent Coalition ist Teil einer breiteren Zusammenarbeit in "
                        "Süd-Limburg. Arbeitgeber, Campusse, Hochschulen und andere Organisationen "
                        "bringen darin ihre Ideen für bessere Dienstleistungen ein. Gemeinsam "
                        "bilden sie eine „Coalition of the Willing“. Dazu gehören unter anderem "
                        "Brightlands, Medlands Parkstad, LWV, Lonza, Maastricht University, Zuyd "
                        "Hogeschool, LIOF, VISTA college und MKB Limburg.\n\n"
                        "Die Maastricht University will Unternehmen schon früh mit Studierenden in "
                        "Kontakt bringen. Möchten Sie selbst internationales Personal einstellen? "
                        "Das Expat Centre Maastricht Region hilft bei der Ankunft internationaler "
                        "Mitarbeitender. Suchen Sie Personal in Belgien oder Deutschland? Dann "
                        "wenden Sie sich an den Servicepunkt Grenzüberschreitende "
                        "Arbeitsvermittlung."
                    ),
                    "en": (
                        "The Talent Coalition is part of a wider cooperation in South Limburg. In "
                        "it, employers, campuses, knowledge institutions and other organisations "
                        "contribute ideas to improve the services. Together they form a “Coalition "
                        "of the Willing”. Its members include Brightlands, Medlands Parkstad, LWV, "
                        "Lonza, Maastricht University, Zuyd Hogeschool, LIOF, VISTA college and "
                        "MKB Limburg.\n\n"
                        "Maastricht University wants to bring businesses into contact with "
                        "students at an early stage. Do you want to hire international staff "
                        "yourself? The Expat Centre Maastricht Region helps when international "
                        "employees arrive. Looking for staff in Belgium or Germany? Then contact "
                        "the cross-border employment service (Service Grensarbeid)."
                    ),
                    "fr": (
                        "La Talent Coalition s'inscrit dans une coopération plus large dans le sud "
                        "du Limbourg. Employeurs, campus, établissements d'enseignement et autres "
                        "organisations y apportent leurs idées pour améliorer les services. "
                        "Ensemble, ils forment une « Coalition of the Willing ». On y trouve "
                        "notamment Brightlands, Medlands Parkstad, LWV, Lonza, Maastricht "
                        "University, Zuyd Hogeschool, LIOF, VISTA college et MKB Limburg.\n\n"
                        "La Maastricht University veut mettre très tôt les entreprises en contact "
                        "avec les étudiants. Vous souhaitez vous-même recruter du personnel "
                        "international ? L'Expat Centre Maastricht Region vous aide à l'arrivée de "
                        "vos collaborateurs internationaux. Vous cherchez du personnel en Belgique "
                        "ou en Allemagne ? Adressez-vous au Service de placement transfrontalier "
                        "(Service Grensarbeid)."
                    ),
                },
            },
            {
                "key": "tc-international-students",
                "topic": "studying",
                "question": {
                    "nl": (
                        "Ik ben internationale student. Wat betekent de Talent Coalition voor mij?"
                    ),
                    "de": (
                        "Ich bin internationale Studentin oder internationaler Student. Was "
                        "bedeutet die Talent Coalition für mich?"
                    ),
                    "en": (
                        "I am an international student. What does the Talent Coalition mean for me?"
                    ),
                    "fr": (
                        "Je suis étudiant(e) international(e). Que m'apporte la Talent Coalition ?"
                    ),
                },
                "answer": {
                    "nl": (
                        "Zuid-Limburg wil graag dat u na uw studie in de regio blijft wonen en "
                        "werken. Daarom werken onderwijsinstellingen en werkgevers samen. Zo wil "
                        "Maastricht University studenten al vroeg in contact brengen met "
                        "bedrijven, en meer aandacht geven aan stages en het leren van "
                        "Nederlands.\n\n"
                        "Wilt u na uw studie blijven om werk te zoeken? Lees dan over het "
                        "‘zoekjaar hoogopgeleiden’ (orientation year). Vraag uw "
                        "onderwijsinstelling wat zij voor u kan doen."
                    ),
                    "de": (
                        "Süd-Limburg möchte, dass Sie nach dem Studium in der Region bleiben, "
                        "wohnen und arbeiten. Deshalb arbeiten Hochschulen und Arbeitgeber "
                        "zusammen. So will die Maastricht University Studierende früh mit "
                        "Unternehmen in Kontakt bringen und Praktika sowie das Erlernen der "
                        "niederländischen Sprache stärker fördern.\n\n"
                        "Möchten Sie nach dem Studium bleiben, um Arbeit zu suchen? Dann lesen Sie "
                        "mehr über das „Orientierungsjahr“ (zoekjaar hoogopgeleiden). Fragen Sie "
                        "Ihre Hochschule, was sie für Sie tun kann."
                    ),
                    "en": (
                        "South Limburg would like you to stay, live and work in the region after "
                        "your studies. That is why education institutions and employers work "
                        "together. Maastricht University, for example, wants to bring students "
                        "into contact with businesses early on, and to give more attention to "
                        "internships and learning Dutch.\n\n"
                        "Do you want to stay after your studies to look for work? Then read about "
                        "the “orientation year” (zoekjaar hoogopgeleiden). Ask your institution "
                        "what it can do for you."
                    ),
                    "fr": (
                        "Le sud du Limbourg souhaite que vous restiez vivre et travailler dans la "
                        "région après vos études. C'est pourquoi les établissements d'enseignement "
                        "et les employeurs coopèrent. La Maastricht University veut par exemple "
                        "mettre très tôt les étudiants en contact avec les entreprises, et "
                        "accorder plus de place aux stages et à l'apprentissage du néerlandais.\n\n"
                        "Vous souhaitez rester après vos études pour chercher du travail ? "
                        "Renseignez-vous sur l'« année d'orientation » (zoekjaar hoogopgeleiden). "
                        "Demandez à votre établissement ce qu'il peut faire pour vous."
                    ),
                },
            },
            {
                "key": "tc-other-desks",
                "topic": "finding-work",
                "question": {
                    "nl": "Hoe hangt de Talent Coalition samen met de andere loketten?",
                    "de": "Wie hängt die Talent Coalition mit den anderen Anlaufstellen zusammen?",
                    "en": "How does the Talent Coalition relate to the other desks?",
                    "fr": "Quel est le lien entre la Talent Coalition et les autres guichets ?",
                },
                "answer": {
                    "nl": (
                        "De Talent Coalition hoort bij de diensten voor de Euregionale en "
                        "internationale arbeidsmarkt die Heerlen, Maastricht en Sittard-Geleen in "
                        "2024-2027 samen voortzetten. Het is een programma; op dit portaal staan "
                        "geen eigen contactgegevens of spreekuren.\n\n"
                        "Voor persoonlijke vragen gaat u naar een van de loketten:\n\n"
                        "- **Expat Centre Maastricht Region**: inschrijving, IND en wonen en "
                        "werken in de regio;\n"
                        "- **Grensinfopunt Maastricht** en **GrensInfoPunt Aken-Eurode**: "
                        "belasting, sociale zekerheid en andere vragen als u over de grens woont "
                        "of werkt;\n"
                        "- **Service Grensarbeid** in Kerkrade en Maastricht: werk of personeel "
                        "vinden over de grens."
                    ),
                    "de": (
                        "Die Talent Coalition gehört zu den Diensten für den euregionalen und "
                        "internationalen Arbeitsmarkt, die Heerlen, Maastricht und Sittard-Geleen "
                        "von 2024 bis 2027 gemeinsam fortführen. Sie ist ein Programm; auf diesem "
                        "Portal gibt es dafür keine eigenen Kontaktdaten oder Sprechzeiten.\n\n"
                        "Mit persönlichen Fragen wenden Sie sich an eine der Anlaufstellen:\n\n"
                        "- **Expat Centre Maastricht Region**: Anmeldung, IND, Leben und Arbeiten "
                        "in der Region;\n"
                        "- **Grenzinfopunkt Maastricht** und **GrenzInfoPunkt Aachen-Eurode**: "
                        "Steuern, Sozialversicherung und andere Fragen, wenn Sie jenseits der "
                        "Grenze wohnen oder arbeiten;\n"
                        "- **Servicepunkt Grenzüberschreitende Arbeitsvermittlung** in Kerkrade "
                        "und Maastricht: Arbeit oder Personal jenseits der Grenze finden."
                    ),
                    "en": (
                        "The Talent Coalition is one of the services for the Euregional and "
                        "international labour market that Heerlen, Maastricht and Sittard-Geleen "
                        "continue together in 2024-2027. It is a programme; this portal lists no "
                        "separate contact details or opening hours for it.\n\n"
                        "For personal questions, go to one of the desks:\n\n"
                        "- **Expat Centre Maastricht Region**: registration, the IND, and living "
                        "and working in the region;\n"
                        "- **Cross-border information points** in Maastricht and Aachen-Eurode: "
                        "tax, social security and other questions if you live or work across the "
                        "border;\n"
                        "- **Cross-border employment service** in Kerkrade and Maastricht: finding "
                        "work or staff across the border."
                    ),
                    "fr": (
                        "La Talent Coalition fait partie des services pour le marché du travail "
                        "eurégional et international que Heerlen, Maastricht et Sittard-Geleen "
                        "poursuivent ensemble de 2024 à 2027. C'est un programme ; ce portail "
                        "n'indique pas de coordonnées ni d'horaires qui lui soient propres.\n\n"
                        "Pour vos questions personnelles, adressez-vous à l'un des guichets :\n\n"
                        "- **Expat Centre Maastricht Region** : inscription, IND, vie et travail "
                        "dans la région ;\n"
                        "- **Points d'information transfrontaliers** de Maastricht et "
                        "d'Aix-la-Chapelle-Eurode : impôts, sécurité sociale et autres questions "
                        "si vous habitez ou travaillez de l'autre côté de la frontière ;\n"
                        "- **Service de placement transfrontalier** à Kerkrade et à Maastricht : "
                        "trouver un emploi ou du personnel de l'autre côté de la frontière."
                    ),
                },
            },
        ],
    },
]
