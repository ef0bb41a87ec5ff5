## Lehekülgede ühised osad

site-name = Investeerimispettusest teatamine
skip-to-content = Liigu põhisisu juurde
language-label = Keel
footer-no-money = See teenus on tasuta. Me ei küsi Teilt kunagi raha ega juurdepääsu Teie arvutile.
footer-about = Avalik teavitusteenus internetis toime pandud investeerimispettuste ohvritele.
footer-geoip = Teie ühenduse riik on hinnatud piirkondlike internetiregistrite IP-aadresside andmete põhjal (ip-location-db, CC BY 4.0). Teie IP-aadressi ei salvestata.

## Avaleht

home-title = Teatage internetis toimunud investeerimispettusest
home-lead = Kas Te olete kaotanud raha võltsil kauplemis-, investeerimis- või krüptoplatvormil? Siin saate sellest teatada oma keeles.
home-what-we-do = Edastame Teie teate Teie elukohariigi politseile või pettuste teavituskeskusele. Samuti ütleme Teile, mida edasi teha.
home-no-account = Kasutajakontot ei ole vaja. Teatamine võtab umbes kümme minutit.
home-what-helps = Abiks on, kui Teil on võimaluse korral käepärast: platvormi nimi, veebilehe aadress, telefoninumbrid ja e-posti aadressid, mille kaudu Teiega ühendust võeti, ning Teie maksete andmed.
home-start = Alusta teatamist

## Teatamise vorm

form-title = Rääkige meile, mis juhtus
form-intro = Vastake nii palju, kui saate. Täita tuleb ainult väljad, mille juures on märge „kohustuslik“. Kõik muu on abiks, kuid võib jääda tühjaks.
form-required = kohustuslik
form-optional = vabatahtlik
form-submit = Saada minu teade
form-privacy = Kasutame Teie vastuseid ainult selleks, et edastada Teie teade pädevale asutusele ja hoiatada Teid uute pettusekatsete eest. Me ei müü ega avalda neid kunagi.

section-you = Teie andmed
field-contact-email = Teie e-posti aadress
field-contact-email-help = Vajame seda, et saata Teile kinnitus ja hoiatada Teid uute pettusekatsete eest. Ilma selleta ei saa me Teile kirjutada.
field-contact-phone = Teie telefoninumber
field-contact-phone-help = Et politsei saaks Teile tagasi helistada. Võimaluse korral lisage riigikood, näiteks +372.
field-residence = Riik, kus Te elate
field-residence-help = Teie teade läheb asutusele, kes vastutab selle riigi eest.
field-residence-choose = Valige riik
field-region = Piirkond, kus Te elate
field-region-help = Selles riigis on politsei jaotatud piirkondade kaupa. Kui valite oma piirkonna, läheb teade otse õigele politseile. Kui Te ei ole kindel, jätke see väli tühjaks.
field-region-choose = Ma ei ole kindel
form-region-step = Teie riigis on politsei jaotatud piirkondade kaupa. Palun valige allpool oma piirkond ja saatke teade uuesti. Kui Te ei ole kindel, saatke teade lihtsalt uuesti ilma piirkonnata.

section-start = Kuidas see algas
field-channel = Kuidas Teiega esimest korda ühendust võeti?
field-channel-choose = Valige üks
channel-phone-call = Telefonikõne
channel-social-media = Reklaam või sõnum sotsiaalmeedias
channel-messaging-app = Sõnumirakendus (näiteks WhatsApp või Telegram)
channel-email = E-kiri
channel-website = Veebileht, mille ma ise leidsin
channel-dating-app = Tutvumisrakendus või -veebileht
channel-other = Muul viisil
field-first-contact-date = Millal see oli?
field-date-help = Näiteks 2024-03-31. Ligikaudne kuupäev sobib ka.

section-platform = Platvorm ja inimesed
field-platform = Platvormi või ettevõtte nimi
field-platform-help = Selle kauplemisplatvormi, maakleri või rakenduse nimi, mida Teile näidati.
field-websites = Veebilehtede aadressid
field-websites-help = Üks aadress rea kohta, näiteks trade-example.com.
field-caller-names = Nimed, mida need inimesed kasutasid
field-caller-names-help = Nimed, mille nad Teile ütlesid, isegi kui need olid tõenäoliselt valed. Üks nimi rea kohta.
field-scam-phones = Telefoninumbrid, millelt Teiega ühendust võeti
field-scam-phones-help = Üks number rea kohta, koos riigikoodiga, kui Te seda teate.
field-scam-emails = E-posti aadressid, millelt Teiega ühendust võeti
field-scam-emails-help = Üks aadress rea kohta.
field-remote-access = Kas Teid paluti paigaldada oma arvutisse või telefoni programm, näiteks AnyDesk või TeamViewer?
answer-yes = Jah
answer-no = Ei
answer-unsure = Ma ei ole kindel

section-payments = Raha, mille Te maksite
section-payments-help = Iga makse kohta üks rida. Jätke read, mida Te ei vaja, tühjaks.
payment-legend = Makse { $number }
field-payment-date = Kuupäev
field-payment-amount = Summa
field-payment-amount-help = Näiteks 1500,50
field-payment-currency = Valuuta
field-payment-currency-help = Kolm tähte, näiteks EUR, USD või GBP.
field-payment-method = Kuidas Te maksite
field-payment-method-choose = Valige üks
method-bank-transfer = Pangaülekanne
method-card = Pangakaart
method-crypto = Krüptoraha
method-cash = Sularaha
method-other = Muul viisil
field-payment-destination = Kuhu raha läks
field-payment-destination-help = Kontonumber (IBAN), krüptorahakoti aadress või muu viide, mille Te saite.
field-payment-crypto-amount = Summa krüptorahas
field-payment-crypto-amount-help = Kui maksite krüptorahas: summa nii, nagu Teie krüptobörs või rahakott seda näitab, näiteks 0.015 või 1250.5. Võite märkida ka summa tavavaluutas või ainult ühe neist kahest.
field-payment-asset = Krüptoraha
field-payment-network = Võrk
field-payment-network-help = Vajalik ainult USDT puhul, kui Te ei märgi rahakoti aadressi: Tron (aadressid algavad tähega T) või Ethereum (aadressid algavad märkidega 0x).
field-payment-tx-hash = Tehingu räsi (TxID)
field-payment-tx-hash-help = Selle ülekande pikk kood Teie krüptobörsi või rahakoti ajaloos. Selle abil saab krüptobörs raha üles leida ja mõnikord ka külmutada.
field-payment-source = Kust ostetud või saadetud
field-payment-source-help = Krüptobörs, pank või rakendus, mida Te kasutasite, näiteks Binance, Coinbase või Teie panga nimi.
payments-add = Lisa veel üks makse

section-after = Pärast seda
field-recovery-approach = Kas keegi on pärast seda pakkunud, et toob Teie raha tasu eest tagasi?
field-story = Mis juhtus, oma sõnadega
field-story-help = Kuni { $max } tähemärki. Ärge kirjutage paroole ega täielikke kaardinumbreid.

section-consent = Teie nõusolek
field-consent-authority = Olen nõus, et see teade edastatakse minu elukohariigi politseile või pettuste teavituskeskusele.
field-consent-warnings = Saatke mulle e-posti teel hoiatusi pettuste kohta, mis on suunatud ohvritele, näiteks võltspakkumiste kohta kaotatud raha tagasi tuua.
honeypot-label = Jätke see väli tühjaks

## Veateated väljade juures

errors-title =
    { $count ->
        [one] Teie teates on üks probleem
       *[other] Teie teates on { $count } probleemi
    }
