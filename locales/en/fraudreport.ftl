## Shared page parts

site-name = Report investment fraud
skip-to-content = Skip to the main content
language-label = Language
footer-no-money = This service is free. It never asks you for money and never asks for access to your computer.
footer-about = A public reporting service for victims of online investment fraud.
footer-geoip = Country of your connection estimated with IP address data from the regional internet registries (ip-location-db, CC BY 4.0). Your IP address is not stored.

## Home page

home-title = Report online investment fraud
home-lead = Have you lost money on a fake trading, investment or crypto platform? You can report it here, in your own language.
home-what-we-do = We pass your report to the police or fraud-reporting centre responsible for where you live, and we tell you what to do next.
home-no-account = You do not need an account. It takes about ten minutes.
home-what-helps = It helps to have at hand, if you can: the name of the platform, the website address, the phone numbers and e-mail addresses that contacted you, and the details of your payments.
home-start = Start my report

## The report form

form-title = Tell us what happened
form-intro = Answer what you can. Only the fields marked “required” must be filled in; everything else helps but can stay empty.
form-required = required
form-optional = optional
form-submit = Send my report
form-privacy = We use your answers only to pass your report to the competent authority and to warn you about follow-up scams. We never sell or publish them.

section-you = About you
field-contact-email = Your e-mail address
field-contact-email-help = We need it to send you a receipt and to warn you about follow-up scams. Without it we cannot write to you.
field-contact-phone = Your phone number
field-contact-phone-help = So that the police can call you back. Add the country code if you can, for example +372.
field-residence = Country where you live
field-residence-help = Your report goes to the authority responsible for this country.
field-residence-choose = Choose a country
field-region = Region where you live
field-region-help = In this country the police are organised by region. Choosing yours sends the report straight to the right police force. If you are not sure, leave it empty.
field-region-choose = I am not sure
form-region-step = In your country the police are organised by region. Please choose your region below and send again. If you are not sure, just send again without it.

section-start = How it started
field-channel = How were you first contacted?
field-channel-choose = Choose one
channel-phone-call = A phone call
channel-social-media = An advert or message on social media
channel-messaging-app = A messaging app (for example WhatsApp or Telegram)
channel-email = An e-mail
channel-website = A website I found
channel-dating-app = A dating app or site
channel-other = Another way
field-first-contact-date = When was that?
field-date-help = For example 2024-03-31. An approximate date is fine.

section-platform = The platform and the people
field-platform = Name of the platform or company
field-platform-help = The name of the trading platform, broker or app they showed you.
field-websites = Website addresses
field-websites-help = One per line, for example trade-example.com.
field-caller-names = Names the people used
field-caller-names-help = The names they gave you, even if they were probably false. One per line.
field-scam-phones = Phone numbers that contacted you
field-scam-phones-help = One per line, with the country code if you know it.
field-scam-emails = E-mail addresses that contacted you
field-scam-emails-help = One per line.
field-remote-access = Did they ask you to install a program such as AnyDesk or TeamViewer on your computer or phone?
answer-yes = Yes
answer-no = No
answer-unsure = I am not sure

section-payments = Money you paid
section-payments-help = One row per payment. Leave the rows you do not need empty.
payment-legend = Payment { $number }
field-payment-date = Date
field-payment-amount = Amount
field-payment-amount-help = For example 1500.50
field-payment-currency = Currency
field-payment-currency-help = Three letters, for example EUR, USD or GBP.
field-payment-method = How you paid
field-payment-method-choose = Choose one
method-bank-transfer = Bank transfer
method-card = Card
method-crypto = Cryptocurrency
method-cash = Cash
method-other = Another way
field-payment-destination = Where the money went
field-payment-destination-help = The account number (IBAN), the crypto wallet address, or another reference you were given.
field-payment-crypto-amount = Amount in crypto
field-payment-crypto-amount-help = If you paid in cryptocurrency: the amount as your exchange or wallet shows it, for example 0.015 or 1250.5. You may give the amount in money as well, or only one of the two.
field-payment-asset = Cryptocurrency
field-payment-network = Network
field-payment-network-help = Only needed for USDT when you do not give the wallet address: Tron (addresses start with T) or Ethereum (addresses start with 0x).
field-payment-tx-hash = Transaction hash (TxID)
field-payment-tx-hash-help = The long code of this transfer in your exchange’s or wallet’s history. With it, an exchange can find and sometimes freeze the money.
field-payment-source = Bought or sent from
field-payment-source-help = The exchange, bank or app you used, for example Binance, Coinbase or your bank’s name.
payments-add = Add another payment

section-after = Since then
field-recovery-approach = Has anyone since offered to get your money back if you pay a fee?
field-story = What happened, in your own words
field-story-help = Up to { $max } characters. Do not write passwords or full card numbers.

section-consent = Your consent
field-consent-authority = I agree that this report is passed to the police or fraud-reporting centre responsible for where I live.
field-consent-warnings = Send me warnings by e-mail about scams that target victims, such as fake offers to recover money.
honeypot-label = Leave this field empty

## Errors next to the fields

errors-title =
    { $count ->
        [one] There is one problem with your report
       *[other] There are { $count } problems with your report
    }
