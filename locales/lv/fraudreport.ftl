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
field-payment-crypto-amount = Summa kriptovalūtā
field-payment-crypto-amount-help = Ja maksājāt kriptovalūtā: summa tā, kā to rāda Jūsu kriptovalūtu birža vai maks, piemēram, 0.015 vai 1250.5. Varat norādīt arī summu parastā valūtā vai tikai vienu no abām.
field-payment-asset = Kriptovalūta
field-payment-network = Tīkls
field-payment-network-help = Vajadzīgs tikai USDT gadījumā, ja nenorādāt maka adresi: Tron (adreses sākas ar T) vai Ethereum (adreses sākas ar 0x).
field-payment-tx-hash = Transakcijas hešs (TxID)
field-payment-tx-hash-help = Šī pārskaitījuma garais kods Jūsu kriptovalūtu biržas vai maka vēsturē. Ar to birža var atrast naudu un dažreiz to iesaldēt.
field-payment-source = Kur nopirkts vai no kurienes nosūtīts
field-payment-source-help = Kriptovalūtu birža, banka vai lietotne, ko izmantojāt, piemēram, Binance, Coinbase vai Jūsu bankas nosaukums.
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
error-payment-incomplete = Lūdzu, norādiet summu un valūtu vai summu kriptovalūtā un kriptovalūtu, vai arī atstājiet visu rindu tukšu.
error-crypto-incomplete = Lūdzu, norādiet gan summu kriptovalūtā, gan kriptovalūtu, kurā tika veikts maksājums.
error-network-needed = { $asset } tiek sūtīts Tron vai Ethereum tīklā: lūdzu, izvēlieties tīklu vai norādiet maka adresi, uz kuru nauda tika nosūtīta.
error-not-on-network = { $asset } netiek sūtīts { $chain } tīklā: lūdzu, pārbaudiet kriptovalūtu, adresi un tīklu.
error-tx-hash-length = Transakcijas hešā ({ $chain }) ir 64 burti un cipari, nevis { $length }. Lūdzu, nokopējiet to vēlreiz no sava maka vai kriptovalūtu biržas.
error-tx-hash-characters = Transakcijas hešā ({ $chain }) ir tikai cipari no 0 līdz 9 un burti no a līdz f. Lūdzu, nokopējiet to vēlreiz no sava maka vai kriptovalūtu biržas.
error-tx-hash-prefix = Transakcijas hešs ({ $chain }) nesākas ar 0x. Lūdzu, pārbaudiet tīklu vai nokopējiet hešu vēlreiz.
error-tx-hash-network = Lai pārbaudītu šo transakcijas hešu, lūdzu, izvēlieties kriptovalūtu vai tīklu vai norādiet maka adresi.
error-iban = Šis konta numurs (IBAN) nav derīgs: tā kontrolcipari nesakrīt. Lūdzu, salīdziniet to ar bankas konta izrakstu.
error-iban-country = Tas izskatās pēc IBAN, bet IBAN sākas ar savas valsts kodu, un { $code } nav valsts, kas izmanto IBAN. Lūdzu, pārbaudiet pirmos divus burtus.
error-iban-format = Tas izskatās pēc IBAN ({ $country }), bet tajā ir par daudz vai par maz rakstzīmju vai burts vietā, kur jābūt ciparam. Lūdzu, salīdziniet to ar bankas konta izrakstu.
error-wallet = Tas izskatās pēc maka adreses ({ $chain }), bet tās iebūvētā pārbaude nesakrīt: visticamāk, kāda rakstzīme ir ievadīta kļūdaini. Lūdzu, nokopējiet to vēlreiz no sava maka vai kriptovalūtu biržas.
error-wallet-characters = Tas izskatās pēc maka adreses ({ $chain }), bet tajā ir rakstzīmes, kas šādā adresē nekad nav: { $characters }. Lūdzu, nokopējiet to vēlreiz no sava maka vai kriptovalūtu biržas.
error-wallet-length = Tas izskatās pēc maka adreses ({ $chain }), bet rakstzīmju skaits tajā ir { $length }, nevis { $expected }. Lūdzu, nokopējiet to vēlreiz no sava maka vai kriptovalūtu biržas.
error-wallet-case =
    { $chain ->
        [Ethereum] Tas izskatās pēc maka adreses (Ethereum), bet tās lielie burti nesakrīt ar iebūvēto pārbaudi (EIP-55): visticamāk, kāda rakstzīme ir ievadīta kļūdaini. Lūdzu, nokopējiet to vēlreiz no sava maka vai kriptovalūtu biržas.
       *[other] Tas izskatās pēc maka adreses ({ $chain }), bet tajā ir sajaukti lielie un mazie burti, kā šādā adresē nekad nav. Lūdzu, nokopējiet to vēlreiz no sava maka vai kriptovalūtu biržas.
    }
error-consent-authority = Mēs varam nosūtīt Jūsu ziņojumu tālāk tikai ar Jūsu piekrišanu.
error-warnings-need-email = Lai saņemtu brīdinājumus pa e-pastu, lūdzu, norādiet savu e-pasta adresi.
error-honeypot = Lūdzu, atstājiet pēdējo, slēpto lauku tukšu.
error-form-expired = Jūsu drošības labad šīs veidlapas derīguma laiks ir beidzies. Jūsu atbildes ir saglabātas: lūdzu, vēlreiz nospiediet „Nosūtīt manu ziņojumu“.
error-rate-limited = No Jūsu savienojuma ir nosūtīts pārāk daudz ziņojumu. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.
error-store-unavailable = Jūsu ziņojumu šobrīd neizdevās saglabāt: mūsu datubāze īslaicīgi nav pieejama. Nekas no ievadītā nav zudis, viss joprojām ir redzams zemāk. Lūdzu, uzgaidiet minūti un tad vēlreiz nospiediet „Nosūtīt manu ziņojumu“.

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
too-large-title = Pārāk daudz vienā reizē
too-large-text = Nosūtītais ir garāks, nekā šis pakalpojums pieņem, tāpēc nekas netika saglabāts. Atgriezieties ar pārlūka pogu „Atpakaļ“ (ievadītais parasti joprojām ir tur), saīsiniet garākos tekstus un nosūtiet vēlreiz.

## E-pasta vēstules: apstiprināšana, personīgā saite, atteikšanās

email-confirm-title = Lūdzu, apstipriniet savu e-pasta adresi
email-confirm-text = Kamēr neapstiprināsiet, ka šī adrese pieder Jums, mēs Jums neko vairāk nesūtīsim. Atveriet šo saiti un nospiediet pogu:
email-case-link = Jūsu personīgā saite uz Jūsu lietu. Ar to varat pievienot informāciju, ziņot par kādu, kas piedāvā atgūt Jūsu naudu, vai mainīt, kādus brīdinājumus saņemat:
email-unsubscribe = Jūs saņemat šos brīdinājumus, jo tos pieprasījāt, iesniedzot ziņojumu. Lai no tiem atteiktos, atveriet šo saiti (pieteikšanās nav nepieciešama):
email-followup-close = Ja kāds ar Jums sazinās, nemaksājiet un neko neinstalējiet. Ziņojiet par to iestādei, kas izskata Jūsu lietu, un ar savas personīgās saites palīdzību pievienojiet šo informāciju savai lietai.
email-campaign-intro = Šo brīdinājumu sūta mūsu pakalpojuma koordinācijas komanda. Tas ir par aktuālu krāpšanas shēmu, kas vērsta pret cilvēkiem, kuri, tāpat kā Jūs, ir ziņojuši par līdzīgu krāpšanu (Jūsu ziņojuma numurs: { $reference }).

