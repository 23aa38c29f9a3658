// SPDX-License-Identifier: MIT
#pragma once

#include "app/mainwindow.h"
#include "sample/sampleproject.h"

#include "core/testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QPalette>
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

// A dark palette, as a dark desktop theme gives: the window must stay readable with it
// (the views use palette roles only).
inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    return dark;
}

inline void selectRow(QTableView *view, int row, int column = 0)
{
    REQUIRE(row >= 0);
    view->setCurrentIndex(view->model()->index(row, column));
}

} // namespace factline::test