errors-intro = Your answers are kept. Please correct the fields below and send again.
error-required = Please fill in this field.
error-too-long = This is too long: at most { $max } characters.
error-too-many-lines = Too many lines: at most { $max }.
error-email = This does not look like an e-mail address. Check it for typing errors, for example name@example.com.
error-phone = This does not look like a phone number. Check it and add the country code, for example +44 20 7946 0000.
error-country = Please choose a country from the list.
error-region = Please choose a region of the country you live in, or leave it empty.
error-choice = Please choose one of the options.
error-date-format = Please write the date as year-month-day, for example 2024-03-31.
error-date-future = This date is in the future. Please check it.
error-date-too-early = This date is before 1990. Please check it.
error-website = Line { $line } is not a website address. Write it like trade-example.com.
error-scam-phone = Line { $line } does not look like a phone number. Add the country code if you know it.
error-scam-email = Line { $line } does not look like an e-mail address.
error-amount-format = Please write the amount with digits only, for example 1500.50.
error-amount-positive = The amount must be more than zero.
error-amount-decimals =
    { $digits ->
        [0] { $currency } has no cents: please write a whole number.
       *[other] { $currency } has at most { $digits } digits after the decimal point.
    }
error-currency = Please write a currency code of three letters, for example EUR.
error-payment-incomplete = Please give the amount with its currency, or the amount in crypto with its cryptocurrency, or leave the whole row empty.
error-crypto-incomplete = Please give both the amount in crypto and the cryptocurrency it was paid in.
error-network-needed = { $asset } is sent over Tron or over Ethereum: please choose the network, or give the wallet address it went to.
error-not-on-network = { $asset } is not sent over { $chain }: please check the cryptocurrency, the address and the network.
error-tx-hash-length = A { $chain } transaction hash has 64 letters and digits, not { $length }. Please copy it again from your exchange or wallet.
error-tx-hash-characters = A { $chain } transaction hash holds only the digits 0 to 9 and the letters a to f. Please copy it again from your exchange or wallet.
error-tx-hash-prefix = A { $chain } transaction hash does not start with 0x. Please check the network, or copy the hash again.
error-tx-hash-network = To check this transaction hash, please choose the cryptocurrency or the network, or give the wallet address.
error-iban = This account number (IBAN) is not valid: its check digits do not match. Please compare it with your bank statement.
error-iban-country = This looks like an IBAN, but an IBAN starts with the code of its country, and { $code } is not a country that uses IBANs. Please check the first two letters.
error-iban-format = This looks like an IBAN from { $country }, but it has too many or too few characters, or a letter where a digit belongs. Please compare it with your bank statement.
error-wallet = This looks like a wallet address ({ $chain }), but its built-in check does not match: a character is probably mistyped. Please copy it again from your wallet or exchange.
error-wallet-characters = This looks like a wallet address ({ $chain }), but it contains characters that never appear in such an address: { $characters }. Please copy it again from your wallet or exchange.
error-wallet-length = This looks like a wallet address ({ $chain }), but it has { $length } characters instead of { $expected }. Please copy it again from your wallet or exchange.
error-wallet-case =
    { $chain ->
        [Ethereum] This looks like a wallet address (Ethereum), but its capital letters do not match its built-in check (EIP-55): a character is probably mistyped. Please copy it again from your wallet or exchange.
       *[other] This looks like a wallet address ({ $chain }), but it mixes capital and small letters, which such an address never does. Please copy it again from your wallet or exchange.
    }
error-consent-authority = We can only pass on your report with your agreement.
error-warnings-need-email = To receive warnings by e-mail, please give your e-mail address.
error-honeypot = Please leave the last hidden field empty.
error-form-expired = For your security, this form expired. Your answers are kept: please press “Send my report” again.
error-rate-limited = Too many reports were sent from your connection. Please wait a minute and try again.
error-store-unavailable = Your report could not be saved just now: our database is briefly unavailable. Nothing you typed is lost, it is all still below. Please wait a minute, then press “Send my report” again.

## The receipt

receipt-title = Your report has been received
receipt-saved = Your report is saved. Thank you for taking the time: it helps to stop these criminals.
receipt-reference-label = Your reference
receipt-reference-help = Write it down. Give it when you talk to the police. Every message from this service shows it, so you can check that a message really comes from us.
receipt-link-label = Your private link
receipt-link-help = Keep this link for yourself, for example as a bookmark. With it you will be able to add information later. Do not share it.
receipt-authority-title = Who handles your report
receipt-authority-intro = The authority responsible for where you live is:
receipt-authority-because = You told us you live in { $place }: reports from there go to this authority.
receipt-authority-complaint = To make a formal complaint there:
receipt-authority-website = Website
receipt-authority-report-page = Reporting page
receipt-authority-phone = Phone
receipt-hub = We do not yet have a police contact for your country. Our coordination team will pass your report on to the competent authority.
receipt-next-title = What happens next
receipt-next-authority = We pass your report to the police or fraud-reporting centre responsible for where you live.
receipt-next-complaint = This report does not replace a formal complaint. If you want to make one, contact your local police and give them your reference.
receipt-next-email = If you gave your e-mail address, you will receive a receipt with your reference.
receipt-next-bank = If a payment is recent, call your bank or the exchange you used now: they can sometimes stop or recall it.
receipt-another = Report another scam

## The recovery-scam warning

warning-title = Beware: the scammers may come back
warning-intro = After a fraud, many victims are contacted again by people who promise to get the money back. They are criminals too. They often know your name, the amounts and the dates.
warning-no-fee = No authority and no genuine helper charges a fee to recover your money.
warning-no-unfreeze = Nobody can “unfreeze” or “release” your money in exchange for a payment, a tax or a licence fee.
warning-no-official = Officials never write from Gmail, Yahoo or similar addresses, and never ask for remote access to your computer, for cryptocurrency, for gift cards or for you to open new accounts abroad.
warning-verify = If someone says they are from the police, a court, a lawyer or Europol: hang up, find the official number on the authority's own website, and call back. Ask how they found you.
warning-repeat = Once you pay, the demands do not stop: each payment brings the next.
warning-report = If you are approached, report it to the same authority as the original fraud.
warning-our-messages = Our own messages never ask you for money and never link to a payment page. They always show your reference.