## Turpmākie brīdinājumi (tiek sūtīti 3, 14, 45, 120 un 365 dienas pēc ziņojuma)

followup-1-subject = Ziņojums { $reference }: uzmanieties no piedāvājumiem atgūt Jūsu naudu
followup-1-intro = Pirms dažām dienām Jūs ziņojāt par investīciju krāpšanu (ziņojuma numurs { $reference }). Dienās pēc zaudējuma ar daudziem cietušajiem sazinās cilvēki, kas piedāvā atgūt naudu. Atcerieties:
followup-1-point-1 = Viņi var zināt Jūsu vārdu, summas un platformu, ko izmantojāt. Tas vēl nenozīmē, ka viņi ir tie, par ko uzdodas: tie paši noziedznieki bieži nodod vai pārdod cietušo datus citiem.
followup-1-point-2 = Ne policija, ne tiesa, ne advokāts, ne naudas atgūšanas uzņēmums nekad neprasa samaksu, nodokli vai drošības naudu, pirms nauda tiek atdota.
followup-1-point-3 = Nedodiet nevienam attālinātu piekļuvi savam datoram vai tālrunim un neatveriet jaunus kontus tikai tāpēc, ka kāds Jums to liek darīt.
followup-2-subject = Ziņojums { $reference }: kā pārbaudīt, kas Jums patiesībā zvana
followup-2-intro = Pirms divām nedēļām Jūs ziņojāt par investīciju krāpšanu (ziņojuma numurs { $reference }). „Naudas atgūšanas“ krāpnieki bieži uzdodas par amatpersonām. Lūk, kā to pārbaudīt:
followup-2-point-1 = Neuzticieties numuram, kas redzams Jūsu tālrunī, logotipam, dienesta apliecības numuram vai oficiāla izskata vēstulei: tos visus var viltot.
followup-2-point-2 = Nolieciet klausuli. Paši atrodiet iestādes tālruņa numuru tās oficiālajā tīmekļa vietnē (nevis saņemtajā ziņā) un piezvaniet uz to.
followup-2-point-3 = Pajautājiet, kā viņi Jūs atrada un kāpēc viņiem vajadzīga nauda. Īsta amatpersona nekad neapvainojas, ja Jūs to pārbaudāt.
followup-3-subject = Ziņojums { $reference }: jauni „naudas atgūšanas“ krāpnieku triki
followup-3-intro = Pirms dažām nedēļām Jūs ziņojāt par investīciju krāpšanu (ziņojuma numurs { $reference }). Šobrīd „naudas atgūšanas“ krāpnieki izmanto šādus trikus:
followup-3-point-1 = Viltoti advokātu biroji un „līdzekļu atgūšanas“ aģentūras ar profesionāli veidotām tīmekļa vietnēm. Tie sola atrast, kur palikusi Jūsu nauda, ja vispirms samaksāsiet avansu.
followup-3-point-2 = Ziņas, kas it kā nāk no Europol, Interpol, finanšu uzraudzības iestādes vai tiesas un kurās teikts, ka Jūsu nauda ir atrasta un to var atbrīvot pēc samaksas.
followup-3-point-3 = „Blokķēdes izsekošanas“ vai „kriptovalūtu kriminālistikas“ pakalpojumi, kas prasa samaksu vai piekļuvi Jūsu kriptovalūtas makam.
followup-4-subject = Ziņojums { $reference }: krāpnieki joprojām var atgriezties
followup-4-intro = Kopš Jūsu ziņojuma ir pagājuši daži mēneši (ziņojuma numurs { $reference }). Noziedznieki bieži atgriežas ar jaunu stāstu. Esiet piesardzīgi, ja saskaraties ar kādu no šiem gadījumiem:
followup-4-point-1 = Piedāvājumi pievienoties grupas prasībai vai kompensāciju fondam vai saņemt atmaksu no platformas, ja vispirms samaksāsiet komisijas maksu vai nodokli.
followup-4-point-2 = Jebkurš lūgums pēc naudas, pēc attālinātas piekļuves Jūsu ierīcēm vai pēc Jūsu bankas vai kriptovalūtas maka datiem.
followup-4-point-3 = Spiediens pieņemt lēmumu steigā vai turēt visu noslēpumā. Pirms kaut ko izlemjat, aprunājieties ar kādu, kam uzticaties.
followup-5-subject = Ziņojums { $reference }: arī pēc gada brīdinājums joprojām ir svarīgs
followup-5-intro = Kopš Jūsu ziņojuma ir pagājis gads (ziņojuma numurs { $reference }). „Naudas atgūšanas“ krāpnieki sazinās ar cietušajiem pat pēc vairākiem gadiem. Lūdzu, atcerieties:
followup-5-point-1 = Īstas iestādes nekad neprasa samaksu par naudas atdošanu. Ikviens, kas lūdz Jūs vispirms samaksāt, ir noziedznieks.
followup-5-point-2 = Ja atkal zaudējāt naudu vai ar Jums kāds sazinājās, ziņojiet par to: Jūsu personīgā saite joprojām darbojas.
followup-5-point-3 = Šis ir mūsu pēdējais plānotais brīdinājums. Mēs Jums rakstīsim vēlreiz tikai tad, ja būs jābrīdina par jaunu krāpšanu, kas skar Jūs.

## Adreses apstiprināšana, atteikšanās no brīdinājumiem

confirm-title = Apstipriniet savu e-pasta adresi
confirm-text = Nospiediet pogu, lai apstiprinātu, ka šī e-pasta adrese pieder Jums. Pēc tam mēs varēsim sūtīt Jums brīdinājumus, ko pieprasījāt.
confirm-button = Apstiprināt manu adresi
confirm-done-title = Jūsu adrese ir apstiprināta
confirm-done-text = Paldies. Jūs jebkurā laikā varat atteikties no mūsu brīdinājumiem, izmantojot saiti katras vēstules beigās.
token-invalid-title = Šī saite nedarbojas
token-invalid-text = Iespējams, saite ir nepilnīga, jau izmantota vai novecojusi. Nokopējiet visu saiti no e-pasta vēstules vai atveriet savas lietas personīgo saiti.
unsubscribe-title = Atteikties no brīdinājumiem
unsubscribe-text = Nospiediet pogu, un mēs uz šo adresi vairs nesūtīsim brīdinājumus. Tas neietekmēs Jūsu ziņojumu.
unsubscribe-button = Atteikties no brīdinājumiem
unsubscribe-done-title = Jūs vairs nesaņemsiet brīdinājumus
unsubscribe-done-text = Mēs uz šo adresi vairs nesūtīsim e-pasta vēstules. Jūsu ziņojums paliek saglabāts un joprojām tiek nodots iestādei.

## Personīgā lietas lapa

