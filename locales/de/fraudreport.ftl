## Gemeinsame Seitenteile

site-name = Anlagebetrug melden
skip-to-content = Zum Hauptinhalt springen
language-label = Sprache
footer-no-money = Dieser Dienst ist kostenlos. Er verlangt nie Geld von Ihnen und nie Zugriff auf Ihren Computer.
footer-about = Ein öffentlicher Meldedienst für Betroffene von Online-Anlagebetrug.
footer-geoip = Das Land Ihrer Verbindung wird mit IP-Adressdaten der regionalen Internet-Registrierungsstellen geschätzt (ip-location-db, CC BY 4.0). Ihre IP-Adresse wird nicht gespeichert.

## Startseite

home-title = Online-Anlagebetrug melden
home-lead = Haben Sie Geld auf einer falschen Trading-, Anlage- oder Krypto-Plattform verloren? Hier können Sie das melden, in Ihrer eigenen Sprache.
home-what-we-do = Wir leiten Ihre Meldung an die Polizei oder die Meldestelle weiter, die für Ihren Wohnort zuständig ist. Und wir sagen Ihnen, was Sie als Nächstes tun können.
home-no-account = Sie müssen sich nicht registrieren. Es dauert etwa zehn Minuten.
home-what-helps = Hilfreich ist, wenn Sie Folgendes bereitlegen können: den Namen der Plattform, die Internetadresse, die Telefonnummern und E-Mail-Adressen, über die man Sie kontaktiert hat, und die Angaben zu Ihren Zahlungen.
home-start = Meldung beginnen

## Das Meldeformular

form-title = Schildern Sie uns, was passiert ist
form-intro = Beantworten Sie, was Sie können. Nur die Felder mit dem Hinweis „erforderlich“ müssen ausgefüllt werden. Alles andere hilft uns, kann aber leer bleiben.
form-required = erforderlich
form-optional = freiwillig
form-submit = Meldung absenden
form-privacy = Wir verwenden Ihre Angaben nur, um Ihre Meldung an die zuständige Behörde weiterzuleiten und Sie vor weiteren Betrugsversuchen zu warnen. Wir verkaufen oder veröffentlichen sie nie.

section-you = Angaben zu Ihrer Person
field-contact-email = Ihre E-Mail-Adresse
field-contact-email-help = Wir brauchen sie, um Ihnen eine Eingangsbestätigung zu schicken und Sie vor weiteren Betrugsversuchen zu warnen. Ohne sie können wir Ihnen nicht schreiben.
field-contact-phone = Ihre Telefonnummer
field-contact-phone-help = Damit die Polizei Sie zurückrufen kann. Geben Sie wenn möglich die Ländervorwahl an, zum Beispiel +49.
field-residence = Land, in dem Sie wohnen
field-residence-help = Ihre Meldung geht an die Behörde, die für dieses Land zuständig ist.
field-residence-choose = Land auswählen
field-region = Region, in der Sie wohnen (Bundesland, Kanton …)
field-region-help = In diesem Land ist die Polizei nach Regionen organisiert. Wenn Sie Ihre Region auswählen, geht die Meldung direkt an die richtige Polizei. Wenn Sie sich nicht sicher sind, lassen Sie das Feld leer.
field-region-choose = Ich bin mir nicht sicher
form-region-step = In Ihrem Land ist die Polizei nach Regionen organisiert. Bitte wählen Sie unten Ihre Region aus und senden Sie die Meldung erneut ab. Wenn Sie sich nicht sicher sind, senden Sie die Meldung einfach ohne Region erneut ab.

section-start = Wie es angefangen hat
field-channel = Wie hat man Sie zum ersten Mal kontaktiert?
field-channel-choose = Bitte auswählen
channel-phone-call = Ein Telefonanruf
channel-social-media = Eine Werbung oder Nachricht in sozialen Medien
channel-messaging-app = Eine Messenger-App (zum Beispiel WhatsApp oder Telegram)
channel-email = Eine E-Mail
channel-website = Eine Website, die ich gefunden habe
channel-dating-app = Eine Dating-App oder Partnerbörse
channel-other = Auf anderem Weg
field-first-contact-date = Wann war das?
field-date-help = Zum Beispiel 2024-03-31 (Jahr-Monat-Tag). Ein ungefähres Datum genügt.

section-platform = Die Plattform und die Personen
field-platform = Name der Plattform oder Firma
field-platform-help = Der Name der Trading-Plattform, des Brokers oder der App, die man Ihnen gezeigt hat.
field-websites = Internetadressen
field-websites-help = Eine pro Zeile, zum Beispiel trade-example.com.
field-caller-names = Namen, die die Personen benutzt haben
field-caller-names-help = Die Namen, die man Ihnen genannt hat, auch wenn sie wahrscheinlich falsch waren. Einen pro Zeile.
field-scam-phones = Telefonnummern, über die man Sie kontaktiert hat
field-scam-phones-help = Eine pro Zeile, mit Ländervorwahl, wenn Sie sie kennen.
field-scam-emails = E-Mail-Adressen, über die man Sie kontaktiert hat
field-scam-emails-help = Eine pro Zeile.
field-remote-access = Hat man Sie gebeten, ein Programm wie AnyDesk oder TeamViewer auf Ihrem Computer oder Telefon zu installieren?
answer-yes = Ja
answer-no = Nein
answer-unsure = Ich bin mir nicht sicher

section-payments = Geld, das Sie gezahlt haben
section-payments-help = Eine Zeile pro Zahlung. Lassen Sie die Zeilen, die Sie nicht brauchen, leer.
payment-legend = Zahlung { $number }
field-payment-date = Datum
field-payment-amount = Betrag
field-payment-amount-help = Zum Beispiel 1500,50
field-payment-currency = Währung
field-payment-currency-help = Drei Buchstaben, zum Beispiel EUR, USD oder GBP.
field-payment-method = Wie Sie gezahlt haben
field-payment-method-choose = Bitte auswählen
method-bank-transfer = Banküberweisung
method-card = Karte
method-crypto = Kryptowährung
method-cash = Bargeld
method-other = Auf anderem Weg
field-payment-destination = Wohin das Geld ging
field-payment-destination-help = Die Kontonummer (IBAN), die Adresse der Krypto-Wallet oder eine andere Angabe, die man Ihnen gegeben hat.
field-payment-crypto-amount = Betrag in Kryptowährung
field-payment-crypto-amount-help = Wenn Sie mit Kryptowährung bezahlt haben: der Betrag so, wie Ihre Kryptobörse oder Wallet ihn anzeigt, zum Beispiel 0.015 oder 1250.5. Sie können zusätzlich den Betrag in herkömmlicher Währung angeben oder nur eines von beiden.
field-payment-asset = Kryptowährung
field-payment-network = Netzwerk
field-payment-network-help = Nur bei USDT nötig, wenn Sie die Wallet-Adresse nicht angeben: Tron (Adressen beginnen mit T) oder Ethereum (Adressen beginnen mit 0x).
field-payment-tx-hash = Transaktions-Hash (TxID)
field-payment-tx-hash-help = Der lange Code dieser Übertragung im Verlauf Ihrer Kryptobörse oder Wallet. Damit kann eine Kryptobörse das Geld finden und manchmal einfrieren.
field-payment-source = Gekauft oder gesendet über
field-payment-source-help = Die Kryptobörse, Bank oder App, die Sie benutzt haben, zum Beispiel Binance, Coinbase oder der Name Ihrer Bank.
payments-add = Weitere Zahlung hinzufügen

section-after = Seitdem
field-recovery-approach = Hat Ihnen seitdem jemand angeboten, Ihr Geld gegen eine Gebühr zurückzuholen?
field-story = Was passiert ist, in Ihren eigenen Worten
field-story-help = Höchstens { $max } Zeichen. Schreiben Sie keine Passwörter und keine vollständigen Kartennummern.

section-consent = Ihre Einwilligung
field-consent-authority = Ich bin einverstanden, dass diese Meldung an die Polizei oder die Meldestelle weitergeleitet wird, die für meinen Wohnort zuständig ist.
field-consent-warnings = Senden Sie mir per E-Mail Warnungen vor Betrugsmaschen, die sich gegen Betroffene richten, zum Beispiel falsche Angebote, verlorenes Geld zurückzuholen.
honeypot-label = Dieses Feld bitte leer lassen

## Fehlermeldungen neben den Feldern

errors-title =
    { $count ->
        [one] In Ihrer Meldung muss noch eine Angabe korrigiert werden
       *[other] In Ihrer Meldung müssen noch { $count } Angaben korrigiert werden
    }
