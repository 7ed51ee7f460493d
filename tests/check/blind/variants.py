"""The injected errors of the blind set: literal edits of the faithful translations.

Each T(...) names a faithful translation (and its reference, or none for PO and XLIFF files,
which hold both) and its error variants; each variant is a list of E(...) edits applied in order.
E(type, old, new, ref=..., text=...): `old` must occur once in the faithful translation (or give
nth); `ref` is the reference's figure, found once in the reference (or give ref_nth, or ref_ctx:
a longer text around it that is found once; in PO and XLIFF files only source text is searched);
`text` is the wrong figure as it stands inside `new` (default: all of `new`). In French texts `~`
stands for a no-break space (U+00A0) and `^` for a narrow no-break space (U+202F), as in the
files.
make_variants.py turns these into files and manifest.jsonl.
"""

TRANSLATIONS = []


def _fr_spaces(s):
    return s.replace("~", "\u00a0").replace("^", "\u202f") if s is not None else None


def E(type, old, new, ref=None, text=None, note="", nth=None, ref_nth=None, ref_ctx=None):
    e = {"type": type, "old": _fr_spaces(old), "new": _fr_spaces(new), "ref": ref, "note": note}
    if ref_ctx is not None:
        e["ref_ctx"] = ref_ctx
    if text is not None:
        e["text"] = _fr_spaces(text)
    if nth is not None:
        e["nth"] = nth
    if ref_nth is not None:
        e["ref_nth"] = ref_nth
    return e


def T(path, ref=None, variants=(), dir=None):
    TRANSLATIONS.append({"path": path, "ref": ref, "variants": list(variants), "dir": dir})


# ---------------------------------------------------------------- text: earthquake pledges
T("text/quake.es.md", "text/quake.en.md", [
    [E("scale", "aportar 1.500 millones de dólares", "aportar 1,5 billones de dólares",
       ref="$1.5 billion", ref_nth=1, text="1,5 billones de dólares",
       note="billion rendered as billón (10^12)"),
     E("qualifier_dropped", "costará alrededor de 7.900", "costará 7.900",
       ref="$7.9 billion", text="7.900", note="about dropped"),
     E("points_vs_percent", "aumentó 4,5 puntos porcentuales", "aumentó un 4,5 %",
       ref="4.5 percentage points", text="4,5 %", note="points became percent")],
    [E("value", "40.000 viviendas", "4.000 viviendas", ref="40,000", text="4.000",
       note="a zero dropped"),
     E("currency", "85 millones de libras", "85 millones de dólares", ref="£85 million"),
     E("missing", ", y al menos 350 centros de salud deberán reabrir antes de junio", "",
       ref="350", note="clause dropped")],
    [E("qualifier_contradiction", "Hasta 1.200 escuelas", "Más de 1.200 escuelas",
       ref="1,200", text="1.200", note="up to became more than"),
     E("rounding", "casi 2,3 millones", "casi 2 millones", ref="2.3 million",
       text="2 millones", note="13% off: beyond any rounding tolerance"),
     E("extra", "la mayor contribución individual,",
       "la mayor contribución individual, equivalente al 28 % del total,", text="28 %",
       note="a share the source does not give")],
])
T("text/quake.fr.md", "text/quake.en.md", [
    [E("scale", "verser 1,5 milliard de dollars", "verser 1,5 billion de dollars",
       ref="$1.5 billion", ref_nth=1, text="1,5 billion de dollars",
       note="billion left as is: 10^12 in French"),
     E("qualifier_contradiction", "au moins 350", "au plus 350", ref="350", text="350",
       note="at least became at most"),
     E("value", "de 27~% depuis", "de 72~% depuis", ref="27%", text="72~%",
       note="digits transposed")],
    [E("missing", " et laissé près de 2,3 millions de personnes sans abri,", ",",
       ref="2.3 million", note="clause dropped"),
     E("scale", "7,9 milliards de dollars", "7,9 millions de dollars", ref="$7.9 billion",
       note="milliard became million"),
     E("points_vs_percent", "de 4,5 points, à", "de 4,5~%, à", ref="4.5 percentage points",
       text="4,5~%")],
    [E("currency", "420 millions d'euros", "420 millions de dollars", ref="€420 million"),
     E("rounding", "à peu près 19~%", "à peu près 20~%", ref="19%", text="20~%",
       note="19 rounded to 20: 5% off")],
])
T("text/quake.ar.md", "text/quake.en.md", [
    [E("scale", "بتقديم 1.5 مليار دولار", "بتقديم 1.5 مليون دولار", ref="$1.5 billion",
       ref_nth=1, text="1.5 مليون دولار", note="milliard became million"),
     E("qualifier_contradiction", "ما لا يقل عن 350", "ما لا يزيد على 350", ref="350",
       text="350", note="at least became at most"),
     E("missing", "، ما يعني أن التعهدات تغطي حوالي ١٩٪ من الاحتياجات", "", ref="19%",
       note="clause dropped")],
    [E("value", "٤٠٬٠٠٠", "٤٬٠٠٠", ref="40,000", note="a zero dropped"),
     E("currency", "420 مليون يورو", "420 مليون دولار", ref="€420 million"),
     E("points_vs_percent", "4.5 نقطة مئوية", "بنسبة 4.5 في المئة", ref="4.5 percentage points",
       text="4.5 في المئة")],
    [E("qualifier_dropped", "ما يقرب من 2.3 مليون", "2.3 مليون", ref="2.3 million",
       note="nearly dropped"),
     E("extra", "وهي أكبر مساهمة منفردة،", "وهي أكبر مساهمة منفردة بنسبة 28 في المئة من الإجمالي،",
       text="28 في المئة"),
     E("rounding", "ما يصل إلى 1,200 مدرسة", "ما يصل إلى ألف مدرسة", ref="1,200",
       text="ألف", note="1,200 rounded to a thousand")],
])

