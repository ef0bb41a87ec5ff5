## Gedeelde onderdelen van de pagina

site-name = Beleggingsfraude melden
skip-to-content = Direct naar de inhoud
language-label = Taal
footer-no-money = Deze dienst is gratis. Wij vragen u nooit om geld en nooit om toegang tot uw computer.
footer-about = Een openbare meldingsdienst voor slachtoffers van online beleggingsfraude.
footer-geoip = Het land van uw verbinding is geschat met IP-adresgegevens van de regionale internetregisters (ip-location-db, CC BY 4.0). Uw IP-adres wordt niet opgeslagen.

## Startpagina

home-title = Online beleggingsfraude melden
home-lead = Bent u geld kwijtgeraakt via een nepplatform voor handelen, beleggen of crypto? U kunt dat hier melden, in uw eigen taal.
home-what-we-do = Wij sturen uw melding door naar de politie of het fraudemeldpunt van het land waar u woont. En wij vertellen u wat u daarna kunt doen.
home-no-account = U hebt geen account nodig. Het duurt ongeveer tien minuten.
home-what-helps = Het helpt als u dit bij de hand hebt, als dat kan: de naam van het platform, het adres van de website, de telefoonnummers en e-mailadressen waarmee contact met u is opgenomen, en de gegevens van uw betalingen.
home-start = Start mijn melding

## Het meldformulier

form-title = Vertel ons wat er is gebeurd
form-intro = Beantwoord wat u kunt. Alleen de velden met ‘verplicht’ moet u invullen. Al het andere helpt, maar mag leeg blijven.
form-required = verplicht
form-optional = niet verplicht
form-submit = Mijn melding versturen
form-privacy = Wij gebruiken uw antwoorden alleen om uw melding door te sturen naar de bevoegde instantie en om u te waarschuwen voor nieuwe oplichtingspogingen. Wij verkopen of publiceren ze nooit.

section-you = Over u
field-contact-email = Uw e-mailadres
field-contact-email-help = Wij hebben het nodig om u een ontvangstbevestiging te sturen en om u te waarschuwen voor nieuwe oplichtingspogingen. Zonder e-mailadres kunnen wij u niet schrijven.
field-contact-phone = Uw telefoonnummer
field-contact-phone-help = Zodat de politie u kan terugbellen. Zet de landcode ervoor als dat kan, bijvoorbeeld +31.
field-residence = Land waar u woont
field-residence-help = Uw melding gaat naar de instantie die verantwoordelijk is voor dit land.
field-residence-choose = Kies een land
field-region = Regio waar u woont
field-region-help = In dit land is de politie per regio georganiseerd. Kiest u uw regio, dan gaat de melding direct naar de juiste politie. Weet u het niet zeker? Laat het veld dan leeg.
field-region-choose = Dat weet ik niet zeker
form-region-step = In uw land is de politie per regio georganiseerd. Kies hieronder uw regio en verstuur de melding opnieuw. Weet u het niet zeker? Verstuur de melding dan gewoon opnieuw zonder regio.

section-start = Hoe het begon
field-channel = Hoe werd u de eerste keer benaderd?
field-channel-choose = Kies één antwoord
channel-phone-call = Een telefoontje
channel-social-media = Een advertentie of bericht op sociale media
channel-messaging-app = Een berichtenapp (bijvoorbeeld WhatsApp of Telegram)
channel-email = Een e-mail
channel-website = Een website die ik zelf vond
channel-dating-app = Een datingapp of datingsite
channel-other = Op een andere manier
field-first-contact-date = Wanneer was dat?
field-date-help = Bijvoorbeeld 2024-03-31. Weet u de precieze datum niet? Dan is een schatting ook goed.

section-platform = Het platform en de personen
field-platform = Naam van het platform of bedrijf
field-platform-help = De naam van het handelsplatform, de broker of de app die ze u lieten zien.
field-websites = Websiteadressen
field-websites-help = Eén per regel, bijvoorbeeld trade-example.com.
field-caller-names = Namen die de personen gebruikten
field-caller-names-help = De namen die ze u gaven, ook als die waarschijnlijk vals waren. Eén per regel.
field-scam-phones = Telefoonnummers waarmee contact met u is opgenomen
field-scam-phones-help = Eén per regel, met de landcode als u die weet.
field-scam-emails = E-mailadressen waarmee contact met u is opgenomen
field-scam-emails-help = Eén per regel.
field-remote-access = Vroegen ze u om een programma zoals AnyDesk of TeamViewer op uw computer of telefoon te installeren?
answer-yes = Ja
answer-no = Nee
answer-unsure = Dat weet ik niet zeker

section-payments = Geld dat u hebt betaald
section-payments-help = Eén regel per betaling. De regels die u niet nodig hebt, laat u leeg.
payment-legend = Betaling { $number }
field-payment-date = Datum
field-payment-amount = Bedrag
field-payment-amount-help = Bijvoorbeeld 1500,50
field-payment-currency = Valuta
field-payment-currency-help = Drie letters, bijvoorbeeld EUR, USD of GBP.
field-payment-method = Hoe u hebt betaald
field-payment-method-choose = Kies één antwoord
method-bank-transfer = Bankoverschrijving
method-card = Betaalpas of creditcard
method-crypto = Cryptomunten
method-cash = Contant geld
method-other = Op een andere manier
field-payment-destination = Waar het geld naartoe ging
field-payment-destination-help = Het rekeningnummer (IBAN), het adres van de cryptowallet, of een ander kenmerk dat u hebt gekregen.
field-payment-crypto-amount = Bedrag in crypto
field-payment-crypto-amount-help = Als u met cryptomunten hebt betaald: het bedrag zoals uw cryptobeurs of wallet het toont, bijvoorbeeld 0.015 of 1250.5. U kunt ook het bedrag in gewoon geld invullen, of alleen een van de twee.
field-payment-asset = Cryptomunt
field-payment-network = Netwerk
field-payment-network-help = Alleen nodig voor USDT als u het walletadres niet invult: Tron (adressen beginnen met T) of Ethereum (adressen beginnen met 0x).
field-payment-tx-hash = Transactiehash (TxID)
field-payment-tx-hash-help = De lange code van deze transactie in de geschiedenis van uw cryptobeurs of wallet. Daarmee kan een cryptobeurs het geld terugvinden en soms bevriezen.
field-payment-source = Gekocht of verstuurd via
field-payment-source-help = De cryptobeurs, bank of app die u hebt gebruikt, bijvoorbeeld Binance, Coinbase of de naam van uw bank.
payments-add = Nog een betaling toevoegen

section-after = Daarna
field-recovery-approach = Heeft iemand u daarna aangeboden om uw geld terug te halen als u daarvoor betaalt?
field-story = Wat er is gebeurd, in uw eigen woorden
field-story-help = Maximaal { $max } tekens. Schrijf geen wachtwoorden of volledige kaartnummers op.

section-consent = Uw toestemming
field-consent-authority = Ik ga ermee akkoord dat deze melding wordt doorgestuurd naar de politie of het fraudemeldpunt van het land waar ik woon.
field-consent-warnings = Stuur mij per e-mail waarschuwingen over oplichting die gericht is op slachtoffers, zoals nepaanbiedingen om geld terug te halen.
honeypot-label = Laat dit veld leeg

## Foutmeldingen bij de velden

errors-title =
    { $count ->
        [one] Er is één probleem met uw melding
       *[other] Er zijn { $count } problemen met uw melding
    }
