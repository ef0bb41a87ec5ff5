## Sivujen yhteiset osat

site-name = Ilmoita sijoituspetoksesta
skip-to-content = Siirry pääsisältöön
language-label = Kieli
footer-no-money = Tämä palvelu on maksuton. Se ei koskaan pyydä sinulta rahaa eikä pääsyä tietokoneellesi.
footer-about = Julkinen ilmoituspalvelu verkossa tapahtuneiden sijoituspetosten uhreille.
footer-geoip = Yhteytesi maa on arvioitu alueellisten internetrekisterien IP-osoitetietojen perusteella (ip-location-db, CC BY 4.0). IP-osoitettasi ei tallenneta.

## Etusivu

home-title = Ilmoita verkossa tapahtuneesta sijoituspetoksesta
home-lead = Oletko menettänyt rahaa kaupankäynti-, sijoitus- tai kryptoalustalla, joka oli huijaus? Voit ilmoittaa siitä täällä omalla kielelläsi.
home-what-we-do = Välitämme ilmoituksesi asuinmaasi poliisille tai petosilmoituskeskukselle. Kerromme myös, mitä kannattaa tehdä seuraavaksi.
home-no-account = Et tarvitse käyttäjätiliä. Ilmoituksen tekeminen kestää noin kymmenen minuuttia.
home-what-helps = Ilmoittamista helpottaa, jos sinulla on käsillä: alustan nimi, verkkosivuston osoite, puhelinnumerot ja sähköpostiosoitteet, joista sinuun otettiin yhteyttä, sekä maksujesi tiedot.
home-start = Aloita ilmoitus

## Ilmoituslomake

form-title = Kerro meille, mitä tapahtui
form-intro = Vastaa niihin kysymyksiin, joihin pystyt. Vain kentät, joissa lukee ”pakollinen”, on täytettävä. Kaikki muu auttaa, mutta voi jäädä tyhjäksi.
form-required = pakollinen
form-optional = vapaaehtoinen
form-submit = Lähetä ilmoitukseni
form-privacy = Käytämme vastauksiasi vain siihen, että välitämme ilmoituksesi toimivaltaiselle viranomaiselle ja varoitamme sinua uusista huijausyrityksistä. Emme koskaan myy tai julkaise niitä.

section-you = Tietoja sinusta
field-contact-email = Sähköpostiosoitteesi
field-contact-email-help = Tarvitsemme sen, jotta voimme lähettää sinulle vahvistuksen ja varoittaa sinua uusista huijausyrityksistä. Ilman sitä emme voi kirjoittaa sinulle.
field-contact-phone = Puhelinnumerosi
field-contact-phone-help = Jotta poliisi voi soittaa sinulle. Lisää maatunnus, jos voit, esimerkiksi +358.
field-residence = Asuinmaasi
field-residence-help = Ilmoituksesi menee viranomaiselle, joka vastaa tästä maasta.
field-residence-choose = Valitse maa
field-region = Alue, jolla asut
field-region-help = Tässä maassa poliisi on järjestetty alueittain. Kun valitset oman alueesi, ilmoitus menee suoraan oikealle poliisille. Jos et ole varma, jätä kenttä tyhjäksi.
field-region-choose = En ole varma
form-region-step = Maassasi poliisi on järjestetty alueittain. Valitse alta alueesi ja lähetä ilmoitus uudelleen. Jos et ole varma, lähetä ilmoitus vain uudelleen ilman aluetta.

section-start = Miten kaikki alkoi
field-channel = Miten sinuun otettiin ensimmäisen kerran yhteyttä?
field-channel-choose = Valitse yksi
channel-phone-call = Puhelu
channel-social-media = Mainos tai viesti sosiaalisessa mediassa
channel-messaging-app = Viestisovellus (esimerkiksi WhatsApp tai Telegram)
channel-email = Sähköposti
channel-website = Verkkosivusto, jonka löysin itse
channel-dating-app = Treffisovellus tai -sivusto
channel-other = Jokin muu tapa
field-first-contact-date = Milloin se tapahtui?
field-date-help = Esimerkiksi 2024-03-31. Likimääräinen päivämäärä riittää.

section-platform = Alusta ja ihmiset
field-platform = Alustan tai yrityksen nimi
field-platform-help = Sen kaupankäyntialustan, välittäjän tai sovelluksen nimi, jota sinulle näytettiin.
field-websites = Verkkosivustojen osoitteet
field-websites-help = Yksi osoite riville, esimerkiksi trade-example.com.
field-caller-names = Nimet, joita ihmiset käyttivät
field-caller-names-help = Nimet, jotka he kertoivat sinulle, vaikka ne olisivat luultavasti vääriä. Yksi nimi riville.
field-scam-phones = Puhelinnumerot, joista sinuun otettiin yhteyttä
field-scam-phones-help = Yksi numero riville, maatunnuksen kanssa, jos tiedät sen.
field-scam-emails = Sähköpostiosoitteet, joista sinuun otettiin yhteyttä
field-scam-emails-help = Yksi osoite riville.
field-remote-access = Pyydettiinkö sinua asentamaan tietokoneellesi tai puhelimeesi ohjelma, kuten AnyDesk tai TeamViewer?
answer-yes = Kyllä
answer-no = Ei
answer-unsure = En ole varma

section-payments = Maksamasi rahat
section-payments-help = Yksi rivi kutakin maksua kohden. Jätä tarpeettomat rivit tyhjiksi.
payment-legend = Maksu { $number }
field-payment-date = Päivämäärä
field-payment-amount = Summa
field-payment-amount-help = Esimerkiksi 1500,50
field-payment-currency = Valuutta
field-payment-currency-help = Kolme kirjainta, esimerkiksi EUR, USD tai GBP.
field-payment-method = Miten maksoit
field-payment-method-choose = Valitse yksi
method-bank-transfer = Tilisiirto
method-card = Maksukortti
method-crypto = Kryptovaluutta
method-cash = Käteinen
method-other = Jokin muu tapa
field-payment-destination = Mihin rahat menivät
field-payment-destination-help = Tilinumero (IBAN), kryptolompakon osoite tai muu tunniste, jonka sait.
field-payment-crypto-amount = Summa kryptovaluuttana
field-payment-crypto-amount-help = Jos maksoit kryptovaluuttana: summa siinä muodossa kuin kryptopörssisi tai lompakkosi sen näyttää, esimerkiksi 0.015 tai 1250.5. Voit antaa lisäksi summan tavallisena valuuttana, tai vain toisen näistä.
field-payment-asset = Kryptovaluutta
field-payment-network = Verkko
field-payment-network-help = Tarvitaan vain USDT:n kohdalla, jos et anna lompakon osoitetta: Tron (osoitteet alkavat kirjaimella T) tai Ethereum (osoitteet alkavat merkeillä 0x).
field-payment-tx-hash = Transaktiotunniste (TxID)
field-payment-tx-hash-help = Tämän siirron pitkä koodi kryptopörssisi tai lompakkosi tapahtumahistoriassa. Sen avulla pörssi voi löytää rahat ja joskus jäädyttää ne.
field-payment-source = Mistä ostettu tai lähetetty
field-payment-source-help = Käyttämäsi kryptopörssi, pankki tai sovellus, esimerkiksi Binance, Coinbase tai pankkisi nimi.
payments-add = Lisää uusi maksu

section-after = Sen jälkeen
field-recovery-approach = Onko joku sen jälkeen tarjoutunut hankkimaan rahasi takaisin maksua vastaan?
field-story = Mitä tapahtui, omin sanoin
field-story-help = Enintään { $max } merkkiä. Älä kirjoita salasanoja tai kokonaisia kortin numeroita.

section-consent = Suostumuksesi
field-consent-authority = Hyväksyn, että tämä ilmoitus välitetään asuinmaani poliisille tai petosilmoituskeskukselle.
field-consent-warnings = Haluan sähköpostiini varoituksia huijauksista, jotka kohdistuvat petosten uhreihin, esimerkiksi valheellisista tarjouksista saada rahat takaisin.
honeypot-label = Jätä tämä kenttä tyhjäksi

## Virheilmoitukset kenttien vieressä

errors-title =
    { $count ->
        [one] Ilmoituksessasi on yksi ongelma
       *[other] Ilmoituksessasi on { $count } ongelmaa
    }
