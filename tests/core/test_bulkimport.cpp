// SPDX-License-Identifier: MIT
// Importing many articles at once (import::importMany, store::BulkWriter) gives the project
// that importing them one by one gives: the same rows, the same search results, the same
// disputes and timeline; a failed or cancelled article leaves none of its rows.
#include "import/importer.h"
#include "store/bulkwriter.h"
#include "store/disputes.h"
#include "store/migrations.h"
#include "store/project.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

using namespace factline;
using namespace Qt::StringLiterals;
using factline::test::Scratch;

namespace {

const char *const Ceasefire =
    "Ceasefire talks stall over hostage count\n\n"
    "Negotiators met in Cairo on Tuesday, officials said. \"We are close to an agreement,\" Prime Minister "
    "Benjamin Netanyahu said on Wednesday. Hamas said the talks had collapsed and that no agreement was near.\n"
    "The Health Ministry said 32 people were killed in the strikes on Monday, while the army said 12 militants "
    "died.\nSecretary of State Antony Blinken told reporters that the United States would send 200 trucks of aid "
    "by Friday.\n";
const char *const Convoys =
    "Aid convoys reach the north\n\n"
    "The United Nations said on Thursday that 40 trucks reached northern Gaza. Israel said 120 trucks had "
    "crossed.\n\"The situation is catastrophic,\" said Martin Griffiths, the UN aid chief. Antony Blinken said the "
    "aid was not enough, according to a State Department statement.\nNetanyahu said the operation in Rafah would go "
    "ahead next month.\n";
const char *const Budget =
    "Budget vote delayed\n\n"
    "Senator Chuck Schumer said on Monday that the vote would take place on March 22. House Speaker Mike Johnson "
    "said the House would not vote before April.\nThe bill includes $1.2 trillion in spending, Johnson told "
    "reporters. Schumer said the bill included $1.5 trillion.\n";

// The articles of the comparison: files of the tests' own, the shipped sample, one of them
// twice, and a file that is not there.
QList<import::ImportItem> articles(const Scratch &dir)
{
    DocumentMeta dated;
    dated.published = QDate(2024, 3, 20);
    const QString sample = dir.write(QStringLiteral("sample.txt"), test::sampleText().toUtf8());
    const QString ceasefire = dir.write(QStringLiteral("ceasefire.txt"), Ceasefire);
    return {
        {ceasefire, dated, std::nullopt},
        {dir.write(QStringLiteral("convoys.txt"), Convoys), dated, std::nullopt},
        {dir.path(QStringLiteral("missing.txt")), dated, std::nullopt},
        {sample, {}, std::nullopt},
        {dir.write(QStringLiteral("budget.txt"), Budget), {}, std::nullopt},
        {dir.write(QStringLiteral("again.txt"), Ceasefire), dated, std::nullopt},  // the same text again
    };
}

// Every row of a table, each value with its SQLite type, in row order; columns that hold
// the time of the import are left out.
QStringList rows(Project &p, const QString &table)
{
    QSqlQuery q(p.database());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)));
    QStringList out;
    while (q.next()) {
        QStringList values;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            const QString name = r.fieldName(i);
            if (name == u"imported_at" || name == u"created_at")
                continue;
            const QVariant v = q.value(i);
            values << name + u'=' + (v.isNull() ? QStringLiteral("NULL") : QString::fromLatin1(v.typeName()) + u':' + v.toString());
        }
        out << values.join(u'|');
    }
    return out;
}

