// SPDX-License-Identifier: MIT
#include "store/project.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace factline;
using factline::test::Scratch;

namespace {

DocumentRecord article(const QString &text, const QString &title = QStringLiteral("A story"))
{
    DocumentRecord d;
    d.text = text;
    d.meta.title = title;
    d.meta.outlet = QStringLiteral("Wire");
    d.meta.published = QDate(2024, 3, 24);
    return d;
}


} // namespace

TEST_CASE("project: a document survives closing and reopening, with its metadata and code-point length", "[store]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("p.factline"));
    qint64 id = 0;
    {
        auto p = Project::open(path);
        REQUIRE(p.ok());
        auto added = (*p)->addDocument(article(QString::fromUtf8("Emoji \xF0\x9F\x98\x80 and\u00a0space")));
        REQUIRE(added.ok());
        CHECK_FALSE(added->duplicate);
        id = added->id;
    }
    auto p = Project::open(path, Project::OpenMode::OpenExisting);
    REQUIRE(p.ok());
    auto d = (*p)->document(id);
    REQUIRE(d.ok());
    CHECK(d->meta.title == QStringLiteral("A story"));
    CHECK(d->meta.published == QDate(2024, 3, 24));
    CHECK(d->text == QString::fromUtf8("Emoji \xF0\x9F\x98\x80 and\u00a0space"));
    CHECK(d->length == 17); // 18 UTF-16 units: the emoji is one code point
    CHECK(d->checksum.size() == 64);
}

TEST_CASE("project: the same text imported twice is one document", "[store]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    auto first = (*p)->addDocument(article(QStringLiteral("Same words.")));
    auto second = (*p)->addDocument(article(QStringLiteral("Same words."), QStringLiteral("Other title")));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(second->duplicate);
    CHECK(second->id == first->id);
    CHECK((*p)->documents()->size() == 1);
}