errors-intro = Ihre Angaben bleiben erhalten. Bitte korrigieren Sie die Felder unten und senden Sie die Meldung erneut ab.
error-required = Bitte füllen Sie dieses Feld aus.
error-too-long = Das ist zu lang: höchstens { $max } Zeichen.
error-too-many-lines = Zu viele Zeilen: höchstens { $max }.
error-email = Das sieht nicht wie eine E-Mail-Adresse aus. Bitte prüfen Sie sie auf Tippfehler. Beispiel: name@example.com.
error-phone = Das sieht nicht wie eine Telefonnummer aus. Bitte prüfen Sie sie und geben Sie die Ländervorwahl an, zum Beispiel +49 30 23125 000.
error-country = Bitte wählen Sie ein Land aus der Liste.
error-region = Bitte wählen Sie eine Region des Landes, in dem Sie wohnen, oder lassen Sie das Feld leer.
error-choice = Bitte wählen Sie eine der Möglichkeiten.
error-date-format = Bitte schreiben Sie das Datum als Jahr-Monat-Tag, zum Beispiel 2024-03-31.
error-date-future = Dieses Datum liegt in der Zukunft. Bitte prüfen Sie es.
error-date-too-early = Dieses Datum liegt vor 1990. Bitte prüfen Sie es.
error-website = Zeile { $line } ist keine Internetadresse. Schreiben Sie sie so: trade-example.com.
error-scam-phone = Zeile { $line } sieht nicht wie eine Telefonnummer aus. Geben Sie die Ländervorwahl an, wenn Sie sie kennen.
error-scam-email = Zeile { $line } sieht nicht wie eine E-Mail-Adresse aus.
error-amount-format = Bitte schreiben Sie den Betrag nur mit Ziffern, zum Beispiel 1500,50.
error-amount-positive = Der Betrag muss größer als null sein.
error-amount-decimals =
    { $digits ->
        [0] Bei { $currency } gibt es keine Cent-Beträge: Bitte schreiben Sie eine ganze Zahl.
       *[other] Bei { $currency } ist die Zahl der Stellen nach dem Komma auf { $digits } begrenzt.
    }
error-currency = Bitte geben Sie einen Währungscode aus drei Buchstaben an, zum Beispiel EUR.
error-payment-incomplete = Bitte geben Sie den Betrag mit seiner Währung an oder den Betrag in Kryptowährung mit der jeweiligen Kryptowährung. Oder lassen Sie die ganze Zeile leer.
error-crypto-incomplete = Bitte geben Sie sowohl den Betrag in Kryptowährung als auch die Kryptowährung an, in der gezahlt wurde.
error-network-needed = { $asset } wird über Tron oder über Ethereum gesendet: Bitte wählen Sie das Netzwerk aus oder geben Sie die Wallet-Adresse an, an die das Geld ging.
error-not-on-network = { $asset } wird nicht über { $chain } gesendet: Bitte prüfen Sie die Kryptowährung, die Adresse und das Netzwerk.
error-tx-hash-length = Ein Transaktions-Hash ({ $chain }) hat 64 Buchstaben und Ziffern, nicht { $length }. Bitte kopieren Sie ihn noch einmal von Ihrer Kryptobörse oder aus Ihrer Wallet.
error-tx-hash-characters = Ein Transaktions-Hash ({ $chain }) enthält nur die Ziffern 0 bis 9 und die Buchstaben a bis f. Bitte kopieren Sie ihn noch einmal von Ihrer Kryptobörse oder aus Ihrer Wallet.
error-tx-hash-prefix = Ein Transaktions-Hash ({ $chain }) beginnt nicht mit 0x. Bitte prüfen Sie das Netzwerk oder kopieren Sie den Hash noch einmal.
error-tx-hash-network = Um diesen Transaktions-Hash zu prüfen, wählen Sie bitte die Kryptowährung oder das Netzwerk aus oder geben Sie die Wallet-Adresse an.
error-iban = Diese Kontonummer (IBAN) ist ungültig: Die Prüfziffern stimmen nicht. Bitte vergleichen Sie sie mit Ihrem Kontoauszug.
error-iban-country = Das sieht aus wie eine IBAN, aber eine IBAN beginnt mit dem Code ihres Landes, und { $code } ist kein Land mit IBAN. Bitte prüfen Sie die ersten beiden Buchstaben.
error-iban-format = Das sieht aus wie eine IBAN aus { $country }, aber sie hat zu viele oder zu wenige Zeichen oder einen Buchstaben, wo eine Ziffer stehen muss. Bitte vergleichen Sie sie mit Ihrem Kontoauszug.
error-wallet = Das sieht aus wie eine Wallet-Adresse ({ $chain }), aber die eingebaute Prüfung stimmt nicht: Wahrscheinlich ist ein Zeichen vertippt. Bitte kopieren Sie sie noch einmal aus Ihrer Wallet oder von Ihrer Kryptobörse.
error-wallet-characters = Das sieht aus wie eine Wallet-Adresse ({ $chain }), aber sie enthält Zeichen, die in einer solchen Adresse nie vorkommen: { $characters }. Bitte kopieren Sie sie noch einmal aus Ihrer Wallet oder von Ihrer Kryptobörse.
error-wallet-length = Das sieht aus wie eine Wallet-Adresse ({ $chain }), aber sie hat { $length } Zeichen statt { $expected }. Bitte kopieren Sie sie noch einmal aus Ihrer Wallet oder von Ihrer Kryptobörse.
error-wallet-case =
    { $chain ->
        [Ethereum] Das sieht aus wie eine Wallet-Adresse (Ethereum), aber ihre Großbuchstaben passen nicht zur eingebauten Prüfung (EIP-55): Wahrscheinlich ist ein Zeichen vertippt. Bitte kopieren Sie sie noch einmal aus Ihrer Wallet oder von Ihrer Kryptobörse.
       *[other] Das sieht aus wie eine Wallet-Adresse ({ $chain }), aber sie mischt Groß- und Kleinbuchstaben, was eine solche Adresse nie tut. Bitte kopieren Sie sie noch einmal aus Ihrer Wallet oder von Ihrer Kryptobörse.
    }
error-consent-authority = Wir können Ihre Meldung nur mit Ihrem Einverständnis weiterleiten.
error-warnings-need-email = Um Warnungen per E-Mail zu erhalten, geben Sie bitte Ihre E-Mail-Adresse an.
error-honeypot = Bitte lassen Sie das letzte, versteckte Feld leer.
error-form-expired = Zu Ihrer Sicherheit ist dieses Formular abgelaufen. Ihre Angaben bleiben erhalten: Bitte drücken Sie noch einmal auf „Meldung absenden“.
error-rate-limited = Von Ihrer Verbindung wurden zu viele Meldungen gesendet. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.
error-store-unavailable = Ihre Meldung konnte gerade nicht gespeichert werden: Unsere Datenbank ist kurz nicht erreichbar. Nichts von Ihren Angaben ist verloren, alles steht noch unten. Bitte warten Sie eine Minute und drücken Sie dann noch einmal auf „Meldung absenden“.

## Die Eingangsbestätigung

receipt-title = Ihre Meldung ist eingegangen
receipt-saved = Ihre Meldung ist gespeichert. Danke, dass Sie sich die Zeit genommen haben: Das hilft, diese Kriminellen zu stoppen.
receipt-reference-label = Ihre Vorgangsnummer
receipt-reference-help = Schreiben Sie sie auf. Nennen Sie sie, wenn Sie mit der Polizei sprechen. Jede Nachricht dieses Dienstes enthält sie. So können Sie prüfen, ob eine Nachricht wirklich von uns kommt.
receipt-link-label = Ihr persönlicher Link
receipt-link-help = Bewahren Sie diesen Link für sich auf, zum Beispiel als Lesezeichen. Damit können Sie später weitere Angaben ergänzen. Geben Sie ihn nicht weiter.
receipt-authority-title = Wer Ihre Meldung bearbeitet
receipt-authority-intro = Für Ihren Wohnort ist diese Behörde zuständig:
receipt-authority-because = Sie haben angegeben, dass Sie hier wohnen: { $place }. Meldungen von dort gehen an diese Behörde.
receipt-authority-complaint = Wenn Sie dort Strafanzeige erstatten möchten:
receipt-authority-website = Website
receipt-authority-report-page = Seite für Meldungen
receipt-authority-phone = Telefon
receipt-hub = Für Ihr Land haben wir noch keinen Kontakt bei der Polizei. Unser Koordinationsteam leitet Ihre Meldung an die zuständige Behörde weiter.
receipt-next-title = Wie es weitergeht
receipt-next-authority = Wir leiten Ihre Meldung an die Polizei oder die Meldestelle weiter, die für Ihren Wohnort zuständig ist.
receipt-next-complaint = Diese Meldung ersetzt keine Strafanzeige. Wenn Sie Anzeige erstatten möchten, wenden Sie sich an Ihre örtliche Polizei und nennen Sie Ihre Vorgangsnummer.
receipt-next-email = Wenn Sie Ihre E-Mail-Adresse angegeben haben, erhalten Sie eine Eingangsbestätigung mit Ihrer Vorgangsnummer.
receipt-next-bank = Wenn eine Zahlung erst kurz zurückliegt, rufen Sie jetzt Ihre Bank oder die genutzte Kryptobörse an: Manchmal können sie die Zahlung stoppen oder zurückholen.
receipt-another = Einen weiteren Betrug melden