## E-mails

email-receipt-subject = Your report { $reference } has been received
email-hello = Hello,
email-receipt-intro = Thank you for your report. It is saved under this reference:
email-genuine = How to recognise our genuine messages: they always quote your reference { $reference }, they never ask you for money and they never link to a payment page.
email-why = You receive this e-mail because this address was given with a fraud report. If that was not you, please ignore it.

## Other pages

not-found-title = Page not found
not-found-text = This page does not exist. Check the address, or start from the home page.
error-page-title = Something went wrong
error-page-text = Sorry, we could not complete this. Nothing was lost on your side: please try again in a few minutes.
back-home = Go to the home page
too-large-title = Too much to send at once
too-large-text = What you sent is longer than this service accepts, so nothing was saved. Go back with your browser’s back button (what you typed is usually still there), shorten the longest texts and send again.

## E-mails: confirmation, private link, unsubscribe

email-confirm-title = Please confirm your e-mail address
email-confirm-text = We send you nothing more until you confirm that this address is yours. Open this link and press the button:
email-case-link = Your private link to your case, to add information, to report someone who offers to recover your money, or to change your warnings:
email-unsubscribe = You receive these warnings because you asked for them with your report. To stop them, open this link (no login needed):
email-followup-close = If someone approaches you, do not pay and do not install anything. Report it to the authority that handles your case, and add it to your case through your private link.
email-campaign-intro = This is an alert from the coordinators of this service about a current scam that targets people who reported a fraud like yours (your reference: { $reference }).

## Follow-up warnings (sent 3, 14, 45, 120 and 365 days after the report)

followup-1-subject = Report { $reference }: beware of offers to recover your money
followup-1-intro = A few days ago you reported an investment fraud (reference { $reference }). In the days after a loss, many victims are contacted by people who offer to get the money back. Remember:
followup-1-point-1 = They may know your name, the amounts and the platform you used. That does not make them genuine: the same criminals often pass on or sell victims' details.
followup-1-point-2 = No police force, court, lawyer or recovery company asks for a fee, a tax or a deposit before returning money.
followup-1-point-3 = Do not give anyone remote access to your computer or phone, and do not open new accounts because someone tells you to.
followup-2-subject = Report { $reference }: how to check who is really calling
followup-2-intro = Two weeks ago you reported an investment fraud (reference { $reference }). Recovery scammers often pretend to be officials. This is how to check:
followup-2-point-1 = Do not trust the number shown on your phone, a logo, a badge number or an official-looking letter: all of them can be faked.
followup-2-point-2 = Hang up. Find the authority's number yourself on its official website, not in the message you received, and call back.
followup-2-point-3 = Ask how they found you and why they need money. A genuine official is never offended when you check.
followup-3-subject = Report { $reference }: new tricks used by recovery scammers
followup-3-intro = You reported an investment fraud some weeks ago (reference { $reference }). These are tricks that recovery scammers use at the moment:
followup-3-point-1 = Fake law firms and “asset recovery” agencies with professional websites, which promise to trace your money in exchange for an advance fee.
followup-3-point-2 = Messages that claim to come from Europol, Interpol, a financial regulator or a court, saying that your money was found and can be released after a payment.
followup-3-point-3 = “Blockchain tracing” or “crypto forensics” services that ask for a payment or for access to your wallet.
followup-4-subject = Report { $reference }: the scammers may still come back
followup-4-intro = Some months have passed since your report (reference { $reference }). Criminals often return with a new story. Be careful with:
followup-4-point-1 = Offers to join a class action, a compensation fund or a refund from the platform, if you pay a fee or a tax first.
followup-4-point-2 = Any request for money, for remote access to your devices, or for your bank or wallet details.
followup-4-point-3 = Pressure to decide quickly or to keep it secret. Talk to someone you trust before you decide anything.
followup-5-subject = Report { $reference }: one year later, the warning still matters
followup-5-intro = It is one year since your report (reference { $reference }). Recovery scammers contact victims even years later. Please keep in mind:
followup-5-point-1 = Genuine authorities never charge a fee to return money. Whoever asks you to pay first is a criminal.
followup-5-point-2 = If you lost money again, or someone approached you, report it: your private link still works.
followup-5-point-3 = This is our last scheduled warning. We will write again only if there is an alert about a new scam that concerns you.

## Confirming an address, stopping warnings

confirm-title = Confirm your e-mail address
confirm-text = Press the button to confirm that this e-mail address is yours. After that we can send you the warnings you asked for.
confirm-button = Confirm my address
confirm-done-title = Your address is confirmed
confirm-done-text = Thank you. You can stop our warnings at any time with the link at the end of each message.
token-invalid-title = This link does not work
token-invalid-text = The link may be incomplete, already used or too old. Copy the whole link from the e-mail, or open the private link to your case.
unsubscribe-title = Stop the warnings
unsubscribe-text = Press the button and we will send no more warnings to this address. Your report is not affected.
unsubscribe-button = Stop the warnings
unsubscribe-done-title = You will receive no more warnings
unsubscribe-done-text = We will send no more e-mails to this address. Your report is kept and still goes to the authority.

## The private case page