receipt-next-confirm = Pēc tam apstipriniet savu adresi ar saiti šajā e-pasta vēstulē. Kamēr tas nav izdarīts, mēs Jums neko citu nesūtīsim.
case-email-title = Jūsu e-pasta adrese
case-email-confirmed = Jūsu e-pasta adrese ir apstiprināta.
case-email-unconfirmed = Jūsu e-pasta adrese vēl nav apstiprināta. Lūdzu, atveriet saiti e-pasta vēstulē, ko mēs Jums nosūtījām. Līdz tam mēs Jums neko citu nesūtīsim.
case-prefs-title = Brīdinājumi pa e-pastu
case-prefs-save = Saglabāt manu izvēli
case-prefs-saved = Jūsu izvēle ir saglabāta.
case-approach-title = Vai kāds ir piedāvājis atgūt Jūsu naudu?
case-approach-intro = Ja pēc krāpšanas kāds ar Jums sazinājās un piedāvāja atgūt Jūsu naudu, pastāstiet mums, kādā veidā viņi to darīja. Mēs to pievienosim Jūsu lietai kā „naudas atgūšanas“ piedāvājumu, lai par to uzzinātu iestāde. Nemaksājiet viņiem neko.
case-approach-submit = Pievienot manai lietai
case-approach-saved = Paldies. Mēs to pievienojām Jūsu lietai kā „naudas atgūšanas“ piedāvājumu. Nemaksājiet viņiem neko un neinstalējiet neko, ko viņi lūdz.
case-approach-empty = Lūdzu, norādiet vismaz vienu tālruņa numuru, e-pasta adresi vai tīmekļa vietni.
rate-limited-title = Lūdzu, uzgaidiet minūti
rate-limited-text = No jūsu savienojuma īsā laikā saņemts pārāk daudz pieprasījumu. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz; jau saglabātais netiek zaudēts.
case-erase-title = Dzēsiet savu kontaktinformāciju
case-erase-text = Tas nekavējoties un neatgriezeniski izdzēš no šī ziņojuma jūsu e-pasta adresi, tālruņa numuru un jūsu pašu aprakstu par notikušo. Lietas fakti (maksājumi, tīmekļa vietnes, krāpnieku tālruņa numuri) paliek iestādei. Pēc tam jūs vairs nesaņemsiet e-pastus par šo ziņojumu.
case-erase-button = Dzēst manu kontaktinformāciju
case-erased = Jūsu kontaktinformācija un apraksts ir dzēsti no šī ziņojuma. Par to vairs netiks sūtīti e-pasti.
case-messages-title = Iestādes ziņas
case-messages-intro = Katra ziņa, ko iestāde Jums sūta par šo ziņojumu, ir redzama arī šeit. Ja saņemat ziņu, kas it kā ir no policijas un attiecas uz Jūsu ziņojumu, bet šeit tā nav redzama, tā nav īsta.
case-message-from = Sūtītājs: { $authority }, { $date }
case-message-hub = Mūsu koordinācijas komanda
email-message-subject = { $authority }: ziņa par Jūsu ziņojumu { $reference }
email-message-intro = { $authority } nosūtīja Jums šo ziņu par Jūsu ziņojumu { $reference }:
email-message-check = Varat pārbaudīt, vai šī ziņa ir īsta: tā ir redzama arī Jūsu personīgajā lietas lapā. Atveriet šo lapu ar saiti no sava apstiprinājuma vai ar savu grāmatzīmi, nevis ar saiti no e-pasta vēstules. Šajā e-pasta vēstulē nav saites uz Jūsu lietu.

## „Vai šis piedāvājums ir krāpšana?“ (/check)

check-title = Vai šis piedāvājums ir krāpšana? Pārbaudiet šeit
check-intro = Kāds piedāvā par samaksu atgūt Jūsu zaudēto naudu? Vai kāda tīmekļa vietne sola lielu peļņu? Ievadiet viņu tīmekļa vietni, e-pasta adresi, tālruņa numuru, bankas kontu (IBAN) vai kriptovalūtas maka adresi. Mēs pateiksim, vai cietušie mums par to ir ziņojuši.
check-field = Tīmekļa vietne, e-pasta adrese, tālruņa numurs, IBAN vai maka adrese
check-field-help = Pa vienam. Rakstiet tālruņa numurus ar valsts kodu, piemēram, +44 20 7946 0000.
check-submit = Pārbaudīt
check-private = Mēs nesaglabājam to, ko Jūs pārbaudāt.
check-rate-limited = Jūs īsā laikā esat pārbaudījis daudz vērtību. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.
check-checked = Jūs pārbaudījāt:
check-listed-title = Cietušie mums par to ir ziņojuši
check-listed-recovery = Kā „naudas atgūšanas“ piedāvājums pēc krāpšanas: { $band ->
    [one] ziņojis viens cietušais.
    [some] ziņojuši 2 līdz 9 cietušie.
   *[many] ziņojuši 10 vai vairāk cietušo.
}
check-listed-fraud = Kā daļa no investīciju krāpšanas: { $band ->
    [one] ziņojis viens cietušais.
    [some] ziņojuši 2 līdz 9 cietušie.
   *[many] ziņojuši 10 vai vairāk cietušo.
}
check-listed-countries = { $countries ->
    [zero] Cietušie, kas par to ziņoja, dzīvo { $countries } valstīs.
    [one] Cietušie, kas par to ziņoja, dzīvo { $countries } valstī.
   *[other] Cietušie, kas par to ziņoja, dzīvo { $countries } valstīs.
}
check-listed-note = Mūsu koordinācijas komandas piezīme:
check-listed-advice = Nemaksājiet viņiem un nedodiet viņiem savus bankas datus, dokumentus vai piekļuvi savam datoram. Pārtrauciet viņiem atbildēt.
check-not-found-title = Nav mūsu ziņojumos
check-not-found = Mums par to nav ieraksta. Tas nenozīmē, ka tas ir droši: krāpnieki ik pēc dažām dienām maina savas tīmekļa vietnes, numurus un adreses, un mēs parādām vērtību tikai tad, kad par to ir ziņojuši vairāki cietušie.
check-service-title = Labi zināms pakalpojums
check-service = Tas ir labi zināms pakalpojums, piemēram, liels e-pasta pakalpojumu sniedzējs, kriptovalūtu birža, maksājumu pakalpojums vai ziņapmaiņas lietotne. Cietušie to min, jo ir to izmantojuši, tāpēc mēs par to neko nerādām. Tomēr kāds, kas ar Jums sazinās, var ļaunprātīgi izmantot tā nosaukumu: atrodiet tā oficiālo kontaktinformāciju tā paša tīmekļa vietnē un jautājiet tur.
check-report = Ziņot par to
check-link = Vai kāds ir piedāvājis atgūt Jūsu naudu? Vispirms pārbaudiet viņu tīmekļa vietni, numuru vai adresi.
error-check-unknown = Mēs to nevaram atpazīt kā tīmekļa vietni, e-pasta adresi, tālruņa numuru, IBAN vai maka adresi. Pārbaudiet, vai nav drukas kļūdu, piemēram, example.com vai +44 20 7946 0000.

## Policijas portāls

