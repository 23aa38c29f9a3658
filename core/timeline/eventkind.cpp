// SPDX-License-Identifier: MIT
#include "eventkind.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace factline::timeline {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("factline::timeline", s); }

// Lower-case words; "attack*" is a word beginning ("attacked", "attacks"), a word without
// a star matches itself and its plural ("war", "wars", not "Warsaw" or "warned"). The
// first kind whose list matches a word of the title wins, in this order: aid words decide
// over war words ("aid convoy attacked" is about aid).
struct Lexicon {
    EventKind kind;
    std::array<const char16_t *, 26> words;
};

const std::array<Lexicon, 4> &lexicons()
{
    static const std::array<Lexicon, 4> l = {{
        {EventKind::Humanitarian,
         {u"aid", u"famine*", u"starv*", u"hunger", u"food", u"relief", u"evacuat*", u"displace*", u"refugee*",
          u"hospital*", u"medic*", u"malnourish*", u"humanitarian*", u"shelter*", u"convoy*", u"crossing",
          u"water", u"fuel", u"vaccin*", u"epidemic*", u"outbreak*", nullptr}},
        {EventKind::Diplomacy,
         {u"talk*", u"meeting*", u"met", u"visit*", u"negotiat*", u"summit*", u"delegation*", u"ceasefire*",
          u"cease-fire*", u"truce*", u"deal", u"agreement*", u"accord*", u"treaty", u"treaties", u"resolution*",
          u"veto*", u"envoy*", u"diplomat*", u"trip", u"mediat*", u"peace", nullptr}},
        {EventKind::Violence,
         {u"attack*", u"kill*", u"strike", u"airstrike*", u"bomb*", u"shelling", u"invad*", u"invasion*",
          u"offensive*", u"fight*", u"war", u"raid*", u"shoot*", u"shot", u"explo*", u"clash*", u"massacre*",
          u"assault*", u"destroy*", u"troop*", u"battle*", u"rocket*", u"missile*", u"hostage*", nullptr}},
        {EventKind::Politics,
         {u"elect*", u"vote*", u"voting", u"govern*", u"parliament*", u"minister*", u"oust*", u"coup",
          u"protest*", u"resign*", u"law", u"court*", u"ruling*", u"sanction*", u"cabinet*", u"president*",
          u"policy", u"policies", u"campaign*", u"referendum*", u"takeover*", u"seiz*", nullptr}},
    }};
    return l;
}

bool matches(QStringView word, QStringView entry)
{
    if (entry.endsWith(u'*'))
        return word.startsWith(entry.chopped(1));
    return word == entry || (word.size() == entry.size() + 1 && word.startsWith(entry) && word.endsWith(u's'));
}

} // namespace

EventKind eventKindOf(QStringView title)
{
    const QString lower = title.toString().toLower();
    QList<QStringView> words;
    qsizetype from = -1;
    for (qsizetype i = 0; i <= lower.size(); ++i) {
        const bool letter = i < lower.size() && (lower[i].isLetter() || lower[i] == u'-');
        if (letter && from < 0)
            from = i;
        else if (!letter && from >= 0) {
            words.append(QStringView(lower).mid(from, i - from));
            from = -1;
        }
    }
    for (const Lexicon &l : lexicons()) {
        for (const char16_t *entry : l.words) {
            if (!entry)
                break;
            for (QStringView w : std::as_const(words)) {
                if (matches(w, QStringView(entry)))
                    return l.kind;
            }
        }
    }
    return EventKind::Other;
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Violence: return tr("Fighting and attacks");
    case EventKind::Diplomacy: return tr("Talks and diplomacy");
    case EventKind::Humanitarian: return tr("Aid and civilians");
    case EventKind::Politics: return tr("Politics and government");
    case EventKind::Other: return tr("Other events");
    case EventKind::Statement: return tr("Statements");
    }
    return QString();
}

} // namespace factline::timeline
