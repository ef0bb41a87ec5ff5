## Lapu kopīgās daļas

site-name = Ziņot par investīciju krāpšanu
skip-to-content = Pāriet uz galveno saturu
language-label = Valoda
footer-no-money = Šis pakalpojums ir bez maksas. Tas nekad neprasa Jums naudu un nekad neprasa piekļuvi Jūsu datoram.
footer-about = Publisks ziņošanas pakalpojums tiešsaistes investīciju krāpšanas upuriem.
footer-geoip = Jūsu savienojuma valsts ir aptuveni noteikta pēc reģionālo interneta reģistru IP adrešu datiem (ip-location-db, CC BY 4.0). Jūsu IP adrese netiek saglabāta.

## Sākumlapa

home-title = Ziņojiet par tiešsaistes investīciju krāpšanu
home-lead = Vai Jūs zaudējāt naudu viltotā tirdzniecības, investīciju vai kriptovalūtu platformā? Šeit varat par to ziņot savā valodā.
home-what-we-do = Mēs nosūtām Jūsu ziņojumu Jūsu dzīvesvietas valsts policijai vai krāpšanas ziņojumu centram. Mēs arī pastāstām, kā rīkoties tālāk.
home-no-account = Jums nav vajadzīgs konts. Tas aizņem apmēram desmit minūtes.
home-what-helps = Ja iespējams, sagatavojiet: platformas nosaukumu, tīmekļa vietnes adresi, tālruņa numurus un e-pasta adreses, no kurām ar Jums sazinājās, un informāciju par saviem maksājumiem.
home-start = Sākt ziņojumu

## Ziņojuma veidlapa

form-title = Pastāstiet, kas notika
form-intro = Atbildiet uz to, uz ko varat. Jāaizpilda tikai lauki, kas atzīmēti ar „obligāti“. Viss pārējais palīdz, bet var palikt tukšs.
form-required = obligāti
form-optional = nav obligāti
form-submit = Nosūtīt manu ziņojumu
form-privacy = Jūsu atbildes mēs izmantojam tikai tam, lai nosūtītu Jūsu ziņojumu kompetentajai iestādei un brīdinātu Jūs par atkārtotiem krāpšanas mēģinājumiem. Mēs tās nekad nepārdodam un nepublicējam.

section-you = Par Jums
field-contact-email = Jūsu e-pasta adrese
field-contact-email-help = Tā mums vajadzīga, lai nosūtītu Jums apstiprinājumu un brīdinātu Jūs par atkārtotiem krāpšanas mēģinājumiem. Bez tās mēs nevaram Jums rakstīt.
field-contact-phone = Jūsu tālruņa numurs
field-contact-phone-help = Lai policija varētu Jums atzvanīt. Ja varat, pievienojiet valsts kodu, piemēram, +371.
field-residence = Valsts, kurā dzīvojat
field-residence-help = Jūsu ziņojums tiks nosūtīts iestādei, kas atbild par šo valsti.
field-residence-choose = Izvēlieties valsti
field-region = Reģions, kurā dzīvojat
field-region-help = Šajā valstī policija ir organizēta pa reģioniem. Ja izvēlaties savu reģionu, ziņojums nonāks tieši pie pareizās policijas. Ja nezināt droši, atstājiet lauku tukšu.
field-region-choose = Nezinu droši
form-region-step = Jūsu valstī policija ir organizēta pa reģioniem. Lūdzu, tālāk izvēlieties savu reģionu un nosūtiet vēlreiz. Ja nezināt droši, vienkārši nosūtiet vēlreiz bez reģiona.

section-start = Kā tas sākās
field-channel = Kā ar Jums sazinājās pirmo reizi?
field-channel-choose = Izvēlieties vienu
channel-phone-call = Tālruņa zvans
channel-social-media = Reklāma vai ziņa sociālajos tīklos
channel-messaging-app = Ziņapmaiņas lietotne (piemēram, WhatsApp vai Telegram)
channel-email = E-pasta vēstule
channel-website = Tīmekļa vietne, ko atradu
channel-dating-app = Iepazīšanās lietotne vai vietne
channel-other = Citā veidā
field-first-contact-date = Kad tas bija?
field-date-help = Piemēram, 2024-03-31. Var norādīt aptuvenu datumu.

