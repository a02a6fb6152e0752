# رسائل fadaa باللغة العربية (لموظفي البلديات الذين يحرّرون محتوى الموقع).
# كل معرّف هنا موجود في en.ftl وfr.ftl بالمتغيرات نفسها.

## أجزاء مشتركة

did-you-mean = هل تقصد `{ $name }`؟
unknown-field = حقل غير معروف: `{ $field }`
known-fields = الحقول المعروفة هي: { $fields }
use-one-of = استعمل إحدى القيم التالية: { $choices }
cannot-read = تعذّرت القراءة: { $detail }

## الملفات التي تُنسخ عند إنشاء الموقع


## فحص الروابط الخارجية (check --external)

external-site-unreachable = تعذّر الوصول إلى الموقع { $host } ({ $why })، لذلك لم تُفحص روابطه وعددها { $count }
external-site-unreachable-help = تثبّت من العنوان ومن اتصالك بالإنترنت، أو تجاوز هذا الموقع بالخيار --skip
external-link-gone = الرابط { $url } لا يؤدي إلى أي صفحة، وردّ الخادم هو { $status } (الصفحة لم تعد موجودة)
external-link-broken = الرابط { $url } لا يعمل، وردّ الخادم هو { $status }
external-link-unreachable = تعذّر الوصول إلى الرابط { $url }: { $why }
external-link-gone-on = الرابط { $url } لا يؤدي إلى أي صفحة، وردّ الخادم هو { $status } (الصفحة لم تعد موجودة؛ الرابط موجود في { $page }{ $others ->
    [0] {""}
    [one] {" "}وفي صفحة أخرى
    [two] {" "}وفي صفحتين أخريين
    [few] {" "}وفي { $others } صفحات أخرى
    [many] {" "}وفي { $others } صفحةً أخرى
   *[other] {" "}وفي { $others } صفحة أخرى
})
external-link-broken-on = الرابط { $url } لا يعمل، وردّ الخادم هو { $status } (الرابط موجود في { $page }{ $others ->
    [0] {""}
    [one] {" "}وفي صفحة أخرى
    [two] {" "}وفي صفحتين أخريين
    [few] {" "}وفي { $others } صفحات أخرى
    [many] {" "}وفي { $others } صفحةً أخرى
   *[other] {" "}وفي { $others } صفحة أخرى
})
external-link-unreachable-on = تعذّر الوصول إلى الرابط { $url }: { $why } (الرابط موجود في { $page }{ $others ->
    [0] {""}
    [one] {" "}وفي صفحة أخرى
    [two] {" "}وفي صفحتين أخريين
    [few] {" "}وفي { $others } صفحات أخرى
    [many] {" "}وفي { $others } صفحةً أخرى
   *[other] {" "}وفي { $others } صفحة أخرى
})
external-link-help = افتح العنوان في المتصفح للتثبّت منه، ثم صحّحه، أو ضع رابطًا إلى نسخة مؤرشفة منه، أو احذف الرابط

## الفحص: الروابط داخل الموقع والترجمات

internal-link-missing = الصفحة { $page } فيها رابط إلى `{ $url }`: لا توجد صفحة ولا ملف بهذا العنوان
internal-link-no-anchor = الصفحة { $page } فيها رابط إلى `{ $url }`: لا يوجد في تلك الصفحة عنصر معرّفه (id) هو `{ $anchor }`
internal-link-help = الروابط المكتوبة في المحتوى تُفحص في سطرها؛ أمّا هذا الرابط فمصدره القالب أو البرنامج نفسه
translation-missing = { $kind ->
    [page] الصفحة
   *[story] قصة النجاح
} `{ $slug }` ليست لها نسخة بلغة `{ $lang }`: قرّاء `{ $lang }` يرون النص بلغة `{ $shown }`
translation-missing-help = ترجمها واكتب الترجمة في الملف { $file }
translation-stale = قد تكون هذه النسخة بلغة `{ $lang }` قديمة: النسخة بلغة `{ $newer }` عُدّلت بعدها
translation-stale-help = قارنها بالملف { $file } وحدّث هذه النسخة (ثم ثبّت التعديل (commit)، أو أضف الحقل `updated:`)

## إعدادات الموقع (content/site.yaml)

settings-missing = ملف إعدادات الموقع غير موجود
settings-unreadable = تعذّرت قراءة إعدادات الموقع: { $detail }
settings-missing-help = ضع في مجلد الموقع الملف content/site.yaml واكتب فيه الحقول base_url و default_language و languages؛ وتثبّت من أن الخيار --root يشير إلى مجلد الموقع
url-not-absolute = `{ $url }` ليس عنوان http(s) كاملًا
base-url-help = اكتبه بهذا الشكل: https://reseau-espace-citoyen.example.tn/ أو https://host/reseau/
settings-no-languages = لم تُذكر أي لغة
settings-no-languages-help = اذكر لغة واحدة على الأقل، مثلًا: `ar: { "{" } name: العربية, title: … { "}" }`
not-a-language-code = `{ $value }` ليس رمز لغة
language-code-help = استعمل رمز لغة بحروف لاتينية صغيرة (BCP 47) مثل ar أو fr أو en
settings-default-language-unknown = اللغة الافتراضية `{ $lang }` ليست من بين لغات الموقع
theme-installed = المظاهر الموجودة في المجلد themes/: { $themes }
theme-missing = لا يوجد مظهر باسم `{ $theme }` في المجلد themes/
settings-stories-per-page = يجب ألّا تقلّ قيمة stories_per_page عن 1
keep-not-inside = `keep: { $path }` ليس مسارًا داخل مجلد الإخراج
keep-not-inside-help = اكتب مسارًا نسبةً إلى مجلد الإخراج، بلا `..` ولا يبدأ بالعلامة `/`، مثلًا `.well-known/security.txt`

## العثور على المحتوى (أسماء الملفات والمجلدات)

symlink-in-content = الروابط الرمزية (symbolic links) لا تُتّبع داخل المجلد content/
symlink-in-content-help = انسخ الملف نفسه إلى مجلد الموقع بدلًا من ذلك
input-symlink = هذا الملف رابط رمزي: لا يقرأ fadaa إلا ملفّات الموقع
input-symlink-help = ضع هنا الملف نفسه، لا رابطًا إليه
theme-not-a-name = `theme: { $theme }` ليس اسم مجلّد في themes/
theme-not-a-name-help = اكتب اسم مجلّد سمة (حروف وأرقام و- و_)، مثل `theme: espace`؛ ويُرفض المسار أو الرابط إلى خارج الموقع
file-ignored = هذا الملف ليس من أنواع المحتوى المعروفة، لذلك لا يُؤخذ بعين الاعتبار
file-ignored-help = ضع العناصر في أحد المجلدات: content/pages أو members أو stories أو datasets أو deliverables أو services
dataset-not-folder = مجموعة البيانات مجلد، وليست ملفًا واحدًا
dataset-not-folder-help = ضعها في content/datasets/<slug>/dataset.yaml وضع ملفات البيانات بجانبه
not-yaml-file = `{ $file }` ليس ملف YAML
not-yaml-file-help = سمِّ ملفات المجلد { $folder } بالشكل <slug>.yaml
not-markdown-file = `{ $file }` ليس ملف Markdown
not-markdown-file-help = سمِّ ملفات الصفحات وقصص النجاح بالشكل <slug>.<lang>.md، مثلًا guichet-unique.ar.md
file-name-no-language = اسم الملف لا يذكر لغته
file-name-no-language-help = سمِّ الملف { $name } (اللغات: { $languages })
not-a-site-language = `{ $lang }` ليست من لغات هذا الموقع
file-name-language-help = استعمل في اسم الملف إحدى اللغات: { $languages }
slug-invalid = `{ $slug }` ليس معرّفًا (slug) صالحًا
slug-help = استعمل حروفًا لاتينية صغيرة وأرقامًا والعلامة `-` فقط، مثلًا guichet-unique
slug-help-suggested = استعمل حروفًا لاتينية صغيرة وأرقامًا والعلامة `-` فقط: `{ $slug }`
name-reserved = لا يصلح `{ $name }` اسمًا: يحجز نظام Windows الاسم `{ $device }` لجهاز، ولا يمكن نسخ موقع فيه هذا الاسم إلى حاسوب يعمل بنظام Windows
name-reserved-help = غيّر الاسم بإضافة كلمة أو رقم، مثلًا `{ $example }`

