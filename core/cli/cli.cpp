// SPDX-License-Identifier: MIT
#include "cli.h"

#include "cli/commands.h"

#include <QCoreApplication>

namespace factline::cli {

using namespace Qt::StringLiterals;

namespace {

const Command commands[] = {
    {"import", QT_TRANSLATE_NOOP("factline", "add article files to a project and extract from them"), runImport},
    {"list", QT_TRANSLATE_NOOP("factline", "list documents, actors (sources), claims, events, timexes or quantities"), runList},
    {"show", QT_TRANSLATE_NOOP("factline", "show one document with its metadata and text"), runShow},
    {"extract", QT_TRANSLATE_NOOP("factline", "extract claims, dates and events from files, as JSON"), runExtract},
    {"search", QT_TRANSLATE_NOOP("factline", "full-text search over documents and claims"), runSearch},
    {"sample", QT_TRANSLATE_NOOP("factline", "build the sample project"), runSample},
};

void usage(QTextStream &s, const QList<Command> &more)
{
    s << "Usage: factline-cli COMMAND [OPTIONS]\n\n"
      << QCoreApplication::translate("factline", "Commands:") << "\n";
    for (const Command &c : commands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(12) << QCoreApplication::translate("factline", c.summary)
          << "\n";
    for (const Command &c : more)
        s << "  " << QString::fromLatin1(c.name).leftJustified(12) << QCoreApplication::translate("factline", c.summary)
          << "\n";
    s << "\n" << QCoreApplication::translate("factline", "Run 'factline-cli COMMAND --help' for a command's options.")
      << "\n";
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const QList<Command> &more)
{
    if (arguments.isEmpty()) {
        usage(err, more);
        return 2;
    }
    const QString name = arguments.first();
    if (name == u"--help"_s || name == u"-h"_s || name == u"help"_s) {
        usage(out, more);
        return 0;
    }
    if (name == u"--version"_s) {
        out << "factline-cli " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            return c.run(arguments, out, err);
    }
    for (const Command &c : more) {
        if (name == QLatin1String(c.name))
            return c.run(arguments, out, err);
    }
    err << QCoreApplication::translate("factline", "factline-cli: unknown command '%1'. Run 'factline-cli --help'.")
               .arg(name)
        << "\n";
    return 2;
}

int parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis,
                   const QString &description, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(description);
    parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, QCoreApplication::translate("factline", "Show this help.")));
    QStringList args = arguments;
    args.first().prepend(u"factline-cli "_s);
    if (!parser.parse(args)) {
        err << "factline-cli " << arguments.first() << ": " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        // Qt's help repeats the synopsis and the description before the options.
        const QString help = parser.helpText();
        const qsizetype options = help.indexOf(u"\nOptions:"_s);
        out << "Usage: factline-cli " << synopsis << "\n\n" << description << "\n";
        out << (options >= 0 ? help.mid(options) : help);
        return 0;
    }
    return -1;
}

int fail(QTextStream &err, const QString &command, const QString &message)
{
    err << "factline-cli " << command << ": " << message << "\n";
    return 1;
}

} // namespace factline::cli
