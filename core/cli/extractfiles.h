// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace factline::cli {

// What extracting one file gave: its factline.extract/1 JSON, or why there is none.
struct FileExtraction {
    QByteArray json;  // empty when the file could not be read
    QString error;
};

// Reads one UTF-8 text file and extracts it; `named` puts the file's name in the JSON
// (each line of --format jsonl says which file it is).
FileExtraction extractFile(const QString &file, QDate date, bool named);

// Extracts `files` on `threads` threads and hands each result to `deliver`, on the
// calling thread, in the order of `files`. At most a few results per thread wait to be
// delivered, so memory stays bounded however many files there are.
void extractInOrder(const QStringList &files, QDate date, bool named, int threads,
                    const std::function<void(const FileExtraction &)> &deliver);

} // namespace factline::cli