errors-intro = Uw antwoorden zijn bewaard. Verbeter de velden hieronder en verstuur de melding opnieuw.
error-required = Vul dit veld in.
error-too-long = Dit is te lang: maximaal { $max } tekens.
error-too-many-lines = Te veel regels: maximaal { $max }.
error-email = Dit lijkt geen e-mailadres. Controleer of er een tikfout in zit. Een voorbeeld: name@example.com.
error-phone = Dit lijkt geen telefoonnummer. Controleer het en zet de landcode ervoor, bijvoorbeeld +31 6 12345678.
error-country = Kies een land uit de lijst.
error-region = Kies een regio van het land waar u woont, of laat het veld leeg.
error-choice = Kies een van de antwoorden.
error-date-format = Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2024-03-31.
error-date-future = Deze datum ligt in de toekomst. Controleer de datum.
error-date-too-early = Deze datum ligt vóór 1990. Controleer de datum.
error-website = Regel { $line } is geen websiteadres. Schrijf het zo: trade-example.com.
error-scam-phone = Regel { $line } lijkt geen telefoonnummer. Zet de landcode ervoor als u die weet.
error-scam-email = Regel { $line } lijkt geen e-mailadres.
error-amount-format = Schrijf het bedrag alleen met cijfers, bijvoorbeeld 1500,50.
error-amount-positive = Het bedrag moet meer dan nul zijn.
error-amount-decimals =
    { $digits ->
        [0] { $currency } heeft geen centen: schrijf een heel getal.
       *[other] Bij { $currency } zijn hoogstens { $digits } decimalen mogelijk.
    }
error-currency = Schrijf een valutacode van drie letters, bijvoorbeeld EUR.
error-payment-incomplete = Vul het bedrag met de valuta in, of het bedrag in crypto met de cryptomunt, of laat de hele regel leeg.
error-crypto-incomplete = Vul zowel het bedrag in crypto in als de cryptomunt waarmee is betaald.
error-network-needed = { $asset } wordt via Tron of via Ethereum verstuurd: kies het netwerk, of vul het walletadres in waar het naartoe ging.
error-not-on-network = { $asset } wordt niet via { $chain } verstuurd: controleer de cryptomunt, het adres en het netwerk.
error-tx-hash-length = Een transactiehash ({ $chain }) heeft 64 letters en cijfers, niet { $length }. Kopieer de hash opnieuw uit uw wallet of van uw cryptobeurs.
error-tx-hash-characters = Een transactiehash ({ $chain }) bevat alleen de cijfers 0 tot en met 9 en de letters a tot en met f. Kopieer de hash opnieuw uit uw wallet of van uw cryptobeurs.
error-tx-hash-prefix = Een transactiehash ({ $chain }) begint niet met 0x. Controleer het netwerk, of kopieer de hash opnieuw.
error-tx-hash-network = Kies de cryptomunt of het netwerk, of vul het walletadres in, zodat deze transactiehash kan worden gecontroleerd.
error-iban = Dit rekeningnummer (IBAN) klopt niet: de controlecijfers komen niet overeen. Vergelijk het met uw bankafschrift.
error-iban-country = Dit lijkt op een IBAN, maar een IBAN begint met de code van het land, en { $code } is geen land dat IBAN gebruikt. Controleer de eerste twee letters.
error-iban-format = Dit lijkt op een IBAN uit { $country }, maar er staan te veel of te weinig tekens in, of een letter waar een cijfer hoort. Vergelijk het met uw bankafschrift.
error-wallet = Dit lijkt op een walletadres ({ $chain }), maar de ingebouwde controle komt niet overeen: waarschijnlijk is er een teken verkeerd getypt. Kopieer het opnieuw uit uw wallet of van uw cryptobeurs.
error-wallet-characters = Dit lijkt op een walletadres ({ $chain }), maar er staan tekens in die nooit in zo’n adres voorkomen: { $characters }. Kopieer het opnieuw uit uw wallet of van uw cryptobeurs.
error-wallet-length = Dit lijkt op een walletadres ({ $chain }), maar het heeft { $length } tekens in plaats van { $expected }. Kopieer het opnieuw uit uw wallet of van uw cryptobeurs.
error-wallet-case =
    { $chain ->
        [Ethereum] Dit lijkt op een walletadres (Ethereum), maar de hoofdletters kloppen niet met de ingebouwde controle (EIP-55): waarschijnlijk is er een teken verkeerd getypt. Kopieer het opnieuw uit uw wallet of van uw cryptobeurs.
       *[other] Dit lijkt op een walletadres ({ $chain }), maar er staan hoofdletters en kleine letters door elkaar, wat zo’n adres nooit heeft. Kopieer het opnieuw uit uw wallet of van uw cryptobeurs.
    }
error-consent-authority = Wij kunnen uw melding alleen doorsturen als u daarvoor toestemming geeft.
error-warnings-need-email = Wilt u waarschuwingen per e-mail ontvangen? Vul dan uw e-mailadres in.
error-honeypot = Laat het laatste, verborgen veld leeg.
error-form-expired = Voor uw veiligheid is dit formulier verlopen. Uw antwoorden zijn bewaard: klik nog een keer op ‘Mijn melding versturen’.
error-rate-limited = Er zijn te veel meldingen verstuurd vanaf uw verbinding. Wacht een minuut en probeer het opnieuw.
error-store-unavailable = Uw melding kon zojuist niet worden opgeslagen: onze database is even niet bereikbaar. Niets van wat u hebt ingevuld is verloren, alles staat hieronder nog. Wacht een minuut en klik dan nog een keer op ‘Mijn melding versturen’.

## De ontvangstbevestiging

receipt-title = Uw melding is ontvangen
receipt-saved = Uw melding is opgeslagen. Dank u wel dat u hier de tijd voor hebt genomen: zo helpt u deze criminelen te stoppen.
receipt-reference-label = Uw meldingsnummer
receipt-reference-help = Schrijf het op. Noem het als u met de politie praat. Het staat in elk bericht van deze dienst. Zo kunt u controleren of een bericht echt van ons komt.
receipt-link-label = Uw persoonlijke link
receipt-link-help = Bewaar deze link voor uzelf, bijvoorbeeld als bladwijzer. Hiermee kunt u later nog informatie toevoegen. Deel de link met niemand.
receipt-authority-title = Wie uw melding behandelt
receipt-authority-intro = De instantie die verantwoordelijk is voor de plaats waar u woont:
receipt-authority-because = U hebt opgegeven dat u hier woont: { $place }. Meldingen van daar gaan naar deze instantie.
receipt-authority-complaint = Zo doet u daar aangifte:
receipt-authority-website = Website
receipt-authority-report-page = Meldpagina
receipt-authority-phone = Telefoon
receipt-hub = Wij hebben nog geen contact bij de politie van uw land. Ons coördinatieteam stuurt uw melding door naar de bevoegde instantie.
receipt-next-title = Wat er nu gebeurt
receipt-next-authority = Wij sturen uw melding door naar de politie of het fraudemeldpunt van het land waar u woont.
receipt-next-complaint = Deze melding is geen officiële aangifte. Wilt u aangifte doen? Neem dan contact op met de politie bij u in de buurt en geef hun uw meldingsnummer.
receipt-next-email = Hebt u uw e-mailadres gegeven? Dan krijgt u een ontvangstbevestiging met uw meldingsnummer.
receipt-next-bank = Is een betaling pas gedaan? Bel dan nu uw bank of de cryptobeurs die u hebt gebruikt. Soms kunnen zij de betaling nog tegenhouden of terughalen.
receipt-another = Nog een oplichting melden

## Waarschuwing voor ‘hersteloplichting’

