# Messages de fadaa en français (pour les agents des communes).
# Chaque identifiant d’ici existe aussi dans en.ftl et ar.ftl, avec les mêmes arguments.
# Pluriels : en français, [one] vaut pour 0 et 1. Espace insécable (U+00A0) avant : ; ? !

## Éléments communs

did-you-mean = vouliez-vous dire `{ $name }` ?
unknown-field = champ inconnu `{ $field }`
known-fields = les champs possibles sont : { $fields }
use-one-of = utilisez l’une de ces valeurs : { $choices }
cannot-read = lecture impossible : { $detail }

## Fichiers copiés lors de la construction du site


## check --external

external-site-unreachable = le site { $host } ne répond pas ({ $why }) ; { $count ->
    [one] son lien n’a pas été vérifié
   *[other] ses { $count } liens n’ont pas été vérifiés
}
external-site-unreachable-help = vérifiez l’adresse et votre connexion Internet, ou ignorez ce site avec --skip
external-link-gone = le lien { $url } ne mène nulle part : le serveur répond { $status } (la page n’existe plus)
external-link-broken = le lien { $url } ne fonctionne pas : le serveur répond { $status }
external-link-unreachable = le lien { $url } ne répond pas : { $why }
external-link-gone-on = le lien { $url } ne mène nulle part : le serveur répond { $status } (la page n’existe plus ; sur { $page }{ $others ->
    [0] {""}
    [one] {" "}et une autre page
   *[other] {" "}et { $others } autres pages
})
external-link-broken-on = le lien { $url } ne fonctionne pas : le serveur répond { $status } (sur { $page }{ $others ->
    [0] {""}
    [one] {" "}et une autre page
   *[other] {" "}et { $others } autres pages
})
external-link-unreachable-on = le lien { $url } ne répond pas : { $why } (sur { $page }{ $others ->
    [0] {""}
    [one] {" "}et une autre page
   *[other] {" "}et { $others } autres pages
})
external-link-help = ouvrez l’adresse dans un navigateur ; corrigez-la, remplacez-la par un lien vers une copie archivée, ou supprimez le lien

## check : liens à l’intérieur du site, traductions

internal-link-missing = la page { $page } contient un lien vers `{ $url }` : cette page ou ce fichier n’existe pas
internal-link-no-anchor = la page { $page } contient un lien vers `{ $url }` : aucun élément de cette page n’a l’identifiant `{ $anchor }`
internal-link-help = ce lien ne vient pas d’un texte (un lien écrit dans un texte est signalé à sa ligne) : il vient d’un modèle de page (template) ou du générateur
translation-missing = { $kind ->
    [page] la page
   *[story] l’expérience
} `{ $slug }` n’a pas de version `{ $lang }` : les lecteurs en `{ $lang }` voient le texte en `{ $shown }`
translation-missing-help = traduisez-la dans { $file }
translation-stale = cette version `{ $lang }` n’est peut-être plus à jour : la version `{ $newer }` a été modifiée après elle
translation-stale-help = comparez-la avec { $file } et mettez-la à jour (puis enregistrez-la avec un commit, ou remplissez le champ `updated:`)

## Réglages du site (content/site.yaml)

settings-missing = le fichier des réglages du site n’existe pas
settings-unreadable = impossible de lire les réglages du site : { $detail }
settings-missing-help = un dossier de site doit contenir content/site.yaml avec base_url, default_language et languages ; vérifiez que --root désigne bien le dossier du site
url-not-absolute = `{ $url }` n’est pas une adresse complète commençant par http:// ou https://
base-url-help = écrivez-la comme https://reseau-espace-citoyen.example.tn/ ou https://host/reseau/
settings-no-languages = aucune langue n’est indiquée
settings-no-languages-help = indiquez au moins une langue, par exemple `ar: { "{" } name: العربية, title: … { "}" }`
not-a-language-code = `{ $value }` n’est pas un code de langue
language-code-help = utilisez un code de langue BCP 47 en minuscules, comme ar, fr ou en
settings-default-language-unknown = la langue par défaut `{ $lang }` ne fait pas partie des langues indiquées
theme-installed = thèmes présents dans themes/ : { $themes }
theme-missing = il n’y a pas de thème `{ $theme }` dans themes/
settings-stories-per-page = stories_per_page doit valoir au moins 1
keep-not-inside = `keep: { $path }` n’est pas un chemin dans le dossier de sortie
keep-not-inside-help = écrivez un chemin relatif au dossier de sortie, sans `..` et sans `/` au début, par exemple `.well-known/security.txt`

## Recherche du contenu (noms de fichiers et dossiers)

symlink-in-content = les liens symboliques ne sont pas suivis dans content/
symlink-in-content-help = copiez plutôt le fichier lui-même dans le dossier du site
input-symlink = ce fichier est un lien symbolique : fadaa ne lit que des fichiers du site
input-symlink-help = mettez ici le fichier lui-même, pas un lien vers lui
theme-not-a-name = `theme: { $theme }` n’est pas le nom d’un dossier de themes/
theme-not-a-name-help = écrivez le nom du dossier d’un thème (lettres, chiffres, - et _), comme `theme: espace` ; un chemin ou un lien hors du site est refusé
file-ignored = ce fichier ne fait pas partie du contenu du site : il est ignoré
file-ignored-help = placez les éléments dans content/pages, members, stories, datasets, deliverables ou services
dataset-not-folder = un jeu de données est un dossier, pas un fichier isolé
dataset-not-folder-help = placez-le dans content/datasets/<slug>/dataset.yaml, avec ses fichiers de données à côté
not-yaml-file = `{ $file }` n’est pas un fichier YAML
not-yaml-file-help = nommez les fichiers de content/{ $folder }/ sous la forme <slug>.yaml
not-markdown-file = `{ $file }` n’est pas un fichier Markdown
not-markdown-file-help = nommez les pages et les expériences sous la forme <slug>.<langue>.md, par exemple guichet-unique.ar.md
file-name-no-language = le nom du fichier n’indique pas sa langue
file-name-no-language-help = nommez-le { $name } (langues : { $languages })
not-a-site-language = `{ $lang }` n’est pas une langue de ce site
file-name-language-help = mettez l’une de ces langues dans le nom du fichier : { $languages }
slug-invalid = `{ $slug }` n’est pas un nom d’élément (slug) valable
slug-help = utilisez des lettres latines minuscules sans accents, des chiffres et des tirets `-`, par exemple guichet-unique
slug-help-suggested = utilisez des lettres latines minuscules sans accents, des chiffres et des tirets `-` : `{ $slug }`
name-reserved = `{ $name }` ne peut pas servir de nom : Windows réserve le nom `{ $device }` à un périphérique, et un site qui l’utilise ne pourrait pas être copié sur un ordinateur Windows
name-reserved-help = renommez-le en ajoutant un mot ou un nombre, par exemple `{ $example }`