errors-intro = Vastauksesi ovat tallessa. Korjaa alla olevat kentät ja lähetä ilmoitus uudelleen.
error-required = Täytä tämä kenttä.
error-too-long = Teksti on liian pitkä: enintään { $max } merkkiä.
error-too-many-lines = Liikaa rivejä: enintään { $max }.
error-email = Tämä ei näytä sähköpostiosoitteelta. Tarkista, onko siinä kirjoitusvirheitä. Esimerkki: name@example.com.
error-phone = Tämä ei näytä puhelinnumerolta. Tarkista numero ja lisää maatunnus, esimerkiksi +358 40 123 4567.
error-country = Valitse maa luettelosta.
error-region = Valitse jokin asuinmaasi alue tai jätä kenttä tyhjäksi.
error-choice = Valitse yksi vaihtoehdoista.
error-date-format = Kirjoita päivämäärä muodossa vuosi-kuukausi-päivä, esimerkiksi 2024-03-31.
error-date-future = Tämä päivämäärä on tulevaisuudessa. Tarkista se.
error-date-too-early = Tämä päivämäärä on ennen vuotta 1990. Tarkista se.
error-website = Rivi { $line } ei ole verkkosivuston osoite. Kirjoita se näin: trade-example.com.
error-scam-phone = Rivi { $line } ei näytä puhelinnumerolta. Lisää maatunnus, jos tiedät sen.
error-scam-email = Rivi { $line } ei näytä sähköpostiosoitteelta.
error-amount-format = Kirjoita summa pelkillä numeroilla, esimerkiksi 1500,50.
error-amount-positive = Summan on oltava suurempi kuin nolla.
error-amount-decimals =
    { $digits ->
        [0] Valuutassa { $currency } ei ole senttejä: kirjoita kokonaisluku.
       *[other] Valuutassa { $currency } voi olla enintään { $digits } desimaalia.
    }
error-currency = Kirjoita kolmikirjaiminen valuuttatunnus, esimerkiksi EUR.
error-payment-incomplete = Anna summa ja sen valuutta tai summa kryptovaluuttana ja sen kryptovaluutta, tai jätä koko rivi tyhjäksi.
error-crypto-incomplete = Anna sekä summa kryptovaluuttana että kryptovaluutta, jolla maksu tehtiin.
error-network-needed = { $asset } liikkuu joko Tron- tai Ethereum-verkossa: valitse verkko tai anna lompakon osoite, johon rahat menivät.
error-not-on-network = { $asset } ei liiku { $chain }-verkossa: tarkista kryptovaluutta, osoite ja verkko.
error-tx-hash-length = Transaktiotunnisteessa ({ $chain }) on 64 kirjainta ja numeroa, ei { $length }. Kopioi tunniste uudelleen kryptopörssistäsi tai lompakostasi.
error-tx-hash-characters = Transaktiotunnisteessa ({ $chain }) on vain numeroita 0–9 ja kirjaimia a–f. Kopioi tunniste uudelleen kryptopörssistäsi tai lompakostasi.
error-tx-hash-prefix = Transaktiotunniste ({ $chain }) ei ala merkeillä 0x. Tarkista verkko tai kopioi tunniste uudelleen.
error-tx-hash-network = Jotta tämä transaktiotunniste voidaan tarkistaa, valitse kryptovaluutta tai verkko tai anna lompakon osoite.
error-iban = Tämä tilinumero (IBAN) ei ole kelvollinen: sen tarkistusnumerot eivät täsmää. Vertaa sitä tiliotteeseesi.
error-iban-country = Tämä näyttää IBAN-tilinumerolta, mutta IBAN alkaa maansa koodilla, eikä { $code } ole IBAN-tilinumeroita käyttävä maa. Tarkista kaksi ensimmäistä kirjainta.
error-iban-format = Tämä näyttää IBAN-tilinumerolta (maa { $country }), mutta siinä on liian monta tai liian vähän merkkejä tai kirjain kohdassa, jossa pitäisi olla numero. Vertaa sitä tiliotteeseesi.
error-wallet = Tämä näyttää lompakon osoitteelta ({ $chain }), mutta sen sisäänrakennettu tarkiste ei täsmää: jokin merkki on luultavasti kirjoitettu väärin. Kopioi osoite uudelleen lompakostasi tai kryptopörssistä.
error-wallet-characters = Tämä näyttää lompakon osoitteelta ({ $chain }), mutta siinä on merkkejä, joita tällaisessa osoitteessa ei koskaan ole: { $characters }. Kopioi osoite uudelleen lompakostasi tai kryptopörssistä.
error-wallet-length = Tämä näyttää lompakon osoitteelta ({ $chain }), mutta siinä on { $length } merkkiä eikä { $expected }. Kopioi osoite uudelleen lompakostasi tai kryptopörssistä.
error-wallet-case =
    { $chain ->
        [Ethereum] Tämä näyttää lompakon osoitteelta (Ethereum), mutta sen isot kirjaimet eivät täsmää sisäänrakennetun tarkisteen (EIP-55) kanssa: jokin merkki on luultavasti kirjoitettu väärin. Kopioi osoite uudelleen lompakostasi tai kryptopörssistä.
       *[other] Tämä näyttää lompakon osoitteelta ({ $chain }), mutta siinä on sekaisin isoja ja pieniä kirjaimia, mitä tällaisessa osoitteessa ei koskaan ole. Kopioi osoite uudelleen lompakostasi tai kryptopörssistä.
    }
error-consent-authority = Voimme välittää ilmoituksesi eteenpäin vain suostumuksellasi.
error-warnings-need-email = Jos haluat varoitukset sähköpostiin, anna sähköpostiosoitteesi.
error-honeypot = Jätä viimeinen, piilotettu kenttä tyhjäksi.
error-form-expired = Turvallisuutesi vuoksi tämä lomake vanhentui. Vastauksesi ovat tallessa: paina uudelleen ”Lähetä ilmoitukseni”.
error-rate-limited = Yhteydestäsi on lähetetty liian monta ilmoitusta. Odota minuutti ja yritä uudelleen.
error-store-unavailable = Ilmoitustasi ei voitu juuri nyt tallentaa: tietokantamme ei ole hetkeen käytettävissä. Mitään kirjoittamaasi ei kadonnut, kaikki on yhä alla. Odota minuutti ja paina sitten uudelleen ”Lähetä ilmoitukseni”.

## Vahvistus

receipt-title = Ilmoituksesi on vastaanotettu
receipt-saved = Ilmoituksesi on tallennettu. Kiitos, että käytit tähän aikaa: se auttaa pysäyttämään nämä rikolliset.
receipt-reference-label = Ilmoituksesi tunnus
receipt-reference-help = Kirjoita se muistiin. Kerro se, kun puhut poliisin kanssa. Tunnus näkyy jokaisessa tämän palvelun viestissä, joten voit tarkistaa, että viesti tulee todella meiltä.
receipt-link-label = Henkilökohtainen linkkisi
receipt-link-help = Säilytä tämä linkki itselläsi, esimerkiksi kirjanmerkkinä. Sen avulla voit myöhemmin lisätä tietoja. Älä anna linkkiä kenellekään.
receipt-authority-title = Kuka käsittelee ilmoituksesi
receipt-authority-intro = Asuinpaikkasi toimivaltainen viranomainen on:
receipt-authority-because = Kerroit asuinpaikaksesi: { $place }. Sieltä tulevat ilmoitukset menevät tälle viranomaiselle.
receipt-authority-complaint = Näin voit tehdä sinne rikosilmoituksen:
receipt-authority-website = Verkkosivusto
receipt-authority-report-page = Ilmoitussivu
receipt-authority-phone = Puhelin
receipt-hub = Meillä ei ole vielä yhteyshenkilöä asuinmaasi poliisissa. Koordinointitiimimme välittää ilmoituksesi toimivaltaiselle viranomaiselle.
receipt-next-title = Mitä seuraavaksi tapahtuu
receipt-next-authority = Välitämme ilmoituksesi asuinmaasi poliisille tai petosilmoituskeskukselle.
receipt-next-complaint = Tämä ilmoitus ei korvaa virallista rikosilmoitusta. Jos haluat tehdä rikosilmoituksen, ota yhteyttä paikalliseen poliisiin ja kerro ilmoituksesi tunnus.
receipt-next-email = Jos annoit sähköpostiosoitteesi, saat vahvistuksen, jossa on ilmoituksesi tunnus.
receipt-next-bank = Jos maksu on tehty äskettäin, soita heti pankkiisi tai käyttämääsi kryptopörssiin. Ne voivat joskus pysäyttää maksun tai periä sen takaisin.
receipt-another = Ilmoita toisesta huijauksesta

## Varoitus rahojen takaisinhankintaa lupaavista huijareista

