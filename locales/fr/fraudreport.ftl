## Éléments communs des pages

site-name = Signaler une fraude à l’investissement
skip-to-content = Aller au contenu principal
language-label = Langue
footer-no-money = Ce service est gratuit. Il ne vous demande jamais d’argent et ne demande jamais l’accès à votre ordinateur.
footer-about = Un service de signalement ouvert à tous, pour les victimes de fraude à l’investissement en ligne.
footer-geoip = Le pays de votre connexion est estimé à partir des données d’adresses IP des registres internet régionaux (ip-location-db, CC BY 4.0). Votre adresse IP n’est pas enregistrée.

## Page d’accueil

home-title = Signaler une fraude à l’investissement en ligne
home-lead = Vous avez perdu de l’argent sur une fausse plateforme de trading, de placement ou de cryptomonnaies ? Vous pouvez le signaler ici, dans votre langue.
home-what-we-do = Nous transmettons votre signalement à la police ou au service de signalement compétent pour votre lieu de résidence. Nous vous indiquons aussi quoi faire ensuite.
home-no-account = Vous n’avez pas besoin de vous inscrire. Cela prend environ dix minutes.
home-what-helps = Si vous le pouvez, gardez sous la main : le nom de la plateforme, l’adresse du site internet, les numéros de téléphone et les adresses e-mail utilisés pour vous contacter, et le détail de vos paiements.
home-start = Commencer mon signalement

## Le formulaire de signalement

form-title = Racontez-nous ce qui s’est passé
form-intro = Répondez à ce que vous pouvez. Seuls les champs marqués « obligatoire » doivent être remplis. Le reste nous aide, mais peut rester vide.
form-required = obligatoire
form-optional = facultatif
form-submit = Envoyer mon signalement
form-privacy = Nous utilisons vos réponses uniquement pour transmettre votre signalement à l’autorité compétente et pour vous avertir des nouvelles tentatives d’arnaque. Nous ne les vendons jamais et ne les publions jamais.

section-you = Vos coordonnées
field-contact-email = Votre adresse e-mail
field-contact-email-help = Elle nous sert à vous envoyer un accusé de réception et à vous avertir des nouvelles tentatives d’arnaque. Sans elle, nous ne pouvons pas vous écrire.
field-contact-phone = Votre numéro de téléphone
field-contact-phone-help = Pour que la police puisse vous rappeler. Si possible, ajoutez l’indicatif du pays, par exemple +33.
field-residence = Pays où vous habitez
field-residence-help = Votre signalement est transmis à l’autorité compétente pour ce pays.
field-residence-choose = Choisissez un pays
field-region = Région où vous habitez (Land, canton…)
field-region-help = Dans ce pays, la police est organisée par région. Si vous choisissez la vôtre, votre signalement va directement au bon service de police. Si vous ne savez pas, laissez ce champ vide.
field-region-choose = Je ne sais pas
form-region-step = Dans votre pays, la police est organisée par région. Veuillez choisir votre région ci-dessous, puis envoyer à nouveau. Si vous ne savez pas, envoyez simplement à nouveau sans la choisir.

section-start = Comment tout a commencé
field-channel = Comment le premier contact a-t-il eu lieu ?
field-channel-choose = Choisissez une réponse
channel-phone-call = Un appel téléphonique
channel-social-media = Une publicité ou un message sur les réseaux sociaux
channel-messaging-app = Une messagerie (par exemple WhatsApp ou Telegram)
channel-email = Un e-mail
channel-website = Un site internet que j’ai trouvé
channel-dating-app = Une application ou un site de rencontre
channel-other = Un autre moyen
field-first-contact-date = Quand était-ce ?
field-date-help = Par exemple 2024-03-31 (année-mois-jour). Une date approximative suffit.

section-platform = La plateforme et les personnes
field-platform = Nom de la plateforme ou de la société
field-platform-help = Le nom de la plateforme de trading, du courtier ou de l’application, tel qu’on vous l’a présenté.
field-websites = Adresses des sites internet
field-websites-help = Une par ligne, par exemple trade-example.com.
field-caller-names = Noms utilisés par ces personnes
field-caller-names-help = Les noms qu’elles vous ont donnés, même s’ils étaient probablement faux. Un par ligne.
field-scam-phones = Numéros de téléphone utilisés pour vous contacter
field-scam-phones-help = Un par ligne, avec l’indicatif du pays si vous le connaissez.
field-scam-emails = Adresses e-mail utilisées pour vous contacter
field-scam-emails-help = Une par ligne.
field-remote-access = Vous a-t-on demandé d’installer un programme comme AnyDesk ou TeamViewer sur votre ordinateur ou votre téléphone ?
answer-yes = Oui
answer-no = Non
answer-unsure = Je ne sais pas

section-payments = L’argent que vous avez versé
section-payments-help = Une ligne par paiement. Laissez vides les lignes dont vous n’avez pas besoin.
payment-legend = Paiement { $number }
field-payment-date = Date
field-payment-amount = Montant
field-payment-amount-help = Par exemple 1500,50
field-payment-currency = Devise
field-payment-currency-help = Trois lettres, par exemple EUR, USD ou GBP.
field-payment-method = Comment vous avez payé
field-payment-method-choose = Choisissez une réponse
method-bank-transfer = Virement bancaire
method-card = Carte bancaire
method-crypto = Cryptomonnaie
method-cash = Espèces
method-other = Un autre moyen
field-payment-destination = Où l’argent a été envoyé
field-payment-destination-help = Le numéro de compte (IBAN), l’adresse du portefeuille crypto ou toute autre référence qu’on vous a donnée.
field-payment-crypto-amount = Montant en cryptomonnaie
field-payment-crypto-amount-help = Si vous avez payé en cryptomonnaie : le montant tel que l’affiche votre plateforme d’échange ou votre portefeuille, par exemple 0.015 ou 1250.5. Vous pouvez aussi indiquer le montant en devise, ou seulement l’un des deux.
field-payment-asset = Cryptomonnaie
field-payment-network = Réseau
field-payment-network-help = Nécessaire uniquement pour l’USDT si vous n’indiquez pas l’adresse du portefeuille : Tron (les adresses commencent par T) ou Ethereum (les adresses commencent par 0x).
field-payment-tx-hash = Hash de transaction (TxID)
field-payment-tx-hash-help = Le long code de ce transfert dans l’historique de votre plateforme d’échange ou de votre portefeuille. Grâce à lui, une plateforme d’échange peut retrouver l’argent et parfois le geler.
field-payment-source = Acheté ou envoyé depuis
field-payment-source-help = La plateforme d’échange, la banque ou l’application que vous avez utilisée, par exemple Binance, Coinbase ou le nom de votre banque.
payments-add = Ajouter un autre paiement

section-after = Depuis
field-recovery-approach = Depuis, quelqu’un vous a-t-il proposé de récupérer votre argent contre le paiement de frais ?
field-story = Ce qui s’est passé, avec vos propres mots
field-story-help = { $max } caractères au maximum. N’écrivez pas de mots de passe ni de numéros de carte complets.

section-consent = Votre accord
field-consent-authority = J’accepte que ce signalement soit transmis à la police ou au service de signalement compétent pour mon lieu de résidence.
field-consent-warnings = Envoyez-moi par e-mail des mises en garde sur les arnaques qui visent les victimes, comme les fausses offres de récupération d’argent.
honeypot-label = Laissez ce champ vide

## Erreurs à côté des champs

errors-title =
    { $count ->
        [one] Votre signalement comporte { $count } problème
       *[other] Votre signalement comporte { $count } problèmes
    }