errors-intro = Teie vastused on alles. Palun parandage allolevad väljad ja saatke teade uuesti.
error-required = Palun täitke see väli.
error-too-long = See on liiga pikk: kõige rohkem { $max } tähemärki.
error-too-many-lines = Liiga palju ridu: kõige rohkem { $max }.
error-email = See ei näi olevat e-posti aadress. Kontrollige, ega selles pole trükivigu. Näiteks: name@example.com.
error-phone = See ei näi olevat telefoninumber. Kontrollige seda ja lisage riigikood, näiteks +372 5123 4567.
error-country = Palun valige riik loendist.
error-region = Palun valige piirkond riigis, kus Te elate, või jätke see väli tühjaks.
error-choice = Palun valige üks vastusevariantidest.
error-date-format = Palun kirjutage kuupäev kujul aasta-kuu-päev, näiteks 2024-03-31.
error-date-future = See kuupäev on tulevikus. Palun kontrollige seda.
error-date-too-early = See kuupäev on varasem kui 1990. Palun kontrollige seda.
error-website = Rida { $line } ei ole veebilehe aadress. Kirjutage see nii: trade-example.com.
error-scam-phone = Rida { $line } ei näi olevat telefoninumber. Lisage riigikood, kui Te seda teate.
error-scam-email = Rida { $line } ei näi olevat e-posti aadress.
error-amount-format = Palun kirjutage summa ainult numbritega, näiteks 1500,50.
error-amount-positive = Summa peab olema suurem kui null.
error-amount-decimals =
    { $digits ->
        [0] Valuutal { $currency } ei ole sente: palun kirjutage täisarv.
       *[other] Valuuta { $currency } puhul võib komakohti olla kõige rohkem { $digits }.
    }
error-currency = Palun kirjutage kolmetäheline valuutakood, näiteks EUR.
error-payment-incomplete = Palun märkige summa ja valuuta või summa krüptorahas ja krüptoraha või jätke kogu rida tühjaks.
error-crypto-incomplete = Palun märkige nii summa krüptorahas kui ka krüptoraha, milles makse tehti.
error-network-needed = { $asset } liigub Troni või Ethereumi võrgus: palun valige võrk või märkige rahakoti aadress, kuhu raha läks.
error-not-on-network = { $asset } ei liigu võrgus { $chain }: palun kontrollige krüptoraha, aadressi ja võrku.
error-tx-hash-length = Tehingu räsis ({ $chain }) on 64 tähte ja numbrit, mitte { $length }. Palun kopeerige see uuesti oma krüptobörsilt või rahakotist.
error-tx-hash-characters = Tehingu räsis ({ $chain }) on ainult numbrid 0 kuni 9 ja tähed a kuni f. Palun kopeerige see uuesti oma krüptobörsilt või rahakotist.
error-tx-hash-prefix = Tehingu räsi ({ $chain }) ei alga märkidega 0x. Palun kontrollige võrku või kopeerige räsi uuesti.
error-tx-hash-network = Selle tehingu räsi kontrollimiseks valige palun krüptoraha või võrk või märkige rahakoti aadress.
error-iban = See kontonumber (IBAN) ei ole õige: selle kontrollnumbrid ei klapi. Palun võrrelge seda oma pangaväljavõttega.
error-iban-country = See näeb välja nagu IBAN, kuid IBAN algab oma riigi koodiga ja { $code } ei ole IBAN-i kasutav riik. Palun kontrollige kahte esimest tähte.
error-iban-format = See näeb välja nagu IBAN riigist { $country }, kuid selles on liiga palju või liiga vähe märke või täht seal, kus peaks olema number. Palun võrrelge seda oma pangaväljavõttega.
error-wallet = See näeb välja nagu rahakoti aadress ({ $chain }), kuid selle sisseehitatud kontroll ei klapi: tõenäoliselt on mõni märk valesti trükitud. Palun kopeerige see uuesti oma rahakotist või krüptobörsilt.
error-wallet-characters = See näeb välja nagu rahakoti aadress ({ $chain }), kuid selles on märke, mida sellises aadressis kunagi ei ole: { $characters }. Palun kopeerige see uuesti oma rahakotist või krüptobörsilt.
error-wallet-length = See näeb välja nagu rahakoti aadress ({ $chain }), kuid selles on { $length } märki, mitte { $expected }. Palun kopeerige see uuesti oma rahakotist või krüptobörsilt.
error-wallet-case =
    { $chain ->
        [Ethereum] See näeb välja nagu rahakoti aadress (Ethereum), kuid selle suurtähed ei klapi sisseehitatud kontrolliga (EIP-55): tõenäoliselt on mõni märk valesti trükitud. Palun kopeerige see uuesti oma rahakotist või krüptobörsilt.
       *[other] See näeb välja nagu rahakoti aadress ({ $chain }), kuid selles on segamini suur- ja väiketähed, mida sellises aadressis kunagi ei ole. Palun kopeerige see uuesti oma rahakotist või krüptobörsilt.
    }
error-consent-authority = Saame Teie teate edastada ainult Teie nõusolekul.
error-warnings-need-email = Kui soovite saada hoiatusi e-postiga, märkige palun oma e-posti aadress.
error-honeypot = Palun jätke viimane, peidetud väli tühjaks.
error-form-expired = Teie turvalisuse huvides aegus see vorm. Teie vastused on alles: palun vajutage uuesti nuppu „Saada minu teade“.
error-rate-limited = Teie ühenduselt on saadetud liiga palju teateid. Palun oodake üks minut ja proovige uuesti.
error-store-unavailable = Teie teadet ei õnnestunud praegu salvestada: meie andmebaas on hetkeks kättesaamatu. Midagi sisestatust ei läinud kaotsi, kõik on allpool alles. Palun oodake üks minut ja vajutage siis uuesti nuppu „Saada minu teade“.

## Kinnitus

receipt-title = Teie teade on kätte saadud
receipt-saved = Teie teade on salvestatud. Aitäh, et leidsite selleks aega: see aitab neid kurjategijaid peatada.
receipt-reference-label = Teie teate number
receipt-reference-help = Kirjutage see üles. Öelge see, kui räägite politseiga. See on näha igas selle teenuse sõnumis. Nii saate kontrollida, et sõnum on tõesti meilt.
receipt-link-label = Teie isiklik link
receipt-link-help = Hoidke see link endale, näiteks järjehoidjana. Selle kaudu saate hiljem teavet lisada. Ärge jagage seda kellegagi.
receipt-authority-title = Kes Teie teatega tegeleb
receipt-authority-intro = Teie elukoha eest vastutav asutus on:
receipt-authority-because = Teie andmetel elate siin: { $place }. Sealt tulnud teated lähevad sellele asutusele.
receipt-authority-complaint = Kuriteoteate esitamiseks sellele asutusele:
receipt-authority-website = Veebileht
receipt-authority-report-page = Teatamise leht
receipt-authority-phone = Telefon
receipt-hub = Meil ei ole veel Teie riigi politsei kontakti. Meie koordineerimismeeskond edastab Teie teate pädevale asutusele.
receipt-next-title = Mis saab edasi
receipt-next-authority = Edastame Teie teate Teie elukohariigi politseile või pettuste teavituskeskusele.
receipt-next-complaint = See teade ei asenda ametlikku kuriteoteadet. Kui soovite kuriteoteate esitada, pöörduge kohaliku politsei poole ja öelge neile oma teate number.
receipt-next-email = Kui Te andsite oma e-posti aadressi, saate kinnituse, milles on Teie teate number.
receipt-next-bank = Kui makse on hiljutine, helistage kohe oma pangale või krüptobörsile, mida kasutasite. Mõnikord saavad nad makse peatada või tagasi nõuda.
receipt-another = Teata veel ühest pettusest

## Hoiatus raha tagasitoomise pettuste eest