warning-title = Let op: de oplichters kunnen terugkomen
warning-intro = Na een oplichting worden veel slachtoffers opnieuw benaderd door mensen die beloven het geld terug te halen. Ook dat zijn criminelen. Ze weten vaak uw naam, de bedragen en de data.
warning-no-fee = Geen enkele instantie en geen enkele echte hulpverlener vraagt u geld om uw geld terug te halen.
warning-no-unfreeze = Niemand kan uw geld ‘deblokkeren’ of ‘vrijgeven’ in ruil voor een betaling, belasting of licentiekosten.
warning-no-official = Echte instanties schrijven nooit vanaf Gmail, Yahoo of vergelijkbare adressen. Ze vragen nooit om toegang op afstand tot uw computer, om cryptomunten of om cadeaukaarten. En ze vragen u nooit om nieuwe rekeningen in het buitenland te openen.
warning-verify = Zegt iemand dat hij belt namens de politie, een rechtbank, een advocaat of Europol? Hang dan op. Zoek het officiële nummer op de eigen website van die instantie en bel zelf terug. Vraag hoe ze u hebben gevonden.
warning-repeat = Als u eenmaal betaalt, stoppen de eisen niet: na elke betaling komt er een nieuwe.
warning-report = Wordt u benaderd? Meld het dan bij dezelfde instantie als de eerste oplichting.
warning-our-messages = Onze eigen berichten vragen u nooit om geld en bevatten nooit een link naar een betaalpagina. Ze tonen altijd uw meldingsnummer.

## E-mails

email-receipt-subject = Uw melding { $reference } is ontvangen
email-hello = Goedendag,
email-receipt-intro = Dank u wel voor uw melding. Die is opgeslagen onder dit meldingsnummer:
email-genuine = Zo herkent u onze echte berichten: ze noemen altijd uw meldingsnummer { $reference }, ze vragen u nooit om geld en ze bevatten nooit een link naar een betaalpagina.
email-why = U krijgt deze e-mail omdat dit adres is opgegeven bij een fraudemelding. Was u dat niet? Dan kunt u deze e-mail negeren.

## Andere pagina's

not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet. Controleer het adres of begin op de startpagina.
error-page-title = Er is iets misgegaan
error-page-text = Sorry, dit is niet gelukt. Aan uw kant is niets verloren gegaan: probeer het over een paar minuten opnieuw.
back-home = Naar de startpagina
too-large-title = Te veel in één keer
too-large-text = Wat u verstuurde is langer dan deze dienst aanneemt; daarom is niets opgeslagen. Ga terug met de terugknop van uw browser (wat u invulde staat er meestal nog), maak de langste teksten korter en verstuur opnieuw.

## E-mails: bevestiging, persoonlijke link, afmelden

email-confirm-title = Bevestig uw e-mailadres
email-confirm-text = Wij sturen u verder niets totdat u hebt bevestigd dat dit adres van u is. Open deze link en klik daar op de knop:
email-case-link = Via uw persoonlijke link naar uw dossier kunt u informatie toevoegen, iemand melden die aanbiedt om uw geld terug te halen, of uw waarschuwingen aanpassen:
email-unsubscribe = U krijgt deze waarschuwingen omdat u daar bij uw melding om hebt gevraagd. Wilt u ze niet meer ontvangen? Open dan deze link (inloggen is niet nodig):
email-followup-close = Wordt u benaderd? Betaal dan niets en installeer niets. Meld het bij de instantie die uw melding behandelt, en voeg het via uw persoonlijke link toe aan uw dossier.
email-campaign-intro = Dit is een waarschuwing van het coördinatieteam van deze dienst. Het gaat om een vorm van oplichting die nu de ronde doet en die gericht is op mensen die een soortgelijke fraude hebben gemeld als u (uw meldingsnummer: { $reference }).

## Vervolgwaarschuwingen (verstuurd 3, 14, 45, 120 en 365 dagen na de melding)

followup-1-subject = Melding { $reference }: pas op voor aanbiedingen om uw geld terug te halen
followup-1-intro = Een paar dagen geleden hebt u beleggingsfraude gemeld (meldingsnummer { $reference }). In de dagen na een verlies worden veel slachtoffers benaderd door mensen die aanbieden om het geld terug te halen. Denk eraan:
followup-1-point-1 = Ze weten misschien uw naam, de bedragen en het platform dat u gebruikte. Dat bewijst niet dat ze echt zijn: dezelfde criminelen geven de gegevens van slachtoffers vaak door of verkopen ze.
followup-1-point-2 = Geen politie, rechtbank, advocaat of bedrijf dat geld terughaalt, vraagt om kosten, belasting of een borg voordat u uw geld terugkrijgt.
followup-1-point-3 = Geef niemand toegang op afstand tot uw computer of telefoon. Open geen nieuwe rekeningen alleen omdat iemand u dat zegt.
followup-2-subject = Melding { $reference }: zo controleert u wie er echt belt
followup-2-intro = Twee weken geleden hebt u beleggingsfraude gemeld (meldingsnummer { $reference }). Oplichters die beloven geld terug te halen, doen zich vaak voor als medewerkers van een officiële instantie. Zo kunt u dat controleren:
followup-2-point-1 = Vertrouw niet op het nummer dat uw telefoon laat zien, en ook niet op een logo, een dienstnummer of een officieel uitziende brief: dat kan allemaal vervalst zijn.
followup-2-point-2 = Hang op. Zoek zelf het nummer van de instantie op. Gebruik daarvoor de officiële website van die instantie, niet het bericht dat u hebt gekregen. Bel dan terug.
followup-2-point-3 = Vraag hoe ze u hebben gevonden en waarom ze geld nodig hebben. Een echte medewerker van een instantie neemt het u nooit kwalijk dat u dit controleert.
followup-3-subject = Melding { $reference }: nieuwe trucs van oplichters die beloven geld terug te halen
followup-3-intro = Enkele weken geleden hebt u beleggingsfraude gemeld (meldingsnummer { $reference }). Oplichters die beloven geld terug te halen, gebruiken op dit moment deze trucs:
followup-3-point-1 = Nepadvocatenkantoren en bureaus voor ‘vermogensherstel’ met professionele websites. Ze beloven uw geld op te sporen als u eerst betaalt.
followup-3-point-2 = Berichten die zogenaamd komen van Europol, Interpol, een financiële toezichthouder of een rechtbank. Daarin staat dat uw geld is gevonden en na een betaling kan worden vrijgegeven.
followup-3-point-3 = Diensten voor ‘blockchainonderzoek’ of ‘cryptoforensisch onderzoek’ die vragen om een betaling of om toegang tot uw wallet.
followup-4-subject = Melding { $reference }: de oplichters kunnen nog steeds terugkomen
followup-4-intro = Uw melding is inmiddels een paar maanden geleden (meldingsnummer { $reference }). Criminelen komen vaak terug met een nieuw verhaal. Wees voorzichtig met:
followup-4-point-1 = Aanbiedingen om mee te doen aan een collectieve claim, een schadefonds of een terugbetaling door het platform, als u daarvoor eerst kosten of belasting moet betalen.
followup-4-point-2 = Elk verzoek om geld, om toegang op afstand tot uw apparaten of om uw bank- of walletgegevens.
followup-4-point-3 = Druk om snel te beslissen of om het geheim te houden. Praat met iemand die u vertrouwt voordat u iets beslist.
followup-5-subject = Melding { $reference }: ook na een jaar is de waarschuwing nog belangrijk
followup-5-intro = Het is een jaar geleden dat u uw melding deed (meldingsnummer { $reference }). Oplichters die beloven geld terug te halen, benaderen slachtoffers zelfs jaren later nog. Denk er daarom aan:
followup-5-point-1 = Echte instanties vragen nooit om kosten om geld terug te geven. Wie van u vraagt om eerst te betalen, is een crimineel.
followup-5-point-2 = Bent u opnieuw geld kwijtgeraakt, of heeft iemand u benaderd? Meld het dan: uw persoonlijke link werkt nog steeds.
followup-5-point-3 = Dit is onze laatste geplande waarschuwing. Wij schrijven u alleen nog als er een waarschuwing is over een nieuwe vorm van oplichting die voor u van belang is.

## Adres bevestigen, waarschuwingen stoppen

