"""Turn matched text into typed values: dates, money, durations, numbers, scores.

Libraries do the parsing (python-dateutil for dates, text2num for number words, Babel's
CLDR data for currency symbols and ISO 4217 codes); this module only chooses what to hand them.
"""

from __future__ import annotations

import functools
import tomllib
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from importlib import resources

import regex as re
from babel import Locale
from babel.numbers import (
    get_currency_name,
    get_currency_symbol,
    get_territory_currencies,
    is_currency,
    list_currencies,
)
from dateutil import parser as date_parser
from text_to_num import text2num

from lookback_kg.model import Duration, Money, Relation

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)


@functools.cache
@functools.cache
def _credit_keys_file() -> dict:
    text = resources.files("lookback_kg.extract").joinpath("credit_keys.toml").read_text("utf-8")
    return tomllib.loads(text)


def credit_keys() -> tuple[dict[str, tuple[Relation, ...]], tuple[str, ...]]:
    """The credit keys of credit_keys.toml ("regjia", "режисер"), each with the relations its
    names take, and the keys of a running time ("kohëzgjatja")."""
    data = _credit_keys_file()
    keys = {
        word: tuple(Relation(name) for name in group["relations"])
        for group in data["key"]
        for word in group["words"]
    }
    return keys, tuple(data["duration"]["words"])


def film_words() -> tuple[str, ...]:
    """The words of credit_keys.toml that call a work a film before its quoted title, in
    tongues without capitals ("চলচ্চিত্র", "فلم")."""
    return tuple(_credit_keys_file()["film"]["words"])


# Minutes in the tongues of the credit pages read ("104 minutos", "98 Minuten", "104 dk.",
# "101 menit"), after a number only
FOREIGN_MINUTES = (
    r"minutos|minuten|minuti|minuter|minutter|minuta|minut|dakika|dk|menit|"
    # (and "97 mínútur", "102 хвилини", "95 минути", "88 perc", "110 phút", "96 मिनट" ...)
    r"minuto|minuty|minutit|minuuttia|minūtes|minutės|minučių|mínútur|mínútna|perc|phút|"
    r"хвилин[аи]?|минут[аиы]?|мин|минутын|dəqiqə|daqiqa|րոպե|წუთი|دقیقه|دقيقة|דקות|"
    r"मिनट|মিনিট|ਮਿੰਟ|મિનિટ|நிமிடங்கள்|நிமிடம்|నిమిషాలు|മിനിറ്റ്|ನಿಮಿಷ|นาที|minutten|"
    # (Marathi, Nepali, Urdu, Sinhala, Odia, Amharic, Khmer, Lao, Burmese, Kurdish, Pashto)
    r"मिनिटे|मिनिटं|मिनिट|मिनेट|منٹ|මිනිත්තු|ମିନିଟ|ደቂቃ|នាទី|ນາທີ|မိနစ်|خولەک|دقیقې"
)
# ... and hours, read only before their minutes: "1 jam 47 menit", "1 hora 47 minutos"
# (and Swedish, Norwegian, Danish "1 tim 58 min", "1 t. 58 min."; Polish, Czech, Slovak "1
# godz. 47 min", "1 hod. 47 min")
FOREIGN_HOURS = (
    r"jam|horas?|heures?|ore|ora|stunden?|std|saat|timer|tim|t|uur|óra|tuntia|tunti|godz|hod|"
    r"घण्टा|घंटे|घंटा|तास|ঘণ্টা|گھنٹے|گھنٹہ|පැය|ଘଣ୍ଟା|ሰዓት|ម៉ោង|ຊົ່ວໂມງ|နာရီ|کاتژمێر|ساعت"
)
NUMBER_WORD = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred"
)
SCALE_WORDS = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "millones": Decimal(10) ** 6,  # "MX$38 millones", "R$12 milhões", "zł4 mln"
    "milhões": Decimal(10) ** 6,
    "milyon": Decimal(10) ** 6,  # Turkish
    "juta": Decimal(10) ** 6,  # Indonesian
    "miliar": Decimal(10) ** 9,
    "milyar": Decimal(10) ** 9,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "lakh": Decimal(10) ** 5,  # Indian numbering: ₹38 crore is 380 million rupees
    "lakhs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "cr": Decimal(10) ** 7,  # "₹22.5 cr", as the trade papers write it
}
# The scale words as a pattern, longest first ("mn" before "m").
SCALE_PATTERN = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))


# Everyday names of currencies that CLDR spells out in full ("Japanese yen").
def _cldr_currency_words() -> dict[str, str]:
    """The English names of the currencies in use, from CLDR: "Kazakhstani tenge", "forints",
    "Mexican pesos". A last word shared by several currencies ("pesos", "kroner") is kept only
    with its country's word; one that is also a common word ("gold", "mark") not at all."""
    in_use = sorted(
        {code for land in Locale("en").territories for code in get_territory_currencies(land)}
    )
    names = {
        get_currency_name(code, count=count, locale="en").lower(): code
        for code in in_use
        for count in (1, 2)
    }
    last_words: dict[str, set[str]] = {}
    for name, code in names.items():
        last_words.setdefault(name.split()[-1], set()).add(code)
    words = {name: code for name, code in names.items() if "(" not in name and " " in name}
    for word, codes in last_words.items():
        if len(codes) == 1 and word not in _COMMON_WORDS and word.isalpha():
            words[word] = codes.pop()
    return words


