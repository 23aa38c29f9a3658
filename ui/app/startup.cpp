// SPDX-License-Identifier: MIT
#include "startup.h"

#include "sample/sampleproject.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace factline {

QString sampleProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/sample.factline");
}

Result<QString> startupProject(const QStringList &arguments, const QStringList &recentProjects)
{
    if (!arguments.isEmpty())
        return QFileInfo(arguments.first()).absoluteFilePath();
    for (const QString &recent : recentProjects) {
        if (QFileInfo::exists(recent))
            return recent;
    }
    const QString sample = sampleProjectPath();
    if (!QFileInfo::exists(sample)) {
        if (!QDir().mkpath(QFileInfo(sample).absolutePath()))
            return Error{QObject::tr("Cannot create the folder for the sample project (%1).")
                             .arg(QDir::toNativeSeparators(QFileInfo(sample).absolutePath()))};
        if (Status s = createSampleProject(sample); !s)
            return s.error();
    }
    return sample;
}

} // namespace factline