confirm-title = Bevestig uw e-mailadres
confirm-text = Klik op de knop om te bevestigen dat dit e-mailadres van u is. Daarna kunnen wij u de waarschuwingen sturen waar u om hebt gevraagd.
confirm-button = Mijn adres bevestigen
confirm-done-title = Uw adres is bevestigd
confirm-done-text = Dank u wel. U kunt onze waarschuwingen op elk moment stoppen via de link onderaan elk bericht.
token-invalid-title = Deze link werkt niet
token-invalid-text = De link is misschien onvolledig, al gebruikt of te oud. Kopieer de hele link uit de e-mail, of open de persoonlijke link naar uw dossier.
unsubscribe-title = Waarschuwingen stoppen
unsubscribe-text = Klikt u op de knop, dan sturen wij geen waarschuwingen meer naar dit adres. Dit heeft geen gevolgen voor uw melding.
unsubscribe-button = Waarschuwingen stoppen
unsubscribe-done-title = U krijgt geen waarschuwingen meer
unsubscribe-done-text = Wij sturen geen e-mails meer naar dit adres. Uw melding blijft bewaard en gaat nog steeds naar de instantie.

## De persoonlijke pagina van uw dossier

receipt-next-confirm = Bevestig daarna uw adres via de link in die e-mail. Zolang u dat niet doet, sturen wij u verder niets.
case-email-title = Uw e-mailadres
case-email-confirmed = Uw e-mailadres is bevestigd.
case-email-unconfirmed = Uw e-mailadres is nog niet bevestigd. Open de link in de e-mail die wij u hebben gestuurd. Tot die tijd sturen wij u verder niets.
case-prefs-title = Waarschuwingen per e-mail
case-prefs-save = Mijn keuze opslaan
case-prefs-saved = Uw keuze is opgeslagen.
case-approach-title = Heeft iemand aangeboden om uw geld terug te halen?
case-approach-intro = Heeft iemand na de oplichting contact met u opgenomen en aangeboden om uw geld terug te halen? Vertel ons dan hoe die persoon u heeft bereikt. Wij voegen dit voor de instantie aan uw dossier toe als aanbod om geld terug te halen. Betaal deze mensen niets.
case-approach-submit = Toevoegen aan mijn dossier
case-approach-saved = Dank u wel. Wij hebben dit aan uw dossier toegevoegd als aanbod om geld terug te halen. Betaal deze mensen niets en installeer niets waar ze om vragen.
case-approach-empty = Vul ten minste één telefoonnummer, e-mailadres of website in.
rate-limited-title = Wacht even een minuut
rate-limited-text = Er kwamen in korte tijd te veel verzoeken van uw verbinding. Wacht een minuut en probeer het opnieuw; wat u al hebt opgeslagen, blijft bewaard.
case-erase-title = Uw contactgegevens wissen
case-erase-text = Hiermee worden uw e-mailadres, uw telefoonnummer en uw eigen verslag van wat er gebeurde direct en definitief uit deze melding verwijderd. De feiten van de zaak (betalingen, websites, telefoonnummers van de oplichters) blijven bij de instantie. Daarna ontvangt u geen e-mails meer over deze melding.
case-erase-button = Mijn contactgegevens wissen
case-erased = Uw contactgegevens en uw verslag zijn uit deze melding gewist. Er worden daarover geen e-mails meer verstuurd.
case-messages-title = Berichten van de instantie
case-messages-intro = Elk bericht dat een instantie u over deze melding stuurt, wordt ook hier getoond. Krijgt u een bericht dat beweert van de politie te komen en over uw melding gaat, maar staat het hier niet? Dan is het niet echt.
case-message-from = Van { $authority }, { $date }
case-message-hub = Ons coördinatieteam
email-message-subject = Een bericht van { $authority } over uw melding { $reference }
email-message-intro = { $authority } heeft u dit bericht gestuurd over uw melding { $reference }:
email-message-check = U kunt controleren of dit bericht echt is: het staat ook op de persoonlijke pagina van uw dossier. Open die pagina via de link uit uw ontvangstbevestiging of via uw eigen bladwijzer, niet via een link in een e-mail. Deze e-mail bevat geen link naar uw dossier.

## ‘Is dit aanbod oplichting?’ (/check)

check-title = Is dit aanbod oplichting? Controleer het hier
check-intro = Biedt iemand aan om uw verloren geld terug te halen als u daarvoor betaalt? Of belooft een website hoge rendementen? Vul hun website, e-mailadres, telefoonnummer, bankrekening (IBAN) of het adres van hun cryptowallet in. Wij vertellen u of slachtoffers het bij ons hebben gemeld.
check-field = Website, e-mailadres, telefoonnummer, IBAN of walletadres
check-field-help = Eén tegelijk. Schrijf telefoonnummers met de landcode, bijvoorbeeld +44 20 7946 0000.
check-submit = Controleren
check-private = Wij slaan niet op wat u controleert.
check-rate-limited = U hebt in korte tijd veel gegevens gecontroleerd. Wacht een minuut en probeer het opnieuw.
check-checked = U hebt gecontroleerd:
check-listed-title = Slachtoffers hebben dit bij ons gemeld
check-listed-recovery = Als aanbod om geld ‘terug te halen’ na een oplichting: { $band ->
    [one] gemeld door één slachtoffer.
    [some] gemeld door 2 tot 9 slachtoffers.
   *[many] gemeld door 10 of meer slachtoffers.
}
check-listed-fraud = Als onderdeel van beleggingsfraude: { $band ->
    [one] gemeld door één slachtoffer.
    [some] gemeld door 2 tot 9 slachtoffers.
   *[many] gemeld door 10 of meer slachtoffers.
}
check-listed-countries = { $countries ->
    [one] De slachtoffers die het hebben gemeld, wonen in één land.
   *[other] De slachtoffers die het hebben gemeld, wonen in { $countries } landen.
}
check-listed-note = Opmerking van ons coördinatieteam:
check-listed-advice = Betaal hun niets en geef hun niet uw bankgegevens, uw documenten of toegang tot uw computer. Reageer niet meer op hen.
check-not-found-title = Niet in onze meldingen
check-not-found = Hierover hebben wij niets. Dat betekent niet dat het veilig is: oplichters veranderen om de paar dagen van website, nummer en adres, en wij tonen een gegeven pas als meerdere slachtoffers het hebben gemeld.
check-service-title = Een bekende dienst
check-service = Dit is een bekende dienst, zoals een grote e-mailprovider, een cryptobeurs, een betaaldienst of een berichtenapp. Slachtoffers noemen die dienst omdat ze hem hebben gebruikt, dus wij tonen er niets over. Iemand die contact met u opneemt, kan de naam toch misbruiken: zoek de officiële contactgegevens op de eigen website van de dienst en vraag het daar na.
check-report = Melden
check-link = Heeft iemand aangeboden om uw geld terug te halen? Controleer dan eerst hun website, nummer of adres.
error-check-unknown = Wij kunnen dit niet lezen als website, e-mailadres, telefoonnummer, IBAN of walletadres. Controleer het op typfouten, bijvoorbeeld example.com of +44 20 7946 0000.

## Politieportaal