## قراءة الملفات

front-matter-missing = رأس الملف (الحقول بين سطرين `---`) غير موجود
front-matter-empty-file-help = الملف فارغ: ابدأه بسطر فيه `---`، ثم الحقول (title: …)، ثم سطر آخر فيه `---`
front-matter-missing-help = ابدأ الملف بسطر فيه `---`، ثم الحقول (title: …)، ثم سطر آخر فيه `---`، ثم النص
front-matter-unclosed = رأس الملف لم يُغلق
front-matter-unclosed-help = أضف سطرًا فيه `---` بعد آخر حقل، قبل النص
not-utf8 = الملف ليس بترميز UTF-8 صالح
not-utf8-help = احفظ الملف بترميز UTF-8 (في أغلب برامج التحرير: Save as… › Encoding › UTF-8)
written-in-yaml = ملفات المجلد { $folder } تُكتب بصيغة YAML، لا بصيغة Markdown
not-page-or-story = ليس صفحة ولا قصة نجاح
text-too-large = حجم هذا الملف { $size }؛ والحدّ الأقصى لحجم ملف Markdown أو YAML هو { $limit }
text-too-large-help = قسّم النص على عدة صفحات، أو انشر البيانات الكبيرة في ملف ضمن مجموعة بيانات
data-too-large = حجم هذا الملف { $size }؛ والحدّ الأقصى لحجم الملف المنشور هو { $limit }
data-too-large-help = ضع الملف على موقع لاستضافة الملفات، وضع رابطًا إليه في وصف مجموعة البيانات

## YAML

yaml-empty-file = الملف فارغ
yaml-empty-file-help = اكتب حقول العنصر بصيغة YAML كما هو مشروح في دليل التحرير
yaml-too-deep = يتداخل هذا الملف على أكثر من { $max } مستوى: لا يحتاج أيّ ملف من الموقع إلى ذلك
yaml-too-deep-help = راجع من هنا الأقواس [ ] و{"{"} {"}"} والشرطات والمسافات في أوّل الأسطر
markdown-html-too-deep = تتداخل شيفرة HTML في هذا النصّ على أكثر من { $max } مستوى
markdown-html-too-deep-help = أغلق كلّ وسم تفتحه (</div>)، أو اكتب النصّ بلغة Markdown
yaml-alias-bomb = ملف YAML يكرّر الإحالات (`*name`) مرات كثيرة جدًا
yaml-alias-bomb-help = اكتب القيم كاملة بدل استعمال العلامات (&name) والإحالات (*name)
yaml-tab = هذا السطر مُزاح بعلامة جدولة (Tab)
yaml-tab-help = في YAML تكون الإزاحة بالمسافات فقط: عوّض علامة الجدولة (Tab) بمسافتين
yaml-over-indented = مسافة البداية قبل `{ $key }` أكبر منها قبل `{ $above }` في السطر الذي فوقه
yaml-over-indented-help = حقول المجموعة الواحدة تبدأ في العمود نفسه: اجعل مسافة البداية قبل `{ $key }` مثلها قبل `{ $above }`
yaml-unclosed-quote = علامة التنصيص في هذا النص لم تُغلق
yaml-unclosed-quote-help = أضف علامة التنصيص `{ $quote }` في آخر القيمة لإغلاقها، أو احذف علامة التنصيص الأولى
yaml-duplicate-field = الحقل `{ $field }` مكرّر
yaml-duplicate-field-help = الحقل `{ $field }` مذكور من قبل في السطر { $line }؛ احتفظ بواحد فقط
field-empty = الحقل `{ $field }` فارغ
yaml-not-fields-list = { $what ->
    [file] الملف
   *[front-matter] رأس الملف
} يجب أن يتكوّن من حقول ({ $what ->
    [file] `name: …`
   *[front-matter] `title: …`
})، لا من قائمة
yaml-not-fields-list-help = احذف `- ` من بداية كل سطر
yaml-not-fields-text = { $what ->
    [file] الملف
   *[front-matter] رأس الملف
} يجب أن يتكوّن من حقول ({ $what ->
    [file] `name: …`
   *[front-matter] `title: …`
})، لا من نص عادي
yaml-not-fields-story-help = اكتب `title: ` قبل العنوان، ثم اكتب `date:` و `member:` كلًّا منهما في سطر مستقل
yaml-not-fields-page-help = اكتب `title: ` قبل العنوان
yaml-not-fields-help = اكتب كل حقل في سطر مستقل بالشكل `key: value` (اسم الحقل، ثم النقطتان، ثم مسافة، ثم القيمة)
unknown-choice = لا يمكن أن تكون قيمة `{ $field }` هي `{ $value }`
missing-field = الحقل `{ $field }` غير موجود
missing-field-help = أضف السطر `{ $line }`
yaml-unreadable = تعذّرت قراءة YAML في هذا الموضع: { $detail }
yaml-unreadable-help = تثبّت من علامات التنصيص والنقطتين (:) ومسافات البداية في هذا السطر وفي السطر الذي فوقه
type-mismatch = المطلوب هنا { $expected ->
    [text] نص
    [list] قائمة
    [boolean] true أو false
    [number] عدد
    [whole-number] عدد صحيح
    [location] مجموعة حقول فيها `lat` و `lon`
    [map] حقول (مجموعة حقول)
    [translated] نص، أو نص لكل لغة
   *[other] نوع آخر من القيم
}، لكن { $found ->
    [text] المكتوب هو النص «{ $value }»
    [list] المكتوب قائمة
    [map] المكتوب حقول (مجموعة حقول)
    [nothing] لم يُكتب شيء
    [number] المكتوب هو العدد { $value }
    [boolean] المكتوب هو `{ $value }`
   *[other] المكتوب هو { $value }
}
type-mismatch-at = { $path }: المطلوب هنا { $expected ->
    [text] نص
    [list] قائمة
    [boolean] true أو false
    [number] عدد
    [whole-number] عدد صحيح
    [location] مجموعة حقول فيها `lat` و `lon`
    [map] حقول (مجموعة حقول)
    [translated] نص، أو نص لكل لغة
   *[other] نوع آخر من القيم
}، لكن { $found ->
    [text] المكتوب هو النص «{ $value }»
    [list] المكتوب قائمة
    [map] المكتوب حقول (مجموعة حقول)
    [nothing] لم يُكتب شيء
    [number] المكتوب هو العدد { $value }
    [boolean] المكتوب هو `{ $value }`
   *[other] المكتوب هو { $value }
}
type-location-help = اكتبه بهذا الشكل: location: { "{" } lat: { $lat }, lon: { $lon } { "}" }
type-text-help = اكتب نصًا واحدًا؛ وضعه بين علامتي تنصيص إذا كان فيه `:` أو كان يبدأ بـ `[` أو `{ "{" }`
type-list-help = اكتبه في شكل قائمة: [first, second]، أو اكتب كل عنصر في سطر مستقل بالشكل `- item`
type-boolean-help = اكتب true أو false، دون علامات تنصيص
type-number-help = اكتب العدد دون علامات تنصيص، واستعمل النقطة لا الفاصلة في الكسور العشرية (36.8)
type-whole-number-help = اكتب العدد بالأرقام فقط، دون علامات تنصيص
type-fee-help = اكتب المعلوم بالدينار عددًا دون علامات تنصيص (2 أو 1.500)؛ واكتب 0 إن كانت الخدمة مجانية، ووضّح ذلك في `fee_note`
type-translated-help = اكتب نصًا واحدًا، أو نصًا لكل لغة: { "{" } ar: …, fr: … { "}" }

