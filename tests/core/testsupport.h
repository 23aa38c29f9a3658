// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace factline::test {

// A folder that lives as long as the test; files written into it by name.
class Scratch
{
public:
    Scratch();
    QString path(const QString &name) const;
    QString write(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
};

// SHA-256 of a file's bytes: to check that a failed operation left a file as it was.
QByteArray fileHash(const QString &path);

// The bundled sample article's text, as the program ships it.
QString sampleText();

} // namespace factline::test
