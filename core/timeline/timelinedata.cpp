// SPDX-License-Identifier: MIT
#include "timelinedata.h"

#include "eventkind.h"

#include "timeaxis.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace factline::timeline {
namespace {

using namespace Qt::StringLiterals;

constexpr int kPrecisions = int(Precision::Unknown) + 1;
constexpr qint64 kFinestBins = 1 << 17;   // bins at the global pyramid's finest level, at most
constexpr qint64 kLaneFinestBins = 8192;  // the same for each lane's pyramid
constexpr qint64 kCoarsestBins = 32;      // the coarsest level has about this many bins

QString tr(const char *s) { return QCoreApplication::translate("factline", s); }

qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

int levelFor(qint64 span, qint64 bins)
{
    int k = 0;
    while ((span >> k) > bins)
        ++k;
    return k;
}

DensityPyramid emptyPyramid(qint32 origin, qint64 span, int minLevel, int maxLevel)
{
    DensityPyramid p;
    p.origin = origin;
    p.minLevel = minLevel;
    for (int k = minLevel; k <= maxLevel; ++k)
        p.levels.emplace_back(size_t((span >> k) + 1), 0u);
    return p;
}

void sumUp(DensityPyramid &p)
{
    for (size_t k = 1; k < p.levels.size(); ++k) {
        std::vector<quint32> &up = p.levels[k];
        const std::vector<quint32> &down = p.levels[k - 1];
        std::fill(up.begin(), up.end(), 0u);
        for (size_t i = 0; i < down.size(); ++i)
            up[std::min(i / 2, up.size() - 1)] += down[i];
    }
}

QString precisionLaneName(Precision p)
{
    switch (p) {
    case Precision::Day: return tr("To the day");
    case Precision::Week: return tr("Within a week");
    case Precision::Month: return tr("Within a month");
    case Precision::Quarter: return tr("Within a season");
    case Precision::Year: return tr("Within a year");
    case Precision::Decade: return tr("Within a decade");
    case Precision::Century: return tr("Within a century");
    case Precision::Unknown: break;
    }
    return tr("Undated precision");
}

} // namespace

Precision precisionFromGranularity(const QString &g)
{
    if (g == u"day"_s || g.isEmpty() || g == u"time"_s || g == u"hour"_s)
        return Precision::Day;
    if (g == u"week"_s || g == u"weekend"_s)
        return Precision::Week;
    if (g == u"month"_s)
        return Precision::Month;
    if (g == u"quarter"_s || g == u"season"_s || g == u"half"_s)
        return Precision::Quarter;
    if (g == u"year"_s)
        return Precision::Year;
    if (g == u"decade"_s)
        return Precision::Decade;
    if (g == u"century"_s)
        return Precision::Century;
    return Precision::Unknown;
}

void TimelineItems::reserve(qsizetype n)
{
    id.reserve(size_t(n));
    startDay.reserve(size_t(n));
    endDay.reserve(size_t(n));
    kind.reserve(size_t(n));
    precision.reserve(size_t(n));
    document.reserve(size_t(n));
    actor.reserve(size_t(n));
    titleEnd.reserve(size_t(n));
}

void TimelineItems::append(qint64 itemId, qint32 start, qint32 end, ItemKind k, Precision p, qint32 doc,
                           qint32 who, QByteArrayView titleUtf8)
{
    id.push_back(itemId);
    startDay.push_back(start);
    endDay.push_back(std::max(start, end));
    kind.push_back(k);
    precision.push_back(p);
    document.push_back(doc);
    actor.push_back(who);
    titles.append(titleUtf8);
    titleEnd.push_back(quint32(titles.size()));
}

QString TimelineItems::title(qsizetype i) const
{
    const quint32 begin = i == 0 ? 0 : titleEnd[size_t(i - 1)];
    return QString::fromUtf8(titles.constData() + begin, qsizetype(titleEnd[size_t(i)] - begin));
}

bool TimelineFilter::isEmpty() const
{
    return documentIds.isEmpty() && actorIds.isEmpty() && !eventIds && !claimIds && !from.isValid()
           && !to.isValid();
}

