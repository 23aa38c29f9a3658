// SPDX-License-Identifier: MIT
#include "sqlerror.h"

#include <QCoreApplication>

namespace factline::store {

Error sqlFailure(const QSqlError &error, const QString &doing)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("factline", s); };
    // SQLite's primary result codes (extended codes carry them in the low byte).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString what;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        what = tr("The project is in use by another program, which kept it locked for several seconds. "
                  "Close the other program (or wait for it to finish) and try again.");
        break;
    case 8: // SQLITE_READONLY
        what = tr("The project file or its folder is read-only. Copy the project to a folder you can write to.");
        break;
    case 10: // SQLITE_IOERR
        what = tr("The disk reported an error. Check the disk and that there is free space, then try again.");
        break;
    case 11: // SQLITE_CORRUPT
        what = tr("The project file is damaged. Open a backup copy, or create a new project and import the "
                  "articles again.");
        break;
    case 13: // SQLITE_FULL
        what = tr("The disk is full. Free some space and try again; nothing was saved.");
        break;
    case 14: // SQLITE_CANTOPEN
        what = tr("The project file cannot be opened. Check that the folder exists and that you may write to it.");
        break;
    case 26: // SQLITE_NOTADB
        what = tr("The file is not a Factline project (it is not an SQLite database).");
        break;
    default:
        what = tr("The database said: %1.").arg(error.text().trimmed());
        break;
    }
    return Error{tr("Failed while %1. %2").arg(doing, what)};
}

} // namespace factline::store