forbidden-title = Niet toegestaan
forbidden-text = Deze handeling is hier niet toegestaan. Hebt u deze pagina vanuit een oud tabblad geopend? Ga dan terug, laad de pagina opnieuw en probeer het nog een keer.
portal-name = Dossierportaal
portal-nav-label = Portaal
portal-nav-cases = Dossiers
portal-nav-unattended = Onbehandeld
portal-nav-overview = Overzicht
portal-nav-linkage = Koppelende waarden
portal-nav-accounts = Accounts
portal-nav-audit = Auditlog
portal-logout = Uitloggen
portal-role-officer = Behandelaar
portal-role-lead = Teamleider
portal-role-coordinator = Coördinator
portal-role-admin = Beheerder
portal-login-title = Inloggen
portal-email = E-mailadres
portal-password = Wachtwoord
portal-login-next = Doorgaan
portal-login-help = Accounts worden aangemaakt door de teamleider van uw instantie of door de beheerder van de dienst. Bent u uw authenticator-app en uw herstelcodes kwijt? Vraag hen dan om een nieuwe activatielink.
portal-login-failed = Het e-mailadres of het wachtwoord klopt niet.
portal-login-wait = Te veel mislukte pogingen. Probeer het over { $minutes } minuten opnieuw.
portal-login-busy = De dienst is op dit moment overbelast. Probeer het zo meteen opnieuw.
portal-login-submit = Inloggen
portal-code-title = Authenticatiecode
portal-code-label = De 6-cijferige code uit uw authenticator-app, of een van uw herstelcodes
portal-code-hint = Elke 30 seconden verschijnt een nieuwe code; elke code werkt maar één keer.
portal-code-failed = Deze code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.
portal-enrol-title = Uw account instellen
portal-enrol-intro = Welkom, { $name }. Kies een wachtwoord en stel een authenticator-app in; u hebt ze allebei nodig telkens wanneer u inlogt.
portal-enrol-password-heading = 1. Uw wachtwoord
portal-new-password = Nieuw wachtwoord
portal-new-password-again = Hetzelfde wachtwoord nog een keer
portal-password-rules = Minstens 12 tekens. Een paar woorden die niets met elkaar te maken hebben, zijn makkelijk te onthouden en moeilijk te raden.
portal-password-mismatch = De twee wachtwoorden zijn niet hetzelfde.
portal-password-too-short = Uw wachtwoord moet minstens { $min } tekens hebben.
portal-password-too-long = Uw wachtwoord mag maximaal { $max } tekens hebben.
portal-password-weak-personal = Uw wachtwoord bevat uw naam of e-mailadres. Kies een wachtwoord dat mensen die u kennen niet kunnen raden.
portal-password-weak-common = Dit is een veelgebruikt wachtwoord, of het lijkt daar sterk op. Kies iets wat minder voorspelbaar is, bijvoorbeeld een paar woorden die niets met elkaar te maken hebben.
portal-password-weak-pattern = Herhalingen, reeksen zoals ‘abc’ of ‘6543’ en rijen toetsen naast elkaar zijn makkelijk te raden.
portal-password-weak-date = Datums en jaartallen zijn makkelijk te raden.
portal-password-weak = Dit wachtwoord is te makkelijk te raden. Voeg nog een of twee woorden toe.
portal-enrol-totp-heading = 2. Uw authenticator-app
portal-enrol-totp-intro = Scan deze code met een authenticator-app (bijvoorbeeld FreeOTP, Aegis of Google Authenticator) en typ daarna de 6-cijferige code die de app toont.
portal-enrol-qr-label = QR-code om te scannen met een authenticator-app
portal-enrol-totp-manual = Kunt u de code niet scannen? Typ dan deze sleutel in de app:
portal-enrol-code-wrong = De authenticatiecode klopt niet. Controleer of de app dit account toont en typ de code die de app nu toont.
portal-enrol-submit = Instellen voltooien
portal-recovery-title = Uw herstelcodes
portal-recovery-intro = Bewaar deze tien codes op een veilige plek, niet bij uw telefoon. Raakt u uw authenticator-app kwijt, dan kunt u met elke code één keer inloggen. Ze worden alleen nu getoond.
portal-recovery-continue = Ik heb ze bewaard – inloggen
portal-queue-title = Dossiers
portal-queue-empty = Nog geen dossiers.
portal-queue-none-match = Geen dossier voldoet aan deze filters.
portal-queue-older = Oudere dossiers
portal-col-reference = Meldingsnummer
portal-col-received = Ontvangen
portal-col-place = Land / regio
portal-col-platform = Platform
portal-col-status = Status
portal-col-assignee = Toegewezen aan
portal-status-new = Nieuw
portal-status-in_review = In beoordeling
portal-status-complaint_filed = Aangifte gedaan
portal-status-forwarded = Doorgestuurd
portal-status-no_action = Geen actie
portal-status-closed = Afgesloten
portal-accounts-title = Accounts
portal-account-name = Naam
portal-account-role = Rol
portal-account-authority = Instantie
portal-account-authority-hint = Behandelaars en teamleiders horen bij één instantie; coördinatoren en beheerders bij geen enkele.
portal-account-state = Status
portal-account-actions = Acties
portal-account-active = Actief
portal-account-pending = Nog niet geactiveerd
portal-account-deactivated = Gedeactiveerd
portal-account-reenrol = Nieuwe activatielink
portal-account-deactivate = Deactiveren
portal-account-new = Nieuw account
portal-account-language = Taal van het portaal en de bijbehorende e-mails
portal-account-create = Account aanmaken
portal-account-link-intro = Geef deze eenmalige link persoonlijk of via een vertrouwd kanaal aan de betrokkene. De link werkt één keer, gedurende 24 uur; hij wordt niet nog een keer getoond.
portal-account-exists = Er bestaat al een account met dit e-mailadres.
portal-account-email-invalid = Dit is geen e-mailadres.
portal-account-authority-wrong = Kies een instantie voor behandelaars en teamleiders, en geen instantie voor coördinatoren en beheerders.
portal-account-role-missing = U kunt geen account met deze rol aanmaken.
portal-audit-title = Auditlog
portal-audit-intro = Elke inlog, elke keer dat een dossier is bekeken, elke zoekopdracht, elke export en elke wijziging, de nieuwste eerst. Elke regel is gekoppeld aan de regel ervoor, zodat wijzigingen in het log worden opgemerkt.
portal-audit-at = Tijd (UTC)
portal-audit-who = Wie
portal-audit-action = Handeling
portal-audit-detail = Details
portal-audit-older = Oudere regels

## Portaal: de lijst met dossiers (filters, zoeken, export)

portal-queue-counts = Dossiers per status
portal-queue-search = Zoeken
portal-queue-search-hint = Een meldingsnummer, of een telefoonnummer, e-mailadres, website, wallet, IBAN of platform zoals het slachtoffer het misschien heeft ingetypt.
portal-filter-heading = Filters
portal-filter-any = Alle
portal-filter-from = Ontvangen vanaf
portal-filter-until = Ontvangen tot en met
portal-filter-country = Woonland (code van twee letters)
portal-filter-region = Regio (code, bijv. DE-HE)
portal-filter-loss = Verlies ten minste
portal-filter-currency = Valuta (bijv. EUR)
portal-filter-recovery = Aanbod om geld terug te halen gemeld
portal-filter-method = Betaalwijze
portal-filter-language = Taal van het slachtoffer
portal-filter-linked-abroad = Alleen dossiers die gekoppeld zijn aan meldingen uit andere landen
portal-filter-authority = Instantie (id, bijv. ee-ppa)
portal-queue-apply = Dossiers tonen
portal-queue-reset = Filters wissen
portal-export-heading = Exporteren
portal-export-intro-queue = Alle dossiers downloaden die deze filters vinden (niet alleen deze pagina), voor MISP, een STIX 2.1-platform, een spreadsheet of uw eigen hulpmiddelen.
portal-export-intro-case = Dit dossier downloaden voor MISP, een STIX 2.1-platform, een spreadsheet of uw eigen hulpmiddelen.
portal-export-intro-cluster = Alle dossiers van dit cluster in één bestand: hun waarden en, voor MISP en STIX, de slachtoffers, landen en instanties van het cluster. Exports van een cluster bevatten nooit contactgegevens van slachtoffers. De export wordt vastgelegd in het auditlog.
portal-export-tlp = Deelmarkering (Traffic Light Protocol)
portal-export-tlp-clear = TLP:CLEAR – verspreiding niet beperkt
portal-export-tlp-green = TLP:GREEN – binnen de gemeenschap
portal-export-tlp-amber = TLP:AMBER – binnen de organisatie van de ontvanger en haar klanten, alleen waar nodig
portal-export-tlp-amber-strict = TLP:AMBER+STRICT – alleen binnen de organisatie van de ontvanger
portal-export-tlp-red = TLP:RED – alleen bij naam genoemde ontvangers
portal-export-distribution = MISP-distributie
portal-export-distribution-hint = Met wie een MISP-instantie de geïmporteerde events mag delen.
portal-export-distribution-0 = Alleen uw organisatie
portal-export-distribution-1 = Alleen deze gemeenschap
portal-export-distribution-2 = Verbonden gemeenschappen
portal-export-distribution-3 = Alle gemeenschappen
portal-export-contact = Contactgegevens en verhalen van de slachtoffers meenemen
portal-export-contact-rule = Alleen voor dossiers van uw eigen instantie. Elke export wordt vastgelegd in de auditlog.
portal-export-contact-never = Exports van coördinatoren bevatten nooit contactgegevens van slachtoffers.
portal-export-as = Downloaden als { $format }
portal-queue-col-loss = Verlies in totaal
portal-queue-col-payments = Betalingen
portal-queue-col-indicators = Indicatoren
portal-queue-col-linked = Gekoppelde meldingen

