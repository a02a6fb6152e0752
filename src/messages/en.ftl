# fadaa's messages in English (for developers and the tests).
# Every id here exists in ar.ftl and fr.ftl with the same arguments.

## Shared pieces

did-you-mean = did you mean `{ $name }`?
unknown-field = unknown field `{ $field }`
known-fields = known fields are { $fields }
use-one-of = use one of { $choices }
cannot-read = cannot read: { $detail }

## Files the build copies


## check --external

external-site-unreachable = the site { $host } cannot be reached ({ $why }); its { $count } links were not checked
external-site-unreachable-help = check the address and your connection, or skip that site with --skip
external-link-gone = the link { $url } leads nowhere: the server answers { $status } (the page is gone)
external-link-broken = the link { $url } does not work: the server answers { $status }
external-link-unreachable = the link { $url } cannot be reached: { $why }
external-link-gone-on = the link { $url } leads nowhere: the server answers { $status } (the page is gone; on { $page }{ $others ->
    [0] {""}
    [one] {" "}and one other page
   *[other] {" "}and { $others } other pages
})
external-link-broken-on = the link { $url } does not work: the server answers { $status } (on { $page }{ $others ->
    [0] {""}
    [one] {" "}and one other page
   *[other] {" "}and { $others } other pages
})
external-link-unreachable-on = the link { $url } cannot be reached: { $why } (on { $page }{ $others ->
    [0] {""}
    [one] {" "}and one other page
   *[other] {" "}and { $others } other pages
})
external-link-help = check the address in a browser; correct it, link to an archived copy, or remove the link

## check: links inside the site, translations

internal-link-missing = the page { $page } links to `{ $url }`: no such page or file
internal-link-no-anchor = the page { $page } links to `{ $url }`: no element with id `{ $anchor }` there
internal-link-help = a link written in content is checked at its line; this one comes from a template or the generator
translation-missing = the { $kind ->
    [page] page
   *[story] story
} `{ $slug }` has no `{ $lang }` version: its `{ $lang }` readers see the `{ $shown }` text
translation-missing-help = translate it into { $file }
translation-stale = this `{ $lang }` version may be stale: the `{ $newer }` version changed after it
translation-stale-help = compare with { $file } and bring this one up to date (then commit it, or set `updated:`)

## Site settings (content/site.yaml)

settings-missing = the site settings file does not exist
settings-unreadable = cannot read the site settings: { $detail }
settings-missing-help = a site folder needs content/site.yaml with base_url, default_language and languages; is --root the site folder?
url-not-absolute = `{ $url }` is not an absolute http(s) URL
base-url-help = write it like https://reseau-espace-citoyen.example.tn/ or https://host/reseau/
settings-no-languages = no languages are listed
settings-no-languages-help = list at least one language, e.g. `ar: { "{" } name: العربية, title: … { "}" }`
not-a-language-code = `{ $value }` is not a language code
language-code-help = use a lowercase BCP 47 code such as ar, fr or en
settings-default-language-unknown = the default language `{ $lang }` is not one of the languages
theme-installed = themes/ holds: { $themes }
theme-missing = there is no theme `{ $theme }` in themes/
settings-stories-per-page = stories_per_page must be at least 1
keep-not-inside = `keep: { $path }` is not a path inside the output folder
keep-not-inside-help = write a path relative to the output folder, without `..` and not starting with `/`, e.g. `.well-known/security.txt`

## Finding the content (file names and folders)

symlink-in-content = symbolic links are not followed in content/
symlink-in-content-help = copy the file into the site folder instead
input-symlink = this file is a symbolic link: fadaa reads only files inside the site
input-symlink-help = put the file itself here, not a link to it
theme-not-a-name = `theme: { $theme }` is not the name of a folder in themes/
theme-not-a-name-help = write a theme's folder name (letters, digits, - and _), like `theme: espace`; a path or a link out of the site is refused
file-ignored = this file is not part of the content model and is ignored
file-ignored-help = items go in content/pages, members, stories, datasets, deliverables or services
dataset-not-folder = a dataset is a folder, not a single file
dataset-not-folder-help = put it in content/datasets/<slug>/dataset.yaml with its data files beside it
not-yaml-file = `{ $file }` is not a YAML file
not-yaml-file-help = { $folder } are written as <slug>.yaml
not-markdown-file = `{ $file }` is not a Markdown file
not-markdown-file-help = write pages and stories as <slug>.<lang>.md, e.g. guichet-unique.ar.md
file-name-no-language = the file name does not say its language
file-name-no-language-help = name it { $name } (languages: { $languages })
not-a-site-language = `{ $lang }` is not a language of this site
file-name-language-help = use one of { $languages } in the file name
slug-invalid = `{ $slug }` is not a valid slug
slug-help = use lowercase ASCII letters, digits and `-`, e.g. guichet-unique
slug-help-suggested = use lowercase ASCII letters, digits and `-`: `{ $slug }`
name-reserved = `{ $name }` cannot be used: Windows keeps the name `{ $device }` for a device, and a site with it could not be checked out on Windows
name-reserved-help = rename it: add a word or a number, e.g. `{ $example }`

