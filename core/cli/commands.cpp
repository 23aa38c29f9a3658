// SPDX-License-Identifier: MIT
#include "commands.h"

#include "cli.h"
#include "extractfiles.h"

#include "export/csv.h"
#include "export/recordjson.h"
#include "import/decoder.h"
#include "import/importer.h"
#include "sample/sampleproject.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QJsonArray>
#include <QJsonDocument>

namespace factline::cli {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

const QCommandLineOption ProjectOption({u"p"_s, u"project"_s}, tr("The project file (.factline)."), u"P"_s);
const QCommandLineOption FormatOption({u"f"_s, u"format"_s}, tr("Output format."), u"FORMAT"_s);

std::unique_ptr<Project> openProject(const QCommandLineParser &parser, Project::OpenMode mode, QTextStream &err,
                                     const QString &command)
{
    if (!parser.isSet(ProjectOption)) {
        fail(err, command, tr("no project given; add --project FILE.factline"));
        return nullptr;
    }
    Result<std::unique_ptr<Project>> project = Project::open(parser.value(ProjectOption), mode);
    if (!project) {
        fail(err, command, project.errorMessage());
        return nullptr;
    }
    return std::move(*project);
}

const QCommandLineOption DateOption(u"date"_s, tr("The article's publication date (YYYY-MM-DD)."), u"DATE"_s);
const QCommandLineOption TitleOption(u"title"_s, tr("The article's title."), u"TITLE"_s);
const QCommandLineOption OutletOption(u"outlet"_s, tr("The outlet that published it."), u"OUTLET"_s);
const QCommandLineOption AuthorOption(u"author"_s, tr("The article's author."), u"AUTHOR"_s);
const QCommandLineOption JobsOption(u"jobs"_s, tr("Threads that extract files (default: one per core)."), u"N"_s);
const QCommandLineOption UrlOption(u"url"_s, tr("The article's address."), u"URL"_s);

// Reads --date; an invalid date is a usage error.
bool readDate(const QCommandLineParser &parser, QDate &date, QTextStream &err, const QString &command)
{
    if (!parser.isSet(DateOption))
        return true;
    date = QDate::fromString(parser.value(DateOption), Qt::ISODate);
    if (!date.isValid()) {
        fail(err, command, tr("'%1' is not a date; write it as YYYY-MM-DD").arg(parser.value(DateOption)));
        return false;
    }
    return true;
}

struct Table {
    QStringList headers;
    QList<QStringList> rows;
    QJsonArray json;
};

void printTable(const Table &t, const QString &format, QTextStream &out)
{
    if (format == u"json"_s) {
        out << QJsonDocument(t.json).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == u"csv"_s) {
        out << exporting::csvRow(t.headers);
        for (const QStringList &r : t.rows)
            out << exporting::csvRow(r);
        return;
    }
    // A table for people: columns as wide as their content, long text cut.
    constexpr qsizetype MaxWidth = 60;
    QList<qsizetype> widths;
    for (const QString &h : t.headers)
        widths.append(h.size());
    auto cell = [](const QString &s) {
        QString c = s.simplified();
        return c.size() > MaxWidth ? c.left(MaxWidth - 1) + QChar(0x2026) : c;
    };
    for (const QStringList &r : t.rows)
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cell(r[i]).size());
    auto line = [&](const QStringList &r) {
        QStringList cells;
        for (qsizetype i = 0; i < r.size(); ++i)
            cells.append(i + 1 < r.size() ? cell(r[i]).leftJustified(widths[i]) : cell(r[i]));
        out << cells.join(u"  "_s) << "\n";
    };
    line(t.headers);
    for (const QStringList &r : t.rows)
        line(r);
}