## التواريخ

date-empty = التاريخ فارغ
date-empty-help = اكتب التاريخ بالشكل YYYY-MM-DD (السنة ثم الشهر ثم اليوم)، مثلًا 2024-03-01
date-format-help = اكتبه بالشكل YYYY-MM-DD (السنة ثم الشهر ثم اليوم)، مثلًا 2024-03-01
date-invalid = `{ $value }` ليس تاريخًا صالحًا
date-no-month = `{ $value }` ليس تاريخًا صالحًا: لا يوجد شهر رقمه { $month }
date-short-month = `{ $value }` ليس تاريخًا صالحًا: شهر { $month ->
    [1] جانفي
    [2] فيفري
    [3] مارس
    [4] أفريل
    [5] ماي
    [6] جوان
    [7] جويلية
    [8] أوت
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year } عدد أيامه { $days }
date-guess = `{ $value }` ليس مكتوبًا بالشكل YYYY-MM-DD: إذا كنت تقصد { $day } { $month ->
    [1] جانفي
    [2] فيفري
    [3] مارس
    [4] أفريل
    [5] ماي
    [6] جوان
    [7] جويلية
    [8] أوت
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }، فاكتب { $iso }
reference-not-language = `{ $value }` ليس رمز لغة: اكتب إمّا نصًا لكل لغة، وإمّا `name:`

## المظاهر والقوالب

template-error = خطأ في القالب: { $detail }

## إنشاء عنصر جديد (fadaa new)

new-exists = الملف { $file } موجود من قبل: الأمر fadaa new لا يكتب أبدًا فوق ملف موجود
new-exists-help = اختر معرّفًا (slug) آخر، أو عدّل الملف الموجود

## المراجع والأعضاء وقصص النجاح ومجموعات البيانات والمنجزات

page-slug-reserved = معرّف الصفحة `{ $slug }` يستعمله قسم من أقسام الموقع نفسه
page-slug-reserved-help = غيّر اسم الملف؛ المعرّفات المحجوزة: { $reserved }
reference-key-invalid = `{ $key }` ليس رمزًا صالحًا
reference-key-invalid-help = اكتب الرموز بحروف لاتينية صغيرة وأرقام والعلامة `-`، مثل المعرّفات (slug)
slug-twice-in-lang = في المجلد { $kind } عنصران لهما المعرّف نفسه `{ $slug }` باللغة { $lang }
slug-twice = في المجلد { $kind } عنصران لهما المعرّف نفسه `{ $slug }`
slug-twice-help = الملف { $file } يستعمله أيضًا؛ غيّر اسم أحد الملفين أو احذفه
member-name-twice = `{ $name }` مستعمل من قبل اسمًا للعضو `{ $first }` ({ $lang })
member-name-twice-help = أعطِ كل عضو اسمًا مختلفًا، مثلًا بإضافة اسم ولايته
reference-unknown = { $kind ->
    [governorate] ولاية غير معروفة
    [service] خدمة غير معروفة
    [committee] لجنة غير معروفة
   *[tag] وسم غير معروف
}: `{ $key }`
reference-list-empty = الملف content/{ $file } غير موجود أو فارغ
reference-use-key = استعمل رمزًا من الرموز المذكورة في الملف content/{ $file }
service-sheet-unknown = `{ $key }` ليست خدمة من خدمات الملف content/services.yaml
service-sheet-unknown-rename = غيّر اسم الملف إلى { $key }.yaml، وهو رمز هذه الخدمة في الملف content/services.yaml
service-sheet-unknown-help = أضف الخدمة إلى الملف content/services.yaml بهذا الرمز، أو غيّر اسم الملف إلى رمز من رموز تلك القائمة
service-note-not-offered = يتحدّث `service_notes` عن `{ $key }`، وهي ليست من خدمات هذا الفضاء المذكورة في `services`
service-note-not-offered-help = أضف { $key } إلى `services`، أو احذف ملاحظتها
service-note-twice = يتحدّث `service_notes` عن `{ $key }` مرّتين
service-note-twice-help = احتفظ بملاحظة واحدة لهذه الخدمة تجمع كل شيء
fee-invalid = `{ $fee }` ليس معلومًا بالدينار
fee-help = اكتب المعلوم بالدينار، صفرًا أو أكثر، بثلاثة أرقام بعد الفاصل على الأكثر (المليمات): 2 أو 1.500؛ واكتب 0 إن كانت الخدمة مجانية
event-time-invalid = `{ $value }` ليس تاريخًا مع ساعة: اكتبه بالشكل 2026-03-14 09:00 (بتوقيت تونس)، أو مع فارق التوقيت 2026-03-14T09:00+01:00
event-ends-before-start = ينتهي النشاط قبل أن يبدأ (أو في لحظة بدايته)
event-ends-before-start-help = راجع `start` و`end`: اكتب في `end` يوم انتهاء النشاط وساعته، بعد `start`
event-place-unknown = `{ $slug }` ليس عضوًا في الشبكة: اكتب في `place` اسم ملف عضو أو عنوانًا مع موقعه
event-place-help = اكتب اسم ملف من content/members/ دون .yaml (place: sfax)، أو عنوانًا مع إحداثياته داخل تونس (place: {"{"} address: …, location: {"{"} lat: 36.8, lon: 10.18 {"}"} {"}"})
event-registration-help = اكتب العنوان الكامل لاستمارة التسجيل، بدءًا بـ https://
member-empty-help = اكتب معرّف ملف من المجلد content/members/ (اسمه دون .yaml)
member-unknown = عضو غير معروف: `{ $slug }`
member-unknown-help = استعمل معرّف ملف من المجلد content/members/ (اسمه دون .yaml)
file-empty-help = اكتب اسم ملف موجود في مجلد العنصر أو في assets/، أو احذف السطر
file-outside-site = `{ $file }` يشير إلى مكان خارج الموقع
file-outside-site-help = اكتب اسم ملف في مجلد العنصر، أو مسارًا داخل assets/ يبدأ بـ /
file-is-address = `{ $file }` عنوان على موقع آخر، وليس ملفًّا من هذا الموقع
file-is-address-help = نزّل الملف، وضعه في مجلد العنصر، واكتب اسمه (مثل photo.jpg)
file-missing = الملف `{ $file }` غير موجود
file-missing-asset-help = ضعه في { $path }
file-missing-bundle-help = ضعه في المجلد { $folder }
tags-too-many = لقصة النجاح هذه { $count ->
    [one] وسم واحد
    [two] وسمان
    [few] { $count } وسوم
    [many] { $count } وسمًا
   *[other] { $count } وسم
}
tags-too-many-help = لا يمكن أن يتجاوز عدد وسوم قصة النجاح { $limit }: احتفظ بالوسوم التي قد يبحث عنها القارئ
tag-invalid = `{ $tag }` ليس وسمًا صالحًا
tag-invalid-help = اكتب الوسم رمزًا مثل `open-data`: `{ $key }`
tag-no-label = الوسم `{ $tag }` ليس له اسم
tag-no-label-help = أضفه إلى content/tags.yaml مع اسمه بكل لغة
location-swapped-help = يبدو أن خط العرض وخط الطول مقلوبان: ضع في lat قيمة بين 30 و 37.5 تقريبًا، وفي lon قيمة بين 7.5 و 11.6 تقريبًا
location-outside-help = تقع تونس بين خطَّي العرض 30.2 و 37.6 وخطَّي الطول 7.5 و 11.7: تثبّت من الإحداثيات
location-outside = الموقع الجغرافي ({ $lat }، { $lon }) خارج تونس
location-in-other-help = النقطة تقع في `{ $governorate }`: تثبّت من الإحداثيات أو من الولاية
location-at-sea-help = النقطة خارج كل الولايات (في البحر؟): تثبّت من الإحداثيات
location-not-in-governorate = الموقع الجغرافي ليس داخل الولاية `{ $governorate }`
phone-invalid = `{ $phone }` ليس رقم هاتف
phone-invalid-help = اكتب أرقامًا ومسافات، مع + في البداية قبل رمز البلد: +216 74 000 000
email-invalid = `{ $email }` ليس عنوان بريد إلكتروني
email-invalid-help = اكتبه بهذا الشكل: espace.citoyen@commune.tn
website-help = اكتبه بهذا الشكل: https://www.commune-sfax.gov.tn
dataset-no-resources = مجموعة البيانات هذه ليس فيها أي ملف (resources)
dataset-no-resources-help = اذكر ملفاتها تحت الحقل resources: بسطر - file: name.csv لكل ملف
dataset-file-absolute = ملفات مجموعة البيانات توضع بجانب الملف dataset.yaml
dataset-file-absolute-help = اكتب اسم الملف فقط
dataset-frequency-unknown = `{ $value }` ليست دورية تحيين يعرفها fadaa: تعرضها الصفحة كما كُتبت، ويُسقطها فهرس البيانات المفتوحة
dataset-frequency-unknown-help = اكتب إحدى هذه القيم: continuous أو daily أو weekly أو monthly أو quarterly أو biannual أو annual أو irregular
dataset-column-unknown = `{ $column }` ليس عمودًا في { $file }
dataset-column-unknown-help = أعمدته هي: { $columns }
dataset-chart-not-numeric = العمود `{ $column }` المختار للرسم البياني لا يحتوي على أعداد
dataset-chart-not-numeric-help = اختر لـ`y` عمودًا من الأعداد: { $columns }
deliverable-no-date = المنجز المنشور يحتاج إلى تاريخ نشره
deliverable-no-date-help = أضف `published: YYYY-MM-DD`
deliverable-date-unpublished = لهذا المنجز تاريخ نشر، لكنه غير منشور
deliverable-date-unpublished-help = ضع `status: published`، أو احذف `published`
deliverable-published-empty = المُخرَج المنشور يحتاج إلى ما يُقرأ: ملف أو رابط
deliverable-published-empty-help = أضف وثائقه تحت `files:`، أو عنوانه بالشكل `link: https://…`؛ وإن لم يصدر بعد فاكتب `status: in-progress`
deliverable-link-help = اكتب العنوان كاملًا، مثل https://www.fnct.tn/guide
output-busy = بناء آخر لـ fadaa يكتب { $path } الآن
output-busy-help = انتظر حتى ينتهي، ثمّ أعد البناء: سيكون الموقع الذي يكتبه كاملًا، ولم يتغيّر شيء
file-kind-refused = لا يُنشر ملف `.{ $ext }` من مجلّد نصّ: قد يشغّل برنامجًا نصيًّا على الموقع
file-kind-refused-help = انشر صورًا أو وثائق أو بيانات ({ $kinds })؛ احذف هذا الملف، أو اجعل محتواه في شكل آخر (ملف PDF، صفحة من الموقع)
file-svg-active = يحتوي ملف SVG هذا على { $what }: قد يشغّل برنامجًا نصيًّا أو يحمّل موقعًا آخر، ولذلك لا يُنشر
file-svg-active-help = صدّر الرسم من جديد في شكل SVG بسيط (دون برامج نصية ولا روابط ولا صفحة مدمجة)، أو في شكل PNG
license-help = اكتب رمز رخصة مثل CC-BY-4.0 أو CC0-1.0 أو ODbL-1.0
license-unknown = `{ $id }` ليست رخصة يعرفها fadaa: تثبّت منها في spdx.org/licenses
license-invalid = `{ $id }` ليس رمز رخصة SPDX
title-empty = العنوان فارغ
title-empty-help = اكتب العنوان بعد `title:`
hours-help = اكتب أوقات العمل بصيغة opening_hours في OpenStreetMap، مثلًا Mo-Fr 08:00-12:30,14:00-17:30; Sa 08:00-12:00; PH off