errors-intro = Vos réponses sont conservées. Veuillez corriger les champs ci-dessous, puis envoyer à nouveau.
error-required = Veuillez remplir ce champ.
error-too-long = Ce texte est trop long : { $max } caractères au maximum.
error-too-many-lines = Trop de lignes : { $max } au maximum.
error-email = Cela ne ressemble pas à une adresse e-mail. Vérifiez qu’elle ne contient pas de faute de frappe. Exemple : name@example.com.
error-phone = Cela ne ressemble pas à un numéro de téléphone. Vérifiez-le et ajoutez l’indicatif du pays, par exemple +33 1 99 00 12 34.
error-country = Veuillez choisir un pays dans la liste.
error-region = Veuillez choisir une région du pays où vous habitez, ou laisser ce champ vide.
error-choice = Veuillez choisir l’une des réponses.
error-date-format = Veuillez écrire la date sous la forme année-mois-jour, par exemple 2024-03-31.
error-date-future = Cette date est dans le futur. Veuillez la vérifier.
error-date-too-early = Cette date est antérieure à 1990. Veuillez la vérifier.
error-website = La ligne { $line } n’est pas une adresse de site internet. Écrivez-la sous la forme trade-example.com.
error-scam-phone = La ligne { $line } ne ressemble pas à un numéro de téléphone. Ajoutez l’indicatif du pays si vous le connaissez.
error-scam-email = La ligne { $line } ne ressemble pas à une adresse e-mail.
error-amount-format = Veuillez écrire le montant uniquement avec des chiffres, par exemple 1500,50.
error-amount-positive = Le montant doit être supérieur à zéro.
error-amount-decimals =
    { $digits ->
        [0] La devise { $currency } n’a pas de centimes : veuillez écrire un nombre entier.
       *[other] Pour la devise { $currency }, le nombre de chiffres après la virgule est limité à { $digits }.
    }
error-currency = Veuillez écrire un code de devise de trois lettres, par exemple EUR.
error-payment-incomplete = Veuillez indiquer le montant et sa devise, ou le montant en cryptomonnaie et la cryptomonnaie utilisée, ou laisser toute la ligne vide.
error-crypto-incomplete = Veuillez indiquer à la fois le montant en cryptomonnaie et la cryptomonnaie utilisée pour le paiement.
error-network-needed = { $asset } circule sur Tron ou sur Ethereum : veuillez choisir le réseau ou indiquer l’adresse du portefeuille vers laquelle l’argent a été envoyé.
error-not-on-network = { $asset } ne circule pas sur { $chain } : veuillez vérifier la cryptomonnaie, l’adresse et le réseau.
error-tx-hash-length = Un hash de transaction { $chain } compte 64 lettres et chiffres, et non { $length }. Veuillez le copier à nouveau depuis votre plateforme d’échange ou votre portefeuille.
error-tx-hash-characters = Un hash de transaction { $chain } ne contient que les chiffres 0 à 9 et les lettres a à f. Veuillez le copier à nouveau depuis votre plateforme d’échange ou votre portefeuille.
error-tx-hash-prefix = Un hash de transaction { $chain } ne commence pas par 0x. Veuillez vérifier le réseau ou copier à nouveau le hash.
error-tx-hash-network = Pour vérifier ce hash de transaction, veuillez choisir la cryptomonnaie ou le réseau, ou indiquer l’adresse du portefeuille.
error-iban = Ce numéro de compte (IBAN) n’est pas valide : ses chiffres de contrôle ne correspondent pas. Veuillez le comparer avec votre relevé bancaire.
error-iban-country = Cela ressemble à un IBAN, mais un IBAN commence par le code de son pays, et { $code } n’est pas un pays qui utilise l’IBAN. Veuillez vérifier les deux premières lettres.
error-iban-format = Cela ressemble à un IBAN ({ $country }), mais il a trop ou trop peu de caractères, ou une lettre à la place d’un chiffre. Veuillez le comparer avec votre relevé bancaire.
error-wallet = Cela ressemble à une adresse de portefeuille ({ $chain }), mais elle ne passe pas le contrôle intégré : un caractère a probablement été mal saisi. Veuillez la copier à nouveau depuis votre portefeuille ou votre plateforme d’échange.
error-wallet-characters = Cela ressemble à une adresse de portefeuille ({ $chain }), mais elle contient des caractères qui n’apparaissent jamais dans une telle adresse : { $characters }. Veuillez la copier à nouveau depuis votre portefeuille ou votre plateforme d’échange.
error-wallet-length = Cela ressemble à une adresse de portefeuille ({ $chain }), mais elle compte { $length } caractères au lieu de { $expected }. Veuillez la copier à nouveau depuis votre portefeuille ou votre plateforme d’échange.
error-wallet-case =
    { $chain ->
        [Ethereum] Cela ressemble à une adresse de portefeuille (Ethereum), mais ses majuscules ne correspondent pas au contrôle intégré (EIP-55) : un caractère a probablement été mal saisi. Veuillez la copier à nouveau depuis votre portefeuille ou votre plateforme d’échange.
       *[other] Cela ressemble à une adresse de portefeuille ({ $chain }), mais elle mélange majuscules et minuscules, ce qu’une telle adresse ne fait jamais. Veuillez la copier à nouveau depuis votre portefeuille ou votre plateforme d’échange.
    }
error-consent-authority = Nous ne pouvons transmettre votre signalement qu’avec votre accord.
error-warnings-need-email = Pour recevoir des mises en garde par e-mail, veuillez indiquer votre adresse e-mail.
error-honeypot = Veuillez laisser vide le dernier champ, qui est caché.
error-form-expired = Pour votre sécurité, ce formulaire a expiré. Vos réponses sont conservées : veuillez appuyer à nouveau sur « Envoyer mon signalement ».
error-rate-limited = Trop de signalements ont été envoyés depuis votre connexion. Veuillez patienter une minute, puis réessayer.
error-store-unavailable = Votre signalement n’a pas pu être enregistré pour l’instant : notre base de données est brièvement indisponible. Rien de ce que vous avez saisi n’est perdu, tout se trouve encore ci-dessous. Veuillez patienter une minute, puis appuyer à nouveau sur « Envoyer mon signalement ».

## L’accusé de réception

receipt-title = Votre signalement a bien été reçu
receipt-saved = Votre signalement est enregistré. Merci d’avoir pris le temps de le faire : cela aide à arrêter ces criminels.
receipt-reference-label = Votre numéro de référence
receipt-reference-help = Notez-le. Donnez-le quand vous parlez à la police. Il figure dans chaque message de ce service : vous pouvez ainsi vérifier qu’un message vient vraiment de nous.
receipt-link-label = Votre lien personnel
receipt-link-help = Gardez ce lien pour vous, par exemple dans vos favoris. Il vous permettra d’ajouter des informations plus tard. Ne le partagez pas.
receipt-authority-title = Qui traite votre signalement
receipt-authority-intro = L’autorité compétente pour votre lieu de résidence est :
receipt-authority-because = Vous nous avez indiqué votre lieu de résidence : { $place }. Les signalements venant de là sont transmis à cette autorité.
receipt-authority-complaint = Pour y porter plainte :
receipt-authority-website = Site internet
receipt-authority-report-page = Page de signalement
receipt-authority-phone = Téléphone
receipt-hub = Nous n’avons pas encore de contact dans la police de votre pays. Notre équipe de coordination transmettra votre signalement à l’autorité compétente.
receipt-next-title = La suite
receipt-next-authority = Nous transmettons votre signalement à la police ou au service de signalement compétent pour votre lieu de résidence.
receipt-next-complaint = Ce signalement ne remplace pas une plainte. Si vous souhaitez porter plainte, adressez-vous à la police près de chez vous et donnez votre numéro de référence.
receipt-next-email = Si vous avez indiqué votre adresse e-mail, vous recevrez un accusé de réception avec votre numéro de référence.
receipt-next-bank = Si un paiement est récent, appelez dès maintenant votre banque ou la plateforme d’échange utilisée : elles peuvent parfois le bloquer ou le récupérer.
receipt-another = Signaler une autre arnaque

## L’avertissement sur les arnaques au faux recouvrement