// Writes UTF-8 as it is when the stream has a device (the program's stdout), else through
// the stream's own encoding.
void writeBytes(QTextStream &out, const QByteArray &utf8)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(utf8);
    } else {
        out << QString::fromUtf8(utf8);
    }
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({ProjectOption, DateOption, TitleOption, OutletOption, AuthorOption, UrlOption});
    parser.addPositionalArgument(u"FILE"_s, tr("Article files: plain text, Markdown or HTML."), u"FILE..."_s);
    if (int s = parseArguments(parser, arguments, u"import FILE... --project P [--date D] [--title T] [--outlet O] "
                                         u"[--author A] [--url U]"_s,
                      tr("Adds articles to a project (created if missing) and extracts claims, dates and events "
                         "from them. A file already in the project is recognised and not added twice."),
                      out, err);
        s >= 0)
        return s;
    const QString command = u"import"_s;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(err, command, tr("no files given")) + 1;
    DocumentMeta given;
    if (!readDate(parser, given.published, err, command))
        return 2;
    given.title = parser.value(TitleOption);
    given.outlet = parser.value(OutletOption);
    given.author = parser.value(AuthorOption);
    given.url = parser.value(UrlOption);
    std::unique_ptr<Project> project = openProject(parser, Project::OpenMode::CreateIfMissing, err, command);
    if (!project)
        return 1;
    // Read and extracted on worker threads, stored here in batches; each file is reported,
    // in order, once it is in the project.
    QList<import::ImportItem> items;
    items.reserve(files.size());
    for (const QString &file : files)
        items.append({file, given, std::nullopt});
    int failures = 0;
    import::ImportCallbacks callbacks;
    callbacks.done = [&](qsizetype index, const Result<import::Imported> &imported) {
        const QString &file = files[index];
        if (!imported) {
            fail(err, command, imported.errorMessage());
            ++failures;
            return;
        }
        for (const QString &w : imported->warnings)
            err << "factline-cli import: " << tr("warning: ") << w << "\n";
        if (imported->duplicate)
            out << tr("%1: already in the project as document %2; not added again")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(imported->documentId)
                << "\n";
        else
            out << tr("%1: added as document %2").arg(QDir::toNativeSeparators(file)).arg(imported->documentId)
                << "\n";
    };
    import::importMany(*project, std::move(items), callbacks);
    return failures ? 1 : 0;
}

