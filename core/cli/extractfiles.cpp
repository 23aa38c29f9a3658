// SPDX-License-Identifier: MIT
#include "extractfiles.h"

#include "extract/contractjson.h"
#include "extract/pipeline.h"
#include "import/articlereader.h"

#include <QCoreApplication>
#include <QFile>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace factline::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

// The results of a run, in the order of the files. A worker may run at most `window`
// files ahead of the last one delivered.
class OrderedResults
{
public:
    OrderedResults(qsizetype count, qsizetype window) : m_results(count), m_window(window) {}

    // The next file for a worker, or -1 when none is left; waits while the worker is
    // too far ahead of delivery.
    qsizetype claim()
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [&] { return m_next >= qsizetype(m_results.size()) || m_next < m_delivered + m_window; });
        return m_next < qsizetype(m_results.size()) ? m_next++ : -1;
    }

    void put(qsizetype i, FileExtraction r)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_results[i] = std::move(r);
        }
        m_ready.notify_all();
    }

    // Hands out no more files: the workers finish the one they have and stop.
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_next = qsizetype(m_results.size());
        }
        m_room.notify_all();
    }

    // Waits for file i's result and frees its slot.
    FileExtraction take(qsizetype i)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_results[i].has_value(); });
        FileExtraction r = std::move(*m_results[i]);
        m_results[i].reset();
        m_delivered = i + 1;
        lock.unlock();
        m_room.notify_all();
        return r;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    std::vector<std::optional<FileExtraction>> m_results;
    qsizetype m_window;
    qsizetype m_next = 0;
    qsizetype m_delivered = 0;
};

} // namespace

FileExtraction extractFile(const QString &file, QDate date, bool named)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, tr("cannot read %1: %2").arg(file, f.errorString())};
    if (f.size() > import::MaxArticleBytes)
        return {{}, tr("%1 is larger than %2 MB").arg(file).arg(import::MaxArticleBytes >> 20)};
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    const extract::Extraction x = extract::extract(text, date);
    return {extract::contractJson(text, x, named ? file : QString()), {}};
}

void extractInOrder(const QStringList &files, QDate date, bool named, int threads,
                    const std::function<void(const FileExtraction &)> &deliver)
{
    threads = std::clamp<int>(threads, 1, std::max<qsizetype>(1, files.size()));
    if (threads == 1) {
        for (const QString &file : files)
            deliver(extractFile(file, date, named));
        return;
    }
    OrderedResults results(files.size(), 8 * qsizetype(threads));
    std::vector<std::jthread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (qsizetype i = results.claim(); i >= 0; i = results.claim())
                results.put(i, extractFile(files[i], date, named));
        });
    }
    // Should `deliver` throw, the workers must not wait for room that never comes: stop
    // them before the threads are joined (the guard is destroyed first).
    struct StopOnExit {
        OrderedResults &r;
        ~StopOnExit() { r.stop(); }
    } guard{results};
    for (qsizetype i = 0; i < files.size(); ++i)
        deliver(results.take(i));
}

} // namespace factline::cli