qint64 scalar(Project &p, const QString &sql)
{
    QSqlQuery q(p.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

const QStringList &tables()
{
    static const QStringList t = {
        QStringLiteral("documents"),  QStringLiteral("actors"),       QStringLiteral("actor_aliases"),
        QStringLiteral("claims"),     QStringLiteral("claim_spans"),  QStringLiteral("timexes"),
        QStringLiteral("events"),     QStringLiteral("event_actors"), QStringLiteral("quantities"),
        QStringLiteral("disputes"),   QStringLiteral("dispute_positions"), QStringLiteral("position_claims"),
        QStringLiteral("timeline_generation"),
    };
    return t;
}

// The words of the articles, to search for each.
QStringList words()
{
    const QString all = QString::fromUtf8(Ceasefire) + QString::fromUtf8(Convoys) + QString::fromUtf8(Budget)
                        + test::sampleText();
    QSet<QString> set;
    for (const QString &w : all.split(QRegularExpression(QStringLiteral("[^A-Za-z]+")), Qt::SkipEmptyParts)) {
        if (w.size() > 3)
            set.insert(w.toLower());
    }
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

bool ftsIntact(Project &p, const QString &fts)
{
    QSqlQuery q(p.database());
    return q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(fts));
}

} // namespace

TEST_CASE("bulk import: the project holds what importing one by one makes - rows, search, disputes", "[import][bulk]")
{
    Scratch dir;
    const QList<import::ImportItem> items = articles(dir);
    auto single = Project::open(dir.path(QStringLiteral("single.factline")));
    auto bulk = Project::open(dir.path(QStringLiteral("bulk.factline")));
    REQUIRE(single.ok());
    REQUIRE(bulk.ok());
    QStringList singleReports;
    for (const import::ImportItem &item : items) {
        auto r = import::importFile(**single, item.path, item.given);
        singleReports << (r ? QString::number(r->documentId) + (r->duplicate ? u" again"_s : QString()) : u"failed"_s);
    }

    QStringList bulkReports;
    QList<qsizetype> order;
    import::ImportCallbacks callbacks;
    callbacks.done = [&](qsizetype i, const Result<import::Imported> &r) {
        order << i;
        bulkReports << (r ? QString::number(r->documentId) + (r->duplicate ? u" again"_s : QString()) : u"failed"_s);
    };
    import::ImportOptions options;
    options.threads = 2;
    options.batchDocuments = 2; // several batches, and a duplicate of a document in an earlier one
    REQUIRE(import::importMany(**bulk, items, callbacks, options));

    // Each article is reported once, in order: the missing file failed, the text seen before
    // is the first document again.
    CHECK(order == QList<qsizetype>{0, 1, 2, 3, 4, 5});
    CHECK(bulkReports == QStringList{u"1"_s, u"2"_s, u"failed"_s, u"3"_s, u"4"_s, u"1 again"_s});
    CHECK(bulkReports == singleReports);

    for (const QString &table : tables()) {
        INFO(table.toStdString());
        const QStringList expected = rows(**single, table);
        CHECK(rows(**bulk, table) == expected);
    }
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM documents")) == 4);
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM claims")) > 10);
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM disputes")) > 0);
    CHECK((*bulk)->countClaims({}).value() == (*single)->countClaims({}).value());

    // Search: every word of the articles finds the same documents and claims, in the same order.
    int found = 0;
    for (const QString &w : words()) {
        INFO(w.toStdString());
        const auto docs = (*bulk)->searchDocuments(w);
        const auto claims = (*bulk)->searchClaims(w);
        REQUIRE(docs.ok());
        REQUIRE(claims.ok());
        CHECK(*docs == *(*single)->searchDocuments(w));
        CHECK(*claims == *(*single)->searchClaims(w));
        found += int(docs->size() + claims->size());
    }
    CHECK(found > 100);
    ClaimQuery bySource;
    bySource.search = QStringLiteral("Blinken");
    CHECK((*bulk)->countClaims(bySource).value() == (*single)->countClaims(bySource).value());
    CHECK((*bulk)->countClaims(bySource).value() >= 2);
    for (const QString &fts : {u"documents_fts"_s, u"claims_fts"_s, u"actors_fts"_s})
        CHECK(ftsIntact(**bulk, fts));

    // The disputes the comparison view shows.
    auto a = DisputeStore(**single).disputes();
    auto b = DisputeStore(**bulk).disputes();
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a->size() == b->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        (*a)[i].createdAt = (*b)[i].createdAt = {};
        CHECK((*a)[i] == (*b)[i]);
    }

    // Importing the same files again adds nothing: each is recognised by its checksum.
    QStringList again;
    callbacks.done = [&](qsizetype, const Result<import::Imported> &r) {
        again << (r ? QString::number(r->documentId) + (r->duplicate ? u" again"_s : QString()) : u"failed"_s);
    };
    REQUIRE(import::importMany(**bulk, items, callbacks, options));
    CHECK(again == QStringList{u"1 again"_s, u"2 again"_s, u"failed"_s, u"3 again"_s, u"4 again"_s, u"1 again"_s});
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM documents")) == 4);
}

// Whether a full-text index is in one piece per batch: FTS5 keeps the terms of a statement in
// memory and writes them out as a segment when the statement ends or when they pass the
// table's hashsize; each segment has rows in the table's _idx.
qint64 ftsSegments(Project &p, const QString &fts)
{
    return scalar(p, QStringLiteral("SELECT count(DISTINCT segid) FROM %1_idx").arg(fts));
}

QString ftsSetting(Project &p, const QString &fts, const QString &key)
{
    QSqlQuery q(p.database());
    q.prepare(QStringLiteral("SELECT v FROM %1_config WHERE k = ?").arg(fts));
    q.addBindValue(key);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QStringLiteral("unset");
}