def _shared_currency_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """The last words several currencies share ("pesos", "kroner", "dinars"), each code with
    the words a page about its country writes: its full names ("Mexican pesos"), its code,
    and its countries ("Mexico")."""
    english = Locale("en")
    lands: dict[str, set[str]] = {}
    for land in english.territories:
        for code in get_territory_currencies(land):
            lands.setdefault(code, set()).add(english.territories[land].lower())
    shared: dict[str, dict[str, tuple[str, ...]]] = {}
    for code in sorted(lands):
        full = {get_currency_name(code, count=count, locale="en").lower() for count in (1, 2)}
        for name in full:
            shared.setdefault(name.split()[-1], {})[code] = tuple(sorted(full | lands[code]))
    return {
        word: codes
        for word, codes in shared.items()
        if len(codes) > 1 and word.isalpha() and word not in _COMMON_WORDS
    }


_COMMON_WORDS = {"gold", "mark", "marks", "sol", "kina", "tala", "lek", "kip", "pula", "loti"}
# Everyday names that CLDR leaves ambiguous or spells otherwise; these win
CURRENCY_WORDS = {
    **_cldr_currency_words(),
    "yen": "JPY",
    "rial": "IRR",  # Iran's; Oman's and Yemen's are written with their country's name
    "rials": "IRR",
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "won": "KRW",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "naira": "NGN",
    "real": "BRL",
    "reais": "BRL",
    "zloty": "PLN",
    "zlotys": "PLN",
    "złoty": "PLN",
    "złotych": "PLN",
    "kronor": "SEK",
    "rand": "ZAR",
    "dong": "VND",
    "baht": "THB",
    "rupiah": "IDR",
    "ringgit": "MYR",
}
# Last words several currencies share, that only the page can settle: "78.4 million pesos" on
# a page about Mexico's box office
SHARED_CURRENCY_WORDS = {
    word: codes for word, codes in _shared_currency_words().items() if word not in CURRENCY_WORDS
}
# Marks CLDR's en_US symbols lack, as articles write them: "₦412m", "45 zł", "E£3 million".
CURRENCY_MARKS = {
    "₦": "NGN",
    "zł": "PLN",
    "E£": "EGP",
    "RMB": "CNY",
    "Kč": "CZK",
    "Rs": "INR",  # (India's, unless the page settles another's: see page_rupee)
    "₨": "INR",
    "KSh": "KES",  # East Africa's shillings and Ghana's cedi, as their papers write them
    "USh": "UGX",
    "TSh": "TZS",
    "GH₵": "GHS",
    "Rp": "IDR",  # and the marks CLDR's English leaves as codes
    "₺": "TRY",
    "₫": "VND",
    "₸": "KZT",
    "₴": "UAH",
    "S/": "PEN",  # Peru's sol, as its papers write it: "S/ 4.2 million"
}
# A currency's mark before an amount: a symbol ("R$", "₦"), or an ISO code before a sum that
# has a scale or thousands ("SEK 4.7 million", "NOK 3,200,000"), not "TOP 10"
CURRENCY_BEFORE = (
    r"(?:[A-Z]{1,3}\$|CN¥|Rs\.?|"
    + "|".join(re.escape(mark) for mark in sorted(CURRENCY_MARKS, key=len, reverse=True))
    + r"|[$¥€£₩₹₦₱]"
    r"|[A-Z]{3}(?=[ \u00a0]?\d[\d.,]*[ \u00a0]?(?i:million|billion|crore|lakh|bn|mn|m)\b"
    r"|[ \u00a0]?\d{1,3},\d{3}))"
)
# ... and its name or code after the amount: "4.7 million SEK", "86 million naira", "45 zł"
_AFTER_WORDS = sorted(map(re.escape, CURRENCY_WORDS | SHARED_CURRENCY_WORDS), key=len, reverse=True)
CURRENCY_AFTER = (
    # (the CFA franc, by the last word the page's country settles: "85 million CFA francs")
    r"(?:CFA[ \u00a0](?i:francs?)|"
    rf"(?i:{'|'.join(_AFTER_WORDS)})"
    r"|zł|Kč|[A-Z]{3})(?!\w)"
)


@functools.cache
def currency_symbols() -> dict[str, str]:
    """Symbol -> ISO 4217 code from CLDR (en_US), e.g. '¥' -> 'JPY', 'A$' -> 'AUD'."""
    symbols: dict[str, str] = {}
    for code in sorted(list_currencies()):
        symbol = get_currency_symbol(code, locale="en_US")
        if symbol != code:
            symbols.setdefault(symbol, code)
    symbols["US$"] = "USD"
    symbols["C$"] = "CAD"
    return symbols