## أوقات العمل

hours-empty = أوقات العمل غير صالحة: لم تُكتب أي أوقات؛ اكتبها بهذا الشكل: Mo-Fr 08:00-17:00
hours-expected = أوقات العمل غير صالحة: المطلوب هنا { $what ->
    [rule-separator] `;` للفصل بين القواعد
    [dash] `-` بين وقتين، كما في 08:00-12:30
    [month] شهر (Jan … Dec)
   *[day] يوم (Mo Tu We Th Fr Sa Su)
}
hours-not-name = أوقات العمل غير صالحة: `{ $word }` ليس { $what ->
    [month] شهرًا (Jan … Dec)
   *[day] يومًا (Mo Tu We Th Fr Sa Su)
}
hours-not-day-or-month = أوقات العمل غير صالحة: `{ $word }` ليس يومًا ولا شهرًا: استعمل Mo Tu We Th Fr Sa Su، أو Jan … Dec، أو PH (العطل الرسمية)، أو off (مغلق)
hours-close-before-open = أوقات العمل غير صالحة: يجب أن يكون وقت الإغلاق بعد وقت الفتح
hours-comma-before-rule = أوقات العمل غير صالحة: استعمل `;` لبدء قاعدة جديدة (الفاصلة `,` تفصل بين فترتين في اليوم نفسه)
hours-overlap = أوقات العمل غير صالحة: الفترات متداخلة أو غير مرتّبة
hours-bad-time = أوقات العمل غير صالحة: المطلوب وقت مثل 08:00 (رقمان، ثم النقطتان، ثم رقمان)
hours-not-time-of-day = أوقات العمل غير صالحة: { $time } ليس وقتًا صحيحًا من اليوم
hours-hint = اكتبها بطريقة OpenStreetMap: `{ $osm }` (الأيام Mo Tu We Th Fr Sa Su، والأوقات 08:00-17:00)

## الروابط والإحالات داخل النصوص

anchor-unknown = `#{ $anchor }` ليس عنوانًا فرعيًا في { $item } ({ $lang })
anchor-no-headings-help = ليس فيه أي عنوان فرعي: ضع الرابط إليه دون `#{ $anchor }`
anchor-headings-help = عناوينه الفرعية هي: { $headings }
link-scheme-refused = لا يُسمح في الروابط باستعمال `{ $scheme }:`
link-scheme-refused-help = استعمل عنوانًا يبدأ بـ https:// أو mailto: أو tel:، أو ملفًا من ملفات الموقع
link-asset-missing = `{ $path }` غير موجود في assets/
link-asset-missing-help = ضع الملف في { $path }
link-outside-help = ضع رابطًا إلى ملف داخل content/ أو assets/
link-missing = `{ $dest }` غير موجود
link-missing-help = ضع رابطًا إلى ملف محتوى (principles.md، ../members/sfax.yaml) أو إلى ملف في مجلد العنصر
link-unpublished = `{ $dest }` غير منشور
link-unpublished-help = تثبّت من هذا العنصر: قد يكون مسودة، أو تاريخه في المستقبل، أو فيه خطأ خاص به
link-no-such-item-help = تثبّت من المعرّف: لا يوجد في content/{ $folder } أي عنصر معرّفه `{ $slug }`
heading-attribute-dropped = الخاصية `{ $name }` غير مسموح بها في العنوان، لذلك حُذفت
heading-attribute-help = استعمل في العنوان فقط { "{" }#id{ "}" } أو { "{" }.class{ "}" } أو { "{" }lang=ar{ "}" } أو { "{" }dir=rtl{ "}" }
image-missing-help = ضع الصورة في assets/ واكتب `{ $asset }`
image-missing-bundle-help = ضع الصورة بجانب { $file }، أو ضعها في assets/ واكتب `{ $asset }`
image-missing-flat-help = ضع الصورة في assets/ واكتب `{ $asset }`، أو اجعل قصة النجاح في مجلد خاص بها ({ $bundle }) وضع الصورة بجانبها