warning-title = Olge ettevaatlik: petturid võivad tagasi tulla
warning-intro = Pärast pettust võtavad paljude ohvritega uuesti ühendust inimesed, kes lubavad raha tagasi tuua. Ka nemad on kurjategijad. Sageli teavad nad Teie nime, summasid ja kuupäevi.
warning-no-fee = Ükski ametiasutus ega ükski tõeline abistaja ei võta Teie raha tagasitoomise eest tasu.
warning-no-unfreeze = Keegi ei saa Teie raha „lahti külmutada“ ega „vabastada“ makse, maksu või litsentsitasu eest.
warning-no-official = Ametnikud ei kirjuta kunagi Gmaili, Yahoo ega muudelt sarnastelt aadressidelt. Nad ei küsi kunagi kaugjuurdepääsu Teie arvutile, krüptoraha ega kinkekaarte ega palu Teid avada uusi kontosid välismaal.
warning-verify = Kui keegi ütleb, et ta on politseist, kohtust, advokaadibüroost või Europolist: pange toru ära, otsige ametlik telefoninumber selle asutuse enda veebilehelt ja helistage ise tagasi. Küsige, kuidas nad Teid leidsid.
warning-repeat = Kui olete korra maksnud, nõudmised ei lõpe: iga makse toob kaasa järgmise.
warning-report = Kui Teiega võetakse ühendust, teatage sellest samale asutusele, kellele teatasite esimesest pettusest.
warning-our-messages = Meie enda sõnumites ei küsita kunagi raha ega ole kunagi linki makselehele. Neis on alati Teie teate number.

## E-kirjad

email-receipt-subject = Teie teade { $reference } on kätte saadud
email-hello = Tere!
email-receipt-intro = Aitäh Teie teate eest. Teade on salvestatud ja selle number on:
email-genuine = Nii tunnete ära meie ehtsad sõnumid: neis on alati Teie teate number { $reference }, neis ei küsita Teilt kunagi raha ja neis ei ole kunagi linki makselehele.
email-why = Saate selle e-kirja, sest see aadress anti pettusest teatamisel. Kui Teie seda ei teinud, jätke palun see kiri tähelepanuta.

## Muud lehed

not-found-title = Lehte ei leitud
not-found-text = Seda lehte ei ole olemas. Kontrollige aadressi või alustage avalehelt.
error-page-title = Midagi läks valesti
error-page-text = Vabandust, me ei saanud seda lõpule viia. Teie poolel ei läinud midagi kaotsi: palun proovige mõne minuti pärast uuesti.
back-home = Mine avalehele
too-large-title = Korraga on liiga palju
too-large-text = Saadetu on pikem, kui see teenus vastu võtab, seepärast ei salvestatud midagi. Minge brauseri tagasinupuga tagasi (sisestatu on tavaliselt alles), lühendage pikimaid tekste ja saatke uuesti.

## E-kirjad: kinnitamine, isiklik link, hoiatustest loobumine

email-confirm-title = Palun kinnitage oma e-posti aadress
email-confirm-text = Me ei saada Teile midagi muud enne, kui olete kinnitanud, et see aadress kuulub Teile. Avage see link ja vajutage nuppu:
email-case-link = Teie isiklik link Teie juhtumi juurde. Selle kaudu saate lisada teavet, teatada kellestki, kes pakub Teie raha tagasi tuua, või muuta oma hoiatusi:
email-unsubscribe = Saate neid hoiatusi, sest soovisite neid oma teadet esitades. Nende lõpetamiseks avage see link (sisse logida ei ole vaja):
email-followup-close = Kui keegi võtab Teiega ühendust, ärge makske midagi ja ärge paigaldage midagi. Teatage sellest asutusele, kes Teie teatega tegeleb, ja lisage see oma isikliku lingi kaudu oma juhtumile.
email-campaign-intro = See on selle teenuse koordineerimismeeskonna hoiatus praegu toimuva pettuse kohta, mille sihtmärgiks on inimesed, kes on teatanud Teie omaga sarnasest pettusest (Teie teate number: { $reference }).

## Järelhoiatused (saadetakse 3, 14, 45, 120 ja 365 päeva pärast teatamist)

followup-1-subject = Teade { $reference }: olge ettevaatlik, kui Teile pakutakse raha tagasitoomist
followup-1-intro = Mõni päev tagasi teatasite investeerimispettusest (teate number { $reference }). Kaotusele järgnevatel päevadel võtavad paljude ohvritega ühendust inimesed, kes pakuvad raha tagasi tuua. Pidage meeles:
followup-1-point-1 = Nad võivad teada Teie nime, summasid ja platvormi, mida Te kasutasite. See ei tõenda, et nad on need, kellena nad end esitlevad: samad kurjategijad annavad ohvrite andmeid sageli edasi või müüvad neid.
followup-1-point-2 = Ükski politsei, kohus, advokaat ega raha tagasitoomisega tegelev ettevõte ei küsi enne raha tagastamist tasu, maksu ega tagatisraha.
followup-1-point-3 = Ärge andke kellelegi kaugjuurdepääsu oma arvutile ega telefonile ja ärge avage uusi kontosid ainult sellepärast, et keegi Teil seda teha käsib.
followup-2-subject = Teade { $reference }: kuidas kontrollida, kes Teile tegelikult helistab
followup-2-intro = Kaks nädalat tagasi teatasite investeerimispettusest (teate number { $reference }). Petturid, kes lubavad raha tagasi tuua, esinevad sageli ametnikena. Nii saate seda kontrollida:
followup-2-point-1 = Ärge usaldage oma telefonis näidatud numbrit, logo, ametitõendi numbrit ega ametliku välimusega kirja: neid kõiki saab võltsida.
followup-2-point-2 = Pange toru ära. Otsige asutuse telefoninumber ise selle ametlikult veebilehelt, mitte Teile saadetud sõnumist, ja helistage tagasi.
followup-2-point-3 = Küsige, kuidas nad Teid leidsid ja miks nad raha vajavad. Tõeline ametnik ei solvu kunagi, kui Te tema andmeid kontrollite.
followup-3-subject = Teade { $reference }: raha tagasitoomise petturite uued nipid
followup-3-intro = Mõni nädal tagasi teatasite investeerimispettusest (teate number { $reference }). Praegu kasutavad raha tagasitoomise petturid selliseid nippe:
followup-3-point-1 = Võltsitud advokaadibürood ja „varade tagasinõudmise“ firmad, millel on professionaalse välimusega veebilehed ja mis lubavad ettemaksu eest Teie raha üles leida.
followup-3-point-2 = Sõnumid, mis väidetavalt tulevad Europolist, Interpolist, finantsjärelevalveasutusest või kohtust ja milles öeldakse, et Teie raha on leitud ja selle saab pärast makset vabastada.
followup-3-point-3 = „Plokiahela jälitamise“ või „krüptoekspertiisi“ teenused, mis küsivad makset või juurdepääsu Teie krüptorahakotile.
followup-4-subject = Teade { $reference }: petturid võivad ikka veel tagasi tulla
followup-4-intro = Teie teatest on möödunud mõni kuu (teate number { $reference }). Kurjategijad tulevad sageli tagasi uue looga. Olge ettevaatlik, kui kohtate järgmist:
followup-4-point-1 = Pakkumised liituda ühishagiga, saada hüvitist hüvitusfondist või saada raha platvormilt tagasi, kui maksate kõigepealt tasu või maksu.
followup-4-point-2 = Mis tahes palve saata raha, anda kaugjuurdepääs Teie seadmetele või avaldada oma panga- või krüptorahakoti andmed.
followup-4-point-3 = Surve otsustada kiiresti või hoida asi saladuses. Enne mis tahes otsuse tegemist rääkige inimesega, keda usaldate.
followup-5-subject = Teade { $reference }: aasta hiljem on hoiatus endiselt oluline
followup-5-intro = Teie teatest on möödunud aasta (teate number { $reference }). Raha tagasitoomise petturid võtavad ohvritega ühendust isegi aastaid hiljem. Pidage palun meeles:
followup-5-point-1 = Tõelised ametiasutused ei võta raha tagastamise eest kunagi tasu. Kes palub Teil kõigepealt maksta, on kurjategija.
followup-5-point-2 = Kui kaotasite taas raha või keegi võttis Teiega ühendust, teatage sellest: Teie isiklik link töötab endiselt.
followup-5-point-3 = See on meie viimane plaanitud hoiatus. Kirjutame Teile uuesti ainult siis, kui peame Teid hoiatama uue pettuse eest, mis Teid puudutab.

## Aadressi kinnitamine, hoiatuste lõpetamine