receipt-next-confirm = Then confirm your address with the link in that e-mail. Until you do, we send you nothing else.
case-email-title = Your e-mail address
case-email-confirmed = Your e-mail address is confirmed.
case-email-unconfirmed = Your e-mail address is not confirmed yet. Please open the link in the e-mail we sent you. Until then we send you nothing else.
case-prefs-title = Warnings by e-mail
case-prefs-save = Save my choice
case-prefs-saved = Your choice is saved.
case-approach-title = Has someone offered to recover your money?
case-approach-intro = If someone contacted you after the fraud and offered to get your money back, tell us how they reached you. We add it to your case as a recovery approach, for the authority. Do not pay them.
case-approach-submit = Add to my case
case-approach-saved = Thank you. We added this to your case as a recovery approach. Do not pay them and do not install anything they ask for.
case-approach-empty = Please give at least one phone number, e-mail address or website.
rate-limited-title = Please wait a minute
rate-limited-text = Too many requests came from your connection in a short time. Please wait a minute and try again; nothing you saved before is lost.
case-erase-title = Erase your contact details
case-erase-text = This removes your e-mail address, your phone number and your own account of what happened from this report, at once and for good. The facts of the case (payments, websites, the scammers’ phone numbers) stay with the authority. After this you will receive no more e-mails about this report.
case-erase-button = Erase my contact details
case-erased = Your contact details and your account of what happened were erased from this report. No more e-mails will be sent about it.
case-messages-title = Messages from the authority
case-messages-intro = Every message an authority sends you about this report is also shown here. If you receive a message that claims to be from the police about your report and it is not shown here, it is not genuine.
case-message-from = From { $authority }, { $date }
case-message-hub = Our coordination team
email-message-subject = A message from { $authority } about your report { $reference }
email-message-intro = { $authority } sent you this message about your report { $reference }:
email-message-check = You can check that this message is genuine: it is also shown on your private case page. Open that page with the link from your receipt or your own bookmark, not from a link in an e-mail. This e-mail contains no link to your case.

## "Is this offer a scam?" (/check)

check-title = Is this offer a scam? Check it here
check-intro = Someone offers to get your lost money back, for a fee? Or a website promises high returns? Enter their website, e-mail address, phone number, bank account (IBAN) or crypto wallet address. We tell you whether victims have reported it to us.
check-field = Website, e-mail address, phone number, IBAN or wallet address
check-field-help = One at a time. Write phone numbers with their country code, for example +44 20 7946 0000.
check-submit = Check
check-private = We do not record what you check.
check-rate-limited = You have checked many values in a short time. Please wait a minute and try again.
check-checked = You checked:
check-listed-title = Victims have reported this to us
check-listed-recovery = As a “recovery” offer after a fraud: { $band ->
    [one] by one victim.
    [some] by 2 to 9 victims.
   *[many] by 10 or more victims.
}
check-listed-fraud = As part of an investment fraud: { $band ->
    [one] by one victim.
    [some] by 2 to 9 victims.
   *[many] by 10 or more victims.
}
check-listed-countries = { $countries ->
    [one] The victims who reported it live in one country.
   *[other] The victims who reported it live in { $countries } countries.
}
check-listed-note = Our coordinators note:
check-listed-advice = Do not pay them and do not give them your bank details, your documents or access to your computer. Stop answering them.
check-not-found-title = Not in our reports
check-not-found = We have no listing for this. That does not mean it is safe: fraudsters change their websites, numbers and addresses every few days, and we show a value only once several victims have reported it.
check-service-title = A well-known service
check-service = This is a well-known service, such as a big e-mail provider, an exchange, a payment service or a messenger. Victims name it because they used it, so we list nothing about it. Someone who contacts you can still misuse its name: find its official contact details on its own website and ask there.
check-report = Report it
check-link = Has someone offered to recover your money? Check their website, number or address first.
error-check-unknown = We cannot read this as a website, e-mail address, phone number, IBAN or wallet address. Check it for typing errors, for example example.com or +44 20 7946 0000.

## Police portal