forbidden-title = Nav atļauts
forbidden-text = Šī darbība šeit nav atļauta. Ja atvērāt šo lapu no vecas cilnes, atgriezieties, pārlādējiet lapu un mēģiniet vēlreiz.
portal-name = Lietu portāls
portal-nav-label = Portāls
portal-nav-cases = Lietas
portal-nav-unattended = Neapstrādātās
portal-nav-overview = Pārskats
portal-nav-linkage = Sasaistes vērtības
portal-nav-accounts = Konti
portal-nav-audit = Audita žurnāls
portal-logout = Iziet
portal-role-officer = Amatpersona
portal-role-lead = Vadošā amatpersona
portal-role-coordinator = Koordinators
portal-role-admin = Administrators
portal-login-title = Pieteikšanās
portal-email = E-pasta adrese
portal-password = Parole
portal-login-next = Turpināt
portal-login-help = Kontus izveido Jūsu iestādes vadošā amatpersona vai pakalpojuma administrators. Ja autentifikācijas lietotne un atkopšanas kodi ir pazaudēti, lūdziet viņiem jaunu reģistrācijas saiti.
portal-login-failed = E-pasta adrese vai parole nav pareiza.
portal-login-wait = Pārāk daudz neveiksmīgu mēģinājumu. Lūdzu, mēģiniet vēlreiz pēc { $minutes } min.
portal-login-busy = Pakalpojums pašlaik ir pārslogots. Lūdzu, pēc brīža mēģiniet vēlreiz.
portal-login-submit = Pieteikties
portal-code-title = Autentifikācijas kods
portal-code-label = 6 ciparu kods no Jūsu autentifikācijas lietotnes vai viens no Jūsu atkopšanas kodiem
portal-code-hint = Ik pēc 30 sekundēm parādās jauns kods; katru kodu var izmantot tikai vienu reizi.
portal-code-failed = Šis kods nav pareizs vai jau ir izmantots. Uzgaidiet nākamo kodu un mēģiniet vēlreiz.
portal-enrol-title = Konta iestatīšana
portal-enrol-intro = Laipni lūdzam, { $name }! Izvēlieties paroli un iestatiet autentifikācijas lietotni; abas būs vajadzīgas katru reizi, kad piesakāties.
portal-enrol-password-heading = 1. Jūsu parole
portal-new-password = Jaunā parole
portal-new-password-again = Tā pati parole vēlreiz
portal-password-rules = Vismaz 12 rakstzīmes. Vairākus savstarpēji nesaistītus vārdus ir viegli atcerēties un grūti uzminēt.
portal-password-mismatch = Abas paroles nesakrīt.
portal-password-too-short = Parole ir pārāk īsa. Minimālais rakstzīmju skaits: { $min }.
portal-password-too-long = Parole ir pārāk gara. Maksimālais rakstzīmju skaits: { $max }.
portal-password-weak-personal = Jūsu parole satur Jūsu vārdu vai e-pasta adresi. Izvēlieties tādu, ko cilvēki, kas Jūs pazīst, nevarētu uzminēt.
portal-password-weak-common = Šī ir bieži lietota parole vai ļoti līdzīga tādai. Izvēlieties kaut ko mazāk paredzamu, piemēram, vairākus savstarpēji nesaistītus vārdus.
portal-password-weak-pattern = Atkārtojumus, virknes, piemēram, „abc“ vai „6543“, un blakus esošu taustiņu rindas ir viegli uzminēt.
portal-password-weak-date = Datumus un gadskaitļus ir viegli uzminēt.
portal-password-weak = Šo paroli ir pārāk viegli uzminēt. Pievienojiet vēl vienu vai divus vārdus.
portal-enrol-totp-heading = 2. Jūsu autentifikācijas lietotne
portal-enrol-totp-intro = Noskenējiet šo kodu ar autentifikācijas lietotni (piemēram, FreeOTP, Aegis vai Google Authenticator) un pēc tam ievadiet 6 ciparu kodu, ko tā parāda.
portal-enrol-qr-label = QR kods, kas jānoskenē ar autentifikācijas lietotni
portal-enrol-totp-manual = Ja nevarat noskenēt kodu, ievadiet lietotnē šo atslēgu:
portal-enrol-code-wrong = Autentifikācijas kods nav pareizs. Pārbaudiet, vai lietotne rāda šo kontu, un ievadiet kodu, ko tā rāda tagad.
portal-enrol-submit = Pabeigt iestatīšanu
portal-recovery-title = Jūsu atkopšanas kodi
portal-recovery-intro = Glabājiet šos desmit kodus drošā vietā, atsevišķi no tālruņa. Ja pazaudēsiet autentifikācijas lietotni, ar katru kodu varēsiet vienu reizi pieteikties. Tie tiek parādīti tikai tagad.
portal-recovery-continue = Kodi ir saglabāti — pieteikties
portal-queue-title = Lietas
portal-queue-empty = Lietu vēl nav.
portal-queue-none-match = Neviena lieta neatbilst šiem filtriem.
portal-queue-older = Vecākas lietas
portal-col-reference = Ziņojuma numurs
portal-col-received = Saņemts
portal-col-place = Valsts / reģions
portal-col-platform = Platforma
portal-col-status = Statuss
portal-col-assignee = Kam piešķirta
portal-status-new = Jauns
portal-status-in_review = Izskatīšanā
portal-status-complaint_filed = Iesniegts oficiāls iesniegums
portal-status-forwarded = Pārsūtīts
portal-status-no_action = Bez rīcības
portal-status-closed = Slēgts

## Portāls: konti un audita žurnāls

portal-accounts-title = Konti
portal-account-name = Vārds
portal-account-role = Loma
portal-account-authority = Iestāde
portal-account-authority-hint = Amatpersonas un vadošās amatpersonas pieder vienai iestādei; koordinatori un administratori nepieder nevienai.
portal-account-state = Stāvoklis
portal-account-actions = Darbības
portal-account-active = Aktīvs
portal-account-pending = Vēl nav reģistrēts
portal-account-deactivated = Deaktivizēts
portal-account-reenrol = Jauna reģistrācijas saite
portal-account-deactivate = Deaktivizēt
portal-account-new = Jauns konts
portal-account-language = Portāla un tā e-pasta vēstuļu valoda
portal-account-create = Izveidot kontu
portal-account-link-intro = Nododiet šo vienreizējo saiti personai klātienē vai pa uzticamu kanālu. To var izmantot vienu reizi, un tā ir derīga 24 stundas; vēlreiz tā netiks parādīta.
portal-account-exists = Konts ar šo e-pasta adresi jau pastāv.
portal-account-email-invalid = Šī nav e-pasta adrese.
portal-account-authority-wrong = Amatpersonām un vadošajām amatpersonām izvēlieties iestādi, bet koordinatoriem un administratoriem neizvēlieties nevienu.
portal-account-role-missing = Jūs nevarat izveidot kontu ar šo lomu.
portal-audit-title = Audita žurnāls
portal-audit-intro = Katra pieteikšanās, lietas skatīšana, meklēšana, eksports un izmaiņa, jaunākie ieraksti vispirms. Katrs ieraksts ir saistīts ķēdē ar iepriekšējo, tāpēc žurnāla izmaiņas tiek atklātas.
portal-audit-at = Laiks (UTC)
portal-audit-who = Kas
portal-audit-action = Darbība
portal-audit-detail = Sīkāka informācija
portal-audit-older = Vecāki ieraksti

## Portāls: lietu saraksts (filtri, meklēšana, eksports)