def currency_code(token: str) -> str | None:
    """The ISO 4217 code for a symbol, code or everyday name; None when unknown.

    >>> [currency_code(t) for t in ("¥", "$", "USD", "yen", "A$", "₦", "zł", "doubloons")]
    ['JPY', 'USD', 'USD', 'JPY', 'AUD', 'NGN', 'PLN', None]
    >>> [currency_code(t) for t in ("tenge", "Mexican pesos", "pesos", "forints", "gold")]
    ['KZT', 'MXN', None, 'HUF', None]
    """
    token = token.strip()
    if token.upper() == token and len(token) == 3 and is_currency(token):
        return token
    token = token.rstrip(".")  # "Rs."
    return (
        currency_symbols().get(token)
        or CURRENCY_MARKS.get(token)
        or CURRENCY_WORDS.get(token.lower())
    )


@functools.lru_cache(maxsize=256)
def page_currency(word: str, page: str) -> str | None:
    """The one currency of those sharing `word` ("pesos") that the page names elsewhere, by
    its code, its full name or its country; None when it names none or several.

    >>> page_currency("pesos", "Mexico box office. Figures in MXN.")
    'MXN'
    >>> page_currency("pesos", "Box office in Argentina and Chile."), page_currency("pesos", "")
    (None, None)
    """
    codes = SHARED_CURRENCY_WORDS.get(word.lower())
    if not codes:
        return None
    lowered = page.lower()
    named = {
        code
        for code, words in codes.items()
        if re.search(rf"\b{code}\b", page)
        or any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)
    }
    return named.pop() if len(named) == 1 else None


# The rupees of other countries than India, by the words a page names them with
_RUPEE_LANDS = {
    "PKR": ("pakistan", "pakistani", "lollywood", "pkr"),
    "LKR": ("sri lanka", "sri lankan", "sinhala", "lkr"),
    "NPR": ("nepal", "nepali", "nepalese", "npr"),
    "MUR": ("mauritius", "mauritian", "mur"),
}
RUPEE_MARKS = frozenset({"Rs", "Rs.", "₨", "rupee", "rupees"})


@functools.lru_cache(maxsize=256)
def page_rupee(page: str) -> str:
    """The rupee a page counts in: another country's where the page names that country and
    not India ("₨9.64 crore" on a page about a Pakistani film), else India's.

    >>> page_rupee("the 2023 Pakistani comedy took ₨9.64 crore"), page_rupee("Mumbai, ₹3 crore")
    ('PKR', 'INR')
    >>> page_rupee("a Nepali film ... its Indian release")
    'INR'
    """
    lowered = page.lower()
    if re.search(r"\b(?:india|indian|bollywood|inr)\b", lowered):
        return "INR"
    named = [
        code
        for code, words in _RUPEE_LANDS.items()
        if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)
    ]
    return named[0] if len(named) == 1 else "INR"


def parse_number(text: str) -> Decimal | None:
    """A number written in digits (with thousands commas) or words, with an optional scale.

    >>> [parse_number(t) for t in ("436,000", "1.2 million", "2.04 billion", "sixty-two")]
    [Decimal('436000'), Decimal('1200000.0'), Decimal('2040000000.00'), Decimal('62')]
    >>> parse_number("38 crore")
    Decimal('380000000')
    >>> parse_number("3,2 milhões"), parse_number("3.200.000"), parse_number("3,200")
    (Decimal('3200000.0'), Decimal('3200000'), Decimal('3200'))
    """
    text = text.strip().lower()
    match = re.fullmatch(rf"([\d.,]+|[a-z -]+?)\s*({SCALE_PATTERN})?", text)
    if match is None:
        return None
    digits, scale = match.groups()
    if re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", digits):
        digits = digits.replace(".", "")  # "3.200.000": dots between thousands
    elif scale and re.fullmatch(r"\d{1,3},\d{1,2}", digits):
        digits = digits.replace(",", ".")  # "3,2 milhões": a decimal comma
    if re.fullmatch(r"[\d.,]+", digits):
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", digits) is None:
            return None
        try:
            number = Decimal(digits.replace(",", ""))
        except InvalidOperation:
            return None
    else:
        number_word = word_number(digits)
        if number_word is None:
            return None
        number = Decimal(number_word)
    return number * SCALE_WORDS[scale] if scale else number


def word_number(text: str) -> int | None:
    """Number words to an int ('forty-four' -> 44, 'a' -> 1); None when not a number.

    >>> word_number("forty-four"), word_number("an"), word_number("lots")
    (44, 1, None)
    """
    text = text.strip().lower()
    if text in ("a", "an"):
        return 1
    if text.isdigit():
        return int(text)
    try:
        return int(text2num(text.replace("-", " "), "en"))
    except ValueError:
        return None


def parse_money(amount: str, *, before: str = "", after: str = "") -> Money | None:
    """Money from its number and the currency marks written before and after it.

    >>> parse_money("180 million", before="¥")
    Money(amount=Decimal('180000000'), currency='JPY')
    >>> parse_money("1.2 million", before="$", after="USD")
    Money(amount=Decimal('1200000'), currency='USD')
    """
    code = currency_code(after) if after else None
    code = code or (currency_code(before) if before else None)
    number = parse_number(amount)
    if code is None or number is None or number <= 0:
        return None
    return Money(
        number.normalize().quantize(Decimal(1))
        if number == number.to_integral()
        else number.normalize(),
        code,
    )