TEST_CASE("bulk import: a batch is indexed in one piece, and the project's own full-text settings are kept",
          "[import][bulk]")
{
    Scratch dir;
    const QList<import::ImportItem> items = articles(dir);
    auto single = Project::open(dir.path(QStringLiteral("single.factline")));
    auto bulk = Project::open(dir.path(QStringLiteral("bulk.factline")));
    REQUIRE(single.ok());
    REQUIRE(bulk.ok());
    for (const import::ImportItem &item : items)
        (void)import::importFile(**single, item.path, item.given);
    // Settings of the project's own: merge more eagerly, and write the terms out every 4 KB
    // (each of these articles has more).
    {
        QSqlQuery q((*bulk)->database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 8)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO documents_fts(documents_fts, rank) VALUES ('hashsize', 4096)")));
    }
    import::ImportOptions options;
    options.threads = 2;
    options.batchDocuments = 10; // the four new articles in one batch
    REQUIRE(import::importMany(**bulk, items, {}, options));
    REQUIRE(scalar(**bulk, QStringLiteral("SELECT count(*) FROM documents")) == 4);

    // One segment for the batch in each index, although the documents' terms pass 4 KB
    // many times over and the claims' several times.
    CHECK(ftsSegments(**bulk, u"documents_fts"_s) == 1);
    CHECK(ftsSegments(**bulk, u"claims_fts"_s) == 1);
    CHECK(ftsSegments(**single, u"documents_fts"_s) == 4); // one by one: a segment per article
    // The settings are the project's again, or FTS5's own where the project set none.
    CHECK(ftsSetting(**bulk, u"documents_fts"_s, u"automerge"_s) == u"8"_s);
    CHECK(ftsSetting(**bulk, u"documents_fts"_s, u"hashsize"_s) == u"4096"_s);
    for (const QString &key : {u"automerge"_s, u"hashsize"_s}) {
        const QString v = ftsSetting(**bulk, u"claims_fts"_s, key);
        CHECK((v == u"unset"_s || v == (key == u"automerge"_s ? u"4"_s : u"1048576"_s)));
    }

    // What the index holds is what importing one by one puts in it.
    for (const QString &w : words()) {
        INFO(w.toStdString());
        CHECK(*(*bulk)->searchDocuments(w) == *(*single)->searchDocuments(w));
        CHECK(*(*bulk)->searchClaims(w) == *(*single)->searchClaims(w));
    }
    for (const QString &fts : {u"documents_fts"_s, u"claims_fts"_s, u"actors_fts"_s})
        CHECK(ftsIntact(**bulk, fts));

    // A later article, written through the project's connection as the window writes, goes
    // into a segment of its own and is found.
    DocumentMeta meta;
    meta.title = QStringLiteral("Later");
    const QByteArray later = "Harbour reopens\n\nThe Zanzibarian harbour reopened on Monday, the port authority said.\n";
    REQUIRE(import::importFile(**bulk, dir.write(QStringLiteral("later.txt"), later), meta).ok());
    CHECK(ftsSegments(**bulk, u"documents_fts"_s) == 2);
    CHECK((*bulk)->searchDocuments(QStringLiteral("zanzibarian"))->size() == 1);
    CHECK(ftsIntact(**bulk, u"documents_fts"_s));
}

TEST_CASE("bulk import: a document that fails leaves none of its rows, and the rest of its batch is kept", "[import][bulk]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    auto doc = [](const char *text) {
        DocumentRecord d;
        d.text = QString::fromUtf8(text);
        d.meta.title = d.text.section(u'\n', 0, 0);
        return d;
    };
    ExtractionRecords good;
    good.actors = {{0, QStringLiteral("Chuck Schumer"), QStringLiteral("person"), {}, {}, 0}};
    ClaimRecord claim;
    claim.actorName = QStringLiteral("Chuck Schumer");
    claim.text = QStringLiteral("the vote would take place");
    claim.content = {{10, 20}};
    good.claims = {claim};
    ExtractionRecords bad = good;
    bad.actors = {{0, QStringLiteral("Zephyrine Quillfeather"), QStringLiteral("person"), {}, {}, 0}};
    bad.claims[0].actorName = QStringLiteral("Zephyrine Quillfeather");
    bad.claims[0].text = QStringLiteral("an unmistakable xylophonic remark");
    QuantityRecord broken; // a number that is not a number: the database refuses it (NOT NULL)
    broken.value = std::numeric_limits<double>::quiet_NaN();
    broken.span = {0, 3};
    broken.text = QStringLiteral("NaN");
    bad.quantities = {broken};

    {
        store::BulkWriter writer(**p);
        REQUIRE(writer.begin().ok());
        CHECK(writer.replaysTriggers());
        CHECK(writer.add(doc("First story\n\nSchumer spoke."), good).ok());
        const auto failed = writer.add(doc("Broken story\n\nQuillfeather spoke of xylophones."), bad);
        CHECK_FALSE(failed.ok());
        CHECK(writer.add(doc("Third story\n\nSchumer spoke again."), good).ok());
        REQUIRE(writer.commit().ok());
    }
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM documents")) == 2);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM documents WHERE title = 'Broken story'")) == 0);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM claims")) == 2);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM actors")) == 1);
    CHECK((*p)->findActor(QStringLiteral("Zephyrine Quillfeather")).value() == 0);
    CHECK((*p)->searchDocuments(QStringLiteral("xylophones"))->isEmpty());
    CHECK((*p)->searchClaims(QStringLiteral("xylophonic"))->isEmpty());
    CHECK((*p)->searchDocuments(QStringLiteral("story"))->size() == 2);
    CHECK((*p)->searchClaims(QStringLiteral("vote"))->size() == 2);
    ClaimQuery bySchumer;
    bySchumer.search = QStringLiteral("Schumer");
    CHECK((*p)->findClaims(bySchumer, 0, 10)->size() == 2);
    // Rows added one by one afterwards are indexed as always: the triggers are on again.
    REQUIRE((*p)->addDocument(doc("Fourth story\n\nA zeppelin landed.")).ok());
    CHECK((*p)->searchDocuments(QStringLiteral("zeppelin"))->size() == 1);
    CHECK(ftsIntact(**p, QStringLiteral("documents_fts")));
}