confirm-title = Kinnitage oma e-posti aadress
confirm-text = Vajutage nuppu ja kinnitage sellega, et see e-posti aadress kuulub Teile. Seejärel saame Teile saata hoiatusi, mida soovisite.
confirm-button = Kinnita minu aadress
confirm-done-title = Teie aadress on kinnitatud
confirm-done-text = Aitäh! Meie hoiatused saate igal ajal lõpetada iga sõnumi lõpus oleva lingi kaudu.
token-invalid-title = See link ei tööta
token-invalid-text = Link võib olla puudulik, juba kasutatud või liiga vana. Kopeerige e-kirjast kogu link või avage oma juhtumi isiklik link.
unsubscribe-title = Hoiatuste lõpetamine
unsubscribe-text = Vajutage nuppu ja me ei saada sellele aadressile enam hoiatusi. See ei mõjuta Teie teadet.
unsubscribe-button = Lõpeta hoiatused
unsubscribe-done-title = Te ei saa enam hoiatusi
unsubscribe-done-text = Me ei saada sellele aadressile enam e-kirju. Teie teade jääb alles ja edastatakse endiselt asutusele.

## Teie juhtumi isiklik leht

receipt-next-confirm = Seejärel kinnitage oma aadress selles e-kirjas oleva lingi kaudu. Kuni Te seda ei tee, ei saada me Teile midagi muud.
case-email-title = Teie e-posti aadress
case-email-confirmed = Teie e-posti aadress on kinnitatud.
case-email-unconfirmed = Teie e-posti aadress ei ole veel kinnitatud. Palun avage link e-kirjas, mille me Teile saatsime. Seni ei saada me Teile midagi muud.
case-prefs-title = Hoiatused e-posti teel
case-prefs-save = Salvesta minu valik
case-prefs-saved = Teie valik on salvestatud.
case-approach-title = Kas keegi on pakkunud, et toob Teie raha tagasi?
case-approach-intro = Kui keegi pakkus pärast pettust, et toob Teie raha tagasi, andke meile teada, kuidas ta Teiega ühendust võttis. Lisame selle asutuse jaoks Teie juhtumile kui raha tagasitoomise pakkumise. Ärge makske talle midagi.
case-approach-submit = Lisa minu juhtumile
case-approach-saved = Aitäh. Lisasime selle Teie juhtumile kui raha tagasitoomise pakkumise. Ärge makske neile midagi ega paigaldage midagi, mida nad Teil paigaldada paluvad.
case-approach-empty = Palun märkige vähemalt üks telefoninumber, e-posti aadress või veebileht.
rate-limited-title = Palun oodake üks minut
rate-limited-text = Teie ühenduselt tuli lühikese aja jooksul liiga palju päringuid. Palun oodake üks minut ja proovige uuesti; juba salvestatu ei lähe kaotsi.
case-erase-title = Kustutage oma kontaktandmed
case-erase-text = See eemaldab sellest teatest kohe ja jäädavalt teie e-posti aadressi, telefoninumbri ja teie enda kirjelduse juhtunust. Juhtumi faktid (maksed, veebilehed, petturite telefoninumbrid) jäävad asutusele. Pärast seda ei saa te selle teate kohta enam e-kirju.
case-erase-button = Kustuta minu kontaktandmed
case-erased = Teie kontaktandmed ja kirjeldus on sellest teatest kustutatud. Selle kohta ei saadeta enam e-kirju.
case-messages-title = Asutuse sõnumid
case-messages-intro = Iga sõnum, mille asutus Teile selle teate kohta saadab, on näha ka siin. Kui saate sõnumi, mis väidetavalt tuleb politseilt ja puudutab Teie teadet, kuid seda siin ei ole, siis ei ole see sõnum ehtne.
case-message-from = Saatja: { $authority }, { $date }
case-message-hub = Meie koordineerimismeeskond
email-message-subject = { $authority }: sõnum Teie teate { $reference } kohta
email-message-intro = { $authority } saatis Teile Teie teate { $reference } kohta selle sõnumi:
email-message-check = Saate kontrollida, et see sõnum on ehtne: see on näha ka Teie juhtumi isiklikul lehel. Avage see leht Teie kinnituses oleva lingi või oma järjehoidja kaudu, mitte e-kirjas oleva lingi kaudu. Selles e-kirjas ei ole linki Teie juhtumile.

## „Kas see pakkumine on pettus?“ (/check)

check-title = Kas see pakkumine on pettus? Kontrollige siin
check-intro = Keegi pakub, et toob Teie kaotatud raha tasu eest tagasi? Või lubab mõni veebileht suurt tootlust? Sisestage nende veebileht, e-posti aadress, telefoninumber, pangakonto (IBAN) või krüptorahakoti aadress. Ütleme Teile, kas ohvrid on sellest meile teatanud.
check-field = Veebileht, e-posti aadress, telefoninumber, IBAN või rahakoti aadress
check-field-help = Korraga üks. Kirjutage telefoninumbrid koos riigikoodiga, näiteks +44 20 7946 0000.
check-submit = Kontrolli
check-private = Me ei salvesta, mida Te kontrollite.
check-rate-limited = Te olete lühikese aja jooksul kontrollinud palju väärtusi. Palun oodake üks minut ja proovige uuesti.
check-checked = Te kontrollisite:
check-listed-title = Ohvrid on sellest meile teatanud
check-listed-recovery = „Raha tagasitoomise“ pakkumisena pärast pettust: { $band ->
    [one] sellest teatas üks ohver.
    [some] sellest teatasid 2 kuni 9 ohvrit.
   *[many] sellest teatasid 10 või rohkem ohvrit.
}
check-listed-fraud = Investeerimispettuse osana: { $band ->
    [one] sellest teatas üks ohver.
    [some] sellest teatasid 2 kuni 9 ohvrit.
   *[many] sellest teatasid 10 või rohkem ohvrit.
}
check-listed-countries = { $countries ->
    [one] Sellest teatanud ohvrid elavad ühes riigis.
   *[other] Sellest teatanud ohvrid elavad { $countries } riigis.
}
check-listed-note = Meie koordineerimismeeskonna märkus:
check-listed-advice = Ärge makske neile ja ärge andke neile oma pangaandmeid, dokumente ega juurdepääsu oma arvutile. Lõpetage neile vastamine.
check-not-found-title = Meie teadetes seda ei ole
check-not-found = Meil ei ole selle kohta kirjet. See ei tähenda, et see on ohutu: petturid vahetavad oma veebilehti, numbreid ja aadresse iga paari päeva tagant ning me näitame väärtust alles siis, kui mitu ohvrit on sellest teatanud.
check-service-title = Tuntud teenus
check-service = See on tuntud teenus, näiteks suur e-posti teenusepakkuja, krüptobörs, makseteenus või sõnumirakendus. Ohvrid nimetavad seda, sest nad kasutasid seda, seega ei näita me selle kohta midagi. Keegi, kes Teiega ühendust võtab, võib siiski selle nime kuritarvitada: otsige teenuse ametlikud kontaktandmed selle enda veebilehelt ja küsige sealt.
check-report = Teata sellest
check-link = Kas keegi on pakkunud, et toob Teie raha tagasi? Kontrollige kõigepealt tema veebilehte, numbrit või aadressi.
error-check-unknown = Me ei suuda seda tuvastada veebilehe, e-posti aadressi, telefoninumbri, IBANi ega rahakoti aadressina. Kontrollige, kas selles on trükivigu, näiteks example.com või +44 20 7946 0000.

## Politseiportaal