TEST_CASE("project: a document's checksum is the SHA-256 of its UTF-8, as every earlier project stored it", "[store]")
{
    // Files made by earlier versions recognise the same text again only if the digest is
    // the same: these are SHA-256 of the UTF-8 bytes (the first is FIPS 180-2's "abc").
    CHECK(Project::checksum(QStringLiteral("abc"))
          == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(Project::checksum(QString())
          == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(Project::checksum(QString::fromUtf8("Caf\xC3\xA9 \xE2\x80\x93 \xC2\xAB""d\xC3\xA9j\xC3\xA0 vu\xC2\xBB \xF0\x9F\x98\x80"))
          == QStringLiteral("8f2965d9085ef91116efb6cc0071302a381465a9de89009b1c569245ad044bfd"));
    // One character more is another text.
    CHECK(Project::checksum(QStringLiteral("abc ")) != Project::checksum(QStringLiteral("abc")));
}

TEST_CASE("project: metadata can be edited later", "[store]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    const qint64 id = (*p)->addDocument(article(QStringLiteral("Words.")))->id;
    DocumentMeta meta;
    meta.title = QStringLiteral("New title");
    meta.published = QDate(2023, 10, 7);
    REQUIRE((*p)->updateDocumentMeta(id, meta).ok());
    CHECK((*p)->document(id)->meta.title == QStringLiteral("New title"));
    CHECK((*p)->document(id)->meta.published == QDate(2023, 10, 7));
}

TEST_CASE("project: full-text search finds words, phrases and prefixes — a malformed query is a message",
          "[store][search]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    const qint64 a = (*p)->addDocument(article(QStringLiteral("Blinken left the Middle East empty-handed.")))->id;
    (*p)->addDocument(article(QStringLiteral("Health officials counted the dead.")));
    CHECK(*(*p)->searchDocuments(QStringLiteral("Blinken")) == QList<qint64>{a});
    CHECK(*(*p)->searchDocuments(QStringLiteral("\"middle east\"")) == QList<qint64>{a});
    CHECK((*p)->searchDocuments(QStringLiteral("offic*"))->size() == 1);
    auto bad = (*p)->searchDocuments(QStringLiteral("\"unbalanced AND ("));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(QStringLiteral("could not be understood")));
}

TEST_CASE("project: re-extraction replaces the extractor's claims and keeps a person's", "[store]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    const qint64 id = (*p)->addDocument(article(QStringLiteral("Israel says Rafah is the last stronghold.")))->id;
    ExtractionRecords first;
    first.actors = {ActorRecord{0, QStringLiteral("Israel"), QStringLiteral("government"), {}, {}, 0}};
    ClaimRecord byMachine;
    byMachine.actorName = QStringLiteral("Israel");
    byMachine.source = {0, 6};
    byMachine.cue = {7, 11};
    byMachine.content = {{12, 40}};
    byMachine.text = QStringLiteral("Rafah is the last stronghold");
    ClaimRecord byPerson = byMachine;
    byPerson.origin = Origin::Person;
    first.claims = {byMachine, byPerson};
    REQUIRE((*p)->storeExtraction(id, first).ok());
    REQUIRE((*p)->claims(id)->size() == 2);

    ExtractionRecords second;
    second.actors = first.actors;
    second.claims = {byMachine};
    REQUIRE((*p)->storeExtraction(id, second).ok());
    auto claims = (*p)->claims(id);
    REQUIRE(claims->size() == 2);
    CHECK((*claims)[0].origin == Origin::Person);
    CHECK((*claims)[0].actorName == QStringLiteral("Israel"));
    CHECK((*claims)[1].content == QList<CodePointSpan>{{12, 40}});
    CHECK(*(*p)->searchClaims(QStringLiteral("stronghold")) == QList<qint64>{(*claims)[0].id, (*claims)[1].id});
}

TEST_CASE("project: a new file has 8 KB pages; one made with 4 KB pages keeps them and still stores and finds",
          "[store][search]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("p.factline"));
    auto pageSize = [](Project &p) {
        QSqlQuery q(p.database());
        return q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : -1;
    };
    {
        auto p = Project::open(path);
        REQUIRE(p.ok());
        CHECK(pageSize(**p) == 8192);
        REQUIRE((*p)->addDocument(article(QStringLiteral("Negotiators met in Cairo on Tuesday."))).ok());
        // The file as an older Factline made it: SQLite's default of 4 KB pages.
        QSqlQuery q((*p)->database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        q.finish();
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
        REQUIRE(q.exec(QStringLiteral("VACUUM")));
    }
    {
        // An empty file someone made beforehand (a "new file" from a file manager) is a new project.
        const QString empty = dir.path(QStringLiteral("empty.factline"));
        QFile touch(empty);
        REQUIRE(touch.open(QIODevice::WriteOnly));
        touch.close();
        auto e = Project::open(empty, Project::OpenMode::OpenExisting);
        REQUIRE(e.ok());
        CHECK(pageSize(**e) == 8192);
    }
    auto p = Project::open(path, Project::OpenMode::OpenExisting);
    REQUIRE(p.ok());
    CHECK(pageSize(**p) == 4096); // reopening does not rewrite an old file
    const qint64 added = (*p)->addDocument(article(QStringLiteral("Aid convoys reached the north on Thursday.")))->id;
    CHECK(*(*p)->searchDocuments(QStringLiteral("convoys")) == QList<qint64>{added});
    CHECK((*p)->searchDocuments(QStringLiteral("Cairo"))->size() == 1);
    CHECK((*p)->searchDocuments(QStringLiteral("Beirut"))->isEmpty());
    QSqlQuery check((*p)->database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("project: a file that is not SQLite is refused and left as it was", "[store][bad-input]")
{
    Scratch dir;
    const QString path = dir.write(QStringLiteral("notes.factline"), "These are my notes, not a database.\n");
    const QByteArray before = factline::test::fileHash(path);
    auto p = Project::open(path);
    REQUIRE_FALSE(p.ok());
    CHECK(p.errorMessage().contains(QStringLiteral("not an SQLite database")));
    CHECK(factline::test::fileHash(path) == before);
}

TEST_CASE("project: an SQLite file of another program is refused", "[store][bad-input]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto p = Project::open(path);
    REQUIRE_FALSE(p.ok());
    CHECK(p.errorMessage().contains(QStringLiteral("not a Factline project")));
}

TEST_CASE("project: a damaged file gives a message, not a crash", "[store][bad-input]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("p.factline"));
    {
        auto p = Project::open(path);
        REQUIRE(p.ok());
        REQUIRE((*p)->addDocument(article(QStringLiteral("Some words."))).ok());
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(100)); // past the 100-byte header: the schema's own page
    f.write(QByteArray(3000, '\x5a'));
    f.close();
    auto p = Project::open(path);
    QString message = p.errorMessage();
    if (p.ok())
        message = (*p)->documents().errorMessage();
    CHECK(message.contains(QStringLiteral("damaged")));
}

TEST_CASE("project: a file from a newer Factline is refused untouched", "[store][bad-input]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("p.factline"));
    {
        auto p = Project::open(path);
        REQUIRE(p.ok());
        QSqlQuery(((*p)->database())).exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
    }
    const QByteArray before = factline::test::fileHash(path);
    auto p = Project::open(path);
    REQUIRE_FALSE(p.ok());
    CHECK(p.errorMessage().contains(QStringLiteral("newer version of Factline")));
    CHECK(p.errorMessage().contains(QStringLiteral("99")));
    CHECK(factline::test::fileHash(path) == before);
}

TEST_CASE("project: a new project in a folder that cannot be written is refused", "[store][bad-input]")
{
    // Root may write anywhere that permissions guard, so as root use /proc, where no one
    // can create a file.
    Scratch dir;
    QString folder = dir.path(QStringLiteral("locked"));
    if (::geteuid() == 0) {
        folder = QStringLiteral("/proc");
    } else {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    auto p = Project::open(folder + QStringLiteral("/new.factline"));
    REQUIRE_FALSE(p.ok());
    CHECK(p.errorMessage().contains(QStringLiteral("new.factline")));
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/new.factline")));
}

TEST_CASE("project: a project locked by another program waits, then says so", "[store][bad-input]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("p.factline"));
    REQUIRE(Project::open(path).ok());
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(path);
    REQUIRE(other.open());
    REQUIRE(QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE")));
    {
        auto p = Project::open(path, Project::OpenMode::OpenExisting, 200);
        REQUIRE(p.ok()); // reading is possible in WAL mode
        auto added = (*p)->addDocument(article(QStringLiteral("Blocked words.")));
        REQUIRE_FALSE(added.ok());
        CHECK(added.errorMessage().contains(QStringLiteral("in use by another program")));
    }
    QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    auto p = Project::open(path);
    REQUIRE(p.ok());
    CHECK((*p)->documents()->isEmpty()); // nothing half-written
}