warning-title = Attention : les escrocs peuvent revenir
warning-intro = Après une fraude, beaucoup de victimes sont recontactées par des personnes qui promettent de récupérer l’argent. Ce sont aussi des criminels. Ils connaissent souvent votre nom, les montants et les dates.
warning-no-fee = Aucune autorité et aucun véritable service d’aide ne demande de frais pour récupérer votre argent.
warning-no-unfreeze = Personne ne peut « débloquer » ou « libérer » votre argent en échange d’un paiement, d’une taxe ou de frais de licence.
warning-no-official = Les services officiels n’écrivent jamais depuis une adresse Gmail, Yahoo ou similaire. Ils ne demandent jamais d’accès à distance à votre ordinateur, de cryptomonnaies ou de cartes cadeaux, et ne vous demandent jamais d’ouvrir de nouveaux comptes à l’étranger.
warning-verify = Si quelqu’un dit venir de la police, d’un tribunal, d’un cabinet d’avocats ou d’Europol : raccrochez. Cherchez le numéro officiel sur le site internet de l’autorité elle-même, puis rappelez. Demandez comment on a obtenu vos coordonnées.
warning-repeat = Si vous payez une fois, les demandes ne s’arrêtent pas : chaque paiement en appelle un autre.
warning-report = Si l’on vous contacte ainsi, signalez-le à la même autorité que la fraude d’origine.
warning-our-messages = Nos propres messages ne vous demandent jamais d’argent et ne contiennent jamais de lien vers une page de paiement. Ils indiquent toujours votre numéro de référence.

## E-mails

email-receipt-subject = Votre signalement { $reference } a bien été reçu
email-hello = Bonjour,
email-receipt-intro = Merci pour votre signalement. Il est enregistré sous ce numéro de référence :
email-genuine = Comment reconnaître nos vrais messages : ils indiquent toujours votre numéro de référence { $reference }, ils ne vous demandent jamais d’argent et ils ne contiennent jamais de lien vers une page de paiement.
email-why = Vous recevez cet e-mail parce que cette adresse a été indiquée lors d’un signalement de fraude. Si ce n’était pas vous, veuillez ne pas tenir compte de ce message.

## Autres pages

not-found-title = Page introuvable
not-found-text = Cette page n’existe pas. Vérifiez l’adresse ou repartez de la page d’accueil.
error-page-title = Un problème est survenu
error-page-text = Désolés, nous n’avons pas pu terminer cette opération. Rien n’est perdu de votre côté : veuillez réessayer dans quelques minutes.
back-home = Aller à la page d’accueil
too-large-title = Trop de texte à envoyer en une fois
too-large-text = Ce que vous avez envoyé dépasse ce que ce service accepte ; rien n’a donc été enregistré. Revenez en arrière avec le bouton « Retour » de votre navigateur (ce que vous avez saisi y est généralement encore), raccourcissez les textes les plus longs et envoyez à nouveau.

## E-mails : confirmation, lien personnel, désinscription

email-confirm-title = Veuillez confirmer votre adresse e-mail
email-confirm-text = Nous ne vous enverrons rien d’autre tant que vous n’aurez pas confirmé que cette adresse est bien la vôtre. Ouvrez ce lien et appuyez sur le bouton :
email-case-link = Votre lien personnel vers votre dossier, pour ajouter des informations, signaler quelqu’un qui vous propose de récupérer votre argent ou modifier vos mises en garde :
email-unsubscribe = Vous recevez ces mises en garde parce que vous les avez demandées lors de votre signalement. Pour ne plus les recevoir, ouvrez ce lien (vous n’avez pas besoin de vous connecter) :
email-followup-close = Si quelqu’un prend contact avec vous, ne payez rien et n’installez rien. Signalez-le à l’autorité qui traite votre signalement, et ajoutez-le à votre dossier grâce à votre lien personnel.
email-campaign-intro = Ceci est une alerte de l’équipe de coordination de ce service au sujet d’une arnaque en cours, qui vise les personnes ayant signalé une fraude comme la vôtre (votre numéro de référence : { $reference }).

## Mises en garde de suivi (envoyées 3, 14, 45, 120 et 365 jours après le signalement)

followup-1-subject = Signalement { $reference } : méfiez-vous des offres pour récupérer votre argent
followup-1-intro = Il y a quelques jours, vous avez signalé une fraude à l’investissement (numéro de référence { $reference }). Dans les jours qui suivent une perte, beaucoup de victimes sont contactées par des personnes qui proposent de récupérer l’argent. Rappelez-vous :
followup-1-point-1 = Ces personnes peuvent connaître votre nom, les montants et la plateforme que vous avez utilisée. Cela ne prouve pas qu’elles sont ce qu’elles prétendent être : ce sont souvent les mêmes criminels qui se transmettent ou revendent les coordonnées des victimes.
followup-1-point-2 = Aucun service de police, aucun tribunal, aucun avocat et aucune société de recouvrement ne demande de frais, de taxe ou de caution avant de restituer de l’argent.
followup-1-point-3 = Ne donnez à personne l’accès à distance à votre ordinateur ou à votre téléphone, et n’ouvrez pas de nouveaux comptes à la demande de quelqu’un.
followup-2-subject = Signalement { $reference } : comment vérifier qui vous appelle vraiment
followup-2-intro = Il y a deux semaines, vous avez signalé une fraude à l’investissement (numéro de référence { $reference }). Les escrocs qui promettent de récupérer l’argent se font souvent passer pour des services officiels. Voici comment vérifier :
followup-2-point-1 = Ne vous fiez pas au numéro affiché sur votre téléphone, à un logo, à un numéro de matricule ou à une lettre d’apparence officielle : tout cela peut être falsifié.
followup-2-point-2 = Raccrochez. Cherchez vous-même le numéro de l’autorité sur son site internet officiel, et non dans le message que vous avez reçu, puis rappelez.
followup-2-point-3 = Demandez comment ils ont obtenu vos coordonnées et pourquoi ils ont besoin d’argent. Un vrai représentant des autorités ne se vexe jamais si vous vérifiez.
followup-3-subject = Signalement { $reference } : les nouvelles ruses des escrocs au faux recouvrement
followup-3-intro = Il y a quelques semaines, vous avez signalé une fraude à l’investissement (numéro de référence { $reference }). Voici les ruses qu’utilisent en ce moment les escrocs qui proposent de récupérer l’argent perdu :
followup-3-point-1 = De faux cabinets d’avocats et de fausses agences de « recouvrement d’avoirs », avec des sites internet d’apparence professionnelle, qui promettent de retrouver votre argent en échange de frais payés d’avance.
followup-3-point-2 = Des messages qui prétendent venir d’Europol, d’Interpol, d’une autorité de régulation financière ou d’un tribunal, et qui affirment que votre argent a été retrouvé et pourra être débloqué après un paiement.
followup-3-point-3 = Des services de « traçage sur la blockchain » ou d’« expertise en cryptomonnaies » qui demandent un paiement ou l’accès à votre portefeuille crypto.
followup-4-subject = Signalement { $reference } : les escrocs peuvent encore revenir
followup-4-intro = Quelques mois se sont écoulés depuis votre signalement (numéro de référence { $reference }). Les criminels reviennent souvent avec une nouvelle histoire. Méfiez-vous en particulier de ceci :
followup-4-point-1 = Les propositions de rejoindre une action collective ou d’obtenir une indemnisation d’un fonds ou un remboursement de la plateforme, à condition de payer d’abord des frais ou une taxe.
followup-4-point-2 = Toute demande d’argent, d’accès à distance à vos appareils, ou d’informations sur votre compte bancaire ou votre portefeuille crypto.
followup-4-point-3 = Les pressions pour décider vite ou pour garder le secret. Parlez-en à une personne de confiance avant de prendre la moindre décision.
followup-5-subject = Signalement { $reference } : un an après, cette mise en garde reste importante
followup-5-intro = Cela fait un an que vous avez fait votre signalement (numéro de référence { $reference }). Les escrocs au faux recouvrement contactent les victimes même des années plus tard. Gardez bien ceci à l’esprit :
followup-5-point-1 = Les vraies autorités ne demandent jamais de frais pour restituer de l’argent. Toute personne qui vous demande de payer d’abord est un criminel.
followup-5-point-2 = Si vous avez de nouveau perdu de l’argent, ou si quelqu’un a pris contact avec vous, signalez-le : votre lien personnel fonctionne toujours.
followup-5-point-3 = Ceci est notre dernière mise en garde prévue. Nous ne vous écrirons de nouveau que si nous devons vous alerter sur une nouvelle arnaque qui vous concerne.

