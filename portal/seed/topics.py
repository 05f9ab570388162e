"""The topics that group the desks' FAQs."""

TOPICS = [
    {
        "slug": "tax",
        "order": 10,
        "name": {"nl": "Belasting", "de": "Steuern", "en": "Tax", "fr": "Impôts"},
        "intro": {
            "nl": "In welk land betaalt u belasting als u over de grens woont of werkt?",
            "de": "In welchem Land zahlen Sie Steuern, wenn Sie jenseits der Grenze wohnen "
            "oder arbeiten?",
            "en": "In which country do you pay tax when you live or work across the border?",
            "fr": "Dans quel pays payez-vous vos impôts si vous habitez ou travaillez de "
            "l'autre côté de la frontière ?",
        },
    },
    {
        "slug": "social-security",
        "order": 20,
        "name": {
            "nl": "Sociale zekerheid",
            "de": "Sozialversicherung",
            "en": "Social security",
            "fr": "Sécurité sociale",
        },
        "intro": {
            "nl": "In welk land bent u verzekerd, bijvoorbeeld als u ook thuiswerkt?",
            "de": "In welchem Land sind Sie versichert, zum Beispiel wenn Sie auch im "
            "Homeoffice arbeiten?",
            "en": "In which country are you insured, for example when you also work from home?",
            "fr": "Dans quel pays êtes-vous assuré, par exemple si vous télétravaillez aussi ?",
        },
    },
    {
        "slug": "health-insurance",
        "order": 30,
        "name": {
            "nl": "Zorgverzekering",
            "de": "Krankenversicherung",
            "en": "Health insurance",
            "fr": "Assurance maladie",
        },
        "intro": {
            "nl": "Welke zorgverzekering heeft u nodig en waar kunt u naar de dokter?",
            "de": "Welche Krankenversicherung brauchen Sie und wo können Sie zum Arzt gehen?",
            "en": "Which health insurance do you need, and where can you see a doctor?",
            "fr": "De quelle assurance maladie avez-vous besoin et où pouvez-vous consulter "
            "un médecin ?",
        },
    },
    {
        "slug": "pensions",
        "order": 40,
        "name": {"nl": "Pensioen", "de": "Rente", "en": "Pensions", "fr": "Pension"},
        "intro": {
            "nl": "Hoe bouwt u pensioen op als u in een ander land werkt dan waar u woont?",
            "de": "Wie bauen Sie eine Rente auf, wenn Sie in einem anderen Land arbeiten, "
            "als Sie wohnen?",
            "en": "How do you build up a pension when you work in another country than the "
            "one you live in?",
            "fr": "Comment constituez-vous votre pension si vous travaillez dans un autre "
            "pays que celui où vous habitez ?",
        },
    },
    {
        "slug": "unemployment",
        "order": 50,
        "name": {
            "nl": "Werkloosheid",
            "de": "Arbeitslosigkeit",
            "en": "Unemployment",
            "fr": "Chômage",
        },
        "intro": {
            "nl": "Waar vraagt u een uitkering aan als u uw baan over de grens verliest?",
            "de": "Wo beantragen Sie Leistungen, wenn Sie Ihre Arbeit jenseits der Grenze "
            "verlieren?",
            "en": "Where do you claim benefits if you lose your job across the border?",
            "fr": "Où demander des allocations si vous perdez votre emploi de l'autre côté "
            "de la frontière ?",
        },
    },
    {
        "slug": "family-benefits",
        "order": 60,
        "name": {
            "nl": "Kinderbijslag en gezin",
            "de": "Kindergeld und Familie",
            "en": "Child benefit and family",
            "fr": "Allocations familiales",
        },
        "intro": {
            "nl": "Kinderbijslag en andere regelingen voor gezinnen als ouders in "
            "verschillende landen wonen of werken.",
            "de": "Kindergeld und andere Leistungen für Familien, wenn Eltern in "
            "verschiedenen Ländern wohnen oder arbeiten.",
            "en": "Child benefit and other family support when parents live or work in "
            "different countries.",
            "fr": "Allocations familiales et autres aides lorsque les parents habitent ou "
            "travaillent dans des pays différents.",
        },
    },
    {
        "slug": "finding-work",
        "order": 70,
        "name": {
            "nl": "Werk vinden over de grens",
            "de": "Arbeit jenseits der Grenze finden",
            "en": "Finding work across the border",
            "fr": "Trouver un emploi de l'autre côté de la frontière",
        },
        "intro": {
            "nl": "Vacatures, bemiddeling en erkenning van diploma's in Nederland, België en "
            "Duitsland.",
            "de": "Stellen, Vermittlung und Anerkennung von Abschlüssen in den Niederlanden, "
            "Belgien und Deutschland.",
            "en": "Vacancies, job placement and recognition of diplomas in the Netherlands, "
            "Belgium and Germany.",
            "fr": "Offres d'emploi, placement et reconnaissance des diplômes aux Pays-Bas, "
            "en Belgique et en Allemagne.",
        },
    },
    {
        "slug": "hiring-across-the-border",
        "order": 80,
        "name": {
            "nl": "Personeel werven over de grens",
            "de": "Personal über die Grenze hinweg gewinnen",
            "en": "Hiring across the border",
            "fr": "Recruter au-delà de la frontière",
        },
        "intro": {
            "nl": "Voor werkgevers die medewerkers zoeken in de buurlanden of internationaal.",
            "de": "Für Arbeitgeber, die Mitarbeitende in den Nachbarländern oder "
            "international suchen.",
            "en": "For employers looking for staff in the neighbouring countries or "
            "internationally.",
            "fr": "Pour les employeurs qui cherchent du personnel dans les pays voisins ou "
            "à l'international.",
        },
    },
    {
        "slug": "residence-registration",
        "order": 90,
        "name": {
            "nl": "Verblijf en inschrijving",
            "de": "Aufenthalt und Anmeldung",
            "en": "Residence and registration",
            "fr": "Séjour et inscription",
        },
        "intro": {
            "nl": "Inschrijven bij de gemeente, BSN, verblijfsvergunning en wonen in Zuid-Limburg.",
            "de": "Anmeldung bei der Gemeinde, BSN, Aufenthaltstitel und Wohnen in Süd-Limburg.",
            "en": "Registering with the municipality, BSN, residence permits and housing in "
            "South Limburg.",
            "fr": "Inscription à la commune, BSN, titre de séjour et logement dans le "
            "Limbourg du Sud.",
        },
    },
    {
        "slug": "studying",
        "order": 100,
        "name": {
            "nl": "Studeren en talent",
            "de": "Studium und Talente",
            "en": "Studying and talent",
            "fr": "Études et talents",
        },
        "intro": {
            "nl": "Voor internationale studenten en afgestudeerden die in de regio willen "
            "blijven werken.",
            "de": "Für internationale Studierende und Absolventen, die in der Region "
            "bleiben und arbeiten möchten.",
            "en": "For international students and graduates who want to stay and work in the "
            "region.",
            "fr": "Pour les étudiants et diplômés internationaux qui souhaitent rester "
            "travailler dans la région.",
        },
    },
]