## Reading files

front-matter-missing = missing front matter
front-matter-empty-file-help = the file is empty: start it with a line `---`, the fields (title: …), and another line `---`
front-matter-missing-help = start the file with a line `---`, then the fields (title: …), then another line `---`, then the text
front-matter-unclosed = the front matter is never closed
front-matter-unclosed-help = add a line `---` after the last field, before the text
not-utf8 = the file is not valid UTF-8
not-utf8-help = save the file as UTF-8 (in most editors: Save as… › Encoding › UTF-8)
written-in-yaml = { $folder } are written in YAML, not Markdown
not-page-or-story = not a page or story
text-too-large = this file is { $size }; a Markdown or YAML file may be at most { $limit }
text-too-large-help = split the text into several pages, or publish large data as a dataset file
data-too-large = this file is { $size }; a published file may be at most { $limit }
data-too-large-help = put the file on a file host and link to it from the dataset's description

## YAML

yaml-empty-file = the file is empty
yaml-empty-file-help = write the item's fields as YAML, as described in the authoring guide
yaml-too-deep = this file nests more than { $max } levels deep: no site file needs that many
yaml-too-deep-help = look at the brackets [ ] and {"{"} {"}"}, the dashes and the indentation from here on
markdown-html-too-deep = the HTML in this text nests more than { $max } levels deep
markdown-html-too-deep-help = close each tag you open (</div>), or write the text in Markdown
yaml-alias-bomb = the YAML repeats its aliases (`*name`) too many times
yaml-alias-bomb-help = write the values out instead of using anchors (&name) and aliases (*name)
yaml-tab = a tab is used to indent this line
yaml-tab-help = YAML indents with spaces only: replace the tab with two spaces
yaml-over-indented = `{ $key }` is indented more than `{ $above }` on the line above
yaml-over-indented-help = fields of one map must start in the same column: indent `{ $key }` like `{ $above }`
yaml-unclosed-quote = this quoted text is never closed
yaml-unclosed-quote-help = add the closing `{ $quote }` at the end of the value, or remove the opening one
yaml-duplicate-field = duplicate field `{ $field }`
yaml-duplicate-field-help = `{ $field }` is already given on line { $line }; keep only one
field-empty = `{ $field }` is empty
yaml-not-fields-list = { $what ->
    [file] the file
   *[front-matter] the front matter
} must be fields ({ $what ->
    [file] `name: …`
   *[front-matter] `title: …`
}), not a list
yaml-not-fields-list-help = remove the `- ` at the start of each line
yaml-not-fields-text = { $what ->
    [file] the file
   *[front-matter] the front matter
} must be fields ({ $what ->
    [file] `name: …`
   *[front-matter] `title: …`
}), not plain text
yaml-not-fields-story-help = write `title: ` before the title, then `date:` and `member:` on their own lines
yaml-not-fields-page-help = write `title: ` before the title
yaml-not-fields-help = write each field on its own line as `key: value`
unknown-choice = `{ $field }` cannot be `{ $value }`
missing-field = missing field `{ $field }`
missing-field-help = add the line `{ $line }`
yaml-unreadable = the YAML cannot be read here: { $detail }
yaml-unreadable-help = check the quotes, the colons and the indentation of this line and of the line above
type-mismatch = expected { $expected ->
    [text] text
    [list] a list
    [boolean] true or false
    [number] a number
    [whole-number] a whole number
    [location] a map with `lat` and `lon`
    [map] fields (a map)
    [translated] a text, or a text per language
   *[other] another kind of value
}, found { $found ->
    [text] the text "{ $value }"
    [list] a list
    [map] fields (a map)
    [nothing] nothing
    [number] the number { $value }
    [boolean] `{ $value }`
   *[other] { $value }
}
type-mismatch-at = { $path }: expected { $expected ->
    [text] text
    [list] a list
    [boolean] true or false
    [number] a number
    [whole-number] a whole number
    [location] a map with `lat` and `lon`
    [map] fields (a map)
    [translated] a text, or a text per language
   *[other] another kind of value
}, found { $found ->
    [text] the text "{ $value }"
    [list] a list
    [map] fields (a map)
    [nothing] nothing
    [number] the number { $value }
    [boolean] `{ $value }`
   *[other] { $value }
}
type-location-help = write it as location: { "{" } lat: { $lat }, lon: { $lon } { "}" }
type-text-help = write a single text; put it in quotes if it contains `:` or starts with `[` or `{ "{" }`
type-list-help = write it as a list: [first, second], or one `- item` per line
type-boolean-help = write true or false, without quotes
type-number-help = write the number without quotes, with a dot for decimals (36.8)
type-whole-number-help = write the number with digits only, without quotes
type-fee-help = write the fee in dinars as a number, without quotes (2 or 1.500); write 0 when the service is free, and explain in `fee_note`
type-translated-help = write one text, or one per language: { "{" } ar: …, fr: … { "}" }

## Dates