TEST_CASE("bulk import: a batch that is not committed leaves the project as it was", "[import][bulk]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("p.factline"));
    {
        auto p = Project::open(path);
        REQUIRE(p.ok());
        DocumentRecord d;
        d.text = QStringLiteral("Unsaved story\n\nNobody will read this.");
        store::BulkWriter writer(**p);
        REQUIRE(writer.begin().ok());
        const auto added = writer.add(d, {});
        REQUIRE(added.ok());
        // The writer sees its open batch; the project sees it only once it commits.
        CHECK(writer.find(Project::checksum(d.text)).value() == added->id);
        CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM documents")) == 0);
        // The writer goes away without a commit, as when the program stops mid-batch.
    }
    auto p = Project::open(path, Project::OpenMode::OpenExisting);
    REQUIRE(p.ok());
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK((*p)->searchDocuments(QStringLiteral("unsaved"))->isEmpty());
    CHECK(scalar(**p, QStringLiteral("SELECT value FROM timeline_generation")) == 0);
}

TEST_CASE("bulk import: cancelling keeps the whole articles stored so far and reports only those", "[import][bulk]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("p.factline"));
    QList<import::ImportItem> items;
    for (int i = 0; i < 12; ++i) {
        auto read = import::readArticleText(
            QStringLiteral("Story %1\n\nOfficials said on Friday that talks in story %1 went on.").arg(i),
            QStringLiteral("text"));
        REQUIRE(read.ok());
        items.append({QString(), {}, *read});
    }
    QList<qint64> reported;
    int asked = 0;
    import::ImportCallbacks callbacks;
    callbacks.done = [&](qsizetype, const Result<import::Imported> &r) {
        REQUIRE(r.ok());
        reported << r->documentId;
    };
    callbacks.cancelled = [&] { return ++asked > 7; }; // the user cancels while the 8th article is next
    import::ImportOptions options;
    options.batchDocuments = 3;
    {
        auto p = Project::open(path);
        REQUIRE(p.ok());
        CHECK_FALSE(import::importMany(**p, items, callbacks, options));
    }
    CHECK(reported == QList<qint64>{1, 2, 3, 4, 5, 6, 7});
    auto p = Project::open(path, Project::OpenMode::OpenExisting);
    REQUIRE(p.ok());
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM documents")) == 7);
    // Every stored article has its extraction with it.
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                                     "(SELECT 1 FROM claims c WHERE c.document_id = d.id)")) == 0);
    CHECK((*p)->searchDocuments(QStringLiteral("talks"))->size() == 7);
}

TEST_CASE("bulk import: an insert trigger it does not know runs row by row, with the same result", "[import][bulk]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    QSqlQuery q((*p)->database());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE seen (n INTEGER)")));
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER count_claims AFTER INSERT ON main.claims "
                                  "BEGIN INSERT INTO seen VALUES (new.id); END")));
    const QList<import::ImportItem> items = articles(dir);
    {
        store::BulkWriter writer(**p);
        REQUIRE(writer.begin().ok());
        CHECK_FALSE(writer.replaysTriggers());
        writer.rollback();
    }
    REQUIRE(import::importMany(**p, items, {}));
    const qint64 claims = scalar(**p, QStringLiteral("SELECT count(*) FROM claims"));
    CHECK(claims > 10);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM temp.seen")) == claims);
    CHECK((*p)->searchClaims(QStringLiteral("Blinken"))->size() >= 2);
    CHECK(ftsIntact(**p, QStringLiteral("claims_fts")));
}

