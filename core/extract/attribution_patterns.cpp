// SPDX-License-Identifier: MIT
#include "extract/attribution_scanner.h"

namespace factline::extract::attr {
namespace {

double confidenceFor(CueClass cls)
{
    switch (cls) {
    case CueClass::Speech:
    case CueClass::Tell: return 0.8;
    case CueClass::Belief: return 0.55;
    case CueClass::Finding:
    case CueClass::Seem: return 0.6;
    case CueClass::None: break;
    }
    return 0.5;
}

// Words that open a first-line "Name: text" but name nobody.
bool isHeadlineLabel(QStringView w)
{
    static const char16_t *const labels[] = {
        u"note", u"update", u"updated", u"photo", u"photos", u"source", u"sources", u"related", u"read", u"watch",
        u"editor", u"editors", u"caption", u"image", u"video", u"follow", u"tags", u"click", u"share", u"more",
        u"also", u"see", u"warning", u"disclosure", u"correction", u"clarification", u"listen", u"subscribe",
        u"contact", u"email", u"twitter", u"facebook", u"transcript", u"credit", u"getty", u"breaking",
        u"exclusive", u"advertisement", u"sign", u"top", u"full", u"the", u"this", u"here", u"what", u"why",
        u"how", u"when", u"where", u"who", u"bottom", u"key", u"result", u"results", u"today", u"tonight",
        u"in", u"on", u"by", u"date", u"time", u"location", u"rated", u"verdict", u"claim", u"ruling", u"pic",
    };
    for (const char16_t *l : labels) {
        if (w == QStringView(l))
            return true;
    }
    return false;
}

} // namespace

const Draft *Scanner::lastDraftInUnit(qsizetype ui) const
{
    for (qsizetype i = m_drafts.size() - 1; i >= 0; --i) {
        if (m_drafts[i].unit != ui)
            return nullptr;
        if (!m_drafts[i].dropped)
            return &m_drafts[i];
    }
    return nullptr;
}

void Scanner::scanUnit(qsizetype ui)
{
    const Unit &u = m_t.units[ui];
    m_unitCursor = u.first;
    Draft d;
    d.unit = ui;
    if (m_t.toks[u.first].has(ParagraphStart) && tryColonHeadline(u, d)) {
        m_drafts.append(d);
        m_unitCursor = d.cue.last;
    }
    for (qsizetype i = m_unitCursor; i < u.last; ++i) {
        d = Draft();
        d.unit = ui;
        if (m_t.toks[i].isWord() && !m_t.toks[i].has(InQuote) && lowerIs(i, u"according") && lowerIs(i + 1, u"to")
            && i + 2 < u.last) {
            if (tryAccordingTo(i, u, d)) {
                m_drafts.append(d);
                i = d.source.last - 1;
            }
            continue;
        }
        if (i <= u.first + 1 && tryAskedClause(i, u, d)) {
            m_drafts.append(d);
            i = d.content.last().last - 1;
            continue;
        }
        CueHit hit;
        if (!findCue(i, u, hit))
            continue;
        d.cue = hit.cue;
        d.cls = hit.info.cls;
        d.confidence = confidenceFor(hit.info.cls);
        const bool ok = tryParticiple(hit, u, d) || tryContentBefore(hit, u, d) || tryContentAfter(hit, u, d);
        if (ok) {
            m_drafts.append(d);
            i = d.cue.last - 1;
        }
    }
}

// "Name: text" at the start of a paragraph: transcripts ("CLINTON: Honestly, …")
// and headlines ("Sanders: Clinton Email Story Has Moved").
bool Scanner::tryColonHeadline(const Unit &u, Draft &d)
{
    qsizetype i = u.first;
    for (; i < u.last && i < u.first + 4; ++i) {
        const Token &t = m_t.toks[i];
        if (t.kind == TokKind::Colon)
            break;
        if (!t.isWord() || !t.has(Capitalised))
            return false;
    }
    if (i == u.first || i >= u.last || m_t.toks[i].kind != TokKind::Colon)
        return false;
    char16_t buf[24];
    if (isHeadlineLabel(lower(u.first, buf)))
        return false;
    qsizetype last = u.last;
    for (qsizetype k = m_t.unitOf[u.first] + 1; k < m_t.units.size() && m_t.units[k].paragraph == u.paragraph; ++k)
        last = m_t.units[k].last;
    Unit para = u;
    para.last = last;
    const qsizetype end = contentEnd(para);
    qsizetype words = 0;
    for (qsizetype k = i + 1; k < end && words < 3; ++k)
        words += m_t.toks[k].isWord() ? 1 : 0;
    if (words < 3)
        return false;
    d.source = {u.first, i};
    d.cue = {i, i + 1};
    d.content = {{i + 1, end}};
    d.confidence = 0.5;
    return true;
}

bool Scanner::tryAccordingTo(qsizetype i, const Unit &u, Draft &d)
{
    qsizetype e = i + 2;
    while (e < u.last && e < i + 18) {
        const TokKind k = m_t.toks[e].kind;
        if (k == TokKind::Comma || k == TokKind::Stop || k == TokKind::Semicolon || k == TokKind::Dash
            || k == TokKind::Paren || k == TokKind::OpenQuote || k == TokKind::Colon)
            break;
        ++e;
    }
    if (e == i + 2)
        return false;
    d.cue = {i, i + 2};
    d.cls = CueClass::Speech;
    d.source = {i + 2, e};
    d.confidence = 0.8;
    qsizetype beforeEnd = i;
    if (beforeEnd > m_unitCursor && m_t.toks[beforeEnd - 1].kind == TokKind::Comma)
        --beforeEnd;
    if (beforeEnd - m_unitCursor >= 2)
        d.content.append({m_unitCursor, beforeEnd});
    const qsizetype end = contentEnd(u);
    if (e < end && m_t.toks[e].kind == TokKind::Comma && end - (e + 1) >= 2)
        d.content.append({e + 1, end});
    if (d.content.isEmpty())
        return false;
    m_unitCursor = d.content.last().last;
    return true;
}

// "Asked whether he would run, Johnson demurred": the question is content of its
// own, with no source (the reporter who asked is not named).
bool Scanner::tryAskedClause(qsizetype i, const Unit &u, Draft &d)
{
    if (!lowerIs(i, u"asked") || (i == u.first + 1 && !lowerIs(u.first, u"when")) || m_t.toks[i].has(InQuote))
        return false;
    qsizetype e = i + 1;
    while (e < u.last && e < i + 40 && m_t.toks[e].kind != TokKind::Comma && !isStopPunct(e))
        ++e;
    if (e >= u.last || m_t.toks[e].kind != TokKind::Comma || e - i < 3)
        return false;
    const qsizetype start = contentStartAfter(i + 1, u, CueClass::Speech);
    if (start >= e)
        return false;
    d.cue = {i, i + 1};
    d.cls = CueClass::Speech;
    d.content = {{start, e}};
    d.confidence = 0.6;
    m_unitCursor = e + 1;
    return true;
}

bool Scanner::tryParticiple(const CueHit &hit, const Unit &u, Draft &d)
{
    if (hit.info.form != CueForm::Participle || hit.cue.first <= u.first
        || m_t.toks[hit.cue.first - 1].kind != TokKind::Comma)
        return false;
    const qsizetype start = contentStartAfter(hit.cue.last, u, hit.info.cls);
    const qsizetype end = contentEnd(u);
    if (start >= end)
        return false;
    const Draft *prev = lastDraftInUnit(m_t.unitOf[hit.head]);
    d.source = prev ? prev->source : unitSubject(u);
    if (d.source.empty())
        return false;
    d.content = {{start, end}};
    d.confidence = 0.7;
    return true;
}

} // namespace factline::extract::attr