quint64 DensityPyramid::count(double firstDay, double lastDay) const
{
    if (levels.empty() || lastDay < firstDay)
        return 0;
    int k = minLevel;
    while (k < maxLevel() && ((lastDay - firstDay) / double(qint64(1) << k)) > 256)
        ++k;
    const std::vector<quint32> &bins = levels[size_t(k - minLevel)];
    const qint64 first = std::max<qint64>(0, qint64(std::floor(firstDay - origin)) >> k);
    const qint64 last = std::min<qint64>(qint64(bins.size()) - 1, qint64(std::floor(lastDay - origin)) >> k);
    quint64 n = 0;
    for (qint64 b = first; b <= last; ++b)
        n += bins[size_t(b)];
    return n;
}

TimelineIndex::TimelineIndex(TimelineSource source)
    : m_source(std::move(source))
{
    buildGroups();
    buildLanes();
    buildDensity();
}

void TimelineIndex::buildGroups()
{
    const TimelineItems &it = m_source.items;
    const size_t n = size_t(it.size());
    for (int b = 0; b < 2; ++b) {
        // Counting sort by precision, then each group by start (often sorted already).
        std::array<size_t, kPrecisions + 1> offsets{};
        for (size_t i = 0; i < n; ++i) {
            if (int(bandOf(it.kind[i])) == b)
                ++offsets[size_t(it.precision[i]) + 1];
        }
        for (int p = 0; p < kPrecisions; ++p)
            offsets[size_t(p) + 1] += offsets[size_t(p)];
        std::vector<quint32> &order = m_order[size_t(b)];
        order.assign(offsets[kPrecisions], 0);
        std::array<size_t, kPrecisions> fill{};
        std::copy(offsets.begin(), offsets.end() - 1, fill.begin());
        for (size_t i = 0; i < n; ++i) {
            if (int(bandOf(it.kind[i])) == b)
                order[fill[size_t(it.precision[i])]++] = quint32(i);
        }
        auto byStart = [&it](quint32 x, quint32 y) { return it.startDay[x] < it.startDay[y]; };
        m_groups[size_t(b)].clear();
        for (int p = 0; p < kPrecisions; ++p) {
            Group g{offsets[size_t(p)], offsets[size_t(p) + 1], 0};
            if (!std::is_sorted(order.begin() + qsizetype(g.begin), order.begin() + qsizetype(g.end), byStart))
                std::stable_sort(order.begin() + qsizetype(g.begin), order.begin() + qsizetype(g.end), byStart);
            for (size_t j = g.begin; j < g.end; ++j)
                g.longest = std::max(g.longest, it.endDay[order[j]] - it.startDay[order[j]]);
            if (g.end > g.begin)
                m_groups[size_t(b)].push_back(g);
        }
    }
    for (int k = 0; k < 2; ++k) {
        std::vector<quint32> &byId = m_byId[size_t(k)];
        byId.clear();
        for (size_t i = 0; i < n; ++i) {
            if (int(it.kind[i]) == k)
                byId.push_back(quint32(i));
        }
        auto idLess = [&it](quint32 x, quint32 y) { return it.id[x] < it.id[y]; };
        if (!std::is_sorted(byId.begin(), byId.end(), idLess))
            std::sort(byId.begin(), byId.end(), idLess);
    }
}

void TimelineIndex::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    buildLanes();
    buildDensity();
}

void TimelineIndex::setFilter(const TimelineFilter &filter)
{
    m_filter = filter;
    const TimelineItems &it = m_source.items;
    m_visible.clear();
    if (!filter.isEmpty()) {
        m_visible.assign(size_t(it.size()), false);
        const qint32 from = filter.from.isValid() ? qint32(dayOf(filter.from)) : INT32_MIN;
        const qint32 to = filter.to.isValid() ? qint32(dayOf(filter.to)) : INT32_MAX;
        for (size_t i = 0; i < size_t(it.size()); ++i) {
            const std::optional<QSet<qint64>> &ids = it.kind[i] == ItemKind::Event ? filter.eventIds : filter.claimIds;
            bool ok = it.endDay[i] >= from && it.startDay[i] <= to && (!ids || ids->contains(it.id[i]));
            if (ok && !filter.documentIds.isEmpty())
                ok = it.document[i] >= 0 && filter.documentIds.contains(m_source.documents[it.document[i]].id);
            if (ok && !filter.actorIds.isEmpty())
                ok = it.actor[i] >= 0 && filter.actorIds.contains(m_source.actors[it.actor[i]].id);
            m_visible[i] = ok;
        }
    }
    buildDensity();
}