## Die Warnung vor Recovery-Betrug (angebliche Rückholung)

warning-title = Vorsicht: Die Betrüger können wiederkommen
warning-intro = Nach einem Betrug melden sich bei vielen Betroffenen erneut Personen, die versprechen, das Geld zurückzuholen. Auch das sind Kriminelle. Oft kennen sie Ihren Namen, die Beträge und die Zahlungstage.
warning-no-fee = Keine Behörde und kein echter Helfer verlangt eine Gebühr, um Ihr Geld zurückzuholen.
warning-no-unfreeze = Niemand kann Ihr Geld gegen eine Zahlung, eine Steuer oder eine Lizenzgebühr „freigeben“ oder „entsperren“.
warning-no-official = Behörden schreiben nie von Gmail-, Yahoo- oder ähnlichen Adressen. Sie verlangen nie Fernzugriff auf Ihren Computer, nie Kryptowährung, nie Geschenkkarten und nie, dass Sie neue Konten im Ausland eröffnen.
warning-verify = Wenn jemand sagt, er komme von der Polizei, einem Gericht, einer Anwaltskanzlei oder Europol: Legen Sie auf. Suchen Sie die offizielle Nummer auf der eigenen Website der Behörde und rufen Sie dort zurück. Fragen Sie, wie man Sie gefunden hat.
warning-repeat = Wenn Sie einmal zahlen, hören die Forderungen nicht auf: Auf jede Zahlung folgt die nächste.
warning-report = Wenn man Sie so anspricht, melden Sie es derselben Stelle wie den ursprünglichen Betrug.
warning-our-messages = Unsere eigenen Nachrichten verlangen nie Geld von Ihnen und verlinken nie auf eine Zahlungsseite. Sie zeigen immer Ihre Vorgangsnummer.

## E-Mails

email-receipt-subject = Ihre Meldung { $reference } ist eingegangen
email-hello = Guten Tag,
email-receipt-intro = Vielen Dank für Ihre Meldung. Sie ist unter dieser Vorgangsnummer gespeichert:
email-genuine = So erkennen Sie echte Nachrichten von uns: Unsere Nachrichten nennen immer Ihre Vorgangsnummer { $reference }, verlangen nie Geld von Ihnen und verlinken nie auf eine Zahlungsseite.
email-why = Sie erhalten diese E-Mail, weil diese Adresse bei einer Betrugsmeldung angegeben wurde. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail bitte.

## Weitere Seiten

not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht. Prüfen Sie die Adresse oder beginnen Sie auf der Startseite.
error-page-title = Etwas ist schiefgegangen
error-page-text = Entschuldigung, das hat nicht geklappt. Bei Ihnen ist nichts verloren gegangen: Bitte versuchen Sie es in einigen Minuten noch einmal.
back-home = Zur Startseite
too-large-title = Zu viel auf einmal
too-large-text = Was Sie gesendet haben, ist länger, als dieser Dienst annimmt; deshalb wurde nichts gespeichert. Gehen Sie mit der Zurück-Taste Ihres Browsers zurück (Ihre Eingaben sind meist noch da), kürzen Sie die längsten Texte und senden Sie erneut.

## E-Mails: Bestätigung, persönlicher Link, Abbestellen

email-confirm-title = Bitte bestätigen Sie Ihre E-Mail-Adresse
email-confirm-text = Bis Sie bestätigen, dass diese Adresse Ihnen gehört, schicken wir Ihnen nichts weiter. Öffnen Sie diesen Link und drücken Sie dort auf die Schaltfläche:
email-case-link = Über Ihren persönlichen Link zu Ihrem Vorgang können Sie Angaben ergänzen, jemanden melden, der Ihnen anbietet, Ihr Geld zurückzuholen, oder Ihre Warnungen ändern:
email-unsubscribe = Sie erhalten diese Warnungen, weil Sie sie mit Ihrer Meldung angefordert haben. Wenn Sie keine Warnungen mehr möchten, öffnen Sie diesen Link (keine Anmeldung nötig):
email-followup-close = Wenn sich jemand bei Ihnen meldet: Zahlen Sie nichts und installieren Sie nichts. Melden Sie es der Behörde, die Ihren Vorgang bearbeitet, und tragen Sie es über Ihren persönlichen Link in Ihrem Vorgang ein.
email-campaign-intro = Dies ist ein Warnhinweis vom Koordinationsteam dieses Dienstes. Er betrifft eine aktuelle Betrugsmasche, die sich gegen Menschen richtet, die einen ähnlichen Betrug gemeldet haben wie Sie (Ihre Vorgangsnummer: { $reference }).

## Weitere Warnungen (3, 14, 45, 120 und 365 Tage nach der Meldung verschickt)

followup-1-subject = Meldung { $reference }: Vorsicht vor Angeboten, Ihr Geld zurückzuholen
followup-1-intro = Vor einigen Tagen haben Sie einen Anlagebetrug gemeldet (Vorgangsnummer { $reference }). In den Tagen nach einem Verlust melden sich bei vielen Betroffenen Personen, die anbieten, das Geld zurückzuholen. Denken Sie daran:
followup-1-point-1 = Diese Personen kennen vielleicht Ihren Namen, die Beträge und die Plattform, die Sie genutzt haben. Das beweist nicht, dass sie echt sind: Oft geben dieselben Kriminellen die Daten von Betroffenen weiter oder verkaufen sie.
followup-1-point-2 = Keine Polizei, kein Gericht, keine Anwaltskanzlei und keine Firma, die Geld zurückholt, verlangt eine Gebühr, eine Steuer oder eine Kaution, bevor Sie Ihr Geld zurückbekommen.
followup-1-point-3 = Geben Sie niemandem Fernzugriff auf Ihren Computer oder Ihr Telefon. Eröffnen Sie keine neuen Konten, nur weil jemand Sie dazu auffordert.
followup-2-subject = Meldung { $reference }: So prüfen Sie, wer wirklich anruft
followup-2-intro = Vor zwei Wochen haben Sie einen Anlagebetrug gemeldet (Vorgangsnummer { $reference }). Betrüger, die angeblich Geld zurückholen, geben sich oft als Amtspersonen aus. So können Sie das prüfen:
followup-2-point-1 = Verlassen Sie sich nicht auf die Nummer, die Ihr Telefon anzeigt, und auch nicht auf ein Logo, eine Dienstnummer oder ein amtlich aussehendes Schreiben: All das kann gefälscht sein.
followup-2-point-2 = Legen Sie auf. Suchen Sie die Nummer der Behörde selbst auf ihrer offiziellen Website heraus, nicht in der Nachricht, die Sie erhalten haben. Rufen Sie dann dort zurück.
followup-2-point-3 = Fragen Sie, wie man Sie gefunden hat und wozu man Geld braucht. Wer wirklich von einer Behörde kommt, nimmt es Ihnen nie übel, wenn Sie nachprüfen.
followup-3-subject = Meldung { $reference }: Neue Tricks von Betrügern, die angeblich Geld zurückholen
followup-3-intro = Vor einigen Wochen haben Sie einen Anlagebetrug gemeldet (Vorgangsnummer { $reference }). Diese Tricks nutzen Betrüger, die angeblich Geld zurückholen, zurzeit:
followup-3-point-1 = Falsche Anwaltskanzleien und Agenturen für „Vermögensrückholung“ mit professionell gestalteten Websites. Sie versprechen, Ihr Geld aufzuspüren, wenn Sie vorher eine Gebühr zahlen.
followup-3-point-2 = Nachrichten, die angeblich von Europol, Interpol, einer Finanzaufsicht oder einem Gericht kommen. Darin heißt es, Ihr Geld sei gefunden worden und könne nach einer Zahlung freigegeben werden.
followup-3-point-3 = Dienste für „Blockchain-Rückverfolgung“ oder „Krypto-Forensik“, die eine Zahlung oder Zugriff auf Ihre Wallet verlangen.
followup-4-subject = Meldung { $reference }: Die Betrüger können immer noch wiederkommen
followup-4-intro = Seit Ihrer Meldung sind einige Monate vergangen (Vorgangsnummer { $reference }). Kriminelle kommen oft mit einer neuen Geschichte wieder. Seien Sie vorsichtig bei:
followup-4-point-1 = Angeboten zu einer Sammelklage, einem Entschädigungsfonds oder einer Rückerstattung durch die Plattform, für die Sie vorher eine Gebühr oder eine Steuer zahlen sollen.
followup-4-point-2 = Jeder Bitte um Geld, um Fernzugriff auf Ihre Geräte oder um Ihre Bank- oder Wallet-Daten.
followup-4-point-3 = Druck, sich schnell zu entscheiden oder die Sache geheim zu halten. Sprechen Sie mit einem Menschen, dem Sie vertrauen, bevor Sie etwas entscheiden.
followup-5-subject = Meldung { $reference }: Auch nach einem Jahr ist die Warnung noch wichtig
followup-5-intro = Ihre Meldung ist jetzt ein Jahr her (Vorgangsnummer { $reference }). Betrüger, die angeblich Geld zurückholen, melden sich bei Betroffenen sogar noch nach Jahren. Bitte denken Sie daran:
followup-5-point-1 = Echte Behörden verlangen nie eine Gebühr, um Geld zurückzugeben. Wer von Ihnen verlangt, zuerst zu zahlen, ist ein Krimineller.
followup-5-point-2 = Wenn Sie erneut Geld verloren haben oder sich jemand bei Ihnen gemeldet hat, melden Sie es uns: Ihr persönlicher Link funktioniert weiterhin.
followup-5-point-3 = Dies ist unsere letzte geplante Warnung. Wir schreiben Ihnen nur noch, wenn es einen Warnhinweis zu einer neuen Betrugsmasche gibt, die Sie betrifft.