## Portaal: één dossier (gegevens, status, notities, toewijzing)

portal-case-title = Dossier { $reference }
portal-case-message = Bericht aan het slachtoffer sturen
portal-case-reroute = Omleiden
portal-case-unassigned = Niemand
portal-case-victim = Het slachtoffer
portal-case-email = E-mailadres
portal-case-email-confirmed = bevestigd
portal-case-email-unconfirmed = niet bevestigd
portal-case-phone = Telefoonnummer
portal-case-language = Taal
portal-case-consent-authority = Gaat akkoord met contact door de instantie
portal-case-consent-warnings = Gaat akkoord met het ontvangen van waarschuwingen
portal-case-erased = Contactgegevens door het slachtoffer gewist op
portal-case-unreadable = (deze waarde kan niet worden geopend)
portal-case-routing = Routering
portal-case-residence = Woont in
portal-case-geo = Gemeld vanuit (netwerklocatie)
portal-case-geo-matches = komt overeen met het woongebied
portal-case-geo-differs = wijkt af van het woongebied
portal-case-authority = Bevoegde instantie
portal-case-routed-to = Afgeleverd bij
portal-case-hub = het coördinatiecentrum
portal-case-routing-reason = Waarom
portal-case-fraud = De fraude
portal-case-first-contact = Eerste contact
portal-case-platform = Platform
portal-case-remote-access = Programma voor toegang op afstand geïnstalleerd
portal-case-recovery-approach = Aangeboden om geld ‘terug te halen’ tegen betaling
portal-case-story = In de woorden van het slachtoffer
portal-case-none = Niet opgegeven.
portal-case-payments = Betalingen
portal-case-payment-date = Datum
portal-case-payment-amount = Bedrag
portal-case-payment-method = Betaalwijze
portal-case-payment-destination = Bestemming
portal-case-payment-crypto = In crypto
portal-case-payment-tx-hash = Transactiehash
portal-case-payment-source = Gekocht of verstuurd via
portal-case-indicators = Indicatoren
portal-case-indicator-kind = Soort
portal-case-indicator-typed = Zoals ingetypt
portal-case-indicator-normalised = Genormaliseerd
portal-case-indicator-recovery = Aanbod om geld terug te halen
portal-case-kind-phone = Telefoonnummer
portal-case-kind-email = E-mailadres
portal-case-kind-domain = Website
portal-case-kind-iban = IBAN
portal-case-kind-wallet-btc = Bitcoin-wallet
portal-case-kind-wallet-eth = Ethereum-wallet
portal-case-kind-wallet-trx = Tron-wallet
portal-case-kind-alias = Gebruikte naam
portal-case-kind-platform = Naam van het platform
portal-linked-heading = Gekoppelde meldingen
portal-linked-cluster = { $reports ->
        [one] Dit dossier is aan geen enkele andere melding gekoppeld.
       *[other] Dit dossier hoort bij een cluster van { $reports } gekoppelde meldingen (dit dossier meegerekend).
    }
portal-linked-none = Geen enkele andere melding heeft een waarde gemeen met dit dossier.
portal-linked-summary = { $reports ->
        [one] ook in één andere melding
       *[other] ook in { $reports } andere meldingen
    }, { $countries ->
        [one] uit één land
       *[other] uit { $countries } landen
    }
portal-linked-too-common = { $reports ->
        [one] komt voor in één andere melding
       *[other] komt voor in { $reports } andere meldingen
    }: te algemeen om dossiers mee te koppelen
portal-linked-marked = door een coördinator gemarkeerd als ‘koppelt niet’
portal-linked-authority = Instantie waar ze liggen
portal-linked-reports = Meldingen
portal-linked-countries = Landen van de slachtoffers
portal-case-status-heading = Status wijzigen
portal-case-status-to = Nieuwe status
portal-case-reason = Reden
portal-case-status-submit = Status wijzigen
portal-case-status-final = De status van dit dossier kan niet worden gewijzigd.
portal-case-status-not-allowed = Vanuit de huidige status kan het dossier niet naar deze status.
portal-case-reason-missing = Geef een reden voor de wijziging.
portal-case-text-too-long = Deze tekst is te lang: maximaal 10.000 tekens.
portal-case-assign-heading = Toewijzing
portal-case-assignee = Toegewezen aan
portal-case-assign-submit = Toewijzen
portal-case-assignee-not-allowed = Het dossier kan alleen worden toegewezen aan een actieve behandelaar van de eigen instantie.
portal-case-timeline = Tijdlijn
portal-case-received = Melding ontvangen
portal-case-event-status = Status: { $status }
portal-case-event-assigned = Toegewezen aan { $name }
portal-case-event-unassigned = Toewijzing opgeheven
portal-case-event-message = Bericht aan het slachtoffer
portal-case-event-reroute = Omgeleid
portal-case-mail-receipt = E-mail aan het slachtoffer: ontvangstbevestiging
portal-case-mail-followup = E-mail aan het slachtoffer: waarschuwing { $step }
portal-case-mail-campaign = E-mail aan het slachtoffer: waarschuwing voor een oplichtingsgolf
portal-case-mail-authority = Dossier verstuurd naar de instantie
portal-case-mail-state-pending = wacht op verzending
portal-case-mail-state-sent = verstuurd
portal-case-mail-state-failed = mislukt
portal-case-mail-state-suppressed = niet verstuurd (tegengehouden door de verzendregels)
portal-case-notes = Notities
portal-case-notes-none = Nog geen notities.
portal-case-note = Notitie toevoegen
portal-case-note-help = Notities kunnen na het toevoegen niet meer worden gewijzigd of verwijderd. Elke behandelaar van de instantie kan ze lezen.
portal-case-note-submit = Notitie toevoegen

## Portaal: overdragen (bericht aan het slachtoffer, omleiden)

portal-back-to-case = Terug naar het dossier
portal-message-title = Bericht aan het slachtoffer van { $reference }
portal-message-intro = Het slachtoffer ontvangt uw bericht per e-mail in de eigen taal, met de naam van uw instantie en het meldingsnummer, en ziet het op de persoonlijke pagina van het dossier. Daar kan het slachtoffer controleren of het bericht echt is.
portal-message-label = Uw bericht (platte tekst)
portal-message-help = Maximaal { $max } tekens. Vraag nooit om geld, kosten, wachtwoorden of toegang op afstand: het slachtoffer krijgt te horen dat echte instanties dat nooit doen.
portal-message-send = Bericht versturen
portal-message-empty = Schrijf een bericht.
portal-message-too-long = Het bericht is te lang: maximaal { $max } tekens.
portal-message-no-address = Het slachtoffer heeft geen e-mailadres opgegeven of heeft het gewist: via deze dienst kan geen bericht worden verstuurd.
portal-message-unconfirmed = Het slachtoffer heeft het e-mailadres nog niet bevestigd: uw bericht verschijnt direct op de pagina van het dossier, maar wordt pas gemaild zodra het adres is bevestigd.
portal-reroute-title = { $reference } naar een andere instantie sturen
portal-reroute-intro = De instantie die u kiest, wordt per e-mail op de hoogte gebracht, en op de pagina van het dossier ziet het slachtoffer de naam van die instantie. Behandelaars van de huidige instantie verliezen direct de toegang tot het dossier.
portal-reroute-current = Nu bij: { $name }
portal-reroute-target = Nieuwe instantie
portal-reroute-hub = Coördinatiecentrum (stuurt het dossier door)
portal-reroute-reason = Waarom het dossier daarheen gaat (blijft bij het dossier; niet zichtbaar voor het slachtoffer)
portal-reroute-send = Dossier overdragen
portal-reroute-unknown = Kies een instantie uit de lijst.
portal-reroute-same = Het dossier ligt al bij deze instantie. Kies een andere.
portal-reroute-reason-empty = Geef aan waarom het dossier ergens anders heen gaat.
portal-reroute-reason-too-long = De reden is te lang: maximaal { $max } tekens.