## الرموز المختصرة (shortcodes)، والصور من مواقع أخرى

shortcode-unknown = لا يوجد رمز مختصر اسمه `{ $name }`
shortcode-is-block = `{ $name }` يحتوي نصًّا: يُكتب في شكل كتلة
shortcode-is-block-help = اكتب `{ "{%" } { $name }(…) { "%}" }` في سطر، ثم النصّ في الأسطر التالية، ثم `{ "{%" } end { "%}" }` في سطر وحده
shortcode-is-inline = `{ $name }` لا يحتوي نصًّا: ليس كتلة
shortcode-is-inline-help = اكتب `{ "{{" } { $name }(…) { "}}" }` في سطر وحده، دون `{ "{%" } end { "%}" }`
shortcode-not-closed = الرمز المختصر `{ $name }` غير مغلق بـ `{ $close }`
shortcode-syntax-help = اكتبه مثل `{ $example }`: كلّ وسيط في شكل name="القيمة"، وافصل بين الوسائط بفواصل، داخل القوسين
shortcode-argument-expected = ينقص هنا اسم أحد الوسائط
shortcode-equals-expected = يجب أن تأتي بعد `{ $name }` علامة = ثم قيمته بين علامتَي تنصيص
shortcode-value-help = اكتب { $name }="…" بعلامتَي التنصيص المستقيمتين "
shortcode-comma-expected = افصل بين الوسائط بفاصلة ,
shortcode-curly-quotes = قيمة `{ $name }` بين علامات تنصيص منحنية (“ ” أو « »)
shortcode-value-not-quoted = قيمة `{ $name }` ليست بين علامتَي تنصيص
shortcode-quote-not-closed = علامة التنصيص التي فُتحت لـ `{ $name }` لم تُغلق
shortcode-unknown-argument = ليس لـ `{ $name }` وسيط اسمه `{ $argument }`
shortcode-known-arguments-help = وسائط { $name } هي: { $arguments }
shortcode-argument-twice = الوسيط `{ $name }` مكتوب مرّتين
shortcode-argument-twice-help = احتفظ بواحد منهما واحذف الآخر
shortcode-missing-argument = يحتاج `{ $name }` إلى الوسيط `{ $argument }`
shortcode-missing-argument-help = أضف { $example } داخل القوسين
shortcode-value-empty = `{ $argument }` فارغ
shortcode-value-empty-help = اكتب نصًّا قصيرًا بين علامتَي التنصيص في { $argument }
shortcode-alt-empty-help = صِف في جملة واحدة ما تُظهره الصورة، للقرّاء الذين لا يرونها
shortcode-bad-value = لا يمكن أن تكون قيمة `{ $argument }` هي `{ $value }`
shortcode-video-host = `{ $url }` ليس فيديو على YouTube أو Vimeo
shortcode-video-host-help = انسخ عنوان صفحة الفيديو على YouTube (https://www.youtube.com/watch?v=…) أو Vimeo (https://vimeo.com/…)؛ ولفيديو على موقع آخر، ضع رابطًا عاديًّا إليه
shortcode-member-unknown = لا يوجد عضو معرّفه `{ $slug }`
shortcode-member-unknown-help = اكتب اسم ملف العضو في content/members/ دون ‎.yaml (sfax للملف sfax.yaml)
shortcode-not-image = `{ $file }` ليس صورة
shortcode-not-image-help = اختر صورة (.jpg أو .png أو .webp) أو رسمًا (.svg)؛ ولتقديم ملف آخر، استعمل `{ "{{" } download(file="…") { "}}" }`
shortcode-file-flat-help = ليس لهذا النصّ مجلد خاص به: ضع الملف في assets/ واكتب `{ $asset }`، أو اجعل النصّ في مجلد ({ $bundle }) وضع الملف بجانبه
shortcode-image-external-help = نزّل الصورة، وضعها في مجلد النصّ، واكتب اسم ملفها، مثل src="photo.jpg"
shortcode-in-field = الرمز المختصر `{ $name }` مكتوب في حقل: الرموز المختصرة لا تعمل إلا في نصّ صفحة أو قصة نجاح
shortcode-in-field-help = انقله إلى نصّ صفحة أو قصة نجاح، أو احذفه
shortcode-nested = لا يمكن أن تحتوي كتلةٌ كتلةً أخرى
shortcode-nested-help = أغلق الكتلة الأولى بـ `{ "{%" } end { "%}" }` قبل أن تفتح التالية
shortcode-end-alone = هذا الـ `{ "{%" } end { "%}" }` لا يغلق أيّ كتلة
shortcode-end-alone-help = احذفه، أو افتح الكتلة فوقه بـ `{ "{%" } callout(kind="note") { "%}" }`
shortcode-not-ended = الكتلة `{ $name }` لم تُغلق
shortcode-not-ended-help = أضف `{ "{%" } end { "%}" }` في سطر وحده بعد نصّ الكتلة { $name }
shortcode-not-alone = الرمز المختصر `{ $name }` يشارك سطرَه نصٌّ آخر
shortcode-not-alone-help = ضع الرمز المختصر في سطر وحده، دون أيّ شيء قبله أو بعده في ذلك السطر
image-external = الصورة `{ $url }` موجودة على موقع آخر: عرضها يُخبر ذلك الموقع بمن يقرأ هذه الصفحة
image-external-help = نزّل الصورة، وضعها بجانب النصّ (أو في assets/)، واكتب اسم ملفها؛ وإن قبلت الجامعة الصور من مواقع أخرى، فهي تكتب allow_external_images: true في content/site.yaml
theme-shortcode-missing = ليس في المظهر قالب { $template } للرمز المختصر `{ $name }`
theme-shortcode-missing-help = أضف { $template } إلى مجلد templates/ في المظهر (أو في الموقع)

## إنشاء صفحات الموقع وكتابة النتيجة

render-failed = تعذّر إنشاء { $page } ({ $template }): { $detail }
render-failed-help = قارن القالب بالمتغيرات المشروحة في docs/theme.md
output-not-ours = مجلد الإخراج { $folder } موجود ولم ينشئه fadaa؛ لذلك تُرك كما هو
output-not-ours-help = اختر مجلدًا آخر بالخيار --output، أو انقل ذلك المجلد إلى مكان آخر
output-inside-input = مجلد الإخراج { $output } موجود داخل { $input } الذي يقرأ منه البناء: سيقرأ كل بناء إخراجَ البناء الذي سبقه
output-holds-input = مجلد الإخراج { $output } يحتوي { $input } الذي يقرأ منه البناء، والبناء يستبدل مجلد الإخراج كاملًا
output-place-help = اختر مجلد إخراج خارج content/ وthemes/ وtemplates/ وi18n/ وassets/، مثلًا public/ داخل مجلد الموقع (وهو الافتراضي)
output-io = { $what ->
    [create-parent] تعذّر إنشاء المجلد الذي يحتوي مجلد الإخراج
    [clear-unfinished] تعذّر حذف بقايا إنشاء سابق لم يكتمل
    [create] تعذّر إنشاء
    [write] تعذّرت كتابة
    [copy] تعذّر نسخ
    [remove] تعذّر حذف
    [keep] تعذّر نقل ما يُحفظ من الإخراج السابق
    [compress] تعذّر ضغط
    [move-aside] تعذّر نقل الإخراج السابق جانبًا
   *[move-in] تعذّر نقل الإخراج الجديد إلى مكانه
} { $path }: { $detail }

## ملفات البيانات (مجموعات البيانات)

csv-french-excel = ملف CSV هذا محفوظ ببرنامج Excel بالإعدادات الفرنسية (`;` بين الحقول، والفاصلة في الكسور العشرية): سيُنشر بعد تحويله إلى الفاصلة `,` بين الحقول والنقطة في الكسور العشرية
csv-french-excel-help = لنشره كما هو تمامًا، احفظه بصيغة "CSV UTF-8 (comma delimited)"؛ وتثبّت من الملف المحوَّل في صفحة مجموعة البيانات
csv-french-excel-large = ملف CSV الكبير هذا فيه `;` بين الحقول (Excel بالإعدادات الفرنسية): سيُنشر في شكل عمود واحد
csv-french-excel-large-help = احفظه من جديد بصيغة "CSV UTF-8 (comma delimited)"، أو قسّمه إلى ملفات أصغر
stream-not-utf8 = هذا الملف (حجمه { $size }) ليس بترميز UTF-8 عادي (فيه ترميز آخر، أو علامة ترتيب البايتات BOM)
stream-as-is-help = الملفات التي يتجاوز حجمها { $limit } تُنشر كما هي تمامًا: احفظه من جديد بترميز UTF-8 (دون BOM)، أو قسّمه
encoding-bom-removed = حُذفت علامة ترتيب البايتات (BOM) من بداية الملف
encoding-converted = حُوِّل الملف من الترميز { $encoding } إلى UTF-8
encoding-converted-1256 = حُوِّل الملف من الترميز Windows-1256 (ترميز Windows العربي) إلى UTF-8
csv-row-length = عدد الحقول في هذا الصف { $len }، وعددها في سطر العناوين { $expected }
csv-unreadable = تعذّرت قراءة ملف CSV: { $detail }
csv-row-length-help = اجعل في كل صف عدد الحقول نفسه الموجود في سطر العناوين، مفصولة بالفاصلة؛ وضع بين علامتي تنصيص كل حقل فيه فاصلة

## نصوص الواجهة والصور

ui-string-missing = نص الواجهة `{ $key }` غير موجود للغة `{ $lang }`
ui-string-missing-help = أضفه، أو عرّفه في المجلد i18n/ الخاص بالموقع: يجب أن تحتوي كل لغة على النصوص نفسها
ui-string-key-not-text = يجب أن تكون أسماء نصوص الواجهة نصوصًا
ui-string-not-text = `{ $key }` يجب أن يكون نصًا
image-unreadable = تعذّرت قراءة هذه الصورة: { $detail }
image-unreadable-help = احفظها من جديد بصيغة JPEG أو PNG
image-too-many-pixels = حجم هذه الصورة { $width } × { $height } بكسل: أكبر من أن يُعاد تحجيمها
image-too-many-pixels-help = احفظها بعرض 8000 بكسل على الأكثر (60 مليون بكسل في المجموع)؛ فالصورة للويب لا تحتاج إلى أكثر من 2000

## نافذة الأوامر: التسميات وأسطر الملخّص

label-error = خطأ
label-warning = تنبيه
label-note = ملاحظة
label-help = الحل
build-progress = جارٍ إنشاء الموقع…
build-done = أُنشئ الموقع في { $output } خلال { $ms } ميلي ثانية: { $pages ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحةً
   *[other] { $pages } صفحة
} ({ $per_lang })، وعدد الملفات المنسوخة { $copied }{ $warnings ->
    [0] {""}
    [one] ، مع تنبيه واحد
    [two] ، مع تنبيهين
    [few] ، مع { $warnings } تنبيهات
    [many] ، مع { $warnings } تنبيهًا
   *[other] ، مع { $warnings } تنبيه
}
build-files = عدد الملفات المُنشأة { $generated }، والمنسوخة { $copied }؛ صور الغلاف: المعاد تحجيمها { $resized }، والمأخوذة من الذاكرة المؤقتة { $cached }
build-failed = فشل إنشاء الموقع: { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}؛ لم يُكتب أي شيء، والنتيجة السابقة بقيت كما هي
build-unchanged = لم يتغيّر شيء منذ آخر إنشاء: صفحات { $output } (وعددها { $pages }) محدَّثة (استغرق الفحص { $ms } ميلي ثانية؛ استعمل --force لإعادة الإنشاء){ $warnings ->
    [0] {""}
    [one] ؛ وكان في ذلك الإنشاء تنبيه واحد (يعرضه `fadaa check`)
    [two] ؛ وكان في ذلك الإنشاء تنبيهان (يعرضهما `fadaa check`)
    [few] ؛ وكان في ذلك الإنشاء { $warnings } تنبيهات (يعرضها `fadaa check`)
    [many] ؛ وكان في ذلك الإنشاء { $warnings } تنبيهًا (يعرضها `fadaa check`)
   *[other] ؛ وكان في ذلك الإنشاء { $warnings } تنبيه (يعرضها `fadaa check`)
}
check-drafts = { $count ->
    [one] فُحصت أيضًا مسودة واحدة (draft: true): الأمر `fadaa build` لا ينشرها
    [two] فُحصت أيضًا مسودتان (draft: true): الأمر `fadaa build` لا ينشرهما
    [few] فُحصت أيضًا { $count } مسودات (draft: true): الأمر `fadaa build` لا ينشرها
    [many] فُحصت أيضًا { $count } مسودةً (draft: true): الأمر `fadaa build` لا ينشرها
   *[other] فُحصت أيضًا { $count } مسودة (draft: true): الأمر `fadaa build` لا ينشرها
}
check-summary = تمّ فحص { $root }: { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $warnings } تنبيهات
    [many] { $warnings } تنبيهًا
   *[other] { $warnings } تنبيه
}
check-missing-translations = ترجمات ناقصة: { $list }
new-kind-unknown = `{ $kind }` ليس نوعًا من أنواع العناصر
new-cannot-write = تعذّرت كتابة { $file }: { $detail }
new-wrote = أُنشئ الملف { $file }
new-story-draft = قصة النجاح مسودة (draft: true): يعرضها الأمر `fadaa serve`؛ احذف ذلك السطر لنشرها
new-fill-in = عوّض كل … بنصّك؛ والأمر `fadaa check` يبيّن ما بقي ناقصًا
serve-listening = المعاينة متاحة على { $url } (تظهر المسودات والعناصر ذات التاريخ المستقبلي؛ اضغط Ctrl-C للإيقاف)
serve-built = أُنشئ الموقع خلال { $ms } ميلي ثانية: { $pages ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحةً
   *[other] { $pages } صفحة
}
serve-rebuilt = أُعيد إنشاء الموقع خلال { $ms } ميلي ثانية: نصوص Markdown المعالَجة { $texts } من { $all_texts }، والصفحات المُنشأة { $rendered } من { $pages }{ $removed ->
    [0] {""}
   *[other] ، والملفات المحذوفة { $removed }
}، والصفحات المتغيّرة { $changed }{ $list }
serve-failed = فشل إنشاء الموقع: { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}؛ ما زالت المعاينة تعرض آخر نسخة سليمة
serve-cannot = خطأ: تعذّر تشغيل المعاينة: { $detail }
serve-exposed = تنبيه: المعاينة مفتوحة للشبكة على { $urls }: يستطيع كل من يتصل بهذه الشبكة فتح الموقع، بما فيه المسودات والعناصر ذات التاريخ المستقبلي. لإبقائها خاصة، أوقف المعاينة بالضغط على Ctrl-C ثم شغّلها من جديد دون الخيار --bind
serve-exposed-everywhere = تنبيه: المعاينة مفتوحة على كل الشبكات التي يتصل بها هذا الحاسوب: يستطيع كل من يتصل بإحداها فتح الموقع، بما فيه المسودات والعناصر ذات التاريخ المستقبلي. لإبقائها خاصة، أوقف المعاينة بالضغط على Ctrl-C ثم شغّلها من جديد دون الخيار --bind
serve-wrong-host = هذا العنوان لا يؤدي إلى المعاينة: افتح { $url } بدلًا منه
serve-head-too-large = أرسل المتصفح ترويسات يتجاوز حجمها { $limit } فرفضتها المعاينة: احذف ملفات تعريف الارتباط (cookies) الخاصة بـ localhost و127.0.0.1 من هذا المتصفح، ثم أعد تحميل الصفحة
serve-body-too-large = هذا الحفظ أكبر من { $limit } التي تقبلها المعاينة دفعة واحدة (مع الصور والملفات): صغّر حجم الصور، أو انسخ الملف الكبير بنفسك إلى المجلد assets/
overlay-title = فشل إنشاء الموقع: الصفحة المعروضة هي آخر نسخة سليمة. صحّح الملف، ثم احفظه.