forbidden-title = Not allowed
forbidden-text = This action is not allowed here. If you opened this page from an old tab, go back, reload it and try again.
portal-name = Case portal
portal-nav-label = Portal
portal-nav-cases = Cases
portal-nav-unattended = Unattended
portal-nav-overview = Overview
portal-nav-linkage = Linking values
portal-nav-accounts = Accounts
portal-nav-audit = Audit log
portal-logout = Log out
portal-role-officer = Officer
portal-role-lead = Lead officer
portal-role-coordinator = Coordinator
portal-role-admin = Administrator
portal-login-title = Log in
portal-email = E-mail address
portal-password = Password
portal-login-next = Continue
portal-login-help = Accounts are created by your authority’s lead officer or the service administrator. If you have lost your authenticator and your recovery codes, ask them for a new enrolment link.
portal-login-failed = The e-mail address or the password is not right.
portal-login-wait = Too many failed attempts. Please try again in { $minutes } minutes.
portal-login-busy = The service is busy. Please try again in a moment.
portal-login-submit = Log in
portal-code-title = Authenticator code
portal-code-label = The 6-digit code from your authenticator app, or one of your recovery codes
portal-code-hint = A new code appears every 30 seconds; each code works once.
portal-code-failed = This code is not right, or it was already used. Wait for the next code and try again.
portal-enrol-title = Set up your account
portal-enrol-intro = Welcome, { $name }. Choose a password and set up an authenticator app; both are needed every time you log in.
portal-enrol-password-heading = 1. Your password
portal-new-password = New password
portal-new-password-again = The same password again
portal-password-rules = At least 12 characters. Several unrelated words are easy to remember and hard to guess.
portal-password-mismatch = The two passwords are not the same.
portal-password-too-short = Your password needs at least { $min } characters.
portal-password-too-long = Your password can have at most { $max } characters.
portal-password-weak-personal = Your password contains your name or e-mail address. Choose one that people who know you could not guess.
portal-password-weak-common = This is a common password, or close to one. Choose something less predictable, such as several unrelated words.
portal-password-weak-pattern = Repeats, sequences such as “abc” or “6543” and rows of keys are easy to guess.
portal-password-weak-date = Dates and years are easy to guess.
portal-password-weak = This password is too easy to guess. Add another word or two.
portal-enrol-totp-heading = 2. Your authenticator app
portal-enrol-totp-intro = Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), then type the 6-digit code it shows.
portal-enrol-qr-label = QR code to scan with an authenticator app
portal-enrol-totp-manual = If you cannot scan, type this key into the app:
portal-enrol-code-wrong = The authenticator code is not right. Check the app shows this account and type the code it shows now.
portal-enrol-submit = Finish setting up
portal-recovery-title = Your recovery codes
portal-recovery-intro = Keep these ten codes somewhere safe, away from your phone. Each one logs you in once if you lose your authenticator. They are shown only now.
portal-recovery-continue = I have kept them — log in
portal-queue-title = Cases
portal-queue-empty = No cases yet.
portal-queue-none-match = No case matches these filters.
portal-queue-older = Older cases
portal-col-reference = Reference
portal-col-received = Received
portal-col-place = Country / region
portal-col-platform = Platform
portal-col-status = Status
portal-col-assignee = Assigned to
portal-status-new = New
portal-status-in_review = In review
portal-status-complaint_filed = Complaint filed
portal-status-forwarded = Forwarded
portal-status-no_action = No action
portal-status-closed = Closed
portal-accounts-title = Accounts
portal-account-name = Name
portal-account-role = Role
portal-account-authority = Authority
portal-account-authority-hint = Officers and lead officers belong to one authority; coordinators and administrators to none.
portal-account-state = State
portal-account-actions = Actions
portal-account-active = Active
portal-account-pending = Not enrolled yet
portal-account-deactivated = Deactivated
portal-account-reenrol = New enrolment link
portal-account-deactivate = Deactivate
portal-account-new = New account
portal-account-language = Language of the portal and its e-mails
portal-account-create = Create the account
portal-account-link-intro = Hand this one-time link to the person in person or by a trusted channel. It works once, for 24 hours; it is not shown again.
portal-account-exists = An account with this e-mail address exists already.
portal-account-email-invalid = This is not an e-mail address.
portal-account-authority-wrong = Choose an authority for officers and lead officers, and none for coordinators and administrators.
portal-account-role-missing = You cannot create an account with this role.
portal-audit-title = Audit log
portal-audit-intro = Every login, case view, search, export and change, newest first. Each entry is chained to the one before it, so changes to the log are detected.
portal-audit-at = Time (UTC)
portal-audit-who = Who
portal-audit-action = Action
portal-audit-detail = Detail
portal-audit-older = Older entries

## Portal: the queue (filters, search, export)

portal-queue-counts = Cases by status
portal-queue-search = Search
portal-queue-search-hint = A case reference, or a phone number, e-mail address, website, wallet, IBAN or platform as the victim might have typed it.
portal-filter-heading = Filters
portal-filter-any = Any
portal-filter-from = Received from
portal-filter-until = Received until
portal-filter-country = Country of residence (two-letter code)
portal-filter-region = Region (code, e.g. DE-HE)
portal-filter-loss = Loss at least
portal-filter-currency = Currency (e.g. EUR)
portal-filter-recovery = Recovery offer reported
portal-filter-method = Payment method
portal-filter-language = Victim’s language
portal-filter-linked-abroad = Only cases linked to reports from other countries
portal-filter-authority = Authority (id, e.g. ee-ppa)
portal-queue-apply = Show cases
portal-queue-reset = Clear filters
portal-export-heading = Export
portal-export-intro-queue = Download every case these filters find (not only this page) for MISP, a STIX 2.1 platform, a spreadsheet or your own tools.
portal-export-intro-case = Download this case for MISP, a STIX 2.1 platform, a spreadsheet or your own tools.
portal-export-intro-cluster = Every case of this cluster in one file: its values and, for MISP and STIX, the cluster’s victims, countries and authorities. Exports of a cluster never hold victims’ contact details. The export is recorded in the audit log.
portal-export-tlp = Sharing label (Traffic Light Protocol)
portal-export-tlp-clear = TLP:CLEAR – disclosure is not limited
portal-export-tlp-green = TLP:GREEN – within the community
portal-export-tlp-amber = TLP:AMBER – within the recipient's organisation and its clients, on a need-to-know basis
portal-export-tlp-amber-strict = TLP:AMBER+STRICT – within the recipient's organisation only
portal-export-tlp-red = TLP:RED – named recipients only
portal-export-distribution = MISP distribution
portal-export-distribution-hint = Whom a MISP instance may share the imported events with.
portal-export-distribution-0 = Your organisation only
portal-export-distribution-1 = This community only
portal-export-distribution-2 = Connected communities
portal-export-distribution-3 = All communities
portal-export-contact = Include the victims' contact details and accounts of the fraud
portal-export-contact-rule = Only for your own authority's cases. Every export is recorded in the audit log.
portal-export-contact-never = Exports made by coordinators never include victims' contact details.
portal-export-as = Download as { $format }
portal-queue-col-loss = Total loss
portal-queue-col-payments = Payments
portal-queue-col-indicators = Indicators
portal-queue-col-linked = Linked reports


