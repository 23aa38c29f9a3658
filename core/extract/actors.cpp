// SPDX-License-Identifier: MIT
#include "extract/actors.h"

#include "extract/attribution_mentions.h"
#include "extract/attribution_tokens.h"

#include <QHash>

#include <limits>

namespace factline::extract {
namespace {

using namespace Qt::StringLiterals;
using namespace factline::extract::attr;

// QString::simplified without the copy for the usual source ("Antony Blinken"): ASCII
// with single spaces between words and none at either end is simplified already.
QString simplified(const QString &s)
{
    bool plain = !s.isEmpty() && s.front() != u' ' && s.back() != u' ';
    for (qsizetype i = 0; i < s.size() && plain; ++i) {
        const char16_t c = s[i].unicode();
        plain = c < 0x80 && !(c >= 0x09 && c <= 0x0d) && !(c == u' ' && s[i - 1] == u' ');
    }
    return plain ? s : s.simplified();
}

// Collects actors as sources resolve, merging surface forms under one canonical name.
class ActorTable {
public:
    void add(const QString &name, ActorKind kind, const QString &surface)
    {
        if (name.isEmpty())
            return;
        auto it = m_index.constFind(name);
        qsizetype i;
        if (it == m_index.cend()) {
            i = m_actors.size();
            m_index.insert(name, i);
            m_actors.append({name, kind, {}});
        } else {
            i = it.value();
        }
        Actor &a = m_actors[i];
        if (a.kind == ActorKind::Unknown)
            a.kind = kind;
        const QString s = simplified(surface);
        if (!s.isEmpty() && s != name && !a.aliases.contains(s))
            a.aliases.append(s);
    }
    ActorKind kindOf(const QString &name) const
    {
        const auto it = m_index.constFind(name);
        return it == m_index.cend() ? ActorKind::Unknown : m_actors[it.value()].kind;
    }
    QList<Actor> take() { return std::move(m_actors); }

private:
    QList<Actor> m_actors;
    QHash<QString, qsizetype> m_index;
};

} // namespace

QList<Actor> resolveActors(QStringView text, const QList<Sentence> &sentences, QList<Attribution> &attributions)
{
    if (attributions.isEmpty() || text.size() >= std::numeric_limits<qint32>::max())
        return {};
    return resolveActors(text, *attr::sharedTokens(text, sentences), attributions);
}

QList<Actor> resolveActors(QStringView text, const attr::Tokens &tokens, QList<Attribution> &attributions)
{
    if (attributions.isEmpty() || text.size() >= std::numeric_limits<qint32>::max())
        return {};
    MentionIndex mentions(text, tokens);
    ActorTable table;
    QString previous;
    for (Attribution &a : attributions) {
        if (!a.source.isValid()) {
            // A quotation continued with no cue goes on quoting the speaker before it;
            // "it was reported that" has no one to name.
            a.actor = a.cue.isValid() ? QString() : previous;
            continue;
        }
        const Resolved r = mentions.resolve(a.source);
        a.actor = r.name;
        if (r.name.isEmpty())
            continue;
        table.add(r.name, r.kind, text.mid(a.source.start, a.source.length()).toString());
        for (const QString &alias : r.aliases)
            table.add(r.name, r.kind, alias);
        mentions.noteActor(a.source.start, r.name, r.kind);
        previous = r.name;
    }
    return table.take();
}

QString actorKindName(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Person: return u"person"_s;
    case ActorKind::Organisation: return u"organisation"_s;
    case ActorKind::Government: return u"government"_s;
    case ActorKind::Group: return u"group"_s;
    case ActorKind::Anonymous: return u"anonymous"_s;
    case ActorKind::Unknown: break;
    }
    return u"unknown"_s;
}

} // namespace factline::extract