void TimelineIndex::buildLanes()
{
    const TimelineItems &it = m_source.items;
    const size_t n = size_t(it.size());
    m_lane.assign(n, 0);
    m_laneNames.clear();
    m_laneKeys.clear();
    if (m_laneMode == LaneMode::Single) {
        m_laneNames << QString();
        m_laneKeys << 0;
        return;
    }
    // Which keys occur, then lanes in a stable, readable order.
    const bool byDocument = m_laneMode == LaneMode::Document;
    const bool byActor = m_laneMode == LaneMode::Source;
    const bool byKind = m_laneMode == LaneMode::Kind;
    const qsizetype keys = byDocument ? m_source.documents.size()
                           : byActor  ? m_source.actors.size()
                           : byKind   ? qsizetype(EventKindCount)
                                      : qsizetype(kPrecisions);
    std::vector<qint32> keyOf(n);
    std::vector<char> used(size_t(keys) + 1, 0);  // the last slot: items without a key
    for (size_t i = 0; i < n; ++i) {
        qint32 k = 0;
        if (byKind) {
            k = qint32(it.kind[i] == ItemKind::Claim ? EventKind::Statement : eventKindOf(it.title(qsizetype(i))));
        } else {
            k = byDocument ? it.document[i] : byActor ? it.actor[i] : qint32(it.precision[i]);
        }
        keyOf[i] = k < 0 ? qint32(keys) : k;
        used[size_t(keyOf[i])] = 1;
    }
    std::vector<qint32> order;
    for (qint32 k = 0; k < qint32(keys); ++k) {
        if (used[size_t(k)])
            order.push_back(k);
    }
    if (byDocument) {
        std::stable_sort(order.begin(), order.end(), [this](qint32 a, qint32 b) {
            const QDate pa = m_source.documents[a].published, pb = m_source.documents[b].published;
            return pa.isValid() && (!pb.isValid() || pa < pb);
        });
    } else if (byActor) {
        std::stable_sort(order.begin(), order.end(), [this](qint32 a, qint32 b) {
            return m_source.actors[a].name.compare(m_source.actors[b].name, Qt::CaseInsensitive) < 0;
        });
    }
    if (used[size_t(keys)])
        order.push_back(qint32(keys));
    std::vector<qint32> laneOfKey(size_t(keys) + 1, 0);
    for (size_t l = 0; l < order.size(); ++l) {
        const qint32 k = order[l];
        laneOfKey[size_t(k)] = qint32(l);
        if (k == qint32(keys)) {
            m_laneNames << (byDocument ? tr("No document") : tr("No source"));
            m_laneKeys << 0;
        } else if (byDocument) {
            const DocumentInfo &d = m_source.documents[k];
            m_laneNames << (d.outlet.isEmpty() ? d.title : d.outlet + u" · "_s + d.title);
            m_laneKeys << d.id;
        } else if (byActor) {
            m_laneNames << m_source.actors[k].name;
            m_laneKeys << m_source.actors[k].id;
        } else if (byKind) {
            m_laneNames << eventKindName(EventKind(k));
            m_laneKeys << k;
        } else {
            m_laneNames << precisionLaneName(Precision(k));
            m_laneKeys << k;
        }
    }
    for (size_t i = 0; i < n; ++i)
        m_lane[i] = laneOfKey[size_t(keyOf[i])];
}

void TimelineIndex::buildDensity()
{
    const TimelineItems &it = m_source.items;
    const size_t n = size_t(it.size());
    for (int b = 0; b < 2; ++b) {
        m_density[size_t(b)] = {};
        m_laneDensity[size_t(b)].clear();
    }
    if (n == 0)
        return;
    const auto [lo, hi] = std::minmax_element(it.startDay.begin(), it.startDay.end());
    const qint64 rawSpan = qint64(*hi) - *lo + 1;
    const int maxLevel = std::max(levelFor(rawSpan, kCoarsestBins), levelFor(rawSpan, kLaneFinestBins));
    const qint64 top = qint64(1) << maxLevel;
    const qint32 origin = qint32(floorDiv(*lo, top) * top);
    const qint64 span = qint64(*hi) - origin + 1;
    const int minLevel = levelFor(span, kFinestBins);
    const int laneMinLevel = levelFor(span, kLaneFinestBins);
    const bool perLane = laneCount() <= kMaxLaneDensities;
    for (int b = 0; b < 2; ++b) {
        m_density[size_t(b)] = emptyPyramid(origin, span, minLevel, maxLevel);
        if (perLane)
            m_laneDensity[size_t(b)].assign(size_t(laneCount()), emptyPyramid(origin, span, laneMinLevel, maxLevel));
    }
    for (size_t i = 0; i < n; ++i) {
        if (!passes(qsizetype(i)))
            continue;
        const size_t b = size_t(bandOf(it.kind[i]));
        const qint64 rel = qint64(it.startDay[i]) - origin;
        ++m_density[b].levels[0][size_t(rel >> minLevel)];
        if (perLane)
            ++m_laneDensity[b][size_t(m_lane[i])].levels[0][size_t(rel >> laneMinLevel)];
    }
    for (int b = 0; b < 2; ++b) {
        sumUp(m_density[size_t(b)]);
        for (DensityPyramid &p : m_laneDensity[size_t(b)])
            sumUp(p);
    }
}