# ---------------------------------------------------------------- text: product sheet
T("text/earbuds.es.txt", "text/earbuds.en.txt", [
    [E("currency", "149 dólares", "149 euros", ref="$149"),
     E("value", "48 gramos", "84 gramos", ref="48 grams", text="84",
       note="digits transposed"),
     E("qualifier_dropped", "hasta el 95 %", "el 95 %", ref="95%", text="95 %",
       note="up to dropped")],
    [E("missing", "Del primer modelo se vendieron más de 2 millones de unidades en 2023.\n", "",
       ref="2 million", note="sentence dropped"),
     E("qualifier_contradiction", "hasta 30 horas", "más de 30 horas", ref="30 hours",
       text="30", note="up to became more than")],
])
T("text/earbuds.fr.txt", "text/earbuds.en.txt", [
    [E("value", "149 $ US", "194 $ US", ref="$149", note="digits transposed"),
     E("scale", "Plus de 2 millions", "Plus de 2 milliards", ref="2 million",
       text="2 milliards", note="million became milliard"),
     E("extra", "en cinq coloris.", "en cinq coloris, dont deux nouveaux.", text="deux",
       note="a count the source does not give")],
    [E("qualifier_contradiction", "jusqu'à 30 heures", "au moins 30 heures", ref="30 hours",
       text="30", note="up to became at least"),
     E("currency", "159~€", "159 $", ref="€159")],
])
T("text/earbuds.ar.txt", "text/earbuds.en.txt", [
    [E("value", "٣٠ ساعة", "٢٠ ساعة", ref="30 hours", text="٢٠", note="wrong digit"),
     E("currency", "159 يورو", "159 دولارًا", ref="€159")],
    [E("qualifier_dropped", "أكثر من 2 مليون وحدة", "2 مليون وحدة", ref="2 million",
       text="2 مليون", note="more than dropped"),
     E("missing", "، أي بزيادة 20% عن الطراز الأول", "", ref="20%", note="clause dropped")],
])

# ---------------------------------------------------------------- text: quarterly results
T("text/results.es.md", "text/results.en.md", [
    [E("rounding", "2.080 millones de dólares", "2.000 millones de dólares",
       ref="$2.08 billion", note="2.08 rounded to 2: 3.8% off"),
     E("value", "0,45 dólares", "45 dólares", ref="$0.45", note="decimal part read as units"),
     E("points_vs_percent", "se amplió 2,5 puntos porcentuales", "se amplió un 2,5 %",
       ref="2.5 percentage points", text="2,5 %")],
    [E("scale", "1.150 millones de dólares", "1,15 billones de dólares", ref="$1.15 billion",
       note="billion rendered as billón (10^12)"),
     E("qualifier_contradiction", "al menos a 1000", "como máximo a 1000", ref="1,000",
       text="1000", note="at least became at most"),
     E("missing", "| +8,5 % |", "|  |", ref="+8.5%", note="table cell left empty")],
])
T("text/results.fr.md", "text/results.en.md", [
    [E("scale", "1,15 milliard", "1,15 billion", ref="$1.15 billion",
       note="billion left as is: 10^12 in French"),
     E("value", "14,6~%", "146~%", ref="14.6%", note="decimal comma lost"),
     E("rounding", "12^400 personnes", "12^000 personnes", ref="12,400", text="12^000",
       note="12,400 rounded to 12,000: 3.3% off"),
     E("points_vs_percent", "a gagné 2,5 points de pourcentage", "a progressé de 2,5~%",
       ref="2.5 percentage points", text="2,5~%")],
    [E("qualifier_contradiction", "au moins 1~000", "moins de 1~000", ref="1,000",
       text="1~000", note="at least became less than"),
     E("currency", "312 millions de dollars", "312 millions d'euros", ref="$312 million")],
])
T("text/results.ar.md", "text/results.en.md", [
    [E("value", "0.45 دولار", "0.54 دولار", ref="$0.45", note="digits transposed"),
     E("scale", "1.15 مليار دولار", "1.15 مليون دولار", ref="$1.15 billion",
       note="milliard became million"),
     E("extra", "في 14 دولة،", "في 14 دولة عبر 5 قارات،", text="5",
       note="a count the source does not give")],
    [E("rounding", "2.08 مليار دولار", "2 مليار دولار", ref="$2.08 billion",
       note="2.08 rounded to 2: 3.8% off"),
     E("qualifier_dropped", "ما لا يقل عن ألف مهندس", "ألف مهندس", ref="1,000",
       text="ألف", note="at least dropped"),
     E("points_vs_percent", "بمقدار 2.5 نقطة مئوية", "بنسبة 2.5٪", ref="2.5 percentage points",
       text="2.5٪")],
])

