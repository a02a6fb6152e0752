/*
 * Arabic (ar) interface phrases for Decap CMS 3.x.
 *
 * Structure: the English locale of Decap CMS (decap-cms-locales 3.8.2,
 * src/en/index.js, the same object that decap-cms 3.16.3 bundles),
 * https://github.com/decaporg/decap-cms, MIT licence, (c) Netlify / Decap CMS
 * contributors. Decap ships no Arabic locale: this is a translation made for
 * fadaa, in plain Modern Standard Arabic for municipal staff. Every key of the
 * English object is present and every %{placeholder} is kept as in English.
 *
 * Plurals: Decap hands the UI locale ("ar") to Polyglot, whose Arabic rule
 * picks one of SIX "||||"-separated forms:
 *   0 | 1 | 2 | 3–10 | 11–99 | 100–102, 200–202… (n % 100 < 3)
 * (with fewer forms Polyglot falls back to the first one).
 *
 * Plain browser script, no build step. Use:
 *   CMS.registerLocale('ar', window.FADAA_CMS_AR);
 *   CMS.init({ config: { locale: 'ar' } });
 */
window.FADAA_CMS_AR = {
  auth: {
    login: 'تسجيل الدخول',
    loggingIn: 'جارٍ تسجيل الدخول...',
    loginWithNetlifyIdentity: 'تسجيل الدخول عبر Netlify Identity',
    loginWithAzure: 'تسجيل الدخول عبر Azure',
    loginWithBitbucket: 'تسجيل الدخول عبر Bitbucket',
    loginWithGitHub: 'تسجيل الدخول عبر GitHub',
    loginWithGitLab: 'تسجيل الدخول عبر GitLab',
    loginWithGitea: 'تسجيل الدخول عبر Gitea',
    loginWithForgejo: 'تسجيل الدخول عبر Forgejo',
    errors: {
      email: 'يُرجى إدخال بريدك الإلكتروني.',
      password: 'يُرجى إدخال كلمة العبور.',
      identitySettings:
        'تعذّر الوصول إلى إعدادات الهوية. عند استعمال git-gateway، تثبّت من تفعيل خدمة Identity وخدمة Git Gateway.',
    },
  },
  app: {
    header: {
      content: 'المحتوى',
      workflow: 'سير العمل',
      media: 'الوسائط',
      quickAdd: 'إضافة سريعة',
    },
    app: {
      errorHeader: 'خطأ في تحميل إعدادات نظام إدارة المحتوى',
      configErrors: 'أخطاء في الإعدادات',
      checkConfigYml: 'يُرجى التثبّت من الملف config.yml.',
      loadingConfig: 'جارٍ تحميل الإعدادات...',
      waitingBackend: 'في انتظار الخادم...',
    },
    notFoundPage: {
      header: 'الصفحة غير موجودة',
    },
  },
  collection: {
    sidebar: {
      collections: 'المجموعات',
      allCollections: 'كل المجموعات',
      searchAll: 'بحث في الكل',
      searchIn: 'بحث في',
    },
    collectionTop: {
      sortBy: 'ترتيب حسب',
      viewAs: 'طريقة العرض',
      viewAsList: 'العرض في شكل قائمة',
      viewAsGrid: 'العرض في شكل شبكة',
      newButton: '＋ %{collectionLabel}',
      newButtonAriaLabel: 'إنشاء مُدخل جديد من نوع %{collectionLabel}',
      ascending: 'تصاعدي',
      descending: 'تنازلي',
      searchResults: 'نتائج البحث عن «%{searchTerm}»',
      searchResultsInCollection: 'نتائج البحث عن «%{searchTerm}» في %{collection}',
      filterBy: 'تصفية حسب',
      groupBy: 'تجميع حسب',
    },
    entries: {
      loadingEntries: 'جارٍ تحميل المُدخلات...',
      cachingEntries: 'جارٍ التخزين المؤقت للمُدخلات...',
      longerLoading: 'قد يستغرق ذلك بضع دقائق',
      noEntries: 'لا توجد مُدخلات',
      unpublishedHeader: 'مُدخلات غير منشورة',
    },
    groups: {
      other: 'أخرى',
      negateLabel: 'ليس %{label}',
    },
    defaultFields: {
      author: {
        label: 'المؤلف',
      },
      updatedOn: {
        label: 'تاريخ التحديث',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'اختياري',
        widgetLabel: 'حقل %{widgetLabel}',
      },
    },
    editorControlPane: {
      widget: {
        required: 'الحقل «%{fieldLabel}» إلزامي.',
        regexPattern: 'الحقل «%{fieldLabel}» لا يطابق الصيغة المطلوبة: %{pattern}.',
        processing: 'جارٍ معالجة الحقل «%{fieldLabel}».',
        range: 'يجب أن تكون قيمة «%{fieldLabel}» بين %{minValue} و%{maxValue}.',
        min: 'يجب ألا تقل قيمة «%{fieldLabel}» عن %{minValue}.',
        max: 'يجب ألا تتجاوز قيمة «%{fieldLabel}» %{maxValue}.',
        rangeCount: 'يجب أن يكون عدد عناصر «%{fieldLabel}» بين %{minCount} و%{maxCount}.',
        rangeCountExact: 'يجب أن يكون عدد عناصر «%{fieldLabel}» %{count} بالضبط.',
        rangeMin: 'يجب ألا يقل عدد عناصر «%{fieldLabel}» عن %{minCount}.',
        rangeMax: 'يجب ألا يتجاوز عدد عناصر «%{fieldLabel}» %{maxCount}.',
        invalidPath: 'المسار «%{path}» غير صالح',
        pathExists: 'المسار «%{path}» موجود مسبقًا',
      },
      i18n: {
        writingInLocale: 'الكتابة باللغة: %{locale}',
        copyFromLocale: 'التعبئة من لغة أخرى',
        copyFromLocaleConfirm:
          'هل تريد تعبئة البيانات من اللغة %{locale}؟\nسيتم تعويض كل المحتوى الموجود.',
      },
    },
    editor: {
      onLeavePage: 'هل تريد فعلًا مغادرة هذه الصفحة؟',
      onUpdatingWithUnsavedChanges: 'لديك تغييرات غير محفوظة، يُرجى الحفظ قبل تحديث الحالة.',
      onPublishingNotReady: 'يُرجى تحديث الحالة إلى «جاهز» قبل النشر.',
      onPublishingWithUnsavedChanges: 'لديك تغييرات غير محفوظة، يُرجى الحفظ قبل النشر.',
      onPublishing: 'هل تريد فعلًا نشر هذا المُدخل؟',
      onUnpublishing: 'هل تريد فعلًا إلغاء نشر هذا المُدخل؟',
      onDeleteWithUnsavedChanges:
        'هل تريد فعلًا حذف هذا المُدخل المنشور، وكذلك التغييرات غير المحفوظة في هذه الجلسة؟',
      onDeletePublishedEntry: 'هل تريد فعلًا حذف هذا المُدخل المنشور؟',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'سيتم حذف كل التغييرات غير المنشورة على هذا المُدخل، وكذلك التغييرات غير المحفوظة في هذه الجلسة. هل تريد الحذف رغم ذلك؟',
      onDeleteUnpublishedChanges:
        'سيتم حذف كل التغييرات غير المنشورة على هذا المُدخل. هل تريد الحذف رغم ذلك؟',
      loadingEntry: 'جارٍ تحميل المُدخل...',
      confirmLoadBackup: 'تم استرجاع نسخة احتياطية محلية لهذا المُدخل، هل تريد استعمالها؟',
    },
    editorInterface: {
      toggleI18n: 'إظهار اللغات أو إخفاؤها',
      togglePreview: 'إظهار المعاينة أو إخفاؤها',
      toggleScrollSync: 'مزامنة التمرير',
      toggleNotes: 'إظهار الملاحظات أو إخفاؤها',
    },
    editorNotesPane: {
      title: 'الملاحظات',
      emptyState: 'لا توجد ملاحظات بعد. أضف أول ملاحظة أدناه لبدء العمل المشترك.',
      addNote: 'إضافة ملاحظة',
      addPlaceholder: 'أضف ملاحظة...',
      editPlaceholder: 'عدّل ملاحظتك...',
      save: 'حفظ',
      cancel: 'إلغاء',
      edit: 'تعديل',
      delete: 'حذف',
      resolve: 'تمت المعالجة',
      unresolve: 'إعادة الفتح',
      confirmDelete: 'هل تريد فعلًا حذف هذه الملاحظة؟',
      shortcut: 'نصيحة: اضغط Ctrl+Enter لإضافة الملاحظة بسرعة',
    },
    editorToolbar: {
      publishing: 'جارٍ النشر...',
      publish: 'نشر',
      published: 'منشور',
      unpublish: 'إلغاء النشر',
      duplicate: 'إنشاء نسخة',
      unpublishing: 'جارٍ إلغاء النشر...',
      publishAndCreateNew: 'نشر وإنشاء مُدخل جديد',
      publishAndDuplicate: 'نشر وإنشاء نسخة',
      deleteUnpublishedChanges: 'حذف التغييرات غير المنشورة',
      deleteUnpublishedEntry: 'حذف المُدخل غير المنشور',
      deletePublishedEntry: 'حذف المُدخل المنشور',
      deleteEntry: 'حذف المُدخل',
      saving: 'جارٍ الحفظ...',
      save: 'حفظ',
      statusInfoTooltipDraft:
        'حالة المُدخل: مسودة. لإتمامه وإرساله إلى المراجعة، غيّر الحالة إلى «قيد المراجعة».',
      statusInfoTooltipInReview:
        'المُدخل قيد المراجعة، ولا يلزم أي إجراء آخر. ويمكنك مع ذلك إدخال تغييرات إضافية أثناء المراجعة.',
      deleting: 'جارٍ الحذف...',
      updating: 'جارٍ التحديث...',
      status: 'الحالة: %{status}',
      backCollection: ' الكتابة في مجموعة %{collectionLabel}',
      unsavedChanges: 'تغييرات غير محفوظة',
      changesSaved: 'تم حفظ التغييرات',
      draft: 'مسودة',
      inReview: 'قيد المراجعة',
      ready: 'جاهز',
      publishNow: 'نشر الآن',
      deployPreviewPendingButtonLabel: 'التحقق من المعاينة',
      deployPreviewButtonLabel: 'عرض المعاينة',
      deployButtonLabel: 'عرض على الموقع',
    },
    editorWidgets: {
      markdown: {
        bold: 'غامق',
        italic: 'مائل',
        strikethrough: 'يتوسطه خط',
        code: 'شيفرة',
        link: 'رابط',
        linkPrompt: 'أدخل عنوان الرابط (URL)',
        headings: 'العناوين',
        quote: 'اقتباس',
        bulletedList: 'قائمة نقطية',
        numberedList: 'قائمة مرقمة',
        addComponent: 'إضافة مكوّن',
        richText: 'نص منسق',
        markdown: 'Markdown',
        toggleMode: {
          rich: 'التحويل إلى وضع النص المنسق',
          markdown: 'التحويل إلى وضع Markdown',
        },
      },
      image: {
        choose: 'اختيار صورة',
        chooseMultiple: 'اختيار صور',
        chooseUrl: 'إدراج من رابط (URL)',
        replaceUrl: 'التعويض برابط (URL)',
        promptUrl: 'أدخل رابط الصورة (URL)',
        chooseDifferent: 'اختيار صورة أخرى',
        addMore: 'إضافة صور أخرى',
        remove: 'إزالة الصورة',
        removeAll: 'إزالة كل الصور',
      },
      file: {
        choose: 'اختيار ملف',
        chooseUrl: 'إدراج من رابط (URL)',
        chooseMultiple: 'اختيار ملفات',
        replaceUrl: 'التعويض برابط (URL)',
        promptUrl: 'أدخل رابط الملف (URL)',
        chooseDifferent: 'اختيار ملف آخر',
        addMore: 'إضافة ملفات أخرى',
        remove: 'إزالة الملف',
        removeAll: 'إزالة كل الملفات',
      },
      unknownControl: {
        noControl: 'لا توجد أداة تحرير للنوع «%{widget}».',
      },
      unknownPreview: {
        noPreview: 'لا توجد معاينة للنوع «%{widget}».',
      },
      headingOptions: {
        headingOne: 'عنوان 1',
        headingTwo: 'عنوان 2',
        headingThree: 'عنوان 3',
        headingFour: 'عنوان 4',
        headingFive: 'عنوان 5',
        headingSix: 'عنوان 6',
      },
      datetime: {
        now: 'الآن',
        clear: 'مسح',
        setToNow: 'ضبط «%{fieldLabel}» على الوقت الحالي',
      },
      list: {
        add: 'إضافة %{item}',
        addType: 'إضافة %{item}',
      },
      object: {
        expand: 'توسيع',
        collapse: 'طي',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'مسودة',
      copy: 'نسخ',
      copyUrl: 'نسخ الرابط',
      copyPath: 'نسخ المسار',
      copyName: 'نسخ الاسم',
      copied: 'تم النسخ',
    },
    mediaLibrary: {
      onDelete: 'هل تريد فعلًا حذف الوسائط المحددة؟',
      fileTooLarge: 'الملف كبير جدًا.\nلا يُقبل أي ملف يتجاوز حجمه %{size} كيلوبايت.',
    },
    mediaLibraryModal: {
      loading: 'جارٍ التحميل...',
      close: 'إغلاق',
      noResults: 'لا توجد نتائج.',
      noAssetsFound: 'لم يتم العثور على أي ملف.',
      noImagesFound: 'لم يتم العثور على أي صورة.',
      private: 'خاص: ',
      images: 'الصور',
      mediaAssets: 'الوسائط',
      search: 'بحث...',
      uploading: 'جارٍ الرفع...',
      upload: 'رفع',
      download: 'تنزيل',
      deleting: 'جارٍ الحذف...',
      deleteSelected: 'حذف المحدد',
      chooseSelected: 'اختيار المحدد',
    },
  },
  ui: {
    default: {
      goBackToSite: 'العودة إلى الموقع',
    },
    errorBoundary: {
      title: 'خطأ',
      details: 'حدث خطأ، يُرجى ',
      reportIt: 'فتح بلاغ (issue) على GitHub.',
      detailsHeading: 'التفاصيل',
      privacyWarning:
        'عند فتح بلاغ، تُضاف إليه تلقائيًا رسالة الخطأ وبيانات التشخيص.\nيُرجى التثبّت من صحة المعلومات وحذف البيانات الحساسة إن وُجدت.',
      recoveredEntry: {
        heading: 'مستند مسترجع',
        warning: 'يُرجى نسخ هذا النص ولصقه في مكان آخر قبل مغادرة الصفحة!',
        copyButtonLabel: 'نسخ إلى الحافظة',
      },
    },
    settingsDropdown: {
      logOut: 'تسجيل الخروج',
      account: 'قائمة خيارات الحساب',
    },
    toast: {
      onFailToLoadEntries: 'تعذّر تحميل المُدخل: %{details}',
      onFailToLoadDeployPreview: 'تعذّر تحميل المعاينة: %{details}',
      onFailToPersist: 'تعذّر حفظ المُدخل: %{details}',
      onFailToDelete: 'تعذّر حذف المُدخل: %{details}',
      onFailToUpdateStatus: 'تعذّر تحديث الحالة: %{details}',
      missingRequiredField: 'لم تملأ حقلًا إلزاميًا. يُرجى إكماله قبل الحفظ.',
      entrySaved: 'تم حفظ المُدخل',
      entryPublished: 'تم نشر المُدخل',
      entryUnpublished: 'تم إلغاء نشر المُدخل',
      onFailToPublishEntry: 'تعذّر النشر: %{details}',
      onFailToUnpublishEntry: 'تعذّر إلغاء نشر المُدخل: %{details}',
      entryUpdated: 'تم تحديث حالة المُدخل',
      onDeleteUnpublishedChanges: 'تم حذف التغييرات غير المنشورة',
      noteAdded: 'تمت إضافة الملاحظة',
      onFailToAddNote: 'تعذّرت إضافة الملاحظة: %{details}',
      noteUpdated: 'تم تحديث الملاحظة',
      onFailToUpdateNote: 'تعذّر تحديث الملاحظة: %{details}',
      noteDeleted: 'تم حذف الملاحظة',
      onFailToDeleteNote: 'تعذّر حذف الملاحظة: %{details}',
      noteResolved: 'تمت معالجة الملاحظة',
      noteReopened: 'تمت إعادة فتح الملاحظة',
      onFailToToggleNote: 'تعذّر تغيير حالة الملاحظة: %{details}',
      onFailToAuth: '%{details}',
      onLoggedOut: 'تم تسجيل خروجك، يُرجى الاحتفاظ بنسخة من بياناتك ثم تسجيل الدخول من جديد',
      onBackendDown: 'الخادم معطّل حاليًا. راجع %{details} لمزيد من المعلومات',
    },
  },
  workflow: {
    workflow: {
      loading: 'جارٍ تحميل مُدخلات سير العمل التحريري',
      workflowHeading: 'سير العمل التحريري',
      newPost: 'مُدخل جديد',
      // Six forms (Polyglot's Arabic rule): 0 | 1 | 2 | 3–10 | 11–99 | 100–102…
      description:
        '%{smart_count} مُدخل في انتظار المراجعة، وعدد المُدخلات الجاهزة للنشر: %{readyCount}. |||| ' +
        'مُدخل واحد في انتظار المراجعة، وعدد المُدخلات الجاهزة للنشر: %{readyCount}. |||| ' +
        'مُدخلان في انتظار المراجعة، وعدد المُدخلات الجاهزة للنشر: %{readyCount}. |||| ' +
        '%{smart_count} مُدخلات في انتظار المراجعة، وعدد المُدخلات الجاهزة للنشر: %{readyCount}. |||| ' +
        '%{smart_count} مُدخلًا في انتظار المراجعة، وعدد المُدخلات الجاهزة للنشر: %{readyCount}. |||| ' +
        '%{smart_count} مُدخل في انتظار المراجعة، وعدد المُدخلات الجاهزة للنشر: %{readyCount}.',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date} من قبل %{author}',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'من قبل %{author}',
      deleteChanges: 'حذف التغييرات',
      deleteNewEntry: 'حذف المُدخل الجديد',
      publishChanges: 'نشر التغييرات',
      publishNewEntry: 'نشر المُدخل الجديد',
    },
    workflowList: {
      onDeleteEntry: 'هل تريد فعلًا حذف هذا المُدخل؟',
      onPublishingNotReadyEntry:
        'لا يمكن نشر إلا العناصر التي حالتها «جاهز». يُرجى سحب البطاقة إلى عمود «جاهز» لتفعيل النشر.',
      onPublishEntry: 'هل تريد فعلًا نشر هذا المُدخل؟',
      draftHeader: 'المسودات',
      inReviewHeader: 'قيد المراجعة',
      readyHeader: 'جاهز',
      // Six forms (Polyglot's Arabic rule): 0 | 1 | 2 | 3–10 | 11–99 | 100–102…
      currentEntries:
        '%{smart_count} مُدخل |||| مُدخل واحد |||| مُدخلان |||| %{smart_count} مُدخلات |||| %{smart_count} مُدخلًا |||| %{smart_count} مُدخل',
    },
  },
};