## Lecture des fichiers

front-matter-missing = l’en-tête manque
front-matter-empty-file-help = le fichier est vide : commencez-le par une ligne `---`, puis les champs (title: …), puis une autre ligne `---`
front-matter-missing-help = commencez le fichier par une ligne `---`, puis les champs (title: …), puis une autre ligne `---`, puis le texte
front-matter-unclosed = l’en-tête n’est jamais fermé
front-matter-unclosed-help = ajoutez une ligne `---` après le dernier champ, avant le texte
not-utf8 = le fichier n’est pas en UTF-8 valable
not-utf8-help = enregistrez le fichier en UTF-8 (dans la plupart des éditeurs : Enregistrer sous… › Encodage › UTF-8)
written-in-yaml = les éléments de content/{ $folder }/ s’écrivent en YAML, pas en Markdown
not-page-or-story = ce n’est ni une page ni une expérience
text-too-large = ce fichier fait { $size } ; un fichier Markdown ou YAML ne doit pas dépasser { $limit }
text-too-large-help = répartissez le texte sur plusieurs pages, ou publiez les données volumineuses comme fichier d’un jeu de données
data-too-large = ce fichier fait { $size } ; un fichier publié ne doit pas dépasser { $limit }
data-too-large-help = déposez le fichier sur un service d’hébergement de fichiers et mettez un lien vers lui dans la description du jeu de données

## YAML

yaml-empty-file = le fichier est vide
yaml-empty-file-help = écrivez les champs de l’élément en YAML, comme l’explique le guide de rédaction
yaml-too-deep = ce fichier s’imbrique sur plus de { $max } niveaux : aucun fichier du site n’en demande autant
yaml-too-deep-help = vérifiez à partir d’ici les crochets [ ] et accolades {"{"} {"}"}, les tirets et les retraits
markdown-html-too-deep = le HTML de ce texte s’imbrique sur plus de { $max } niveaux
markdown-html-too-deep-help = fermez chaque balise ouverte (</div>), ou écrivez le texte en Markdown
yaml-alias-bomb = le YAML répète ses alias (`*name`) un trop grand nombre de fois
yaml-alias-bomb-help = écrivez les valeurs en entier au lieu d’utiliser des ancres (&name) et des alias (*name)
yaml-tab = le retrait de cette ligne est fait avec une tabulation (touche Tab)
yaml-tab-help = en YAML, le retrait se fait uniquement avec des espaces : remplacez la tabulation par deux espaces
yaml-over-indented = `{ $key }` a plus de retrait que `{ $above }` sur la ligne du dessus
yaml-over-indented-help = les champs d’un même groupe doivent commencer dans la même colonne : donnez à `{ $key }` le même retrait qu’à `{ $above }`
yaml-unclosed-quote = ce texte entre guillemets n’est jamais fermé
yaml-unclosed-quote-help = ajoutez le guillemet fermant `{ $quote }` à la fin de la valeur, ou supprimez le guillemet ouvrant
yaml-duplicate-field = le champ `{ $field }` est écrit deux fois
yaml-duplicate-field-help = `{ $field }` est déjà donné à la ligne { $line } ; n’en gardez qu’un
field-empty = le champ `{ $field }` est vide
yaml-not-fields-list = { $what ->
    [file] le fichier
   *[front-matter] l’en-tête
} doit contenir des champs ({ $what ->
    [file] `name: …`
   *[front-matter] `title: …`
}), pas une liste
yaml-not-fields-list-help = supprimez le `- ` au début de chaque ligne
yaml-not-fields-text = { $what ->
    [file] le fichier
   *[front-matter] l’en-tête
} doit contenir des champs ({ $what ->
    [file] `name: …`
   *[front-matter] `title: …`
}), pas du texte simple
yaml-not-fields-story-help = écrivez `title: ` avant le titre, puis `date:` et `member:`, chacun sur sa propre ligne
yaml-not-fields-page-help = écrivez `title: ` avant le titre
yaml-not-fields-help = écrivez chaque champ sur sa propre ligne, sous la forme `champ: valeur` (le nom du champ, deux-points, un espace, la valeur)
unknown-choice = `{ $field }` ne peut pas valoir `{ $value }`
missing-field = le champ `{ $field }` manque
missing-field-help = ajoutez la ligne `{ $line }`
yaml-unreadable = le YAML ne peut pas être lu à cet endroit : { $detail }
yaml-unreadable-help = vérifiez les guillemets, les deux-points et le retrait de cette ligne et de la ligne du dessus
type-mismatch = la valeur doit être { $expected ->
    [text] un texte
    [list] une liste
    [boolean] true ou false
    [number] un nombre
    [whole-number] un nombre entier
    [location] un groupe de champs avec `lat` et `lon`
    [map] un groupe de champs
    [translated] un texte, ou un texte par langue
   *[other] une autre sorte de valeur
}, mais { $found ->
    [text] c’est le texte « { $value } »
    [list] c’est une liste
    [map] c’est un groupe de champs
    [nothing] elle est vide
    [number] c’est le nombre { $value }
    [boolean] c’est `{ $value }`
   *[other] c’est { $value }
}
type-mismatch-at = { $path } : la valeur doit être { $expected ->
    [text] un texte
    [list] une liste
    [boolean] true ou false
    [number] un nombre
    [whole-number] un nombre entier
    [location] un groupe de champs avec `lat` et `lon`
    [map] un groupe de champs
    [translated] un texte, ou un texte par langue
   *[other] une autre sorte de valeur
}, mais { $found ->
    [text] c’est le texte « { $value } »
    [list] c’est une liste
    [map] c’est un groupe de champs
    [nothing] elle est vide
    [number] c’est le nombre { $value }
    [boolean] c’est `{ $value }`
   *[other] c’est { $value }
}
type-location-help = écrivez la valeur ainsi : location: { "{" } lat: { $lat }, lon: { $lon } { "}" }
type-text-help = écrivez un seul texte ; mettez-le entre guillemets s’il contient `:` ou s’il commence par `[` ou `{ "{" }`
type-list-help = écrivez une liste : [premier, deuxième], ou une ligne `- élément` par élément
type-boolean-help = écrivez true ou false, sans guillemets
type-number-help = écrivez le nombre sans guillemets, avec un point pour les décimales (36.8)
type-whole-number-help = écrivez le nombre avec des chiffres seulement, sans guillemets
type-fee-help = écrivez le tarif en dinars, en chiffres et sans guillemets (2 ou 1.500) ; écrivez 0 si le service est gratuit, et précisez-le dans `fee_note`
type-translated-help = écrivez un seul texte, ou un texte par langue : { "{" } ar: …, fr: … { "}" }