## Portal: one case (details, status, notes, assignment)
portal-case-title = Case { $reference }
portal-case-message = Message the victim
portal-case-reroute = Re-route
portal-case-unassigned = Nobody
portal-case-victim = The victim
portal-case-email = E-mail address
portal-case-email-confirmed = confirmed
portal-case-email-unconfirmed = not confirmed
portal-case-phone = Phone number
portal-case-language = Language
portal-case-consent-authority = Agrees to be contacted by the authority
portal-case-consent-warnings = Agrees to receive warnings
portal-case-erased = Contact details erased by the victim on
portal-case-unreadable = (this value cannot be opened)
portal-case-routing = Routing
portal-case-residence = Lives in
portal-case-geo = Reported from (network location)
portal-case-geo-matches = matches the residence
portal-case-geo-differs = differs from the residence
portal-case-authority = Competent authority
portal-case-routed-to = Delivered to
portal-case-hub = the coordination hub
portal-case-routing-reason = Why
portal-case-fraud = The fraud
portal-case-first-contact = First contact
portal-case-platform = Platform
portal-case-remote-access = Remote-access program installed
portal-case-recovery-approach = Offered "recovery" for a fee
portal-case-story = In the victim’s words
portal-case-none = None given.
portal-case-payments = Payments
portal-case-payment-date = Date
portal-case-payment-amount = Amount
portal-case-payment-method = Method
portal-case-payment-destination = Destination
portal-case-payment-crypto = In crypto
portal-case-payment-tx-hash = Transaction hash
portal-case-payment-source = Bought or sent from
portal-case-indicators = Indicators
portal-case-indicator-kind = Kind
portal-case-indicator-typed = As typed
portal-case-indicator-normalised = Normalised
portal-case-indicator-recovery = Recovery approach
portal-case-kind-phone = Phone number
portal-case-kind-email = E-mail address
portal-case-kind-domain = Website
portal-case-kind-iban = IBAN
portal-case-kind-wallet-btc = Bitcoin wallet
portal-case-kind-wallet-eth = Ethereum wallet
portal-case-kind-wallet-trx = Tron wallet
portal-case-kind-alias = Name used
portal-case-kind-platform = Platform name
portal-linked-heading = Linked reports
portal-linked-cluster = { $reports ->
        [one] This case is linked to no other report.
       *[other] This case belongs to a linked group of { $reports } reports (including this one).
    }
portal-linked-none = No other report shares a value of this case.
portal-linked-summary = { $reports ->
        [one] also in one other report
       *[other] also in { $reports } other reports
    }, { $countries ->
        [one] from one country
       *[other] from { $countries } countries
    }
portal-linked-too-common = held by { $reports } other reports: too common to link cases
portal-linked-marked = marked "not linking" by a coordinator
portal-linked-authority = Authority holding them
portal-linked-reports = Reports
portal-linked-countries = Victims' countries
portal-case-status-heading = Change the status
portal-case-status-to = New status
portal-case-reason = Reason
portal-case-status-submit = Change the status
portal-case-status-final = This case cannot change status.
portal-case-status-not-allowed = The case cannot move to this status from where it stands now.
portal-case-reason-missing = Please give a reason for the change.
portal-case-text-too-long = This text is too long: at most 10,000 characters.
portal-case-assign-heading = Assignment
portal-case-assignee = Assigned to
portal-case-assign-submit = Assign
portal-case-assignee-not-allowed = The case can only be assigned to an active officer of its authority.
portal-case-timeline = Timeline
portal-case-received = Report received
portal-case-event-status = Status: { $status }
portal-case-event-assigned = Assigned to { $name }
portal-case-event-unassigned = Unassigned
portal-case-event-message = Message to the victim
portal-case-event-reroute = Re-routed
portal-case-mail-receipt = E-mail to the victim: receipt
portal-case-mail-followup = E-mail to the victim: warning { $step }
portal-case-mail-campaign = E-mail to the victim: scam-wave alert
portal-case-mail-authority = Case sent to the authority
portal-case-mail-state-pending = waiting to be sent
portal-case-mail-state-sent = sent
portal-case-mail-state-failed = failed
portal-case-mail-state-suppressed = not sent (stopped by the sending rules)
portal-case-notes = Notes
portal-case-notes-none = No notes yet.
portal-case-note = Add a note
portal-case-note-help = Notes cannot be changed or deleted once added. Every officer of the authority can read them.
portal-case-note-submit = Add the note


## Portal: handing on (message to the victim, re-routing)

portal-back-to-case = Back to the case
portal-message-title = Message to the victim of { $reference }
portal-message-intro = The victim receives your message by e-mail in their language, with your authority’s name and the case reference, and sees it on their private case page, where they can check that it is genuine.
portal-message-label = Your message (plain text)
portal-message-help = At most { $max } characters. Never ask for money, fees, passwords or remote access: the victim is told that genuine authorities never do.
portal-message-send = Send the message
portal-message-empty = Please write a message.
portal-message-too-long = The message is too long: at most { $max } characters.
portal-message-no-address = The victim gave no e-mail address, or has erased it: a message cannot be sent through this service.
portal-message-unconfirmed = The victim has not confirmed their e-mail address yet: your message is shown on their case page at once, but e-mailed only once they confirm.
portal-reroute-title = Send { $reference } to another authority
portal-reroute-intro = The authority you choose is notified by e-mail and the victim’s case page names it. Officers of the current authority lose access to the case at once.
portal-reroute-current = Now with: { $name }
portal-reroute-target = New authority
portal-reroute-hub = Coordination hub (it passes the case on)
portal-reroute-reason = Why the case goes there (kept with the case; not shown to the victim)
portal-reroute-send = Send the case on
portal-reroute-unknown = Please choose an authority from the list.
portal-reroute-same = The case is already with this authority. Please choose another one.
portal-reroute-reason-empty = Please say why the case goes elsewhere.
portal-reroute-reason-too-long = The reason is too long: at most { $max } characters.


