// SPDX-License-Identifier: MIT
#pragma once

#include "store/project.h"

#include <QDate>

namespace factline::compare {

// One report of a recurring number: "at least 32,070 killed", said on 22 March.
struct DriftPoint {
    QDate reported;
    double value = 0;
    QString text;        // the number's words ("at least 32,070")
    QString qualifier;
    QString context;     // the words around it, so the reader sees what was counted
    qint64 documentId = 0;
    qint64 claimId = 0;  // 0 when no claim holds the number
    QString outlet;
};

// The values of one kind of number (a death toll, a hostage count) in date order.
struct DriftSeries {
    QString kind;   // "killed", "hostages"
    QString label;  // for a reader: "Death toll"
    QList<DriftPoint> points;
    double minimum() const;
    double maximum() const;
};

// The kind of a number from the words around it: "killed" (a death toll) or
// "hostages"; empty for numbers that are not a recurring count.
QString recurringKind(QStringView before, QStringView number, QStringView after);

// Groups points by kind and date. A value far from the rest of its series (a tenth or
// ten times the median: the 1,200 of one attack in a war's death toll) counts something
// else and is left out; a series needs two points to show a drift.
QList<DriftSeries> driftSeries(QList<QPair<QString, DriftPoint>> kindsAndPoints);

// Every recurring number of a project, as series.
Result<QList<DriftSeries>> loadDrift(Project &project);

} // namespace factline::compare