warning-title = Varo: huijarit voivat palata
warning-intro = Petoksen jälkeen moniin uhreihin ottavat uudelleen yhteyttä ihmiset, jotka lupaavat hankkia rahat takaisin. Hekin ovat rikollisia. He tietävät usein nimesi, summat ja päivämäärät.
warning-no-fee = Yksikään viranomainen tai aito auttaja ei peri maksua rahojesi takaisin hankkimisesta.
warning-no-unfreeze = Kukaan ei voi ”purkaa jäädytystä” tai ”vapauttaa” rahojasi maksua, veroa tai lisenssimaksua vastaan.
warning-no-official = Viranomaiset eivät koskaan kirjoita Gmail-, Yahoo- tai vastaavista sähköpostiosoitteista. Ne eivät koskaan pyydä etäyhteyttä tietokoneeseesi, kryptovaluuttaa tai lahjakortteja. Ne eivät myöskään koskaan pyydä sinua avaamaan uusia tilejä ulkomaille.
warning-verify = Jos joku sanoo soittavansa poliisista, tuomioistuimesta, asianajotoimistosta tai Europolista: lopeta puhelu, etsi virallinen puhelinnumero kyseisen viranomaisen omilta verkkosivuilta ja soita itse takaisin. Kysy, miten sinut löydettiin.
warning-repeat = Kun kerran maksat, vaatimukset eivät lopu: jokaista maksua seuraa uusi vaatimus.
warning-report = Jos sinuun otetaan yhteyttä, ilmoita siitä samalle viranomaiselle kuin alkuperäisestä petoksesta.
warning-our-messages = Omissa viesteissämme ei koskaan pyydetä rahaa eikä koskaan ole linkkiä maksusivulle. Niissä näkyy aina ilmoituksesi tunnus.

## Sähköpostit

email-receipt-subject = Ilmoituksesi { $reference } on vastaanotettu
email-hello = Hei,
email-receipt-intro = Kiitos ilmoituksestasi. Se on tallennettu tällä tunnuksella:
email-genuine = Näin tunnistat aidot viestimme: niissä näkyy aina ilmoituksesi tunnus { $reference }, niissä ei koskaan pyydetä sinulta rahaa eikä niissä koskaan ole linkkiä maksusivulle.
email-why = Saat tämän sähköpostin, koska tämä osoite annettiin petosilmoituksen yhteydessä. Jos et itse tehnyt ilmoitusta, jätä tämä viesti huomiotta.

## Muut sivut

not-found-title = Sivua ei löytynyt
not-found-text = Tätä sivua ei ole olemassa. Tarkista osoite tai aloita etusivulta.
error-page-title = Jokin meni vikaan
error-page-text = Valitettavasti toiminto ei onnistunut. Sinun puoleltasi mitään ei kadonnut: yritä uudelleen muutaman minuutin kuluttua.
back-home = Siirry etusivulle
too-large-title = Liikaa lähetettävää kerralla
too-large-text = Lähettämäsi tiedot ovat pidemmät kuin tämä palvelu ottaa vastaan, joten mitään ei tallennettu. Palaa selaimen takaisin-painikkeella (kirjoittamasi on yleensä yhä tallessa), lyhennä pisimpiä tekstejä ja lähetä uudelleen.

## Sähköpostit: vahvistus, henkilökohtainen linkki, tilauksen peruminen

email-confirm-title = Vahvista sähköpostiosoitteesi
email-confirm-text = Emme lähetä sinulle mitään muuta, ennen kuin vahvistat, että tämä osoite on sinun. Avaa tämä linkki ja paina painiketta:
email-case-link = Henkilökohtainen linkkisi tapaukseesi. Sen kautta voit lisätä tietoja, ilmoittaa jostakusta, joka tarjoutuu hankkimaan rahasi takaisin, tai muuttaa sitä, mitä varoituksia saat:
email-unsubscribe = Saat näitä varoituksia, koska pyysit niitä ilmoituksesi yhteydessä. Jos haluat lopettaa ne, avaa tämä linkki (kirjautumista ei tarvita):
email-followup-close = Jos joku ottaa sinuun yhteyttä, älä maksa mitään äläkä asenna mitään. Ilmoita siitä viranomaiselle, joka käsittelee tapaustasi, ja lisää se tapaukseesi henkilökohtaisen linkkisi kautta.
email-campaign-intro = Tämä on palvelumme koordinointitiimin varoitus ajankohtaisesta huijauksesta. Se kohdistuu ihmisiin, jotka ovat sinun laillasi ilmoittaneet samankaltaisesta petoksesta (ilmoituksesi tunnus: { $reference }).

## Seurantavaroitukset (lähetetään 3, 14, 45, 120 ja 365 päivää ilmoituksen jälkeen)

followup-1-subject = Ilmoitus { $reference }: varo tarjouksia hankkia rahasi takaisin
followup-1-intro = Teit muutama päivä sitten ilmoituksen sijoituspetoksesta (tunnus { $reference }). Menetyksen jälkeisinä päivinä moniin uhreihin ottavat yhteyttä ihmiset, jotka tarjoutuvat hankkimaan rahat takaisin. Muista:
followup-1-point-1 = He saattavat tietää nimesi, summat ja käyttämäsi alustan. Se ei tee heistä aitoja: samat rikolliset antavat tai myyvät usein uhrien tietoja eteenpäin.
followup-1-point-2 = Yksikään poliisi, tuomioistuin, asianajaja tai rahojen takaisinhankintaa tarjoava yritys ei pyydä maksua, veroa tai vakuusmaksua ennen rahojen palauttamista.
followup-1-point-3 = Älä anna kenellekään etäyhteyttä tietokoneeseesi tai puhelimeesi, äläkä avaa uusia tilejä kenenkään kehotuksesta.
followup-2-subject = Ilmoitus { $reference }: näin tarkistat, kuka sinulle todella soittaa
followup-2-intro = Teit kaksi viikkoa sitten ilmoituksen sijoituspetoksesta (tunnus { $reference }). Rahojen takaisinhankintaa lupaavat huijarit esiintyvät usein viranomaisten edustajina. Näin voit tarkistaa asian:
followup-2-point-1 = Älä luota puhelimesi näytöllä näkyvään numeroon, logoon, virkamerkin numeroon tai virallisen näköiseen kirjeeseen: ne kaikki voidaan väärentää.
followup-2-point-2 = Lopeta puhelu. Etsi viranomaisen puhelinnumero itse sen virallisilta verkkosivuilta, älä saamastasi viestistä, ja soita sinne takaisin.
followup-2-point-3 = Kysy, miten he löysivät sinut ja miksi he tarvitsevat rahaa. Aito viranomaisen edustaja ei koskaan pahastu siitä, että tarkistat asian.
followup-3-subject = Ilmoitus { $reference }: rahojen takaisinhankintaa lupaavien huijareiden uusia keinoja
followup-3-intro = Teit muutama viikko sitten ilmoituksen sijoituspetoksesta (tunnus { $reference }). Rahojen takaisinhankintaa lupaavat huijarit käyttävät tällä hetkellä näitä keinoja:
followup-3-point-1 = Tekaistut asianajotoimistot ja ”varojen takaisinhankintaan” erikoistuneet yritykset, joilla on ammattimaisen näköiset verkkosivut ja jotka lupaavat jäljittää rahasi, jos maksat ensin ennakkomaksun.
followup-3-point-2 = Viestit, joiden väitetään tulevan Europolilta, Interpolilta, finanssivalvojalta tai tuomioistuimelta. Niissä kerrotaan, että rahasi on löydetty ja ne voidaan vapauttaa maksua vastaan.
followup-3-point-3 = ”Lohkoketjujäljitystä” tai ”kryptoforensiikkaa” tarjoavat palvelut, jotka pyytävät maksua tai pääsyä kryptolompakkoosi.
followup-4-subject = Ilmoitus { $reference }: huijarit voivat vielä palata
followup-4-intro = Ilmoituksestasi on kulunut muutama kuukausi (tunnus { $reference }). Rikolliset palaavat usein uudella tarinalla. Ole varuillasi, jos kohtaat jotakin seuraavista:
followup-4-point-1 = Tarjoukset päästä mukaan ryhmäkanteeseen tai korvausrahastoon tai saada rahasi takaisin alustalta, kunhan maksat ensin palkkion tai veron.
followup-4-point-2 = Kaikki pyynnöt, joissa sinulta pyydetään rahaa, etäyhteyttä laitteisiisi tai pankki- tai lompakkotietojasi.
followup-4-point-3 = Painostus tehdä päätös nopeasti tai pitää asia salassa. Keskustele jonkun luotettavan ihmisen kanssa, ennen kuin päätät mitään.
followup-5-subject = Ilmoitus { $reference }: vuosi myöhemmin varoitus on yhä ajankohtainen
followup-5-intro = Ilmoituksestasi on kulunut vuosi (tunnus { $reference }). Rahojen takaisinhankintaa lupaavat huijarit ottavat uhreihin yhteyttä vielä vuosienkin kuluttua. Pidä siksi mielessäsi:
followup-5-point-1 = Aidot viranomaiset eivät koskaan peri maksua rahojen palauttamisesta. Jokainen, joka pyytää sinua maksamaan ensin, on rikollinen.
followup-5-point-2 = Jos olet taas menettänyt rahaa tai joku on ottanut sinuun yhteyttä, ilmoita siitä: henkilökohtainen linkkisi toimii yhä.
followup-5-point-3 = Tämä on viimeinen etukäteen suunnitelluista varoituksistamme. Kirjoitamme sinulle uudelleen vain, jos meillä on varoitus uudesta huijauksesta, joka koskee sinua.

