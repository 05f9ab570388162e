"""The "my situation" guide: which advice, desks, topics and FAQs apply to which answers.

Empty conditions match any answer. FAQs are named by (desk slug, FAQ key)."""

GUIDE = [
    {
        "key": "live-be-work-nl",
        "order": 10,
        "lives_in": "BE",
        "works_in": "NL",
        "role": "",
        "title": {
            "nl": "Wonen in België, werken in Nederland",
            "de": "In Belgien wohnen, in den Niederlanden arbeiten",
            "en": "Living in Belgium, working in the Netherlands",
            "fr": "Habiter en Belgique, travailler aux Pays-Bas",
        },
        "advice": {
            "nl": "U betaalt meestal loonbelasting in Nederland en bent daar verzekerd. "
            "Het Grensinfopunt legt gratis uit wat dat voor u betekent.",
            "de": "Sie zahlen meist Lohnsteuer in den Niederlanden und sind dort versichert. "
            "Der Grenzinfopunkt erklärt Ihnen kostenlos, was das für Sie bedeutet.",
            "en": "You usually pay Dutch wage tax and are insured in the Netherlands. "
            "The cross-border information point explains, free of charge, what that means "
            "for you.",
            "fr": "Vous payez en général l'impôt sur le salaire aux Pays-Bas et y êtes assuré. "
            "Le point d'information transfrontalier vous explique gratuitement ce que cela "
            "signifie pour vous.",
        },
        "desks": ["grensinfopunt"],
        "topics": ["tax", "health-insurance", "social-security"],
        "faqs": [
            ("grensinfopunt", "be-nl-tax"),
            ("grensinfopunt", "be-nl-health-insurance"),
            ("grensinfopunt", "be-nl-unemployment"),
            ("grensinfopunt", "be-nl-pension"),
        ],
    },
    {
        "key": "live-nl-work-be",
        "order": 20,
        "lives_in": "NL",
        "works_in": "BE",
        "role": "",
        "title": {
            "nl": "Wonen in Nederland, werken in België",
            "de": "In den Niederlanden wohnen, in Belgien arbeiten",
            "en": "Living in the Netherlands, working in Belgium",
            "fr": "Habiter aux Pays-Bas, travailler en Belgique",
        },
        "advice": {
            "nl": "Belasting, uitkeringen en verzekeringen lopen dan via twee landen. "
            "Het Grensinfopunt helpt u gratis op weg.",
            "de": "Steuern, Leistungen und Versicherungen laufen dann über zwei Länder. "
            "Der Grenzinfopunkt hilft Ihnen kostenlos weiter.",
            "en": "Tax, benefits and insurance then involve two countries. "
            "The cross-border information point helps you, free of charge.",
            "fr": "Impôts, allocations et assurances concernent alors deux pays. "
            "Le point d'information transfrontalier vous aide gratuitement.",
        },
        "desks": ["grensinfopunt"],
        "topics": ["tax", "unemployment"],
        "faqs": [("grensinfopunt", "nl-be-tax"), ("grensinfopunt", "nl-be-unemployment")],
    },
    {
        "key": "live-nl-work-de",
        "order": 30,
        "lives_in": "NL",
        "works_in": "DE",
        "role": "",
        "title": {
            "nl": "Wonen in Nederland, werken in Duitsland",
            "de": "In den Niederlanden wohnen, in Deutschland arbeiten",
            "en": "Living in the Netherlands, working in Germany",
            "fr": "Habiter aux Pays-Bas, travailler en Allemagne",
        },
        "advice": {
            "nl": "Let op belasting, zorgverzekering en thuiswerkdagen. Het GrensInfoPunt "
            "Aken-Eurode kent de Duits-Nederlandse regels goed.",
            "de": "Achten Sie auf Steuern, Krankenversicherung und Homeoffice-Tage. Der "
            "GrenzInfoPunkt Aachen-Eurode kennt die deutsch-niederländischen Regeln gut.",
            "en": "Watch out for tax, health insurance and days worked from home. The "
            "GrensInfoPunt Aachen-Eurode knows the German-Dutch rules well.",
            "fr": "Attention aux impôts, à l'assurance maladie et aux jours de télétravail. Le "
            "GrensInfoPunt Aix-la-Chapelle-Eurode connaît bien les règles germano-néerlandaises.",
        },
        "desks": ["grensinfopunt"],
        "topics": ["tax", "health-insurance"],
        "faqs": [
            ("grensinfopunt", "nl-de-tax"),
            ("grensinfopunt", "nl-de-health-insurance"),
            ("grensinfopunt", "nl-de-home-working-tax"),
            ("grensinfopunt", "home-working-social-security"),
        ],
    },
    {
        "key": "cross-border-family",
        "order": 40,
        "lives_in": "",
        "works_in": "",
        "role": "employee",
        "title": {
            "nl": "Gezin en kinderbijslag",
            "de": "Familie und Kindergeld",
            "en": "Family and child benefit",
            "fr": "Famille et allocations familiales",
        },
        "advice": {
            "nl": "Wonen of werken de ouders in verschillende landen? Dan regelen Europese "
            "regels welk land kinderbijslag betaalt.",
            "de": "Wohnen oder arbeiten die Eltern in verschiedenen Ländern? Dann legen "
            "europäische Regeln fest, welches Land Kindergeld zahlt.",
            "en": "Do the parents live or work in different countries? European rules then "
            "decide which country pays child benefit.",
            "fr": "Les parents habitent ou travaillent dans des pays différents ? Des règles "
            "européennes déterminent alors quel pays verse les allocations familiales.",
        },
        "desks": [],
        "topics": ["family-benefits", "pensions"],
        "faqs": [("grensinfopunt", "child-benefit-two-countries")],
    },
    {
        "key": "jobseeker",
        "order": 50,
        "lives_in": "",
        "works_in": "",
        "role": "jobseeker",
        "title": {
            "nl": "Werk zoeken over de grens",
            "de": "Arbeit jenseits der Grenze suchen",
            "en": "Looking for work across the border",
            "fr": "Chercher un emploi de l'autre côté de la frontière",
        },
        "advice": {
            "nl": "Service Grensarbeid brengt werkzoekenden en werkgevers over de grens bij "
            "elkaar, ook als u een uitkering heeft.",
            "de": "Der Servicepunkt Grenzüberschreitende Arbeitsvermittlung bringt "
            "Arbeitsuchende und Arbeitgeber über die Grenze zusammen, auch wenn Sie Leistungen "
            "beziehen.",
            "en": "The cross-border employment service brings jobseekers and employers "
            "together across the border, also if you receive benefits.",
            "fr": "Le service de placement transfrontalier met en relation demandeurs d'emploi "
            "et employeurs des deux côtés de la frontière, même si vous percevez des "
            "allocations.",
        },
        "desks": ["service-grensarbeid"],
        "topics": ["finding-work", "unemployment"],
        "faqs": [
            ("service-grensarbeid", "sg-find-job-abroad"),
            ("service-grensarbeid", "sg-sectors-in-demand"),
            ("service-grensarbeid", "sg-social-assistance"),
            ("grensinfopunt", "diploma-recognition"),
        ],
    },
    {
        "key": "employer",
        "order": 60,
        "lives_in": "",
        "works_in": "",
        "role": "employer",
        "title": {
            "nl": "Werkgevers: personeel uit het buitenland",
            "de": "Arbeitgeber: Personal aus dem Ausland",
            "en": "Employers: staff from abroad",
            "fr": "Employeurs : du personnel venu de l'étranger",
        },
        "advice": {
            "nl": "Zoekt u personeel in de buurlanden, of komen uw nieuwe medewerkers van "
            "verder weg? Drie diensten helpen werkgevers, gratis.",
            "de": "Suchen Sie Personal in den Nachbarländern, oder kommen Ihre neuen "
            "Mitarbeitenden von weiter her? Drei Dienste helfen Arbeitgebern kostenlos.",
            "en": "Looking for staff in the neighbouring countries, or are your new employees "
            "coming from further away? Three services help employers, free of charge.",
            "fr": "Vous cherchez du personnel dans les pays voisins, ou vos nouveaux salariés "
            "viennent de plus loin ? Trois services aident gratuitement les employeurs.",
        },
        "desks": ["service-grensarbeid", "expat-centre", "talent-coalition"],
        "topics": ["hiring-across-the-border"],
        "faqs": [
            ("service-grensarbeid", "sg-employers-recruit"),
            ("expat-centre", "ecmr-employers"),
            ("talent-coalition", "tc-employers"),
            ("grensinfopunt", "gip-employers-cost"),
        ],
    },
    {
        "key": "non-eu",
        "order": 70,
        "lives_in": "",
        "works_in": "",
        "role": "non_eu",
        "title": {
            "nl": "Uit een land buiten de EU naar Zuid-Limburg",
            "de": "Aus einem Land außerhalb der EU nach Süd-Limburg",
            "en": "Moving to South Limburg from outside the EU",
            "fr": "Venir d'un pays hors UE dans le Limbourg du Sud",
        },
        "advice": {
            "nl": "Het Expat Centre Maastricht Region regelt inschrijving, BSN en de IND-afspraak "
            "samen, vaak binnen enkele dagen.",
            "de": "Das Expat Centre Maastricht Region erledigt Anmeldung, BSN und den "
            "IND-Termin gemeinsam, oft innerhalb weniger Tage.",
            "en": "The Expat Centre Maastricht Region arranges registration, your BSN and the "
            "IND appointment together, often within a few days.",
            "fr": "L'Expat Centre Maastricht Region organise ensemble l'inscription, le BSN et "
            "le rendez-vous à l'IND, souvent en quelques jours.",
        },
        "desks": ["expat-centre"],
        "topics": ["residence-registration"],
        "faqs": [
            ("expat-centre", "ecmr-fast-track"),
            ("expat-centre", "ecmr-fast-track-who"),
            ("expat-centre", "ecmr-documents"),
            ("expat-centre", "ecmr-collect-permit"),
            ("expat-centre", "ecmr-family"),
        ],
    },
    {
        "key": "moving-here",
        "order": 80,
        "lives_in": "other",
        "works_in": "NL",
        "role": "",
        "title": {
            "nl": "Verhuizen naar Nederland voor uw werk",
            "de": "Für die Arbeit in die Niederlande ziehen",
            "en": "Moving to the Netherlands for work",
            "fr": "S'installer aux Pays-Bas pour le travail",
        },
        "advice": {
            "nl": "Blijft u langer dan vier maanden? Schrijf u dan in bij de gemeente en regel "
            "uw zorgverzekering en woning op tijd.",
            "de": "Bleiben Sie länger als vier Monate? Dann melden Sie sich bei der Gemeinde an "
            "und kümmern sich rechtzeitig um Krankenversicherung und Wohnung.",
            "en": "Staying longer than four months? Register with the municipality and arrange "
            "your health insurance and housing in good time.",
            "fr": "Vous restez plus de quatre mois ? Inscrivez-vous à la commune et occupez-vous "
            "à temps de votre assurance maladie et de votre logement.",
        },
        "desks": ["expat-centre"],
        "topics": ["residence-registration", "health-insurance"],
        "faqs": [
            ("expat-centre", "ecmr-registration"),
            ("expat-centre", "ecmr-health-insurance"),
            ("expat-centre", "ecmr-housing"),
        ],
    },
    {
        "key": "student",
        "order": 90,
        "lives_in": "",
        "works_in": "",
        "role": "student",
        "title": {
            "nl": "Studenten en pas afgestudeerden",
            "de": "Studierende und Absolventen",
            "en": "Students and recent graduates",
            "fr": "Étudiants et jeunes diplômés",
        },
        "advice": {
            "nl": "Wilt u na uw studie in de regio blijven werken? De Talent Coalition en de "
            "kennisinstellingen helpen u op weg.",
            "de": "Möchten Sie nach dem Studium in der Region bleiben und arbeiten? Die Talent "
            "Coalition und die Hochschulen helfen Ihnen dabei.",
            "en": "Would you like to stay and work in the region after your studies? The "
            "Talent Coalition and the universities help you on your way.",
            "fr": "Vous souhaitez rester travailler dans la région après vos études ? La "
            "Talent Coalition et les établissements d'enseignement vous accompagnent.",
        },
        "desks": ["talent-coalition", "expat-centre"],
        "topics": ["studying"],
        "faqs": [
            ("talent-coalition", "tc-orientation-year"),
            ("talent-coalition", "tc-international-students"),
            ("expat-centre", "ecmr-students"),
        ],
    },
]
