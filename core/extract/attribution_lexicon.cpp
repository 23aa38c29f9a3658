// SPDX-License-Identifier: MIT
#include "extract/attribution_lexicon.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <bitset>

namespace factline::extract::attr {
namespace {

using namespace Qt::StringLiterals;

// Cue verbs by class. A plain lemma gets its regular forms generated; an entry
// "lemma:3sg:past:participle" spells irregular or doubled forms out. A trailing
// "+particle" joins a particle to the cue ("point+out"), a leading '~' marks a
// verb that is also a common noun ("claim", "report"); "!particle" instead of
// "+particle" makes the particle required. A leading '^' marks a verb of stance
// whose direct object is what is cited ("endorsed Clinton", "rejected the plan"),
// so that a name after it is content, not a tail like "said Friday".
const char16_t *const speechVerbs[] = {
    u"say:says:said:saying", u"add", u"~claim", u"acknowledge", u"vow", u"insist", u"deny:denies:denied:denying",
    u"argue", u"~note", u"~report", u"announce", u"~estimate", u"declare", u"~state!that", u"explain",
    u"write:writes:wrote:writing", u"~tweet", u"suggest", u"predict", u"confirm", u"reveal",
    u"admit:admits:admitted:admitting", u"concede", u"stress", u"emphasize", u"reiterate", u"assert",
    u"contend", u"allege", u"complain", u"boast", u"brag:brags:bragged:bragging", u"~joke", u"recall",
    u"recount", u"respond+to", u"~reply:replies:replied:replying", u"~answer", u"conclude",
    u"observe", u"^mention", u"testify:testifies:testified:testifying", u"indicate",
    u"~promise", u"~pledge", u"threaten", u"^propose", u"agree", u"~counter", u"~caution", u"lament",
    u"proclaim", u"~charge", u"^accuse", u"^~blame", u"^criticize", u"^~praise", u"^~demand", u"^~call+for|on",
    u"^~question", u"wonder", u"~point!out|to", u"^cite", u"^describe", u"^dismiss", u"^decry:decries:decried:decrying",
    u"^denounce", u"speculate", u"~forecast:forecasts:forecast:forecasting", u"~chant", u"~shout", u"~repeat", u"~echo:echoes:echoed:echoing", u"retort", u"~quip:quips:quipped:quipping", u"^recommend", u"clarify:clarifies:clarified:clarifying", u"elaborate",
    u"^~slam:slams:slammed:slamming", u"^~blast", u"^~defend", u"^~endorse", u"^~urge", u"~refer:refers:referred:referring!to",
    u"~talk!about", u"~speak:speaks:spoke:speaking!about|of", u"^~vote!for|against",
    u"^encourage", u"^congratulate", u"^disavow", u"^~rail!against", u"^liken", u"^characterize", u"^~label:labels:labeled:labeling",
    u"^~compare", u"^~quote", u"^~campaign!for|against",
    u"^~lobby:lobbies:lobbied:lobbying!for|against", u"~remark", u"^assail", u"^portray", u"^reject",
    // Verbs of communication that imply a claim, and of scolding and praising.
    u"imply:implies:implied:implying", u"~hint+at", u"allude!to", u"insinuate", u"posit", u"muse", u"exclaim",
    u"profess", u"affirm", u"reaffirm", u"maintain!that", u"disclose", u"apologize+for", u"recite", u"~yell", u"grouse",
    u"^rebut:rebuts:rebutted:rebutting", u"^refute", u"scoff", u"^chide", u"^scold", u"^chastise", u"^~rebuke",
    u"^~ridicule", u"^laud", u"^lambast", u"^lambaste", u"^berate", u"^~vouch!for",
    // Naming, appointing and spelling out: "police identified the man as …", "the governor
    // named her deputy", "she detailed her plan".
    u"^identify:identifies:identified:identifying", u"^~detail",
    u"^~name", u"^appoint", u"^nominate",
    // Recording: "polling that documented his appeal", "arrests documented by Fusion".
    u"^~document",
    // Taking sides and putting things forward: "he lashed out at Khan", "she sided with the
    // unions", "Clinton unveiled a plan", "Ryan voiced displeasure with …".
    u"^~signal", u"~retweet", u"^lash!out", u"interject", u"^invoke", u"^unveil", u"^~voice",
    u"^~outline", u"^~champion", u"^~side!with", u"^~distance", u"balk!at", u"acquiesce", u"^sound!off",
    // Saying with a feeling: "Christie gloated: …", "she marveled at", "he gushed about".
    u"gloat", u"marvel", u"gush", u"snipe", u"fume", u"^articulate",
};

const char16_t *const tellVerbs[] = {
    u"tell:tells:told:telling", u"ask", u"assure", u"inform", u"remind", u"~warn", u"advise", u"reassure",
    u"convince", u"persuade", u"brief",
};

const char16_t *const beliefVerbs[] = {
    u"think:thinks:thought:thinking", u"believe", u"~fear", u"~hope", u"expect", u"~want", u"~wish",
    u"feel:feels:felt:feeling", u"know:knows:knew:knowing", u"~worry:worries:worried:worrying",
    u"~doubt", u"~suspect", u"~plan:plans:planned:planning", u"intend", u"^~support", u"^~back", u"^cast:casts:cast:casting", u"^oppose",
    u"~prefer:prefers:preferred:preferring", u"~guess", u"assume", u"~view", u"consider", u"~figure",
    u"see:sees:saw:seeing", u"realize", u"imagine", u"envision", u"decline", u"seek:seeks:sought:seeking",
    u"refuse", u"express", u"^tout", u"^trumpet", u"shrug:shrugs:shrugged:shrugging!off", u"^~attack", u"~comment", u"^thank", u"^discuss", u"^mock",
    u"~offer", u"^~praise", u"~vow", u"~make:makes:made:making!it|clear", u"~post", u"~issue", u"publish",
    u"~press", u"decide", u"remember", u"bemoan", u"~reference", u"^deride", u"^~challenge",
    u"^rebuff", u"^~favor", u"^~advocate", u"^~request", u"~push", u"^highlight", u"^underscore", u"^~hail", u"^applaud",
    u"^deem", u"^condemn", u"^downplay", u"^~dispute", u"~object", u"~protest", u"^~welcome", u"^celebrate", u"plead", u"beg:begs:begged:begging",
    u"recognize", u"^ignore",
};

const char16_t *const seemVerbs[] = {
    u"appear", u"seem",
};

const char16_t *const findingVerbs[] = {
    u"~show:shows:showed:showing", u"find:finds:found:finding", u"determine", u"~project",
    u"~calculate", u"~conclude", u"~indicate", u"~suggest", u"~reveal", u"learn:learns:learned:learning",
};

// A cheap first test before the hash: a bit per (length, first letter, last letter).
inline quint32 shapeOf(QStringView w)
{
    const quint32 len = quint32(qMin<qsizetype>(w.size(), 15));
    return (len * 31 + (w.front().unicode() & 31)) * 31 + (w.back().unicode() & 31);
}

struct Lexicon {
    QStringList storage; // owns the strings the view keys point into
    ViewTable<CueInfo> map;
    std::bitset<16 * 31 * 31 + 64> shapes;