## Osoitteen vahvistaminen, varoitusten lopettaminen

confirm-title = Vahvista sähköpostiosoitteesi
confirm-text = Vahvista painamalla painiketta, että tämä sähköpostiosoite on sinun. Sen jälkeen voimme lähettää sinulle pyytämäsi varoitukset.
confirm-button = Vahvista osoitteeni
confirm-done-title = Osoitteesi on vahvistettu
confirm-done-text = Kiitos. Voit lopettaa varoituksemme milloin tahansa linkistä, joka on jokaisen viestin lopussa.
token-invalid-title = Tämä linkki ei toimi
token-invalid-text = Linkki saattaa olla vajaa, jo käytetty tai vanhentunut. Kopioi koko linkki sähköpostista tai avaa tapaukseesi johtava henkilökohtainen linkkisi.
unsubscribe-title = Lopeta varoitukset
unsubscribe-text = Paina painiketta, niin emme lähetä tähän osoitteeseen enää varoituksia. Tämä ei vaikuta ilmoitukseesi.
unsubscribe-button = Lopeta varoitukset
unsubscribe-done-title = Et saa enää varoituksia
unsubscribe-done-text = Emme lähetä tähän osoitteeseen enää sähköposteja. Ilmoituksesi säilytetään, ja se välitetään silti viranomaiselle.

## Henkilökohtainen tapaussivu

receipt-next-confirm = Vahvista sen jälkeen osoitteesi kyseisessä sähköpostissa olevalla linkillä. Siihen asti emme lähetä sinulle mitään muuta.
case-email-title = Sähköpostiosoitteesi
case-email-confirmed = Sähköpostiosoitteesi on vahvistettu.
case-email-unconfirmed = Sähköpostiosoitettasi ei ole vielä vahvistettu. Avaa linkki, joka on lähettämässämme sähköpostissa. Siihen asti emme lähetä sinulle mitään muuta.
case-prefs-title = Varoitukset sähköpostiin
case-prefs-save = Tallenna valintani
case-prefs-saved = Valintasi on tallennettu.
case-approach-title = Onko joku tarjoutunut hankkimaan rahasi takaisin?
case-approach-intro = Jos joku otti sinuun yhteyttä petoksen jälkeen ja tarjoutui hankkimaan rahasi takaisin, kerro meille, miten sinut tavoitettiin. Lisäämme tiedon tapaukseesi viranomaista varten yhteydenottona, jossa luvattiin hankkia rahat takaisin. Älä maksa heille mitään.
case-approach-submit = Lisää tapaukseeni
case-approach-saved = Kiitos. Lisäsimme tämän tapaukseesi yhteydenottona, jossa luvattiin hankkia rahat takaisin. Älä maksa heille mitään äläkä asenna mitään, mitä he pyytävät.
case-approach-empty = Anna vähintään yksi puhelinnumero, sähköpostiosoite tai verkkosivuston osoite.
rate-limited-title = Odota hetki
rate-limited-text = Yhteydestäsi tuli lyhyessä ajassa liian monta pyyntöä. Odota minuutti ja yritä uudelleen; aiemmin tallentamasi tiedot eivät katoa.
case-erase-title = Poista yhteystietosi
case-erase-text = Tämä poistaa tästä ilmoituksesta heti ja pysyvästi sähköpostiosoitteesi, puhelinnumerosi ja oman kuvauksesi tapahtuneesta. Tapauksen tosiasiat (maksut, verkkosivustot, huijareiden puhelinnumerot) jäävät viranomaiselle. Tämän jälkeen et saa enää sähköposteja tästä ilmoituksesta.
case-erase-button = Poista yhteystietoni
case-erased = Yhteystietosi ja kuvauksesi on poistettu tästä ilmoituksesta. Siitä ei lähetetä enää sähköposteja.
case-messages-title = Viranomaisen viestit
case-messages-intro = Jokainen viesti, jonka viranomainen lähettää sinulle tästä ilmoituksesta, näkyy myös täällä. Jos saat ilmoitustasi koskevan viestin, jonka väitetään tulevan poliisilta, mutta sitä ei näy täällä, viesti ei ole aito.
case-message-from = Lähettäjä: { $authority }, { $date }
case-message-hub = Koordinointitiimimme
email-message-subject = { $authority }: viesti ilmoituksestasi { $reference }
email-message-intro = { $authority } lähetti sinulle tämän viestin ilmoituksestasi { $reference }:
email-message-check = Voit tarkistaa, että tämä viesti on aito: se näkyy myös henkilökohtaisella tapaussivullasi. Avaa tuo sivu linkillä, jonka sait vahvistuksessa, tai omasta kirjanmerkistäsi, älä minkään sähköpostissa olevan linkin kautta. Tässä sähköpostissa ei ole linkkiä tapaukseesi.

## ”Onko tämä tarjous huijaus?” (/check)

check-title = Onko tämä tarjous huijaus? Tarkista se täällä
check-intro = Tarjoutuuko joku hankkimaan menettämäsi rahat takaisin maksua vastaan? Tai lupaako jokin verkkosivusto suuria tuottoja? Syötä heidän verkkosivustonsa, sähköpostiosoitteensa, puhelinnumeronsa, pankkitilinsä (IBAN) tai kryptolompakkonsa osoite. Kerromme, ovatko uhrit ilmoittaneet siitä meille.
check-field = Verkkosivusto, sähköpostiosoite, puhelinnumero, IBAN tai lompakon osoite
check-field-help = Yksi kerrallaan. Kirjoita puhelinnumerot maatunnuksen kanssa, esimerkiksi +44 20 7946 0000.
check-submit = Tarkista
check-private = Emme tallenna sitä, mitä tarkistat.
check-rate-limited = Olet tarkistanut monta tietoa lyhyessä ajassa. Odota minuutti ja yritä uudelleen.
check-checked = Tarkistit:
check-listed-title = Uhrit ovat ilmoittaneet tästä meille
check-listed-recovery = ”Rahojen takaisinhankintaa” tarjoavana yhteydenottona petoksen jälkeen: { $band ->
    [one] yhden uhrin ilmoittamana.
    [some] 2–9 uhrin ilmoittamana.
   *[many] vähintään 10 uhrin ilmoittamana.
}
check-listed-fraud = Osana sijoituspetosta: { $band ->
    [one] yhden uhrin ilmoittamana.
    [some] 2–9 uhrin ilmoittamana.
   *[many] vähintään 10 uhrin ilmoittamana.
}
check-listed-countries = { $countries ->
    [one] Siitä ilmoittaneet uhrit asuvat yhdessä maassa.
   *[other] Siitä ilmoittaneet uhrit asuvat { $countries } maassa.
}
check-listed-note = Koordinointitiimimme huomauttaa:
check-listed-advice = Älä maksa heille äläkä anna heille pankkitietojasi, asiakirjojasi tai pääsyä tietokoneellesi. Lopeta heille vastaaminen.
check-not-found-title = Ei ilmoituksissamme
check-not-found = Meillä ei ole tästä merkintää. Se ei tarkoita, että se on turvallinen: huijarit vaihtavat verkkosivustojaan, numeroitaan ja osoitteitaan muutaman päivän välein, ja näytämme tiedon vasta, kun useampi uhri on ilmoittanut siitä.
check-service-title = Tunnettu palvelu
check-service = Tämä on tunnettu palvelu, kuten suuri sähköpostipalvelu, kryptopörssi, maksupalvelu tai viestisovellus. Uhrit mainitsevat sen, koska he ovat käyttäneet sitä, joten emme näytä siitä mitään. Sinuun yhteyttä ottava voi silti käyttää sen nimeä väärin: etsi palvelun viralliset yhteystiedot sen omilta verkkosivuilta ja kysy sieltä.
check-report = Ilmoita siitä
check-link = Onko joku tarjoutunut hankkimaan rahasi takaisin? Tarkista ensin hänen verkkosivustonsa, numeronsa tai osoitteensa.
error-check-unknown = Emme tunnista tätä verkkosivustoksi, sähköpostiosoitteeksi, puhelinnumeroksi, IBANiksi tai lompakon osoitteeksi. Tarkista, onko siinä kirjoitusvirheitä, esimerkiksi example.com tai +44 20 7946 0000.

## Poliisiportaali