## Portal: e-mails to officers (notices and the daily digest)

email-notice-subject = New case { $reference } for { $authority }
email-notice-intro = A case was routed to { $authority }:
email-notice-handed-on = It was handed on from another authority or the coordination hub.
email-notice-sign-in = Sign in to the case portal to read it.
email-notice-no-data = This e-mail deliberately holds no details of the victim. They are shown only in the portal, to officers of the competent authority.
email-digest-subject = { $count ->
        [one] One new case
       *[other] { $count } new cases
    } for { $authority }
email-digest-intro = { $count ->
        [one] One case was
       *[other] { $count } cases were
    } routed or handed on to { $authority } since { $since } (UTC):
email-digest-more = { $count ->
        [one] …and one more case.
       *[other] …and { $count } more cases.
    } The queue lists them all:
email-named-subject = Linked reports named “{ $name }”
email-named-intro = The coordination hub named a group of linked reports “{ $name }”: { $victims ->
        [one] one victim
       *[other] { $victims } victims
    } in { $countries ->
        [one] one country
       *[other] { $countries } countries
    }, who report the same accounts, wallets, numbers or websites. { $reports ->
        [one] One of these reports is a case
       *[other] { $reports } of these reports are cases
    } of { $authority }.
email-named-open = Your cases in this group:
email-digest-links = New reports linked to your earlier cases
email-digest-link = { $new ->
        [one] One new report
       *[other] { $new } new reports
    } from { $countries ->
        [one] one country
       *[other] { $countries } countries
    } shared a value with { $cases ->
        [one] one of your earlier cases
       *[other] { $cases } of your earlier cases, among them
    }:
portal-nav-notices = Case e-mails
portal-notices-title = Case e-mails
portal-notices-intro = The officers and leads of { $authority } receive an e-mail, each in their own language, when a case is routed or handed on to it. The e-mail names the case and links to it here; it holds no details of the victim.
portal-notices-authority = Authority
portal-notices-choice = How often
portal-notices-each = An e-mail for each case
portal-notices-digest = One e-mail a day listing the new cases
portal-notices-show = Show
portal-notices-save = Save
portal-notices-saved = Saved.
portal-notices-unknown = Please choose an authority from the list.
portal-unattended-title = Unattended cases
portal-unattended-intro = These authorities have no active portal account, so nobody reads their new cases here. Forward each case by hand through the authority’s public channel, then set the case to “forwarded” and give the channel as the reason: the case then leaves this list.
portal-unattended-authority = Authority
portal-unattended-channel = Public channel
portal-unattended-waiting = New cases
portal-unattended-oldest = Oldest
portal-unattended-open = Open these cases
portal-unattended-none = Every authority with new cases has an active account.
portal-linkage-title = Values that link cases, and those that do not
portal-linkage-intro = Reports are linked by the values they share. Some values would glue unrelated cases together: the big mail providers’ and payment services’ domains never link, and a value held by an unusually large share of all reports stops linking. You can mark a value “not linking” or “linking” by hand; the clusters are then rebuilt within a minute. Every change is recorded in the audit log.
portal-linkage-saved = Saved. The clusters will be rebuilt within a minute.
portal-linkage-rebuild-due = A rebuild of the clusters is due; it runs within a minute.
portal-linkage-mark-heading = Mark a value
portal-linkage-kind = Kind
portal-linkage-kind-platform = Platform name
portal-linkage-kind-domain = Website
portal-linkage-kind-email = E-mail address
portal-linkage-kind-phone = Phone number (with its country code)
portal-linkage-kind-account = IBAN or wallet address
portal-linkage-value = Value
portal-linkage-mark = Mark
portal-linkage-mark-not-linking = Not linking
portal-linkage-mark-linking = Linking
portal-linkage-mark-none = Remove the mark
portal-linkage-save = Save the mark
portal-linkage-not-of-kind = This is not a value of the kind chosen. Check the kind, and write phone numbers with their country code.
portal-linkage-builtin = This value is on the built-in list of values that never link (a big mail provider, exchange or payment service).
portal-linkage-marked = Marked by coordinators
portal-linkage-too-common = Too common to link
portal-linkage-too-common-intro = These values are held by more reports than the threshold settings allow, so they link nothing. Mark one “linking” if it truly belongs to one fraud.
portal-linkage-builtin-heading = Never linking (built in)
portal-linkage-why = Why
portal-linkage-why-mail = a big mail provider (its addresses still link one by one)
portal-linkage-why-service = a well-known exchange, payment service or messenger
portal-overview-title = Linked cases across borders
portal-overview-intro = Reports that share a wallet, an account, a phone number, an e-mail address, a website or a platform name form one cluster. The clusters are listed here with their victims, countries and losses; open one to see where its victims live and which authorities hold its reports.
portal-overview-rank = Rank by
portal-overview-rank-victims = Victims
portal-overview-rank-countries = Countries
portal-overview-rank-loss = Loss in the chosen currency
portal-overview-currency = Currency
portal-overview-show = Show
portal-overview-none = No reports are linked yet.
portal-overview-csv = Download this table (CSV)
portal-overview-caption = Clusters of linked reports
portal-overview-cluster = Cluster
portal-overview-cluster-name = Cluster { $id }
portal-overview-loss = Loss ({ $currency })
portal-cluster-back = Back to the overview
portal-cluster-name-heading = Name it as a campaign
portal-cluster-name-intro = Naming the cluster tells every authority holding its reports: each of their portal accounts gets an e-mail in its own language, and their intake address one, with how many of the cluster’s reports are theirs and a link to those cases. The e-mail holds no victim data.
portal-cluster-name-label = Name
portal-cluster-name-submit = Name it and notify its authorities
portal-cluster-name-missing = Please give the cluster a name.
portal-cluster-name-too-long = The name is too long: at most { $max } characters.
portal-cluster-named = Named. Every authority holding its reports will be told within a minute.
portal-cluster-campaign-hint = To warn this cluster’s victims who agreed to warnings, send a campaign alert with `cluster = { $id }` in its target (see the README, Campaigns).
portal-cluster-victims = Victims
portal-cluster-countries = Countries
portal-cluster-authorities = Authorities
portal-cluster-first = First report
portal-cluster-last = Last report
portal-cluster-map = Where the victims live
portal-cluster-map-desc = A world map shaded by the number of victims in each country; { $countries ->
        [one] one country has victims.
       *[other] { $countries } countries have victims.
    } The table below lists the same numbers.