date-empty = the date is empty
date-empty-help = write the date as YYYY-MM-DD, e.g. 2024-03-01
date-format-help = write it as YYYY-MM-DD, e.g. 2024-03-01
date-invalid = `{ $value }` is not a valid date
date-no-month = `{ $value }` is not a valid date: there is no month { $month }
date-short-month = `{ $value }` is not a valid date: { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year } has { $days } days
date-guess = `{ $value }` is not written YYYY-MM-DD: if you meant { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }, write { $iso }
reference-not-language = `{ $value }` is not a language code: give either texts per language or `name:`

## Themes and templates

template-error = template error: { $detail }

## fadaa new

new-exists = { $file } already exists: fadaa new never overwrites
new-exists-help = choose another slug, or edit the existing file

## References, members, stories, datasets, deliverables

page-slug-reserved = the page slug `{ $slug }` is used by the site's own section
page-slug-reserved-help = rename the file; reserved: { $reserved }
reference-key-invalid = `{ $key }` is not a valid key
reference-key-invalid-help = keys use lowercase ASCII letters, digits and `-`, like slugs
slug-twice-in-lang = two { $kind } have the slug `{ $slug }` in { $lang }
slug-twice = two { $kind } have the slug `{ $slug }`
slug-twice-help = { $file } uses it too; rename or remove one
member-name-twice = `{ $name }` is already the name of the member `{ $first }` ({ $lang })
member-name-twice-help = give each member a distinct name, e.g. with its governorate
reference-unknown = unknown { $kind ->
    [governorate] governorate
    [service] service
    [committee] committee
   *[tag] tag
} `{ $key }`
reference-list-empty = content/{ $file } is missing or empty
reference-use-key = use a key of content/{ $file }
service-sheet-unknown = `{ $key }` is not a service of content/services.yaml
service-sheet-unknown-rename = rename the file to { $key }.yaml, the key of this service in content/services.yaml
service-sheet-unknown-help = add the service to content/services.yaml with this key, or rename the file to a key of that list
service-note-not-offered = `service_notes` speaks of `{ $key }`, which is not one of this space's `services`
service-note-not-offered-help = add { $key } to `services`, or remove its note
service-note-twice = `service_notes` speaks of `{ $key }` twice
service-note-twice-help = keep one note for this service, with everything in it
fee-invalid = `{ $fee }` is not a fee in dinars
fee-help = write the fee in dinars, 0 or more, with at most three decimals (the millimes): 2 or 1.500; write 0 when the service is free
event-time-invalid = `{ $value }` is not a date and time: write it as 2026-03-14 09:00 (Tunis time), or with its offset, 2026-03-14T09:00+01:00
event-ends-before-start = the event ends before it starts (or when it starts)
event-ends-before-start-help = check `start` and `end`: `end` is the day and hour it finishes, after `start`
event-place-unknown = `{ $slug }` is not a member: `place` is a member's slug or an address with its location
event-place-help = write the slug of a file in content/members/ (place: sfax), or an address and its coordinates in Tunisia (place: {"{"} address: …, location: {"{"} lat: 36.8, lon: 10.18 {"}"} {"}"})
event-registration-help = write the whole address of the registration form, starting with https://
member-empty-help = write the slug of a file in content/members/ (its name without .yaml)
member-unknown = unknown member `{ $slug }`
member-unknown-help = use the slug of a file in content/members/ (its name without .yaml)
file-empty-help = name a file in the item's folder or under assets/, or remove the line
file-outside-site = `{ $file }` points outside the site
file-outside-site-help = name a file in the item's folder, or a path under assets/ starting with /
file-is-address = `{ $file }` is an address on another site, not a file of this site
file-is-address-help = download the file, put it in the item's folder and write its name (like photo.jpg)
file-missing = the file `{ $file }` does not exist
file-missing-asset-help = put it in { $path }
file-missing-bundle-help = put it in the folder { $folder }
tags-too-many = this story has { $count } tags
tags-too-many-help = a story may have at most { $limit } tags: keep the ones a reader would search for
tag-invalid = `{ $tag }` is not a valid tag
tag-invalid-help = tags are keys like `open-data`: `{ $key }`
tag-no-label = the tag `{ $tag }` has no label
tag-no-label-help = add it to content/tags.yaml with its name in each language
location-swapped-help = latitude and longitude look swapped: lat is about 30 to 37.5, lon about 7.5 to 11.6
location-outside-help = Tunisia lies between latitudes 30.2 and 37.6 and longitudes 7.5 and 11.7
location-outside = the location ({ $lat }, { $lon }) is outside Tunisia
location-in-other-help = the point lies in `{ $governorate }`: check the coordinates or the governorate
location-at-sea-help = the point is outside every governorate (at sea?): check the coordinates
location-not-in-governorate = the location is not in the governorate `{ $governorate }`
phone-invalid = `{ $phone }` is not a phone number
phone-invalid-help = write digits and spaces, with a leading + for the country code: +216 74 000 000
email-invalid = `{ $email }` is not an e-mail address
email-invalid-help = write it like espace.citoyen@commune.tn
website-help = write it like https://www.commune-sfax.gov.tn
dataset-no-resources = this dataset has no resources
dataset-no-resources-help = list its files under resources: with - file: name.csv
dataset-file-absolute = a dataset's files sit beside dataset.yaml
dataset-file-absolute-help = write the file name only
dataset-frequency-unknown = `{ $value }` is not an update frequency fadaa knows: the page shows it as written, and the open-data catalog leaves it out
dataset-frequency-unknown-help = write one of continuous, daily, weekly, monthly, quarterly, biannual, annual or irregular
dataset-column-unknown = `{ $column }` is not a column of { $file }
dataset-column-unknown-help = its columns are: { $columns }
dataset-chart-not-numeric = the chart's column `{ $column }` does not hold numbers
dataset-chart-not-numeric-help = for `y`, choose a column of numbers: { $columns }
deliverable-no-date = a published deliverable needs its publication date
deliverable-no-date-help = add `published: YYYY-MM-DD`
deliverable-date-unpublished = this deliverable has a publication date but is not published
deliverable-date-unpublished-help = set `status: published`, or remove `published`
deliverable-published-empty = a published deliverable needs something to read: a file or a link
deliverable-published-empty-help = add its documents under `files:`, or its address as `link: https://…`; if it is not out yet, write `status: in-progress`
deliverable-link-help = write the full address, like https://www.fnct.tn/guide
output-busy = another fadaa build is writing { $path } right now
output-busy-help = wait until it has finished, then build again: the site it writes will be complete, and nothing was changed
file-kind-refused = a `.{ $ext }` file is not published from a writer's folder: it could run script on the site
file-kind-refused-help = publish images, documents or data ({ $kinds }); remove this file, or give its content another form (a PDF, a page of the site)
file-svg-active = this SVG holds { $what }: it could run script or load from another site, so it is not published
file-svg-active-help = export the drawing again as a plain SVG (no script, no links, no embedded page), or as a PNG
license-help = write an identifier such as CC-BY-4.0, CC0-1.0 or ODbL-1.0
license-unknown = `{ $id }` is not a licence fadaa knows: check it on spdx.org/licenses
license-invalid = `{ $id }` is not an SPDX licence identifier
title-empty = the title is empty
title-empty-help = write the title after `title:`
hours-help = write OpenStreetMap opening_hours, e.g. Mo-Fr 08:00-12:30,14:00-17:30; Sa 08:00-12:00; PH off