## Dates

date-empty = la date est vide
date-empty-help = écrivez la date sous la forme YYYY-MM-DD (année-mois-jour), par exemple 2024-03-01
date-format-help = écrivez-la sous la forme YYYY-MM-DD (année-mois-jour), par exemple 2024-03-01
date-invalid = `{ $value }` n’est pas une date valable
date-no-month = `{ $value }` n’est pas une date valable : il n’y a pas de mois { $month }
date-short-month = `{ $value }` n’est pas une date valable : { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year } n’a que { $days } jours
date-guess = `{ $value }` n’est pas écrit sous la forme YYYY-MM-DD : si vous voulez dire le { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }, écrivez { $iso }
reference-not-language = `{ $value }` n’est pas un code de langue : donnez soit un texte par langue, soit `name:`

## Thèmes et modèles de pages

template-error = erreur dans un modèle de page (template) : { $detail }

## fadaa new

new-exists = { $file } existe déjà : fadaa new n’écrase jamais un fichier
new-exists-help = choisissez un autre nom d’élément (slug), ou modifiez le fichier existant

## Références, membres, expériences, jeux de données, livrables

page-slug-reserved = le nom de page `{ $slug }` est déjà pris par une rubrique du site
page-slug-reserved-help = renommez le fichier ; noms réservés : { $reserved }
reference-key-invalid = `{ $key }` n’est pas une clé valable
reference-key-invalid-help = écrivez les clés en lettres latines minuscules, chiffres et tirets `-`, comme les noms d’éléments (slugs)
slug-twice-in-lang = deux éléments de content/{ $kind }/ ont le même nom `{ $slug }` dans la langue { $lang }
slug-twice = deux éléments de content/{ $kind }/ ont le même nom `{ $slug }`
slug-twice-help = { $file } l’utilise aussi ; renommez ou supprimez l’un des deux
member-name-twice = `{ $name }` est déjà le nom du membre `{ $first }` ({ $lang })
member-name-twice-help = donnez à chaque membre un nom différent, par exemple en ajoutant son gouvernorat
reference-unknown = { $kind ->
    [governorate] gouvernorat inconnu
    [service] service inconnu
    [committee] comité inconnu
   *[tag] étiquette inconnue
} `{ $key }`
reference-list-empty = content/{ $file } est absent ou vide
reference-use-key = utilisez une clé de content/{ $file }
service-sheet-unknown = `{ $key }` n’est pas un service de content/services.yaml
service-sheet-unknown-rename = renommez le fichier en { $key }.yaml, la clé de ce service dans content/services.yaml
service-sheet-unknown-help = ajoutez le service à content/services.yaml avec cette clé, ou renommez le fichier d’après une clé de cette liste
service-note-not-offered = `service_notes` parle de `{ $key }`, qui n’est pas l’un des `services` de cet espace
service-note-not-offered-help = ajoutez { $key } à `services`, ou supprimez sa note
service-note-twice = `service_notes` parle deux fois de `{ $key }`
service-note-twice-help = gardez une seule note pour ce service, qui dise tout
fee-invalid = `{ $fee }` n’est pas un tarif en dinars
fee-help = écrivez le tarif en dinars, 0 ou plus, avec au plus trois décimales (les millimes) : 2 ou 1.500 ; écrivez 0 si le service est gratuit
event-time-invalid = `{ $value }` n’est pas une date avec une heure : écrivez-la sous la forme 2026-03-14 09:00 (heure de Tunis), ou avec son décalage, 2026-03-14T09:00+01:00
event-ends-before-start = l’activité se termine avant de commencer (ou au moment où elle commence)
event-ends-before-start-help = vérifiez `start` et `end` : `end` est le jour et l’heure où elle se termine, après `start`
event-place-unknown = `{ $slug }` n’est pas un membre : `place` est le slug d’un membre ou une adresse avec sa position
event-place-help = écrivez le slug d’un fichier de content/members/ (place: sfax), ou une adresse et ses coordonnées en Tunisie (place: {"{"} address: …, location: {"{"} lat: 36.8, lon: 10.18 {"}"} {"}"})
event-registration-help = écrivez l’adresse complète du formulaire d’inscription, qui commence par https://
member-empty-help = écrivez le nom d’un fichier de content/members/ (sans .yaml)
member-unknown = membre inconnu `{ $slug }`
member-unknown-help = utilisez le nom d’un fichier de content/members/ (sans .yaml)
file-empty-help = indiquez un fichier du dossier de l’élément ou du dossier assets/, ou supprimez la ligne
file-outside-site = `{ $file }` désigne un emplacement hors du site
file-outside-site-help = indiquez un fichier du dossier de l’élément, ou un chemin dans assets/ commençant par /
file-is-address = `{ $file }` est une adresse sur un autre site, pas un fichier de ce site
file-is-address-help = téléchargez le fichier, placez-le dans le dossier de l’élément et écrivez son nom (par exemple photo.jpg)
file-missing = le fichier `{ $file }` n’existe pas
file-missing-asset-help = placez-le dans { $path }
file-missing-bundle-help = placez-le dans le dossier { $folder }
tags-too-many = cette expérience a { $count } étiquettes
tags-too-many-help = une expérience peut avoir au plus { $limit } étiquettes : gardez celles qu’un lecteur chercherait
tag-invalid = `{ $tag }` n’est pas une étiquette valable
tag-invalid-help = écrivez l’étiquette sous forme de clé, comme `open-data` : `{ $key }`
tag-no-label = l’étiquette `{ $tag }` n’a pas de libellé
tag-no-label-help = ajoutez-la dans content/tags.yaml avec son nom dans chaque langue
location-swapped-help = échangez lat et lon : ils semblent inversés (lat vaut environ 30 à 37.5, lon environ 7.5 à 11.6)
location-outside-help = vérifiez les coordonnées : la Tunisie se situe entre les latitudes 30.2 et 37.6 et les longitudes 7.5 et 11.7
location-outside = l’emplacement ({ $lat }, { $lon }) est hors de Tunisie
location-in-other-help = le point se trouve dans `{ $governorate }` : vérifiez les coordonnées ou le gouvernorat
location-at-sea-help = le point n’est dans aucun gouvernorat (en mer ?) : vérifiez les coordonnées
location-not-in-governorate = l’emplacement n’est pas dans le gouvernorat `{ $governorate }`
phone-invalid = `{ $phone }` n’est pas un numéro de téléphone
phone-invalid-help = écrivez des chiffres et des espaces, avec un + au début pour l’indicatif du pays : +216 74 000 000
email-invalid = `{ $email }` n’est pas une adresse électronique
email-invalid-help = écrivez-la comme espace.citoyen@commune.tn
website-help = écrivez-la comme https://www.commune-sfax.gov.tn
dataset-no-resources = ce jeu de données n’a aucune ressource (aucun fichier)
dataset-no-resources-help = indiquez ses fichiers sous resources: avec - file: nom.csv
dataset-file-absolute = les fichiers d’un jeu de données se trouvent à côté de dataset.yaml
dataset-file-absolute-help = écrivez seulement le nom du fichier
dataset-frequency-unknown = `{ $value }` n’est pas une fréquence de mise à jour connue de fadaa : la page l’affiche telle quelle, et le catalogue des données ouvertes l’omet
dataset-frequency-unknown-help = écrivez l’une de ces valeurs : continuous, daily, weekly, monthly, quarterly, biannual, annual ou irregular
dataset-column-unknown = `{ $column }` n’est pas une colonne de { $file }
dataset-column-unknown-help = ses colonnes sont : { $columns }
dataset-chart-not-numeric = la colonne `{ $column }` du graphique ne contient pas des nombres
dataset-chart-not-numeric-help = pour `y`, choisissez une colonne de nombres : { $columns }
deliverable-no-date = un livrable publié doit avoir sa date de publication
deliverable-no-date-help = ajoutez `published: YYYY-MM-DD`
deliverable-date-unpublished = ce livrable a une date de publication mais il n’est pas publié
deliverable-date-unpublished-help = mettez `status: published`, ou supprimez `published`
deliverable-published-empty = un livrable publié doit avoir quelque chose à lire : un fichier ou un lien
deliverable-published-empty-help = ajoutez ses documents sous `files:`, ou son adresse avec `link: https://…` ; s’il n’est pas encore paru, écrivez `status: in-progress`
deliverable-link-help = écrivez l’adresse complète, comme https://www.fnct.tn/guide
output-busy = une autre construction de fadaa écrit { $path } en ce moment
output-busy-help = attendez qu’elle soit terminée, puis relancez : le site qu’elle écrit sera complet, et rien n’a été modifié
file-kind-refused = un fichier `.{ $ext }` n’est pas publié depuis le dossier d’un texte : il pourrait exécuter un script sur le site
file-kind-refused-help = publiez des images, des documents ou des données ({ $kinds }) ; retirez ce fichier, ou donnez à son contenu une autre forme (un PDF, une page du site)
file-svg-active = ce SVG contient { $what } : il pourrait exécuter un script ou charger un autre site, il n’est donc pas publié
file-svg-active-help = exportez de nouveau le dessin en SVG simple (sans script, ni lien, ni page intégrée), ou en PNG
license-help = écrivez un identifiant de licence comme CC-BY-4.0, CC0-1.0 ou ODbL-1.0
license-unknown = `{ $id }` n’est pas une licence connue de fadaa : vérifiez-la sur spdx.org/licenses
license-invalid = `{ $id }` n’est pas un identifiant de licence SPDX
title-empty = le titre est vide
title-empty-help = écrivez le titre après `title:`
hours-help = écrivez les horaires selon la notation opening_hours d’OpenStreetMap, par exemple Mo-Fr 08:00-12:30,14:00-17:30; Sa 08:00-12:00; PH off