TEST_CASE("bulk import: an article with dozens of claims, dates and numbers is stored row for row as one by one", "[import][bulk]")
{
    // Rows go in several at a time: 45 of a kind take statements of 32, 8, 4 and 1 rows.
    QString text = QStringLiteral("Evacuations continue along the coast\n\n");
    const QStringList speakers = {QStringLiteral("Governor Ron DeSantis"), QStringLiteral("Mayor Jane Castor"),
                                  QStringLiteral("Sheriff Chad Chronister")};
    for (int i = 0; i < 45; ++i) {
        text += QStringLiteral("%1 said on March %2, 2024 that %3 people had left Zone %4. ")
                    .arg(speakers[i % 3])
                    .arg(i % 28 + 1)
                    .arg(1000 + 37 * i)
                    .arg(i);
        if (i % 5 == 4)
            text += u'\n';
    }
    Scratch dir;
    const QString path = dir.write(QStringLiteral("coast.txt"), text.toUtf8());
    auto single = Project::open(dir.path(QStringLiteral("single.factline")));
    auto bulk = Project::open(dir.path(QStringLiteral("bulk.factline")));
    REQUIRE(single.ok());
    REQUIRE(bulk.ok());
    REQUIRE(import::importFile(**single, path).ok());
    REQUIRE(import::importMany(**bulk, {{path, {}, std::nullopt}}, {}));

    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM claims")) >= 40);
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM claim_spans")) >= 40);
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM timexes")) >= 40);
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM quantities")) >= 40);
    for (const QString &table : tables()) {
        INFO(table.toStdString());
        CHECK(rows(**bulk, table) == rows(**single, table));
    }
    CHECK(*(*bulk)->searchClaims(QStringLiteral("Zone")) == *(*single)->searchClaims(QStringLiteral("Zone")));
    CHECK(ftsIntact(**bulk, QStringLiteral("claims_fts")));
}

TEST_CASE("bulk import: after a failed document the ones before it keep their ids, sources and other names", "[import][bulk]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    auto doc = [](const QString &title) {
        DocumentRecord d;
        d.text = title + QStringLiteral("\n\nOfficials spoke.");
        d.meta.title = title;
        return d;
    };
    auto said = [](const QString &who, const QStringList &aliases, const QString &text) {
        ExtractionRecords r;
        r.actors = {{0, who, QStringLiteral("person"), {}, aliases, 0}};
        ClaimRecord c;
        c.actorName = who;
        c.text = text;
        c.content = {{0, 9}};
        r.claims = {c};
        return r;
    };
    ExtractionRecords broken = said(QStringLiteral("Mike Johnson"), {QStringLiteral("Speaker Johnson")},
                                    QStringLiteral("the House would not vote"));
    QuantityRecord nan;
    nan.value = std::numeric_limits<double>::quiet_NaN();
    nan.span = {0, 3};
    nan.text = QStringLiteral("NaN");
    broken.quantities = {nan};

    QList<qint64> ids;
    {
        store::BulkWriter writer(**p);
        REQUIRE(writer.begin().ok());
        for (const auto &[title, records] :
             {std::pair{u"One"_s, said(u"Chuck Schumer"_s, {u"Senator Schumer"_s}, u"the vote is on Friday"_s)},
              std::pair{u"Two"_s, said(u"Chuck Schumer"_s, {u"Senator Schumer"_s, u"Schumer"_s}, u"talks went on"_s)}}) {
            auto added = writer.add(doc(title), records);
            REQUIRE(added.ok());
            ids << added->id;
        }
        CHECK_FALSE(writer.add(doc(u"Broken"_s), broken).ok());
        auto after = writer.add(doc(u"Three"_s), said(u"Mike Johnson"_s, {}, u"no vote before April"_s));
        REQUIRE(after.ok());
        ids << after->id;
        REQUIRE(writer.commit().ok());
    }
    // The ids handed out before the failure are the documents' ids in the file.
    CHECK(ids == QList<qint64>{1, 2, 3});
    CHECK((*p)->document(1)->meta.title == u"One");
    CHECK((*p)->document(2)->meta.title == u"Two");
    CHECK((*p)->document(3)->meta.title == u"Three");
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM actors")) == 2);
    // Schumer once, with both his other names; Johnson without the one only the failed article gave.
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM actor_aliases")) == 2);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM actor_aliases WHERE alias = 'Speaker Johnson'")) == 0);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM claims c JOIN actors a ON a.id = c.actor_id "
                                     "WHERE a.name = 'Chuck Schumer'")) == 2);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM quantities")) == 0);
    CHECK((*p)->searchClaims(QStringLiteral("April"))->size() == 1);
    CHECK(ftsIntact(**p, QStringLiteral("claims_fts")));
    CHECK(ftsIntact(**p, QStringLiteral("actors_fts")));
}