## علامات التنصيص، وما يُنسخ من Word

yaml-colon-in-value = قيمة الحقل `{ $key }` تحتوي على `: `، فيقرؤها YAML كأنها بداية حقل جديد
yaml-nested-quotes = علامات التنصيص داخل قيمة الحقل `{ $key }` تُنهيها قبل أوانها
yaml-curly-quotes = قيمة الحقل `{ $key }` محاطة بعلامات تنصيص منحنية يحتفظ بها YAML: ستُنشر مع النص
yaml-quote-value-help = ضع القيمة كلها بين علامتي تنصيص مستقيمتين: `{ $line }`

## ما كتبه الأمر fadaa new، ولغتا قصة النجاح الواحدة

placeholder-in-field = الحقل `{ $field }` ما زال يحتوي على ما كتبه الأمر `fadaa new`: { $text }
placeholder-in-text = النص ما زال يحتوي على ما كتبه الأمر `fadaa new`: { $text }
placeholder-help = عوّضه بنصّك، أو أبقِ `draft: true` حتى يصبح جاهزًا
translation-disagrees = الحقل `{ $field }` ليس كما هو في { $other }
translation-disagrees-help = لغتا قصة النجاح الواحدة ترويان الوقائع نفسها: اكتب `{ $field }` نفسه في الملفين
translation-field-missing = الحقل `{ $field }` ليس له نص بلغة `{ $lang }`: يرى قرّاء `{ $lang }` لغة أخرى
translation-field-missing-help = أضف `{ $lang }: …` إلى `{ $field }`