## Horaires d’ouverture

hours-empty = horaires d’ouverture non valables : les horaires sont vides ; écrivez-les comme Mo-Fr 08:00-17:00
hours-expected = horaires d’ouverture non valables : il faut ici { $what ->
    [rule-separator] un `;` entre deux règles
    [dash] un `-` entre deux heures, comme dans 08:00-12:30
    [month] un mois (Jan … Dec)
   *[day] un jour (Mo Tu We Th Fr Sa Su)
}
hours-not-name = horaires d’ouverture non valables : `{ $word }` n’est pas { $what ->
    [month] un mois (Jan … Dec)
   *[day] un jour (Mo Tu We Th Fr Sa Su)
}
hours-not-day-or-month = horaires d’ouverture non valables : `{ $word }` n’est ni un jour ni un mois ; utilisez Mo Tu We Th Fr Sa Su, Jan … Dec, PH ou off
hours-close-before-open = horaires d’ouverture non valables : l’heure de fermeture doit être après l’heure d’ouverture
hours-comma-before-rule = horaires d’ouverture non valables : utilisez `;` pour commencer une nouvelle règle (`,` sépare deux plages horaires d’une même journée)
hours-overlap = horaires d’ouverture non valables : les plages horaires se chevauchent ou ne sont pas dans l’ordre
hours-bad-time = horaires d’ouverture non valables : il faut une heure comme 08:00 (deux chiffres, deux-points, deux chiffres)
hours-not-time-of-day = horaires d’ouverture non valables : { $time } n’est pas une heure de la journée
hours-hint = écrivez-les selon la notation OpenStreetMap : `{ $osm }` (jours Mo Tu We Th Fr Sa Su, heures 08:00-17:00)

## Liens et ancres dans les textes

anchor-unknown = `#{ $anchor }` n’est pas un intertitre de { $item } ({ $lang })
anchor-no-headings-help = ce texte n’a aucun intertitre : faites le lien sans `#{ $anchor }`
anchor-headings-help = choisissez l’un de ses intertitres : { $headings }
link-scheme-refused = les liens ne peuvent pas commencer par `{ $scheme }:`
link-scheme-refused-help = utilisez une adresse https://, mailto: ou tel:, ou un fichier du site
link-asset-missing = `{ $path }` n’existe pas dans assets/
link-asset-missing-help = placez le fichier à l’emplacement { $path }
link-outside-help = faites le lien vers un fichier situé dans content/ ou assets/
link-missing = `{ $dest }` n’existe pas
link-missing-help = faites le lien vers un fichier du contenu (principles.md, ../members/sfax.yaml) ou vers un fichier du dossier de l’élément
link-unpublished = `{ $dest }` n’est pas publié
link-unpublished-help = vérifiez cet élément : c’est un brouillon, il est daté dans le futur, ou il contient lui-même une erreur
link-no-such-item-help = vérifiez le nom : aucun élément de content/{ $folder } ne s’appelle `{ $slug }`
heading-attribute-dropped = l’attribut d’intertitre `{ $name }` n’est pas autorisé et a été retiré
heading-attribute-help = n’utilisez pour un intertitre que { "{" }#id{ "}" }, { "{" }.class{ "}" }, { "{" }lang=ar{ "}" } ou { "{" }dir=rtl{ "}" }
image-missing-help = placez l’image dans assets/ et écrivez `{ $asset }`
image-missing-bundle-help = placez l’image à côté de { $file }, ou placez-la dans assets/ et écrivez `{ $asset }`
image-missing-flat-help = placez l’image dans assets/ et écrivez `{ $asset }`, ou mettez l’expérience dans son propre dossier ({ $bundle }) avec l’image à côté