## Confirmer une adresse, arrêter les mises en garde

confirm-title = Confirmez votre adresse e-mail
confirm-text = Appuyez sur le bouton pour confirmer que cette adresse e-mail est bien la vôtre. Nous pourrons ensuite vous envoyer les mises en garde que vous avez demandées.
confirm-button = Confirmer mon adresse
confirm-done-title = Votre adresse est confirmée
confirm-done-text = Merci. Vous pouvez arrêter nos mises en garde à tout moment grâce au lien qui figure à la fin de chaque message.
token-invalid-title = Ce lien ne fonctionne pas
token-invalid-text = Le lien est peut-être incomplet, déjà utilisé ou trop ancien. Copiez le lien en entier depuis l’e-mail, ou ouvrez le lien personnel vers votre dossier.
unsubscribe-title = Arrêter les mises en garde
unsubscribe-text = Appuyez sur le bouton et nous n’enverrons plus de mises en garde à cette adresse. Votre signalement n’est pas concerné.
unsubscribe-button = Arrêter les mises en garde
unsubscribe-done-title = Vous ne recevrez plus de mises en garde
unsubscribe-done-text = Nous n’enverrons plus d’e-mails à cette adresse. Votre signalement est conservé et sera toujours transmis à l’autorité.

## La page personnelle de votre dossier

receipt-next-confirm = Confirmez ensuite votre adresse grâce au lien qui figure dans cet e-mail. Tant que vous ne l’avez pas fait, nous ne vous envoyons rien d’autre.
case-email-title = Votre adresse e-mail
case-email-confirmed = Votre adresse e-mail est confirmée.
case-email-unconfirmed = Votre adresse e-mail n’est pas encore confirmée. Veuillez ouvrir le lien qui figure dans l’e-mail que nous vous avons envoyé. D’ici là, nous ne vous envoyons rien d’autre.
case-prefs-title = Mises en garde par e-mail
case-prefs-save = Enregistrer mon choix
case-prefs-saved = Votre choix est enregistré.
case-approach-title = Quelqu’un vous a-t-il proposé de récupérer votre argent ?
case-approach-intro = Si, après la fraude, quelqu’un vous a proposé de récupérer votre argent, indiquez-nous comment cette personne est entrée en contact avec vous. Nous l’ajoutons à votre dossier comme tentative de faux recouvrement, à l’intention de l’autorité. Ne lui versez rien.
case-approach-submit = Ajouter à mon dossier
case-approach-saved = Merci. Nous avons ajouté ces informations à votre dossier comme tentative de faux recouvrement. Ne versez rien à ces personnes et n’installez rien de ce qu’elles vous demandent.
case-approach-empty = Veuillez indiquer au moins un numéro de téléphone, une adresse e-mail ou un site internet.
rate-limited-title = Veuillez patienter une minute
rate-limited-text = Trop de demandes sont venues de votre connexion en peu de temps. Veuillez patienter une minute et réessayer ; ce que vous avez déjà enregistré n’est pas perdu.
case-erase-title = Effacer vos coordonnées
case-erase-text = Cela supprime de ce signalement, immédiatement et définitivement, votre adresse e-mail, votre numéro de téléphone et votre propre récit des faits. Les éléments de l’affaire (paiements, sites web, numéros des escrocs) restent à l’autorité. Vous ne recevrez ensuite plus d’e-mails au sujet de ce signalement.
case-erase-button = Effacer mes coordonnées
case-erased = Vos coordonnées et votre récit ont été effacés de ce signalement. Plus aucun e-mail ne sera envoyé à son sujet.
case-messages-title = Messages de l’autorité
case-messages-intro = Chaque message qu’une autorité vous envoie au sujet de ce signalement s’affiche aussi ici. Si vous recevez un message qui prétend venir de la police au sujet de votre signalement et qui ne s’affiche pas ici, ce message n’est pas authentique.
case-message-from = Expéditeur : { $authority }, { $date }
case-message-hub = Notre équipe de coordination
email-message-subject = { $authority } : un message au sujet de votre signalement { $reference }
email-message-intro = { $authority } vous a envoyé ce message au sujet de votre signalement { $reference } :
email-message-check = Vous pouvez vérifier que ce message est authentique : il s’affiche aussi sur la page personnelle de votre dossier. Ouvrez cette page avec le lien de votre accusé de réception ou avec votre propre favori, et non avec un lien reçu dans un e-mail. Cet e-mail ne contient aucun lien vers votre dossier.

## « Cette offre est-elle une arnaque ? » (/check)

check-title = Cette offre est-elle une arnaque ? Vérifiez-le ici
check-intro = Quelqu’un vous propose de récupérer l’argent que vous avez perdu, contre des frais ? Ou un site internet promet des rendements élevés ? Saisissez son site internet, son adresse e-mail, son numéro de téléphone, son compte bancaire (IBAN) ou l’adresse de son portefeuille crypto. Nous vous disons si des victimes nous l’ont signalé.
check-field = Site internet, adresse e-mail, numéro de téléphone, IBAN ou adresse de portefeuille
check-field-help = Un seul à la fois. Écrivez les numéros de téléphone avec l’indicatif du pays, par exemple +44 20 7946 0000.
check-submit = Vérifier
check-private = Nous n’enregistrons pas ce que vous vérifiez.
check-rate-limited = Vous avez vérifié beaucoup de valeurs en peu de temps. Veuillez patienter une minute, puis réessayer.
check-checked = Vous avez vérifié :
check-listed-title = Des victimes nous l’ont signalé
check-listed-recovery = Comme offre de « récupération » après une fraude : { $band ->
    [one] signalé par une victime.
    [some] signalé par 2 à 9 victimes.
   *[many] signalé par 10 victimes ou plus.
}
check-listed-fraud = Dans le cadre d’une fraude à l’investissement : { $band ->
    [one] signalé par une victime.
    [some] signalé par 2 à 9 victimes.
   *[many] signalé par 10 victimes ou plus.
}
check-listed-countries = { $countries ->
    [one] Les victimes qui l’ont signalé vivent dans { $countries } pays.
   *[other] Les victimes qui l’ont signalé vivent dans { $countries } pays.
}
check-listed-note = Remarque de notre équipe de coordination :
check-listed-advice = Ne leur versez rien et ne leur donnez ni vos coordonnées bancaires, ni vos documents, ni l’accès à votre ordinateur. Cessez de leur répondre.
check-not-found-title = Absent de nos signalements
check-not-found = Nous n’avons rien à ce sujet. Cela ne veut pas dire que c’est sûr : les escrocs changent de site internet, de numéro et d’adresse tous les quelques jours, et nous n’affichons une valeur qu’une fois que plusieurs victimes l’ont signalée.
check-service-title = Un service bien connu
check-service = Il s’agit d’un service bien connu, comme un grand fournisseur d’adresses e-mail, une plateforme d’échange, un service de paiement ou une messagerie. Les victimes le citent parce qu’elles l’ont utilisé ; nous n’affichons donc rien à son sujet. Quelqu’un qui vous contacte peut tout de même usurper son nom : cherchez ses coordonnées officielles sur son propre site internet et renseignez-vous auprès de lui.
check-report = Le signaler
check-link = Quelqu’un vous a proposé de récupérer votre argent ? Vérifiez d’abord son site internet, son numéro ou son adresse.
error-check-unknown = Nous ne reconnaissons ici ni un site internet, ni une adresse e-mail, ni un numéro de téléphone, ni un IBAN, ni une adresse de portefeuille. Vérifiez qu’il n’y a pas de faute de frappe, par exemple example.com ou +44 20 7946 0000.

