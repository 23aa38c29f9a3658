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