section-platform = Platforma un cilvēki
field-platform = Platformas vai uzņēmuma nosaukums
field-platform-help = Tirdzniecības platformas, brokera vai lietotnes nosaukums, ko Jums rādīja.
field-websites = Tīmekļa vietņu adreses
field-websites-help = Katru adresi savā rindā, piemēram, trade-example.com.
field-caller-names = Vārdi, ko šie cilvēki izmantoja
field-caller-names-help = Vārdi, ko viņi Jums teica, pat ja tie, visticamāk, bija viltoti. Katru vārdu savā rindā.
field-scam-phones = Tālruņa numuri, no kuriem ar Jums sazinājās
field-scam-phones-help = Katru numuru savā rindā, ar valsts kodu, ja to zināt.
field-scam-emails = E-pasta adreses, no kurām ar Jums sazinājās
field-scam-emails-help = Katru adresi savā rindā.
field-remote-access = Vai Jums lūdza datorā vai tālrunī instalēt programmu, piemēram, AnyDesk vai TeamViewer?
answer-yes = Jā
answer-no = Nē
answer-unsure = Nezinu droši

section-payments = Jūsu samaksātā nauda
section-payments-help = Katram maksājumam viena rinda. Rindas, kas nav vajadzīgas, atstājiet tukšas.
payment-legend = { $number }. maksājums
field-payment-date = Datums
field-payment-amount = Summa
field-payment-amount-help = Piemēram, 1500,50
field-payment-currency = Valūta
field-payment-currency-help = Trīs burti, piemēram, EUR, USD vai GBP.
field-payment-method = Kā Jūs maksājāt
field-payment-method-choose = Izvēlieties vienu
method-bank-transfer = Bankas pārskaitījums
method-card = Maksājumu karte
method-crypto = Kriptovalūta
method-cash = Skaidra nauda
method-other = Citā veidā
field-payment-destination = Kur nauda tika nosūtīta
field-payment-destination-help = Konta numurs (IBAN), kriptovalūtas maka adrese vai cita norāde, ko Jums iedeva.
payments-add = Pievienot vēl vienu maksājumu

section-after = Kopš tā laika
field-recovery-approach = Vai kopš tā laika kāds ir piedāvājis par samaksu atgūt Jūsu naudu?
field-story = Kas notika — ar saviem vārdiem
field-story-help = Maksimālais rakstzīmju skaits: { $max }. Nerakstiet paroles vai pilnus kartes numurus.

section-consent = Jūsu piekrišana
field-consent-authority = Es piekrītu, ka šis ziņojums tiek nosūtīts manas dzīvesvietas valsts policijai vai krāpšanas ziņojumu centram.
field-consent-warnings = Sūtiet man pa e-pastu brīdinājumus par krāpšanu, kas vērsta pret cietušajiem, piemēram, par viltotiem piedāvājumiem atgūt naudu.
honeypot-label = Atstājiet šo lauku tukšu

## Kļūdu paziņojumi pie laukiem

errors-title =
    { $count ->
        [zero] Jūsu ziņojumā ir { $count } problēmu
        [one] Jūsu ziņojumā ir { $count } problēma
       *[other] Jūsu ziņojumā ir { $count } problēmas
    }
