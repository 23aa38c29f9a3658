// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

namespace factline::test {

Scratch::Scratch() = default;

QString Scratch::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString Scratch::write(const QString &name, const QByteArray &bytes) const
{
    QFile f(path(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path(name);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString sampleText()
{
    QFile f(QStringLiteral(FACTLINE_SAMPLE_TXT));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace factline::test
