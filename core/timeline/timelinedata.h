// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace factline::timeline {

// How exact a date is: the finer, the more certain. The order matters: coarser is larger.
enum class Precision : quint8 { Day, Week, Month, Quarter, Year, Decade, Century, Unknown };
Precision precisionFromGranularity(const QString &granularity);  // "weekend" → Week, "season" → Quarter, ...

enum class ItemKind : quint8 { Event, Claim };
// The two axes of time: when a thing happened (events), when it was said (claims).
enum class Band : quint8 { Happened = 0, Said = 1 };
inline Band bandOf(ItemKind kind) { return kind == ItemKind::Event ? Band::Happened : Band::Said; }

struct DocumentInfo {
    qint64 id = 0;
    QString title;
    QString outlet;
    QDate published;
};

struct ActorInfo {
    qint64 id = 0;
    QString name;
};

// Everything the timeline shows, as columns: a million events cost about 60 bytes each
// (titles as UTF-8 in one buffer, not a QString per item). Filled by the store.
struct TimelineItems {
    std::vector<qint64> id;              // events.id or claims.id, by kind
    std::vector<qint32> startDay;        // days since 1970-01-01 (see timeaxis.h)
    std::vector<qint32> endDay;          // inclusive
    std::vector<ItemKind> kind;
    std::vector<Precision> precision;
    std::vector<qint32> document;        // index into TimelineSource::documents, -1: none
    std::vector<qint32> actor;           // index into TimelineSource::actors, -1: none
    QByteArray titles;                   // UTF-8, back to back
    std::vector<quint32> titleEnd;       // title i is titles[titleEnd[i-1], titleEnd[i])

    qsizetype size() const { return qsizetype(id.size()); }
    void reserve(qsizetype n);
    void append(qint64 id, qint32 start, qint32 end, ItemKind kind, Precision precision, qint32 document,
                qint32 actor, QByteArrayView titleUtf8);
    QString title(qsizetype i) const;
};

struct TimelineSource {
    TimelineItems items;
    QList<DocumentInfo> documents;
    QList<ActorInfo> actors;
    QList<std::pair<qint64, qint64>> eventClaims;  // (event id, claim id): the claims about an event
};

enum class LaneMode { Single, Document, Source, Precision, Kind };  // Kind: eventkind.h

// What the main window's filters and search leave in view. Empty sets mean "all".
struct TimelineFilter {
    QSet<qint64> documentIds;
    QSet<qint64> actorIds;
    std::optional<QSet<qint64>> eventIds;  // e.g. a search's hits
    std::optional<QSet<qint64>> claimIds;
    QDate from;  // invalid: open
    QDate to;
    bool isEmpty() const;
};

// Counts of items per bin of 2^level days, for every level: the density view reads a few
// hundred bins per frame whatever the number of items.
struct DensityPyramid {
    qint32 origin = 0;    // day of bin 0, aligned to the coarsest level
    int minLevel = 0;
    std::vector<std::vector<quint32>> levels;  // levels[k - minLevel][bin]
    int maxLevel() const { return minLevel + int(levels.size()) - 1; }
    bool isEmpty() const { return levels.empty(); }
    // Count of items starting in [firstDay, lastDay], at bin precision.
    quint64 count(double firstDay, double lastDay) const;
};

// The timeline's index over TimelineItems: items grouped by band and precision, each group
// sorted by start day with its longest span known, so a range query visits only items that
// can overlap the range. Lanes and density pyramids are rebuilt when the lane mode or the
// filter changes (linear in items), never per frame.
class TimelineIndex
{
public:
    static constexpr int kMaxLaneDensities = 64;  // per-lane density pyramids up to this many lanes

    TimelineIndex() = default;
    explicit TimelineIndex(TimelineSource source);

    const TimelineItems &items() const { return m_source.items; }
    const TimelineSource &source() const { return m_source; }
    bool isEmpty() const { return m_source.items.size() == 0; }

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }
    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    bool passes(qsizetype item) const { return m_visible.empty() || m_visible[size_t(item)]; }

    int laneCount() const { return int(m_laneNames.size()); }
    QString laneName(int lane) const { return m_laneNames.value(lane); }
    qint64 laneKey(int lane) const { return m_laneKeys.value(lane); }  // document or actor id, or the precision
    int laneOf(qsizetype item) const { return m_lane[size_t(item)]; }

    // Items of a band overlapping [firstDay, lastDay] that pass the filter, at most `limit`
    // (then `truncated` says so), sorted by start. Items spanning more than `maxSpanDays`
    // (a century seen at the scale of days) are only counted, in `wider`.
    std::vector<quint32> itemsIn(Band band, double firstDay, double lastDay, size_t limit,
                                 bool *truncated = nullptr, double maxSpanDays = 1e18,
                                 size_t *wider = nullptr) const;
    // Item count of a band in [firstDay, lastDay], from the density pyramid.
    quint64 countIn(Band band, double firstDay, double lastDay) const;
    const DensityPyramid &density(Band band) const { return m_density[int(band)]; }
    // A lane's density, or nullptr when there are too many lanes to keep one each.
    const DensityPyramid *laneDensity(Band band, int lane) const;

    // The days the filtered items cover; false when there are none.
    bool extent(double *firstDay, double *lastDay) const;
    // Item index by id, or -1.
    qsizetype indexOf(ItemKind kind, qint64 id) const;
    // Claims about an event, events a claim is about (item indexes).
    QList<qsizetype> linkedItems(qsizetype item) const;

private:
    struct Group {
        size_t begin = 0, end = 0;  // into m_order[band]
        qint32 longest = 0;         // longest span in the group, in days
    };
    void buildGroups();
    void buildLanes();
    void buildDensity();

    TimelineSource m_source;
    LaneMode m_laneMode = LaneMode::Single;
    TimelineFilter m_filter;
    std::vector<bool> m_visible;                       // empty: no filter
    std::array<std::vector<quint32>, 2> m_order;       // per band: items by group, then start
    std::array<std::vector<Group>, 2> m_groups;
    std::array<std::vector<quint32>, 2> m_byId;        // per kind: item indexes sorted by id
    std::vector<qint32> m_lane;
    QStringList m_laneNames;
    QList<qint64> m_laneKeys;
    std::array<DensityPyramid, 2> m_density;
    std::array<std::vector<DensityPyramid>, 2> m_laneDensity;
};

} // namespace factline::timeline
