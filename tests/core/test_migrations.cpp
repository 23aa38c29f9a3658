// SPDX-License-Identifier: MIT
#include "store/migrations.h"
#include "store/project.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace factline;
using factline::test::Scratch;

namespace {

// Writes a project file as a Factline of schema `version` would have, with one document.
void writeOldProject(const QString &path, int version)
{
    const QString name = QStringLiteral("old-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(store::migrate(db, 0, version).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO documents (title, text, length, checksum, imported_at) "
            "VALUES ('Old story', 'Health officials said Friday the toll rose.', 43, 'abc', '2024-03-24T00:00:00Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("migrations: every earlier schema version opens and is brought up to date", "[store][migrations]")
{
    for (int version = 1; version < store::CurrentSchemaVersion; ++version) {
        INFO("from version " << version);
        Scratch dir;
        const QString path = dir.path(QStringLiteral("old.factline"));
        writeOldProject(path, version);
        auto p = Project::open(path);
        REQUIRE(p.ok());
        auto docs = (*p)->documents();
        REQUIRE(docs->size() == 1);
        CHECK(docs->first().meta.title == QStringLiteral("Old story"));
        // Search (added in version 2) covers the rows the old file already had.
        CHECK((*p)->searchDocuments(QStringLiteral("toll"))->size() == 1);
        QSqlQuery q((*p)->database());
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == store::CurrentSchemaVersion);
    }
}

TEST_CASE("migrations: a failing step rolls back and leaves the file as it was", "[store][migrations]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("old.factline"));
    writeOldProject(path, 1);
    {
        // Make step 2 fail: a table of the name it wants to create already exists.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sabotage"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE claims_fts (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sabotage"));
    auto p = Project::open(path);
    REQUIRE_FALSE(p.ok());
    CHECK(p.errorMessage().contains(QStringLiteral("updating the project's format")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'documents_fts'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TEST_CASE("migrations: a version 3 file gains the indexes of version 4 and keeps its disputes", "[store][migrations]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("old.factline"));
    writeOldProject(path, 3);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO disputes (id, title) VALUES (1, 'How many died?'), (2, 'Who fired?')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO dispute_positions (dispute_id, side, ordinal) "
                                      "VALUES (1, 'Ministry', 0), (1, 'UN', 1), (2, 'Army', 0)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    auto p = Project::open(path);
    REQUIRE(p.ok());
    QSqlQuery q((*p)->database());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
    // Finding a dispute's positions (what deleting the dispute does for each one) reads the
    // index, not the whole table.
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM dispute_positions WHERE dispute_id = 1")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    CHECK(plan.contains(QStringLiteral("INDEX dispute_positions_by_dispute")));
    for (const char *index : {"quantities_by_document", "quantities_by_claim", "events_by_document",
                              "event_claims_by_claim", "event_actors_by_actor"}) {
        INFO(index);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                           .arg(QLatin1String(index))));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    REQUIRE(q.exec(QStringLiteral("DELETE FROM disputes WHERE id = 1")));
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(side) FROM dispute_positions")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Army"));
}

TEST_CASE("migrations: a file of the version after this one is refused and left as it was", "[store][migrations]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("new.factline"));
    writeOldProject(path, store::CurrentSchemaVersion);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                       .arg(store::CurrentSchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = factline::test::fileHash(path);
    auto p = Project::open(path);
    REQUIRE_FALSE(p.ok());
    CHECK(p.errorMessage().contains(QStringLiteral("newer version of Factline")));
    CHECK(p.errorMessage().contains(QString::number(store::CurrentSchemaVersion + 1)));
    CHECK(factline::test::fileHash(path) == before);
}