## Portail de la police

forbidden-title = Action non autorisée
forbidden-text = Cette action n’est pas autorisée ici. Si vous avez ouvert cette page depuis un ancien onglet, revenez en arrière, rechargez la page et réessayez.
portal-name = Portail des dossiers
portal-nav-label = Portail
portal-nav-cases = Dossiers
portal-nav-unattended = Non traités
portal-nav-overview = Vue d’ensemble
portal-nav-linkage = Valeurs de liaison
portal-nav-accounts = Comptes
portal-nav-audit = Journal d’audit
portal-logout = Se déconnecter
portal-role-officer = Agent
portal-role-lead = Responsable d’équipe
portal-role-coordinator = Coordinateur
portal-role-admin = Administrateur
portal-login-title = Connexion
portal-email = Adresse e-mail
portal-password = Mot de passe
portal-login-next = Continuer
portal-login-help = Les comptes sont créés par le responsable d’équipe de votre autorité ou par l’administrateur du service. Si vous avez perdu votre application d’authentification et vos codes de secours, demandez-leur un nouveau lien d’activation.
portal-login-failed = L’adresse e-mail ou le mot de passe est incorrect.
portal-login-wait = Trop de tentatives échouées. Veuillez réessayer dans { $minutes } minutes.
portal-login-busy = Le service est surchargé. Veuillez réessayer dans un instant.
portal-login-submit = Se connecter
portal-code-title = Code d’authentification
portal-code-label = Le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de secours
portal-code-hint = Un nouveau code apparaît toutes les 30 secondes ; chaque code ne fonctionne qu’une seule fois.
portal-code-failed = Ce code est incorrect ou a déjà été utilisé. Attendez le code suivant et réessayez.
portal-enrol-title = Configurer votre compte
portal-enrol-intro = Bienvenue, { $name }. Choisissez un mot de passe et configurez une application d’authentification ; les deux vous seront demandés à chaque connexion.
portal-enrol-password-heading = 1. Votre mot de passe
portal-new-password = Nouveau mot de passe
portal-new-password-again = Le même mot de passe, une seconde fois
portal-password-rules = Au moins 12 caractères. Plusieurs mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
portal-password-mismatch = Les deux mots de passe ne sont pas identiques.
portal-password-too-short = Votre mot de passe doit comporter au moins { $min } caractères.
portal-password-too-long = Votre mot de passe peut comporter au maximum { $max } caractères.
portal-password-weak-personal = Votre mot de passe contient votre nom ou votre adresse e-mail. Choisissez-en un que les personnes qui vous connaissent ne pourraient pas deviner.
portal-password-weak-common = Ce mot de passe est courant, ou proche d’un mot de passe courant. Choisissez quelque chose de moins prévisible, par exemple plusieurs mots sans rapport entre eux.
portal-password-weak-pattern = Les répétitions, les suites comme « abc » ou « 6543 » et les rangées de touches du clavier sont faciles à deviner.
portal-password-weak-date = Les dates et les années sont faciles à deviner.
portal-password-weak = Ce mot de passe est trop facile à deviner. Ajoutez un ou deux mots.
portal-enrol-totp-heading = 2. Votre application d’authentification
portal-enrol-totp-intro = Scannez ce code avec une application d’authentification (par exemple FreeOTP, Aegis ou Google Authenticator), puis saisissez le code à 6 chiffres qu’elle affiche.
portal-enrol-qr-label = QR code à scanner avec une application d’authentification
portal-enrol-totp-manual = Si vous ne pouvez pas scanner le code, saisissez cette clé dans l’application :
portal-enrol-code-wrong = Le code d’authentification est incorrect. Vérifiez que l’application affiche bien ce compte et saisissez le code qu’elle affiche maintenant.
portal-enrol-submit = Terminer la configuration
portal-recovery-title = Vos codes de secours
portal-recovery-intro = Conservez ces dix codes en lieu sûr, à l’écart de votre téléphone. Si vous perdez votre application d’authentification, chacun d’eux vous permet de vous connecter une fois. Ils ne sont affichés que maintenant.
portal-recovery-continue = Je les ai conservés – me connecter
portal-queue-title = Dossiers
portal-queue-empty = Aucun dossier pour l’instant.
portal-queue-none-match = Aucun dossier ne correspond à ces filtres.
portal-queue-older = Dossiers plus anciens
portal-col-reference = Référence
portal-col-received = Reçu le
portal-col-place = Pays / région
portal-col-platform = Plateforme
portal-col-status = Statut
portal-col-assignee = Attribué à
portal-status-new = Nouveau
portal-status-in_review = En cours d’examen
portal-status-complaint_filed = Plainte déposée
portal-status-forwarded = Transmis
portal-status-no_action = Sans suite
portal-status-closed = Clôturé

## Portail de la police : comptes et journal d’audit

portal-accounts-title = Comptes
portal-account-name = Nom
portal-account-role = Rôle
portal-account-authority = Autorité
portal-account-authority-hint = Les agents et les responsables d’équipe sont rattachés à une seule autorité ; les coordinateurs et les administrateurs ne sont rattachés à aucune.
portal-account-state = État
portal-account-actions = Actions
portal-account-active = Actif
portal-account-pending = Pas encore activé
portal-account-deactivated = Désactivé
portal-account-reenrol = Nouveau lien d’activation
portal-account-deactivate = Désactiver
portal-account-new = Nouveau compte
portal-account-language = Langue du portail et de ses e-mails
portal-account-create = Créer le compte
portal-account-link-intro = Remettez ce lien à usage unique à la personne en main propre ou par un canal de confiance. Il ne fonctionne qu’une seule fois, pendant 24 heures ; il ne sera plus affiché.
portal-account-exists = Un compte existe déjà avec cette adresse e-mail.
portal-account-email-invalid = Ce n’est pas une adresse e-mail.
portal-account-authority-wrong = Choisissez une autorité pour les agents et les responsables d’équipe, et aucune pour les coordinateurs et les administrateurs.
portal-account-role-missing = Vous ne pouvez pas créer de compte avec ce rôle.
portal-audit-title = Journal d’audit
portal-audit-intro = Chaque connexion, consultation de dossier, recherche, exportation et modification, de la plus récente à la plus ancienne. Chaque entrée est chaînée à la précédente, de sorte que toute modification du journal est détectée.
portal-audit-at = Heure (UTC)
portal-audit-who = Qui
portal-audit-action = Action
portal-audit-detail = Détail
portal-audit-older = Entrées plus anciennes

## Portail de la police : liste des dossiers (filtres, recherche, export)