portal-cluster-none = None.
portal-cluster-by-country = Victims per country
portal-cluster-country = Country
portal-cluster-code = Code
portal-cluster-losses = Loss per currency
portal-cluster-currency = Currency
portal-cluster-loss = Loss
portal-cluster-weeks = Reports per week
portal-cluster-week = Week (Monday)
portal-cluster-holders = Authorities holding its reports
portal-cluster-values = What its reports share
portal-cluster-value = Value
portal-cluster-value-reports = { $reports ->
        [one] one report
       *[other] { $reports } reports
    }
portal-cluster-more = { $count ->
        [one] One more is in the CSV file.
       *[other] { $count } more are in the CSV file.
    }

## Portal: the public check's listings (/portal/check)

portal-nav-check = Public check
portal-check-title = What the public check shows
portal-check-intro = Anyone can check a website, e-mail address, phone number, IBAN or wallet on the public check page. It shows a value only when at least two unrelated reports hold it (different browsers and networks), and tells how many victims only in bands, never a report. Publish a value to show it with a public note whatever the reports say; withdraw one to hide it for good, however many report it, until it is published again. Every decision is recorded in the audit log.
portal-check-saved = Saved. The public check answers with it from now on.
portal-check-decide-heading = Publish or withdraw a value
portal-check-value = Value
portal-check-decision = Decision
portal-check-publish = Publish with a public note
portal-check-withdraw = Withdraw (never show it)
portal-check-note = Public note
portal-check-note-help = Shown to the public as written, for example “Fake law firm asking victims for a recovery fee”. Name no victim and no case.
portal-check-note-required = Write the public note that goes with a published value.
portal-check-note-long = The note is too long: 300 characters at most.
portal-check-service = This is a well-known service’s domain or address; the public check lists nothing about it.
portal-check-save = Save
portal-check-published = Published
portal-check-withdrawn = Withdrawn
portal-check-changed = Decided (UTC)

## API tokens (/portal/api-tokens)
portal-nav-api-tokens = API tokens
portal-api-tokens-title = API tokens
portal-api-tokens-partner-intro = A partner token lets a bank’s or a telecom’s system ask the public check through the API (/api/v1/check), to warn its customers. It gives access to no case, answers as the public check page does (never a report or a victim), is limited per minute, works until it expires or is revoked, and each use is recorded in the audit log.
portal-api-tokens-intro = A token lets a system of your authority read your authority's cases through the API (/api/v1), without contact details. It only reads, works until it expires or is revoked, and each use is recorded in the audit log.
portal-api-tokens-none = Your authority has no API token yet.
portal-api-token-secret-intro = Copy this token into your system now: it is not shown again. Anyone who has it can read your authority's cases until it expires or you revoke it.
portal-api-token-revoked-done = The token is revoked: it no longer opens the API.
portal-api-token-name = Name
portal-api-token-created = Created
portal-api-token-expires = Expires
portal-api-token-last-used = Last used
portal-api-token-state = State
portal-api-token-revoke = Revoke
portal-api-token-new = New token
portal-api-token-days = Valid for (days)
portal-api-token-create = Create the token
portal-api-token-live = Active
portal-api-token-expired = Expired
portal-api-token-revoked = Revoked
portal-api-token-name-missing = Give the token a name (the system that will use it).
portal-api-token-name-long = The name can be at most { $max } characters long.
portal-api-token-days-invalid = Enter a whole number of days from 1 to { $max }.

## A routed case e-mailed encrypted to an authority's OpenPGP key
sealed-case-subject = New case { $reference }
sealed-case-intro = A new case for { $authority }. This message was encrypted to your OpenPGP key { $fingerprint }.
sealed-case-contact-given = The victim agreed that their contact details are handed to the competent authority: they are included below and in the attached files.
sealed-case-contact-withheld = The victim did not agree to hand their contact details to the authority: they are left out.
sealed-case-files = Attached: the case as a MISP event (case.misp.json) and as a STIX 2.1 bundle (case.stix.json), for loading into analysis tools.