portal-queue-counts = Lietas pa statusiem
portal-queue-search = Meklēt
portal-queue-search-hint = Ziņojuma numurs vai tālruņa numurs, e-pasta adrese, tīmekļa vietne, maks, IBAN vai platforma tādā veidā, kā to, iespējams, ievadīja cietušais.
portal-filter-heading = Filtri
portal-filter-any = Visi
portal-filter-from = Saņemts no
portal-filter-until = Saņemts līdz
portal-filter-country = Dzīvesvietas valsts (divu burtu kods)
portal-filter-region = Reģions (kods, piem., DE-HE)
portal-filter-loss = Zaudējumi vismaz
portal-filter-currency = Valūta (piem., EUR)
portal-filter-recovery = Ziņots par „naudas atgūšanas“ piedāvājumu
portal-filter-method = Maksājuma veids
portal-filter-language = Cietušā valoda
portal-filter-linked-abroad = Tikai lietas, kas saistītas ar ziņojumiem no citām valstīm
portal-filter-authority = Iestāde (ID, piem., ee-ppa)
portal-queue-apply = Rādīt lietas
portal-queue-reset = Notīrīt filtrus
portal-export-heading = Eksports
portal-export-intro-queue = Lejupielādēt visas lietas, ko atrod šie filtri (ne tikai šo lapu), MISP, STIX 2.1 platformai, izklājlapai vai saviem rīkiem.
portal-export-intro-case = Lejupielādēt šo lietu MISP, STIX 2.1 platformai, izklājlapai vai saviem rīkiem.
portal-export-intro-cluster = Visas šīs grupas lietas vienā failā: to vērtības, bet MISP un STIX failos arī grupas cietušie, valstis un iestādes. Grupas eksporti nekad neietver cietušo kontaktinformāciju. Eksports tiek ierakstīts audita žurnālā.
portal-export-tlp = Izplatīšanas marķējums (Traffic Light Protocol)
portal-export-tlp-clear = TLP:CLEAR – izpaušana nav ierobežota
portal-export-tlp-green = TLP:GREEN – kopienas ietvaros
portal-export-tlp-amber = TLP:AMBER – saņēmēja organizācijas un tās klientu ietvaros, tikai nepieciešamības gadījumā
portal-export-tlp-amber-strict = TLP:AMBER+STRICT – tikai saņēmēja organizācijas ietvaros
portal-export-tlp-red = TLP:RED – tikai konkrēti nosauktiem saņēmējiem
portal-export-distribution = MISP izplatīšana
portal-export-distribution-hint = Ar ko MISP instance drīkst kopīgot importētos notikumus.
portal-export-distribution-0 = Tikai jūsu organizācija
portal-export-distribution-1 = Tikai šī kopiena
portal-export-distribution-2 = Savienotās kopienas
portal-export-distribution-3 = Visas kopienas
portal-export-contact = Iekļaut cietušo kontaktinformāciju un krāpšanas aprakstus
portal-export-contact-rule = Tikai jūsu iestādes lietām. Katrs eksports tiek ierakstīts audita žurnālā.
portal-export-contact-never = Koordinatoru eksporti nekad neietver cietušo kontaktinformāciju.
portal-export-as = Lejupielādēt { $format } formātā
portal-queue-col-loss = Zaudējumi kopā
portal-queue-col-payments = Maksājumi
portal-queue-col-indicators = Indikatori
portal-queue-col-linked = Saistītie ziņojumi

## Portāls: viena lieta (dati, statuss, piezīmes, piešķiršana)

portal-case-title = Lieta { $reference }
portal-case-message = Nosūtīt ziņu cietušajam
portal-case-reroute = Pāradresēt
portal-case-unassigned = Nevienam
portal-case-victim = Cietušais
portal-case-email = E-pasta adrese
portal-case-email-confirmed = apstiprināta
portal-case-email-unconfirmed = nav apstiprināta
portal-case-phone = Tālruņa numurs
portal-case-language = Valoda
portal-case-consent-authority = Piekrīt, ka ar viņu sazinās iestāde
portal-case-consent-warnings = Piekrīt saņemt brīdinājumus
portal-case-erased = Cietušais dzēsa kontaktinformāciju
portal-case-unreadable = (šo vērtību nevar atvērt)
portal-case-routing = Nosūtīšana
portal-case-residence = Dzīvesvieta
portal-case-geo = Ziņots no (atrašanās vieta pēc tīkla)
portal-case-geo-matches = sakrīt ar dzīvesvietu
portal-case-geo-differs = atšķiras no dzīvesvietas
portal-case-authority = Kompetentā iestāde
portal-case-routed-to = Kam nosūtīts
portal-case-hub = koordinācijas centrs
portal-case-routing-reason = Iemesls
portal-case-fraud = Krāpšana
portal-case-first-contact = Pirmais kontakts
portal-case-platform = Platforma
portal-case-remote-access = Instalēta attālinātās piekļuves programma
portal-case-recovery-approach = Piedāvāta „naudas atgūšana“ par samaksu
portal-case-story = Cietušā vārdiem
portal-case-none = Nav norādīts.
portal-case-payments = Maksājumi
portal-case-payment-date = Datums
portal-case-payment-amount = Summa
portal-case-payment-method = Veids
portal-case-payment-destination = Saņēmējs
portal-case-payment-crypto = Kriptovalūtā
portal-case-payment-tx-hash = Transakcijas hešs
portal-case-payment-source = Kur nopirkts vai no kurienes nosūtīts
portal-case-indicators = Indikatori
portal-case-indicator-kind = Veids
portal-case-indicator-typed = Kā ievadīts
portal-case-indicator-normalised = Normalizēts
portal-case-indicator-recovery = „Naudas atgūšanas“ piedāvājums
portal-case-kind-phone = Tālruņa numurs
portal-case-kind-email = E-pasta adrese
portal-case-kind-domain = Tīmekļa vietne
portal-case-kind-iban = IBAN
portal-case-kind-wallet-btc = Bitcoin maks
portal-case-kind-wallet-eth = Ethereum maks
portal-case-kind-wallet-trx = Tron maks
portal-case-kind-alias = Izmantotais vārds
portal-case-kind-platform = Platformas nosaukums
portal-linked-heading = Saistītie ziņojumi
portal-linked-cluster = { $reports ->
        [1] Šī lieta nav saistīta ne ar vienu citu ziņojumu.
        [zero] Šī lieta ietilpst saistītu ziņojumu grupā, kurā ir { $reports } ziņojumu (ieskaitot šo lietu).
        [one] Šī lieta ietilpst saistītu ziņojumu grupā, kurā ir { $reports } ziņojums (ieskaitot šo lietu).
       *[other] Šī lieta ietilpst saistītu ziņojumu grupā, kurā ir { $reports } ziņojumi (ieskaitot šo lietu).
    }
portal-linked-none = Nevienam citam ziņojumam nav kopīgu vērtību ar šo lietu.
portal-linked-summary = { $reports ->
        [zero] arī { $reports } citos ziņojumos
        [one] arī { $reports } citā ziņojumā
       *[other] arī { $reports } citos ziņojumos
    }, { $countries ->
        [zero] no { $countries } valstīm
        [one] no { $countries } valsts
       *[other] no { $countries } valstīm
    }
portal-linked-too-common = { $reports ->
        [zero] ir { $reports } citos ziņojumos
        [one] ir { $reports } citā ziņojumā
       *[other] ir { $reports } citos ziņojumos
    }: pārāk izplatīta vērtība, lai pēc tās sasaistītu lietas