# Tongues whose month names a page may date its facts in ("6 Ekim 2024", "22 de octubre de
# 2024", "3. Mai 2024"): read only with a day and a year around them
DATE_LOCALES = (
    "es fr pt it de tr id nl pl cs sk sv da nb fi hr sl ro hu ca et lv lt sr_Latn bs".split()
)
# Tongues whose dates put the month in the genitive that CLDR does not give: Serbian, Bosnian
# and Slovenian "17. avgusta 2024", "3. septembra" ("avgust", "septembar")
_GENITIVE_MONTHS = ("sr_Latn", "bs", "sl")


@functools.cache
def foreign_months() -> dict[str, int]:
    """Month names in the tongues above, lower-cased, as CLDR writes them (in both the form
    used in a date and the one that stands alone: Polish "października", "październik") ->
    the month's number; a name two tongues give two months ("listopad") is left out."""
    found: dict[str, set[int]] = {}
    for locale in DATE_LOCALES:
        months = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for number, name in months[context]["wide"].items():
                name = re.sub(r"^(?:de |d’|d')", "", name.lower())
                found.setdefault(name, set()).add(number)
                if locale in _GENITIVE_MONTHS and not name.endswith(("a", "e", "i", "o", "u")):
                    genitive = name[:-2] + "ra" if name.endswith("bar") else name + "a"
                    found.setdefault(genitive, set()).add(number)
    return {name: next(iter(n)) for name, n in found.items() if len(n) == 1 and len(name) > 2}


FOREIGN_MONTHS = "|".join(sorted(map(re.escape, foreign_months()), key=lambda n: (-len(n), n)))
# "6 Ekim 2024", "22 de octubre de 2024", "3. Mai 2024", "18 ottobre 2024": the day, the
# month, the year, in that order
_FOREIGN_DATE_PARTS = (
    r"(\d{1,2})\.?[ \u00a0](?:de[ \u00a0])?(" + f"(?i:{FOREIGN_MONTHS})" + r")"
    r"[ \u00a0](?:de[ \u00a0])?(\d{4})(?!\d)"
)
# (the same, its groups not capturing, for the rules' {DATE})
FOREIGN_DATE = _FOREIGN_DATE_PARTS.replace("(", "(?:").replace("(?:?", "(?")
_FOREIGN_DATE = re.compile(_FOREIGN_DATE_PARTS)


def parse_date(text: str, *, default_year: int | None = None) -> date | None:
    """A calendar date; a date written without a year needs `default_year`.

    >>> parse_date("June 28, 2024"), parse_date("4th October 2024")
    (datetime.date(2024, 6, 28), datetime.date(2024, 10, 4))
    >>> parse_date("March 14") is None, parse_date("March 14", default_year=2025)
    (True, datetime.date(2025, 3, 14))
    >>> parse_date("Friday the 3rd of May 2024")
    datetime.date(2024, 5, 3)
    >>> parse_date("05.10.2022")
    datetime.date(2022, 10, 5)
    >>> parse_date("16 nov", default_year=2024)  # a programme's day, in lower case
    datetime.date(2024, 11, 16)
    >>> parse_date("2024.10.04"), parse_date("2024/10/04")  # year first, as East Asia writes
    (datetime.date(2024, 10, 4), datetime.date(2024, 10, 4))
    >>> parse_date("21/02/2025"), parse_date("02/21/2025"), parse_date("03/04/2025")
    (datetime.date(2025, 2, 21), datetime.date(2025, 2, 21), None)
    >>> parse_date("6 Ekim 2024"), parse_date("22 de octubre de 2024"), parse_date("3. Mai 2024")
    (datetime.date(2024, 10, 6), datetime.date(2024, 10, 22), datetime.date(2024, 5, 3))
    >>> parse_date("17. avgusta 2024"), parse_date("3. septembra 2024")
    (datetime.date(2024, 8, 17), datetime.date(2024, 9, 3))
    """
    foreign = _FOREIGN_DATE.fullmatch(text.strip())
    if foreign:
        day, month, year = foreign.groups()
        try:
            return date(int(year), foreign_months()[month.lower()], int(day))
        except ValueError:
            return None
    text = re.sub(r"\bthe\s+(?=\d)", "", text)  # "Friday the 3rd of May 2024"
    has_year = re.search(r"\b\d{4}\b", text) is not None
    if not has_year and default_year is None:
        return None
    dotted = re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text) is not None  # "14.10.2022"
    iso = re.fullmatch(r"\d{4}([-./])\d{2}\1\d{2}", text) is not None  # (or "2024.10.04")
    # "21/02/2025": only where one number is too large to be the month
    slashed = re.fullmatch(r"(\d{1,2})/(\d{1,2})/\d{4}", text)
    if slashed and max(int(slashed[1]), int(slashed[2])) <= 12:
        return None  # "03/04/2025": March or April, as the page's country writes it
    if not (dotted or iso or slashed or re.search(rf"\b(?i:{MONTHS})", text)):
        return None
    base = datetime(default_year or 2000, 1, 1)
    try:
        first = dotted or bool(slashed and int(slashed[1]) > 12)
        return date_parser.parse(text, default=base, fuzzy=False, dayfirst=first).date()
    except (ValueError, OverflowError):
        return None