## Codes courts (shortcodes) et images d’autres sites

shortcode-unknown = il n’existe pas de code court `{ $name }`
shortcode-is-block = `{ $name }` contient du texte : il s’écrit en bloc
shortcode-is-block-help = écrivez `{ "{%" } { $name }(…) { "%}" }` sur une ligne, le texte sur les lignes suivantes, puis `{ "{%" } end { "%}" }` sur une ligne à part
shortcode-is-inline = `{ $name }` ne contient pas de texte : ce n’est pas un bloc
shortcode-is-inline-help = écrivez `{ "{{" } { $name }(…) { "}}" }` sur une ligne à part, sans `{ "{%" } end { "%}" }`
shortcode-not-closed = le code court `{ $name }` n’est pas fermé par `{ $close }`
shortcode-syntax-help = écrivez-le comme `{ $example }` : chaque argument sous la forme nom="valeur", séparés par des virgules, entre les parenthèses
shortcode-argument-expected = il manque ici le nom d’un argument
shortcode-equals-expected = `{ $name }` doit être suivi de = et de sa valeur entre guillemets
shortcode-value-help = écrivez { $name }="…" avec des guillemets droits "
shortcode-comma-expected = séparez les arguments par une virgule
shortcode-curly-quotes = la valeur de `{ $name }` est entre guillemets typographiques (“ ” ou « »)
shortcode-value-not-quoted = la valeur de `{ $name }` n’est pas entre guillemets
shortcode-quote-not-closed = le guillemet ouvert pour `{ $name }` n’est jamais fermé
shortcode-unknown-argument = `{ $name }` n’a pas d’argument `{ $argument }`
shortcode-known-arguments-help = les arguments de { $name } sont : { $arguments }
shortcode-argument-twice = l’argument `{ $name }` est donné deux fois
shortcode-argument-twice-help = gardez l’un des deux et supprimez l’autre
shortcode-missing-argument = `{ $name }` a besoin de l’argument `{ $argument }`
shortcode-missing-argument-help = ajoutez { $example } entre les parenthèses
shortcode-value-empty = `{ $argument }` est vide
shortcode-value-empty-help = écrivez un court texte entre les guillemets de { $argument }
shortcode-alt-empty-help = décrivez en une phrase ce que montre l’image, pour les lecteurs qui ne la voient pas
shortcode-bad-value = `{ $argument }` ne peut pas valoir `{ $value }`
shortcode-video-host = `{ $url }` n’est pas une vidéo YouTube ou Vimeo
shortcode-video-host-help = copiez l’adresse de la page de la vidéo sur YouTube (https://www.youtube.com/watch?v=…) ou Vimeo (https://vimeo.com/…) ; pour une vidéo ailleurs, faites un lien ordinaire vers elle
shortcode-member-unknown = aucun membre ne s’appelle `{ $slug }`
shortcode-member-unknown-help = écrivez le nom du fichier du membre dans content/members/, sans .yaml (sfax pour sfax.yaml)
shortcode-not-image = `{ $file }` n’est pas une image
shortcode-not-image-help = indiquez une photo (.jpg, .png, .webp) ou un dessin (.svg) ; pour proposer un autre fichier, utilisez `{ "{{" } download(file="…") { "}}" }`
shortcode-file-flat-help = ce texte n’a pas de dossier à lui : placez le fichier dans assets/ et écrivez `{ $asset }`, ou mettez le texte dans un dossier ({ $bundle }) avec le fichier à côté
shortcode-image-external-help = téléchargez l’image, placez-la dans le dossier du texte et écrivez le nom de son fichier, par exemple src="photo.jpg"
shortcode-in-field = le code court `{ $name }` est dans un champ : les codes courts ne fonctionnent que dans le texte d’une page ou d’une expérience
shortcode-in-field-help = déplacez-le dans le texte d’une page ou d’une expérience, ou supprimez-le
shortcode-nested = un bloc ne peut pas en contenir un autre
shortcode-nested-help = fermez le premier bloc par `{ "{%" } end { "%}" }` avant d’ouvrir le suivant
shortcode-end-alone = ce `{ "{%" } end { "%}" }` ne ferme aucun bloc
shortcode-end-alone-help = supprimez-le, ou ouvrez le bloc au-dessus avec `{ "{%" } callout(kind="note") { "%}" }`
shortcode-not-ended = le bloc `{ $name }` n’est jamais fermé
shortcode-not-ended-help = ajoutez `{ "{%" } end { "%}" }` sur une ligne à part après le texte du bloc { $name }
shortcode-not-alone = le code court `{ $name }` partage sa ligne avec d’autre texte
shortcode-not-alone-help = placez le code court seul sur sa ligne, sans rien avant ni après lui sur cette ligne
image-external = l’image `{ $url }` est sur un autre site : l’afficher dirait à ce site qui lit cette page
image-external-help = téléchargez l’image, placez-la à côté du texte (ou dans assets/) et écrivez le nom de son fichier ; si la Fédération accepte les images d’autres sites, elle écrit allow_external_images: true dans content/site.yaml
theme-shortcode-missing = le thème n’a pas de modèle { $template } pour le code court `{ $name }`
theme-shortcode-missing-help = ajoutez { $template } aux templates/ du thème (ou aux templates/ du site)

## Production des pages et écriture du site construit

render-failed = impossible de produire { $page } ({ $template }) : { $detail }
render-failed-help = vérifiez le modèle de page d’après les variables décrites dans docs/theme.md
output-not-ours = le dossier de sortie { $folder } existe et n’a pas été créé par fadaa ; il n’est pas modifié
output-not-ours-help = choisissez un autre dossier avec --output, ou déplacez ce dossier ailleurs
output-inside-input = le dossier de sortie { $output } est dans { $input }, que la construction lit : chaque construction relirait la sortie de la précédente
output-holds-input = le dossier de sortie { $output } contient { $input }, que la construction lit, et une construction remplace sa sortie en entier
output-place-help = choisissez un dossier de sortie hors de content/, themes/, templates/, i18n/ et assets/, par exemple public/ dans le dossier du site (par défaut)
output-io = { $what ->
    [create-parent] impossible de créer le dossier qui doit contenir le dossier de sortie
    [clear-unfinished] impossible d’effacer une construction précédente inachevée
    [create] impossible de créer
    [write] impossible d’écrire
    [copy] impossible de copier
    [remove] impossible de supprimer
    [keep] impossible de reprendre depuis l’ancien dossier de sortie
    [compress] impossible de compresser
    [move-aside] impossible de mettre de côté l’ancien dossier de sortie
   *[move-in] impossible de mettre en place le nouveau dossier de sortie
} { $path } : { $detail }

## Fichiers de données (jeux de données)

csv-french-excel = ce fichier CSV a été enregistré par Excel en français (`;` entre les valeurs, virgule décimale) : il est publié converti, avec des virgules entre les valeurs et des points décimaux
csv-french-excel-help = pour le publier exactement tel quel, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) » ; vérifiez le fichier converti sur la page du jeu de données
csv-french-excel-large = ce grand fichier CSV a des `;` entre les valeurs (Excel en français) : il serait publié en une seule colonne
csv-french-excel-large-help = enregistrez-le à nouveau au format « CSV UTF-8 (délimité par des virgules) », ou découpez-le en fichiers plus petits
stream-not-utf8 = ce fichier de { $size } n’est pas en UTF-8 simple (autre encodage, ou marque invisible BOM au début)
stream-as-is-help = les fichiers de plus de { $limit } sont publiés exactement tels quels : enregistrez-le à nouveau en UTF-8 (sans BOM), ou découpez-le
encoding-bom-removed = la marque invisible (BOM) au début du fichier a été supprimée
encoding-converted = fichier converti de { $encoding } en UTF-8
encoding-converted-1256 = fichier converti de Windows-1256 (arabe de Windows) en UTF-8
csv-row-length = cette ligne a { $len ->
    [one] { $len } valeur
   *[other] { $len } valeurs
}, mais la ligne d’en-tête en a { $expected }
csv-unreadable = le fichier CSV ne peut pas être lu : { $detail }
csv-row-length-help = donnez à chaque ligne autant de valeurs séparées par des virgules que la ligne d’en-tête ; mettez entre guillemets les valeurs qui contiennent une virgule

