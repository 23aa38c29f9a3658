// SPDX-License-Identifier: MIT
#include "reportcommands.h"

#include "cli/cli.h"

#include "formats.h"
#include "projectjson.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

using cli::fail;

QString formatList()
{
    QString s;
    for (const FormatInfo &f : formats())
        s += u"\n  "_s + f.name.leftJustified(14) + f.description;
    return s;
}

} // namespace

QList<cli::Command> reportCommands()
{
    return {
        {"report", QT_TRANSLATE_NOOP("factline", "write a report or export (HTML, PDF, Markdown, JSON, CSV, JSON-LD)"),
         runReport},
        {"import-json", QT_TRANSLATE_NOOP("factline", "import a project's JSON export into a new project"),
         runImportJson},
    };
}

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = u"report"_s;
    QCommandLineParser parser;
    const QCommandLineOption project({u"p"_s, u"project"_s}, tr("The project file (.factline)."), u"P"_s);
    const QCommandLineOption format({u"f"_s, u"format"_s}, tr("Output format (see below)."), u"FORMAT"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write."), u"FILE"_s);
    const QCommandLineOption scope(
        u"scope"_s,
        tr("Narrow the report; repeatable: document=ID[,ID], source=NAME|ID, dispute=ID, verdict=ID[,ID], "
           "tag=NAME, from=YYYY-MM-DD, to=YYYY-MM-DD."),
        u"KEY=VALUE"_s);
    const QCommandLineOption title(u"title"_s, tr("The report's title."), u"TITLE"_s);
    const QCommandLineOption table(u"table"_s, tr("For csv: claims (default), events or actors."), u"TABLE"_s);
    parser.addOptions({project, format, output, scope, title, table});
    const int status = cli::parseArguments(parser, arguments,
                             u"report --project P --format FORMAT [--scope KEY=VALUE …] --output FILE"_s,
                             tr("Writes a report or an export of a project. Formats:") + formatList(), out, err);
    if (status >= 0)
        return status;
    if (!parser.isSet(project))
        return fail(err, command, tr("no project given; add --project FILE.factline"));
    if (!parser.isSet(output))
        return fail(err, command, tr("no output file given; add --output FILE"));
    const std::optional<Format> chosen = formatFromName(parser.value(format).isEmpty() ? u"html"_s : parser.value(format));
    if (!chosen) {
        err << "factline-cli report: " << tr("unknown format '%1'. Formats:").arg(parser.value(format)) << formatList()
            << "\n";
        return 2;
    }
    RenderOptions options;
    if (parser.isSet(table)) {
        const std::optional<CsvTable> t = csvTableFromName(parser.value(table));
        if (!t)
            return fail(err, command, tr("unknown table '%1'; use claims, events or actors").arg(parser.value(table)));
        options.table = *t;
    }
    Result<std::unique_ptr<Project>> opened = Project::open(parser.value(project), Project::OpenMode::OpenExisting);
    if (!opened)
        return fail(err, command, opened.errorMessage());
    Result<ProjectSnapshot> snapshot = store::readSnapshot(**opened);
    if (!snapshot)
        return fail(err, command, snapshot.errorMessage());
    Result<Scope> parsedScope = parseScope(parser.values(scope), *snapshot);
    if (!parsedScope)
        return fail(err, command, parsedScope.errorMessage());
    options.gather.scope = *parsedScope;
    options.gather.title = parser.isSet(title) ? parser.value(title) : defaultReportTitle(parser.value(project));
    Result<QByteArray> bytes = render(*chosen, *snapshot, options);
    if (!bytes)
        return fail(err, command, bytes.errorMessage());
    if (Status s = writeFileAtomically(parser.value(output), *bytes); !s)
        return fail(err, command, s.errorMessage());
    out << tr("Wrote %1 (%2, %3 bytes).")
               .arg(QDir::toNativeSeparators(parser.value(output)), formatInfo(*chosen).name)
               .arg(bytes->size())
        << "\n";
    return 0;
}

int runImportJson(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = u"import-json"_s;
    QCommandLineParser parser;
    const QCommandLineOption project({u"p"_s, u"project"_s}, tr("The new project file to create (.factline)."),
                                     u"P"_s);
    parser.addOption(project);
    parser.addPositionalArgument(u"FILE"_s, tr("A factline.project/1 JSON file (factline-cli report --format json)."));
    const int status = cli::parseArguments(parser, arguments, u"import-json --project P FILE"_s,
                             tr("Reads a project's JSON export into a new, empty project, keeping every id."), out,
                             err);
    if (status >= 0)
        return status;
    if (!parser.isSet(project))
        return fail(err, command, tr("no project given; add --project FILE.factline"));
    if (parser.positionalArguments().size() != 1)
        return fail(err, command, tr("give one JSON file to import"));
    Result<std::unique_ptr<Project>> opened = Project::open(parser.value(project), Project::OpenMode::CreateIfMissing);
    if (!opened)
        return fail(err, command, opened.errorMessage());
    if (Status s = importProjectJson(**opened, parser.positionalArguments().first()); !s)
        return fail(err, command, s.errorMessage());
    out << tr("Imported %1 into %2.")
               .arg(QDir::toNativeSeparators(parser.positionalArguments().first()),
                    QDir::toNativeSeparators(parser.value(project)))
        << "\n";
    return 0;
}

} // namespace factline::report