forbidden-title = Pole lubatud
forbidden-text = See toiming ei ole siin lubatud. Kui avasite selle lehe vanalt vahekaardilt, minge tagasi, laadige leht uuesti ja proovige siis uuesti.
portal-name = Juhtumiportaal
portal-nav-label = Portaal
portal-nav-cases = Juhtumid
portal-nav-unattended = Käsitlemata
portal-nav-overview = Ülevaade
portal-nav-linkage = Seoseid loovad väärtused
portal-nav-accounts = Kasutajakontod
portal-nav-audit = Auditilogi
portal-logout = Logi välja
portal-role-officer = Ametnik
portal-role-lead = Juhtivametnik
portal-role-coordinator = Koordinaator
portal-role-admin = Administraator
portal-login-title = Sisselogimine
portal-email = E-posti aadress
portal-password = Parool
portal-login-next = Jätka
portal-login-help = Kasutajakontod loob Teie asutuse juhtivametnik või teenuse administraator. Kui olete kaotanud oma autentimisrakenduse ja taastekoodid, paluge neilt uut registreerimislinki.
portal-login-failed = E-posti aadress või parool ei ole õige.
portal-login-wait = Liiga palju ebaõnnestunud katseid. Palun proovige uuesti { $minutes } minuti pärast.
portal-login-busy = Teenus on praegu ülekoormatud. Palun proovige hetke pärast uuesti.
portal-login-submit = Logi sisse
portal-code-title = Autentimiskood
portal-code-label = Teie autentimisrakenduse 6-kohaline kood või üks Teie taastekoodidest
portal-code-hint = Uus kood ilmub iga 30 sekundi järel; iga koodi saab kasutada ainult üks kord.
portal-code-failed = See kood ei ole õige või on seda juba kasutatud. Oodake järgmist koodi ja proovige uuesti.
portal-enrol-title = Seadistage oma konto
portal-enrol-intro = Tere tulemast, { $name }! Valige parool ja seadistage autentimisrakendus; mõlemat on vaja iga kord, kui sisse logite.
portal-enrol-password-heading = 1. Teie parool
portal-new-password = Uus parool
portal-new-password-again = Sama parool uuesti
portal-password-rules = Vähemalt 12 tähemärki. Mitut omavahel seostamata sõna on kerge meelde jätta ja raske ära arvata.
portal-password-mismatch = Kaks parooli ei ole ühesugused.
portal-password-too-short = Parool peab olema vähemalt { $min } tähemärki pikk.
portal-password-too-long = Parool võib olla kõige rohkem { $max } tähemärki pikk.
portal-password-weak-personal = Teie parool sisaldab Teie nime või e-posti aadressi. Valige parool, mida Teid tundvad inimesed ära arvata ei suudaks.
portal-password-weak-common = See on levinud parool või väga sarnane mõnele levinud paroolile. Valige midagi vähem etteaimatavat, näiteks mitu omavahel seostamata sõna.
portal-password-weak-pattern = Kordusi, jadasid nagu „abc“ või „6543“ ja klaviatuuril järjestikku asuvaid klahve on kerge ära arvata.
portal-password-weak-date = Kuupäevi ja aastaarve on kerge ära arvata.
portal-password-weak = Seda parooli on liiga kerge ära arvata. Lisage veel üks või kaks sõna.
portal-enrol-totp-heading = 2. Teie autentimisrakendus
portal-enrol-totp-intro = Skannige see kood autentimisrakendusega (näiteks FreeOTP, Aegis või Google Authenticator) ja sisestage seejärel 6-kohaline kood, mida rakendus näitab.
portal-enrol-qr-label = QR-kood, mida skannida autentimisrakendusega
portal-enrol-totp-manual = Kui Te ei saa koodi skannida, sisestage rakendusse see võti:
portal-enrol-code-wrong = Autentimiskood ei ole õige. Kontrollige, et rakendus näitab seda kontot, ja sisestage kood, mida see praegu näitab.
portal-enrol-submit = Lõpeta seadistamine
portal-recovery-title = Teie taastekoodid
portal-recovery-intro = Hoidke need kümme koodi turvalises kohas, telefonist eemal. Kui kaotate oma autentimisrakenduse, saate iga koodiga ühe korra sisse logida. Koode näidatakse ainult praegu.
portal-recovery-continue = Olen need talletanud – logi sisse
portal-queue-title = Juhtumid
portal-queue-empty = Juhtumeid veel ei ole.
portal-queue-none-match = Ükski juhtum ei vasta neile filtritele.
portal-queue-older = Vanemad juhtumid
portal-col-reference = Teate number
portal-col-received = Saabunud
portal-col-place = Riik / piirkond
portal-col-platform = Platvorm
portal-col-status = Olek
portal-col-assignee = Kellele määratud
portal-status-new = Uus
portal-status-in_review = Läbivaatamisel
portal-status-complaint_filed = Kuriteoteade esitatud
portal-status-forwarded = Edastatud
portal-status-no_action = Meetmeid ei võeta
portal-status-closed = Suletud

## Portaal: kasutajakontod ja auditilogi

portal-accounts-title = Kasutajakontod
portal-account-name = Nimi
portal-account-role = Roll
portal-account-authority = Asutus
portal-account-authority-hint = Ametnikud ja juhtivametnikud kuuluvad ühte asutusse; koordinaatorid ja administraatorid ei kuulu ühtegi asutusse.
portal-account-state = Olek
portal-account-actions = Toimingud
portal-account-active = Aktiivne
portal-account-pending = Veel registreerimata
portal-account-deactivated = Deaktiveeritud
portal-account-reenrol = Uus registreerimislink
portal-account-deactivate = Deaktiveeri
portal-account-new = Uus kasutajakonto
portal-account-language = Portaali ja selle e-kirjade keel
portal-account-create = Loo kasutajakonto
portal-account-link-intro = Andke see ühekordne link isikule üle isiklikult või usaldusväärse kanali kaudu. Seda saab kasutada ühe korra ja see kehtib 24 tundi; seda ei näidata enam uuesti.
portal-account-exists = Selle e-posti aadressiga kasutajakonto on juba olemas.
portal-account-email-invalid = See ei ole e-posti aadress.
portal-account-authority-wrong = Valige ametnikele ja juhtivametnikele asutus, koordinaatoritele ja administraatoritele aga mitte ühtegi.
portal-account-role-missing = Te ei saa selle rolliga kasutajakontot luua.
portal-audit-title = Auditilogi
portal-audit-intro = Iga sisselogimine, juhtumi vaatamine, otsing, eksport ja muudatus, uusimad eespool. Iga kirje on aheldatud eelmise kirjega, nii et logi muutmine tuvastatakse.
portal-audit-at = Aeg (UTC)
portal-audit-who = Kes
portal-audit-action = Toiming
portal-audit-detail = Üksikasjad
portal-audit-older = Vanemad kirjed

## Portaal: juhtumite loend (filtrid, otsing, eksport)

portal-queue-counts = Juhtumid oleku järgi
portal-queue-search = Otsing
portal-queue-search-hint = Teate number või telefoninumber, e-posti aadress, veebileht, rahakott, IBAN või platvorm nii, nagu ohver selle võis sisestada.
portal-filter-heading = Filtrid
portal-filter-any = Kõik
portal-filter-from = Saabunud alates
portal-filter-until = Saabunud kuni
portal-filter-country = Elukohariik (kahetäheline kood)
portal-filter-region = Piirkond (kood, nt DE-HE)
portal-filter-loss = Kahju vähemalt
portal-filter-currency = Valuuta (nt EUR)
portal-filter-recovery = Teatatud raha tagasitoomise pakkumisest
portal-filter-method = Makseviis
portal-filter-language = Ohvri keel
portal-filter-linked-abroad = Ainult juhtumid, mis on seotud teistest riikidest pärit teadetega
portal-filter-authority = Asutus (ID, nt ee-ppa)
portal-queue-apply = Näita juhtumeid
portal-queue-reset = Tühjenda filtrid
portal-export-heading = Eksport
portal-export-intro-queue = Laadi alla kõik juhtumid, mille need filtrid leiavad (mitte ainult see lehekülg), MISP-i, STIX 2.1 platvormi, arvutustabeli või oma tööriistade jaoks.
portal-export-intro-case = Laadi see juhtum alla MISP-i, STIX 2.1 platvormi, arvutustabeli või oma tööriistade jaoks.
portal-export-intro-cluster = Kõik selle rühma juhtumid ühes failis: nende väärtused ning MISP-i ja STIX-i puhul ka rühma ohvrid, riigid ja asutused. Rühma ekspordid ei sisalda kunagi ohvrite kontaktandmeid. Eksport kantakse auditilogisse.
portal-export-tlp = Jagamismärgis (Traffic Light Protocol)
portal-export-tlp-clear = TLP:CLEAR – avalikustamine pole piiratud
portal-export-tlp-green = TLP:GREEN – kogukonna piires
portal-export-tlp-amber = TLP:AMBER – saaja organisatsiooni ja selle klientide piires, ainult teadmisvajaduse korral
portal-export-tlp-amber-strict = TLP:AMBER+STRICT – ainult saaja organisatsiooni piires
portal-export-tlp-red = TLP:RED – ainult nimeliselt määratud saajad
portal-export-distribution = MISP-i levitamine
portal-export-distribution-hint = Kellega võib MISP-i instants imporditud sündmusi jagada.
portal-export-distribution-0 = Ainult teie organisatsioon
portal-export-distribution-1 = Ainult see kogukond
portal-export-distribution-2 = Ühendatud kogukonnad
portal-export-distribution-3 = Kõik kogukonnad
portal-export-contact = Lisa ohvrite kontaktandmed ja kirjeldused pettusest
portal-export-contact-rule = Ainult teie oma asutuse juhtumite puhul. Iga eksport kantakse auditilogisse.
portal-export-contact-never = Koordinaatorite ekspordid ei sisalda kunagi ohvrite kontaktandmeid.
portal-export-as = Laadi alla { $format }-vormingus
portal-queue-col-loss = Kahju kokku
portal-queue-col-payments = Maksed
portal-queue-col-indicators = Indikaatorid
portal-queue-col-linked = Seotud teated