def parse_duration(text: str) -> Duration | None:
    """A running time from '62-minute', '58 minutes', '1h 44m', 'one hour and two minutes'.

    >>> [parse_duration(t).iso for t in ("62-minute", "104 mins", "one hour and two minutes",
    ...                                  "2 hr 4 min", "an hour and a half", "1h 37", "1h52")]
    ['PT1H2M', 'PT1H44M', 'PT1H2M', 'PT2H4M', 'PT1H30M', 'PT1H37M', 'PT1H52M']
    >>> [parse_duration(t).iso for t in ("an hour and three quarters", "two hours and a quarter")]
    ['PT1H45M', 'PT2H15M']
    >>> parse_duration("1:47").iso  # hours and minutes, as a clock writes them
    'PT1H47M'
    >>> [parse_duration(t).iso for t in ("104 dakika", "104 dk.", "101 menit", "98 Minuten")]
    ['PT1H44M', 'PT1H44M', 'PT1H41M', 'PT1H38M']
    >>> [parse_duration(t).iso for t in ("1 jam 47 menit", "1 hora 47 minutos", "2 Std. 5 Min.")]
    ['PT1H47M', 'PT1H47M', 'PT2H5M']
    >>> [parse_duration(t).iso for t in ("1 tim 58 min", "1 t. 58 min.", "1 t 5 min")]
    ['PT1H58M', 'PT1H58M', 'PT1H5M']
    >>> [parse_duration(t).iso for t in ("1 godz. 47 min", "1 hod. 52 min.", "112 minuta")]
    ['PT1H47M', 'PT1H52M', 'PT1H52M']
    """
    clock = re.fullmatch(r"\s*([1-4]):([0-5]\d)\s*", text)
    if clock:
        return Duration(int(clock.group(1)) * 60 + int(clock.group(2)))
    text = text.lower().replace("-", " ")
    text = re.sub(rf"(?<=\d\s?)(?:{FOREIGN_MINUTES})\b\.?", "minutes", text)  # "104 dakika"
    text = re.sub(rf"(?<=\d\s?)(?:{FOREIGN_HOURS})\b\.?(?=\s*\d{{1,2}}\s*min)", "hours", text)
    hours = minutes = 0
    found = False
    word = rf"(?:\d+(?:\.\d+)?|(?:(?:{NUMBER_WORD}|a|an)\s?)+)"
    hour = re.search(rf"({word})\s*(?:hours?|hrs?|h)(?:\b|(?=\d))", text)  # (and "1h52")
    if hour:
        hours_value = _number(hour.group(1))
        if hours_value is None:
            return None
        hours, found = hours_value, True
    minute = re.search(rf"({word})\s*(?:minutes?|mins?|m)\b", text[hour.end() if hour else 0 :])
    if minute:
        minutes_value = _number(minute.group(1))
        if minutes_value is None:
            return None
        minutes, found = minutes_value, True
    elif hour and (part := re.search(r"\band (a half|a quarter|three quarters)\b", text)):
        minutes = Decimal({"a half": 30, "a quarter": 15, "three quarters": 45}[part.group(1)])
    elif hour and (bare := re.match(r"\s*(\d{1,2})\s*$", text[hour.end() :])):
        minutes = Decimal(bare.group(1))  # "1h 37", a listing's short form
    total = hours * 60 + minutes
    if not found or total <= 0 or total != int(total):
        return None
    return Duration(int(total))


def _number(text: str) -> Decimal | None:
    text = text.strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return Decimal(text)
    value = word_number(text)
    return Decimal(value) if value is not None else None


@functools.cache
def country_names(keyed: bool = False) -> dict[str, str]:
    """Lower-cased English country name -> display name, from CLDR territories. Under a key
    that says it is a country ("Paese: Italia, Francia"), a local name that is also a word or
    a first name elsewhere ("Italia") is the country's too."""
    territories = Locale("en").territories
    found = {}
    for code, name in territories.items():
        if code.isalpha() and len(code) == 2 and code not in ("EU", "EZ", "UN", "QO", "ZZ"):
            shown = COMMON_COUNTRY_NAMES.get(code, name)
            found[name.lower()] = found[shown.lower()] = shown
            for locale in (*LISTING_LOCALES, *KEY_LOCALES):  # "Perú – España, 2009"
                local = Locale(locale).territories[code].lower()
                if keyed or local not in NOT_COUNTRY_NAMES:
                    found.setdefault(local, shown)
            for locale in SLAVIC_KEY_LOCALES if keyed else ():
                found.setdefault(Locale.parse(locale).territories[code].lower(), shown)
    return found | {name.lower(): name for name in FORMER_COUNTRIES}