# ---------------------------------------------------------------- text: vaccine trial
T("text/malaria.es.txt", "text/malaria.en.txt", [
    [E("value", "608.000 personas", "680.000 personas", ref="608,000", text="680.000",
       note="digits transposed"),
     E("qualifier_contradiction", "Menos del 2 %", "Más del 2 %", ref="2%", text="2 %",
       note="fewer than became more than")],
    [E("missing", ", y alrededor de un 66 % tras una dosis de refuerzo", "", ref="66%",
       note="clause dropped"),
     E("scale", "hasta 100 millones de dosis", "hasta 100 mil dosis", ref="100 million",
       text="100 mil", note="million became thousand")],
])
T("text/malaria.fr.txt", "text/malaria.en.txt", [
    [E("value", "4~800 enfants", "8~400 enfants", ref="4,800", text="8~400",
       note="digits swapped"),
     E("qualifier_dropped", "d'environ 66~%", "de 66~%", ref="66%", text="66~%",
       note="about dropped")],
    [E("scale", "100 millions de doses", "100 milliards de doses", ref="100 million",
       text="100 milliards", note="million became milliard"),
     E("extra", "Moins de 2~% des participants ont", "Moins de 2~% des participants, soit 96 enfants, ont",
       text="96", note="a count the source does not give")],
])
T("text/malaria.ar.txt", "text/malaria.en.txt", [
    [E("value", "٧٦٪", "٦٧٪", ref="76%", note="digits transposed"),
     E("missing", " في أربع دول", "", ref="four countries", note="figure left out")],
    [E("qualifier_contradiction", "أقل من 2%", "أكثر من 2%", ref="2%", text="2%",
       note="fewer than became more than"),
     E("scale", "608 آلاف شخص", "608 ملايين شخص", ref="608,000", text="608 ملايين",
       note="thousand became million")],
])

# ---------------------------------------------------------------- text: football transfer
T("text/transfer.es.md", "text/transfer.en.md", [
    [E("qualifier_dropped", "más hasta 15 millones", "más 15 millones", ref="€15 million",
       text="15 millones", note="up to dropped"),
     E("value", "38 goles", "28 goles", ref="38 goals", text="28", note="wrong digit")],
    [E("currency", "350.000 libras", "350.000 euros", ref="£350,000"),
     E("scale", "más de mil millones de libras", "más de un billón de libras", ref="£1 billion",
       text="un billón de libras", note="billion rendered as billón (10^12)")],
])
T("text/transfer.fr.md", "text/transfer.en.md", [
    [E("value", "52 matchs", "25 matchs", ref="52 matches", text="25", note="digits transposed"),
     E("qualifier_contradiction", "plus d'un milliard", "près d'un milliard", ref="£1 billion",
       text="un milliard", note="more than became nearly")],
    [E("missing", "Son ancien club percevra 10~% de tout futur transfert.", "", ref="10%",
       note="sentence dropped, its paragraph left empty"),
     E("extra", "en 52 matchs la saison dernière", "en 52 matchs la saison dernière, dont 11 sur penalty,",
       text="11", note="a count the source does not give")],
])
T("text/transfer.ar.md", "text/transfer.en.md", [
    [E("scale", "350 ألف جنيه", "350 مليون جنيه", ref="£350,000", text="350 مليون",
       note="thousand became million"),
     E("value", "على 10%", "على 15%", ref="10%", text="15%", note="wrong digit"),
     E("currency", "قدرها 120 مليون يورو", "قدرها 120 مليون دولار", ref="€120 million",
       ref_nth=1, text="120 مليون دولار")],
    [E("qualifier_dropped", "ما يصل إلى 15 مليون يورو", "15 مليون يورو", ref="€15 million",
       note="up to dropped"),
     E("extra", "أي انتقال مستقبلي.", "أي انتقال مستقبلي خلال السنوات الثلاث المقبلة.",
       text="الثلاث", note="a count the source does not give")],
])