## Textes de l’interface et images

ui-string-missing = texte d’interface `{ $key }` manquant pour la langue `{ $lang }`
ui-string-missing-help = chaque langue doit avoir les mêmes clés : ajoutez celle-ci, ou redéfinissez-la dans le dossier i18n/ du site
ui-string-key-not-text = les clés des textes d’interface doivent être du texte
ui-string-not-text = `{ $key }` doit être un texte
image-unreadable = impossible de lire cette image : { $detail }
image-unreadable-help = enregistrez-la à nouveau en JPEG ou en PNG
image-too-many-pixels = cette photo fait { $width } × { $height } pixels : trop grande pour être redimensionnée
image-too-many-pixels-help = enregistrez-la en 8000 pixels de large au plus (60 millions de pixels en tout) ; une photo pour le web n’en demande que 2000

## Le terminal : étiquettes et lignes de bilan

label-error = erreur
label-warning = avertissement
label-note = note
label-help = aide
build-progress = construction en cours…
build-done = { $pages ->
    [one] { $pages } page construite
   *[other] { $pages } pages construites
} ({ $per_lang }), { $copied ->
    [one] { $copied } fichier copié
   *[other] { $copied } fichiers copiés
}, dans { $output } en { $ms } ms{ $warnings ->
    [0] {""}
    [one] , { $warnings } avertissement
   *[other] , { $warnings } avertissements
}
build-files = { $generated ->
    [one] { $generated } fichier généré
   *[other] { $generated } fichiers générés
}, { $copied ->
    [one] { $copied } copié
   *[other] { $copied } copiés
} ; images de couverture : { $resized ->
    [one] { $resized } redimensionnée
   *[other] { $resized } redimensionnées
}, { $cached ->
    [one] { $cached } reprise du cache
   *[other] { $cached } reprises du cache
}
build-failed = échec de la construction : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
} ; rien n’a été écrit, la version précédente du site reste inchangée
build-unchanged = rien n’a changé depuis la dernière construction : { $pages ->
    [one] { $pages } page dans { $output } est à jour
   *[other] les { $pages } pages de { $output } sont à jour
} (vérifié en { $ms } ms ; --force pour tout reconstruire){ $warnings ->
    [0] {""}
    [one]  ; cette construction avait { $warnings } avertissement (`fadaa check` le montre)
   *[other]  ; cette construction avait { $warnings } avertissements (`fadaa check` les liste)
}
check-drafts = { $count ->
    [one] { $count } brouillon a aussi été vérifié (draft: true) : `fadaa build` ne le publie pas
   *[other] { $count } brouillons ont aussi été vérifiés (draft: true) : `fadaa build` ne les publie pas
}
check-summary = { $root } vérifié : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
check-missing-translations = traductions manquantes : { $list }
new-kind-unknown = `{ $kind }` n’est pas un type d’élément
new-cannot-write = impossible d’écrire { $file } : { $detail }
new-wrote = fichier créé : { $file }
new-story-draft = l’expérience est un brouillon (draft: true) : `fadaa serve` l’affiche ; supprimez cette ligne pour la publier
new-fill-in = remplacez chaque … par votre texte ; `fadaa check` indique ce qui manque encore
serve-listening = le site est visible à l’adresse { $url } (brouillons et éléments datés dans le futur compris ; Ctrl-C pour arrêter)
serve-built = { $pages ->
    [one] { $pages } page construite
   *[other] { $pages } pages construites
} en { $ms } ms
serve-rebuilt = reconstruit en { $ms } ms : Markdown de { $texts } { $texts ->
    [one] texte
   *[other] textes
} sur { $all_texts }, { $rendered } { $rendered ->
    [one] page produite
   *[other] pages produites
} sur { $pages }, { $changed } { $changed ->
    [one] modifiée
   *[other] modifiées
}{ $removed ->
    [0] {""}
    [one] , { $removed } fichier supprimé
   *[other] , { $removed } fichiers supprimés
}{ $list }
serve-failed = échec de la construction : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
} ; la dernière version correcte du site reste affichée
serve-cannot = erreur : impossible d’afficher le site : { $detail }
serve-exposed = avertissement : le site est visible depuis le réseau à l’adresse { $urls } : toute personne connectée à ce réseau peut l’ouvrir, brouillons et éléments datés dans le futur compris. Pour les garder privés, arrêtez avec Ctrl-C et relancez sans --bind
serve-exposed-everywhere = avertissement : le site est visible depuis tous les réseaux où se trouve cet ordinateur : toute personne connectée à l’un d’eux peut l’ouvrir, brouillons et éléments datés dans le futur compris. Pour les garder privés, arrêtez avec Ctrl-C et relancez sans --bind
serve-wrong-host = cette adresse ne mène pas au site affiché par fadaa serve : ouvrez { $url } à la place
serve-head-too-large = le navigateur a envoyé plus de { $limit } d’en-têtes, ce que fadaa serve refuse : supprimez les cookies de ce navigateur pour localhost et 127.0.0.1, puis rechargez la page
serve-body-too-large = cet enregistrement dépasse les { $limit } que fadaa serve accepte en une fois (photos et fichiers compris) : réduisez la taille des photos, ou copiez vous-même le gros fichier dans le dossier assets/
overlay-title = La construction a échoué : la page affichée est la dernière version correcte. Corrigez le fichier, puis enregistrez-le.