portal-queue-counts = Dossiers par statut
portal-queue-search = Rechercher
portal-queue-search-hint = Une référence de dossier, ou un numéro de téléphone, une adresse e-mail, un site internet, un portefeuille crypto, un IBAN ou une plateforme, tels que la victime a pu les saisir.
portal-filter-heading = Filtres
portal-filter-any = Tous
portal-filter-from = Reçu à partir du
portal-filter-until = Reçu jusqu’au
portal-filter-country = Pays de résidence (code à deux lettres)
portal-filter-region = Région (code, p. ex. DE-HE)
portal-filter-loss = Préjudice d’au moins
portal-filter-currency = Devise (p. ex. EUR)
portal-filter-recovery = Tentative de faux recouvrement signalée
portal-filter-method = Moyen de paiement
portal-filter-language = Langue de la victime
portal-filter-linked-abroad = Uniquement les dossiers liés à des signalements provenant d’autres pays
portal-filter-authority = Autorité (identifiant, p. ex. ee-ppa)
portal-queue-apply = Afficher les dossiers
portal-queue-reset = Effacer les filtres
portal-export-heading = Export
portal-export-intro-queue = Télécharger tous les dossiers que trouvent ces filtres (pas seulement cette page), pour MISP, une plateforme STIX 2.1, un tableur ou vos propres outils.
portal-export-intro-case = Télécharger ce dossier pour MISP, une plateforme STIX 2.1, un tableur ou vos propres outils.
portal-export-intro-cluster = Tous les dossiers de ce groupe dans un seul fichier : leurs valeurs et, pour MISP et STIX, les victimes, les pays et les autorités du groupe. Les exports d’un groupe ne contiennent jamais les coordonnées des victimes. L’export est consigné dans le journal d’audit.
portal-export-tlp = Marquage de diffusion (Traffic Light Protocol)
portal-export-tlp-clear = TLP:CLEAR – diffusion non limitée
portal-export-tlp-green = TLP:GREEN – au sein de la communauté
portal-export-tlp-amber = TLP:AMBER – au sein de l’organisation du destinataire et de ses clients, selon le besoin d’en connaître
portal-export-tlp-amber-strict = TLP:AMBER+STRICT – au sein de l’organisation du destinataire uniquement
portal-export-tlp-red = TLP:RED – destinataires nommément désignés uniquement
portal-export-distribution = Diffusion MISP
portal-export-distribution-hint = Avec qui une instance MISP peut partager les événements importés.
portal-export-distribution-0 = Votre organisation uniquement
portal-export-distribution-1 = Cette communauté uniquement
portal-export-distribution-2 = Communautés connectées
portal-export-distribution-3 = Toutes les communautés
portal-export-contact = Inclure les coordonnées des victimes et leur récit de la fraude
portal-export-contact-rule = Uniquement pour les dossiers de votre propre autorité. Chaque export est consigné dans le journal d’audit.
portal-export-contact-never = Les exports faits par les coordinateurs ne contiennent jamais les coordonnées des victimes.
portal-export-as = Télécharger en { $format }
portal-queue-col-loss = Préjudice total
portal-queue-col-payments = Paiements
portal-queue-col-indicators = Indicateurs
portal-queue-col-linked = Signalements liés

## Portail de la police : un dossier (informations, statut, notes, attribution)

portal-case-title = Dossier { $reference }
portal-case-message = Écrire à la victime
portal-case-reroute = Réorienter
portal-case-unassigned = Personne
portal-case-victim = La victime
portal-case-email = Adresse e-mail
portal-case-email-confirmed = confirmée
portal-case-email-unconfirmed = non confirmée
portal-case-phone = Numéro de téléphone
portal-case-language = Langue
portal-case-consent-authority = Accepte que l’autorité la contacte
portal-case-consent-warnings = Accepte de recevoir des mises en garde
portal-case-erased = Coordonnées effacées par la victime le
portal-case-unreadable = (cette valeur ne peut pas être ouverte)
portal-case-routing = Orientation
portal-case-residence = Lieu de résidence
portal-case-geo = Signalé depuis (localisation réseau)
portal-case-geo-matches = correspond au lieu de résidence
portal-case-geo-differs = diffère du lieu de résidence
portal-case-authority = Autorité compétente
portal-case-routed-to = Remis à
portal-case-hub = le pôle de coordination
portal-case-routing-reason = Motif
portal-case-fraud = La fraude
portal-case-first-contact = Premier contact
portal-case-platform = Plateforme
portal-case-remote-access = Logiciel d’accès à distance installé
portal-case-recovery-approach = « Récupération » proposée contre des frais
portal-case-story = Avec les mots de la victime
portal-case-none = Non renseigné.
portal-case-payments = Paiements
portal-case-payment-date = Date
portal-case-payment-amount = Montant
portal-case-payment-method = Moyen
portal-case-payment-destination = Destination
portal-case-payment-crypto = En cryptomonnaie
portal-case-payment-tx-hash = Hash de transaction
portal-case-payment-source = Acheté ou envoyé depuis
portal-case-indicators = Indicateurs
portal-case-indicator-kind = Type
portal-case-indicator-typed = Tel que saisi
portal-case-indicator-normalised = Normalisé
portal-case-indicator-recovery = Tentative de faux recouvrement
portal-case-kind-phone = Numéro de téléphone
portal-case-kind-email = Adresse e-mail
portal-case-kind-domain = Site internet
portal-case-kind-iban = IBAN
portal-case-kind-wallet-btc = Portefeuille Bitcoin
portal-case-kind-wallet-eth = Portefeuille Ethereum
portal-case-kind-wallet-trx = Portefeuille Tron
portal-case-kind-alias = Nom utilisé
portal-case-kind-platform = Nom de la plateforme
portal-linked-heading = Signalements liés
portal-linked-cluster = { $reports ->
        [one] Ce dossier n’est lié à aucun autre signalement.
       *[other] Ce dossier fait partie d’un groupe de { $reports } signalements liés (celui-ci compris).
    }
portal-linked-none = Aucun autre signalement n’a de valeur en commun avec ce dossier.
portal-linked-summary = { $reports ->
        [one] également dans { $reports } autre signalement
       *[other] également dans { $reports } autres signalements
    }, { $countries ->
        [one] provenant de { $countries } pays
       *[other] provenant de { $countries } pays
    }
portal-linked-too-common = { $reports ->
        [one] figure dans { $reports } autre signalement
       *[other] figure dans { $reports } autres signalements
    } : trop fréquent pour relier des dossiers
portal-linked-marked = marqué « ne relie pas » par un coordinateur
portal-linked-authority = Autorité qui les détient
portal-linked-reports = Signalements
portal-linked-countries = Pays des victimes
portal-case-status-heading = Changer le statut
portal-case-status-to = Nouveau statut
portal-case-reason = Motif
portal-case-status-submit = Changer le statut
portal-case-status-final = Le statut de ce dossier ne peut pas être changé.
portal-case-status-not-allowed = Le dossier ne peut pas passer à ce statut depuis son statut actuel.
portal-case-reason-missing = Veuillez indiquer le motif du changement.
portal-case-text-too-long = Ce texte est trop long : 10 000 caractères au maximum.
portal-case-assign-heading = Attribution
portal-case-assignee = Attribué à
portal-case-assign-submit = Attribuer
portal-case-assignee-not-allowed = Le dossier ne peut être attribué qu’à un agent actif de son autorité.
portal-case-timeline = Historique
portal-case-received = Signalement reçu
portal-case-event-status = Statut : { $status }
portal-case-event-assigned = Attribué à { $name }
portal-case-event-unassigned = Attribution retirée
portal-case-event-message = Message à la victime
portal-case-event-reroute = Réorienté
portal-case-mail-receipt = E-mail à la victime : accusé de réception
portal-case-mail-followup = E-mail à la victime : mise en garde { $step }
portal-case-mail-campaign = E-mail à la victime : alerte sur une vague d’arnaques
portal-case-mail-authority = Dossier envoyé à l’autorité
portal-case-mail-state-pending = en attente d’envoi
portal-case-mail-state-sent = envoyé
portal-case-mail-state-failed = échec
portal-case-mail-state-suppressed = non envoyé (bloqué par les règles d’envoi)
portal-case-notes = Notes
portal-case-notes-none = Aucune note pour l’instant.
portal-case-note = Ajouter une note
portal-case-note-help = Une fois ajoutées, les notes ne peuvent être ni modifiées ni supprimées. Tous les agents de l’autorité peuvent les lire.
portal-case-note-submit = Ajouter la note

## Portail de la police : suites à donner (message à la victime, réorientation)