forbidden-title = Ei sallittu
forbidden-text = Tämä toiminto ei ole sallittu tässä. Jos avasit tämän sivun vanhasta välilehdestä, palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.
portal-name = Tapausportaali
portal-nav-label = Portaali
portal-nav-cases = Tapaukset
portal-nav-unattended = Käsittelemättä
portal-nav-overview = Yleiskatsaus
portal-nav-linkage = Yhdistävät arvot
portal-nav-accounts = Käyttäjätilit
portal-nav-audit = Tarkastusloki
portal-logout = Kirjaudu ulos
portal-role-officer = Käsittelijä
portal-role-lead = Esihenkilö
portal-role-coordinator = Koordinaattori
portal-role-admin = Pääkäyttäjä
portal-login-title = Kirjaudu sisään
portal-email = Sähköpostiosoite
portal-password = Salasana
portal-login-next = Jatka
portal-login-help = Käyttäjätilit luo viranomaisesi esihenkilö tai palvelun pääkäyttäjä. Jos olet kadottanut todennussovelluksesi ja palautuskoodisi, pyydä heiltä uusi käyttöönottolinkki.
portal-login-failed = Sähköpostiosoite tai salasana on väärin.
portal-login-wait = Liian monta epäonnistunutta yritystä. Yritä uudelleen { $minutes } minuutin kuluttua.
portal-login-busy = Palvelu on juuri nyt ruuhkautunut. Yritä hetken kuluttua uudelleen.
portal-login-submit = Kirjaudu sisään
portal-code-title = Todennuskoodi
portal-code-label = Todennussovelluksesi 6-numeroinen koodi tai yksi palautuskoodeistasi
portal-code-hint = Uusi koodi tulee näkyviin 30 sekunnin välein; kutakin koodia voi käyttää vain kerran.
portal-code-failed = Koodi on väärin tai sitä on jo käytetty. Odota seuraavaa koodia ja yritä uudelleen.
portal-enrol-title = Ota käyttäjätilisi käyttöön
portal-enrol-intro = Tervetuloa, { $name }. Valitse salasana ja ota käyttöön todennussovellus; tarvitset molempia aina kirjautuessasi.
portal-enrol-password-heading = 1. Salasanasi
portal-new-password = Uusi salasana
portal-new-password-again = Sama salasana uudelleen
portal-password-rules = Vähintään 12 merkkiä. Useat toisiinsa liittymättömät sanat on helppo muistaa ja vaikea arvata.
portal-password-mismatch = Salasanat eivät ole samat.
portal-password-too-short = Salasanassa on oltava vähintään { $min } merkkiä.
portal-password-too-long = Salasanassa saa olla enintään { $max } merkkiä.
portal-password-weak-personal = Salasanasi sisältää nimesi tai sähköpostiosoitteesi. Valitse salasana, jota sinut tuntevat ihmiset eivät voisi arvata.
portal-password-weak-common = Tämä on yleinen salasana tai hyvin lähellä sellaista. Valitse jotain vaikeammin ennustettavaa, esimerkiksi useita toisiinsa liittymättömiä sanoja.
portal-password-weak-pattern = Toistot, sarjat kuten ”abc” tai ”6543” ja näppäimistön peräkkäiset näppäimet on helppo arvata.
portal-password-weak-date = Päivämäärät ja vuosiluvut on helppo arvata.
portal-password-weak = Tämä salasana on liian helppo arvata. Lisää vielä yksi tai kaksi sanaa.
portal-enrol-totp-heading = 2. Todennussovelluksesi
portal-enrol-totp-intro = Skannaa tämä koodi todennussovelluksella (esimerkiksi FreeOTP, Aegis tai Google Authenticator) ja kirjoita sitten sovelluksen näyttämä 6-numeroinen koodi.
portal-enrol-qr-label = QR-koodi, jonka voit skannata todennussovelluksella
portal-enrol-totp-manual = Jos et voi skannata koodia, kirjoita tämä avain sovellukseen:
portal-enrol-code-wrong = Todennuskoodi on väärin. Tarkista, että sovellus näyttää tämän käyttäjätilin, ja kirjoita koodi, jonka se näyttää nyt.
portal-enrol-submit = Viimeistele käyttöönotto
portal-recovery-title = Palautuskoodisi
portal-recovery-intro = Säilytä nämä kymmenen koodia turvallisessa paikassa, erillään puhelimestasi. Jos kadotat todennussovelluksesi, voit kirjautua kullakin koodilla sisään kerran. Koodit näytetään vain nyt.
portal-recovery-continue = Olen tallentanut ne – kirjaudu sisään
portal-queue-title = Tapaukset
portal-queue-empty = Ei vielä tapauksia.
portal-queue-none-match = Mikään tapaus ei vastaa näitä suodattimia.
portal-queue-older = Vanhemmat tapaukset
portal-col-reference = Tunnus
portal-col-received = Vastaanotettu
portal-col-place = Maa / alue
portal-col-platform = Alusta
portal-col-status = Tila
portal-col-assignee = Osoitettu
portal-status-new = Uusi
portal-status-in_review = Käsittelyssä
portal-status-complaint_filed = Rikosilmoitus tehty
portal-status-forwarded = Välitetty
portal-status-no_action = Ei toimenpiteitä
portal-status-closed = Suljettu
portal-accounts-title = Käyttäjätilit
portal-account-name = Nimi
portal-account-role = Rooli
portal-account-authority = Viranomainen
portal-account-authority-hint = Käsittelijät ja esihenkilöt kuuluvat yhteen viranomaiseen, koordinaattorit ja pääkäyttäjät eivät mihinkään.
portal-account-state = Tila
portal-account-actions = Toiminnot
portal-account-active = Aktiivinen
portal-account-pending = Ei vielä otettu käyttöön
portal-account-deactivated = Poistettu käytöstä
portal-account-reenrol = Uusi käyttöönottolinkki
portal-account-deactivate = Poista käytöstä
portal-account-new = Uusi käyttäjätili
portal-account-language = Portaalin ja sen sähköpostien kieli
portal-account-create = Luo käyttäjätili
portal-account-link-intro = Anna tämä kertakäyttöinen linkki kyseiselle henkilölle kasvokkain tai luotettavan kanavan kautta. Se toimii kerran 24 tunnin ajan, eikä sitä näytetä uudelleen.
portal-account-exists = Tällä sähköpostiosoitteella on jo käyttäjätili.
portal-account-email-invalid = Tämä ei ole sähköpostiosoite.
portal-account-authority-wrong = Valitse viranomainen käsittelijöille ja esihenkilöille, mutta älä valitse viranomaista koordinaattoreille ja pääkäyttäjille.
portal-account-role-missing = Et voi luoda käyttäjätiliä tällä roolilla.
portal-audit-title = Tarkastusloki
portal-audit-intro = Jokainen kirjautuminen, tapauksen katselu, haku, vienti ja muutos uusimmasta alkaen. Jokainen merkintä on ketjutettu edelliseen, joten lokiin tehdyt muutokset havaitaan.
portal-audit-at = Aika (UTC)
portal-audit-who = Kuka
portal-audit-action = Toiminto
portal-audit-detail = Tiedot
portal-audit-older = Vanhemmat merkinnät

## Portaali: tapausjono (suodattimet, haku, vienti)

portal-queue-counts = Tapaukset tilan mukaan
portal-queue-search = Haku
portal-queue-search-hint = Tapauksen tunnus tai puhelinnumero, sähköpostiosoite, verkkosivusto, lompakko, IBAN tai alusta sellaisena kuin uhri on sen ehkä kirjoittanut.
portal-filter-heading = Suodattimet
portal-filter-any = Kaikki
portal-filter-from = Vastaanotettu aikaisintaan
portal-filter-until = Vastaanotettu viimeistään
portal-filter-country = Asuinmaa (kaksikirjaiminen koodi)
portal-filter-region = Alue (koodi, esim. DE-HE)
portal-filter-loss = Menetys vähintään
portal-filter-currency = Valuutta (esim. EUR)
portal-filter-recovery = Ilmoitettu tarjous hankkia rahat takaisin
portal-filter-method = Maksutapa
portal-filter-language = Uhrin kieli
portal-filter-linked-abroad = Vain tapaukset, jotka liittyvät muista maista tulleisiin ilmoituksiin
portal-filter-authority = Viranomainen (tunniste, esim. ee-ppa)
portal-queue-apply = Näytä tapaukset
portal-queue-reset = Tyhjennä suodattimet
portal-export-heading = Vienti
portal-export-intro-queue = Lataa kaikki tapaukset, jotka nämä suodattimet löytävät (ei vain tätä sivua), MISPiä, STIX 2.1 -alustaa, taulukkolaskentaa tai omia työkaluja varten.
portal-export-intro-case = Lataa tämä tapaus MISPiä, STIX 2.1 -alustaa, taulukkolaskentaa tai omia työkaluja varten.
portal-export-intro-cluster = Kaikki tämän ryhmän tapaukset yhdessä tiedostossa: niiden arvot sekä MISPiä ja STIXiä varten ryhmän uhrit, maat ja viranomaiset. Ryhmän viennit eivät koskaan sisällä uhrien yhteystietoja. Vienti kirjataan tarkastuslokiin.
portal-export-tlp = Jakoluokitus (Traffic Light Protocol)
portal-export-tlp-clear = TLP:CLEAR – jakamista ei ole rajoitettu
portal-export-tlp-green = TLP:GREEN – yhteisön sisällä
portal-export-tlp-amber = TLP:AMBER – vastaanottajan organisaation ja sen asiakkaiden sisällä, vain tiedontarpeen mukaan
portal-export-tlp-amber-strict = TLP:AMBER+STRICT – vain vastaanottajan organisaation sisällä
portal-export-tlp-red = TLP:RED – vain nimetyille vastaanottajille
portal-export-distribution = MISP-jakelu
portal-export-distribution-hint = Kenen kanssa MISP-instanssi saa jakaa tuodut tapahtumat.
portal-export-distribution-0 = Vain oma organisaatiosi
portal-export-distribution-1 = Vain tämä yhteisö
portal-export-distribution-2 = Yhdistetyt yhteisöt
portal-export-distribution-3 = Kaikki yhteisöt
portal-export-contact = Sisällytä uhrien yhteystiedot ja kuvaukset petoksesta
portal-export-contact-rule = Vain oman viranomaisesi tapauksille. Jokainen vienti kirjataan tarkastuslokiin.
portal-export-contact-never = Koordinaattorien viennit eivät koskaan sisällä uhrien yhteystietoja.
portal-export-as = Lataa { $format }-muodossa
portal-queue-col-loss = Menetys yhteensä
portal-queue-col-payments = Maksut
portal-queue-col-indicators = Indikaattorit
portal-queue-col-linked = Liittyvät ilmoitukset