const DensityPyramid *TimelineIndex::laneDensity(Band band, int lane) const
{
    const std::vector<DensityPyramid> &lanes = m_laneDensity[size_t(band)];
    return lane >= 0 && size_t(lane) < lanes.size() ? &lanes[size_t(lane)] : nullptr;
}

std::vector<quint32> TimelineIndex::itemsIn(Band band, double firstDay, double lastDay, size_t limit,
                                            bool *truncated, double maxSpanDays, size_t *wider) const
{
    size_t wide = 0;
    const TimelineItems &it = m_source.items;
    const std::vector<quint32> &order = m_order[size_t(band)];
    std::vector<quint32> out;
    bool cut = false;
    const qint64 first = qint64(std::floor(firstDay));
    const qint64 last = qint64(std::floor(lastDay));
    for (const Group &g : m_groups[size_t(band)]) {
        const auto begin = order.begin() + qsizetype(g.begin), end = order.begin() + qsizetype(g.end);
        auto from = std::lower_bound(begin, end, first - g.longest,
                                     [&it](quint32 i, qint64 day) { return it.startDay[i] < day; });
        for (auto p = from; p != end && it.startDay[*p] <= last; ++p) {
            if (it.endDay[*p] < first || !passes(*p))
                continue;
            if (double(it.endDay[*p]) - it.startDay[*p] + 1 > maxSpanDays) {
                ++wide;
                continue;
            }
            if (out.size() >= limit) {
                cut = true;
                break;
            }
            out.push_back(*p);
        }
    }
    std::sort(out.begin(), out.end(), [&it](quint32 a, quint32 b) {
        return it.startDay[a] != it.startDay[b] ? it.startDay[a] < it.startDay[b] : it.endDay[a] > it.endDay[b];
    });
    if (truncated)
        *truncated = cut;
    if (wider)
        *wider = wide;
    return out;
}

quint64 TimelineIndex::countIn(Band band, double firstDay, double lastDay) const
{
    return m_density[size_t(band)].count(firstDay, lastDay);
}

bool TimelineIndex::extent(double *firstDay, double *lastDay) const
{
    const TimelineItems &it = m_source.items;
    qint32 lo = INT32_MAX, hi = INT32_MIN;
    for (size_t i = 0; i < size_t(it.size()); ++i) {
        if (!passes(qsizetype(i)))
            continue;
        lo = std::min(lo, it.startDay[i]);
        hi = std::max(hi, it.endDay[i]);
    }
    if (lo > hi)
        return false;
    *firstDay = lo;
    *lastDay = double(hi) + 1;
    return true;
}

qsizetype TimelineIndex::indexOf(ItemKind kind, qint64 id) const
{
    const std::vector<quint32> &byId = m_byId[size_t(kind)];
    const TimelineItems &it = m_source.items;
    auto p = std::lower_bound(byId.begin(), byId.end(), id, [&it](quint32 i, qint64 v) { return it.id[i] < v; });
    return p != byId.end() && it.id[*p] == id ? qsizetype(*p) : -1;
}

QList<qsizetype> TimelineIndex::linkedItems(qsizetype item) const
{
    QList<qsizetype> out;
    const TimelineItems &it = m_source.items;
    if (item < 0 || item >= it.size())
        return out;
    const bool isEvent = it.kind[size_t(item)] == ItemKind::Event;
    const qint64 id = it.id[size_t(item)];
    for (const auto &[eventId, claimId] : m_source.eventClaims) {
        if ((isEvent ? eventId : claimId) != id)
            continue;
        const qsizetype other = isEvent ? indexOf(ItemKind::Claim, claimId) : indexOf(ItemKind::Event, eventId);
        if (other >= 0)
            out << other;
    }
    return out;
}

} // namespace factline::timeline