## Les guillemets, et ce que l’on copie depuis Word

yaml-colon-in-value = la valeur de `{ $key }` contient `: `, que YAML lit comme le début d’un nouveau champ
yaml-nested-quotes = les guillemets à l’intérieur de la valeur de `{ $key }` la terminent trop tôt
yaml-curly-quotes = la valeur de `{ $key }` est entourée de guillemets typographiques, que YAML garde : ils seraient publiés avec le texte
yaml-quote-value-help = mettez toute la valeur entre guillemets droits : `{ $line }`

## Ce que `fadaa new` a écrit, et les deux langues d’une même expérience

placeholder-in-field = `{ $field }` contient encore ce que `fadaa new` a écrit : { $text }
placeholder-in-text = le texte contient encore ce que `fadaa new` a écrit : { $text }
placeholder-help = remplacez-le par votre propre texte, ou gardez `draft: true` jusqu’à ce qu’il soit prêt
translation-disagrees = `{ $field }` n’est pas le même que dans { $other }
translation-disagrees-help = les deux langues d’une expérience racontent les mêmes faits : écrivez le même `{ $field }` dans les deux fichiers
translation-field-missing = `{ $field }` n’a pas de texte `{ $lang }` : ses lecteurs en `{ $lang }` voient une autre langue
translation-field-missing-help = ajoutez `{ $lang }: …` à `{ $field }`

## Les photos et les rubriques de pages

photo-too-heavy = cette photo pèse { $size } ; le guide demande moins de { $limit } : un lecteur sur téléphone paie chaque octet
photo-too-heavy-help = enregistrez-la plus petite : 1600 pixels de large au plus, qualité JPEG d’environ 80 (sur un téléphone : partagez-la en taille « moyenne »)
section-unknown = `section: { $slug }` ne désigne pas une page qui ouvre une rubrique
section-help = écrivez le nom (slug) de la première page de la rubrique (par exemple `section: guide`), qui n’a pas elle-même de `section:`

## La liste des messages du guide

guide-messages-title = Les messages de fadaa
guide-messages-description = Tous les messages que fadaa peut afficher à une personne qui écrit, et ce qu’il faut faire
guide-messages-intro = Chaque message ci-dessous est affiché avec le fichier, la ligne et la colonne où se trouve le problème. `…` tient la place de ce que le message nomme : un champ, une valeur, un fichier.
guide-messages-what-to-do = Que faire :

## La ligne de commande (fadaa --help)