# The tongues, besides English, that bilingual programmes and catalogues write their
# countries and languages in ("Perú – España", "Español, quechua")
LISTING_LOCALES = ("es", "fr", "pt", "it", "de")
# Their names that are also words or first names in English text
NOT_COUNTRY_NAMES = frozenset(
    {"chili", "granada", "maurice", "mauricio", "maurizio", "guadalupe", "island", "kuba", "italia"}
)
NOT_LANGUAGE_NAMES = frozenset({"latino", "mongol", "chino", "corse", "deutsch"})
# ... of which a tongue where a rule reads languages ("Originalsprache: Deutsch"), though a
# surname in English text
RULE_LANGUAGES = {"deutsch": "German"}
# ... and the tongues of credit pages whose keys are in them ("Ülke | Türkiye, Norveç", "Dil |
# Türkçe, Kürtçe", "Negara: Indonesia"), whose names are read less widely: not the ones that
# are English words or places ("Somali", "Reunion", "Swiss"; Indonesian "Arab", "Georgia")
KEY_LOCALES = ("tr", "id", "sv", "nb", "da")  # (and "Land: Sverige, Norge", "Språk: svenska")
# Slavic fact boxes' tongues ("Język: polski, kaszubski", "Jazyk: slovenčina"): their languages
# are read, and their countries only under a key that says so ("Kraj: Polska, Litwa"), since
# some are English words ("Indie")
SLAVIC_KEY_LOCALES = ("pl", "cs", "sk", "hr", "sr_Latn", "bs", "sl")
NOT_COUNTRY_NAMES |= {"fas", "somali", "reunion", "swiss", "arab saudi", "zona euro", "pulau man"}
NOT_COUNTRY_NAMES |= {"saint lucia", "saint martin", "saint helena", "man"}
NOT_LANGUAGE_NAMES |= set("arab marshall kree aragon assam tibet persia kashmir gujarat".split())
NOT_LANGUAGE_NAMES |= set("sardinia burma tahiti faroe avesta abkhaz ossetia".split())


# Countries a film of their day was made in, that CLDR no longer lists
FORMER_COUNTRIES = (
    "West Germany",
    "East Germany",
    "Soviet Union",
    "Yugoslavia",
    "Czechoslovakia",
)


@functools.cache
def country_codes() -> dict[str, str]:
    """ISO 3166 two-letter code -> display name ("PT" -> "Portugal"), for catalogue lines that
    write countries so."""
    territories = Locale("en").territories
    return {
        code: COMMON_COUNTRY_NAMES.get(code, name)
        for code, name in territories.items()
        if code.isalpha() and len(code) == 2 and code not in ("EU", "EZ", "UN", "QO", "ZZ")
    }


@functools.cache
def language_codes() -> frozenset[str]:
    """ISO 639-1 codes in capitals ("FR", "EN"): a bilingual page marks its halves with them."""
    return frozenset(code.upper() for code in Locale("en").languages if len(code) == 2)


# CLDR's name -> the name most articles (and Wikidata's labels) give: "Czech Republic".
COMMON_COUNTRY_NAMES = {
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "HK": "Hong Kong",
    "MO": "Macau",
    "BA": "Bosnia and Herzegovina",
    "MM": "Myanmar",
    "PS": "Palestine",
}


@functools.cache
def language_names() -> dict[str, str]:
    """Lower-cased English language name -> display name, from CLDR, with the names articles
    use that CLDR files under another (Mandarin is its "Chinese", Farsi its "Persian")."""
    english = Locale("en").languages
    names = {name.lower(): name for code, name in english.items() if "_" not in code}
    lands = set(country_names()) | {"korea"}
    for locale in (*LISTING_LOCALES, *KEY_LOCALES, *SLAVIC_KEY_LOCALES):  # "Español", "Türkçe"
        for code, local in Locale.parse(locale).languages.items():
            usable = len(code) == 2 and len(local) > 3 and local.lower() not in NOT_LANGUAGE_NAMES
            # (a place's name is no tongue's: Indonesian calls Bulgarian "Bulgaria")
            usable = usable and (locale in LISTING_LOCALES or local.lower() not in lands)
            if usable and code in english:
                names.setdefault(local.lower(), english[code])
    # CLDR writes a glottal stop with its own letter, "Kʼicheʼ"; pages type an apostrophe
    typed = {
        key.replace("ʼ", mark): name.replace("ʼ", "'")
        for key, name in names.items()
        if "ʼ" in key
        for mark in "'’"
    }
    spoken = {name.lower(): name for name in SPOKEN_NAMES}
    return names | typed | spoken | {key.lower(): name for key, name in OWN_NAMES.items()}


# Tongues an English page calls by their own name, as their speakers do: "Kiswahili and English"
OWN_NAMES = {
    "Kiswahili": "Swahili",
    "isiZulu": "Zulu",
    "isiXhosa": "Xhosa",
    "Sesotho sa Leboa": "Northern Sotho",
}


SPOKEN_NAMES = (
    "Mandarin",
    "Farsi",
    "Flemish",
    "Hokkien",
    "Shanghainese",
    "Castilian",
    "Luganda",  # CLDR's "Ganda"
    "Setswana",  # CLDR's "Tswana"
    "Pulaar",  # a Fula language
    "Nahuatl",  # CLDR lists its varieties only
    "Quechua",
    "Aymara",
    "Guarani",
    "Mapudungun",
    "Nheengatu",
    "Rarámuri",
    "Bengali",  # CLDR's "Bangla"
    "Mixtec",
    "Purépecha",
    "Sesotho",  # CLDR's "Southern Sotho"
    "Yucatec Maya",
    "Taiwanese Hokkien",
    "Tzotzil",
    "Otomí",
    "Kichwa",
)