errors-intro = Jūsu atbildes ir saglabātas. Lūdzu, izlabojiet tālāk norādītos laukus un nosūtiet vēlreiz.
error-required = Lūdzu, aizpildiet šo lauku.
error-too-long = Teksts ir pārāk garš. Maksimālais rakstzīmju skaits: { $max }.
error-too-many-lines = Pārāk daudz rindu. Maksimālais rindu skaits: { $max }.
error-email = Tā neizskatās pēc e-pasta adreses. Pārbaudiet, vai nav drukas kļūdu. Piemērs: name@example.com.
error-phone = Tas neizskatās pēc tālruņa numura. Pārbaudiet to un pievienojiet valsts kodu, piemēram, +371 2123 4567.
error-country = Lūdzu, izvēlieties valsti no saraksta.
error-region = Lūdzu, izvēlieties reģionu valstī, kurā dzīvojat, vai atstājiet lauku tukšu.
error-choice = Lūdzu, izvēlieties vienu no atbildēm.
error-date-format = Lūdzu, rakstiet datumu formātā gads-mēnesis-diena, piemēram, 2024-03-31.
error-date-future = Šis datums ir nākotnē. Lūdzu, pārbaudiet to.
error-date-too-early = Šis datums ir pirms 1990. gada. Lūdzu, pārbaudiet to.
error-website = { $line }. rinda nav tīmekļa vietnes adrese. Rakstiet to šādi: trade-example.com.
error-scam-phone = { $line }. rinda neizskatās pēc tālruņa numura. Pievienojiet valsts kodu, ja to zināt.
error-scam-email = { $line }. rinda neizskatās pēc e-pasta adreses.
error-amount-format = Lūdzu, rakstiet summu tikai ar cipariem, piemēram, 1500,50.
error-amount-positive = Summai jābūt lielākai par nulli.
error-amount-decimals =
    { $digits ->
        [0] Valūtai { $currency } nav centu: lūdzu, rakstiet veselu skaitli.
       *[other] Valūtai { $currency } ciparu skaits aiz decimālzīmes nedrīkst pārsniegt { $digits }.
    }
error-currency = Lūdzu, rakstiet trīs burtu valūtas kodu, piemēram, EUR.
error-payment-incomplete = Lūdzu, norādiet vismaz šī maksājuma summu un valūtu vai atstājiet visu rindu tukšu.
error-iban = Šis konta numurs (IBAN) nav derīgs: tā kontrolcipari nesakrīt. Lūdzu, salīdziniet to ar bankas konta izrakstu.
error-wallet = Šī maka adrese nav derīga: tās iebūvētā pārbaude nesakrīt. Lūdzu, nokopējiet to vēlreiz no sava maka vai kriptovalūtu biržas.
error-consent-authority = Mēs varam nosūtīt Jūsu ziņojumu tālāk tikai ar Jūsu piekrišanu.
error-warnings-need-email = Lai saņemtu brīdinājumus pa e-pastu, lūdzu, norādiet savu e-pasta adresi.
error-honeypot = Lūdzu, atstājiet pēdējo, slēpto lauku tukšu.
error-form-expired = Jūsu drošības labad šīs veidlapas derīguma laiks ir beidzies. Jūsu atbildes ir saglabātas: lūdzu, vēlreiz nospiediet „Nosūtīt manu ziņojumu“.
error-rate-limited = No Jūsu savienojuma ir nosūtīts pārāk daudz ziņojumu. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.

## Apstiprinājums

receipt-title = Jūsu ziņojums ir saņemts
receipt-saved = Jūsu ziņojums ir saglabāts. Paldies, ka veltījāt tam laiku: tas palīdz apturēt šos noziedzniekus.
receipt-reference-label = Jūsu ziņojuma numurs
receipt-reference-help = Pierakstiet to. Nosauciet to, kad runājat ar policiju. Tas ir redzams katrā šī pakalpojuma ziņā, tāpēc varat pārbaudīt, vai ziņa tiešām ir no mums.
receipt-link-label = Jūsu personīgā saite
receipt-link-help = Saglabājiet šo saiti sev, piemēram, kā grāmatzīmi. Ar to vēlāk varēsiet pievienot informāciju. Nedodiet to nevienam citam.
receipt-authority-title = Kas izskatīs Jūsu ziņojumu
receipt-authority-intro = Par Jūsu dzīvesvietu atbildīgā iestāde ir:
receipt-authority-because = Jūs norādījāt savu dzīvesvietu: { $place }. Ziņojumi no turienes tiek nodoti šai iestādei.
receipt-authority-complaint = Lai tur iesniegtu oficiālu iesniegumu:
receipt-authority-website = Tīmekļa vietne
receipt-authority-report-page = Ziņošanas lapa
receipt-authority-phone = Tālrunis
receipt-hub = Mums vēl nav Jūsu valsts policijas kontaktinformācijas. Mūsu koordinācijas komanda nosūtīs Jūsu ziņojumu kompetentajai iestādei.
receipt-next-title = Kas notiks tālāk
receipt-next-authority = Mēs nosūtām Jūsu ziņojumu Jūsu dzīvesvietas valsts policijai vai krāpšanas ziņojumu centram.
receipt-next-complaint = Šis ziņojums neaizstāj oficiālu iesniegumu policijā. Ja vēlaties to iesniegt, sazinieties ar vietējo policiju un nosauciet savu ziņojuma numuru.
receipt-next-email = Ja norādījāt savu e-pasta adresi, saņemsiet apstiprinājumu ar savu ziņojuma numuru.
receipt-next-bank = Ja maksājums veikts nesen, nekavējoties zvaniet savai bankai vai kriptovalūtu biržai, ko izmantojāt. Dažkārt tās var maksājumu apturēt vai atsaukt.
receipt-another = Ziņot par vēl vienu krāpšanu