## Opening hours

hours-empty = invalid opening hours: the hours are empty: write them like Mo-Fr 08:00-17:00
hours-expected = invalid opening hours: expected { $what ->
    [rule-separator] `;` between rules
    [dash] `-` between two times, as in 08:00-12:30
    [month] a month (Jan … Dec)
   *[day] a day (Mo Tu We Th Fr Sa Su)
}
hours-not-name = invalid opening hours: `{ $word }` is not { $what ->
    [month] a month (Jan … Dec)
   *[day] a day (Mo Tu We Th Fr Sa Su)
}
hours-not-day-or-month = invalid opening hours: `{ $word }` is not a day or month: use Mo Tu We Th Fr Sa Su, Jan … Dec, PH or off
hours-close-before-open = invalid opening hours: the closing time must be after the opening time
hours-comma-before-rule = invalid opening hours: use `;` to start a new rule (`,` separates two times of one day)
hours-overlap = invalid opening hours: the time spans overlap or are out of order
hours-bad-time = invalid opening hours: expected a time like 08:00 (two digits, colon, two digits)
hours-not-time-of-day = invalid opening hours: { $time } is not a time of day
hours-hint = write it the OpenStreetMap way: `{ $osm }` (days Mo Tu We Th Fr Sa Su, times 08:00-17:00)

## Links and anchors in texts

anchor-unknown = `#{ $anchor }` is not a heading of { $item } ({ $lang })
anchor-no-headings-help = it has no headings: link to it without `#{ $anchor }`
anchor-headings-help = its headings are: { $headings }
link-scheme-refused = links may not use `{ $scheme }:`
link-scheme-refused-help = use a https:// address, mailto: or tel:, or a file of the site
link-asset-missing = `{ $path }` does not exist under assets/
link-asset-missing-help = put the file at { $path }
link-outside-help = link to a file inside content/ or assets/
link-missing = `{ $dest }` does not exist
link-missing-help = link to a content file (principles.md, ../members/sfax.yaml) or a file in the item's folder
link-unpublished = `{ $dest }` is not published
link-unpublished-help = that item is a draft, dated in the future, or has an error of its own
link-no-such-item-help = no item in content/{ $folder } has the slug `{ $slug }`
heading-attribute-dropped = the heading attribute `{ $name }` is not allowed and was left out
heading-attribute-help = a heading may have { "{" }#id{ "}" }, { "{" }.class{ "}" }, { "{" }lang=ar{ "}" } or { "{" }dir=rtl{ "}" }
image-missing-help = put the image under assets/ and write `{ $asset }`
image-missing-bundle-help = put the image beside { $file }, or under assets/ and write `{ $asset }`
image-missing-flat-help = put the image under assets/ and write `{ $asset }`, or make the story a bundle ({ $bundle }) with the image beside it

