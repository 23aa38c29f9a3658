// SPDX-License-Identifier: MIT
#pragma once

#include "app/mainwindow.h"
#include "sample/sampleproject.h"

#include "core/testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QTableView>

namespace factline::test {

// A window on a fresh copy of the sample project, in a folder of its own.
struct SampleWindow {
    Scratch dir;
    QString path = dir.path(QStringLiteral("sample.factline"));
    MainWindow window;

    SampleWindow()
    {
        REQUIRE(createSampleProject(path).ok());
        window.show();
        REQUIRE(window.openProject(path));
    }
};

// The first row of a view whose `column` contains `text`, or -1.
inline int findRow(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

inline void selectRow(QTableView *view, int row, int column = 0)
{
    REQUIRE(row >= 0);
    view->setCurrentIndex(view->model()->index(row, column));
}

} // namespace factline::test