## Adresse bestätigen, Warnungen abbestellen

confirm-title = Bestätigen Sie Ihre E-Mail-Adresse
confirm-text = Drücken Sie auf die Schaltfläche, um zu bestätigen, dass diese E-Mail-Adresse Ihnen gehört. Danach können wir Ihnen die Warnungen schicken, die Sie angefordert haben.
confirm-button = Adresse bestätigen
confirm-done-title = Ihre Adresse ist bestätigt
confirm-done-text = Vielen Dank. Sie können unsere Warnungen jederzeit über den Link am Ende jeder Nachricht abbestellen.
token-invalid-title = Dieser Link funktioniert nicht
token-invalid-text = Der Link ist vielleicht unvollständig, wurde schon benutzt oder ist zu alt. Kopieren Sie den ganzen Link aus der E-Mail oder öffnen Sie den persönlichen Link zu Ihrem Vorgang.
unsubscribe-title = Warnungen abbestellen
unsubscribe-text = Wenn Sie auf die Schaltfläche drücken, schicken wir keine Warnungen mehr an diese Adresse. Ihre Meldung ist davon nicht betroffen.
unsubscribe-button = Warnungen abbestellen
unsubscribe-done-title = Sie erhalten keine Warnungen mehr
unsubscribe-done-text = Wir schicken keine E-Mails mehr an diese Adresse. Ihre Meldung bleibt gespeichert und geht weiterhin an die Behörde.

## Die persönliche Seite zu Ihrem Vorgang

receipt-next-confirm = Bestätigen Sie dann Ihre Adresse über den Link in dieser E-Mail. Solange Sie das nicht tun, schicken wir Ihnen nichts weiter.
case-email-title = Ihre E-Mail-Adresse
case-email-confirmed = Ihre E-Mail-Adresse ist bestätigt.
case-email-unconfirmed = Ihre E-Mail-Adresse ist noch nicht bestätigt. Bitte öffnen Sie den Link in der E-Mail, die wir Ihnen geschickt haben. Bis dahin schicken wir Ihnen nichts weiter.
case-prefs-title = Warnungen per E-Mail
case-prefs-save = Auswahl speichern
case-prefs-saved = Ihre Auswahl ist gespeichert.
case-approach-title = Hat Ihnen jemand angeboten, Ihr Geld zurückzuholen?
case-approach-intro = Wenn sich nach dem Betrug jemand bei Ihnen gemeldet und angeboten hat, Ihr Geld zurückzuholen, teilen Sie uns mit, wie man Sie erreicht hat. Wir vermerken das für die Behörde in Ihrem Vorgang als Angebot zur angeblichen Geldrückholung. Zahlen Sie diesen Leuten nichts.
case-approach-submit = Zu meinem Vorgang hinzufügen
case-approach-saved = Danke. Wir haben das in Ihrem Vorgang als Angebot zur angeblichen Geldrückholung vermerkt. Zahlen Sie diesen Leuten nichts und installieren Sie nichts, was sie von Ihnen verlangen.
case-approach-empty = Bitte geben Sie mindestens eine Telefonnummer, eine E-Mail-Adresse oder eine Website an.
rate-limited-title = Bitte warten Sie eine Minute
rate-limited-text = Von Ihrer Verbindung kamen in kurzer Zeit zu viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es erneut; was Sie bereits gespeichert haben, bleibt erhalten.
case-erase-title = Ihre Kontaktdaten löschen
case-erase-text = Damit werden Ihre E-Mail-Adresse, Ihre Telefonnummer und Ihre eigene Schilderung des Geschehens sofort und endgültig aus dieser Meldung gelöscht. Die Fakten des Falls (Zahlungen, Websites, Telefonnummern der Betrüger) bleiben bei der Behörde. Danach erhalten Sie keine E-Mails mehr zu dieser Meldung.
case-erase-button = Meine Kontaktdaten löschen
case-erased = Ihre Kontaktdaten und Ihre Schilderung wurden aus dieser Meldung gelöscht. Zu ihr werden keine E-Mails mehr verschickt.
case-messages-title = Nachrichten der Behörde
case-messages-intro = Jede Nachricht, die eine Behörde Ihnen zu dieser Meldung schickt, wird auch hier angezeigt. Wenn Sie eine Nachricht erhalten, die angeblich von der Polizei kommt und Ihre Meldung betrifft, aber hier nicht angezeigt wird, dann ist sie nicht echt.
case-message-from = Von { $authority }, { $date }
case-message-hub = Unser Koordinationsteam
email-message-subject = Eine Nachricht von { $authority } zu Ihrer Meldung { $reference }
email-message-intro = { $authority } hat Ihnen diese Nachricht zu Ihrer Meldung { $reference } geschickt:
email-message-check = Sie können prüfen, ob diese Nachricht echt ist: Sie wird auch auf der persönlichen Seite zu Ihrem Vorgang angezeigt. Öffnen Sie diese Seite über den Link aus Ihrer Eingangsbestätigung oder über Ihr eigenes Lesezeichen, nicht über einen Link in einer E-Mail. Diese E-Mail enthält keinen Link zu Ihrem Vorgang.

## „Ist dieses Angebot Betrug?“ (/check)

check-title = Ist dieses Angebot Betrug? Hier prüfen
check-intro = Jemand bietet an, Ihr verlorenes Geld gegen eine Gebühr zurückzuholen? Oder eine Website verspricht hohe Renditen? Geben Sie die Website, die E-Mail-Adresse, die Telefonnummer, die Kontonummer (IBAN) oder die Adresse der Krypto-Wallet ein. Wir sagen Ihnen, ob Betroffene sie uns gemeldet haben.
check-field = Website, E-Mail-Adresse, Telefonnummer, IBAN oder Wallet-Adresse
check-field-help = Immer nur eine Angabe. Schreiben Sie Telefonnummern mit Ländervorwahl, zum Beispiel +44 20 7946 0000.
check-submit = Prüfen
check-private = Wir speichern nicht, was Sie prüfen.
check-rate-limited = Sie haben in kurzer Zeit viele Angaben geprüft. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.
check-checked = Sie haben geprüft:
check-listed-title = Betroffene haben uns das gemeldet
check-listed-recovery = Als Angebot zur „Rückholung“ nach einem Betrug: { $band ->
    [one] gemeldet von einer betroffenen Person.
    [some] gemeldet von 2 bis 9 Betroffenen.
   *[many] gemeldet von 10 oder mehr Betroffenen.
}
check-listed-fraud = Als Teil eines Anlagebetrugs: { $band ->
    [one] gemeldet von einer betroffenen Person.
    [some] gemeldet von 2 bis 9 Betroffenen.
   *[many] gemeldet von 10 oder mehr Betroffenen.
}
check-listed-countries = { $countries ->
    [one] Die Betroffenen, die es gemeldet haben, wohnen in einem Land.
   *[other] Die Betroffenen, die es gemeldet haben, wohnen in { $countries } Ländern.
}
check-listed-note = Anmerkung unseres Koordinationsteams:
check-listed-advice = Zahlen Sie diesen Leuten nichts und geben Sie ihnen weder Ihre Bankdaten noch Ihre Dokumente noch Zugriff auf Ihren Computer. Antworten Sie ihnen nicht mehr.
check-not-found-title = Nicht in unseren Meldungen
check-not-found = Dazu haben wir keinen Eintrag. Das heißt nicht, dass es sicher ist: Betrüger wechseln ihre Websites, Nummern und Adressen alle paar Tage, und wir zeigen eine Angabe erst, wenn mehrere Betroffene sie gemeldet haben.
check-service-title = Ein bekannter Dienst
check-service = Das ist ein bekannter Dienst, zum Beispiel ein großer E-Mail-Anbieter, eine Kryptobörse, ein Zahlungsdienst oder ein Messenger. Betroffene nennen ihn, weil sie ihn genutzt haben; deshalb führen wir dazu nichts auf. Wer Sie kontaktiert, kann seinen Namen trotzdem missbrauchen: Suchen Sie die offiziellen Kontaktdaten auf der eigenen Website des Dienstes und fragen Sie dort nach.
check-report = Melden
check-link = Hat Ihnen jemand angeboten, Ihr Geld zurückzuholen? Prüfen Sie zuerst die Website, die Nummer oder die Adresse.
error-check-unknown = Das können wir nicht als Website, E-Mail-Adresse, Telefonnummer, IBAN oder Wallet-Adresse lesen. Bitte prüfen Sie die Angabe auf Tippfehler, zum Beispiel example.com oder +44 20 7946 0000.