## Shortcodes, and images from other sites

shortcode-unknown = there is no shortcode `{ $name }`
shortcode-is-block = `{ $name }` holds text: it is written as a block
shortcode-is-block-help = write `{ "{%" } { $name }(…) { "%}" }` on a line, the text on the next lines, then `{ "{%" } end { "%}" }` on a line of its own
shortcode-is-inline = `{ $name }` holds no text: it is not a block
shortcode-is-inline-help = write `{ "{{" } { $name }(…) { "}}" }` on a line of its own, with no `{ "{%" } end { "%}" }`
shortcode-not-closed = the shortcode `{ $name }` is not closed with `{ $close }`
shortcode-syntax-help = write it like `{ $example }`: each argument as name="value", separated by commas, inside the parentheses
shortcode-argument-expected = the name of an argument is missing here
shortcode-equals-expected = `{ $name }` must be followed by = and its value in quotes
shortcode-value-help = write { $name }="…" with straight quotes "
shortcode-comma-expected = separate the arguments with a comma
shortcode-curly-quotes = the value of `{ $name }` is in curly quotes (“ ” or « »)
shortcode-value-not-quoted = the value of `{ $name }` is not in quotes
shortcode-quote-not-closed = the quote opened for `{ $name }` is never closed
shortcode-unknown-argument = `{ $name }` has no argument `{ $argument }`
shortcode-known-arguments-help = the arguments of { $name } are: { $arguments }
shortcode-argument-twice = the argument `{ $name }` is given twice
shortcode-argument-twice-help = keep one of the two and remove the other
shortcode-missing-argument = `{ $name }` needs the argument `{ $argument }`
shortcode-missing-argument-help = add { $example } inside the parentheses
shortcode-value-empty = `{ $argument }` is empty
shortcode-value-empty-help = write a short text between the quotes of { $argument }
shortcode-alt-empty-help = describe in one sentence what the image shows, for readers who cannot see it
shortcode-bad-value = `{ $argument }` cannot be `{ $value }`
shortcode-video-host = `{ $url }` is not a YouTube or Vimeo video
shortcode-video-host-help = copy the address of the video's page on YouTube (https://www.youtube.com/watch?v=…) or Vimeo (https://vimeo.com/…); for a video elsewhere, write an ordinary link to it
shortcode-member-unknown = no member has the slug `{ $slug }`
shortcode-member-unknown-help = write the name of the member's file in content/members/ without .yaml (sfax for sfax.yaml)
shortcode-not-image = `{ $file }` is not an image
shortcode-not-image-help = name a photo (.jpg, .png, .webp) or a drawing (.svg); to offer another file, use `{ "{{" } download(file="…") { "}}" }`
shortcode-file-flat-help = this text has no folder of its own: put the file under assets/ and write `{ $asset }`, or make the text a folder ({ $bundle }) with the file beside it
shortcode-image-external-help = download the image, put it in the text's folder and write its file name, like src="photo.jpg"
shortcode-in-field = the shortcode `{ $name }` is in a field: shortcodes work only in the text of a page or a story
shortcode-in-field-help = move it into the text of a page or a story, or remove it
shortcode-nested = a block cannot hold another block
shortcode-nested-help = close the first block with `{ "{%" } end { "%}" }` before opening the next one
shortcode-end-alone = this `{ "{%" } end { "%}" }` closes no block
shortcode-end-alone-help = remove it, or open the block above it with `{ "{%" } callout(kind="note") { "%}" }`
shortcode-not-ended = the block `{ $name }` is never closed
shortcode-not-ended-help = add `{ "{%" } end { "%}" }` on a line of its own after the text of the { $name }
shortcode-not-alone = the shortcode `{ $name }` shares its line with other text
shortcode-not-alone-help = put the shortcode on a line of its own, with nothing before or after it on that line
image-external = the image `{ $url }` is on another site: showing it would tell that site who reads this page
image-external-help = download the image, put it beside the text (or under assets/) and write its file name; if the federation accepts images from other sites, it sets allow_external_images: true in content/site.yaml
theme-shortcode-missing = the theme has no template { $template } for the shortcode `{ $name }`
theme-shortcode-missing-help = add { $template } to the theme's templates/ (or to the site's templates/)

## Rendering and writing the output

render-failed = cannot render { $page } ({ $template }): { $detail }
render-failed-help = check the template against the variables in docs/theme.md
output-not-ours = the output folder { $folder } exists and was not made by fadaa; it is left untouched
output-not-ours-help = choose another folder with --output, or move that folder away
output-inside-input = the output folder { $output } is inside { $input }, which the build reads: each build would read the last one's output
output-holds-input = the output folder { $output } holds { $input }, which the build reads, and a build replaces its output whole
output-place-help = choose an output folder outside content/, themes/, templates/, i18n/ and assets/, e.g. public/ in the site folder (the default)
output-io = { $what ->
    [create-parent] cannot create the output's parent folder
    [clear-unfinished] cannot clear a previous unfinished build
    [create] cannot create
    [write] cannot write
    [copy] cannot copy
    [remove] cannot remove
    [keep] cannot carry over from the previous output
    [compress] cannot compress
    [move-aside] cannot move the previous output aside
   *[move-in] cannot move the new output into place
} { $path }: { $detail }