## الصور وأقسام الصفحات

photo-too-heavy = وزن هذه الصورة { $size }، والدليل يطلب أقل من { $limit }: القارئ على الهاتف يدفع ثمن كل بايت
photo-too-heavy-help = احفظها بحجم أصغر: عرض 1600 بكسل على الأكثر وجودة JPEG في حدود 80 (من الهاتف: شاركها بالحجم «المتوسط»)
section-unknown = `section: { $slug }` لا يشير إلى صفحة تفتتح قسمًا
section-help = اكتب معرّف الصفحة الأولى في القسم (مثلًا `section: guide`)، وهي صفحة ليس فيها هي نفسها `section:`

## قائمة الرسائل في الدليل

guide-messages-title = رسائل fadaa
guide-messages-description = كل الرسائل التي قد يعرضها fadaa على من يكتب، وما يجب فعله عند ظهورها
guide-messages-intro = تظهر كل رسالة أدناه مع اسم الملف ورقم السطر والعمود حيث توجد المشكلة. وتقوم `…` مقام ما تسمّيه الرسالة: حقل أو قيمة أو ملف.
guide-messages-what-to-do = ما العمل:

## سطر الأوامر (fadaa --help)

cli-about = يُنشئ الموقع ثنائي اللغة (العربية والفرنسية) لشبكة فضاء المواطن
cli-build-about = إنشاء الموقع في مجلد الإخراج (public/ افتراضيًا)
cli-serve-about = إنشاء الموقع في الذاكرة وعرضه على هذا الحاسوب، وإعادة إنشائه وتحديث الصفحة عند كل حفظ
cli-check-about = التثبّت من كل شيء (الروابط والإحالات والترجمات) دون كتابة أي ملف
cli-new-about = إنشاء عنصر جديد من نموذج، بكل لغة
cli-usage = طريقة الاستعمال:
cli-options = الخيارات
cli-commands = الأوامر:
cli-command = أمر
cli-arg-help = عرض المساعدة
cli-arg-quiet = عرض الأخطاء فقط
cli-arg-verbose = عرض ما قام به الإنشاء أيضًا (التحويلات وعدد الملفات)
cli-arg-root = مجلد الموقع (الذي يضمّ content/ وthemes/ وassets/)؛ افتراضيًا: المجلد الحالي
cli-arg-output = أين يُكتب الموقع؛ افتراضيًا: public/ داخل مجلد الموقع
cli-arg-base-url = يعوّض base_url الوارد في content/site.yaml (مثلًا https://host/reseau/)
cli-arg-drafts = نشر العناصر المعلَّمة `draft: true` أيضًا
cli-arg-future = نشر العناصر المؤرَّخة بعد اليوم أيضًا
cli-arg-force = إعادة الإنشاء حتى وإن لم يتغيّر شيء منذ آخر إنشاء
cli-arg-no-precompress = عدم كتابة نسخ مضغوطة `.br` و`.gz` بجانب الملفات النصية (تُكتب افتراضيًا، للخوادم التي تقدّمها)
cli-arg-lang = لغة الرسائل: ar أو fr أو en (افتراضيًا: FADAA_LANG، وإلا فاللغة الافتراضية للموقع)؛ ومع `new` هي أيضًا اللغة الوحيدة التي يُنشأ بها العنصر
cli-arg-port = المنفذ الذي يُعرض عليه الموقع؛ افتراضيًا: 1111
cli-arg-bind = العنوان الذي يُعرض عليه الموقع؛ افتراضيًا: 127.0.0.1
cli-arg-open = فتح الموقع في المتصفّح
cli-arg-format = text، أو json للتكامل المستمر
cli-arg-external = التثبّت أيضًا، عبر الشبكة، من كل رابط نحو موقع آخر
cli-arg-timeout = مع --external: عدد ثواني الانتظار لكل عنوان (افتراضيًا: 15)
cli-arg-skip = مع --external: عدم التثبّت من العناوين التي تبدأ بهذا (يمكن تكراره)
cli-arg-kind = story أو member أو dataset أو deliverable أو page أو service أو event
cli-arg-slug = معرّفه: حروف لاتينية صغيرة وأرقام و`-`
cli-error-unknown-argument = `{ $argument }` ليس خيارًا من خيارات هذا الأمر
cli-error-unknown-command = `{ $command }` ليس أمرًا من أوامر fadaa
cli-error-invalid-value = `{ $value }` ليست قيمة ممكنة لـ { $argument }
cli-error-missing = { $argument } ناقص
cli-error-other = تعذّرت قراءة سطر الأوامر ({ $detail })
cli-error-help = يعرض `fadaa --help` قائمة الأوامر، ويعرض `fadaa <أمر> --help` خياراتها
cli-options-heading = الخيارات:
cli-value-folder = مجلد
cli-value-url = عنوان
cli-value-port = منفذ
cli-value-address = عنوان
cli-value-format = صيغة
cli-value-seconds = ثوان
cli-value-prefix = بداية
cli-value-kind = نوع
cli-value-slug = معرّف
cli-arg-version = عرض رقم الإصدار
placeholder-replace-help = عوّضه بنصّك

## المحرّر /admin/ (Decap CMS): المجموعات والتسميات والتوضيحات

cms-collection-stories = قصص النجاح
cms-collection-pages = الصفحات
cms-collection-members = فضاءات المواطن (الأعضاء)
cms-collection-datasets = البيانات المفتوحة
cms-collection-deliverables = المخرجات
cms-collection-services = بطاقات الخدمات
cms-collection-events = الأنشطة
cms-collection-lists = القوائم المرجعية
cms-list-governorates = الولايات
cms-list-services = خدمات فضاء المواطن
cms-list-committees = اللجان
cms-list-tags = مواضيع القصص
cms-label-aliases = كتابات أخرى (يجدها البحث)
cms-hint-slug = حروف لاتينية صغيرة وأرقام و-، مثلًا guichet-unique-monastir
cms-hint-phone = أرقام ومسافات، مع + قبل رمز البلد: +216 74 000 000
cms-hint-email = عنوان مثل espace.citoyen@commune.tn
cms-hint-url = عنوان كامل يبدأ بـ https://
cms-hint-hours = صيغة OpenStreetMap: Mo-Fr 08:00-17:00; Sa 08:00-12:00
cms-label-slug = اسم الملف (slug)
cms-label-title = العنوان
cms-label-date = التاريخ
cms-label-member = البلدية
cms-label-summary = الملخّص
cms-label-tags = الوسوم
cms-label-committee = اللجنة
cms-label-cover = الصورة الرئيسية
cms-label-draft = مسودة (لم تُنشر بعد)
cms-label-updated = تاريخ التحديث
cms-label-sample = بيانات توضيحية
cms-label-body = النص
cms-label-description = الوصف
cms-label-section = القسم (معرّف صفحته الأولى)
cms-label-weight = الترتيب
cms-label-menu = صفحة بارزة (في التذييل والصفحة الرئيسية)
cms-label-name = الاسم
cms-label-governorate = الولاية
cms-label-location = الموقع على الخريطة
cms-label-lat = خط العرض
cms-label-lon = خط الطول
cms-label-status = الحالة
cms-label-opened = تاريخ الافتتاح
cms-label-address = العنوان البريدي
cms-label-phone = الهاتف
cms-label-email = البريد الإلكتروني
cms-label-website = الموقع الإلكتروني
cms-label-hours = أوقات العمل
cms-label-services = الخدمات
cms-label-service_notes = ما يختلف فيه هذا الفضاء
cms-label-service = الخدمة
cms-label-fee = المعلوم بالدينار (عوضًا عن معلوم البطاقة)
cms-label-documents = وثائق إضافية يجب إحضارها
cms-label-delay = الآجال (عوضًا عن آجال البطاقة)
cms-label-note = للعلم
cms-label-committees = اللجان
cms-label-publisher = الناشر (معرّف العضو أو federation)
cms-label-license = الرخصة (معرّف SPDX)
cms-label-keywords = الكلمات المفتاحية
cms-label-frequency = وتيرة التحديث
cms-label-temporal = الفترة المشمولة
cms-label-start = من
cms-label-end = إلى
cms-label-resources = الملفات
cms-label-file = الملف
cms-label-fields = الأعمدة
cms-label-values = القيم مفاتيح من
cms-label-chart = الرسم البياني
cms-label-x = العمود الأفقي (x)
cms-label-y = عمود الأعداد (y)
cms-label-kind = النوع
cms-label-due = الموعد المحدد
cms-label-published = تاريخ النشر
cms-label-members = البلديات
cms-label-files = الملفات
cms-label-link = الرابط
cms-label-lang = اللغة
slug-not-file-slug = `slug: { $slug }` لا يطابق اسم الملف (`{ $file }`)
slug-not-file-slug-help = اكتب `slug: { $file }`، أو غيّر اسم الملف ليطابقه

## fadaa init و fadaa theme eject
init-done = أُنشئ موقع جديد في { $dir } (عدد الملفات: { $count })
init-next = لمشاهدته: `fadaa serve --root { $dir }` ثم افتح العنوان الذي يظهر؛ ولنشره: `fadaa build --root { $dir }`
init-not-empty = المجلد { $dir } ليس فارغًا: لا يكتب fadaa init موقعًا جديدًا إلا في مجلد جديد أو فارغ
init-not-empty-help = اختر اسم مجلد جديد، مثلًا `fadaa init my-network`
cannot-write-in = تعذّرت الكتابة في { $dir }: { $detail }
eject-done = أصبح المظهر المدمج في { $dir } (عدد الملفات: { $count }): غيّر فيه ما تحتاج إليه، واحذف الملفات التي لا تغيّرها (فتُستعمل ملفات المظهر المدمج بدلها)
eject-not-empty = المجلد { $dir } ليس فارغًا: لا يكتب theme eject أبدًا فوق ملفات مظهر موجود
eject-not-empty-help = لتبدأ من جديد من المظهر المدمج، انقل المجلد { $dir } أو احذفه أولًا
cli-init-about = إنشاء موقع جديد باللغتين في مجلد، جاهز للبناء والعرض
cli-theme-about = `fadaa theme eject [مجلد]`: كتابة المظهر المدمج في الموقع لتغييره (افتراضيًا: themes/espace في الموقع)
cli-arg-dir = المجلد الذي يُكتب فيه
cli-arg-action = eject: كتابة ملفات المظهر المدمج
cli-value-action = إجراء

## القوائم (menus:) في site.yaml
menu-entry-target = يحتاج كل عنصر في القائمة إلى واحد فقط من `section:` أو `page:` أو `url:`
menu-entry-target-help = مثلًا `- {"{"} section: members {"}"}` أو `- {"{"} page: about {"}"}` أو `- {"{"} url: "https://…", label: {"{"} ar: "…", fr: "…" {"}"} {"}"}`؛ الأقسام: home، members، stories، data، deliverables، services، tags، search
menu-url = `{ $url }` ليس عنوانًا يمكن أن تشير إليه القائمة
menu-url-help = اكتب عنوانًا كاملًا يبدأ بـ https://‎ (أو http://‎)، أو مسارًا في الموقع يبدأ بـ /، مثلًا /ar/contact/
menu-label-missing = لا يوجد لهذا العنصر من القائمة اسم بلغة `{ $lang }`
menu-label-missing-help = اكتب اسمه بكل لغة من لغات الموقع ({ $languages })، مثلًا `label: {"{"} ar: "…", fr: "…" {"}"}`
menu-page-unknown = تشير القائمة إلى الصفحة `{ $slug }`، وهي غير موجودة
menu-page-unknown-help = اكتب اسم ملف من content/pages/ دون لغته وامتداده (about للملف about.ar.md)

## العناوين السابقة (aliases:)
alias-not-a-path = `{ $alias }` ليس عنوانًا سابقًا لهذا العنصر
alias-not-a-path-help = اكتب اسمه القديم (حروف لاتينية صغيرة وأرقام و-)، مثلًا `aliases: [old-name]`، أو مساره القديم من جذر الموقع، مثلًا `/ar/stories/old-name/`
alias-taken-by-page = العنوان السابق /{ $alias } هو عنوان صفحة في الموقع ({ $other }): ستُستبدل الصفحة بتحويل
alias-taken-by-alias = العنوان السابق /{ $alias } عنوان سابق لعنصر آخر ({ $other })
alias-taken-help = احذف هذا العنوان السابق، أو اختر عنوانًا لا تملكه أيّ صفحة ولا أيّ عنوان سابق آخر
cms-label-earlier-addresses = الأسماء السابقة (بعد تغيير الاسم)
cms-hint-earlier-addresses = أسماء الملف القديمة لهذا العنصر، حتى تبقى الروابط إليها تؤدّي إلى هنا؛ اتركه فارغًا إن لم يتغيّر اسمه أبدًا