## Polizeiportal

forbidden-title = Nicht zulässig
forbidden-text = Diese Aktion ist hier nicht zulässig. Wenn Sie diese Seite aus einem alten Tab geöffnet haben, gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
portal-name = Fallportal
portal-nav-label = Portal
portal-nav-cases = Fälle
portal-nav-unattended = Unbearbeitet
portal-nav-overview = Übersicht
portal-nav-linkage = Verknüpfende Werte
portal-nav-accounts = Konten
portal-nav-audit = Prüfprotokoll
portal-logout = Abmelden
portal-role-officer = Sachbearbeitung
portal-role-lead = Teamleitung
portal-role-coordinator = Koordination
portal-role-admin = Administration
portal-login-title = Anmelden
portal-email = E-Mail-Adresse
portal-password = Passwort
portal-login-next = Weiter
portal-login-help = Konten werden von der Teamleitung Ihrer Behörde oder von der Administration des Dienstes angelegt. Wenn Sie Ihre Authenticator-App und Ihre Wiederherstellungscodes verloren haben, bitten Sie dort um einen neuen Einrichtungslink.
portal-login-failed = Die E-Mail-Adresse oder das Passwort ist nicht richtig.
portal-login-wait = Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.
portal-login-busy = Der Dienst ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.
portal-login-submit = Anmelden
portal-code-title = Authenticator-Code
portal-code-label = Der 6-stellige Code aus Ihrer Authenticator-App oder einer Ihrer Wiederherstellungscodes
portal-code-hint = Alle 30 Sekunden erscheint ein neuer Code; jeder Code funktioniert nur einmal.
portal-code-failed = Dieser Code ist nicht richtig oder wurde bereits verwendet. Warten Sie auf den nächsten Code und versuchen Sie es erneut.
portal-enrol-title = Ihr Konto einrichten
portal-enrol-intro = Willkommen, { $name }. Wählen Sie ein Passwort und richten Sie eine Authenticator-App ein; beides brauchen Sie bei jeder Anmeldung.
portal-enrol-password-heading = 1. Ihr Passwort
portal-new-password = Neues Passwort
portal-new-password-again = Dasselbe Passwort noch einmal
portal-password-rules = Mindestens 12 Zeichen. Mehrere Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.
portal-password-mismatch = Die beiden Passwörter stimmen nicht überein.
portal-password-too-short = Ihr Passwort muss mindestens { $min } Zeichen haben.
portal-password-too-long = Ihr Passwort darf höchstens { $max } Zeichen haben.
portal-password-weak-personal = Ihr Passwort enthält Ihren Namen oder Ihre E-Mail-Adresse. Wählen Sie eines, das Menschen, die Sie kennen, nicht erraten könnten.
portal-password-weak-common = Dies ist ein häufig verwendetes Passwort oder ähnelt einem solchen. Wählen Sie etwas weniger Vorhersehbares, zum Beispiel mehrere Wörter, die nichts miteinander zu tun haben.
portal-password-weak-pattern = Wiederholungen, Folgen wie „abc“ oder „6543“ und Reihen nebeneinanderliegender Tasten sind leicht zu erraten.
portal-password-weak-date = Daten und Jahreszahlen sind leicht zu erraten.
portal-password-weak = Dieses Passwort ist zu leicht zu erraten. Fügen Sie noch ein oder zwei Wörter hinzu.
portal-enrol-totp-heading = 2. Ihre Authenticator-App
portal-enrol-totp-intro = Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel FreeOTP, Aegis oder Google Authenticator) und geben Sie dann den 6-stelligen Code ein, den die App anzeigt.
portal-enrol-qr-label = QR-Code zum Scannen mit einer Authenticator-App
portal-enrol-totp-manual = Wenn Sie nicht scannen können, geben Sie diesen Schlüssel in der App ein:
portal-enrol-code-wrong = Der Authenticator-Code ist nicht richtig. Prüfen Sie, ob die App dieses Konto anzeigt, und geben Sie den Code ein, den sie jetzt anzeigt.
portal-enrol-submit = Einrichtung abschließen
portal-recovery-title = Ihre Wiederherstellungscodes
portal-recovery-intro = Bewahren Sie diese zehn Codes an einem sicheren Ort auf, nicht bei Ihrem Telefon. Wenn Sie Ihre Authenticator-App verlieren, können Sie sich mit jedem Code einmal anmelden. Die Codes werden nur jetzt angezeigt.
portal-recovery-continue = Ich habe sie aufbewahrt – anmelden
portal-queue-title = Fälle
portal-queue-empty = Noch keine Fälle.
portal-queue-none-match = Kein Fall entspricht diesen Filtern.
portal-queue-older = Ältere Fälle
portal-col-reference = Vorgangsnummer
portal-col-received = Eingegangen
portal-col-place = Land / Region
portal-col-platform = Plattform
portal-col-status = Status
portal-col-assignee = Zugewiesen an
portal-status-new = Neu
portal-status-in_review = In Prüfung
portal-status-complaint_filed = Strafanzeige erstattet
portal-status-forwarded = Weitergeleitet
portal-status-no_action = Keine Maßnahmen
portal-status-closed = Abgeschlossen

## Polizeiportal: Konten und Prüfprotokoll

portal-accounts-title = Konten
portal-account-name = Name
portal-account-role = Rolle
portal-account-authority = Behörde
portal-account-authority-hint = Konten der Sachbearbeitung und der Teamleitung gehören zu genau einer Behörde; Konten der Koordination und der Administration zu keiner.
portal-account-state = Status
portal-account-actions = Aktionen
portal-account-active = Aktiv
portal-account-pending = Noch nicht eingerichtet
portal-account-deactivated = Deaktiviert
portal-account-reenrol = Neuer Einrichtungslink
portal-account-deactivate = Deaktivieren
portal-account-new = Neues Konto
portal-account-language = Sprache des Portals und seiner E-Mails
portal-account-create = Konto anlegen
portal-account-link-intro = Übergeben Sie diesen Einmal-Link der Person persönlich oder über einen vertrauenswürdigen Kanal. Er funktioniert nur einmal und nur 24 Stunden lang; er wird nicht noch einmal angezeigt.
portal-account-exists = Es gibt bereits ein Konto mit dieser E-Mail-Adresse.
portal-account-email-invalid = Das ist keine E-Mail-Adresse.
portal-account-authority-wrong = Wählen Sie für Sachbearbeitung und Teamleitung eine Behörde und für Koordination und Administration keine.
portal-account-role-missing = Sie können kein Konto mit dieser Rolle anlegen.
portal-audit-title = Prüfprotokoll
portal-audit-intro = Jede Anmeldung, jeder Fallaufruf, jede Suche, jeder Export und jede Änderung, die neuesten zuerst. Jeder Eintrag ist mit dem vorherigen verkettet, sodass Änderungen am Protokoll erkannt werden.
portal-audit-at = Zeit (UTC)
portal-audit-who = Wer
portal-audit-action = Aktion
portal-audit-detail = Details
portal-audit-older = Ältere Einträge

## Polizeiportal: Fallliste (Filter, Suche, Export)