## Portaal: üks juhtum (andmed, olek, märkmed, määramine)

portal-case-title = Juhtum { $reference }
portal-case-message = Saada ohvrile sõnum
portal-case-reroute = Suuna ümber
portal-case-unassigned = Mitte kellelegi
portal-case-victim = Ohver
portal-case-email = E-posti aadress
portal-case-email-confirmed = kinnitatud
portal-case-email-unconfirmed = kinnitamata
portal-case-phone = Telefoninumber
portal-case-language = Keel
portal-case-consent-authority = Nõus, et asutus võtab temaga ühendust
portal-case-consent-warnings = Nõus hoiatusi saama
portal-case-erased = Ohver kustutas kontaktandmed
portal-case-unreadable = (seda väärtust ei saa avada)
portal-case-routing = Suunamine
portal-case-residence = Elukoht
portal-case-geo = Teatatud asukohast (võrgu asukoht)
portal-case-geo-matches = ühtib elukohaga
portal-case-geo-differs = erineb elukohast
portal-case-authority = Pädev asutus
portal-case-routed-to = Kellele edastatud
portal-case-hub = koordineerimiskeskus
portal-case-routing-reason = Põhjus
portal-case-fraud = Pettus
portal-case-first-contact = Esimene kontakt
portal-case-platform = Platvorm
portal-case-remote-access = Kaugjuurdepääsuprogramm paigaldatud
portal-case-recovery-approach = Pakuti tasu eest „raha tagasitoomist“
portal-case-story = Ohvri sõnadega
portal-case-none = Andmeid ei esitatud.
portal-case-payments = Maksed
portal-case-payment-date = Kuupäev
portal-case-payment-amount = Summa
portal-case-payment-method = Makseviis
portal-case-payment-destination = Saaja
portal-case-payment-crypto = Krüptorahas
portal-case-payment-tx-hash = Tehingu räsi
portal-case-payment-source = Kust ostetud või saadetud
portal-case-indicators = Indikaatorid
portal-case-indicator-kind = Liik
portal-case-indicator-typed = Nagu sisestatud
portal-case-indicator-normalised = Normaliseeritud
portal-case-indicator-recovery = Raha tagasitoomise pakkumine
portal-case-kind-phone = Telefoninumber
portal-case-kind-email = E-posti aadress
portal-case-kind-domain = Veebileht
portal-case-kind-iban = IBAN
portal-case-kind-wallet-btc = Bitcoini rahakott
portal-case-kind-wallet-eth = Ethereumi rahakott
portal-case-kind-wallet-trx = Troni rahakott
portal-case-kind-alias = Kasutatud nimi
portal-case-kind-platform = Platvormi nimi
portal-linked-heading = Seotud teated
portal-linked-cluster = { $reports ->
        [one] See juhtum ei ole seotud ühegi teise teatega.
       *[other] See juhtum kuulub { $reports } omavahel seotud teatest koosnevasse rühma (see juhtum kaasa arvatud).
    }
portal-linked-none = Ühelgi teisel teatel ei ole selle juhtumiga ühiseid väärtusi.
portal-linked-summary = { $reports ->
        [one] ka ühes teises teates
       *[other] ka { $reports } teises teates
    }, { $countries ->
        [one] ühest riigist
       *[other] { $countries } riigist
    }
portal-linked-too-common = { $reports ->
        [one] esineb ühes teises teates
       *[other] esineb { $reports } teises teates
    }: liiga levinud, et selle alusel juhtumeid siduda
portal-linked-marked = koordinaatori märge: „ei seo“
portal-linked-authority = Asutus, kus need on
portal-linked-reports = Teated
portal-linked-countries = Ohvrite riigid
portal-case-status-heading = Muuda olekut
portal-case-status-to = Uus olek
portal-case-reason = Põhjus
portal-case-status-submit = Muuda olekut
portal-case-status-final = Selle juhtumi olekut ei saa muuta.
portal-case-status-not-allowed = Juhtumi praegusest olekust ei saa sellesse olekusse üle minna.
portal-case-reason-missing = Palun märkige muudatuse põhjus.
portal-case-text-too-long = See tekst on liiga pikk: kõige rohkem 10 000 tähemärki.
portal-case-assign-heading = Määramine
portal-case-assignee = Kellele määratud
portal-case-assign-submit = Määra
portal-case-assignee-not-allowed = Juhtumi saab määrata ainult selle asutuse aktiivsele ametnikule.
portal-case-timeline = Ajajoon
portal-case-received = Teade saabus
portal-case-event-status = Olek: { $status }
portal-case-event-assigned = Määratud: { $name }
portal-case-event-unassigned = Määramine tühistatud
portal-case-event-message = Sõnum ohvrile
portal-case-event-reroute = Ümber suunatud
portal-case-mail-receipt = E-kiri ohvrile: kinnitus
portal-case-mail-followup = E-kiri ohvrile: hoiatus { $step }
portal-case-mail-campaign = E-kiri ohvrile: hoiatus pettuselaine kohta
portal-case-mail-authority = Juhtum saadeti asutusele
portal-case-mail-state-pending = ootab saatmist
portal-case-mail-state-sent = saadetud
portal-case-mail-state-failed = ebaõnnestus
portal-case-mail-state-suppressed = saatmata (peatatud saatmisreeglite alusel)
portal-case-notes = Märkmed
portal-case-notes-none = Märkmeid veel ei ole.
portal-case-note = Lisa märge
portal-case-note-help = Märkmeid ei saa pärast lisamist muuta ega kustutada. Kõik asutuse ametnikud saavad neid lugeda.
portal-case-note-submit = Lisa märge

## Portaal: edasiandmine (sõnum ohvrile, ümbersuunamine)