# Adjectives of nationality -> the country's English name (CLDR has no demonyms).
DEMONYMS = {
    "japanese": "Japan",
    "soviet": "Soviet Union",  # the former countries' films: "a Soviet war film"
    "east german": "East Germany",
    "west german": "West Germany",
    "yugoslav": "Yugoslavia",
    "czechoslovak": "Czechoslovakia",
    "american": "United States",
    "french": "France",
    "british": "United Kingdom",
    "english": "United Kingdom",
    "korean": "South Korea",
    "south korean": "South Korea",
    "chinese": "China",
    "taiwanese": "Taiwan",
    "german": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
    "canadian": "Canada",
    "irish": "Ireland",
    "latvian": "Latvia",
    "belgian": "Belgium",
    "danish": "Denmark",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "indian": "India",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "australian": "Australia",
    "russian": "Russia",
    "polish": "Poland",
    "dutch": "Netherlands",
    "hong kong": "Hong Kong",
    "icelandic": "Iceland",
    "estonian": "Estonia",
    "finnish": "Finland",
    "chilean": "Chile",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "colombian": "Colombia",
    "peruvian": "Peru",
    "portuguese": "Portugal",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "czech": "Czech Republic",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "greek": "Greece",
    "turkish": "Turkey",
    "iranian": "Iran",
    "israeli": "Israel",
    "egyptian": "Egypt",
    "nigerian": "Nigeria",
    "south african": "South Africa",
    "kazakh": "Kazakhstan",
    "thai": "Thailand",
    "vietnamese": "Vietnam",
    "filipino": "Philippines",
    "indonesian": "Indonesia",
    "malaysian": "Malaysia",
    "new zealand": "New Zealand",
    "scottish": "United Kingdom",
    "welsh": "United Kingdom",
    "lithuanian": "Lithuania",
    "ukrainian": "Ukraine",
    "georgian": "Georgia",
    "senegalese": "Senegal",
    "tunisian": "Tunisia",
    "moroccan": "Morocco",
    "lebanese": "Lebanon",
    "palestinian": "Palestine",
    "cuban": "Cuba",
    "venezuelan": "Venezuela",
    "uruguayan": "Uruguay",
    "bolivian": "Bolivia",
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    # ... and more of the countries whose films the texts speak of
    "kenyan": "Kenya",
    "ghanaian": "Ghana",
    "ugandan": "Uganda",
    "tanzanian": "Tanzania",
    "ethiopian": "Ethiopia",
    "rwandan": "Rwanda",
    "cameroonian": "Cameroon",
    "ivorian": "Côte d’Ivoire",
    "malian": "Mali",
    "burkinabe": "Burkina Faso",
    "algerian": "Algeria",
    "sudanese": "Sudan",
    "zimbabwean": "Zimbabwe",
    "zambian": "Zambia",
    "congolese": "Congo - Kinshasa",
    "angolan": "Angola",
    "mozambican": "Mozambique",
    "namibian": "Namibia",
    "malawian": "Malawi",
    "libyan": "Libya",
    "eritrean": "Eritrea",
    "beninese": "Benin",
    "togolese": "Togo",
    "guinean": "Guinea",
    "sierra leonean": "Sierra Leone",
    "liberian": "Liberia",
    "gambian": "Gambia",
    "mauritanian": "Mauritania",
    "chadian": "Chad",
    "jordanian": "Jordan",
    "syrian": "Syria",
    "iraqi": "Iraq",
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "qatari": "Qatar",
    "kuwaiti": "Kuwait",
    "yemeni": "Yemen",
    "afghan": "Afghanistan",
    "pakistani": "Pakistan",
    "bangladeshi": "Bangladesh",
    "sri lankan": "Sri Lanka",
    "nepalese": "Nepal",
    "nepali": "Nepal",
    "bhutanese": "Bhutan",
    "burmese": "Myanmar",
    "cambodian": "Cambodia",
    "laotian": "Laos",
    "mongolian": "Mongolia",
    "singaporean": "Singapore",
    "armenian": "Armenia",
    "azerbaijani": "Azerbaijan",
    "belarusian": "Belarus",
    "moldovan": "Moldova",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "bosnian": "Bosnia and Herzegovina",
    "slovenian": "Slovenia",
    "slovak": "Slovakia",
    "slovakian": "Slovakia",
    "bulgarian": "Bulgaria",
    "macedonian": "North Macedonia",
    "albanian": "Albania",
    "kosovar": "Kosovo",
    "montenegrin": "Montenegro",
    "maltese": "Malta",
    "cypriot": "Cyprus",
    "luxembourgish": "Luxembourg",
    "ecuadorian": "Ecuador",
    "paraguayan": "Paraguay",
    "guatemalan": "Guatemala",
    "honduran": "Honduras",
    "salvadoran": "El Salvador",
    "nicaraguan": "Nicaragua",
    "costa rican": "Costa Rica",
    "panamanian": "Panama",
    "dominican": "Dominican Republic",
    "puerto rican": "Puerto Rico",
    "haitian": "Haiti",
    "jamaican": "Jamaica",
    "trinidadian": "Trinidad & Tobago",
    "fijian": "Fiji",
    "samoan": "Samoa",
    "kyrgyz": "Kyrgyzstan",
    "tajik": "Tajikistan",
    "turkmen": "Turkmenistan",
    "uzbek": "Uzbekistan",
    "somali": "Somalia",
    "malagasy": "Madagascar",
    "omani": "Oman",
    "bahraini": "Bahrain",
    "greenlandic": "Greenland",
    "faroese": "Faroe Islands",
    "north korean": "North Korea",
    "macanese": "Macau",
}