## Brīdinājums par „naudas atgūšanas“ krāpniekiem

warning-title = Uzmanieties: krāpnieki var atgriezties
warning-intro = Pēc krāpšanas ar daudziem cietušajiem atkal sazinās cilvēki, kas sola atgūt naudu. Arī viņi ir noziedznieki. Viņi bieži zina Jūsu vārdu, summas un datumus.
warning-no-fee = Neviena iestāde un neviens īsts palīgs neprasa samaksu par Jūsu naudas atgūšanu.
warning-no-unfreeze = Neviens nevar „atsaldēt“ vai „atbrīvot“ Jūsu naudu apmaiņā pret maksājumu, nodokli vai licences maksu.
warning-no-official = Amatpersonas nekad neraksta no Gmail, Yahoo vai līdzīgām adresēm. Tās nekad neprasa attālinātu piekļuvi Jūsu datoram, kriptovalūtu vai dāvanu kartes un nekad nelūdz Jūs atvērt jaunus kontus ārzemēs.
warning-verify = Ja kāds saka, ka ir no policijas, tiesas, advokātu biroja vai Europol: nolieciet klausuli, atrodiet oficiālo tālruņa numuru pašas iestādes tīmekļa vietnē un piezvaniet paši. Pajautājiet, kā viņi Jūs atrada.
warning-repeat = Ja reiz samaksājat, prasības nebeidzas: katram maksājumam seko nākamais.
warning-report = Ja ar Jums sazinās, ziņojiet par to tai pašai iestādei, kurai ziņojāt par pirmo krāpšanu.
warning-our-messages = Mūsu ziņās nekad netiek prasīta nauda, un tajās nekad nav saites uz maksājumu lapu. Tajās vienmēr ir redzams Jūsu ziņojuma numurs.

## E-pasta vēstules

email-receipt-subject = Jūsu ziņojums { $reference } ir saņemts
email-hello = Labdien!
email-receipt-intro = Paldies par Jūsu ziņojumu. Tas ir saglabāts ar šo ziņojuma numuru:
email-genuine = Kā atpazīt mūsu īstās ziņas: tajās vienmēr ir redzams Jūsu ziņojuma numurs { $reference }, tajās nekad netiek prasīta nauda, un tajās nekad nav saites uz maksājumu lapu.
email-why = Jūs saņemat šo e-pasta vēstuli, jo šī adrese tika norādīta ziņojumā par krāpšanu. Ja tas nebijāt Jūs, lūdzu, neņemiet šo vēstuli vērā.

## Citas lapas

not-found-title = Lapa nav atrasta
not-found-text = Šāda lapa nepastāv. Pārbaudiet adresi vai sāciet no sākumlapas.
error-page-title = Radās kļūda
error-page-text = Atvainojiet, mums to neizdevās paveikt. No Jūsu puses nekas nav zudis: lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
back-home = Uz sākumlapu