## Portaal: e-mails aan behandelaars (per dossier en dagelijks overzicht)

email-notice-subject = Nieuw dossier { $reference } voor { $authority }
email-notice-intro = Er is een dossier naar { $authority } gerouteerd:
email-notice-handed-on = Het is overgedragen door een andere instantie of door het coördinatiecentrum.
email-notice-sign-in = Log in op het dossierportaal om de inhoud te lezen.
email-notice-no-data = Deze e-mail bevat bewust geen gegevens van het slachtoffer. Die worden alleen in het portaal getoond, aan behandelaars van de bevoegde instantie.
email-digest-subject = { $count ->
        [one] Eén nieuw dossier
       *[other] { $count } nieuwe dossiers
    } voor { $authority }
email-digest-intro = { $count ->
        [one] Er is één dossier
       *[other] Er zijn { $count } dossiers
    } sinds { $since } (UTC) naar { $authority } gerouteerd of overgedragen:
email-digest-more = { $count ->
        [one] …en nog één dossier.
       *[other] …en nog { $count } dossiers.
    } De lijst met dossiers toont ze allemaal:
email-named-subject = Gekoppelde meldingen met de naam ‘{ $name }’
email-named-intro = Het coördinatiecentrum heeft een cluster van gekoppelde meldingen de naam ‘{ $name }’ gegeven: { $victims ->
        [one] één slachtoffer
       *[other] { $victims } slachtoffers
    } in { $countries ->
        [one] één land
       *[other] { $countries } landen
    }, met meldingen over dezelfde rekeningen, wallets, nummers of websites. { $reports ->
        [one] Eén van deze meldingen is een dossier
       *[other] { $reports } van deze meldingen zijn dossiers
    } van { $authority }.
email-named-open = Uw dossiers in dit cluster:
email-digest-links = Nieuwe meldingen gekoppeld aan uw eerdere dossiers
email-digest-link = { $new ->
        [one] Eén nieuwe melding
       *[other] { $new } nieuwe meldingen
    } uit { $countries ->
        [one] één land
       *[other] { $countries } landen
    } { $new ->
        [one] had
       *[other] hadden
    } een waarde gemeen met { $cases ->
        [one] één van uw eerdere dossiers
       *[other] { $cases } van uw eerdere dossiers, waaronder
    }:
portal-nav-notices = E-mails over dossiers
portal-notices-title = E-mails over dossiers
portal-notices-intro = De behandelaars en teamleiders van { $authority } krijgen een e-mail, ieder in de eigen taal, wanneer er een dossier naar de instantie wordt gerouteerd of aan haar wordt overgedragen. De e-mail noemt het dossier en linkt ernaar in dit portaal; de e-mail bevat geen gegevens van het slachtoffer.
portal-notices-authority = Instantie
portal-notices-choice = Hoe vaak
portal-notices-each = Een e-mail per dossier
portal-notices-digest = Eén e-mail per dag met een lijst van de nieuwe dossiers
portal-notices-show = Tonen
portal-notices-save = Opslaan
portal-notices-saved = Opgeslagen.
portal-notices-unknown = Kies een instantie uit de lijst.
portal-unattended-title = Onbehandelde dossiers
portal-unattended-intro = Deze instanties hebben geen actief account in het portaal, dus niemand leest hier hun nieuwe dossiers. Stuur elk dossier handmatig door via het openbare kanaal van de instantie, zet het dossier daarna op ‘Doorgestuurd’ en geef het kanaal op als reden: het dossier verdwijnt dan uit deze lijst.
portal-unattended-authority = Instantie
portal-unattended-channel = Openbaar kanaal
portal-unattended-waiting = Nieuwe dossiers
portal-unattended-oldest = Oudste
portal-unattended-open = Deze dossiers openen
portal-unattended-none = Elke instantie met nieuwe dossiers heeft een actief account.
portal-linkage-title = Waarden die dossiers koppelen, en waarden die dat niet doen
portal-linkage-intro = Meldingen worden gekoppeld via de waarden die ze gemeen hebben. Sommige waarden zouden dossiers die niets met elkaar te maken hebben aan elkaar koppelen: de domeinen van grote e-mailproviders en betaaldiensten koppelen nooit, en een waarde die in een ongewoon groot deel van alle meldingen voorkomt, koppelt niet meer. U kunt een waarde handmatig markeren als ‘koppelt niet’ of ‘koppelt’; de clusters worden dan binnen een minuut opnieuw opgebouwd. Elke wijziging wordt vastgelegd in het auditlog.
portal-linkage-saved = Opgeslagen. De clusters worden binnen een minuut opnieuw opgebouwd.
portal-linkage-rebuild-due = De clusters moeten opnieuw worden opgebouwd; dat gebeurt binnen een minuut.
portal-linkage-mark-heading = Een waarde markeren
portal-linkage-kind = Soort
portal-linkage-kind-platform = Naam van het platform
portal-linkage-kind-domain = Website
portal-linkage-kind-email = E-mailadres
portal-linkage-kind-phone = Telefoonnummer (met landnummer)
portal-linkage-kind-account = IBAN of walletadres
portal-linkage-value = Waarde
portal-linkage-mark = Markering
portal-linkage-mark-not-linking = Koppelt niet
portal-linkage-mark-linking = Koppelt
portal-linkage-mark-none = Markering verwijderen
portal-linkage-save = Markering opslaan
portal-linkage-not-of-kind = Dit is geen waarde van de gekozen soort. Controleer de soort en schrijf telefoonnummers met het landnummer.
portal-linkage-builtin = Deze waarde staat op de ingebouwde lijst van waarden die nooit koppelen (een grote e-mailprovider, cryptobeurs of betaaldienst).
portal-linkage-marked = Gemarkeerd door coördinatoren
portal-linkage-too-common = Te algemeen om te koppelen
portal-linkage-too-common-intro = Deze waarden komen in meer meldingen voor dan de drempelinstellingen toestaan, dus ze koppelen niets. Markeer een waarde als ‘koppelt’ als ze echt bij één fraude hoort.
portal-linkage-builtin-heading = Koppelen nooit (ingebouwd)
portal-linkage-why = Waarom
portal-linkage-why-mail = een grote e-mailprovider (de afzonderlijke adressen koppelen nog wel)
portal-linkage-why-service = een bekende cryptobeurs, betaaldienst of berichtenapp
portal-overview-title = Grensoverschrijdend gekoppelde dossiers
portal-overview-intro = Meldingen die een wallet, een bankrekening, een telefoonnummer, een e-mailadres, een website of een platformnaam gemeen hebben, vormen samen één cluster. De clusters staan hier met hun slachtoffers, landen en verliezen; open een cluster om te zien waar de slachtoffers ervan wonen en bij welke instanties de meldingen ervan liggen.
portal-overview-rank = Rangschikken op
portal-overview-rank-victims = Aantal slachtoffers
portal-overview-rank-countries = Aantal landen
portal-overview-rank-loss = Verlies in de gekozen valuta
portal-overview-currency = Valuta
portal-overview-show = Tonen
portal-overview-none = Er zijn nog geen meldingen gekoppeld.
portal-overview-csv = Deze tabel downloaden (CSV)
portal-overview-caption = Clusters van gekoppelde meldingen
portal-overview-cluster = Cluster
portal-overview-cluster-name = Cluster { $id }
portal-overview-loss = Verlies ({ $currency })
portal-cluster-back = Terug naar het overzicht
portal-cluster-name-heading = Een naam geven als campagne
portal-cluster-name-intro = Als u het cluster een naam geeft, worden alle instanties waar de meldingen ervan liggen op de hoogte gebracht: elk van hun portaalaccounts krijgt een e-mail in de eigen taal, en hun ontvangstadres voor meldingen krijgt er ook een, met het aantal meldingen van het cluster dat bij hen ligt en een link naar die dossiers. De e-mail bevat geen gegevens van slachtoffers.
portal-cluster-name-label = Naam
portal-cluster-name-submit = Naam geven en de betrokken instanties informeren
portal-cluster-name-missing = Geef het cluster een naam.
portal-cluster-name-too-long = De naam is te lang: maximaal { $max } tekens.
portal-cluster-named = Naam gegeven. Elke instantie waar de meldingen van dit cluster liggen, wordt binnen een minuut op de hoogte gebracht.
portal-cluster-campaign-hint = Wilt u de slachtoffers van dit cluster waarschuwen die met waarschuwingen hebben ingestemd? Verstuur dan een campagnewaarschuwing met `cluster = { $id }` in het doel ervan (target; zie de README, onderdeel ‘Campaigns’).
portal-cluster-victims = Slachtoffers
portal-cluster-countries = Landen
portal-cluster-authorities = Instanties
portal-cluster-first = Eerste melding
portal-cluster-last = Laatste melding
portal-cluster-map = Waar de slachtoffers wonen
portal-cluster-map-desc = Een wereldkaart, ingekleurd naar het aantal slachtoffers per land; { $countries ->
        [one] in één land zijn slachtoffers.
       *[other] in { $countries } landen zijn slachtoffers.
    } De tabel hieronder bevat dezelfde aantallen.