portal-linked-marked = koordinators to ir atzīmējis kā „nesaista“
portal-linked-authority = Iestāde, kuras rīcībā tie ir
portal-linked-reports = Ziņojumi
portal-linked-countries = Cietušo valstis
portal-case-status-heading = Mainīt statusu
portal-case-status-to = Jaunais statuss
portal-case-reason = Iemesls
portal-case-status-submit = Mainīt statusu
portal-case-status-final = Šīs lietas statusu nevar mainīt.
portal-case-status-not-allowed = No pašreizējā statusa lietai nevar piešķirt šo statusu.
portal-case-reason-missing = Lūdzu, norādiet izmaiņas iemeslu.
portal-case-text-too-long = Teksts ir pārāk garš. Maksimālais rakstzīmju skaits: 10 000.
portal-case-assign-heading = Piešķiršana
portal-case-assignee = Kam piešķirta
portal-case-assign-submit = Piešķirt
portal-case-assignee-not-allowed = Lietu var piešķirt tikai aktīvai tās iestādes amatpersonai.
portal-case-timeline = Notikumu hronoloģija
portal-case-received = Ziņojums saņemts
portal-case-event-status = Statuss: { $status }
portal-case-event-assigned = Piešķirta: { $name }
portal-case-event-unassigned = Piešķīrums atcelts
portal-case-event-message = Ziņa cietušajam
portal-case-event-reroute = Pāradresēta
portal-case-mail-receipt = E-pasts cietušajam: apstiprinājums
portal-case-mail-followup = E-pasts cietušajam: brīdinājums Nr. { $step }
portal-case-mail-campaign = E-pasts cietušajam: brīdinājums par krāpšanas vilni
portal-case-mail-authority = Lieta nosūtīta iestādei
portal-case-mail-state-pending = gaida nosūtīšanu
portal-case-mail-state-sent = nosūtīts
portal-case-mail-state-failed = neizdevās
portal-case-mail-state-suppressed = nav nosūtīts (apturēts saskaņā ar sūtīšanas noteikumiem)
portal-case-notes = Piezīmes
portal-case-notes-none = Piezīmju vēl nav.
portal-case-note = Pievienot piezīmi
portal-case-note-help = Pēc pievienošanas piezīmes nevar mainīt vai dzēst. Tās var lasīt visas iestādes amatpersonas.
portal-case-note-submit = Pievienot piezīmi

## Portāls: nodošana tālāk (ziņa cietušajam, pāradresēšana)

portal-back-to-case = Atpakaļ uz lietu
portal-message-title = Ziņa cietušajam lietā { $reference }
portal-message-intro = Cietušais saņem Jūsu ziņu pa e-pastu savā valodā kopā ar Jūsu iestādes nosaukumu un ziņojuma numuru un redz to savā personīgajā lietas lapā, kur var pārbaudīt, vai ziņa ir īsta.
portal-message-label = Jūsu ziņa (vienkāršs teksts)
portal-message-help = Maksimālais rakstzīmju skaits: { $max }. Nekad neprasiet naudu, maksas, paroles vai attālinātu piekļuvi: cietušajam ir paskaidrots, ka īstas iestādes to nekad nedara.
portal-message-send = Nosūtīt ziņu
portal-message-empty = Lūdzu, uzrakstiet ziņu.
portal-message-too-long = Ziņa ir pārāk gara. Maksimālais rakstzīmju skaits: { $max }.
portal-message-no-address = Cietušais nav norādījis e-pasta adresi vai to ir dzēsis: ar šī pakalpojuma starpniecību ziņu nosūtīt nevar.
portal-message-unconfirmed = Cietušā e-pasta adrese vēl nav apstiprināta: Jūsu ziņa uzreiz tiek parādīta cietušā lietas lapā, bet pa e-pastu tā tiks nosūtīta tikai tad, kad adrese būs apstiprināta.
portal-reroute-title = Nosūtīt lietu { $reference } citai iestādei
portal-reroute-intro = Izvēlētā iestāde saņem paziņojumu pa e-pastu, un cietušā lietas lapā tiek norādīts tās nosaukums. Pašreizējās iestādes amatpersonas nekavējoties zaudē piekļuvi lietai.
portal-reroute-current = Pašlaik izskata: { $name }
portal-reroute-target = Jaunā iestāde
portal-reroute-hub = Koordinācijas centrs (tas nodod lietu tālāk)
portal-reroute-reason = Iemesls, kāpēc lieta tiek nosūtīta turp (tiek saglabāts lietā; cietušajam netiek rādīts)
portal-reroute-send = Nosūtīt lietu tālāk
portal-reroute-unknown = Lūdzu, izvēlieties iestādi no saraksta.
portal-reroute-same = Lieta jau ir šajā iestādē. Lūdzu, izvēlieties citu.
portal-reroute-reason-empty = Lūdzu, norādiet, kāpēc lieta tiek nosūtīta citur.
portal-reroute-reason-too-long = Iemesls ir pārāk garš. Maksimālais rakstzīmju skaits: { $max }.

## Portāls: e-pasta vēstules amatpersonām (paziņojumi un ikdienas kopsavilkums)

email-notice-subject = { $authority }: jauna lieta { $reference }
email-notice-intro = Iestādei { $authority } ir nosūtīta lieta:
email-notice-handed-on = Tā tika pāradresēta no citas iestādes vai no koordinācijas centra.
email-notice-sign-in = Lai to izlasītu, piesakieties lietu portālā.
email-notice-no-data = Šajā e-pasta vēstulē apzināti nav nekādu datu par cietušo. Tie tiek rādīti tikai portālā un tikai kompetentās iestādes amatpersonām.
email-digest-subject = { $authority }: { $count ->
        [zero] { $count } jaunu lietu
        [one] { $count } jauna lieta
       *[other] { $count } jaunas lietas
    }
email-digest-intro = { $count ->
        [zero] Kopš { $since } (UTC) iestādei { $authority } ir nosūtīts vai pāradresēts { $count } lietu:
        [one] Kopš { $since } (UTC) iestādei { $authority } ir nosūtīta vai pāradresēta { $count } lieta:
       *[other] Kopš { $since } (UTC) iestādei { $authority } ir nosūtītas vai pāradresētas { $count } lietas:
    }
email-digest-more = { $count ->
        [zero] …un vēl { $count } lietu.
        [one] …un vēl { $count } lieta.
       *[other] …un vēl { $count } lietas.
    } Visas tās ir redzamas lietu sarakstā:
email-named-subject = Saistītie ziņojumi ar nosaukumu „{ $name }“
email-named-intro = Koordinācijas centrs saistītu ziņojumu grupai piešķīra nosaukumu „{ $name }“: { $victims ->
        [1] viens cietušais
        [zero] { $victims } cietušo
        [one] { $victims } cietušais
       *[other] { $victims } cietušie
    } { $countries ->
        [1] vienā valstī
        [zero] { $countries } valstīs
        [one] { $countries } valstī
       *[other] { $countries } valstīs
    } ar ziņojumiem par tiem pašiem kontiem, makiem, numuriem vai tīmekļa vietnēm. { $reports ->
        [1] Viens no šiem ziņojumiem ir iestādes { $authority } lieta.
        [zero] { $reports } no šiem ziņojumiem ir iestādes { $authority } lietas.
        [one] { $reports } no šiem ziņojumiem ir iestādes { $authority } lieta.
       *[other] { $reports } no šiem ziņojumiem ir iestādes { $authority } lietas.
    }