portal-back-to-case = Tagasi juhtumi juurde
portal-message-title = Sõnum juhtumi { $reference } ohvrile
portal-message-intro = Ohver saab Teie sõnumi e-kirjaga oma keeles koos Teie asutuse nime ja teate numbriga ning näeb seda oma juhtumi isiklikul lehel, kus ta saab kontrollida, et sõnum on ehtne.
portal-message-label = Teie sõnum (lihttekst)
portal-message-help = Kõige rohkem { $max } tähemärki. Ärge kunagi küsige raha, tasusid, paroole ega kaugjuurdepääsu: ohvrile on öeldud, et ehtsad asutused ei tee seda kunagi.
portal-message-send = Saada sõnum
portal-message-empty = Palun kirjutage sõnum.
portal-message-too-long = Sõnum on liiga pikk: kõige rohkem { $max } tähemärki.
portal-message-no-address = Ohver ei andnud e-posti aadressi või on selle kustutanud: selle teenuse kaudu ei saa sõnumit saata.
portal-message-unconfirmed = Ohver ei ole oma e-posti aadressi veel kinnitanud: Teie sõnum on kohe näha tema juhtumi lehel, kuid e-kirjaga saadetakse see alles siis, kui ta aadressi kinnitab.
portal-reroute-title = Saada juhtum { $reference } teisele asutusele
portal-reroute-intro = Valitud asutust teavitatakse e-kirjaga ja ohvri juhtumi lehel nimetatakse see asutus. Praeguse asutuse ametnikud kaotavad juurdepääsu juhtumile kohe.
portal-reroute-current = Praegu käsitleb: { $name }
portal-reroute-target = Uus asutus
portal-reroute-hub = Koordineerimiskeskus (annab juhtumi edasi)
portal-reroute-reason = Miks juhtum sinna läheb (säilitatakse juhtumi juures; ohvrile ei näidata)
portal-reroute-send = Saada juhtum edasi
portal-reroute-unknown = Palun valige asutus loendist.
portal-reroute-same = Juhtum on juba selle asutuse käes. Palun valige mõni teine asutus.
portal-reroute-reason-empty = Palun märkige, miks juhtum läheb mujale.
portal-reroute-reason-too-long = Põhjus on liiga pikk: kõige rohkem { $max } tähemärki.

## Portaal: e-kirjad ametnikele (teavitused ja igapäevane kokkuvõte)

email-notice-subject = { $authority }: uus juhtum { $reference }
email-notice-intro = Asutusele { $authority } suunati juhtum:
email-notice-handed-on = See anti edasi teiselt asutuselt või koordineerimiskeskuselt.
email-notice-sign-in = Juhtumi lugemiseks logige sisse juhtumiportaali.
email-notice-no-data = Selles e-kirjas ei ole tahtlikult ohvri andmeid. Neid näidatakse ainult portaalis ja ainult pädeva asutuse ametnikele.
email-digest-subject = { $authority }: { $count ->
        [one] üks uus juhtum
       *[other] { $count } uut juhtumit
    }
email-digest-intro = Asutusele { $authority } on alates { $since } (UTC) suunatud või edasi antud { $count ->
        [one] üks juhtum
       *[other] { $count } juhtumit
    }:
email-digest-more = { $count ->
        [one] …ja veel üks juhtum.
       *[other] …ja veel { $count } juhtumit.
    } Kõik need on juhtumite loendis:
email-named-subject = Seotud teated nimega „{ $name }“
email-named-intro = Koordineerimiskeskus andis seotud teadete rühmale nime „{ $name }“: { $victims ->
        [one] üks ohver
       *[other] { $victims } ohvrit
    } { $countries ->
        [one] ühes riigis
       *[other] { $countries } riigis
    }, kelle teated nimetavad samu kontosid, rahakotte, numbreid või veebilehti. { $reports ->
        [one] Üks neist teadetest on asutuse { $authority } juhtum.
       *[other] { $reports } neist teadetest on asutuse { $authority } juhtumid.
    }
email-named-open = Teie juhtumid selles rühmas:
email-digest-links = Uued teated, mis on seotud teie varasemate juhtumitega
email-digest-link = { $new ->
        [one] Üks uus teade
       *[other] { $new } uut teadet
    } { $countries ->
        [one] ühest riigist
       *[other] { $countries } riigist
    } on ühise väärtuse kaudu seotud { $cases ->
        [one] ühe teie varasema juhtumiga
       *[other] { $cases } teie varasema juhtumiga, nende hulgas
    }:
portal-nav-notices = Juhtumite e-kirjad
portal-notices-title = Juhtumite e-kirjad
portal-notices-intro = Kui asutusele { $authority } suunatakse või antakse edasi juhtum, saavad selle asutuse ametnikud ja juhtivametnikud e-kirja, igaüks oma keeles. E-kirjas on nimetatud juhtum ja link selle juurde siin portaalis; ohvri andmeid e-kiri ei sisalda.
portal-notices-authority = Asutus
portal-notices-choice = Kui sageli
portal-notices-each = E-kiri iga juhtumi kohta
portal-notices-digest = Üks e-kiri päevas uute juhtumite loeteluga
portal-notices-show = Näita
portal-notices-save = Salvesta
portal-notices-saved = Salvestatud.
portal-notices-unknown = Palun valige asutus loendist.
portal-unattended-title = Käsitlemata juhtumid
portal-unattended-intro = Nendel asutustel ei ole aktiivset portaali kasutajakontot, seega ei loe keegi siin nende uusi juhtumeid. Edastage iga juhtum käsitsi asutuse avaliku kontaktkanali kaudu, seejärel määrake juhtumi olekuks „Edastatud“ ja märkige põhjuseks see kanal: seejärel kaob juhtum sellest loendist.
portal-unattended-authority = Asutus
portal-unattended-channel = Avalik kontaktkanal
portal-unattended-waiting = Uued juhtumid
portal-unattended-oldest = Vanim
portal-unattended-open = Ava need juhtumid
portal-unattended-none = Igal asutusel, millel on uusi juhtumeid, on aktiivne kasutajakonto.
portal-linkage-title = Väärtused, mis seovad juhtumeid, ja need, mis ei seo
portal-linkage-intro = Teated seotakse nende ühiste väärtuste kaudu. Mõni väärtus seoks omavahel juhtumeid, millel pole midagi ühist: suurte e-posti teenusepakkujate ja makseteenuste domeenid ei seo kunagi ning väärtus, mis esineb ebatavaliselt suures osas kõigist teadetest, lakkab sidumast. Võite väärtuse käsitsi märkida kui „ei seo“ või „seob“; seejärel koostatakse rühmad minuti jooksul uuesti. Iga muudatus kantakse auditilogisse.
portal-linkage-saved = Salvestatud. Rühmad koostatakse minuti jooksul uuesti.
portal-linkage-rebuild-due = Rühmad tuleb uuesti koostada; see toimub minuti jooksul.
portal-linkage-mark-heading = Väärtuse märkimine
portal-linkage-kind = Liik
portal-linkage-kind-platform = Platvormi nimi
portal-linkage-kind-domain = Veebileht
portal-linkage-kind-email = E-posti aadress
portal-linkage-kind-phone = Telefoninumber (koos riigikoodiga)
portal-linkage-kind-account = IBAN või rahakoti aadress
portal-linkage-value = Väärtus
portal-linkage-mark = Märge
portal-linkage-mark-not-linking = Ei seo
portal-linkage-mark-linking = Seob
portal-linkage-mark-none = Eemalda märge
portal-linkage-save = Salvesta märge
portal-linkage-not-of-kind = See ei ole valitud liiki väärtus. Kontrollige liiki ja kirjutage telefoninumbrid koos riigikoodiga.
portal-linkage-builtin = See väärtus on sisseehitatud loendis väärtustest, mis ei seo kunagi (suur e-posti teenusepakkuja, krüptobörs või makseteenus).
portal-linkage-marked = Koordinaatorite märgitud
portal-linkage-too-common = Sidumiseks liiga levinud
portal-linkage-too-common-intro = Need väärtused esinevad rohkemates teadetes, kui lävendi seaded lubavad, seega ei seo need midagi. Märkige väärtus „seob“, kui see kuulub tõesti ühe pettuse juurde.
portal-linkage-builtin-heading = Ei seo kunagi (sisseehitatud)
portal-linkage-why = Põhjus
portal-linkage-why-mail = suur e-posti teenusepakkuja (selle üksikud aadressid seovad endiselt)
portal-linkage-why-service = tuntud krüptobörs, makseteenus või sõnumirakendus
portal-overview-title = Piiriüleselt seotud juhtumid
portal-overview-intro = Teated, millel on ühine rahakott, pangakonto, telefoninumber, e-posti aadress, veebileht või platvormi nimi, moodustavad ühe rühma. Rühmad on siin loetletud koos nende ohvrite, riikide ja kahjuga; avage rühm, et näha, kus selle ohvrid elavad ja millistes asutustes on selle teated.
portal-overview-rank = Järjestamise alus
portal-overview-rank-victims = Ohvrite arv
portal-overview-rank-countries = Riikide arv
portal-overview-rank-loss = Kahju valitud valuutas
portal-overview-currency = Valuuta
portal-overview-show = Näita
portal-overview-none = Seotud teateid veel ei ole.
portal-overview-csv = Laadi see tabel alla (CSV)
portal-overview-caption = Seotud teadete rühmad
portal-overview-cluster = Rühm
portal-overview-cluster-name = Rühm { $id }
portal-overview-loss = Kahju ({ $currency })
portal-cluster-back = Tagasi ülevaate juurde
portal-cluster-name-heading = Nimeta kampaaniana
portal-cluster-name-intro = Kui rühmale nimi antakse, teavitatakse sellest kõiki asutusi, kus on selle rühma teateid: iga nende portaalikonto saab e-kirja oma keeles ja ühe e-kirja saab ka nende teadete vastuvõtu aadress. E-kirjas on öeldud, mitu rühma teadet on selle asutuse käes, ja link nende juhtumite juurde. E-kiri ei sisalda ohvrite andmeid.
portal-cluster-name-label = Nimi
portal-cluster-name-submit = Nimeta ja teavita rühma asutusi
portal-cluster-name-missing = Palun andke rühmale nimi.
portal-cluster-name-too-long = Nimi on liiga pikk: kõige rohkem { $max } tähemärki.
portal-cluster-named = Nimi on antud. Kõiki asutusi, kus on selle rühma teateid, teavitatakse minuti jooksul.
portal-cluster-campaign-hint = Et hoiatada selle rühma ohvreid, kes on hoiatuste saamisega nõustunud, saatke kampaaniahoiatus, mille sihtrühmas (target) on `cluster = { $id }` (vt README, jaotis „Campaigns“).
portal-cluster-victims = Ohvrid
portal-cluster-countries = Riigid
portal-cluster-authorities = Asutused
portal-cluster-first = Esimene teade
portal-cluster-last = Viimane teade
portal-cluster-map = Kus ohvrid elavad
portal-cluster-map-desc = Maailmakaart, millel riigid on toonitud ohvrite arvu järgi; { $countries ->
        [one] ohvreid on ühes riigis.
       *[other] ohvreid on { $countries } riigis.
    } Allolevas tabelis on samad arvud.