## Data files (datasets)

csv-french-excel = this CSV was saved by French Excel (`;` between fields, decimal comma): it is published converted to commas and decimal points
csv-french-excel-help = to publish it exactly as it is, save it as "CSV UTF-8 (comma delimited)"; check the converted file in the dataset's page
csv-french-excel-large = this large CSV has `;` between fields (French Excel): it would be published as one column
csv-french-excel-large-help = save it again as "CSV UTF-8 (comma delimited)", or split it into smaller files
stream-not-utf8 = this { $size } file is not plain UTF-8 (another encoding, or a byte-order mark)
stream-as-is-help = files over { $limit } are published exactly as they are: save it again as UTF-8 (without BOM), or split it
encoding-bom-removed = removed the byte-order mark (BOM) at the start of the file
encoding-converted = converted from { $encoding } to UTF-8
encoding-converted-1256 = converted from Windows-1256 (Arabic Windows) to UTF-8
csv-row-length = this row has { $len } fields but the header has { $expected }
csv-unreadable = the CSV file cannot be read: { $detail }
csv-row-length-help = every row needs as many comma-separated fields as the header; quote fields that contain commas

## UI strings and images

ui-string-missing = missing UI string `{ $key }` for language `{ $lang }`
ui-string-missing-help = every language needs the same keys; add it, or override it in the site's i18n/ folder
ui-string-key-not-text = UI string keys must be text
ui-string-not-text = `{ $key }` must be a text
image-unreadable = cannot read this image: { $detail }
image-unreadable-help = save it again as JPEG or PNG
image-too-many-pixels = this photo is { $width } × { $height } pixels: too large to resize
image-too-many-pixels-help = save it at most 8000 pixels wide (60 million pixels in all); a photo for the web needs 2000

## The terminal: labels and summary lines

label-error = error
label-warning = warning
label-note = note
label-help = help
build-progress = building…
build-done = built { $pages } pages ({ $per_lang }), { $copied } files copied, into { $output } in { $ms } ms{ $warnings ->
    [0] {""}
    [one] , 1 warning
   *[other] , { $warnings } warnings
}
build-files = { $generated } generated files, { $copied } copied; cover images: { $resized } resized, { $cached } from the cache
build-failed = build failed: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; nothing was written, the previous output is unchanged
build-unchanged = nothing changed since the last build: { $pages } pages in { $output } are up to date (checked in { $ms } ms; --force rebuilds){ $warnings ->
    [0] {""}
    [one] ; that build had 1 warning (`fadaa check` lists them)
   *[other] ; that build had { $warnings } warnings (`fadaa check` lists them)
}
check-drafts = { $count ->
    [one] 1 draft was checked too (draft: true): `fadaa build` does not publish it
   *[other] { $count } drafts were checked too (draft: true): `fadaa build` does not publish them
}
check-summary = checked { $root }: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
check-missing-translations = missing translations: { $list }
new-kind-unknown = `{ $kind }` is not a kind of item
new-cannot-write = cannot write { $file }: { $detail }
new-wrote = wrote { $file }
new-story-draft = the story is a draft (draft: true): `fadaa serve` shows it; remove that line to publish it
new-fill-in = replace every … with your text; `fadaa check` says what is still missing
serve-listening = serving on { $url } (drafts and future items shown; Ctrl-C stops)
serve-built = built { $pages } pages in { $ms } ms
serve-rebuilt = rebuilt in { $ms } ms: Markdown { $texts } of { $all_texts } texts, rendered { $rendered } of { $pages } pages, { $changed } changed{ $removed ->
    [0] {""}
   *[other] , { $removed } files removed
}{ $list }
serve-failed = build failed: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; still serving the last good build
serve-cannot = error: cannot serve: { $detail }
serve-exposed = warning: the preview is open to the network at { $urls }: everyone on this network can open the site, drafts and future-dated items included. To keep them private, stop it with Ctrl-C and start it again without --bind
serve-exposed-everywhere = warning: the preview answers on every network this computer is on: everyone on them can open the site, drafts and future-dated items included. To keep them private, stop it with Ctrl-C and start it again without --bind
serve-wrong-host = this address does not lead to the preview: open { $url } instead
serve-head-too-large = the browser sent more than { $limit } of headers, which the preview refuses: delete this browser's cookies for localhost and 127.0.0.1, then reload the page
serve-body-too-large = this save is larger than the { $limit } the preview accepts at once (photos and files included): make the photos smaller, or copy the large file into assets/ yourself
overlay-title = The build failed: the page shown is the last good version. Fix the file, then save it.

## Quotes, and what writers copy from Word