    void put(const QString &form, CueInfo info)
    {
        storage.append(form);
        const QStringView key(storage.last());
        map.insert(key, info); // the first class a word is listed under wins
        shapes.set(shapeOf(key));
    }

    static bool isVowel(QChar c) { return QStringView(u"aeiou").contains(c); }

    void addLemma(QStringView spec, CueClass cls)
    {
        CueInfo base;
        base.cls = cls;
        if (spec.startsWith(u'^')) {
            base.objectContent = true;
            spec = spec.mid(1);
        }
        if (spec.startsWith(u'~')) {
            base.nounLike = true;
            spec = spec.mid(1);
        }
        qsizetype plus = spec.indexOf(u'+');
        if (plus < 0) {
            plus = spec.indexOf(u'!');
            base.particleRequired = plus >= 0;
        }
        if (plus >= 0) {
            const QStringView all = spec.mid(plus + 1);
            const qsizetype bar = all.indexOf(u'|');
            const QStringView p = bar < 0 ? all : all.left(bar);
            for (qsizetype i = 0; i < p.size() && i < 7; ++i)
                base.particle[i] = p[i].unicode();
            if (bar >= 0) {
                const QStringView p2 = all.mid(bar + 1);
                for (qsizetype i = 0; i < p2.size() && i < 7; ++i)
                    base.particle2[i] = p2[i].unicode();
            }
            spec = spec.left(plus);
        }
        QStringList forms;
        if (spec.contains(u':')) {
            forms = spec.toString().split(u':');
        } else {
            const QString l = spec.toString();
            const QChar last = l.back();
            QString s3, past, ing;
            if (l.endsWith(u"s"_s) || l.endsWith(u"sh"_s) || l.endsWith(u"ch"_s) || l.endsWith(u"x"_s)
                || l.endsWith(u"z"_s))
                s3 = l + u"es"_s;
            else if (last == u'y' && !isVowel(l[l.size() - 2]))
                s3 = l.left(l.size() - 1) + u"ies"_s;
            else
                s3 = l + u"s"_s;
            if (last == u'e') {
                past = l + u"d"_s;
                ing = l.endsWith(u"ee"_s) ? l + u"ing"_s : l.left(l.size() - 1) + u"ing"_s;
            } else if (last == u'y' && !isVowel(l[l.size() - 2])) {
                past = l.left(l.size() - 1) + u"ied"_s;
                ing = l + u"ing"_s;
            } else {
                past = l + u"ed"_s;
                ing = l + u"ing"_s;
            }
            forms = {l, s3, past, ing};
        }
        const CueForm kinds[] = {CueForm::Base, CueForm::ThirdPerson, CueForm::Past, CueForm::Participle};
        for (qsizetype i = 0; i < forms.size() && i < 4; ++i) {
            CueInfo info = base;
            info.form = kinds[i];
            // An inflected form is much less often a noun than the bare one ("claims" aside).
            if (i == 2)
                info.nounLike = false;
            put(forms[i], info);
        }
    }