TEST_CASE("bulk import: a row that fails in the middle of a table's rows leaves none of that statement's rows", "[import][bulk]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    auto number = [](qint64 start, double value) {
        QuantityRecord q;
        q.value = value;
        q.span = {start, start + 2};
        q.text = QString::number(start);
        return q;
    };
    // Five numbers go in one statement; the fourth is refused (NOT NULL), after three were
    // written: they must go with the article, whichever way the statement stops.
    ExtractionRecords broken;
    for (int i = 0; i < 5; ++i)
        broken.quantities.append(number(i * 10, i == 3 ? std::numeric_limits<double>::quiet_NaN() : 7.0 + i));
    ExtractionRecords good;
    good.quantities = {number(0, 42.0), number(10, 43.0)};
    auto doc = [](const QString &text) {
        DocumentRecord d;
        d.text = text;
        d.meta.title = text.section(u'\n', 0, 0);
        return d;
    };
    {
        store::BulkWriter writer(**p);
        REQUIRE(writer.begin().ok());
        REQUIRE(writer.add(doc(u"Numbers one\n\n42 and 43."_s), good).ok());
        CHECK_FALSE(writer.add(doc(u"Numbers broken\n\nSeven to eleven."_s), broken).ok());
        REQUIRE(writer.add(doc(u"Numbers two\n\n42 and 43 again."_s), good).ok());
        REQUIRE(writer.commit().ok());
    }
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM documents")) == 2);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM quantities")) == 4);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM quantities WHERE value BETWEEN 7 AND 11")) == 0);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM quantities q LEFT JOIN documents d ON d.id = q.document_id "
                                     "WHERE d.id IS NULL")) == 0);
    CHECK((*p)->searchDocuments(QStringLiteral("eleven"))->isEmpty());
    CHECK(ftsIntact(**p, QStringLiteral("documents_fts")));
}

TEST_CASE("bulk import: every row points at rows that exist, and the project still enforces its foreign keys", "[import][bulk]")
{
    Scratch dir;
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    import::ImportOptions options;
    options.batchDocuments = 2;
    REQUIRE(import::importMany(**p, articles(dir), {}, options));
    REQUIRE(scalar(**p, QStringLiteral("SELECT count(*) FROM position_claims")) > 0);
    REQUIRE(scalar(**p, QStringLiteral("SELECT count(*) FROM event_actors")) > 0);
    QSqlQuery q((*p)->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QStringList dangling;
    while (q.next())
        dangling << q.value(0).toString() + u" row "_s + q.value(1).toString() + u" → "_s + q.value(2).toString();
    CHECK(dangling.isEmpty());
    // Removing an article still takes its claims, dates and disputes' claims with it.
    CHECK(scalar(**p, QStringLiteral("PRAGMA foreign_keys")) == 1);
    REQUIRE((*p)->removeDocument(1).ok());
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM claims WHERE document_id = 1")) == 0);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM timexes WHERE document_id = 1")) == 0);
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM position_claims pc WHERE NOT EXISTS "
                                     "(SELECT 1 FROM claims c WHERE c.id = pc.claim_id)")) == 0);
    CHECK(ftsIntact(**p, QStringLiteral("documents_fts")));
    CHECK(ftsIntact(**p, QStringLiteral("claims_fts")));
}

TEST_CASE("bulk import: text that is not valid UTF-16 is stored as the one-by-one path stores it", "[import][bulk]")
{
    Scratch dir;
    auto single = Project::open(dir.path(QStringLiteral("single.factline")));
    auto bulk = Project::open(dir.path(QStringLiteral("bulk.factline")));
    REQUIRE(single.ok());
    REQUIRE(bulk.ok());
    DocumentRecord d;
    d.text = QStringLiteral("A clean text\n\nNothing odd here.");
    // A title cut in the middle of a surrogate pair, and one with a lone low surrogate.
    d.meta.title = QStringLiteral("Broken ") + QChar(0xD83D);
    d.meta.outlet = QChar(0xDE00) + QStringLiteral(" Times");
    d.meta.author = QStringLiteral("Zoë ") + QString::fromUtf8("\xF0\x9F\x98\x80"); // valid: é and an emoji
    REQUIRE((*single)->addDocument(d).ok());
    {
        store::BulkWriter writer(**bulk);
        REQUIRE(writer.begin().ok());
        REQUIRE(writer.add(d, {}).ok());
        REQUIRE(writer.commit().ok());
    }
    for (const char *column : {"title", "outlet", "author", "text"}) {
        INFO(column);
        const QString sql = QStringLiteral("SELECT hex(%1) || ':' || typeof(%1) FROM documents").arg(QLatin1String(column));
        QSqlQuery a((*single)->database()), b((*bulk)->database());
        REQUIRE(a.exec(sql));
        REQUIRE(b.exec(sql));
        REQUIRE(a.next());
        REQUIRE(b.next());
        CHECK(b.value(0).toString() == a.value(0).toString());
    }
    CHECK((*bulk)->document(1)->meta.author == d.meta.author);
}

namespace {
int retryAtOnce(void *, int) { return 1; } // a busy handler that never sleeps: it takes any gap in the lock
} // namespace

