// SPDX-License-Identifier: MIT
#include "extract/attribution_mentions.h"
#include "extract/attribution_lexicon.h"

#include <QSet>
#include <QStringTokenizer>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>

namespace factline::extract::attr {
namespace {

using namespace Qt::StringLiterals;

// The word lists below as sets of views; several lists can make one set.
template<size_t... N>
WordSet viewSet(const char16_t *const (&...lists)[N])
{
    WordSet set;
    const auto add = [&set](const auto &list) {
        for (const char16_t *w : list)
            set.insert(QStringView(w, std::char_traits<char16_t>::length(w)));
    };
    (add(lists), ...);
    return set;
}

// Words of a title before a name ("U.S. Secretary of State Antony Blinken").
bool isTitleWord(QStringView w)
{
    static const WordSet set{u"president", u"vice", u"prime", u"minister", u"secretary", u"of", u"state", u"sen.",
                      u"senator", u"rep.", u"representative", u"gov.", u"governor", u"mr.", u"mrs.", u"ms.",
                      u"dr.", u"gen.", u"general", u"chancellor", u"king", u"queen", u"pope", u"judge",
                      u"justice", u"mayor", u"speaker", u"leader", u"chairman", u"chairwoman", u"chief",
                      u"former", u"attorney", u"ambassador", u"foreign", u"defense", u"deputy", u"director",
                      u"commissioner", u"majority", u"minority", u"democratic", u"republican", u"gop",
                      u"lt.", u"col.", u"sgt.", u"capt.", u"adm.", u"rev.", u"sheriff", u"officer", u"prof.",
                      u"professor", u"spokesman", u"spokeswoman", u"candidate", u"nominee", u"house",
                      u"senate", u"u.s.", u"us", u"israeli", u"american", u"british", u"french", u"russian",
                      u"chinese", u"palestinian", u"iranian", u"egyptian", u"german", u"homeland",
                      u"security", u"national", u"adviser", u"advisor", u"white", u"press", u"sens.",
                      u"reps.", u"then", u"then-", u"supreme", u"court", u"the", u"presidential", u"hopeful",
                      u"billionaire", u"businessman", u"retired", u"neurosurgeon", u"sir", u"lord", u"dame"};
    return set.contains(w);
}

// Words that make a capitalised run an institution, a place or a date rather than a person.
constexpr const char16_t *nonPersonWords[] = {u"house", u"party", u"department", u"university", u"times", u"news", u"post", u"street",
                      u"journal", u"council", u"committee", u"organization", u"organisation", u"ministry",
                      u"authority", u"bank", u"fund", u"agency", u"association", u"institute", u"center",
                      u"centre", u"foundation", u"company", u"corp.", u"inc.", u"group", u"network", u"court",
                      u"congress", u"senate", u"army", u"force", u"forces", u"union", u"nations", u"states",
                      u"republic", u"city", u"county", u"state", u"office", u"administration", u"government",
                      u"campaign", u"commission", u"board", u"service", u"press", u"media", u"television",
                      u"radio", u"magazine", u"monday", u"tuesday", u"wednesday", u"thursday", u"friday",
                      u"saturday", u"sunday", u"january", u"february", u"march", u"april", u"may", u"june",
                      u"july", u"august", u"september", u"october", u"november", u"december", u"east",
                      u"west", u"north", u"south", u"middle", u"democrats", u"republicans", u"gaza", u"israel",
                      u"america", u"american", u"americans", u"security", u"cabinet", u"war", u"club", u"church",
                      u"school", u"college", u"hospital", u"airport", u"station", u"park", u"project", u"report",
                      u"act", u"bill", u"law", u"day", u"week", u"year", u"ap", u"reuters", u"cnn", u"fox",
                      u"nbc", u"abc", u"cbs", u"msnbc", u"politico", u"twitter", u"facebook", u"google"};

bool isNonPersonWord(QStringView w)
{
    static const WordSet set = viewSet(nonPersonWords);
    return !w.isEmpty() && set.contains(w);
}

// Words that a sentence may open with, capitalised only because they open it.
constexpr const char16_t *openers[] = {u"the", u"a", u"an", u"but", u"and", u"in", u"on", u"at", u"for", u"as", u"if", u"when",
                      u"while", u"after", u"before", u"it", u"he", u"she", u"they", u"we", u"i", u"this",
                      u"that", u"there", u"his", u"her", u"their", u"its", u"our", u"so", u"yet", u"now",
                      u"then", u"still", u"despite", u"toward", u"towards", u"since", u"with", u"without",
                      u"by", u"from", u"to", u"of", u"meanwhile", u"however", u"also", u"even", u"only",
                      u"both", u"all", u"some", u"many", u"most", u"one", u"two", u"three", u"these", u"those",
                      u"what", u"who", u"why", u"how", u"where", u"my", u"your", u"no", u"not", u"yes", u"mr",
                      u"according", u"asked", u"said", u"says", u"here", u"last", u"next", u"former"};

bool isOpener(QStringView w)
{
    static const WordSet set = viewSet(openers);
    return !w.isEmpty() && set.contains(w);
}

constexpr const char16_t *personNouns[] = {u"official", u"officials", u"source", u"sources", u"aide", u"aides", u"analyst",
                      u"analysts", u"expert", u"experts", u"person", u"people", u"spokesman", u"spokeswoman",
                      u"spokesperson", u"adviser", u"advisers", u"advisor", u"advisors", u"diplomat", u"diplomats",
                      u"insider", u"insiders", u"observers", u"critics", u"residents", u"witnesses", u"staffer",
                      u"staffers", u"strategist", u"strategists", u"member", u"members", u"lawmaker",
                      u"lawmakers", u"leaders", u"leader", u"activists", u"groups", u"group", u"organizations",
                      u"agencies", u"officers", u"authorities", u"administration", u"government", u"ministry",
                      u"campaign", u"protesters", u"supporters", u"voters", u"democrats", u"republicans",
                      u"economists", u"scientists", u"researchers", u"doctors", u"workers", u"countries",
                      u"nations", u"poll", u"polls", u"survey", u"study", u"report", u"head", u"chief"};

bool isPersonNoun(QStringView w)
{
    static const WordSet set = viewSet(personNouns);
    return !w.isEmpty() && set.contains(w);
}

// A word that keeps a capitalised run from being a person's name: one lookup for the
// three lists, which MentionIndex::addRun asks about every capitalised word.
bool blocksPersonName(QStringView w)
{
    static const WordSet set = viewSet(nonPersonWords, personNouns, openers);
    return !w.isEmpty() && set.contains(w);
}

} // namespace

QString withoutPossessive(QString s)
{
    if (s.endsWith(u"’s"_s) || s.endsWith(u"'s"_s))
        s.chop(2);
    else if (s.endsWith(u'’') || s.endsWith(u'\''))
        s.chop(1);
    return s;
}

QStringView canonicalCountry(QStringView name)
{
    static const ViewTable<QStringView> map = [] {
        ViewTable<QStringView> m;
        auto view = [](const char16_t *s) { return QStringView(s, std::char_traits<char16_t>::length(s)); };
        for (const char16_t *a : {u"U.S.", u"US", u"U.S.A.", u"USA", u"America", u"United States", u"The U.S.",
                                  u"the U.S.", u"the United States", u"The United States"})
            m.insert(view(a), QStringView(u"United States"));
        for (const char16_t *a : {u"U.K.", u"UK", u"Britain", u"Great Britain", u"United Kingdom"})
            m.insert(view(a), QStringView(u"United Kingdom"));
        for (const char16_t *c : {u"Israel", u"Russia", u"China", u"Iran", u"Egypt", u"Qatar", u"France",
                                  u"Germany", u"Japan", u"India", u"Ukraine", u"Syria", u"Iraq", u"Saudi Arabia",
                                  u"Turkey", u"Jordan", u"Lebanon", u"Mexico", u"Canada", u"Cuba", u"North Korea",
                                  u"South Korea", u"Pakistan", u"Afghanistan", u"Algeria", u"Guyana", u"Italy",
                                  u"Spain", u"Brazil", u"Venezuela", u"Yemen", u"Libya", u"Poland", u"Greece",
                                  u"Australia", u"Taiwan", u"Vietnam", u"Nigeria", u"Kenya", u"Ethiopia",
                                  u"Sudan", u"Belgium", u"Netherlands", u"Sweden", u"Norway", u"Denmark",
                                  u"Finland", u"Hungary", u"Austria", u"Switzerland", u"Ireland", u"Colombia",
                                  u"Argentina", u"Chile", u"Peru", u"Indonesia", u"Philippines", u"Thailand",
                                  u"Malaysia", u"Singapore", u"Tunisia", u"Morocco", u"Palestine", u"Armenia",
                                  u"Azerbaijan", u"Georgia", u"Belarus", u"Kazakhstan", u"Bahrain", u"Kuwait",
                                  u"Oman", u"United Arab Emirates", u"UAE"})
            m.insert(view(c), view(c));
        return m;
    }();
    const QStringView *country = map.find(name);
    return country ? *country : QStringView();
}

namespace {

// Whether the name contains "Ministry", "Administration", "administration",
// "Government", "government" or "Department": one pass that compares only where one
// of them could start.
bool hasGovernmentWord(QStringView name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QStringView rest = name.sliced(i);
        switch (name[i].unicode()) {
        case u'M':
            if (rest.startsWith(u"Ministry"))
                return true;
            break;
        case u'A':
        case u'a':
            if (rest.sliced(1).startsWith(u"dministration"))
                return true;
            break;
        case u'G':
        case u'g':
            if (rest.sliced(1).startsWith(u"overnment"))
                return true;
            break;
        case u'D':
            if (rest.startsWith(u"Department"))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace

ActorKind kindOfName(QStringView name)
{
    if (!canonicalCountry(name).isEmpty() || hasGovernmentWord(name) || is(name, u"White House")
        || is(name, u"Pentagon") || is(name, u"Kremlin"))
        return ActorKind::Government;
    if (std::u16string_view(reinterpret_cast<const char16_t *>(name.utf16()), size_t(name.size())).find(u" and ")
        != std::u16string_view::npos)
        return ActorKind::Group;
    // The words lower-cased: an ASCII name (the usual one) in a buffer, without allocating.
    QVarLengthArray<char16_t, 128> buf;
    QString lowered;
    QStringView lower;
    if (std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        buf.resize(name.size());
        std::transform(name.begin(), name.end(), buf.begin(), [](QChar c) {
            const char16_t u = c.unicode();
            return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
        });
        lower = QStringView(buf.data(), buf.size());
    } else {
        lowered = name.toString().toLower();
        lower = lowered;
    }
    // The words between spaces, empty ones skipped.
    QVarLengthArray<QStringView, 16> words;
    for (qsizetype i = 0, n = lower.size(); i < n;) {
        while (i < n && lower[i] == u' ')
            ++i;
        qsizetype j = i;
        while (j < n && lower[j] != u' ')
            ++j;
        if (j > i)
            words.append(lower.sliced(i, j - i));
        i = j;
    }
    if (words.isEmpty())
        return ActorKind::Unknown;
    if (name.isEmpty() || !name.front().isUpper()) {
        static const WordSet anonymous{u"official", u"officials", u"source", u"sources", u"aide", u"aides", u"analyst",
                           u"analysts", u"expert", u"experts", u"person", u"people", u"insider", u"insiders",
                           u"diplomat", u"diplomats", u"adviser", u"advisers", u"spokesman", u"spokeswoman"};
        for (QStringView w : words) {
            if (anonymous.contains(w))
                return ActorKind::Anonymous;
        }
        return ActorKind::Group;
    }
    qsizetype count = 0;
    for (QStringView w : words) {
        if (isNonPersonWord(w))
            return ActorKind::Organisation;
        if (isPersonNoun(w))
            return w.endsWith(u's') ? ActorKind::Anonymous : ActorKind::Group;
        ++count;
    }
    return count <= 3 ? ActorKind::Person : ActorKind::Organisation;
}

MentionIndex::MentionIndex(QStringView text, const Tokens &tokens)
    : m_text(text)
    , m_t(tokens)
{
    scan();
}

QString MentionIndex::tokenText(qsizetype first, qsizetype last) const
{
    if (first >= last)
        return {};
    const qsizetype s = m_t.toks[first].start;
    QString out = m_text.mid(s, m_t.toks[last - 1].end - s).toString();
    out.replace(QChar(0x00A0), u' ');
    out.replace(u'\n', u' ');
    return out;
}

QStringView MentionIndex::tokenView(qsizetype i) const
{
    return m_text.mid(m_t.toks[i].start, m_t.toks[i].end - m_t.toks[i].start);
}

// Remembers person names ("Benjamin Netanyahu", with "Prime Minister" split off) and
// later mentions of their surname. Runs over every capitalised run in the document,
// so it rejects without allocating: only real names reach a QString.
void MentionIndex::addRun(Run run)
{
    QString title;
    const Run r = stripTitles(run, &title);
    const qsizetype n = r.last - r.first;
    if (n < 1 || n > 3)
        return;
    QStringView surname = tokenView(r.last - 1);
    if (surname.size() >= 2 && surname.back() == u's' && (surname[surname.size() - 2] == u'’' || surname[surname.size() - 2] == u'\''))
        surname.chop(2); // "Netanyahu’s"
    const QString *known = m_bySurname.find(surname);
    if (n == 1 && !known && title.isEmpty())
        return; // a lone capitalised word that names nobody seen before: no mention either way
    for (qsizetype i = r.first; i < r.last; ++i) {
        const QStringView raw = tokenView(i);
        const QStringView w = m_t.lowerOf(i);
        if (w.isEmpty() || blocksPersonName(w) || !canonicalCountry(raw).isEmpty())
            return;
        if (m_t.toks[i].has(AllCaps) && raw.size() > 3)
            return;
    }
    const qsizetype pos = m_t.toks[run.first].start;
    if (n == 1) {
        if (known)
            m_persons.append(Mention{pos, *known, ActorKind::Person});
        else if (!title.isEmpty())
            m_persons.append(Mention{pos, surname.toString(), ActorKind::Person});
        return;
    }
    const QString full = known ? *known : m_bySurname.insert(surname, withoutPossessive(tokenText(r.first, r.last)));
    m_persons.append(Mention{pos, full, ActorKind::Person});
    if (!title.isEmpty()) {
        auto t = m_byTitle.find(title);
        if (t == m_byTitle.end()) {
            m_titles.append(title);
            m_longestTitle = std::max(m_longestTitle, title.size());
            m_byTitle.insert(m_titles.last(), full);
        } else {
            *t = full;
        }
        QStringList &forms = m_titledForms[full];
        const QString titled = withoutPossessive(tokenText(run.first, run.last));
        if (!forms.contains(titled))
            forms.append(titled);
    }
}

qsizetype MentionIndex::tokenAt(qsizetype pos) const
{
    const auto it = std::lower_bound(m_t.toks.cbegin(), m_t.toks.cend(), pos,
                                     [](const Token &t, qsizetype p) { return t.end <= p; });
    return it - m_t.toks.cbegin();
}

const MentionIndex::Mention *MentionIndex::lastBefore(const QList<Mention> &list, qsizetype pos) const
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), pos,
                                     [](const Mention &m, qsizetype p) { return m.pos < p; });
    return it == list.cbegin() ? nullptr : &*(it - 1);
}

const MentionIndex::Mention *MentionIndex::lastBefore(const QList<Mention> &a, const QList<Mention> &b,
                                                      qsizetype pos) const
{
    const Mention *x = lastBefore(a, pos);
    const Mention *y = lastBefore(b, pos);
    if (!x)
        return y;
    return y && y->pos > x->pos ? y : x;
}

void MentionIndex::noteActor(qsizetype pos, const QString &name, ActorKind kind)
{
    QList<Mention> &list = kind == ActorKind::Person ? m_notedPersons : m_notedPlurals;
    // Sources come nearly in text order ("Y, X said" puts one after its content), so
    // this insert is almost always an append.
    qsizetype at = list.size();
    while (at > 0 && list[at - 1].pos > pos)
        --at;
    list.insert(at, Mention{pos, name, kind});
}

// Splits leading title words off a capitalised run; `title` gets them lower-cased
// without nationality ("U.S. Secretary of State" -> "secretary of state").
MentionIndex::Run MentionIndex::stripTitles(Run run, QString *title) const
{
    while (run.first < run.last - 1) {
        const QStringView w = m_t.lowerOf(run.first);
        const bool opener = isOpener(w);
        if (!opener && !isTitleWord(w))
            break;
        if (title && !opener && w != u"u.s." && w != u"us" && w != u"former") {
            if (!title->isEmpty())
                title->append(u' ');
            title->append(w);
        }
        ++run.first;
    }
    // "Australian Prime Minister Malcolm Turnbull", "Texas Gov. Greg Abbott", "NYPD
    // Commissioner James O'Neill": a place or a body before the title; the name follows
    // the last title word.
    static const WordSet heads{u"president", u"minister", u"secretary", u"sen.", u"senator", u"rep.",
                               u"representative", u"gov.", u"governor", u"mayor", u"commissioner", u"chairman",
                               u"chairwoman", u"chief", u"director", u"ambassador", u"spokesman", u"spokeswoman",
                               u"speaker", u"leader", u"judge", u"gen.", u"lt.", u"col.", u"sgt.", u"capt.",
                               u"adm.", u"adviser", u"advisor", u"nominee", u"sheriff", u"prof.", u"professor"};
    qsizetype last = -1;
    for (qsizetype k = run.first + 1; k < run.last - 1; ++k) {
        if (heads.contains(m_t.lowerOf(k)))
            last = k;
    }
    if (last > run.first) {
        QString words;
        for (qsizetype k = run.first; k <= last; ++k) {
            const QStringView w = m_t.lowerOf(k);
            if (isTitleWord(w) && w != u"u.s." && w != u"us" && w != u"former") {
                if (!words.isEmpty())
                    words.append(u' ');
                words.append(w);
            }
        }
        if (title) {
            if (!title->isEmpty() && !words.isEmpty())
                title->append(u' ');
            title->append(words);
        }
        run.first = last + 1;
    }
    return run;
}

} // namespace factline::extract::attr