## Portaali: yksittäinen tapaus (tiedot, tila, muistiinpanot, osoittaminen)

portal-case-title = Tapaus { $reference }
portal-case-message = Lähetä viesti uhrille
portal-case-reroute = Ohjaa uudelleen
portal-case-unassigned = Ei kukaan
portal-case-victim = Uhri
portal-case-email = Sähköpostiosoite
portal-case-email-confirmed = vahvistettu
portal-case-email-unconfirmed = ei vahvistettu
portal-case-phone = Puhelinnumero
portal-case-language = Kieli
portal-case-consent-authority = Suostuu viranomaisen yhteydenottoon
portal-case-consent-warnings = Suostuu varoitusten vastaanottamiseen
portal-case-erased = Uhri poisti yhteystietonsa
portal-case-unreadable = (tätä arvoa ei voi avata)
portal-case-routing = Ohjaus
portal-case-residence = Asuinpaikka
portal-case-geo = Ilmoituksen lähetyspaikka (verkkosijainti)
portal-case-geo-matches = vastaa asuinpaikkaa
portal-case-geo-differs = poikkeaa asuinpaikasta
portal-case-authority = Toimivaltainen viranomainen
portal-case-routed-to = Toimitettu taholle
portal-case-hub = koordinointikeskus
portal-case-routing-reason = Miksi
portal-case-fraud = Petos
portal-case-first-contact = Ensimmäinen yhteydenotto
portal-case-platform = Alusta
portal-case-remote-access = Etäyhteysohjelma asennettu
portal-case-recovery-approach = Tarjottu ”rahojen takaisinhankintaa” maksua vastaan
portal-case-story = Uhrin omin sanoin
portal-case-none = Ei ilmoitettu.
portal-case-payments = Maksut
portal-case-payment-date = Päivämäärä
portal-case-payment-amount = Summa
portal-case-payment-method = Maksutapa
portal-case-payment-destination = Kohde
portal-case-payment-crypto = Kryptovaluuttana
portal-case-payment-tx-hash = Transaktiotunniste
portal-case-payment-source = Mistä ostettu tai lähetetty
portal-case-indicators = Indikaattorit
portal-case-indicator-kind = Tyyppi
portal-case-indicator-typed = Kirjoitettuna
portal-case-indicator-normalised = Normalisoituna
portal-case-indicator-recovery = Takaisinhankintatarjous
portal-case-kind-phone = Puhelinnumero
portal-case-kind-email = Sähköpostiosoite
portal-case-kind-domain = Verkkosivusto
portal-case-kind-iban = IBAN
portal-case-kind-wallet-btc = Bitcoin-lompakko
portal-case-kind-wallet-eth = Ethereum-lompakko
portal-case-kind-wallet-trx = Tron-lompakko
portal-case-kind-alias = Käytetty nimi
portal-case-kind-platform = Alustan nimi
portal-linked-heading = Liittyvät ilmoitukset
portal-linked-cluster = { $reports ->
        [one] Tämä tapaus ei liity yhteenkään muuhun ilmoitukseen.
       *[other] Tämä tapaus kuuluu { $reports } toisiinsa liittyvän ilmoituksen ryhmään (tämä tapaus mukaan lukien).
    }
portal-linked-none = Millään muulla ilmoituksella ei ole yhteisiä arvoja tämän tapauksen kanssa.
portal-linked-summary = { $reports ->
        [one] myös yhdessä muussa ilmoituksessa
       *[other] myös { $reports } muussa ilmoituksessa
    }, { $countries ->
        [one] yhdestä maasta
       *[other] { $countries } maasta
    }
portal-linked-too-common = { $reports ->
        [one] esiintyy yhdessä muussa ilmoituksessa
       *[other] esiintyy { $reports } muussa ilmoituksessa
    }: liian yleinen, jotta sen perusteella voisi yhdistää tapauksia
portal-linked-marked = koordinaattori on merkinnyt: ”ei yhdistä”
portal-linked-authority = Viranomainen, jolla ne ovat
portal-linked-reports = Ilmoitukset
portal-linked-countries = Uhrien maat
portal-case-status-heading = Muuta tilaa
portal-case-status-to = Uusi tila
portal-case-reason = Syy
portal-case-status-submit = Muuta tilaa
portal-case-status-final = Tämän tapauksen tilaa ei voi muuttaa.
portal-case-status-not-allowed = Tapausta ei voi siirtää tähän tilaan sen nykyisestä tilasta.
portal-case-reason-missing = Kerro muutoksen syy.
portal-case-text-too-long = Teksti on liian pitkä: enintään 10 000 merkkiä.
portal-case-assign-heading = Osoittaminen
portal-case-assignee = Osoitettu
portal-case-assign-submit = Osoita
portal-case-assignee-not-allowed = Tapauksen voi osoittaa vain sen viranomaisen aktiiviselle käsittelijälle.
portal-case-timeline = Aikajana
portal-case-received = Ilmoitus vastaanotettu
portal-case-event-status = Tila: { $status }
portal-case-event-assigned = Osoitettu: { $name }
portal-case-event-unassigned = Osoitus poistettu
portal-case-event-message = Viesti uhrille
portal-case-event-reroute = Ohjattu uudelleen
portal-case-mail-receipt = Sähköposti uhrille: vahvistus
portal-case-mail-followup = Sähköposti uhrille: varoitus { $step }
portal-case-mail-campaign = Sähköposti uhrille: varoitus huijausaallosta
portal-case-mail-authority = Tapaus lähetetty viranomaiselle
portal-case-mail-state-pending = odottaa lähettämistä
portal-case-mail-state-sent = lähetetty
portal-case-mail-state-failed = epäonnistui
portal-case-mail-state-suppressed = ei lähetetty (lähetyssäännöt estivät)
portal-case-notes = Muistiinpanot
portal-case-notes-none = Ei vielä muistiinpanoja.
portal-case-note = Lisää muistiinpano
portal-case-note-help = Muistiinpanoja ei voi muuttaa eikä poistaa sen jälkeen, kun ne on lisätty. Kaikki viranomaisen käsittelijät voivat lukea ne.
portal-case-note-submit = Lisää muistiinpano

## Portaali: eteenpäin välittäminen (viesti uhrille, uudelleenohjaus)