portal-queue-counts = Fälle nach Status
portal-queue-search = Suche
portal-queue-search-hint = Eine Vorgangsnummer oder eine Telefonnummer, E-Mail-Adresse, Website, Wallet, IBAN oder Plattform, so wie die geschädigte Person sie eingegeben haben könnte.
portal-filter-heading = Filter
portal-filter-any = Alle
portal-filter-from = Eingegangen ab
portal-filter-until = Eingegangen bis
portal-filter-country = Wohnsitzland (Code aus zwei Buchstaben)
portal-filter-region = Region (Code, z. B. DE-HE)
portal-filter-loss = Schaden mindestens
portal-filter-currency = Währung (z. B. EUR)
portal-filter-recovery = Angebot zur angeblichen Geldrückholung gemeldet
portal-filter-method = Zahlungsart
portal-filter-language = Sprache der geschädigten Person
portal-filter-linked-abroad = Nur Fälle, die mit Meldungen aus anderen Ländern verknüpft sind
portal-filter-authority = Behörde (ID, z. B. ee-ppa)
portal-queue-apply = Fälle anzeigen
portal-queue-reset = Filter zurücksetzen
portal-export-heading = Export
portal-export-intro-queue = Alle Fälle herunterladen, die diese Filter finden (nicht nur diese Seite), für MISP, eine STIX-2.1-Plattform, eine Tabellenkalkulation oder eigene Werkzeuge.
portal-export-intro-case = Diesen Fall herunterladen, für MISP, eine STIX-2.1-Plattform, eine Tabellenkalkulation oder eigene Werkzeuge.
portal-export-intro-cluster = Alle Fälle dieses Clusters in einer Datei: ihre Werte und, für MISP und STIX, die Geschädigten, Länder und Behörden des Clusters. Exporte eines Clusters enthalten nie Kontaktdaten geschädigter Personen. Der Export wird im Prüfprotokoll festgehalten.
portal-export-tlp = Weitergabekennzeichnung (Traffic Light Protocol)
portal-export-tlp-clear = TLP:CLEAR – Weitergabe nicht beschränkt
portal-export-tlp-green = TLP:GREEN – innerhalb der Community
portal-export-tlp-amber = TLP:AMBER – innerhalb der Organisation des Empfängers und ihrer Kunden, nur soweit nötig
portal-export-tlp-amber-strict = TLP:AMBER+STRICT – nur innerhalb der Organisation des Empfängers
portal-export-tlp-red = TLP:RED – nur namentlich genannte Empfänger
portal-export-distribution = MISP-Verteilung
portal-export-distribution-hint = Mit wem eine MISP-Instanz die importierten Ereignisse teilen darf.
portal-export-distribution-0 = Nur Ihre Organisation
portal-export-distribution-1 = Nur diese Community
portal-export-distribution-2 = Verbundene Communitys
portal-export-distribution-3 = Alle Communitys
portal-export-contact = Kontaktdaten und Schilderungen der geschädigten Personen einschließen
portal-export-contact-rule = Nur für Fälle Ihrer eigenen Behörde. Jeder Export wird im Prüfprotokoll festgehalten.
portal-export-contact-never = Exporte der Koordination enthalten nie Kontaktdaten geschädigter Personen.
portal-export-as = Als { $format } herunterladen
portal-queue-col-loss = Gesamtschaden
portal-queue-col-payments = Zahlungen
portal-queue-col-indicators = Indikatoren
portal-queue-col-linked = Verknüpfte Meldungen

## Polizeiportal: ein Fall (Angaben, Status, Notizen, Zuweisung)

portal-case-title = Fall { $reference }
portal-case-message = Nachricht an die geschädigte Person
portal-case-reroute = An andere Behörde abgeben
portal-case-unassigned = Niemand
portal-case-victim = Die geschädigte Person
portal-case-email = E-Mail-Adresse
portal-case-email-confirmed = bestätigt
portal-case-email-unconfirmed = nicht bestätigt
portal-case-phone = Telefonnummer
portal-case-language = Sprache
portal-case-consent-authority = Mit Kontaktaufnahme durch die Behörde einverstanden
portal-case-consent-warnings = Mit dem Erhalt von Warnungen einverstanden
portal-case-erased = Kontaktdaten von der geschädigten Person gelöscht am
portal-case-unreadable = (dieser Wert kann nicht geöffnet werden)
portal-case-routing = Zuleitung
portal-case-residence = Wohnort
portal-case-geo = Gemeldet aus (Standort laut Netzwerk)
portal-case-geo-matches = stimmt mit dem Wohnort überein
portal-case-geo-differs = weicht vom Wohnort ab
portal-case-authority = Zuständige Behörde
portal-case-routed-to = Zugestellt an
portal-case-hub = die Koordinationsstelle
portal-case-routing-reason = Grund
portal-case-fraud = Der Betrug
portal-case-first-contact = Erster Kontakt
portal-case-platform = Plattform
portal-case-remote-access = Fernzugriffsprogramm installiert
portal-case-recovery-approach = „Rückholung“ gegen Gebühr angeboten
portal-case-story = In den Worten der geschädigten Person
portal-case-none = Keine Angaben.
portal-case-payments = Zahlungen
portal-case-payment-date = Datum
portal-case-payment-amount = Betrag
portal-case-payment-method = Zahlungsart
portal-case-payment-destination = Empfänger
portal-case-payment-crypto = In Kryptowährung
portal-case-payment-tx-hash = Transaktions-Hash
portal-case-payment-source = Gekauft oder gesendet über
portal-case-indicators = Indikatoren
portal-case-indicator-kind = Art
portal-case-indicator-typed = Wie eingegeben
portal-case-indicator-normalised = Normalisiert
portal-case-indicator-recovery = Rückholungsangebot
portal-case-kind-phone = Telefonnummer
portal-case-kind-email = E-Mail-Adresse
portal-case-kind-domain = Website
portal-case-kind-iban = IBAN
portal-case-kind-wallet-btc = Bitcoin-Wallet
portal-case-kind-wallet-eth = Ethereum-Wallet
portal-case-kind-wallet-trx = Tron-Wallet
portal-case-kind-alias = Verwendeter Name
portal-case-kind-platform = Name der Plattform
portal-linked-heading = Verknüpfte Meldungen
portal-linked-cluster = { $reports ->
        [one] Dieser Fall ist mit keiner anderen Meldung verknüpft.
       *[other] Dieser Fall gehört zu einem Cluster aus { $reports } verknüpften Meldungen (dieser Fall mitgezählt).
    }
portal-linked-none = Keine andere Meldung hat einen Wert mit diesem Fall gemeinsam.
portal-linked-summary = { $reports ->
        [one] auch in einer anderen Meldung
       *[other] auch in { $reports } anderen Meldungen
    }, { $countries ->
        [one] aus einem Land
       *[other] aus { $countries } Ländern
    }
portal-linked-too-common = { $reports ->
        [one] in einer anderen Meldung enthalten
       *[other] in { $reports } anderen Meldungen enthalten
    }: zu häufig, um Fälle damit zu verknüpfen
portal-linked-marked = von der Koordination als „nicht verknüpfend“ markiert
portal-linked-authority = Behörde, bei der sie liegen
portal-linked-reports = Meldungen
portal-linked-countries = Länder der Geschädigten
portal-case-status-heading = Status ändern
portal-case-status-to = Neuer Status
portal-case-reason = Begründung
portal-case-status-submit = Status ändern
portal-case-status-final = Der Status dieses Falls kann nicht geändert werden.
portal-case-status-not-allowed = Der Fall kann von seinem jetzigen Status aus nicht in diesen Status wechseln.
portal-case-reason-missing = Bitte geben Sie eine Begründung für die Änderung an.
portal-case-text-too-long = Dieser Text ist zu lang: höchstens 10.000 Zeichen.
portal-case-assign-heading = Zuweisung
portal-case-assignee = Zugewiesen an
portal-case-assign-submit = Zuweisen
portal-case-assignee-not-allowed = Der Fall kann nur einer aktiven Mitarbeiterin oder einem aktiven Mitarbeiter seiner Behörde zugewiesen werden.
portal-case-timeline = Verlauf
portal-case-received = Meldung eingegangen
portal-case-event-status = Status: { $status }
portal-case-event-assigned = Zugewiesen an { $name }
portal-case-event-unassigned = Zuweisung aufgehoben
portal-case-event-message = Nachricht an die geschädigte Person
portal-case-event-reroute = An andere Behörde abgegeben
portal-case-mail-receipt = E-Mail an die geschädigte Person: Eingangsbestätigung
portal-case-mail-followup = E-Mail an die geschädigte Person: Warnung { $step }
portal-case-mail-campaign = E-Mail an die geschädigte Person: Warnhinweis zu einer Betrugswelle
portal-case-mail-authority = Fall an die Behörde gesendet
portal-case-mail-state-pending = wartet auf Versand
portal-case-mail-state-sent = gesendet
portal-case-mail-state-failed = fehlgeschlagen
portal-case-mail-state-suppressed = nicht gesendet (durch die Versandregeln gestoppt)
portal-case-notes = Notizen
portal-case-notes-none = Noch keine Notizen.
portal-case-note = Notiz hinzufügen
portal-case-note-help = Notizen können nach dem Hinzufügen nicht mehr geändert oder gelöscht werden. Alle Mitarbeiterinnen und Mitarbeiter der Behörde können sie lesen.
portal-case-note-submit = Notiz hinzufügen

## Polizeiportal: Weitergabe (Nachricht an die geschädigte Person, Abgabe an andere Behörde)