yaml-colon-in-value = the value of `{ $key }` holds `: `, which YAML reads as a new field
yaml-nested-quotes = the quotes inside the value of `{ $key }` end it too early
yaml-curly-quotes = the value of `{ $key }` is wrapped in curly quotes, which YAML keeps: they would be published as part of it
yaml-quote-value-help = put the whole value in quotes: `{ $line }`

## What fadaa new wrote, and the two languages of one story

placeholder-in-field = `{ $field }` still holds what `fadaa new` wrote: { $text }
placeholder-in-text = the text still holds what `fadaa new` wrote: { $text }
placeholder-help = replace it with your own words, or keep `draft: true` until it is ready
translation-disagrees = `{ $field }` is not the same as in { $other }
translation-disagrees-help = the two languages of one story tell the same facts: write the same `{ $field }` in both files
translation-field-missing = `{ $field }` has no `{ $lang }` text: its `{ $lang }` readers see another language
translation-field-missing-help = add `{ $lang }: …` to `{ $field }`

## Photos and sections of pages

photo-too-heavy = this photo weighs { $size }; the guide asks for less than { $limit }: a reader on a phone pays for every byte
photo-too-heavy-help = save it smaller: 1600 pixels wide at most, JPEG quality about 80 (on a phone: share it as "medium" size)
section-unknown = `section: { $slug }` does not name a page that leads a section
section-help = write the slug of the section's first page (e.g. `section: guide`), which has no `section:` itself

## The guide's list of messages

guide-messages-title = fadaa's messages
guide-messages-description = Every message fadaa can show a writer, and what to do about it
guide-messages-intro = Each message below is shown with the file, the line and the column where the problem is. `…` stands for what the message names: a field, a value, a file.
guide-messages-what-to-do = What to do:

## The command line (fadaa --help)