portal-back-to-case = Takaisin tapaukseen
portal-message-title = Viesti tapauksen { $reference } uhrille
portal-message-intro = Uhri saa viestisi sähköpostitse omalla kielellään viranomaisesi nimen ja tapauksen tunnuksen kanssa. Hän näkee viestin myös henkilökohtaisella tapaussivullaan, jossa hän voi tarkistaa, että viesti on aito.
portal-message-label = Viestisi (pelkkä teksti)
portal-message-help = Enintään { $max } merkkiä. Älä koskaan pyydä rahaa, maksuja, salasanoja tai etäyhteyttä: uhrille kerrotaan, että aidot viranomaiset eivät koskaan tee niin.
portal-message-send = Lähetä viesti
portal-message-empty = Kirjoita viesti.
portal-message-too-long = Viesti on liian pitkä: enintään { $max } merkkiä.
portal-message-no-address = Uhri ei antanut sähköpostiosoitetta tai on poistanut sen: viestiä ei voi lähettää tämän palvelun kautta.
portal-message-unconfirmed = Uhri ei ole vielä vahvistanut sähköpostiosoitettaan: viestisi näkyy hänen tapaussivullaan heti, mutta se lähetetään sähköpostitse vasta, kun hän on vahvistanut osoitteensa.
portal-reroute-title = Lähetä tapaus { $reference } toiselle viranomaiselle
portal-reroute-intro = Valitsemallesi viranomaiselle ilmoitetaan sähköpostitse, ja sen nimi näkyy uhrin tapaussivulla. Nykyisen viranomaisen käsittelijät menettävät heti pääsyn tapaukseen.
portal-reroute-current = Tapaus on nyt taholla: { $name }
portal-reroute-target = Uusi viranomainen
portal-reroute-hub = Koordinointikeskus (välittää tapauksen eteenpäin)
portal-reroute-reason = Miksi tapaus lähetetään sinne (säilytetään tapauksen yhteydessä, ei näytetä uhrille)
portal-reroute-send = Lähetä tapaus eteenpäin
portal-reroute-unknown = Valitse viranomainen luettelosta.
portal-reroute-same = Tapaus on jo tällä viranomaisella. Valitse toinen.
portal-reroute-reason-empty = Kerro, miksi tapaus lähetetään muualle.
portal-reroute-reason-too-long = Syy on liian pitkä: enintään { $max } merkkiä.

## Portaali: sähköpostit käsittelijöille (tapauskohtaiset viestit ja päivittäinen kooste)

email-notice-subject = { $authority }: uusi tapaus { $reference }
email-notice-intro = Viranomaiselle { $authority } on ohjattu tapaus:
email-notice-handed-on = Sen on ohjannut uudelleen toinen viranomainen tai koordinointikeskus.
email-notice-sign-in = Tiedot näet kirjautumalla tapausportaaliin.
email-notice-no-data = Tässä sähköpostissa ei tarkoituksella ole uhrin tietoja. Ne näytetään vain portaalissa ja vain toimivaltaisen viranomaisen käsittelijöille.
email-digest-subject = { $authority }: { $count ->
        [one] yksi uusi tapaus
       *[other] { $count } uutta tapausta
    }
email-digest-intro = Viranomaiselle { $authority } on { $since } (UTC) alkaen ohjattu tai uudelleenohjattu { $count ->
        [one] yksi tapaus
       *[other] { $count } tapausta
    }:
email-digest-more = { $count ->
        [one] …ja yksi tapaus lisää.
       *[other] …ja { $count } tapausta lisää.
    } Kaikki näkyvät tapausjonossa:
email-named-subject = Toisiinsa liittyvät ilmoitukset nimellä ”{ $name }”
email-named-intro = Koordinointikeskus antoi toisiinsa liittyvien ilmoitusten ryhmälle nimen ”{ $name }”: { $victims ->
        [one] yksi uhri
       *[other] { $victims } uhria
    } { $countries ->
        [one] yhdessä maassa
       *[other] { $countries } maassa
    }; ilmoituksissa mainitaan samat tilit, lompakot, numerot tai verkkosivustot. { $reports ->
        [one] Yksi näistä ilmoituksista on viranomaisen { $authority } tapaus.
       *[other] { $reports } näistä ilmoituksista on viranomaisen { $authority } tapauksia.
    }
email-named-open = Tapauksesi tässä ryhmässä:
email-digest-links = Uudet ilmoitukset, jotka liittyvät aiempiin tapauksiisi
email-digest-link = { $new ->
        [one] Yhdellä uudella ilmoituksella
       *[other] { $new } uudella ilmoituksella
    } { $countries ->
        [one] yhdestä maasta
       *[other] { $countries } maasta
    } oli yhteinen arvo { $cases ->
        [one] yhden aiemman tapauksesi kanssa
       *[other] { $cases } aiemman tapauksesi kanssa, muun muassa
    }:
portal-nav-notices = Tapaussähköpostit
portal-notices-title = Tapaussähköpostit
portal-notices-intro = Viranomaisen { $authority } käsittelijät ja esihenkilöt saavat kukin omalla kielellään sähköpostin, kun viranomaiselle ohjataan tai uudelleenohjataan tapaus. Sähköpostissa yksilöidään tapaus ja on linkki siihen tässä portaalissa; uhrin tietoja siinä ei ole.
portal-notices-authority = Viranomainen
portal-notices-choice = Kuinka usein
portal-notices-each = Sähköposti jokaisesta tapauksesta
portal-notices-digest = Yksi sähköposti päivässä, jossa luetellaan uudet tapaukset
portal-notices-show = Näytä
portal-notices-save = Tallenna
portal-notices-saved = Tallennettu.
portal-notices-unknown = Valitse viranomainen luettelosta.
portal-unattended-title = Käsittelemättömät tapaukset
portal-unattended-intro = Näillä viranomaisilla ei ole aktiivista käyttäjätiliä portaalissa, joten kukaan ei lue niiden uusia tapauksia täällä. Välitä jokainen tapaus käsin viranomaisen julkisen kanavan kautta, aseta sitten tapauksen tilaksi ”Välitetty” ja anna syyksi käyttämäsi kanava: tapaus poistuu silloin tästä luettelosta.
portal-unattended-authority = Viranomainen
portal-unattended-channel = Julkinen kanava
portal-unattended-waiting = Uudet tapaukset
portal-unattended-oldest = Vanhin
portal-unattended-open = Avaa nämä tapaukset
portal-unattended-none = Jokaisella viranomaisella, jolla on uusia tapauksia, on aktiivinen käyttäjätili.
portal-linkage-title = Arvot, jotka yhdistävät tapauksia, ja arvot, jotka eivät yhdistä
portal-linkage-intro = Ilmoitukset yhdistetään niiden yhteisten arvojen perusteella. Jotkin arvot liittäisivät yhteen tapauksia, joilla ei ole mitään tekemistä keskenään: suurten sähköpostipalvelujen ja maksupalvelujen verkkotunnukset eivät koskaan yhdistä, ja arvo, joka esiintyy epätavallisen suuressa osassa kaikista ilmoituksista, lakkaa yhdistämästä. Voit merkitä arvon käsin ”ei yhdistä” tai ”yhdistää”; ryhmät muodostetaan silloin uudelleen minuutin kuluessa. Jokainen muutos kirjataan tarkastuslokiin.
portal-linkage-saved = Tallennettu. Ryhmät muodostetaan uudelleen minuutin kuluessa.
portal-linkage-rebuild-due = Ryhmät on muodostettava uudelleen; se tapahtuu minuutin kuluessa.
portal-linkage-mark-heading = Merkitse arvo
portal-linkage-kind = Tyyppi
portal-linkage-kind-platform = Alustan nimi
portal-linkage-kind-domain = Verkkosivusto
portal-linkage-kind-email = Sähköpostiosoite
portal-linkage-kind-phone = Puhelinnumero (maatunnuksen kanssa)
portal-linkage-kind-account = IBAN tai lompakon osoite
portal-linkage-value = Arvo
portal-linkage-mark = Merkintä
portal-linkage-mark-not-linking = Ei yhdistä
portal-linkage-mark-linking = Yhdistää
portal-linkage-mark-none = Poista merkintä
portal-linkage-save = Tallenna merkintä
portal-linkage-not-of-kind = Tämä ei ole valitun tyyppinen arvo. Tarkista tyyppi ja kirjoita puhelinnumerot maatunnuksen kanssa.
portal-linkage-builtin = Tämä arvo on sisäänrakennetussa luettelossa arvoista, jotka eivät koskaan yhdistä (suuri sähköpostipalvelu, kryptopörssi tai maksupalvelu).
portal-linkage-marked = Koordinaattorien merkitsemät
portal-linkage-too-common = Liian yleisiä yhdistämiseen
portal-linkage-too-common-intro = Nämä arvot esiintyvät useammassa ilmoituksessa kuin kynnysasetukset sallivat, joten ne eivät yhdistä mitään. Merkitse arvo ”yhdistää”, jos se todella kuuluu yhteen petokseen.
portal-linkage-builtin-heading = Eivät koskaan yhdistä (sisäänrakennettu)
portal-linkage-why = Miksi
portal-linkage-why-mail = suuri sähköpostipalvelu (sen yksittäiset osoitteet yhdistävät edelleen)
portal-linkage-why-service = tunnettu kryptopörssi, maksupalvelu tai viestisovellus
portal-overview-title = Rajat ylittävästi toisiinsa liittyvät tapaukset
portal-overview-intro = Ilmoitukset, joilla on yhteinen lompakko, pankkitili, puhelinnumero, sähköpostiosoite, verkkosivusto tai alustan nimi, muodostavat yhden ryhmän. Ryhmät luetellaan tässä uhreineen, maineen ja menetyksineen; avaa ryhmä nähdäksesi, missä sen uhrit asuvat ja millä viranomaisilla sen ilmoitukset ovat.
portal-overview-rank = Järjestysperuste
portal-overview-rank-victims = Uhrien määrä
portal-overview-rank-countries = Maiden määrä
portal-overview-rank-loss = Menetys valitussa valuutassa
portal-overview-currency = Valuutta
portal-overview-show = Näytä
portal-overview-none = Toisiinsa liittyviä ilmoituksia ei ole vielä.
portal-overview-csv = Lataa tämä taulukko (CSV)
portal-overview-caption = Toisiinsa liittyvien ilmoitusten ryhmät
portal-overview-cluster = Ryhmä
portal-overview-cluster-name = Ryhmä { $id }
portal-overview-loss = Menetys ({ $currency })
portal-cluster-back = Takaisin yleiskatsaukseen
portal-cluster-name-heading = Nimeä kampanjaksi
portal-cluster-name-intro = Kun ryhmä nimetään, siitä ilmoitetaan jokaiselle viranomaiselle, jolla on ryhmän ilmoituksia: jokainen niiden portaalitili saa sähköpostin omalla kielellään, ja myös niiden ilmoitusten vastaanotto-osoite saa yhden. Sähköpostissa kerrotaan, kuinka monta ryhmän ilmoitusta viranomaisella on, ja siinä on linkki näihin tapauksiin. Sähköpostissa ei ole uhrien tietoja.
portal-cluster-name-label = Nimi
portal-cluster-name-submit = Nimeä ja ilmoita ryhmän viranomaisille
portal-cluster-name-missing = Anna ryhmälle nimi.
portal-cluster-name-too-long = Nimi on liian pitkä: enintään { $max } merkkiä.
portal-cluster-named = Nimetty. Jokaiselle viranomaiselle, jolla on ryhmän ilmoituksia, ilmoitetaan minuutin kuluessa.
portal-cluster-campaign-hint = Jos haluat varoittaa tämän ryhmän uhreja, jotka ovat suostuneet varoituksiin, lähetä kampanjavaroitus, jonka kohteessa (target) on `cluster = { $id }` (katso README, kohta ”Campaigns”).
portal-cluster-victims = Uhrit
portal-cluster-countries = Maat
portal-cluster-authorities = Viranomaiset
portal-cluster-first = Ensimmäinen ilmoitus
portal-cluster-last = Viimeisin ilmoitus
portal-cluster-map = Missä uhrit asuvat
portal-cluster-map-desc = Maailmankartta, jossa maat on sävytetty uhrien määrän mukaan; { $countries ->
        [one] uhreja on yhdessä maassa.
       *[other] uhreja on { $countries } maassa.
    } Alla olevassa taulukossa ovat samat luvut.