email-named-open = Jūsu lietas šajā grupā:
email-digest-links = Jauni ziņojumi, kas saistīti ar jūsu agrākajām lietām
email-digest-link = { $new ->
        [1] Viens jauns ziņojums
        [zero] { $new } jaunu ziņojumu
        [one] { $new } jauns ziņojums
       *[other] { $new } jauni ziņojumi
    } no { $countries ->
        [1] vienas valsts
        [zero] { $countries } valstīm
        [one] { $countries } valsts
       *[other] { $countries } valstīm
    } satur vērtību, kas ir arī { $cases ->
        [1] vienā no jūsu agrākajām lietām
        [zero] { $cases } jūsu agrākajās lietās, to vidū
        [one] { $cases } jūsu agrākajā lietā, to vidū
       *[other] { $cases } jūsu agrākajās lietās, to vidū
    }:
portal-nav-notices = E-pasti par lietām
portal-notices-title = E-pasti par lietām
portal-notices-intro = Kad iestādei { $authority } tiek nosūtīta vai pāradresēta lieta, tās amatpersonas un vadošās amatpersonas saņem e-pasta vēstuli, katra savā valodā. Vēstulē ir norādīta lieta un saite uz to šajā portālā; datu par cietušo vēstulē nav.
portal-notices-authority = Iestāde
portal-notices-choice = Cik bieži
portal-notices-each = E-pasta vēstule par katru lietu
portal-notices-digest = Viena e-pasta vēstule dienā ar jauno lietu sarakstu
portal-notices-show = Rādīt
portal-notices-save = Saglabāt
portal-notices-saved = Saglabāts.
portal-notices-unknown = Lūdzu, izvēlieties iestādi no saraksta.
portal-unattended-title = Neapstrādātās lietas
portal-unattended-intro = Šīm iestādēm nav aktīva portāla konta, tāpēc neviens šeit nelasa to jaunās lietas. Pārsūtiet katru lietu manuāli, izmantojot iestādes publisko saziņas kanālu, pēc tam iestatiet lietai statusu „Pārsūtīts“ un kā iemeslu norādiet šo kanālu: tad lieta vairs netiks rādīta šajā sarakstā.
portal-unattended-authority = Iestāde
portal-unattended-channel = Publiskais saziņas kanāls
portal-unattended-waiting = Jaunās lietas
portal-unattended-oldest = Vecākā
portal-unattended-open = Atvērt šīs lietas
portal-unattended-none = Visām iestādēm, kurām ir jaunas lietas, ir aktīvs konts.
portal-linkage-title = Vērtības, kas saista lietas, un tās, kas nesaista
portal-linkage-intro = Ziņojumi tiek saistīti pēc to kopīgajām vērtībām. Dažas vērtības savienotu lietas, kurām nav nekā kopīga: lielo e-pasta pakalpojumu sniedzēju un maksājumu pakalpojumu domēni nekad nesaista, un vērtība, kas ir neparasti lielā daļā no visiem ziņojumiem, pārstāj saistīt. Vērtību var manuāli atzīmēt kā „nesaista“ vai „saista“; tad grupas tiek izveidotas no jauna minūtes laikā. Katra izmaiņa tiek reģistrēta audita žurnālā.
portal-linkage-saved = Saglabāts. Grupas tiks izveidotas no jauna minūtes laikā.
portal-linkage-rebuild-due = Grupas ir jāizveido no jauna; tas notiks minūtes laikā.
portal-linkage-mark-heading = Atzīmēt vērtību
portal-linkage-kind = Veids
portal-linkage-kind-platform = Platformas nosaukums
portal-linkage-kind-domain = Tīmekļa vietne
portal-linkage-kind-email = E-pasta adrese
portal-linkage-kind-phone = Tālruņa numurs (ar valsts kodu)
portal-linkage-kind-account = IBAN vai maka adrese
portal-linkage-value = Vērtība
portal-linkage-mark = Atzīme
portal-linkage-mark-not-linking = Nesaista
portal-linkage-mark-linking = Saista
portal-linkage-mark-none = Noņemt atzīmi
portal-linkage-save = Saglabāt atzīmi
portal-linkage-not-of-kind = Šī nav izvēlētā veida vērtība. Pārbaudiet veidu un rakstiet tālruņa numurus ar valsts kodu.
portal-linkage-builtin = Šī vērtība ir iebūvētajā sarakstā ar vērtībām, kas nekad nesaista (liels e-pasta pakalpojumu sniedzējs, kriptovalūtu birža vai maksājumu pakalpojums).
portal-linkage-marked = Koordinatoru atzīmētās
portal-linkage-too-common = Pārāk izplatītas, lai saistītu
portal-linkage-too-common-intro = Šīs vērtības ir vairāk ziņojumos, nekā atļauj sliekšņa iestatījumi, tāpēc tās neko nesaista. Atzīmējiet vērtību kā „saista“, ja tā patiešām pieder pie vienas krāpšanas.
portal-linkage-builtin-heading = Nekad nesaista (iebūvētās)
portal-linkage-why = Iemesls
portal-linkage-why-mail = liels e-pasta pakalpojumu sniedzējs (tā atsevišķās adreses joprojām saista)
portal-linkage-why-service = labi zināma kriptovalūtu birža, maksājumu pakalpojums vai ziņapmaiņas lietotne
portal-overview-title = Pārrobežu saistītās lietas
portal-overview-intro = Ziņojumi, kuriem ir kopīgs maks, bankas konts, tālruņa numurs, e-pasta adrese, tīmekļa vietne vai platformas nosaukums, veido vienu grupu. Šeit grupas ir uzskaitītas ar to cietušajiem, valstīm un zaudējumiem; atveriet grupu, lai redzētu, kur dzīvo tās cietušie un kuru iestāžu rīcībā ir tās ziņojumi.
portal-overview-rank = Kārtot pēc
portal-overview-rank-victims = Cietušo skaits
portal-overview-rank-countries = Valstu skaits
portal-overview-rank-loss = Zaudējumi izvēlētajā valūtā
portal-overview-currency = Valūta
portal-overview-show = Rādīt
portal-overview-none = Saistītu ziņojumu vēl nav.
portal-overview-csv = Lejupielādēt šo tabulu (CSV)
portal-overview-caption = Saistīto ziņojumu grupas
portal-overview-cluster = Grupa
portal-overview-cluster-name = Grupa { $id }
portal-overview-loss = Zaudējumi ({ $currency })
portal-cluster-back = Atpakaļ uz pārskatu
portal-cluster-name-heading = Nosaukt kā kampaņu
portal-cluster-name-intro = Piešķirot grupai nosaukumu, par to tiek informēta katra iestāde, kuras rīcībā ir grupas ziņojumi: katrs tās portāla konts saņem e-pasta vēstuli savā valodā, un vienu vēstuli saņem arī tās ziņojumu pieņemšanas adrese. Vēstulē norādīts, cik grupas ziņojumu ir iestādes rīcībā, un ir saite uz šīm lietām. Vēstulē nav cietušo datu.
portal-cluster-name-label = Nosaukums
portal-cluster-name-submit = Piešķirt nosaukumu un informēt grupas iestādes
portal-cluster-name-missing = Lūdzu, piešķiriet grupai nosaukumu.
portal-cluster-name-too-long = Nosaukums ir pārāk garš. Maksimālais rakstzīmju skaits: { $max }.
portal-cluster-named = Nosaukums piešķirts. Katra iestāde, kuras rīcībā ir grupas ziņojumi, tiks informēta minūtes laikā.
portal-cluster-campaign-hint = Lai brīdinātu šīs grupas cietušos, kuri piekrituši saņemt brīdinājumus, nosūtiet kampaņas brīdinājumu, kura mērķa daļā (target) norādīts `cluster = { $id }` (skatiet README, sadaļu „Campaigns“).
portal-cluster-victims = Cietušie
portal-cluster-countries = Valstis
portal-cluster-authorities = Iestādes
portal-cluster-first = Pirmais ziņojums
portal-cluster-last = Pēdējais ziņojums
portal-cluster-map = Kur dzīvo cietušie
portal-cluster-map-desc = Pasaules karte, kurā valstis iekrāsotas pēc cietušo skaita katrā valstī; { $countries ->
        [zero] cietušie ir { $countries } valstīs.
        [one] cietušie ir { $countries } valstī.
       *[other] cietušie ir { $countries } valstīs.
    } Tabulā zemāk ir tie paši skaitļi.