portal-cluster-none = Puudub.
portal-cluster-by-country = Ohvrid riikide kaupa
portal-cluster-country = Riik
portal-cluster-code = Kood
portal-cluster-losses = Kahju valuutade kaupa
portal-cluster-currency = Valuuta
portal-cluster-loss = Kahju
portal-cluster-weeks = Teated nädalate kaupa
portal-cluster-week = Nädal (esmaspäev)
portal-cluster-holders = Asutused, kus on rühma teated
portal-cluster-values = Mis on rühma teadetel ühist
portal-cluster-value = Väärtus
portal-cluster-value-reports = { $reports ->
        [one] üks teade
       *[other] { $reports } teadet
    }
portal-cluster-more = { $count ->
        [one] Veel üks väärtus on CSV-failis.
       *[other] Veel { $count } väärtust on CSV-failis.
    }

## Portaal: avaliku kontrolli kirjed (/portal/check)

portal-nav-check = Avalik kontroll
portal-check-title = Mida avalik kontroll näitab
portal-check-intro = Igaüks saab avaliku kontrolli lehel kontrollida veebilehte, e-posti aadressi, telefoninumbrit, IBANi või rahakotti. Väärtust näidatakse ainult siis, kui see esineb vähemalt kahes omavahel seostamata teates (eri brauseritest ja võrkudest), ning ohvrite arvu näidatakse ainult vahemikena, teadet ei näidata kunagi. Avaldage väärtus, et seda näidataks koos avaliku märkusega olenemata teadetest; võtke väärtus tagasi, et see jäädavalt peita, ükskõik kui paljud sellest teatavad, kuni see uuesti avaldatakse. Iga otsus kantakse auditilogisse.
portal-check-saved = Salvestatud. Avalik kontroll vastab nüüdsest selle järgi.
portal-check-decide-heading = Väärtuse avaldamine või tagasivõtmine
portal-check-value = Väärtus
portal-check-decision = Otsus
portal-check-publish = Avalda koos avaliku märkusega
portal-check-withdraw = Võta tagasi (ära näita kunagi)
portal-check-note = Avalik märkus
portal-check-note-help = Näidatakse avalikkusele täpselt nii, nagu see on kirjutatud, näiteks „Võltsitud advokaadibüroo, mis küsib ohvritelt raha tagasitoomise eest tasu“. Ärge nimetage ühtegi ohvrit ega juhtumit.
portal-check-note-required = Kirjutage avaldatud väärtusega kaasnev avalik märkus.
portal-check-note-long = Märkus on liiga pikk: kõige rohkem 300 tähemärki.
portal-check-service = See on tuntud teenuse domeen või aadress; avalik kontroll ei näita selle kohta midagi.
portal-check-save = Salvesta
portal-check-published = Avaldatud
portal-check-withdrawn = Tagasi võetud
portal-check-changed = Otsustatud (UTC)

## API tokens (/portal/api-tokens)
portal-nav-api-tokens = API-võtmed
portal-api-tokens-title = API-võtmed
portal-api-tokens-partner-intro = Partnerivõtmega saab panga või sideettevõtte süsteem teha API kaudu (/api/v1/check) päringuid avalikku kontrolli, et oma kliente hoiatada. See ei ava ühtegi juhtumit, vastab samamoodi nagu avaliku kontrolli leht (ei näita kunagi teadet ega ohvrit), on piiratud päringute arvuga minutis, kehtib kuni aegumise või tühistamiseni ning iga kasutus kantakse auditilogisse.
portal-api-tokens-intro = Võtmega saab teie asutuse süsteem lugeda teie asutuse juhtumeid API kaudu (/api/v1), ilma kontaktandmeteta. See ainult loeb, kehtib kuni aegumise või tühistamiseni ning iga kasutus kantakse auditilogisse.
portal-api-tokens-none = Teie asutusel pole veel ühtegi API-võtit.
portal-api-token-secret-intro = Kopeerige see võti kohe oma süsteemi: seda ei näidata uuesti. Igaüks, kellel see on, saab lugeda teie asutuse juhtumeid, kuni võti aegub või te selle tühistate.
portal-api-token-revoked-done = Võti on tühistatud: see ei ava enam API-t.
portal-api-token-name = Nimi
portal-api-token-created = Loodud
portal-api-token-expires = Aegub
portal-api-token-last-used = Viimati kasutatud
portal-api-token-state = Olek
portal-api-token-revoke = Tühista
portal-api-token-new = Uus võti
portal-api-token-days = Kehtib (päeva)
portal-api-token-create = Loo võti
portal-api-token-live = Aktiivne
portal-api-token-expired = Aegunud
portal-api-token-revoked = Tühistatud
portal-api-token-name-missing = Andke võtmele nimi (süsteem, mis seda kasutama hakkab).
portal-api-token-name-long = Nimi võib olla kuni { $max } märki pikk.
portal-api-token-days-invalid = Sisestage täisarv päevi vahemikus 1 kuni { $max }.

## Edastatud juhtum, mis saadeti krüpteeritud e-kirjaga asutuse OpenPGP-võtmele
sealed-case-subject = Uus juhtum { $reference }
sealed-case-intro = Uus juhtum asutusele { $authority }. See kiri on krüpteeritud Teie OpenPGP-võtmele { $fingerprint }.
sealed-case-contact-given = Ohver nõustus, et tema kontaktandmed edastatakse pädevale asutusele: need on toodud allpool ja lisatud failides.
sealed-case-contact-withheld = Ohver ei nõustunud oma kontaktandmete edastamisega asutusele: need on välja jäetud.
sealed-case-files = Lisatud: juhtum MISP-i sündmusena (case.misp.json) ja STIX 2.1 paketina (case.stix.json) analüüsitööriistadesse laadimiseks.