portal-cluster-none = Ei mitään.
portal-cluster-by-country = Uhrit maittain
portal-cluster-country = Maa
portal-cluster-code = Koodi
portal-cluster-losses = Menetys valuutoittain
portal-cluster-currency = Valuutta
portal-cluster-loss = Menetys
portal-cluster-weeks = Ilmoitukset viikoittain
portal-cluster-week = Viikko (maanantai)
portal-cluster-holders = Viranomaiset, joilla ryhmän ilmoituksia on
portal-cluster-values = Mitä yhteistä ryhmän ilmoituksilla on
portal-cluster-value = Arvo
portal-cluster-value-reports = { $reports ->
        [one] yksi ilmoitus
       *[other] { $reports } ilmoitusta
    }
portal-cluster-more = { $count ->
        [one] Yksi arvo lisää on CSV-tiedostossa.
       *[other] { $count } arvoa lisää on CSV-tiedostossa.
    }

## Portaali: julkisen tarkistuksen merkinnät (/portal/check)

portal-nav-check = Julkinen tarkistus
portal-check-title = Mitä julkinen tarkistus näyttää
portal-check-intro = Kuka tahansa voi tarkistaa verkkosivuston, sähköpostiosoitteen, puhelinnumeron, IBANin tai lompakon julkisen tarkistuksen sivulla. Se näyttää arvon vain, jos vähintään kaksi toisistaan riippumatonta ilmoitusta sisältää sen (eri selaimista ja verkoista), ja kertoo uhrien määrän vain suuruusluokittain, ei koskaan yksittäistä ilmoitusta. Julkaise arvo, niin se näytetään julkisen huomautuksen kanssa riippumatta siitä, mitä ilmoituksissa on; vedä arvo pois, niin se piilotetaan pysyvästi, vaikka siitä ilmoitettaisiin kuinka monta kertaa, kunnes se julkaistaan uudelleen. Jokainen päätös kirjataan tarkastuslokiin.
portal-check-saved = Tallennettu. Julkinen tarkistus vastaa tästä lähtien tämän mukaisesti.
portal-check-decide-heading = Julkaise arvo tai vedä se pois
portal-check-value = Arvo
portal-check-decision = Päätös
portal-check-publish = Julkaise julkisen huomautuksen kanssa
portal-check-withdraw = Vedä pois (älä näytä koskaan)
portal-check-note = Julkinen huomautus
portal-check-note-help = Näytetään yleisölle sellaisenaan, esimerkiksi ”Tekaistu asianajotoimisto, joka pyytää uhreilta maksua rahojen takaisinhankinnasta”. Älä mainitse yhtään uhria tai tapausta.
portal-check-note-required = Kirjoita julkaistuun arvoon liittyvä julkinen huomautus.
portal-check-note-long = Huomautus on liian pitkä: enintään 300 merkkiä.
portal-check-service = Tämä on tunnetun palvelun verkkotunnus tai osoite; julkinen tarkistus ei näytä siitä mitään.
portal-check-save = Tallenna
portal-check-published = Julkaistu
portal-check-withdrawn = Vedetty pois
portal-check-changed = Päätetty (UTC)

## API tokens (/portal/api-tokens)
portal-nav-api-tokens = API-tunnisteet
portal-api-tokens-title = API-tunnisteet
portal-api-tokens-partner-intro = Kumppanitunnisteella pankin tai teleyrityksen järjestelmä voi tehdä kyselyjä julkiseen tarkistukseen API:n kautta (/api/v1/check) varoittaakseen asiakkaitaan. Se ei avaa yhtään tapausta, vastaa samoin kuin julkisen tarkistuksen sivu (ei koskaan ilmoitusta tai uhria), sen käyttö on rajoitettu minuuttikohtaisesti, se toimii kunnes se vanhenee tai perutaan, ja jokainen käyttökerta kirjataan tarkastuslokiin.
portal-api-tokens-intro = Tunnisteella viranomaisenne järjestelmä voi lukea viranomaisenne tapauksia API:n kautta (/api/v1) ilman yhteystietoja. Se vain lukee, toimii kunnes se vanhenee tai perutaan, ja jokainen käyttökerta kirjataan tarkastuslokiin.
portal-api-tokens-none = Viranomaisellanne ei ole vielä API-tunnistetta.
portal-api-token-secret-intro = Kopioi tämä tunniste järjestelmääsi nyt: sitä ei näytetä uudelleen. Kuka tahansa, jolla se on, voi lukea viranomaisenne tapauksia, kunnes se vanhenee tai perut sen.
portal-api-token-revoked-done = Tunniste on peruttu: se ei enää avaa API:a.
portal-api-token-name = Nimi
portal-api-token-created = Luotu
portal-api-token-expires = Vanhenee
portal-api-token-last-used = Viimeksi käytetty
portal-api-token-state = Tila
portal-api-token-revoke = Peru
portal-api-token-new = Uusi tunniste
portal-api-token-days = Voimassa (päivää)
portal-api-token-create = Luo tunniste
portal-api-token-live = Voimassa
portal-api-token-expired = Vanhentunut
portal-api-token-revoked = Peruttu
portal-api-token-name-missing = Anna tunnisteelle nimi (järjestelmä, joka käyttää sitä).
portal-api-token-name-long = Nimi voi olla enintään { $max } merkkiä pitkä.
portal-api-token-days-invalid = Anna päivien määrä kokonaislukuna väliltä 1–{ $max }.

## Edelleen ohjattu tapaus, joka lähetetään salattuna sähköpostina viranomaisen OpenPGP-avaimelle
sealed-case-subject = Uusi tapaus { $reference }
sealed-case-intro = Uusi tapaus viranomaiselle { $authority }. Tämä viesti on salattu OpenPGP-avaimellenne { $fingerprint }.
sealed-case-contact-given = Uhri suostui siihen, että hänen yhteystietonsa luovutetaan toimivaltaiselle viranomaiselle: ne ovat alla ja liitetiedostoissa.
sealed-case-contact-withheld = Uhri ei suostunut yhteystietojensa luovuttamiseen viranomaiselle: ne on jätetty pois.
sealed-case-files = Liitteenä: tapaus MISP-tapahtumana (case.misp.json) ja STIX 2.1 -pakettina (case.stix.json) analyysityökaluihin ladattavaksi.
