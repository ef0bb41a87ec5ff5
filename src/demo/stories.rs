//! Made-up words for the demo reports: the names callers used, and a
//! victim's story in each of the form's languages (a few templates with the
//! platform, the amount and the month filled in).

use rand::Rng;

/// First names the callers gave.
pub const FIRST_NAMES: &[&str] = &[
    "Anna", "Michael", "Daniel", "Sarah", "Thomas", "Laura", "David", "Julia", "Mark", "Elena",
    "Robert", "Olivia", "Peter", "Sophie", "James", "Natalie", "Alex", "Victoria", "Chris", "Emma",
];

/// Surnames the callers gave.
pub const LAST_NAMES: &[&str] = &[
    "Weber",
    "Smith",
    "Müller",
    "Brown",
    "Schneider",
    "Wilson",
    "Fischer",
    "Taylor",
    "Meyer",
    "Clarke",
    "Becker",
    "Hoffmann",
    "Johnson",
    "Klein",
    "Wright",
];

/// `{p}` platform, `{a}` amount with currency, `{m}` month (YYYY-MM).
const TEMPLATES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "I saw an advert for {p} with a famous person. A broker called me and helped me open an account. In {m} I paid {a}; the balance grew every day, but when I asked to withdraw, they asked for a tax first.",
            "A man from {p} called me every day and installed a program on my computer. I transferred {a} in {m}. Now nobody answers the phone.",
        ],
    ),
    (
        "de",
        &[
            "Ich habe eine Werbung für {p} mit einem Prominenten gesehen. Ein Berater rief mich an und eröffnete mit mir ein Konto. Im {m} habe ich {a} eingezahlt; als ich auszahlen wollte, verlangten sie zuerst Steuern.",
            "Ein Mann von {p} rief täglich an und installierte AnyDesk auf meinem Rechner. Ich habe im {m} {a} überwiesen. Jetzt geht niemand mehr ans Telefon.",
        ],
    ),
    (
        "et",
        &[
            "Nägin {p} reklaami tuntud inimesega. Maakler helistas ja aitas konto avada. {m} maksin {a}; kui tahtsin raha välja võtta, nõuti kõigepealt maksu.",
            "{p} töötaja helistas iga päev ja paigaldas mu arvutisse programmi. Kandsin {m} üle {a}. Nüüd keegi ei vasta.",
        ],
    ),
    (
        "fi",
        &[
            "Näin {p}-mainoksen, jossa oli julkkis. Välittäjä soitti ja auttoi avaamaan tilin. {m} maksoin {a}; kun halusin nostaa rahat, he vaativat ensin veroa.",
            "{p}:n mies soitti joka päivä ja asensi koneelleni ohjelman. Siirsin {m} yhteensä {a}. Nyt kukaan ei vastaa.",
        ],
    ),
    (
        "fr",
        &[
            "J'ai vu une publicité pour {p} avec une célébrité. Un conseiller m'a appelé et m'a aidé à ouvrir un compte. En {m} j'ai versé {a} ; pour retirer, ils ont exigé une taxe.",
            "Un homme de {p} m'appelait tous les jours et a installé un logiciel sur mon ordinateur. J'ai viré {a} en {m}. Plus personne ne répond.",
        ],
    ),
    (
        "lv",
        &[
            "Redzēju {p} reklāmu ar slavenību. Brokeris piezvanīja un palīdzēja atvērt kontu. {m} samaksāju {a}; kad gribēju izņemt naudu, viņi prasīja nodokli.",
            "{p} darbinieks zvanīja katru dienu un uzstādīja manā datorā programmu. {m} pārskaitīju {a}. Tagad neviens neatbild.",
        ],
    ),
    (
        "nl",
        &[
            "Ik zag een advertentie voor {p} met een bekende Nederlander. Een adviseur belde en opende een rekening met mij. In {m} betaalde ik {a}; toen ik wilde opnemen, vroegen ze eerst belasting.",
            "Een man van {p} belde elke dag en installeerde een programma op mijn computer. Ik maakte in {m} {a} over. Nu neemt niemand meer op.",
        ],
    ),
    (
        "ru",
        &[
            "Я увидел рекламу {p} с известным человеком. Брокер позвонил и помог открыть счёт. В {m} я заплатил {a}; когда я захотел вывести деньги, потребовали налог.",
            "Сотрудник {p} звонил каждый день и установил программу на мой компьютер. В {m} я перевёл {a}. Теперь никто не отвечает.",
        ],
    ),
    (
        "uk",
        &[
            "Я побачив рекламу {p} з відомою людиною. Брокер зателефонував і допоміг відкрити рахунок. У {m} я сплатив {a}; коли я захотів вивести гроші, вимагали податок.",
            "Працівник {p} дзвонив щодня і встановив програму на мій комп'ютер. У {m} я переказав {a}. Тепер ніхто не відповідає.",
        ],
    ),
];

/// A story in `language` (English when there is no template for it).
pub fn story(
    rng: &mut impl Rng,
    language: &str,
    platform: &str,
    amount: &str,
    month: &str,
) -> String {
    let templates = TEMPLATES
        .iter()
        .find(|(l, _)| *l == language)
        .map_or(TEMPLATES[0].1, |(_, t)| *t);
    templates[rng.random_range(0..templates.len())]
        .replace("{p}", platform)
        .replace("{a}", amount)
        .replace("{m}", month)
}