portal-back-to-case = Zurück zum Fall
portal-message-title = Nachricht an die geschädigte Person in Fall { $reference }
portal-message-intro = Die geschädigte Person erhält Ihre Nachricht per E-Mail in ihrer Sprache, mit dem Namen Ihrer Behörde und der Vorgangsnummer. Außerdem sieht sie die Nachricht auf der persönlichen Seite zu ihrem Vorgang und kann dort prüfen, ob sie echt ist.
portal-message-label = Ihre Nachricht (reiner Text)
portal-message-help = Höchstens { $max } Zeichen. Verlangen Sie nie Geld, Gebühren, Passwörter oder Fernzugriff: Der geschädigten Person wird gesagt, dass echte Behörden das nie tun.
portal-message-send = Nachricht senden
portal-message-empty = Bitte schreiben Sie eine Nachricht.
portal-message-too-long = Die Nachricht ist zu lang: höchstens { $max } Zeichen.
portal-message-no-address = Die geschädigte Person hat keine E-Mail-Adresse angegeben oder hat sie gelöscht: Über diesen Dienst kann keine Nachricht gesendet werden.
portal-message-unconfirmed = Die geschädigte Person hat ihre E-Mail-Adresse noch nicht bestätigt: Ihre Nachricht wird sofort auf der Seite zu ihrem Vorgang angezeigt, per E-Mail aber erst verschickt, wenn sie die Adresse bestätigt hat.
portal-reroute-title = { $reference } an eine andere Behörde abgeben
portal-reroute-intro = Die gewählte Behörde wird per E-Mail benachrichtigt, und die Seite der geschädigten Person zu ihrem Vorgang nennt sie. Die Mitarbeiterinnen und Mitarbeiter der bisherigen Behörde verlieren sofort den Zugriff auf den Fall.
portal-reroute-current = Derzeit bei: { $name }
portal-reroute-target = Neue Behörde
portal-reroute-hub = Koordinationsstelle (gibt den Fall weiter)
portal-reroute-reason = Warum der Fall dorthin geht (wird beim Fall gespeichert; der geschädigten Person nicht angezeigt)
portal-reroute-send = Fall abgeben
portal-reroute-unknown = Bitte wählen Sie eine Behörde aus der Liste.
portal-reroute-same = Der Fall ist bereits bei dieser Behörde. Bitte wählen Sie eine andere.
portal-reroute-reason-empty = Bitte geben Sie an, warum der Fall an eine andere Stelle geht.
portal-reroute-reason-too-long = Die Begründung ist zu lang: höchstens { $max } Zeichen.

## Polizeiportal: E-Mails an die Mitarbeiterinnen und Mitarbeiter (Benachrichtigungen und tägliche Übersicht)

email-notice-subject = Neuer Fall { $reference } für { $authority }
email-notice-intro = Ein Fall wurde an { $authority } geleitet:
email-notice-handed-on = Er wurde von einer anderen Behörde oder von der Koordinationsstelle abgegeben.
email-notice-sign-in = Die Einzelheiten lesen Sie nach der Anmeldung im Fallportal.
email-notice-no-data = Diese E-Mail enthält bewusst keine Angaben zur geschädigten Person. Diese werden nur im Portal angezeigt, und zwar nur den Mitarbeiterinnen und Mitarbeitern der zuständigen Behörde.
email-digest-subject = { $count ->
        [one] Ein neuer Fall
       *[other] { $count } neue Fälle
    } für { $authority }
email-digest-intro = { $count ->
        [one] Ein Fall wurde
       *[other] { $count } Fälle wurden
    } seit { $since } (UTC) an { $authority } geleitet oder abgegeben:
email-digest-more = { $count ->
        [one] …und ein weiterer Fall.
       *[other] …und { $count } weitere Fälle.
    } Die Fallliste enthält alle:
email-named-subject = Verknüpfte Meldungen mit dem Namen „{ $name }“
email-named-intro = Die Koordinationsstelle hat einem Cluster verknüpfter Meldungen den Namen „{ $name }“ gegeben: { $victims ->
        [one] eine geschädigte Person
       *[other] { $victims } Geschädigte
    } in { $countries ->
        [one] einem Land
       *[other] { $countries } Ländern
    }, deren Meldungen dieselben Konten, Wallets, Nummern oder Websites nennen. { $reports ->
        [one] Eine dieser Meldungen liegt
       *[other] { $reports } dieser Meldungen liegen
    } als Fall bei { $authority }.
email-named-open = Ihre Fälle in diesem Cluster:
email-digest-links = Neue Meldungen, die mit Ihren früheren Fällen verknüpft sind
email-digest-link = { $new ->
        [one] Eine neue Meldung
       *[other] { $new } neue Meldungen
    } aus { $countries ->
        [one] einem Land
       *[other] { $countries } Ländern
    } { $new ->
        [one] hatte
       *[other] hatten
    } einen Wert gemeinsam mit { $cases ->
        [one] einem Ihrer früheren Fälle
       *[other] { $cases } Ihrer früheren Fälle, darunter
    }:
portal-nav-notices = E-Mails zu Fällen
portal-notices-title = E-Mails zu Fällen
portal-notices-intro = Die Sachbearbeitung und die Teamleitung von { $authority } erhalten eine E-Mail, jede Person in ihrer eigenen Sprache, wenn der Behörde ein Fall zugeleitet oder von anderer Stelle abgegeben wird. Die E-Mail nennt den Fall und verlinkt auf ihn hier im Portal; sie enthält keine Angaben zur geschädigten Person.
portal-notices-authority = Behörde
portal-notices-choice = Wie oft
portal-notices-each = Eine E-Mail pro Fall
portal-notices-digest = Eine E-Mail pro Tag mit einer Liste der neuen Fälle
portal-notices-show = Anzeigen
portal-notices-save = Speichern
portal-notices-saved = Gespeichert.
portal-notices-unknown = Bitte wählen Sie eine Behörde aus der Liste.
portal-unattended-title = Unbearbeitete Fälle
portal-unattended-intro = Diese Behörden haben kein aktives Konto im Portal; ihre neuen Fälle liest hier also niemand. Leiten Sie jeden Fall von Hand über den öffentlichen Kanal der Behörde weiter, setzen Sie den Fall dann auf „Weitergeleitet“ und geben Sie den Kanal als Begründung an: Danach erscheint der Fall nicht mehr in dieser Liste.
portal-unattended-authority = Behörde
portal-unattended-channel = Öffentlicher Kanal
portal-unattended-waiting = Neue Fälle
portal-unattended-oldest = Ältester Eingang
portal-unattended-open = Diese Fälle öffnen
portal-unattended-none = Alle Behörden mit neuen Fällen haben ein aktives Konto.
portal-linkage-title = Werte, die Fälle verknüpfen, und solche, die es nicht tun
portal-linkage-intro = Meldungen werden über die Werte verknüpft, die sie gemeinsam haben. Manche Werte würden Fälle zusammenführen, die nichts miteinander zu tun haben: Die Domains der großen E-Mail-Anbieter und Zahlungsdienste verknüpfen nie, und ein Wert, der in einem ungewöhnlich großen Anteil aller Meldungen vorkommt, verknüpft nicht mehr. Sie können einen Wert von Hand als „nicht verknüpfend“ oder „verknüpfend“ markieren; die Cluster werden dann innerhalb einer Minute neu gebildet. Jede Änderung wird im Prüfprotokoll festgehalten.
portal-linkage-saved = Gespeichert. Die Cluster werden innerhalb einer Minute neu gebildet.
portal-linkage-rebuild-due = Die Cluster müssen neu gebildet werden; das geschieht innerhalb einer Minute.
portal-linkage-mark-heading = Einen Wert markieren
portal-linkage-kind = Art
portal-linkage-kind-platform = Name der Plattform
portal-linkage-kind-domain = Website
portal-linkage-kind-email = E-Mail-Adresse
portal-linkage-kind-phone = Telefonnummer (mit Ländervorwahl)
portal-linkage-kind-account = IBAN oder Wallet-Adresse
portal-linkage-value = Wert
portal-linkage-mark = Markierung
portal-linkage-mark-not-linking = Nicht verknüpfend
portal-linkage-mark-linking = Verknüpfend
portal-linkage-mark-none = Markierung entfernen
portal-linkage-save = Markierung speichern
portal-linkage-not-of-kind = Das ist kein Wert der gewählten Art. Prüfen Sie die Art und geben Sie Telefonnummern mit Ländervorwahl an.
portal-linkage-builtin = Dieser Wert steht auf der eingebauten Liste der Werte, die nie verknüpfen (ein großer E-Mail-Anbieter, eine Kryptobörse oder ein Zahlungsdienst).
portal-linkage-marked = Von der Koordination markiert
portal-linkage-too-common = Zu häufig zum Verknüpfen
portal-linkage-too-common-intro = Diese Werte kommen in mehr Meldungen vor, als die Schwellenwerte zulassen; sie verknüpfen daher nichts. Markieren Sie einen Wert als „verknüpfend“, wenn er tatsächlich zu einem einzigen Betrug gehört.
portal-linkage-builtin-heading = Nie verknüpfend (eingebaut)
portal-linkage-why = Grund
portal-linkage-why-mail = ein großer E-Mail-Anbieter (seine einzelnen Adressen verknüpfen weiterhin)
portal-linkage-why-service = eine bekannte Kryptobörse, ein bekannter Zahlungsdienst oder Messenger
portal-overview-title = Grenzüberschreitend verknüpfte Fälle
portal-overview-intro = Meldungen, die eine Wallet, ein Bankkonto, eine Telefonnummer, eine E-Mail-Adresse, eine Website oder einen Plattformnamen gemeinsam haben, bilden einen Cluster. Die Cluster sind hier mit ihren Geschädigten, Ländern und Schäden aufgeführt; öffnen Sie einen Cluster, um zu sehen, wo seine Geschädigten wohnen und bei welchen Behörden seine Meldungen liegen.
portal-overview-rank = Sortieren nach
portal-overview-rank-victims = Anzahl der Geschädigten
portal-overview-rank-countries = Anzahl der Länder
portal-overview-rank-loss = Schaden in der gewählten Währung
portal-overview-currency = Währung
portal-overview-show = Anzeigen
portal-overview-none = Es sind noch keine Meldungen verknüpft.
portal-overview-csv = Diese Tabelle herunterladen (CSV)
portal-overview-caption = Cluster verknüpfter Meldungen
portal-overview-cluster = Cluster
portal-overview-cluster-name = Cluster { $id }
portal-overview-loss = Schaden ({ $currency })
portal-cluster-back = Zurück zur Übersicht
portal-cluster-name-heading = Als Kampagne benennen
portal-cluster-name-intro = Wenn Sie den Cluster benennen, werden alle Behörden informiert, bei denen seine Meldungen liegen: Jedes ihrer Portalkonten erhält eine E-Mail in seiner eigenen Sprache und ihre Eingangsadresse ebenfalls eine, jeweils mit der Angabe, wie viele Meldungen des Clusters bei ihnen liegen, und einem Link zu diesen Fällen. Die E-Mail enthält keine Daten geschädigter Personen.
portal-cluster-name-label = Name
portal-cluster-name-submit = Benennen und die beteiligten Behörden benachrichtigen
portal-cluster-name-missing = Bitte geben Sie dem Cluster einen Namen.
portal-cluster-name-too-long = Der Name ist zu lang: höchstens { $max } Zeichen.
portal-cluster-named = Benannt. Alle Behörden, bei denen seine Meldungen liegen, werden innerhalb einer Minute informiert.
portal-cluster-campaign-hint = Um die Geschädigten dieses Clusters zu warnen, die Warnungen zugestimmt haben, senden Sie einen Warnhinweis als Kampagne mit `cluster = { $id }` in ihrem Ziel (target; siehe README, Abschnitt „Campaigns“).
portal-cluster-victims = Geschädigte
portal-cluster-countries = Länder
portal-cluster-authorities = Behörden
portal-cluster-first = Erste Meldung
portal-cluster-last = Letzte Meldung
portal-cluster-map = Wo die Geschädigten wohnen
portal-cluster-map-desc = Eine Weltkarte, eingefärbt nach der Zahl der Geschädigten in jedem Land; { $countries ->
        [one] in einem Land gibt es Geschädigte.
       *[other] in { $countries } Ländern gibt es Geschädigte.
    } Die Tabelle unten enthält dieselben Zahlen.