int runList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({ProjectOption, FormatOption,
                       QCommandLineOption(u"document"_s, tr("Only items of this document."), u"ID"_s)});
    parser.addPositionalArgument(u"WHAT"_s, u"documents|actors|claims|events|timexes|quantities"_s);
    if (int s = parseArguments(parser, arguments,
                      u"list documents|actors|claims|events|timexes|quantities --project P "
                      u"[--format table|json|csv] [--document ID]"_s,
                      tr("Lists what a project holds."), out, err);
        s >= 0)
        return s;
    const QString command = u"list"_s;
    const QString what = parser.positionalArguments().value(0);
    const QString format = parser.isSet(FormatOption) ? parser.value(FormatOption) : u"table"_s;
    static const QStringList kinds = {u"documents"_s, u"actors"_s, u"claims"_s, u"events"_s, u"timexes"_s,
                                      u"quantities"_s};
    if (!kinds.contains(what))
        return fail(err, command, tr("say what to list: %1").arg(kinds.join(u", "_s))) + 1;
    if (format != u"table"_s && format != u"json"_s && format != u"csv"_s)
        return fail(err, command, tr("unknown format '%1'; use table, json or csv").arg(format)) + 1;
    std::unique_ptr<Project> project = openProject(parser, Project::OpenMode::OpenExisting, err, command);
    if (!project)
        return 1;
    const qint64 doc = parser.value(u"document"_s).toLongLong();
    Table t;
    QString error;
    if (what == u"documents"_s) {
        auto docs = project->documents();
        error = docs.errorMessage();
        t.headers = {u"id"_s, u"published"_s, u"outlet"_s, u"title"_s, u"length"_s, u"claims"_s, u"events"_s};
        for (const DocumentRecord &d : docs ? *docs : QList<DocumentRecord>{}) {
            t.rows.append({QString::number(d.id), dateText(d.meta.published), d.meta.outlet, d.meta.title,
                           QString::number(d.length), QString::number(d.claimCount), QString::number(d.eventCount)});
            t.json.append(exporting::toJson(d));
        }
    } else if (what == u"actors"_s) {
        auto actors = project->actors();
        error = actors.errorMessage();
        t.headers = {u"id"_s, u"name"_s, u"kind"_s, u"claims"_s, u"aliases"_s};
        for (const ActorRecord &a : actors ? *actors : QList<ActorRecord>{}) {
            t.rows.append({QString::number(a.id), a.name, a.kind, QString::number(a.claimCount),
                           a.aliases.join(u"; "_s)});
            t.json.append(exporting::toJson(a));
        }
    } else if (what == u"claims"_s) {
        auto claims = project->claims(doc);
        error = claims.errorMessage();
        t.headers = {u"id"_s, u"document"_s, u"source"_s, u"cue"_s, u"kind"_s, u"claim"_s};
        for (const ClaimRecord &c : claims ? *claims : QList<ClaimRecord>{}) {
            t.rows.append({QString::number(c.id), QString::number(c.documentId),
                           c.actorName.isEmpty() ? c.sourceText : c.actorName, c.cueText, c.kind, c.text});
            t.json.append(exporting::toJson(c));
        }
    } else if (what == u"events"_s) {
        auto events = project->events(doc);
        error = events.errorMessage();
        t.headers = {u"id"_s, u"document"_s, u"date"_s, u"start"_s, u"end"_s, u"title"_s};
        for (const EventRecord &e : events ? *events : QList<EventRecord>{}) {
            t.rows.append({QString::number(e.id), QString::number(e.documentId), e.dateValue, dateText(e.dateStart),
                           dateText(e.dateEnd), e.title});
            t.json.append(exporting::toJson(e));
        }
    } else if (what == u"timexes"_s) {
        auto timexes = project->timexes(doc);
        error = timexes.errorMessage();
        t.headers = {u"id"_s, u"document"_s, u"start"_s, u"text"_s, u"type"_s, u"value"_s};
        for (const TimexRecord &x : timexes ? *timexes : QList<TimexRecord>{}) {
            t.rows.append({QString::number(x.id), QString::number(x.documentId), QString::number(x.span.start), x.text,
                           x.type, x.value});
            t.json.append(exporting::toJson(x));
        }
    } else {
        auto quantities = project->quantities(doc);
        error = quantities.errorMessage();
        t.headers = {u"id"_s, u"document"_s, u"text"_s, u"value"_s, u"unit"_s, u"qualifier"_s};
        for (const QuantityRecord &q : quantities ? *quantities : QList<QuantityRecord>{}) {
            t.rows.append({QString::number(q.id), QString::number(q.documentId), q.text, QString::number(q.value),
                           q.unit, q.qualifier});
            t.json.append(exporting::toJson(q));
        }
    }
    if (!error.isEmpty())
        return fail(err, command, error);
    printTable(t, format, out);
    return 0;
}

int runShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({ProjectOption, FormatOption});
    parser.addPositionalArgument(u"document"_s, tr("The word 'document'."));
    parser.addPositionalArgument(u"ID"_s, tr("The document's id (see 'list documents')."));
    if (int s = parseArguments(parser, arguments, u"show document ID --project P [--format text|json]"_s,
                      tr("Shows one document: its metadata and its text."), out, err);
        s >= 0)
        return s;
    const QString command = u"show"_s;
    const QStringList pos = parser.positionalArguments();
    bool ok = false;
    const qint64 id = pos.value(1).toLongLong(&ok);
    if (pos.value(0) != u"document"_s || !ok)
        return fail(err, command, tr("write 'show document ID'")) + 1;
    std::unique_ptr<Project> project = openProject(parser, Project::OpenMode::OpenExisting, err, command);
    if (!project)
        return 1;
    Result<DocumentRecord> d = project->document(id);
    if (!d)
        return fail(err, command, d.errorMessage());
    if (parser.value(FormatOption) == u"json"_s) {
        out << QJsonDocument(exporting::toJson(*d, true)).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("Title:     ") << d->meta.title << "\n"
        << tr("Outlet:    ") << d->meta.outlet << "\n"
        << tr("Author:    ") << d->meta.author << "\n"
        << tr("Published: ") << (d->meta.published.isValid() ? dateText(d->meta.published) : tr("(no date)")) << "\n"
        << tr("URL:       ") << d->meta.url << "\n"
        << tr("Length:    ") << d->length << tr(" characters") << "\n\n"
        << d->text << "\n";
    return 0;
}