cli-about = Construit le site bilingue arabe/français du Réseau Espace Citoyen
cli-build-about = Construire le site dans son dossier de sortie (public/ par défaut)
cli-serve-about = Construire en mémoire, afficher le site sur cet ordinateur, le reconstruire et le recharger à chaque enregistrement
cli-check-about = Tout vérifier (liens, ancres, traductions) sans rien écrire
cli-new-about = Créer un élément à partir d’un modèle, dans chaque langue
cli-usage = Utilisation :
cli-options = Options
cli-commands = Commandes :
cli-command = commande
cli-arg-help = Afficher l’aide
cli-arg-quiet = N’afficher que les erreurs
cli-arg-verbose = Afficher aussi ce que la construction a fait (conversions, nombre de fichiers)
cli-arg-root = Le dossier du site (qui contient content/, themes/, assets/) ; par défaut : le dossier courant
cli-arg-output = Où écrire le site ; par défaut : <dossier du site>/public
cli-arg-base-url = Remplace base_url de content/site.yaml (par exemple https://hote/reseau/)
cli-arg-drafts = Publier aussi les éléments marqués `draft: true`
cli-arg-future = Publier aussi les éléments datés d’après aujourd’hui
cli-arg-force = Reconstruire même si rien n’a changé depuis la dernière construction
cli-arg-no-precompress = Ne pas écrire de copies .br et .gz à côté des fichiers texte (écrites par défaut, pour les hébergeurs qui les servent)
cli-arg-lang = Langue des messages : ar, fr ou en (par défaut : FADAA_LANG, sinon la langue par défaut du site) ; pour `new`, aussi la seule langue à créer
cli-arg-port = Le port où afficher le site ; par défaut : 1111
cli-arg-bind = L’adresse où afficher le site ; par défaut : 127.0.0.1
cli-arg-open = Ouvrir le site dans le navigateur
cli-arg-format = text, ou json pour l’intégration continue
cli-arg-external = Interroger aussi, par le réseau, chaque lien vers un autre site
cli-arg-timeout = Avec --external : nombre de secondes d’attente pour une adresse (par défaut : 15)
cli-arg-skip = Avec --external : ne pas interroger les adresses qui commencent ainsi (répétable)
cli-arg-kind = story, member, dataset, deliverable, page, service ou event
cli-arg-slug = Son nom (slug) : lettres minuscules sans accents, chiffres et `-`
cli-error-unknown-argument = `{ $argument }` n’est pas une option de cette commande
cli-error-unknown-command = `{ $command }` n’est pas une commande de fadaa
cli-error-invalid-value = `{ $value }` n’est pas une valeur possible pour { $argument }
cli-error-missing = il manque { $argument }
cli-error-other = la ligne de commande ne peut pas être lue ({ $detail })
cli-error-help = `fadaa --help` donne la liste des commandes ; `fadaa <commande> --help` leurs options
cli-options-heading = Options :
cli-value-folder = DOSSIER
cli-value-url = ADRESSE
cli-value-port = PORT
cli-value-address = ADRESSE
cli-value-format = FORMAT
cli-value-seconds = SECONDES
cli-value-prefix = DÉBUT
cli-value-kind = SORTE
cli-value-slug = NOM
cli-arg-version = Afficher la version
placeholder-replace-help = remplacez-le par votre propre texte

## L’éditeur /admin/ (Decap CMS) : collections, libellés et indications

cms-collection-stories = Expériences réussies
cms-collection-pages = Pages
cms-collection-members = Espaces Citoyens (membres)
cms-collection-datasets = Données ouvertes
cms-collection-deliverables = Livrables
cms-collection-services = Fiches des services
cms-collection-events = Activités
cms-collection-lists = Listes de référence
cms-list-governorates = Gouvernorats
cms-list-services = Services d’un Espace Citoyen
cms-list-committees = Commissions
cms-list-tags = Thèmes des récits
cms-label-aliases = Autres graphies (trouvées par la recherche)
cms-hint-slug = lettres latines minuscules, chiffres et -, par exemple guichet-unique-monastir
cms-hint-phone = chiffres et espaces, avec + pour l’indicatif : +216 74 000 000
cms-hint-email = une adresse comme espace.citoyen@commune.tn
cms-hint-url = une adresse complète commençant par https://
cms-hint-hours = la forme OpenStreetMap : Mo-Fr 08:00-17:00; Sa 08:00-12:00
cms-label-slug = nom du fichier (slug)
cms-label-title = Titre
cms-label-date = Date
cms-label-member = Commune
cms-label-summary = Résumé
cms-label-tags = Étiquettes
cms-label-committee = Comité
cms-label-cover = Photo principale
cms-label-draft = Brouillon (pas encore publié)
cms-label-updated = Mis à jour le
cms-label-sample = Données d’exemple
cms-label-body = Texte
cms-label-description = Description
cms-label-section = Rubrique (slug de sa première page)
cms-label-weight = Ordre
cms-label-menu = Mise en avant (pied de page et accueil)
cms-label-name = Nom
cms-label-governorate = Gouvernorat
cms-label-location = Position sur la carte
cms-label-lat = Latitude
cms-label-lon = Longitude
cms-label-status = Statut
cms-label-opened = Ouvert le
cms-label-address = Adresse
cms-label-phone = Téléphone
cms-label-email = Courriel
cms-label-website = Site web
cms-label-hours = Horaires d’ouverture
cms-label-services = Services
cms-label-service_notes = Ce que cet espace fait autrement
cms-label-service = Service
cms-label-fee = Tarif en dinars (à la place de celui de la fiche)
cms-label-documents = Pièces en plus à apporter
cms-label-delay = Délai (à la place de celui de la fiche)
cms-label-note = À savoir
cms-label-committees = Comités
cms-label-publisher = Éditeur (slug du membre, ou federation)
cms-label-license = Licence (identifiant SPDX)
cms-label-keywords = Mots-clés
cms-label-frequency = Fréquence de mise à jour
cms-label-temporal = Période couverte
cms-label-start = Du
cms-label-end = Au
cms-label-resources = Fichiers
cms-label-file = Fichier
cms-label-fields = Colonnes
cms-label-values = Les valeurs sont des clés de
cms-label-chart = Graphique
cms-label-x = Colonne en abscisse (x)
cms-label-y = Colonne de nombres (y)
cms-label-kind = Type
cms-label-due = Échéance
cms-label-published = Publié le
cms-label-members = Communes
cms-label-files = Fichiers
cms-label-link = Lien
cms-label-lang = Langue
slug-not-file-slug = `slug: { $slug }` n’est pas le nom du fichier (`{ $file }`)
slug-not-file-slug-help = écrivez `slug: { $file }`, ou renommez le fichier pour qu’ils correspondent

## fadaa init et fadaa theme eject
init-done = un nouveau site est dans { $dir } ({ $count } fichiers)
init-next = pour le voir : `fadaa serve --root { $dir }`, puis ouvrez l’adresse affichée ; pour le publier : `fadaa build --root { $dir }`
init-not-empty = { $dir } n’est pas vide : fadaa init n’écrit un nouveau site que dans un dossier nouveau ou vide
init-not-empty-help = choisissez le nom d’un nouveau dossier, par exemple `fadaa init mon-reseau`
cannot-write-in = impossible d’écrire dans { $dir } : { $detail }
eject-done = le thème intégré est maintenant dans { $dir } ({ $count } fichiers) : modifiez-y ce dont vous avez besoin, et supprimez les fichiers que vous ne modifiez pas (ceux du thème intégré sont alors utilisés)
eject-not-empty = { $dir } n’est pas vide : theme eject n’écrase jamais les fichiers d’un thème
eject-not-empty-help = pour repartir du thème intégré, déplacez ou supprimez d’abord { $dir }
cli-init-about = Créer un nouveau site bilingue dans un dossier, prêt à construire et à servir
cli-theme-about = `fadaa theme eject [DOSSIER]` : écrire le thème intégré pour le modifier (par défaut : themes/espace dans le site)
cli-arg-dir = Le dossier où écrire
cli-arg-action = eject : écrire les fichiers du thème intégré
cli-value-action = ACTION

## menus: dans site.yaml
menu-entry-target = une entrée de menu a besoin d’un seul de `section:`, `page:` ou `url:`
menu-entry-target-help = par exemple `- {"{"} section: members {"}"}`, `- {"{"} page: about {"}"}` ou `- {"{"} url: "https://…", label: {"{"} ar: "…", fr: "…" {"}"} {"}"}` ; sections : home, members, stories, data, deliverables, services, tags, search
menu-url = `{ $url }` n’est pas une adresse vers laquelle un menu peut pointer
menu-url-help = écrivez une adresse complète commençant par https:// (ou http://), ou un chemin du site commençant par /, par exemple /fr/contact/
menu-label-missing = cette entrée de menu n’a pas de libellé en `{ $lang }`
menu-label-missing-help = écrivez son libellé dans chaque langue du site ({ $languages }), par exemple `label: {"{"} ar: "…", fr: "…" {"}"}`
menu-page-unknown = le menu pointe vers la page `{ $slug }`, qui n’existe pas
menu-page-unknown-help = écrivez le nom d’un fichier de content/pages/ sans sa langue ni son extension (about pour about.fr.md)

## aliases:
alias-not-a-path = `{ $alias }` n’est pas une ancienne adresse de cet élément
alias-not-a-path-help = écrivez son ancien nom (minuscules sans accents, chiffres et -), par exemple `aliases: [ancien-nom]`, ou son ancien chemin depuis la racine du site, par exemple `/fr/stories/ancien-nom/`
alias-taken-by-page = l’alias /{ $alias } est l’adresse d’une page du site ({ $other }) : la page serait remplacée par une redirection
alias-taken-by-alias = l’alias /{ $alias } est déjà un alias d’un autre élément ({ $other })
alias-taken-help = supprimez cet alias, ou choisissez une adresse qu’aucune page ni aucun autre alias n’a
cms-label-earlier-addresses = Anciens noms (après un renommage)
cms-hint-earlier-addresses = les anciens noms de fichier de cet élément, pour que les liens vers eux mènent encore ici ; laissez vide s’il n’a jamais été renommé