portal-cluster-none = Keine.
portal-cluster-by-country = Geschädigte pro Land
portal-cluster-country = Land
portal-cluster-code = Code
portal-cluster-losses = Schaden pro Währung
portal-cluster-currency = Währung
portal-cluster-loss = Schaden
portal-cluster-weeks = Meldungen pro Woche
portal-cluster-week = Woche (Montag)
portal-cluster-holders = Behörden, bei denen seine Meldungen liegen
portal-cluster-values = Was seine Meldungen gemeinsam haben
portal-cluster-value = Wert
portal-cluster-value-reports = { $reports ->
        [one] eine Meldung
       *[other] { $reports } Meldungen
    }
portal-cluster-more = { $count ->
        [one] Ein weiterer Wert steht in der CSV-Datei.
       *[other] { $count } weitere Werte stehen in der CSV-Datei.
    }

## Polizeiportal: Einträge der öffentlichen Abfrage (/portal/check)

portal-nav-check = Öffentliche Abfrage
portal-check-title = Was die öffentliche Abfrage anzeigt
portal-check-intro = Jede Person kann auf der Seite der öffentlichen Abfrage eine Website, E-Mail-Adresse, Telefonnummer, IBAN oder Wallet prüfen. Ein Wert wird nur angezeigt, wenn mindestens zwei voneinander unabhängige Meldungen ihn enthalten (aus verschiedenen Browsern und Netzwerken), und die Zahl der Geschädigten wird nur in groben Stufen genannt; eine Meldung wird nie gezeigt. Veröffentlichen Sie einen Wert, um ihn unabhängig von den Meldungen mit einer öffentlichen Anmerkung anzuzeigen; ziehen Sie einen Wert zurück, um ihn dauerhaft auszublenden, egal wie viele ihn melden, bis er wieder veröffentlicht wird. Jede Entscheidung wird im Prüfprotokoll festgehalten.
portal-check-saved = Gespeichert. Die öffentliche Abfrage antwortet ab jetzt entsprechend.
portal-check-decide-heading = Einen Wert veröffentlichen oder zurückziehen
portal-check-value = Wert
portal-check-decision = Entscheidung
portal-check-publish = Mit öffentlicher Anmerkung veröffentlichen
portal-check-withdraw = Zurückziehen (nie anzeigen)
portal-check-note = Öffentliche Anmerkung
portal-check-note-help = Wird der Öffentlichkeit so angezeigt, wie Sie sie schreiben, zum Beispiel „Falsche Anwaltskanzlei, die von Geschädigten eine Gebühr für die Rückholung verlangt“. Nennen Sie keine geschädigte Person und keinen Fall.
portal-check-note-required = Bitte schreiben Sie die öffentliche Anmerkung, die zu einem veröffentlichten Wert gehört.
portal-check-note-long = Die Anmerkung ist zu lang: höchstens 300 Zeichen.
portal-check-service = Dies ist die Domain oder Adresse eines bekannten Dienstes; die öffentliche Abfrage führt dazu nichts auf.
portal-check-save = Speichern
portal-check-published = Veröffentlicht
portal-check-withdrawn = Zurückgezogen
portal-check-changed = Entschieden (UTC)

## API tokens (/portal/api-tokens)
portal-nav-api-tokens = API-Tokens
portal-api-tokens-title = API-Tokens
portal-api-tokens-partner-intro = Mit einem Partner-Token kann das System einer Bank oder eines Telekommunikationsunternehmens die öffentliche Abfrage über die API (/api/v1/check) nutzen, um seine Kundinnen und Kunden zu warnen. Es öffnet keinen Fall, antwortet wie die Seite der öffentlichen Abfrage (nie mit einer Meldung oder einer geschädigten Person), ist pro Minute begrenzt, gilt bis zu seinem Ablauf oder Widerruf, und jede Nutzung wird im Prüfprotokoll vermerkt.
portal-api-tokens-intro = Mit einem Token kann ein System Ihrer Behörde die Fälle Ihrer Behörde über die API (/api/v1) lesen, ohne Kontaktdaten. Es liest nur, gilt bis zu seinem Ablauf oder Widerruf, und jede Nutzung wird im Prüfprotokoll vermerkt.
portal-api-tokens-none = Ihre Behörde hat noch kein API-Token.
portal-api-token-secret-intro = Kopieren Sie dieses Token jetzt in Ihr System: Es wird nicht noch einmal angezeigt. Wer es besitzt, kann die Fälle Ihrer Behörde lesen, bis es abläuft oder Sie es widerrufen.
portal-api-token-revoked-done = Das Token ist widerrufen: Es öffnet die API nicht mehr.
portal-api-token-name = Name
portal-api-token-created = Erstellt
portal-api-token-expires = Läuft ab
portal-api-token-last-used = Zuletzt genutzt
portal-api-token-state = Status
portal-api-token-revoke = Widerrufen
portal-api-token-new = Neues Token
portal-api-token-days = Gültig für (Tage)
portal-api-token-create = Token erstellen
portal-api-token-live = Aktiv
portal-api-token-expired = Abgelaufen
portal-api-token-revoked = Widerrufen
portal-api-token-name-missing = Geben Sie dem Token einen Namen (das System, das es nutzen wird).
portal-api-token-name-long = Der Name darf höchstens { $max } Zeichen lang sein.
portal-api-token-days-invalid = Geben Sie eine ganze Zahl von Tagen zwischen 1 und { $max } ein.

## Ein weitergeleiteter Fall, verschlüsselt per E-Mail an den OpenPGP-Schlüssel einer Behörde gesendet
sealed-case-subject = Neuer Fall { $reference }
sealed-case-intro = Ein neuer Fall für { $authority }. Diese Nachricht wurde für Ihren OpenPGP-Schlüssel { $fingerprint } verschlüsselt.
sealed-case-contact-given = Die geschädigte Person ist damit einverstanden, dass ihre Kontaktdaten an die zuständige Behörde weitergegeben werden: Die Kontaktdaten stehen unten und in den angehängten Dateien.
sealed-case-contact-withheld = Die geschädigte Person ist nicht damit einverstanden, dass ihre Kontaktdaten an die Behörde weitergegeben werden: Die Kontaktdaten wurden weggelassen.
sealed-case-files = Angehängt: der Fall als MISP-Ereignis (case.misp.json) und als Bundle im Format STIX 2.1 (case.stix.json), zum Import in Analysewerkzeuge.
