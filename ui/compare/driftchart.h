// SPDX-License-Identifier: MIT
#pragma once

#include "compare/drift.h"

#include <QWidget>

namespace factline {

// A small line chart of one recurring number by the date it was reported: each report a
// dot (labelled with its words), joined in date order. Reports without a date are left
// at the start.
class DriftChart : public QWidget
{
    Q_OBJECT

public:
    explicit DriftChart(QWidget *parent = nullptr);
    void setSeries(const compare::DriftSeries &series);
    const compare::DriftSeries &series() const { return m_series; }
    QSize sizeHint() const override { return {420, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    compare::DriftSeries m_series;
};

} // namespace factline