portal-cluster-none = Geen.
portal-cluster-by-country = Slachtoffers per land
portal-cluster-country = Land
portal-cluster-code = Code
portal-cluster-losses = Verlies per valuta
portal-cluster-currency = Valuta
portal-cluster-loss = Verlies
portal-cluster-weeks = Meldingen per week
portal-cluster-week = Week (maandag)
portal-cluster-holders = Instanties waar de meldingen van dit cluster liggen
portal-cluster-values = Wat de meldingen van dit cluster gemeen hebben
portal-cluster-value = Waarde
portal-cluster-value-reports = { $reports ->
        [one] één melding
       *[other] { $reports } meldingen
    }
portal-cluster-more = { $count ->
        [one] Nog één waarde staat in het CSV-bestand.
       *[other] Nog { $count } waarden staan in het CSV-bestand.
    }

## Portaal: de vermeldingen van de openbare controle (/portal/check)

portal-nav-check = Openbare controle
portal-check-title = Wat de openbare controle toont
portal-check-intro = Iedereen kan op de pagina van de openbare controle een website, e-mailadres, telefoonnummer, IBAN of wallet controleren. Een waarde wordt alleen getoond als ten minste twee meldingen die los van elkaar staan haar bevatten (verschillende browsers en netwerken), en het aantal slachtoffers wordt alleen in categorieën genoemd; een melding wordt nooit getoond. Publiceer een waarde om haar met een openbare toelichting te tonen, wat de meldingen ook zeggen; trek een waarde terug om haar voorgoed te verbergen, hoe vaak ze ook wordt gemeld, tot ze opnieuw wordt gepubliceerd. Elke beslissing wordt vastgelegd in het auditlog.
portal-check-saved = Opgeslagen. De openbare controle antwoordt vanaf nu op deze manier.
portal-check-decide-heading = Een waarde publiceren of terugtrekken
portal-check-value = Waarde
portal-check-decision = Beslissing
portal-check-publish = Publiceren met een openbare toelichting
portal-check-withdraw = Terugtrekken (nooit tonen)
portal-check-note = Openbare toelichting
portal-check-note-help = Wordt precies zo aan het publiek getoond, bijvoorbeeld ‘Nepadvocatenkantoor dat slachtoffers laat betalen om hun geld terug te halen’. Noem geen slachtoffer en geen dossier.
portal-check-note-required = Schrijf de openbare toelichting bij een gepubliceerde waarde.
portal-check-note-long = De toelichting is te lang: maximaal 300 tekens.
portal-check-service = Dit is het domein of adres van een bekende dienst; de openbare controle toont er niets over.
portal-check-save = Opslaan
portal-check-published = Gepubliceerd
portal-check-withdrawn = Teruggetrokken
portal-check-changed = Besloten (UTC)

## API tokens (/portal/api-tokens)
portal-nav-api-tokens = API-tokens
portal-api-tokens-title = API-tokens
portal-api-tokens-partner-intro = Met een partnertoken kan het systeem van een bank of telecombedrijf de openbare controle raadplegen via de API (/api/v1/check), om zijn klanten te waarschuwen. Het geeft geen toegang tot dossiers, antwoordt zoals de pagina van de openbare controle (nooit met een melding of een slachtoffer), is per minuut beperkt, werkt tot het verloopt of wordt ingetrokken, en elk gebruik wordt vastgelegd in het auditlogboek.
portal-api-tokens-intro = Met een token kan een systeem van uw instantie de zaken van uw instantie via de API (/api/v1) lezen, zonder contactgegevens. Het kan alleen lezen, werkt tot het verloopt of wordt ingetrokken, en elk gebruik wordt vastgelegd in het auditlogboek.
portal-api-tokens-none = Uw instantie heeft nog geen API-token.
portal-api-token-secret-intro = Kopieer dit token nu naar uw systeem: het wordt niet opnieuw getoond. Iedereen die het heeft, kan de zaken van uw instantie lezen tot het verloopt of u het intrekt.
portal-api-token-revoked-done = Het token is ingetrokken: het opent de API niet meer.
portal-api-token-name = Naam
portal-api-token-created = Aangemaakt
portal-api-token-expires = Verloopt
portal-api-token-last-used = Laatst gebruikt
portal-api-token-state = Status
portal-api-token-revoke = Intrekken
portal-api-token-new = Nieuw token
portal-api-token-days = Geldig (dagen)
portal-api-token-create = Token aanmaken
portal-api-token-live = Actief
portal-api-token-expired = Verlopen
portal-api-token-revoked = Ingetrokken
portal-api-token-name-missing = Geef het token een naam (het systeem dat het zal gebruiken).
portal-api-token-name-long = De naam mag hoogstens { $max } tekens lang zijn.
portal-api-token-days-invalid = Vul een geheel aantal dagen in van 1 tot en met { $max }.

## Een doorgestuurd dossier, versleuteld gemaild naar de OpenPGP-sleutel van een instantie
sealed-case-subject = Nieuw dossier { $reference }
sealed-case-intro = Een nieuw dossier voor { $authority }. Dit bericht is versleuteld voor uw OpenPGP-sleutel { $fingerprint }.
sealed-case-contact-given = Het slachtoffer heeft ermee ingestemd dat zijn of haar contactgegevens aan de bevoegde instantie worden doorgegeven: ze staan hieronder en in de bijgevoegde bestanden.
sealed-case-contact-withheld = Het slachtoffer heeft er niet mee ingestemd dat zijn of haar contactgegevens aan de instantie worden doorgegeven: ze zijn weggelaten.
sealed-case-files = Bijgevoegd: het dossier als MISP-event (case.misp.json) en als STIX 2.1-bundel (case.stix.json), om in analysetools te laden.