def country_of(text: str, keyed: bool = False) -> str | None:
    """A country's name from its name or its adjective ('Japanese' -> 'Japan').

    >>> country_of("Japanese"), country_of("japan"), country_of("North America")
    ('Japan', 'Japan', None)
    >>> country_of("USSR"), country_of("DDR")
    ('Soviet Union', 'East Germany')
    >>> country_of("Italia"), country_of("Italia", keyed=True)
    (None, 'Italy')
    """
    lowered = text.strip().lower()
    abbreviated = _ABBREVIATED.get(text.strip())  # "UK", "USA": in capitals only ("us")
    return abbreviated or DEMONYMS.get(lowered) or country_names(keyed).get(lowered)


_ABBREVIATED = {
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "USA": "United States",
    "US": "United States",
    "U.S.": "United States",
    "U.S.A.": "United States",
    "USSR": "Soviet Union",  # and the former countries by their initials
    "U.S.S.R.": "Soviet Union",
    "SSSR": "Soviet Union",
    "GDR": "East Germany",
    "DDR": "East Germany",
    "FRG": "West Germany",
    "BRD": "West Germany",
    "ČSSR": "Czechoslovakia",
    "SFRY": "Yugoslavia",
}


# German words for what a film is and where it is from, as a German sentence writes them
# before a title ("das deutsch-niederländische Familiendrama „X“"), and their English: the
# words the rules' classes are read from. Adjectives by their stem, any ending after it.
GERMAN_KIND_NOUNS = {
    "film": "film",
    "spielfilm": "film",
    "langfilm": "film",
    "kinofilm": "film",
    "debütfilm": "film",
    "fernsehfilm": "film",
    "dokumentarfilm": "documentary film",
    "dokumentation": "documentary",
    "doku": "documentary",
    "kurzfilm": "short film",
    "animationsfilm": "animated film",
    "trickfilm": "animated film",
    "zeichentrickfilm": "animated film",
    "drama": "drama",
    "familiendrama": "family drama",
    "sozialdrama": "social drama",
    "kriegsdrama": "war drama",
    "komödie": "comedy",
    "tragikomödie": "tragicomedy",
    "roadmovie": "road movie",
    "thriller": "thriller",
    "psychothriller": "psychological thriller",
    "horrorfilm": "horror film",
    "liebesfilm": "romance film",
    "kriegsfilm": "war film",
    "western": "western",
    "musical": "musical",
}
GERMAN_KIND_ADJECTIVES = {
    "deutsch": "German",
    "österreichisch": "Austrian",
    "schweizerisch": "Swiss",
    "französisch": "French",
    "italienisch": "Italian",
    "spanisch": "Spanish",
    "portugiesisch": "Portuguese",
    "polnisch": "Polish",
    "britisch": "British",
    "irisch": "Irish",
    "amerikanisch": "American",
    "us-amerikanisch": "American",
    "kanadisch": "Canadian",
    "niederländisch": "Dutch",
    "belgisch": "Belgian",
    "luxemburgisch": "Luxembourgish",
    "dänisch": "Danish",
    "schwedisch": "Swedish",
    "norwegisch": "Norwegian",
    "finnisch": "Finnish",
    "isländisch": "Icelandic",
    "tschechisch": "Czech",
    "slowakisch": "Slovak",
    "ungarisch": "Hungarian",
    "rumänisch": "Romanian",
    "griechisch": "Greek",
    "türkisch": "Turkish",
    "iranisch": "Iranian",
    "israelisch": "Israeli",
    "japanisch": "Japanese",
    "koreanisch": "South Korean",
    "südkoreanisch": "South Korean",
    "chinesisch": "Chinese",
    "indisch": "Indian",
    "australisch": "Australian",
    "mexikanisch": "Mexican",
    "brasilianisch": "Brazilian",
    "argentinisch": "Argentine",
    "russisch": "Russian",
    "ukrainisch": "Ukrainian",
    "georgisch": "Georgian",
    "historisch": "historical",
    "animiert": "animated",
}
_GERMAN_WORD = re.compile(r"(?<![\p{L}])(\p{L}+?)(e[mnrs]?)?(?![\p{L}])")


def english_kind_words(text: str) -> str:
    """A German phrase of what a film is, its known words in English (others kept).

    >>> english_kind_words("deutsch-niederländische Familiendrama")
    'German-Dutch family drama'
    >>> english_kind_words("historischem Drama"), english_kind_words("ihrem Dokumentarfilm")
    ('historical drama', 'ihrem documentary film')
    >>> english_kind_words("the French drama")
    'the French drama'
    """

    def english(m: re.Match[str]) -> str:
        word = m.group().lower()
        if word in GERMAN_KIND_NOUNS:
            return GERMAN_KIND_NOUNS[word]
        return GERMAN_KIND_ADJECTIVES.get(m.group(1).lower(), m.group())

    return _GERMAN_WORD.sub(english, text)