# ---------------------------------------------------------------- text: emissions report
T("text/climate.es.txt", "text/climate.en.txt", [
    [E("scale", "37.400 millones de toneladas", "37,4 billones de toneladas",
       ref="37.4 billion", note="billion rendered as billón (10^12)"),
     E("value", "cayeron un 7,4 %", "cayeron un 4,7 %", ref="7.4%", text="4,7 %",
       note="digits transposed")],
    [E("rounding", "aumentaron un 1,1 %", "aumentaron un 1 %", ref="1.1%", text="1 %",
       note="1.1 rounded to 1: 9% off"),
     E("qualifier_dropped", "alrededor de un 51 %", "un 51 %", ref="51%", text="51 %",
       note="about dropped")],
])
T("text/climate.fr.txt", "text/climate.en.txt", [
    [E("currency", "115,9 milliards de dollars", "115,9 milliards d'euros", ref="$115.9 billion"),
     E("missing", ", tandis que celles de l'Union européenne ont reculé de 7,4~%", "",
       ref="7.4%", note="clause dropped")],
    [E("value", "de 43~%", "de 34~%", ref="43%", text="34~%", note="digits transposed"),
     E("qualifier_contradiction", "plus de 120 scientifiques", "moins de 120 scientifiques",
       ref="120 scientists", text="120", note="more than became less than")],
])
T("text/climate.ar.txt", "text/climate.en.txt", [
    [E("scale", "37.4 مليار طن", "37.4 مليون طن", ref="37.4 billion", text="37.4 مليون",
       note="milliard became million"),
     E("value", "بنسبة 4%", "بنسبة 14%", ref="4%", ref_nth=0, text="14%", note="a digit added")],
    [E("qualifier_dropped", "أعلى بنحو 51%", "أعلى بـ51%", ref="51%", text="51%",
       note="about dropped"),
     E("missing", " من 90 مؤسسة", "", ref="90 institutions", note="figure left out")],
])

# ---------------------------------------------------------------- text: solar contract
T("text/solar.es.md", "text/solar.en.md", [
    [E("currency", "853 millones de dólares", "853 millones de euros", ref="USD 853 million"),
     E("value", "unos 250.000 hogares", "unos 25.000 hogares", ref="250,000",
       text="25.000", note="a zero dropped")],
    [E("value", "1500 megavatios", "150 megavatios", ref="1,500", text="150",
       note="a zero dropped"),
     E("qualifier_contradiction", "hasta 4000 empleos", "más de 4000 empleos", ref="4,000",
       text="4000", note="up to became more than"),
     E("scale", "61.000 millones de riales saudíes", "61 billones de riales saudíes",
       ref="SAR 61 billion", note="billion rendered as billón (10^12)")],
])
T("text/solar.fr.md", "text/solar.en.md", [
    [E("scale", "3,2 milliards de riyals saoudiens", "3,2 millions de riyals saoudiens",
       ref="SAR 3.2 billion", ref_nth=1, note="milliard became million"),
     E("qualifier_contradiction", "au moins 35~%", "moins de 35~%", ref="35%", text="35~%",
       note="at least became less than")],
    [E("missing", " et réduira les émissions de carbone de près de 2,4 millions de tonnes par an.",
       ".", ref="2.4 million", note="clause dropped"),
     E("rounding", "gagné 3,8~%", "gagné 4~%", ref="3.8%", text="4~%",
       note="3.8 rounded to 4: 5% off")],
])
T("text/solar.ar.md", "text/solar.en.md", [
    [E("currency", "853 مليون دولار", "853 مليون ريال", ref="USD 853 million"),
     E("rounding", "2.4 مليون طن", "2 مليون طن", ref="2.4 million",
       note="2.4 rounded to 2: 17% off")],
    [E("value", "١٥٠٠ ميغاواط", "١٠٥٠ ميغاواط", ref="1,500", text="١٠٥٠", note="wrong digit"),
     E("qualifier_dropped", "ما لا يقل عن 35٪", "35٪", ref="35%", note="at least dropped")],
])

# ---------------------------------------------------------------- text: es, fr, ar references
T("text/retail.en.md", "text/retail.es.md", [
    [E("scale", "38.2 billion pesos", "38.2 million pesos", ref="38.200 millones",
       note="millones read as million"),
     E("extra", "the company announced on Tuesday.",
       "the company announced on Tuesday, its largest investment in 15 years.", text="15",
       note="a count the source does not give")],
    [E("value", "grew 7.5%", "grew 75%", ref="7,5 %", text="75%", note="decimal comma lost"),
     E("currency", "285 pesos", "285 dollars", ref="285 pesos", text="285 dollars")],
    [E("qualifier_dropped", "nearly 26,000", "26,000", ref="26.000", note="casi dropped"),
     E("points_vs_percent", "by 1.2 percentage points", "by 1.2%", ref="1,2 puntos porcentuales",
       text="1.2%")],
])
T("text/retail.fr.md", "text/retail.es.md", [
    [E("value", "1^150 points de vente", "1^510 points de vente", ref="1.150", text="1^510",
       note="digits transposed"),
     E("currency", "285 pesos", "285 $", ref="285 pesos",
       note="peso sign read as the dollar sign")],
    [E("qualifier_contradiction", "Plus de 60~%", "Moins de 60~%", ref="60 %", text="60~%",
       note="more than became less than"),
     E("missing", " ; les nouveaux magasins créeront environ 3^000 emplois", "",
       ref="3.000", note="clause dropped")],
])
T("text/budget.en.txt", "text/budget.fr.txt", [
    [E("scale", "€1.02 billion", "€1.02 million", ref="1,02 milliard",
       note="milliard became million"),
     E("value", "28 schools", "82 schools", ref="28 écoles", text="82",
       note="digits transposed")],
    [E("missing", ", or about €1,040 per resident,", ",", ref="1~040 euros".replace("~", "\u00a0"),
       note="clause dropped"),
     E("qualifier_contradiction", "at least 150 staff", "up to 150 staff", ref="150 agents",
       text="150", note="at least became up to")],
])
T("text/water.en.md", "text/water.ar.md", [
    [E("scale", "400,000 cubic metres", "400 million cubic metres", ref="٤٠٠ ألف",
       text="400 million", note="ألف read as million"),
     E("qualifier_contradiction", "more than 600 jobs", "up to 600 jobs", ref="600 فرصة",
       text="600", note="more than became up to")],
    [E("currency", "new AED 2.5 billion", "new $2.5 billion", ref="2.5 مليار درهم", ref_nth=1,
       text="$2.5 billion"),
     E("value", "by 30%", "by 3%", ref="٣٠٪", text="3%", note="a zero dropped")],
])