int runExtract(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({DateOption, FormatOption, JobsOption});
    parser.addPositionalArgument(u"FILE"_s, tr("UTF-8 text files."), u"FILE..."_s);
    if (int s = parseArguments(parser, arguments, u"extract [--date YYYY-MM-DD] [--format json|jsonl] [--jobs N] FILE..."_s,
                      tr("Extracts attributed claims, temporal expressions, events and disputes from text files "
                         "and prints them as factline.extract/1 JSON (code-point offsets), without a project. "
                         "With --format jsonl, one object per line for each file, in order; the files are "
                         "read on one thread per core unless --jobs says otherwise."),
                      out, err);
        s >= 0)
        return s;
    const QString command = u"extract"_s;
    QDate date;
    if (!readDate(parser, date, err, command))
        return 2;
    const QString format = parser.isSet(FormatOption) ? parser.value(FormatOption) : u"json"_s;
    if (format != u"json"_s && format != u"jsonl"_s)
        return fail(err, command, tr("unknown format '%1'; use json or jsonl").arg(format)) + 1;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(err, command, tr("no files given")) + 1;
    if (format == u"json"_s && files.size() > 1)
        return fail(err, command, tr("--format json takes one file; use --format jsonl for several")) + 1;
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(JobsOption)) {
        bool ok = false;
        jobs = parser.value(JobsOption).toInt(&ok);
        if (!ok || jobs < 1)
            return fail(err, command, tr("--jobs takes a whole number of threads, 1 or more")) + 1;
    }
    int failures = 0;
    extractInOrder(files, date, format == u"jsonl"_s, jobs, [&](const FileExtraction &r) {
        if (!r.error.isEmpty()) {
            fail(err, command, r.error);
            ++failures;
            return;
        }
        // Two writes, not r.json + '\n': that copied every document's JSON once more.
        writeBytes(out, r.json);
        writeBytes(out, QByteArrayLiteral("\n"));
    });
    return failures ? 1 : 0;
}

int runSearch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({ProjectOption});
    parser.addPositionalArgument(u"QUERY"_s, tr("Words, \"a phrase\", or prefix*."));
    if (int s = parseArguments(parser, arguments, u"search QUERY --project P"_s,
                      tr("Searches the documents' text and the claims."), out, err);
        s >= 0)
        return s;
    const QString command = u"search"_s;
    std::unique_ptr<Project> project = openProject(parser, Project::OpenMode::OpenExisting, err, command);
    if (!project)
        return 1;
    const QString query = parser.positionalArguments().join(u' ');
    auto docs = project->searchDocuments(query);
    if (!docs)
        return fail(err, command, docs.errorMessage());
    auto claims = project->searchClaims(query);
    if (!claims)
        return fail(err, command, claims.errorMessage());
    for (qint64 id : *docs)
        out << "document " << id << "\n";
    for (qint64 id : *claims)
        out << "claim " << id << "\n";
    return 0;
}

int runSample(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({ProjectOption});
    if (int s = parseArguments(parser, arguments, u"sample --project P"_s,
                      tr("Builds the sample project: an AP story on U.S.-Israeli talks over Rafah (March 2024)."),
                      out, err);
        s >= 0)
        return s;
    if (!parser.isSet(ProjectOption))
        return fail(err, u"sample"_s, tr("no project given; add --project FILE.factline")) + 1;
    if (Status s = createSampleProject(parser.value(ProjectOption)); !s)
        return fail(err, u"sample"_s, s.errorMessage());
    out << tr("Sample project written to %1").arg(QDir::toNativeSeparators(parser.value(ProjectOption))) << "\n";
    return 0;
}

} // namespace factline::cli