portal-back-to-case = Retour au dossier
portal-message-title = Message à la victime du dossier { $reference }
portal-message-intro = La victime reçoit votre message par e-mail dans sa langue, avec le nom de votre autorité et la référence du dossier. Elle le voit aussi sur la page personnelle de son dossier, où elle peut vérifier qu’il est authentique.
portal-message-label = Votre message (texte brut)
portal-message-help = { $max } caractères au maximum. Ne demandez jamais d’argent, de frais, de mots de passe ni d’accès à distance : la victime est informée que les vraies autorités ne le font jamais.
portal-message-send = Envoyer le message
portal-message-empty = Veuillez écrire un message.
portal-message-too-long = Le message est trop long : { $max } caractères au maximum.
portal-message-no-address = La victime n’a pas indiqué d’adresse e-mail, ou l’a effacée : aucun message ne peut être envoyé par ce service.
portal-message-unconfirmed = La victime n’a pas encore confirmé son adresse e-mail : votre message s’affiche immédiatement sur la page de son dossier, mais il ne lui sera envoyé par e-mail qu’une fois son adresse confirmée.
portal-reroute-title = Réorienter le dossier { $reference } vers une autre autorité
portal-reroute-intro = L’autorité choisie est prévenue par e-mail, et la page du dossier de la victime indique son nom. Les agents de l’autorité actuelle perdent immédiatement l’accès au dossier.
portal-reroute-current = Autorité actuelle : { $name }
portal-reroute-target = Nouvelle autorité
portal-reroute-hub = Pôle de coordination (il transmet le dossier)
portal-reroute-reason = Pourquoi le dossier y est envoyé (conservé avec le dossier ; non montré à la victime)
portal-reroute-send = Réorienter le dossier
portal-reroute-unknown = Veuillez choisir une autorité dans la liste.
portal-reroute-same = Le dossier est déjà auprès de cette autorité. Veuillez en choisir une autre.
portal-reroute-reason-empty = Veuillez indiquer pourquoi le dossier est envoyé ailleurs.
portal-reroute-reason-too-long = Le motif est trop long : { $max } caractères au maximum.

## Portail de la police : e-mails aux agents (notifications et récapitulatif quotidien)

email-notice-subject = Nouveau dossier { $reference } pour { $authority }
email-notice-intro = Un dossier a été orienté vers { $authority } :
email-notice-handed-on = Il a été réorienté par une autre autorité ou par le pôle de coordination.
email-notice-sign-in = Connectez-vous au portail des dossiers pour en prendre connaissance.
email-notice-no-data = Cet e-mail ne contient volontairement aucune information sur la victime. Ces informations s’affichent uniquement dans le portail, et uniquement pour les agents de l’autorité compétente.
email-digest-subject = { $count ->
        [one] { $count } nouveau dossier
       *[other] { $count } nouveaux dossiers
    } pour { $authority }
email-digest-intro = { $count ->
        [one] { $count } dossier a été orienté ou réorienté
       *[other] { $count } dossiers ont été orientés ou réorientés
    } vers { $authority } depuis le { $since } (UTC) :
email-digest-more = { $count ->
        [one] …et { $count } autre dossier.
       *[other] …et { $count } autres dossiers.
    } Ils figurent tous dans la liste des dossiers :
email-named-subject = Signalements liés nommés « { $name } »
email-named-intro = Le pôle de coordination a nommé « { $name } » un groupe de signalements liés : { $victims ->
        [one] { $victims } victime
       *[other] { $victims } victimes
    } dans { $countries ->
        [one] { $countries } pays
       *[other] { $countries } pays
    }, ayant signalé les mêmes comptes, portefeuilles, numéros ou sites internet. { $reports ->
        [one] { $reports } de ces signalements est un dossier
       *[other] { $reports } de ces signalements sont des dossiers
    } de l’autorité { $authority }.
email-named-open = Vos dossiers dans ce groupe :
email-digest-links = Nouveaux signalements liés à vos dossiers antérieurs
email-digest-link = { $new ->
        [one] { $new } nouveau signalement
       *[other] { $new } nouveaux signalements
    } provenant de { $countries ->
        [one] { $countries } pays
       *[other] { $countries } pays
    } { $new ->
        [one] avait
       *[other] avaient
    } une valeur en commun avec { $cases ->
        [one] { $cases } de vos dossiers antérieurs
       *[other] { $cases } de vos dossiers antérieurs, parmi lesquels
    } :
portal-nav-notices = Notifications par e-mail
portal-notices-title = Notifications par e-mail
portal-notices-intro = Les agents et les responsables d’équipe de l’autorité { $authority } reçoivent un e-mail, chacun dans sa propre langue, lorsqu’un dossier est orienté ou réorienté vers cette autorité. L’e-mail indique le dossier et renvoie vers sa page dans ce portail ; il ne contient aucune information sur la victime.
portal-notices-authority = Autorité
portal-notices-choice = Fréquence
portal-notices-each = Un e-mail pour chaque dossier
portal-notices-digest = Un e-mail par jour récapitulant les nouveaux dossiers
portal-notices-show = Afficher
portal-notices-save = Enregistrer
portal-notices-saved = Enregistré.
portal-notices-unknown = Veuillez choisir une autorité dans la liste.
portal-unattended-title = Dossiers non traités
portal-unattended-intro = Ces autorités n’ont aucun compte actif sur le portail : personne ne consulte donc ici leurs nouveaux dossiers. Transmettez chaque dossier manuellement par le canal public de l’autorité, puis passez le dossier au statut « Transmis » en indiquant ce canal comme motif : le dossier disparaît alors de cette liste.
portal-unattended-authority = Autorité
portal-unattended-channel = Canal public
portal-unattended-waiting = Nouveaux dossiers
portal-unattended-oldest = Le plus ancien
portal-unattended-open = Ouvrir ces dossiers
portal-unattended-none = Toutes les autorités ayant de nouveaux dossiers ont un compte actif.
portal-linkage-title = Valeurs qui relient des dossiers, et celles qui ne les relient pas
portal-linkage-intro = Les signalements sont reliés par les valeurs qu’ils ont en commun. Certaines valeurs relieraient entre eux des dossiers sans rapport : les domaines des grands fournisseurs d’adresses e-mail et des services de paiement ne relient jamais, et une valeur présente dans une part inhabituellement grande de l’ensemble des signalements cesse de relier. Vous pouvez marquer manuellement une valeur « ne relie pas » ou « relie » ; les groupes sont alors reconstitués en moins d’une minute. Chaque modification est consignée dans le journal d’audit.
portal-linkage-saved = Enregistré. Les groupes seront reconstitués en moins d’une minute.
portal-linkage-rebuild-due = Les groupes doivent être reconstitués ; cela se fera en moins d’une minute.
portal-linkage-mark-heading = Marquer une valeur
portal-linkage-kind = Type
portal-linkage-kind-platform = Nom de la plateforme
portal-linkage-kind-domain = Site internet
portal-linkage-kind-email = Adresse e-mail
portal-linkage-kind-phone = Numéro de téléphone (avec l’indicatif du pays)
portal-linkage-kind-account = IBAN ou adresse de portefeuille
portal-linkage-value = Valeur
portal-linkage-mark = Marquage
portal-linkage-mark-not-linking = Ne relie pas
portal-linkage-mark-linking = Relie
portal-linkage-mark-none = Retirer le marquage
portal-linkage-save = Enregistrer le marquage
portal-linkage-not-of-kind = Ce n’est pas une valeur du type choisi. Vérifiez le type et saisissez les numéros de téléphone avec l’indicatif du pays.
portal-linkage-builtin = Cette valeur figure sur la liste intégrée des valeurs qui ne relient jamais (grand fournisseur d’adresses e-mail, plateforme d’échange ou service de paiement).
portal-linkage-marked = Valeurs marquées par les coordinateurs
portal-linkage-too-common = Valeurs trop fréquentes pour relier
portal-linkage-too-common-intro = Ces valeurs figurent dans plus de signalements que ne le permettent les seuils paramétrés ; elles ne relient donc rien. Marquez-en une « relie » si elle appartient réellement à une seule fraude.
portal-linkage-builtin-heading = Ne relient jamais (liste intégrée)
portal-linkage-why = Motif
portal-linkage-why-mail = un grand fournisseur d’adresses e-mail (ses adresses individuelles relient toujours)
portal-linkage-why-service = une plateforme d’échange, un service de paiement ou une messagerie bien connus
portal-overview-title = Dossiers liés au-delà des frontières
portal-overview-intro = Les signalements qui ont en commun un portefeuille crypto, un compte bancaire, un numéro de téléphone, une adresse e-mail, un site internet ou un nom de plateforme forment un groupe. Les groupes sont présentés ici avec leurs victimes, leurs pays et leurs préjudices ; ouvrez-en un pour voir où vivent ses victimes et quelles autorités détiennent ses signalements.
portal-overview-rank = Classer par
portal-overview-rank-victims = Nombre de victimes
portal-overview-rank-countries = Nombre de pays
portal-overview-rank-loss = Préjudice dans la devise choisie
portal-overview-currency = Devise
portal-overview-show = Afficher
portal-overview-none = Aucun signalement n’est encore lié.
portal-overview-csv = Télécharger ce tableau (CSV)
portal-overview-caption = Groupes de signalements liés
portal-overview-cluster = Groupe
portal-overview-cluster-name = Groupe { $id }
portal-overview-loss = Préjudice ({ $currency })
portal-cluster-back = Retour à la vue d’ensemble
portal-cluster-name-heading = Nommer comme campagne
portal-cluster-name-intro = Nommer le groupe en informe chaque autorité qui détient ses signalements : chacun de ses comptes sur le portail reçoit un e-mail dans sa propre langue, et son adresse de réception des signalements en reçoit un aussi, indiquant combien de signalements du groupe sont les siens, avec un lien vers ces dossiers. L’e-mail ne contient aucune donnée sur les victimes.
portal-cluster-name-label = Nom
portal-cluster-name-submit = Nommer le groupe et prévenir ses autorités
portal-cluster-name-missing = Veuillez donner un nom au groupe.
portal-cluster-name-too-long = Le nom est trop long : { $max } caractères au maximum.
portal-cluster-named = Nommé. Chaque autorité qui détient ses signalements sera prévenue en moins d’une minute.
portal-cluster-campaign-hint = Pour avertir les victimes de ce groupe qui ont accepté de recevoir des mises en garde, envoyez une alerte de campagne avec `cluster = { $id }` dans sa cible (target; voir le README, section « Campaigns »).
portal-cluster-victims = Victimes
portal-cluster-countries = Pays
portal-cluster-authorities = Autorités
portal-cluster-first = Premier signalement
portal-cluster-last = Dernier signalement
portal-cluster-map = Où vivent les victimes
portal-cluster-map-desc = Une carte du monde colorée selon le nombre de victimes dans chaque pays ; { $countries ->
        [one] { $countries } pays compte des victimes.
       *[other] { $countries } pays comptent des victimes.
    } Le tableau ci-dessous donne les mêmes chiffres.