# ---------------------------------------------------------------- PO: storefront strings
T("po/shop.es.po", None, [
    [E("qualifier_contradiction", "Ahorra hasta un 30 %", "Ahorra más de un 30 %", ref="30%",
       ref_ctx="up to 30%", text="30 %", note="up to became more than"),
     E("value", "(hasta 20 por pedido)", "(hasta 12 por pedido)", nth=1, ref="20",
       ref_ctx="up to 20 per order", ref_nth=1, text="12",
       note="one plural form only (msgstr[1])"),
     E("currency", "9,99 $", "9,99 €", ref="$9.99")],
    [E("scale", "Más de 1,2 millones de clientes", "Más de 1.200 clientes", ref="1.2 million",
       text="1.200", note="million read as thousand"),
     E("missing", ", con una tarifa mínima de 0,30 $", "", ref="$0.30", note="clause dropped"),
     E("qualifier_dropped", "al menos un 5 %", "un 5 %", ref="5%", ref_ctx="at least 5%",
       text="5 %", note="at least dropped")],
])
T("po/shop.fr.po", None, [
    [E("value", "pendant 30 jours", "pendant 14 jours", ref="30 days", text="14",
       note="localized to the French legal return period"),
     E("qualifier_dropped", "45 minutes environ", "45 minutes", ref="45 minutes",
       note="about dropped"),
     E("currency", "minimum de 0,30~$", "minimum de 0,30~€", ref="$0.30", text="0,30~€")],
    [E("value", "Plus de 25^000 vendeurs", "Plus de 250^000 vendeurs", ref="25,000",
       text="250^000", note="a zero added"),
     E("extra", "sont gratuits pendant 30 jours.",
       "sont gratuits pendant 30 jours, dans la limite de 3 retours par an.", text="3",
       note="a count the source does not give"),
     E("qualifier_contradiction", "jusqu'à 30~%", "au moins 30~%", ref="30%",
       ref_ctx="up to 30%", text="30~%", note="up to became at least")],
])
T("po/shop.ar.po", None, [
    [E("value", "٣٠٪", "٣٪", ref="30%", ref_ctx="up to 30%", note="a zero dropped"),
     E("currency", "9.99 دولار", "9.99 يورو", ref="$9.99"),
     E("missing", " في ١٢ مدينة", "", ref="12 cities", note="figure left out")],
    [E("scale", "أكثر من 1.2 مليون عميل", "أكثر من 1.2 مليار عميل", ref="1.2 million",
       text="1.2 مليار", note="million became milliard"),
     E("qualifier_dropped", "خصم لا يقل عن 5٪", "خصم بنسبة 5٪", ref="5%",
       ref_ctx="at least 5%", text="5٪", note="at least dropped"),
     E("value", "%d منتجات أخرى (بحد أقصى 20 منتجًا", "%d منتجات أخرى (بحد أقصى 10 منتجات",
       ref="20", ref_ctx="up to 20 per order", ref_nth=1, text="10",
       note="one plural form only (msgstr[3])")],
])

# ---------------------------------------------------------------- XLIFF 1.2: subscription plans
T("xliff/plans.es.xlf", None, [
    [E("value", "179 $ al año", "197 $ al año", ref="$179", text="197 $", note="digits transposed"),
     E("qualifier_contradiction", "admiten hasta 6 cuentas", "admiten al menos 6 cuentas",
       ref="6 accounts", text="6", note="up to became at least")],
    [E("scale", "Más de 80 millones", "Más de 80 mil millones", ref="80 million",
       text="80 mil millones", note="million became billion"),
     E("missing", " durante 12 meses", "", ref="12 months", note="figure left out")],
])
T("xliff/plans.fr.xlf", None, [
    [E("currency", "8,99~$", "8,99~€", ref="$8.99"),
     E("qualifier_dropped", "environ 17~%", "17~%", ref="17%", note="about dropped")],
    [E("value", "dans 190 pays", "dans 19 pays", ref="190 countries", text="19",
       note="a zero dropped"),
     E("extra", "sur chaque appareil.", "sur chaque appareil, soit 400 titres au total.",
       text="400", note="a count the source does not give")],
])
T("xliff/plans.ar.xlf", None, [
    [E("value", "خصم 50٪", "خصم 5٪", ref="50%", text="5٪", note="a zero dropped"),
     E("qualifier_contradiction", "حتى 6 حسابات", "أكثر من 6 حسابات", ref="6 accounts",
       text="6", note="up to became more than")],
    [E("missing", " بمتوسط 7٪", "", ref="7%", ref_ctx="average of 7%", note="figure left out"),
     E("currency", "179 دولارًا", "179 يورو", ref="$179")],
])