    Lexicon()
    {
        {
            // "“…,” Obama stated", "stated his intention": the past tense cites without the
            // "that" the noun "state" needs (16 of its 22 uses are gold cues on train 1–400).
            // Put first, since the first entry for a word wins.
            CueInfo stated;
            stated.cls = CueClass::Speech;
            stated.form = CueForm::Past;
            put(u"stated"_s, stated);
            // Only these forms of nouns that are verbs too: "the sign reads: …" (5 of 7),
            // "the judge ordered a recount" (6 of 8), "she listed her priorities" (4 of 8).
            stated.form = CueForm::ThirdPerson;
            put(u"reads"_s, stated);
            stated.form = CueForm::Past; // "“…,” it read.": only with the words before it (Scanner::citesNothing)
            put(u"read"_s, stated);
            // "Cruz cast himself as an outsider": the past tense, more common than the base.
            CueInfo cast;
            cast.cls = CueClass::Belief;
            cast.form = CueForm::Past;
            cast.objectContent = true;
            put(u"cast"_s, cast);
            stated.form = CueForm::Past;
            stated.objectContent = true;
            put(u"ordered"_s, stated);
            put(u"listed"_s, stated);
        }
        for (const char16_t *s : speechVerbs)
            addLemma(QStringView(s), CueClass::Speech);
        for (const char16_t *s : tellVerbs)
            addLemma(QStringView(s), CueClass::Tell);
        for (const char16_t *s : beliefVerbs)
            addLemma(QStringView(s), CueClass::Belief);
        for (const char16_t *s : findingVerbs)
            addLemma(QStringView(s), CueClass::Finding);
        for (const char16_t *s : seemVerbs)
            addLemma(QStringView(s), CueClass::Seem);
        // Forms the generator cannot make, and past participles used with "has".
        CueInfo extra;
        extra.cls = CueClass::Speech;
        extra.form = CueForm::Past;
        // "“…,” she continued": only the past tense cites ("continues to grow" does not).
        for (const char16_t *s : {u"written", u"spoken", u"stated", u"continued"})
            put(QString::fromUtf16(s), extra);
        extra.form = CueForm::Participle;
        put(u"stating"_s, extra);
        extra.form = CueForm::Past;
        extra.cls = CueClass::Finding;
        put(u"shown"_s, extra);
        // "The court ruled that …"; "rule", "rules" and "ruling" are mostly nouns.
        put(u"ruled"_s, extra);
        // "She is seen as the favorite", "a plan regarded by many as doomed": a perception
        // cited without its holders, or with them after "by". Only with "as" or "by".
        CueInfo perceived = extra;
        perceived.particleRequired = true;
        std::char_traits<char16_t>::copy(perceived.particle, u"as", 2);
        std::char_traits<char16_t>::copy(perceived.particle2, u"by", 2);
        put(u"seen"_s, perceived);
        // "a group backing Cruz": only the participle ("backed", 33% a cue on train, has
        // "backed away", "backed down"; the bare "back" is mostly an adverb).
        CueInfo backing;
        backing.cls = CueClass::Belief;
        backing.form = CueForm::Participle;
        backing.objectContent = true;
        put(u"backing"_s, backing);
        put(u"regarded"_s, perceived);
    }
};

const Lexicon &lexicon()
{
    static const Lexicon lex;
    return lex;
}

} // namespace

CueInfo lookupCue(QStringView lower)
{
    if (lower.size() < 3)
        return {};
    const Lexicon &lex = lexicon();
    if (!lex.shapes.test(shapeOf(lower)))
        return {};
    const CueInfo *info = lex.map.find(lower);
    return info ? *info : CueInfo();
}

namespace {

// Nouns that cite, and the words that open their complement. Speech nouns cite
// words, the others a stance; both are attributions in PolNeAR's sense.
struct NounEntry {
    const char16_t *noun;
    const char16_t *next;
    CueClass cls;
};

// A table from each entry's word to the entry (a later entry replaces an earlier one, as
// QHash::insert did).
template<std::size_t N>
ViewTable<const NounEntry *> tableOf(const NounEntry (&entries)[N])
{
    ViewTable<const NounEntry *> m;
    for (const NounEntry &e : entries)
        m.insert(QStringView(e.noun)) = &e;
    return m;
}

const ViewTable<const NounEntry *> &nounMap()
{
    static const NounEntry entries[] = {
        {u"claim", u"that", CueClass::Speech}, {u"claims", u"that|of|about", CueClass::Speech},
        {u"allegation", u"that", CueClass::Speech}, {u"allegations", u"that|of|about", CueClass::Speech},
        {u"accusation", u"that", CueClass::Speech}, {u"accusations", u"that|of", CueClass::Speech},
        {u"assertion", u"that", CueClass::Speech}, {u"argument", u"that", CueClass::Speech},
        {u"insistence", u"that|on", CueClass::Speech}, {u"suggestion", u"that", CueClass::Speech},
        {u"promise", u"that|of", CueClass::Speech}, {u"promises", u"that|of", CueClass::Speech},
        {u"pledge", u"that", CueClass::Speech}, {u"warning", u"that|about|of", CueClass::Speech},
        {u"warnings", u"that|about|of", CueClass::Speech}, {u"calls", u"for", CueClass::Speech},
        {u"call", u"for", CueClass::Speech}, {u"demand", u"that|for", CueClass::Speech},
        {u"demands", u"that|for", CueClass::Speech}, {u"criticism", u"of|for", CueClass::Speech},
        {u"criticisms", u"of", CueClass::Speech}, {u"critique", u"of", CueClass::Speech},
        {u"attacks", u"on|against", CueClass::Speech}, {u"praise", u"for", CueClass::Speech},
        {u"comments", u"about|on", CueClass::Speech}, {u"complaints", u"about|that|of", CueClass::Speech},
        {u"complaint", u"about|that", CueClass::Speech},
        {u"questions", u"about|over", CueClass::Speech}, {u"denial", u"that|of", CueClass::Speech},
        {u"announcement", u"that", CueClass::Speech}, {u"admission", u"that", CueClass::Speech},
        {u"endorsement", u"of", CueClass::Speech}, {u"statement", u"that", CueClass::Speech},
        {u"belief", u"that", CueClass::Belief}, {u"view", u"that", CueClass::Belief},
        {u"fears", u"that|of|about", CueClass::Belief}, {u"fear", u"that", CueClass::Belief},
        {u"concerns", u"that|about|over", CueClass::Belief}, {u"concern", u"that|about|over", CueClass::Belief},
        {u"hope", u"that", CueClass::Belief}, {u"hopes", u"that|of", CueClass::Belief},
        {u"opposition", u"to", CueClass::Belief}, {u"support", u"for", CueClass::Belief},
        {u"refusal", u"to", CueClass::Belief}, {u"disdain", u"for", CueClass::Belief},
        {u"finding", u"that", CueClass::Finding}, {u"findings", u"that", CueClass::Finding},
        {u"conclusion", u"that", CueClass::Finding},
    };
    static const ViewTable<const NounEntry *> map = tableOf(entries);
    return map;
}

// The class `map` gives `word` when `next` opens its complement.
CueClass complementOf(const ViewTable<const NounEntry *> &map, QStringView word, QStringView next)
{
    if (word.size() < 4 || next.size() < 2)
        return CueClass::None;
    const NounEntry *const *entry = map.find(word);
    if (!entry)
        return CueClass::None;
    for (QStringView opens : QStringView((*entry)->next).tokenize(u'|')) {
        if (opens == next)
            return (*entry)->cls;
    }
    return CueClass::None;
}

// The nouns that cite even with no owner before them ("amid calls for his resignation",
// "questions about her emails", "criticism of the deal"): each pair's uses without a
// possessive lie in a PolNeAR gold cue at least half the time in train articles 1–400
// (questions about 17 of 29, calls for 9/10, criticism of 7/12, call for 6/9, endorsement
// of 5/9, comments about 4/7, concern(s) about 8/17, concern that 4/4, complaints
// about/that/of 7/9 with or without an owner; "support for" 11/33,
// "attacks on" 3/24 and "hope that" 3/9 do not; "statement that" and "warning that" are
// mostly a verb's: "said in a statement that", "has been warning that").
const ViewTable<const NounEntry *> &ownerlessMap()
{
    static const NounEntry entries[] = {
        {u"questions", u"about", CueClass::Speech}, {u"calls", u"for", CueClass::Speech},
        {u"call", u"for", CueClass::Speech}, {u"criticism", u"of", CueClass::Speech},
        {u"endorsement", u"of", CueClass::Speech}, {u"comments", u"about", CueClass::Speech},
        {u"concern", u"that|about", CueClass::Belief}, {u"concerns", u"about", CueClass::Belief},
        {u"complaints", u"about|that|of", CueClass::Speech},
    };
    static const ViewTable<const NounEntry *> map = tableOf(entries);
    return map;
}

} // namespace

CueClass nounCue(QStringView noun, QStringView next)
{
    return complementOf(nounMap(), noun, next);
}

CueClass ownerlessNounCue(QStringView noun, QStringView next)
{
    return complementOf(ownerlessMap(), noun, next);
}

namespace {

// Chosen on PolNeAR's train split: the adjectives whose occurrences after a copula are
// a gold cue at least 40% of the time (where adding a rule raises F1 at recall 67%,
// precision 82%), seen at least twice, and of a meaning that cites a stance — with the
// complements they were seen with. "proud of" (33%), "concerned about" (25%), "ready to"
// and "willing to" (13%) fell short.
const NounEntry stanceEntries[] = {
    {u"confident", u"that", CueClass::Belief}, {u"hopeful", u"that|about", CueClass::Belief},
    {u"optimistic", u"that|about", CueClass::Belief}, {u"pessimistic", u"that|about", CueClass::Belief},
    {u"eager", u"to|for", CueClass::Belief}, {u"critical", u"of", CueClass::Speech},
    {u"skeptical", u"of|about|that", CueClass::Belief}, {u"sceptical", u"of|about|that", CueClass::Belief},
    {u"aware", u"of|that", CueClass::Belief}, {u"concerned", u"that", CueClass::Belief},
    {u"angry", u"about|that|over", CueClass::Belief}, {u"reluctant", u"to", CueClass::Belief},
    {u"adamant", u"that|about", CueClass::Speech}, {u"afraid", u"that", CueClass::Belief},
    {u"certain", u"that", CueClass::Belief}, {u"doubtful", u"that", CueClass::Belief},
    {u"unsure", u"whether|if|about", CueClass::Belief}, {u"supportive", u"of", CueClass::Belief},
    {u"dismissive", u"of", CueClass::Speech},
};

const ViewTable<const NounEntry *> &stanceMap()
{
    static const ViewTable<const NounEntry *> map = tableOf(stanceEntries);
    return map;
}

} // namespace

CueClass stanceAdjective(QStringView adjective, QStringView next)
{
    return complementOf(stanceMap(), adjective, next);
}

namespace {

struct LightVerb {
    const char16_t *word;
    CueForm form;
};

const LightVerb lightVerbs[] = {
    {u"make", CueForm::Base}, {u"makes", CueForm::ThirdPerson}, {u"made", CueForm::Past},
    {u"making", CueForm::Participle}, {u"raise", CueForm::Base}, {u"raises", CueForm::ThirdPerson},
    {u"raised", CueForm::Past}, {u"raising", CueForm::Participle}, {u"voice", CueForm::Base},
    {u"voices", CueForm::ThirdPerson}, {u"voiced", CueForm::Past}, {u"voicing", CueForm::Participle},
    {u"launch", CueForm::Base}, {u"launches", CueForm::ThirdPerson}, {u"launched", CueForm::Past},
    {u"launching", CueForm::Participle}, {u"leveled", CueForm::Past}, {u"levelled", CueForm::Past},
    {u"lodged", CueForm::Past}, {u"hurled", CueForm::Past}, {u"lobbed", CueForm::Past},
    // "took a shot at", "taking swipes at", "took a firm stance against": 12 of 21 on train.
    {u"take", CueForm::Base}, {u"takes", CueForm::ThirdPerson}, {u"took", CueForm::Past},
    {u"taken", CueForm::Past}, {u"taking", CueForm::Participle},
    // "sounded a call for", "sounded the alarm about" (Scanner::lightVerbCue's own nouns).
    {u"sounded", CueForm::Past}, {u"sounding", CueForm::Participle},
};

const char16_t *const receptionVerbs[] = {
    u"draw", u"draws", u"drew", u"drawn", u"drawing", u"face", u"faces", u"faced", u"facing", u"attract",
    u"attracts", u"attracted", u"attracting", u"received", u"receives", u"receiving", u"endured", u"endures",
    u"enduring", u"earned", u"earns", u"came", u"come", u"comes", u"coming",
};

// The second and the last but one letter, by length: a second shape test, as most
// words that pass the first ("she" like "see") fail this one.
inline quint32 innerShapeOf(QStringView w)
{
    const qsizetype n = w.size();
    const quint32 len = quint32(qMin<qsizetype>(n, 15));
    return (len * 31 + (w[1].unicode() & 31)) * 31 + (w[n - 2].unicode() & 31);
}

// Every word that one of the flags stands for, behind two cheap shape tests: this
// table is asked about nearly every word of a text.
struct FlagTable {
    ViewTable<quint8> map;
    std::bitset<16 * 31 * 31 + 64> shapes;
    std::bitset<16 * 31 * 31 + 64> innerShapes;