portal-cluster-none = Néant.
portal-cluster-by-country = Victimes par pays
portal-cluster-country = Pays
portal-cluster-code = Code
portal-cluster-losses = Préjudice par devise
portal-cluster-currency = Devise
portal-cluster-loss = Préjudice
portal-cluster-weeks = Signalements par semaine
portal-cluster-week = Semaine (lundi)
portal-cluster-holders = Autorités qui détiennent ses signalements
portal-cluster-values = Ce que ses signalements ont en commun
portal-cluster-value = Valeur
portal-cluster-value-reports = { $reports ->
        [one] { $reports } signalement
       *[other] { $reports } signalements
    }
portal-cluster-more = { $count ->
        [one] { $count } autre valeur figure dans le fichier CSV.
       *[other] { $count } autres valeurs figurent dans le fichier CSV.
    }

## Portail de la police : les valeurs de la vérification publique (/portal/check)

portal-nav-check = Vérification publique
portal-check-title = Ce qu’affiche la vérification publique
portal-check-intro = Tout le monde peut vérifier un site internet, une adresse e-mail, un numéro de téléphone, un IBAN ou un portefeuille crypto sur la page de vérification publique. Elle n’affiche une valeur que si au moins deux signalements sans lien entre eux la contiennent (navigateurs et réseaux différents), et n’indique le nombre de victimes que par tranches, sans jamais montrer de signalement. Publiez une valeur pour l’afficher avec une note publique, quoi que disent les signalements ; retirez-en une pour la masquer définitivement, quel que soit le nombre de signalements, jusqu’à ce qu’elle soit de nouveau publiée. Chaque décision est consignée dans le journal d’audit.
portal-check-saved = Enregistré. La vérification publique en tient compte dès maintenant.
portal-check-decide-heading = Publier ou retirer une valeur
portal-check-value = Valeur
portal-check-decision = Décision
portal-check-publish = Publier avec une note publique
portal-check-withdraw = Retirer (ne jamais l’afficher)
portal-check-note = Note publique
portal-check-note-help = Affichée au public telle qu’elle est rédigée, par exemple « Faux cabinet d’avocats qui demande aux victimes des frais de récupération ». Ne citez aucune victime ni aucun dossier.
portal-check-note-required = Rédigez la note publique qui accompagne une valeur publiée.
portal-check-note-long = La note est trop longue : 300 caractères au maximum.
portal-check-service = Il s’agit du domaine ou de l’adresse d’un service bien connu ; la vérification publique n’affiche rien à son sujet.
portal-check-save = Enregistrer
portal-check-published = Publiée
portal-check-withdrawn = Retirée
portal-check-changed = Décision (UTC)

## API tokens (/portal/api-tokens)
portal-nav-api-tokens = Jetons d’API
portal-api-tokens-title = Jetons d’API
portal-api-tokens-partner-intro = Un jeton partenaire permet au système d’une banque ou d’un opérateur de télécommunications d’interroger la vérification publique par l’API (/api/v1/check), afin d’avertir ses clients. Il ne donne accès à aucun dossier, répond comme la page de vérification publique (jamais de signalement ni de victime), est limité par minute, fonctionne jusqu’à son expiration ou sa révocation, et chaque utilisation est consignée dans le journal d’audit.
portal-api-tokens-intro = Un jeton permet à un système de votre autorité de lire les dossiers de votre autorité par l’API (/api/v1), sans coordonnées. Il ne fait que lire, fonctionne jusqu’à son expiration ou sa révocation, et chaque utilisation est consignée dans le journal d’audit.
portal-api-tokens-none = Votre autorité n’a encore aucun jeton d’API.
portal-api-token-secret-intro = Copiez ce jeton dans votre système maintenant : il ne sera plus affiché. Quiconque le détient peut lire les dossiers de votre autorité jusqu’à son expiration ou sa révocation.
portal-api-token-revoked-done = Le jeton est révoqué : il n’ouvre plus l’API.
portal-api-token-name = Nom
portal-api-token-created = Créé le
portal-api-token-expires = Expire le
portal-api-token-last-used = Dernière utilisation
portal-api-token-state = État
portal-api-token-revoke = Révoquer
portal-api-token-new = Nouveau jeton
portal-api-token-days = Valable (jours)
portal-api-token-create = Créer le jeton
portal-api-token-live = Actif
portal-api-token-expired = Expiré
portal-api-token-revoked = Révoqué
portal-api-token-name-missing = Donnez un nom au jeton (le système qui l’utilisera).
portal-api-token-name-long = Le nom peut comporter au plus { $max } caractères.
portal-api-token-days-invalid = Saisissez un nombre entier de jours entre 1 et { $max }.

## Dossier transmis par e-mail chiffré pour la clé OpenPGP d’une autorité
sealed-case-subject = Nouveau dossier { $reference }
sealed-case-intro = Un nouveau dossier pour { $authority }. Ce message a été chiffré pour votre clé OpenPGP { $fingerprint }.
sealed-case-contact-given = La victime a accepté que ses coordonnées soient transmises à l’autorité compétente : elles figurent ci-dessous et dans les fichiers joints.
sealed-case-contact-withheld = La victime n’a pas accepté que ses coordonnées soient transmises à l’autorité : elles ne figurent pas dans ce message.
sealed-case-files = En pièces jointes : le dossier sous forme d’événement MISP (case.misp.json) et de bundle STIX 2.1 (case.stix.json), à importer dans des outils d’analyse.