# ---------------------------------------------------------------- XLIFF 2.0: travel insurance
T("xliff/travel.es.xlf", None, [
    [E("scale", "hasta 3 millones de euros", "hasta 3 mil euros", ref="€3 million",
       text="3 mil euros", note="million became thousand"),
     E("qualifier_contradiction", "en menos de 5 días", "en más de 5 días",
       ref="5 working days", text="5", note="less than became more than")],
    [E("currency", "5000 libras", "5000 euros", ref="£5,000"),
     E("rounding", "del 2,5 %", "del 3 %", ref="2.5%", text="3 %",
       note="2.5 rounded to 3: 20% off")],
])
T("xliff/travel.fr.xlf", None, [
    [E("value", "75~€", "57~€", ref="€75", note="digits transposed"),
     E("qualifier_dropped", "jusqu'à 1^200 dollars", "1^200 dollars", ref="$1,200",
       note="up to dropped")],
    [E("missing", ", dans la limite de 300 dollars par objet", "", ref="$300",
       note="clause dropped"),
     E("value", "dans les 28 jours", "dans les 21 jours", ref="28 days", text="21",
       note="wrong value")],
])
T("xliff/travel.ar.xlf", None, [
    [E("scale", "3 ملايين يورو", "3 آلاف يورو", ref="€3 million", text="3 آلاف يورو",
       note="million became thousand"),
     E("value", "أفراد 15٪", "أفراد 5٪", ref="15%", text="5٪", note="a digit dropped")],
    [E("qualifier_contradiction", "أقل من 5 أيام", "أكثر من 5 أيام", ref="5 working days",
       text="5", note="less than became more than"),
     E("currency", "75 يورو", "75 دولارًا", ref="€75")],
])

# ---------------------------------------------------------------- JSON: fitness app
T("json/fitness/es.json", "json/fitness/en.json", [
    [E("value", "52.340 pasos", "53.240 pasos", ref="52,340", text="53.240",
       note="digits swapped"),
     E("currency", "4,99 $", "4,99 €", ref="$4.99")],
    [E("qualifier_contradiction", "hasta 1000 €", "más de 1000 €", ref="€1,000",
       text="1000 €", note="up to became more than"),
     E("missing", " en 120 países", "", ref="120 countries", note="figure left out")],
])
T("json/fitness/fr.json", "json/fitness/en.json", [
    [E("value", "8^000 pas", "6^000 pas", ref="8,000", text="6^000", note="wrong digit"),
     E("qualifier_dropped", "environ 300 calories", "300 calories", ref="300 calories",
       text="300", note="about dropped")],
    [E("extra", "Plus de 500 séances guidées", "Plus de 500 séances guidées et 40 programmes",
       text="40", note="a count the source does not give"),
     E("scale", "3,5 millions", "3,5 milliards", ref="3.5 million",
       note="million became milliard")],
])
T("json/fitness/ar.json", "json/fitness/en.json", [
    [E("value", "٥٢٬٣٤٠", "٥٢٬٤٣٠", ref="52,340", note="digits swapped"),
     E("qualifier_contradiction", "أقل من 150 نبضة", "أكثر من 150 نبضة", ref="150 beats",
       text="150", note="below became more than")],
    [E("currency", "39.99 دولار", "39.99 يورو", ref="$39.99"),
     E("rounding", "وفّر 33٪", "وفّر 30٪", ref="33%", text="30٪", note="33 rounded to 30: 9% off")],
])

# ---------------------------------------------------------------- JSON: energy supplier app
T("json/energy/es.json", "json/energy/en.json", [
    [E("points_vs_percent", "5 puntos porcentuales más", "un 5 % más",
       ref="5 percentage points", text="5 %"),
     E("value", "84,20 £", "48,20 £", ref="£84.20", note="digits swapped")],
    [E("qualifier_dropped", "al menos un 75 %", "un 75 %", ref="75%", text="75 %",
       note="at least dropped"),
     E("currency", "450 libras", "450 euros", ref="£450")],
])
T("json/energy/fr.json", "json/energy/en.json", [
    [E("qualifier_dropped", "de 10~% au maximum", "de 10~%", ref="10%", text="10~%",
       note="up to (au maximum) dropped"),
     E("points_vs_percent", "soit 5 points de plus", "soit 5~% de plus",
       ref="5 percentage points", text="5~%")],
    [E("value", "0,53~£", "0,35~£", ref="£0.53", note="digits swapped"),
     E("missing", ", soit environ 7 kWh par jour", "", ref="7 kWh", note="clause dropped")],
])
T("json/energy/ar.json", "json/energy/en.json", [
    [E("value", "96 جنيهًا", "69 جنيهًا", ref="£96", text="69 جنيهًا", note="digits swapped"),
     E("currency", "84.20 جنيه إسترليني", "84.20 دولار", ref="£84.20")],
    [E("points_vs_percent", "بزيادة 5 نقاط مئوية", "بزيادة 5٪", ref="5 percentage points",
       text="5٪"),
     E("qualifier_contradiction", "بنسبة تصل إلى 10٪", "بنسبة لا تقل عن 10٪", ref="10%",
       text="10٪", note="up to became at least")],
])