TEST_CASE("bulk import: ids handed out stay right when another program writes while a failed article is redone",
          "[bulk][store]")
{
    Scratch dir;
    const QString path = dir.path(u"race.factline"_s);
    auto project = Project::open(path);
    REQUIRE(project.ok());
    auto doc = [](const QString &title) {
        DocumentRecord d;
        d.text = title + u"\n\nOfficials spoke on Monday."_s;
        d.meta.title = title;
        return d;
    };
    ExtractionRecords broken; // a NaN cannot be stored: the article fails after some of its rows
    QuantityRecord nan;
    nan.value = std::numeric_limits<double>::quiet_NaN();
    nan.span = {0, 3};
    nan.text = u"NaN"_s;
    broken.quantities = {nan};

    std::atomic<bool> go = false, done = false;
    std::thread other([&] {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_handler(db, retryAtOnce, nullptr);
        while (!go) {
        }
        sqlite3_exec(db,
                     "BEGIN IMMEDIATE; INSERT INTO documents (title, text, length, checksum, imported_at) "
                     "VALUES ('Pasted meanwhile', 'x', 1, 'other', '2024-01-01T00:00:00Z'); COMMIT;",
                     nullptr, nullptr, nullptr);
        done = true;
        sqlite3_close(db);
    });
    QList<std::pair<qint64, QString>> reported;
    bool committed = false;
    {
        store::BulkWriter writer(**project);
        REQUIRE(writer.begin().ok());
        for (const QString &t : {u"One"_s, u"Two"_s}) {
            const auto added = writer.add(doc(t), {});
            REQUIRE(added.ok());
            reported.append({added->id, t});
        }
        go = true;
        // Each failed article rolls the batch back and begins it again: a gap the other
        // connection can take.
        for (int tries = 0; !done && tries < 20000; ++tries)
            CHECK_FALSE(writer.add(doc(u"Broken"_s), broken).ok());
        committed = writer.commit().ok();
    }
    other.join();
    REQUIRE(done);
    QSqlQuery q((*project)->database());
    for (const auto &[id, title] : reported) {
        REQUIRE(q.exec(u"SELECT title FROM documents WHERE id = %1"_s.arg(id)));
        if (committed) { // every id the writer gave names the article it was given for
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == title);
        } else if (q.next()) { // or the batch was given up, and none of it is in the file
            CHECK(q.value(0).toString() != title);
        }
    }
    REQUIRE(q.exec(u"SELECT count(*) FROM documents WHERE title = 'Pasted meanwhile'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1); // the other program's row is kept either way
}

TEST_CASE("bulk import: dates of any year and names with accents are stored as one by one stores them", "[import][bulk]")
{
    Scratch dir;
    auto single = Project::open(dir.path(QStringLiteral("single.factline")));
    auto bulk = Project::open(dir.path(QStringLiteral("bulk.factline")));
    REQUIRE(single.ok());
    REQUIRE(bulk.ok());
    // Years of one to five digits and before year one; ASCII, accents after a run of ASCII,
    // and names just under and over 64 characters.
    const QList<QDate> dates = {QDate(2024, 2, 29), QDate(999, 12, 31), QDate(5, 1, 2), QDate(9999, 12, 31),
                                QDate(12345, 6, 7), QDate(-44, 3, 15), QDate()};
    const QStringList names = {QStringLiteral("Plain ASCII"), QStringLiteral("Minister Zoë Ångström-Müller"),
                               QString(63, u'a') + QStringLiteral("é"), QString(64, u'b'),
                               QString(70, u'c') + QStringLiteral("ü"), QStringLiteral("Пресс-секретарь Кремля")};
    store::BulkWriter writer(**bulk);
    REQUIRE(writer.begin().ok());
    for (qsizetype i = 0; i < dates.size(); ++i) {
        DocumentRecord d;
        const QString &name = names[i % names.size()];
        d.text = QStringLiteral("Article %1: %2 said it would happen.").arg(i).arg(name);
        d.meta.title = name;
        d.meta.outlet = names[(i + 1) % names.size()];
        d.meta.published = dates[i];
        ExtractionRecords records;
        ActorRecord actor;
        actor.name = name;
        actor.kind = i % 2 ? QStringLiteral("person") : QString();
        records.actors.append(actor);
        ClaimRecord claim;
        claim.actorName = name;
        claim.text = QStringLiteral("it would happen");
        claim.content = {CodePointSpan{20, 35}};
        claim.kind = QStringLiteral("indirect");
        claim.saidDate = dates[(i + 1) % dates.size()];
        records.claims.append(claim);
        EventRecord event;
        event.title = name + QStringLiteral(" happens");
        event.dateStart = dates[(i + 2) % dates.size()];
        event.dateEnd = dates[(i + 3) % dates.size()];
        event.granularity = QStringLiteral("day");
        event.actors = {name};
        records.events.append(event);

        auto added = (*single)->addDocument(d);
        REQUIRE(added.ok());
        REQUIRE((*single)->storeExtraction(added->id, records).ok());
        REQUIRE(writer.add(d, records).ok());
    }
    REQUIRE(writer.commit().ok());
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM documents WHERE published = '0999-12-31'")) == 1);
    CHECK(scalar(**bulk, QStringLiteral("SELECT count(*) FROM events WHERE date_start = '0005-01-02'")) == 1);
    for (const QString &table : tables()) {
        INFO(table.toStdString());
        CHECK(rows(**bulk, table) == rows(**single, table));
    }
    CHECK((*bulk)->document(2)->meta.title == names[1]);
}

TEST_CASE("bulk import: once the import is over its articles are in the project file itself, not only its WAL",
          "[import][bulk]")
{
    Scratch dir;
    QList<import::ImportItem> items;
    for (int i = 0; i < 12; ++i) {
        const QString text = QStringLiteral("Report %1\n\nOfficials said on Monday that %2 trucks had crossed.\n")
                                 .arg(i)
                                 .arg(100 + i);
        items.append({dir.write(QStringLiteral("a%1.txt").arg(i), text.toUtf8()), {}, std::nullopt});
    }
    const QString path = dir.path(QStringLiteral("p.factline"));
    {
        auto project = Project::open(path);
        REQUIRE(project.ok());
        import::ImportOptions options;
        options.batchDocuments = 5; // three batches, three commits
        REQUIRE(import::importMany(**project, items, {}, options));
        // The file alone, as a copy taken now would be: without the WAL it still holds every
        // article and its search index.
        const QString copy = dir.path(QStringLiteral("copy.factline"));
        REQUIRE(QFile::copy(path, copy));
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open_v2(copy.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        auto count = [&](const char *sql) {
            sqlite3_stmt *q = nullptr;
            REQUIRE(sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK);
            const qint64 n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
            sqlite3_finalize(q);
            return n;
        };
        CHECK(count("SELECT count(*) FROM documents") == 12);
        CHECK(count("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'trucks'") == 12);
        sqlite3_close_v2(db);
    }
}

TEST_CASE("bulk import: a finished import leaves the schema of a new project, statement for statement", "[import][bulk]")
{
    Scratch dir;
    auto schema = [](Project &p) {
        QSqlQuery q(p.database());
        REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")));
        QStringList out;
        while (q.next())
            out << QStringLiteral("%1 %2 on %3: %4")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        return out;
    };
    auto fresh = Project::open(dir.path(QStringLiteral("fresh.factline")));
    REQUIRE(fresh.ok());
    auto p = Project::open(dir.path(QStringLiteral("p.factline")));
    REQUIRE(p.ok());
    QList<import::ImportItem> items;
    for (int i = 0; i < 12; ++i) {
        const QString text = QStringLiteral("Report %1\n\nOfficials said on Monday that %2 trucks had crossed. "
                                            "\"We need more,\" said Martin Griffiths, the UN aid chief.\n")
                                 .arg(i)
                                 .arg(100 + i);
        items.append({dir.write(QStringLiteral("r%1.txt").arg(i), text.toUtf8()), {}, std::nullopt});
    }
    import::ImportOptions options;
    options.batchDocuments = 4;
    REQUIRE(import::importMany(**p, items, {}, options));
    REQUIRE(scalar(**p, QStringLiteral("SELECT count(*) FROM documents")) == 12);
    CHECK(schema(**p) == schema(**fresh));
    CHECK(scalar(**p, QStringLiteral("SELECT count(*) FROM meta")) == scalar(**fresh, QStringLiteral("SELECT count(*) FROM meta")));
}

TEST_CASE("bulk import: the claim keys behind dispute fingerprints are written as they always were", "[import][bulk]")
{
    // A fingerprint stored in a project is compared with ones made later (a rejected
    // suggestion stays rejected), so the keys must not change form.
    CHECK(claimKey(12, {{40, 52}, {60, 71}}) == u"12:40-52:60-71");
    CHECK(claimKey(7, {}) == u"7");
    CHECK(claimKey(3, {{-1, -1}}) == u"3:-1--1");
    auto asBefore = [](qint64 documentId, const QList<CodePointSpan> &content) {
        QString key = QString::number(documentId);
        for (const CodePointSpan &s : content)
            key += u':' + QString::number(s.start) + u'-' + QString::number(s.end);
        return key;
    };
    const QList<CodePointSpan> wide = {{0, 9}, {10, 99}, {123456789, 9223372036854775807LL}, {-42, 0}};
    CHECK(claimKey(9223372036854775807LL, wide) == asBefore(9223372036854775807LL, wide));
    CHECK(claimKey(1000, wide.mid(1, 2)) == asBefore(1000, wide.mid(1, 2)));
}
