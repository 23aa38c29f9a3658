// SPDX-License-Identifier: MIT
#include "models/actormodel.h"
#include "models/claimmodel.h"
#include "models/documentmodel.h"
#include "models/eventmodel.h"

#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QUndoStack>

#include "edit/commands.h"

using namespace factline;
using factline::test::SampleWindow;
using factline::test::Scratch;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

} // namespace

TEST_CASE("models: every item model of the window passes QAbstractItemModelTester through edits", "[ui][models]")
{
    SampleWindow s;
    QList<QAbstractItemModelTester *> testers;
    for (QTableView *view : {s.window.documentsView(), s.window.sourcesView(), s.window.claimsView(),
                             s.window.eventsView()}) {
        testers << new QAbstractItemModelTester(view->model(), Mode::Fatal);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        REQUIRE(proxy);
        testers << new QAbstractItemModelTester(proxy->sourceModel(), Mode::Fatal);
    }
    Project &p = *s.window.project();
    QUndoStack &undo = *s.window.undoStack();
    const qint64 claim = p.claims()->first().id;
    REQUIRE(edit::setClaimSource(undo, p, claim, QStringLiteral("A new source")).ok());
    REQUIRE(edit::mergeActors(undo, p, *p.findActor(QStringLiteral("officials")),
                              *p.findActor(QStringLiteral("U.S. officials"))).ok());
    REQUIRE(edit::deleteClaim(undo, p, claim).ok());
    while (undo.canUndo())
        undo.undo();
    s.window.claimsView()->sortByColumn(ClaimModel::Source, Qt::DescendingOrder);
    s.window.eventsView()->sortByColumn(EventModel::Date, Qt::AscendingOrder);
    qDeleteAll(testers);
}

TEST_CASE("models: a project with many claims opens at once and loads more as the view scrolls", "[ui][models]")
{
    Scratch dir;
    auto opened = Project::open(dir.path(QStringLiteral("big.factline")));
    REQUIRE(opened.ok());
    Project &p = **opened;
    DocumentRecord d;
    d.text = QStringLiteral("Officials said it rained.");
    const qint64 doc = p.addDocument(d)->id;
    constexpr int Claims = 100000;
    {
        QSqlDatabase &db = p.database();
        REQUIRE(db.transaction());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO claims (document_id, text, source_text) VALUES (?, ?, 'Officials')")));
        for (int i = 0; i < Claims; ++i) {
            q.addBindValue(doc);
            q.addBindValue(QStringLiteral("it rained %1").arg(i));
            REQUIRE(q.exec());
        }
        REQUIRE(db.commit());
    }
    ClaimModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QElapsedTimer timer;
    timer.start();
    model.setProject(&p);
    CHECK(timer.elapsed() < 1500);
    CHECK(model.totalCount() == Claims);
    CHECK(model.rowCount() == ClaimModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ClaimModel::PageSize);
    CHECK(model.index(ClaimModel::PageSize, ClaimModel::Claim).data().toString()
          == QStringLiteral("it rained %1").arg(ClaimModel::PageSize));

    ClaimQuery q;
    q.search = QStringLiteral("rained");
    timer.restart();
    model.setQuery(q);
    CHECK(timer.elapsed() < 3000);
    CHECK(model.totalCount() == Claims);
}

TEST_CASE("models: the events table reads dates with their granularity", "[ui][models]")
{
    SampleWindow s;
    EventModel *events = s.window.eventModel();
    QStringList dates;
    for (int row = 0; row < events->rowCount(); ++row)
        dates << events->index(row, EventModel::Date).data().toString();
    CHECK(dates.contains(QStringLiteral("week of 25 Mar 2024")));
    CHECK_FALSE(dates.contains(QString()));
}

TEST_CASE("models: sources carry a colour and show their other names on hover", "[ui][models]")
{
    SampleWindow s;
    QAbstractItemModel *sources = s.window.sourcesView()->model();
    const int row = factline::test::findRow(sources, ActorModel::Name, QStringLiteral("Benjamin Netanyahu"));
    REQUIRE(row >= 0);
    CHECK(sources->index(row, 0).data(Qt::DecorationRole).value<QColor>().isValid());
    CHECK(sources->index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Netanyahu")));
    CHECK(sources->index(row, ActorModel::Claims).data().toInt() >= 5);
}