# ---------------------------------------------------------------- directories: team handbook
for _lang in ("es", "fr", "ar"):
    _dirs = ("handbook/en", f"handbook/{_lang}")
    _pricing, _security = {
        "es": (
            [[E("qualifier_contradiction", "más de 500 usuarios", "menos de 500 usuarios",
                ref="500 users", text="500", note="more than became less than"),
              E("currency", "o 15 $", "o 15 €", ref="$15", text="15 €")]],
            [[E("missing", " y se conservan durante 35 días", "", ref="35 days",
                note="clause dropped"),
              E("value", "Corregimos 142", "Corregimos 124", ref="142", text="124",
                note="digits transposed")]]),
        "fr": (
            [[E("value", "coûtent 12~$", "coûtent 21~$", ref="$12", text="21~$",
                note="digits transposed"),
              E("qualifier_dropped", "une remise pouvant aller jusqu'à 25~%", "une remise de 25~%",
                ref="25%", text="25~%", note="up to dropped")]],
            [[E("qualifier_contradiction", "au moins 500~$", "jusqu'à 500~$", ref="$500",
                text="500~$", note="at least became up to"),
              E("value", "86^000~$", "68^000~$", ref="$86,000", note="digits transposed")]]),
        "ar": (
            [[E("currency", "أو 15 دولارًا", "أو 15 يورو", ref="$15", text="15 يورو"),
              E("value", "100 غيغابايت", "10 غيغابايت", ref="100 GB", text="10",
                note="a zero dropped")]],
            [[E("value", "142 ثغرة", "124 ثغرة", ref="142", text="124", note="digits transposed"),
              E("qualifier_dropped", "ما لا يقل عن 500 دولار", "500 دولار", ref="$500",
                note="at least dropped")]]),
    }[_lang]
    T(f"handbook/{_lang}/pricing.md", "handbook/en/pricing.md", _pricing, dir=_dirs)
    T(f"handbook/{_lang}/security.md", "handbook/en/security.md", _security, dir=_dirs)

# ---------------------------------------------------------------- PO: banking app strings
T("po/bank.es.po", None, [
    [E("points_vs_percent", "0,5 puntos porcentuales", "un 0,5 %",
       ref="0.5 percentage points", text="0,5 %"),
     E("value", "40.000 cajeros", "4.000 cajeros", ref="40,000", text="4.000",
       note="a zero dropped"),
     E("currency", "2500 USD", "2500 EUR", ref="USD 2,500")],
    [E("qualifier_contradiction", "de hasta 15.000 €", "de más de 15.000 €", ref="€15,000",
       text="15.000 €", note="up to became more than"),
     E("value", "126,40 £", "162,40 £", ref="£126.40", note="digits transposed")],
])
T("po/bank.fr.po", None, [
    [E("value", "3,25~%", "3,52~%", ref="3.25%", note="digits transposed"),
     E("qualifier_dropped", "en moins de 10 minutes", "en 10 minutes", ref="10 minutes",
       ref_ctx="less than 10 minutes", text="10", note="less than dropped"),
     E("currency", "20~£", "20~€", ref="£20")],
    [E("points_vs_percent", "de 0,5 point de pourcentage", "de 0,5~%",
       ref="0.5 percentage points", text="0,5~%"),
     E("missing", ", plafonné à 20~£ par mois", "", ref="£20", note="clause dropped")],
])
T("po/bank.ar.po", None, [
    [E("value", "٣٫٢٥٪", "٢٫٣٥٪", ref="3.25%", note="digits transposed"),
     E("qualifier_contradiction", "من أكثر من 40 ألف", "من أقل من 40 ألف", ref="40,000",
       text="40 ألف", note="more than became less than")],
    [E("currency", "2,500 دولار أمريكي", "2,500 يورو", ref="USD 2,500"),
     E("missing", " لمدة 25 عامًا", "", ref="25 years", note="figure left out")],
])