    void add(QStringView w, quint8 flag)
    {
        map.insert(w) |= flag;
        shapes.set(shapeOf(w));
        innerShapes.set(innerShapeOf(w));
    }

    FlagTable()
    {
        lexicon().map.forEach([this](QStringView w, const CueInfo &) { add(w, MaybeVerbCue); });
        for (const LightVerb &v : lightVerbs)
            add(QStringView(v.word), MaybeVerbCue);
        add(u"put", MaybeVerbCue);
        add(u"puts", MaybeVerbCue);
        nounMap().forEach([this](QStringView w, const NounEntry *) { add(w, MaybeNounCue); });
        for (const char16_t *v : receptionVerbs)
            add(QStringView(v), MaybeReception);
        stanceMap().forEach([this](QStringView w, const NounEntry *) { add(w, MaybeStance); });
        // On train "titled" was a cue 5 times of 5, "dubbed" 3 of 4, "reportedly" 7 of 12
        // ("allegedly" 0 of 6: PolNeAR leaves it unmarked).
        for (const char16_t *w : {u"titled", u"dubbed", u"reportedly"})
            add(QStringView(w), MaybeHearsay);
    }
};

} // namespace

bool lightVerbForm(QStringView w, CueForm &form)
{
    static const ViewTable<CueForm> map = [] {
        ViewTable<CueForm> m;
        for (const LightVerb &v : lightVerbs)
            m.insert(QStringView(v.word), v.form);
        return m;
    }();
    const CueForm *f = map.find(w);
    if (!f)
        return false;
    form = *f;
    return true;
}

bool isReceptionVerb(QStringView w)
{
    return lexFlagsOf(w) & MaybeReception;
}

quint8 lexFlagsOf(QStringView w)
{
    if (w.size() < 3)
        return 0;
    static const FlagTable table;
    if (!table.shapes.test(shapeOf(w)) || !table.innerShapes.test(innerShapeOf(w)))
        return 0;
    const quint8 *flags = table.map.find(w);
    return flags ? *flags : 0;
}

bool isAuxiliary(QStringView w)
{
    static const WordSet set{u"has", u"have", u"had", u"will", u"would", u"is", u"was", u"are", u"were", u"did", u"does",
                      u"do", u"could", u"can", u"may", u"might", u"should", u"must", u"be", u"been", u"being",
                      u"not", u"didn't", u"doesn't", u"don't", u"won't", u"wouldn't", u"hasn't", u"haven't",
                      u"isn't", u"wasn't", u"'s", u"'re", u"'m", u"'ve", u"'d", u"'ll", u"also", u"to"};
    return set.contains(w);
}

bool isCueAdverb(QStringView w)
{
    static const WordSet set{u"also", u"later", u"previously", u"repeatedly", u"recently", u"then", u"once", u"already",
                      u"again", u"often", u"publicly", u"privately", u"reportedly", u"just", u"now", u"still",
                      u"even", u"never", u"quickly", u"first", u"long", u"always", u"initially", u"further",
                      u"frequently", u"openly", u"explicitly", u"flatly", u"strongly", u"widely", u"earlier",
                      u"clearly", u"finally", u"simply", u"specifically", u"emphatically", u"firmly", u"since",
                      u"only", u"however", u"meanwhile", u"separately", u"ultimately", u"eventually",
                      u"subsequently", u"actually", u"personally", u"directly", u"immediately", u"mostly",
                      u"increasingly", u"plainly"};
    return set.contains(w);
}

bool isMannerAdverb(QStringView w)
{
    if (w.size() < 5 || !w.endsWith(u"ly") || isCueAdverb(w))
        return false;
    // Nouns and adjectives that end like an adverb.
    static const WordSet notAdverbs{u"family", u"assembly", u"supply", u"monopoly", u"anomaly", u"homily", u"reply",
                                    u"bully", u"belly", u"jelly", u"tally", u"folly", u"rally", u"daily", u"weekly",
                                    u"monthly", u"quarterly", u"yearly", u"early", u"likely", u"unlikely", u"elderly",
                                    u"friendly", u"costly", u"deadly", u"lonely", u"lovely", u"ugly", u"silly",
                                    u"holy", u"italy", u"july", u"panoply", u"melancholy", u"only", u"curly"};
    return !notAdverbs.contains(w);
}

bool isClauseWord(QStringView w)
{
    static const WordSet set{u"that", u"and", u"but", u"or", u"because", u"while", u"as", u"although", u"though", u"if",
                      u"when", u"where", u"whereas", u"since", u"so", u"after", u"before", u"until", u"unless",
                      u"whether", u"than", u"nor", u"yet", u"whom", u"whose", u"what", u"how", u"why", u"once",
                      u"however", u"meanwhile", u"instead", u"also", u"even", u"still", u"now", u"then",
                      u"said", u"says", u"say", u"told"};
    return set.contains(w);
}

bool isDeterminer(QStringView w)
{
    static const WordSet set{u"the", u"a", u"an", u"his", u"her", u"their", u"its", u"our", u"my", u"your", u"this",
                      u"these", u"those", u"no", u"any", u"some", u"every", u"each", u"another", u"such",
                      u"of", u"to", u"for", u"in", u"on", u"with", u"by", u"from", u"at", u"new", u"first"};
    return set.contains(w);
}

bool isPreposition(QStringView w)
{
    static const WordSet set{u"in", u"on", u"at", u"to", u"during", u"after", u"before", u"with", u"via", u"from", u"of",
                      u"for", u"about", u"by", u"over", u"while", u"when", u"through", u"following", u"late",
                      u"early", u"afterward", u"afterwards", u"under", u"against", u"among", u"between", u"into",
                      u"toward", u"towards", u"without", u"than", u"per", u"like", u"unlike", u"despite", u"amid"};
    return set.contains(w);
}

bool isTimeWord(QStringView w)
{
    static const WordSet set{u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday",
                      u"today", u"yesterday", u"tonight", u"earlier", u"later", u"recently", u"previously",
                      u"again", u"also", u"then", u"last", u"this", u"next", u"week", u"month", u"year",
                      u"night", u"morning", u"afternoon", u"evening", u"repeatedly", u"once", u"ago",
                      u"privately", u"publicly", u"flatly", u"bluntly", u"simply", u"quietly", u"tuesday's"};
    return set.contains(w);
}

bool isObjectWord(QStringView w)
{
    static const WordSet set{u"reporters", u"journalists", u"supporters", u"audience", u"crowd", u"me", u"him", u"her",
                      u"us", u"them", u"you", u"voters", u"lawmakers", u"the", u"a", u"an", u"his", u"their",
                      u"fans", u"students", u"members", u"listeners", u"viewers", u"attendees", u"donors",
                      u"senators", u"colleagues", u"interviewers", u"host", u"hosts", u"radio", u"local",
                      u"television", u"tv", u"news", u"congress", u"people", u"delegates", u"rally", u"this",
                      u"week", u"today", u"yesterday", u"magazine", u"newspaper", u"station", u"website",
                      u"network", u"channel", u"show", u"program", u"podcast", u"interviewer", u"anchor", u"residents",
                      u"workers", u"employees", u"parents", u"investors", u"citizens", u"officials"};
    return set.contains(w);
}

bool isRelativePronoun(QStringView w)
{
    return is(w, u"who") || is(w, u"which") || is(w, u"that");
}

// Prepositions that take a gerund whose subject is the clause's own ("she began by
// saying", "he was criticized for telling", "after warning that").
bool isDocumentNoun(QStringView w)
{
    // A document or message and what it does: "a statement announcing the pick", "polls showing her ahead".
    static const WordSet set{u"statement", u"statements", u"tweet", u"tweets", u"letter", u"letters", u"ad", u"ads",
                             u"advertisement", u"email", u"emails", u"memo", u"post", u"posts", u"message",
                             u"messages", u"video", u"op-ed", u"editorial", u"column", u"release", u"resolution",
                             u"petition", u"speech", u"report", u"reports", u"note", u"comments", u"remarks",
                             u"banner", u"sign", u"signs", u"poll", u"polls", u"survey", u"surveys", u"polling",
                             u"data", u"records", u"documents", u"figures", u"graphics", u"ledgers"};
    return set.contains(w);
}

bool isGerundPreposition(QStringView w)
{
    return is(w, u"by") || is(w, u"for") || is(w, u"after") || is(w, u"before") || is(w, u"while")
        || is(w, u"without") || is(w, u"from");
}

bool mayBeRoleNoun(QStringView w)
{
    if (w.size() < 4 || w.endsWith(u"ed") || (w.endsWith(u's') && !w.endsWith(u"ss")))
        return false;
    return lookupCue(w).cls == CueClass::None && !isAuxiliary(w) && !isClauseWord(w) && !isPreposition(w)
        && !isDeterminer(w) && !isTimeWord(w) && !isCueAdverb(w);
}

} // namespace factline::extract::attr