cli-about = Builds the Réseau Espace Citoyen's bilingual Arabic/French site
cli-build-about = Build the site into its output folder (public/ by default)
cli-serve-about = Build in memory, serve on loopback, rebuild and reload on every save
cli-check-about = Validate everything, links, anchors and translations; write nothing
cli-new-about = Create a new item from a template, in every language
cli-usage = Usage:
cli-options = Options
cli-commands = Commands:
cli-command = command
cli-arg-help = Print help
cli-arg-quiet = Print errors only
cli-arg-verbose = Also print what the build did (conversions, file counts)
cli-arg-root = The site folder (holding content/, themes/, assets/); default: the current folder
cli-arg-output = Where to write the site; default: <root>/public
cli-arg-base-url = Overrides base_url from content/site.yaml (e.g. https://host/reseau/)
cli-arg-drafts = Also publish items marked `draft: true`
cli-arg-future = Also publish items dated after today
cli-arg-force = Rebuild even if nothing changed since the output was built
cli-arg-no-precompress = Do not write .br and .gz copies beside text files (written by default, for hosts that serve them)
cli-arg-lang = Language of the messages: ar, fr or en (default: FADAA_LANG, else the site's default language); for `new`, also the only language to create
cli-arg-port = The port to serve on; default: 1111
cli-arg-bind = The address to serve on; default: 127.0.0.1
cli-arg-open = Open the site in the default browser
cli-arg-format = text, or json for CI
cli-arg-external = Also ask every link to another site over the network
cli-arg-timeout = With --external: seconds to wait for one address (default: 15)
cli-arg-skip = With --external: do not ask addresses starting with this (repeatable)
cli-arg-kind = story, member, dataset, deliverable, page, service or event
cli-arg-slug = Its slug: lowercase letters, digits and `-`
cli-error-unknown-argument = `{ $argument }` is not an option of this command
cli-error-unknown-command = `{ $command }` is not a command of fadaa
cli-error-invalid-value = `{ $value }` is not a possible value for { $argument }
cli-error-missing = { $argument } is missing
cli-error-other = the command line cannot be read ({ $detail })
cli-error-help = `fadaa --help` lists the commands; `fadaa <command> --help` their options
cli-options-heading = Options:
cli-value-folder = FOLDER
cli-value-url = URL
cli-value-port = PORT
cli-value-address = ADDRESS
cli-value-format = FORMAT
cli-value-seconds = SECONDS
cli-value-prefix = PREFIX
cli-value-kind = KIND
cli-value-slug = SLUG
cli-arg-version = Print the version
placeholder-replace-help = replace it with your own words

## The editor at /admin/ (Decap CMS): collections, labels and hints

cms-collection-stories = Success stories
cms-collection-pages = Pages
cms-collection-members = Citizen Spaces (members)
cms-collection-datasets = Open data
cms-collection-deliverables = Deliverables
cms-collection-services = Service sheets
cms-collection-events = Events
cms-collection-lists = Reference lists
cms-list-governorates = Governorates
cms-list-services = Services of a Citizen Space
cms-list-committees = Committees
cms-list-tags = Story topics
cms-label-aliases = Other spellings (found by search)
cms-hint-slug = lowercase Latin letters, digits and -, e.g. guichet-unique-monastir
cms-hint-phone = digits and spaces, with + for the country code: +216 74 000 000
cms-hint-email = an address like espace.citoyen@commune.tn
cms-hint-url = a full address starting with https://
cms-hint-hours = the OpenStreetMap form: Mo-Fr 08:00-17:00; Sa 08:00-12:00
cms-label-slug = slug (file name)
cms-label-title = Title
cms-label-date = Date
cms-label-member = Municipality
cms-label-summary = Summary
cms-label-tags = Tags
cms-label-committee = Committee
cms-label-cover = Main photo
cms-label-draft = Draft (not published yet)
cms-label-updated = Updated on
cms-label-sample = Illustrative data
cms-label-body = Text
cms-label-description = Description
cms-label-section = Section (first page's slug)
cms-label-weight = Order
cms-label-menu = Featured (footer and home page)
cms-label-name = Name
cms-label-governorate = Governorate
cms-label-location = Location on the map
cms-label-lat = Latitude
cms-label-lon = Longitude
cms-label-status = Status
cms-label-opened = Opened on
cms-label-address = Address
cms-label-phone = Phone
cms-label-email = E-mail
cms-label-website = Website
cms-label-hours = Opening hours
cms-label-services = Services
cms-label-service_notes = What this space does differently
cms-label-service = Service
cms-label-fee = Fee in dinars (in place of the sheet's)
cms-label-documents = Extra documents to bring
cms-label-delay = Delay (in place of the sheet's)
cms-label-note = Good to know
cms-label-committees = Committees
cms-label-publisher = Publisher (member slug, or federation)
cms-label-license = Licence (SPDX identifier)
cms-label-keywords = Keywords
cms-label-frequency = Update frequency
cms-label-temporal = Period covered
cms-label-start = From
cms-label-end = To
cms-label-resources = Files
cms-label-file = File
cms-label-fields = Columns
cms-label-values = Values are keys of
cms-label-chart = Chart
cms-label-x = Column along the bottom (x)
cms-label-y = Column of numbers (y)
cms-label-kind = Kind
cms-label-due = Due on
cms-label-published = Published on
cms-label-members = Municipalities
cms-label-files = Files
cms-label-link = Link
cms-label-lang = Language
slug-not-file-slug = `slug: { $slug }` is not the file's name (`{ $file }`)
slug-not-file-slug-help = write `slug: { $file }`, or rename the file to match

## fadaa init and fadaa theme eject
init-done = a new site is in { $dir } ({ $count } files)
init-next = to see it: `fadaa serve --root { $dir }`, then open the address it prints; to publish it: `fadaa build --root { $dir }`
init-not-empty = { $dir } is not empty: fadaa init writes a new site only into a new or empty folder
init-not-empty-help = choose the name of a new folder, e.g. `fadaa init my-network`
cannot-write-in = cannot write into { $dir }: { $detail }
eject-done = the built-in theme is now in { $dir } ({ $count } files): change what you need there, and delete the files you do not change (the built-in ones are used instead)
eject-not-empty = { $dir } is not empty: theme eject never overwrites a theme's files
eject-not-empty-help = to start again from the built-in theme, move or delete { $dir } first
cli-init-about = Create a new bilingual site in a folder, ready to build and serve
cli-theme-about = `fadaa theme eject [FOLDER]`: write the built-in theme out to change it (default: themes/espace in the site)
cli-arg-dir = The folder to write into
cli-arg-action = eject: write the built-in theme's files out
cli-value-action = ACTION

## menus: in site.yaml
menu-entry-target = a menu entry needs exactly one of `section:`, `page:` or `url:`
menu-entry-target-help = e.g. `- {"{"} section: members {"}"}`, `- {"{"} page: about {"}"}` or `- {"{"} url: "https://…", label: {"{"} ar: "…", fr: "…" {"}"} {"}"}`; sections: home, members, stories, data, deliverables, services, tags, search
menu-url = `{ $url }` is not an address a menu can point to
menu-url-help = write a full address starting with https:// (or http://), or a path of the site starting with /, e.g. /fr/contact/
menu-label-missing = this menu entry has no label in `{ $lang }`
menu-label-missing-help = write its label in every language of the site ({ $languages }), e.g. `label: {"{"} ar: "…", fr: "…" {"}"}`
menu-page-unknown = the menu points to the page `{ $slug }`, which does not exist
menu-page-unknown-help = write the name of a file of content/pages/ without its language and extension (about for about.fr.md)

## aliases:
alias-not-a-path = `{ $alias }` is not an earlier address of this item
alias-not-a-path-help = write its old name (lowercase letters, digits and -), e.g. `aliases: [old-name]`, or its old path from the site's root, e.g. `/fr/stories/old-name/`
alias-taken-by-page = the alias /{ $alias } is the address of a page of the site ({ $other }): the page would be replaced by a redirection
alias-taken-by-alias = the alias /{ $alias } is already an alias of another item ({ $other })
alias-taken-help = remove this alias, or choose an address no page and no other alias has
cms-label-earlier-addresses = Earlier names (after a rename)
cms-hint-earlier-addresses = the old file names of this item, so that links to them still lead here; leave empty if it was never renamed