# ---------------------------------------------------------------- text: metro line
T("text/transport.es.txt", "text/transport.en.txt", [
    [E("scale", "2.700 millones de libras", "2,7 billones de libras", ref="£2.7 billion",
       note="billion rendered as billón (10^12)"),
     E("value", "11 estaciones", "17 estaciones", ref="11 stations", text="17",
       note="wrong digit")],
])
T("text/transport.fr.txt", "text/transport.en.txt", [
    [E("value", "36~000 voyageurs", "3~600 voyageurs", ref="36,000", text="3~600",
       note="a zero dropped"),
     E("qualifier_dropped", "Environ 60~%", "60~%", ref="60%", note="around dropped")],
])
T("text/transport.ar.txt", "text/transport.en.txt", [
    [E("currency", "2.7 مليار جنيه إسترليني", "2.7 مليار دولار", ref="£2.7 billion"),
     E("value", "إلى 19 دقيقة", "إلى 15 دقيقة", ref="19 minutes", text="15",
       note="wrong digit")],
])

# ---------------------------------------------------------------- text: nutrition label
T("text/nutrition.es.md", "text/nutrition.en.md", [
    [E("qualifier_contradiction", "al menos un 20 %", "como máximo un 20 %", ref="20%",
       text="20 %", note="at least became at most"),
     E("currency", "cuesta 3,49 €", "cuesta 3,49 $", ref="€3.49", text="3,49 $")],
])
T("text/nutrition.fr.md", "text/nutrition.en.md", [
    [E("value", "190~kcal", "109~kcal", ref="190 kcal", text="109", note="digits transposed"),
     E("missing", ", soit 6,98~€ le kilo", "", ref="€6.98", note="clause dropped")],
])
T("text/nutrition.ar.md", "text/nutrition.en.md", [
    [E("qualifier_dropped", "نحو 15٪", "15٪", ref="15%", note="about dropped"),
     E("value", "3.49 يورو", "3.94 يورو", ref="€3.49", note="digits transposed")],
])

# ---------------------------------------------------------------- text: housing market
T("text/housing.es.txt", "text/housing.en.txt", [
    [E("points_vs_percent", "0,4 puntos porcentuales menos", "un 0,4 % menos",
       ref="0.4 percentage points", text="0,4 %"),
     E("rounding", "subió un 2,3 %", "subió un 2 %", ref="2.3%", text="2 %",
       note="2.3 rounded to 2: 13% off")],
])
T("text/housing.fr.txt", "text/housing.en.txt", [
    [E("value", "5,8~% sur un an", "8,5~% sur un an", ref="5.8%", text="8,5~%",
       note="digits swapped"),
     E("qualifier_dropped", "soit près de 12~%", "soit 12~%", ref="12%", text="12~%",
       note="nearly dropped")],
])
T("text/housing.ar.txt", "text/housing.en.txt", [
    [E("points_vs_percent", "بانخفاض 0.4 نقطة مئوية", "بانخفاض 0.4٪",
       ref="0.4 percentage points", text="0.4٪"),
     E("value", "312 ألف يورو", "321 ألف يورو", ref="€312,000", text="321 ألف يورو",
       note="digits transposed")],
])

# ---------------------------------------------------------------- text: museum
T("text/museum.es.txt", "text/museum.en.txt", [
    [E("value", "cuesta 16 €", "cuesta 6 €", ref="€16", text="6 €", note="a digit dropped"),
     E("extra", "en su primer año.", "en su primer año, 300.000 más que antes del cierre.",
       text="300.000", note="a figure the source does not give")],
])
T("text/museum.fr.txt", "text/museum.en.txt", [
    [E("scale", "1,3 million", "1,3 milliard", ref="1.3 million", note="million became milliard"),
     E("currency", "48 millions d'euros", "48 millions de dollars", ref="€48 million")],
])
T("text/museum.ar.txt", "text/museum.en.txt", [
    [E("qualifier_dropped", "ما يصل إلى 1.3 مليون", "1.3 مليون", ref="1.3 million",
       note="up to dropped"),
     E("value", "بنسبة 35٪", "بنسبة 53٪", ref="35%", text="53٪", note="digits transposed")],
])

# ---------------------------------------------------------------- text: es, fr, ar references (2)
T("text/tourism.fr.txt", "text/tourism.es.txt", [
    [E("scale", "22,5 milliards d'euros", "22,5 billions d'euros", ref="22.500 millones",
       note="billion (10^12 in French) for mil millones"),
     E("points_vs_percent", "trois points de plus", "3~% de plus", ref="tres puntos",
       text="3~%")],
])
T("text/tourism.en.txt", "text/tourism.es.txt", [
    [E("value", "€1,390", "€1,930", ref="1.390 euros", note="digits transposed"),
     E("qualifier_dropped", "nearly 5.7 million", "5.7 million", ref="5,7 millones",
       note="casi dropped")],
])
T("text/wine.en.md", "text/wine.fr.md", [
    [E("scale", "€15.8 billion", "€15.8 million", ref="15,8 milliards",
       note="milliards became million"),
     E("qualifier_contradiction", "more than 85,000 farms", "nearly 85,000 farms",
       ref="85~000".replace("~", "\u00a0"), text="85,000", note="plus de became nearly")],
])
T("text/oil.en.txt", "text/oil.ar.txt", [
    [E("value", "$78.40", "$87.40", ref="78.40 دولار", note="digits transposed"),
     E("missing", ", more than 2 million barrels below its maximum capacity", "",
       ref="مليوني برميل", note="clause dropped")],
])