portal-cluster-none = Nav.
portal-cluster-by-country = Cietušie pa valstīm
portal-cluster-country = Valsts
portal-cluster-code = Kods
portal-cluster-losses = Zaudējumi pa valūtām
portal-cluster-currency = Valūta
portal-cluster-loss = Zaudējumi
portal-cluster-weeks = Ziņojumi pa nedēļām
portal-cluster-week = Nedēļa (pirmdiena)
portal-cluster-holders = Iestādes, kuru rīcībā ir grupas ziņojumi
portal-cluster-values = Kas grupas ziņojumiem ir kopīgs
portal-cluster-value = Vērtība
portal-cluster-value-reports = { $reports ->
        [zero] { $reports } ziņojumu
        [one] { $reports } ziņojums
       *[other] { $reports } ziņojumi
    }
portal-cluster-more = { $count ->
        [zero] Vēl { $count } vērtību ir CSV failā.
        [one] Vēl { $count } vērtība ir CSV failā.
       *[other] Vēl { $count } vērtības ir CSV failā.
    }

## Portāls: publiskās pārbaudes ieraksti (/portal/check)

portal-nav-check = Publiskā pārbaude
portal-check-title = Ko rāda publiskā pārbaude
portal-check-intro = Publiskās pārbaudes lapā ikviens var pārbaudīt tīmekļa vietni, e-pasta adresi, tālruņa numuru, IBAN vai maku. Vērtība tiek parādīta tikai tad, ja tā ir vismaz divos savstarpēji nesaistītos ziņojumos (no dažādām pārlūkprogrammām un tīkliem), un cietušo skaits tiek norādīts tikai aptuvenās robežās, nekad neparādot pašu ziņojumu. Publicējiet vērtību, lai to rādītu ar publisku piezīmi neatkarīgi no ziņojumiem; noņemiet vērtību, lai to paslēptu pavisam, lai cik daudzi par to ziņotu, līdz tā tiek publicēta atkal. Katrs lēmums tiek ierakstīts audita žurnālā.
portal-check-saved = Saglabāts. Publiskā pārbaude turpmāk atbild atbilstoši tam.
portal-check-decide-heading = Publicēt vai noņemt vērtību
portal-check-value = Vērtība
portal-check-decision = Lēmums
portal-check-publish = Publicēt ar publisku piezīmi
portal-check-withdraw = Noņemt (nekad nerādīt)
portal-check-note = Publiska piezīme
portal-check-note-help = Tiek rādīta publiski tieši tā, kā uzrakstīta, piemēram, „Viltots advokātu birojs, kas prasa cietušajiem samaksu par naudas atgūšanu“. Nenosauciet nevienu cietušo un nevienu lietu.
portal-check-note-required = Uzrakstiet publisko piezīmi, kas pievienojama publicētai vērtībai.
portal-check-note-long = Piezīme ir pārāk gara. Maksimālais rakstzīmju skaits: 300.
portal-check-service = Tas ir labi zināma pakalpojuma domēns vai adrese; publiskā pārbaude par to neko nerāda.
portal-check-save = Saglabāt
portal-check-published = Publicēta
portal-check-withdrawn = Noņemta
portal-check-changed = Lēmuma laiks (UTC)

## API tokens (/portal/api-tokens)
portal-nav-api-tokens = API pilnvaras
portal-api-tokens-title = API pilnvaras
portal-api-tokens-partner-intro = Ar partnera pilnvaru bankas vai telekomunikāciju uzņēmuma sistēma var vaicāt publisko pārbaudi caur API (/api/v1/check), lai brīdinātu savus klientus. Tā neatver nevienu lietu, atbild tāpat kā publiskās pārbaudes lapa (nekad nerāda ziņojumu vai cietušo), tai ir pieprasījumu skaita ierobežojums minūtē, tā darbojas līdz derīguma beigām vai atsaukšanai, un katra izmantošana tiek ierakstīta audita žurnālā.
portal-api-tokens-intro = Ar pilnvaru jūsu iestādes sistēma var lasīt jūsu iestādes lietas caur API (/api/v1) bez kontaktinformācijas. Tā tikai lasa, darbojas līdz derīguma beigām vai atsaukšanai, un katra izmantošana tiek ierakstīta audita žurnālā.
portal-api-tokens-none = Jūsu iestādei vēl nav nevienas API pilnvaras.
portal-api-token-secret-intro = Nokopējiet šo pilnvaru savā sistēmā tagad: tā vairs netiks rādīta. Ikviens, kuram tā ir, var lasīt jūsu iestādes lietas, līdz tās derīgums beidzas vai jūs to atsaucat.
portal-api-token-revoked-done = Pilnvara ir atsaukta: tā vairs neatver API.
portal-api-token-name = Nosaukums
portal-api-token-created = Izveidota
portal-api-token-expires = Derīga līdz
portal-api-token-last-used = Pēdējoreiz izmantota
portal-api-token-state = Statuss
portal-api-token-revoke = Atsaukt
portal-api-token-new = Jauna pilnvara
portal-api-token-days = Derīguma termiņš (dienas)
portal-api-token-create = Izveidot pilnvaru
portal-api-token-live = Aktīva
portal-api-token-expired = Beigusies
portal-api-token-revoked = Atsaukta
portal-api-token-name-missing = Piešķiriet pilnvarai nosaukumu (sistēma, kas to izmantos).
portal-api-token-name-long = Nosaukums drīkst būt ne garāks par { $max } rakstzīmēm.
portal-api-token-days-invalid = Ievadiet veselu dienu skaitu no 1 līdz { $max }.

## Pāradresēta lieta, kas šifrētā e-pastā nosūtīta uz iestādes OpenPGP atslēgu
sealed-case-subject = Jauna lieta { $reference }
sealed-case-intro = Jauna lieta iestādei { $authority }. Šī vēstule ir šifrēta ar Jūsu OpenPGP atslēgu { $fingerprint }.
sealed-case-contact-given = Cietušais piekrita, ka viņa kontaktinformācija tiek nodota kompetentajai iestādei: tā ir norādīta zemāk un pievienotajos failos.
sealed-case-contact-withheld = Cietušais nepiekrita savas kontaktinformācijas nodošanai iestādei: tā nav iekļauta.
sealed-case-files = Pielikumā: lieta kā MISP notikums (case.misp.json) un kā STIX 2.1 pakete (case.stix.json) ielādei analīzes rīkos.
