// SPDX-License-Identifier: MIT
#include "extractfiles.h"

#include "extract/contractjson.h"
#include "extract/pipeline.h"
#include "import/articlereader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
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

// Files are extracted in batches of this many (extractMany: each stage over the batch).
constexpr qsizetype Batch = 16;

// The results of a run, in the order of the files. A worker claims a batch at a time and
// may run at most `window` files ahead of the last one delivered.
class OrderedResults
{
public:
    OrderedResults(qsizetype count, qsizetype window) : m_results(count), m_window(window) {}

    // The first of the next files for a worker (up to Batch of them), or -1 when none is
    // left; waits while the worker is too far ahead of delivery.
    qsizetype claim()
    {
        std::unique_lock lock(m_mutex);
        const auto count = qsizetype(m_results.size());
        m_room.wait(lock, [&] { return m_next >= count || m_next < m_delivered + m_window; });
        if (m_next >= count)
            return -1;
        const qsizetype first = m_next;
        m_next = std::min(count, m_next + Batch);
        return first;
    }

    void put(qsizetype first, std::vector<FileExtraction> rs)
    {
        {
            const std::lock_guard lock(m_mutex);
            for (size_t k = 0; k < rs.size(); ++k)
                m_results[first + qsizetype(k)] = std::move(rs[k]);
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

namespace {

// The file's text, BOM dropped, or why there is none.
QString readText(const QString &file, QString &text)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(file, f.errorString());
    if (f.size() > import::MaxArticleBytes)
        return tr("%1 is larger than %2 MB").arg(file).arg(import::MaxArticleBytes >> 20);
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    text = QString::fromUtf8(bytes);
    return {};
}

// Reads and extracts files[first, first + count) as one batch.
std::vector<FileExtraction> extractBatch(const QStringList &files, qsizetype first, qsizetype count, QDate date,
                                         bool named)
{
    std::vector<FileExtraction> out(static_cast<size_t>(count));
    std::vector<QString> texts(static_cast<size_t>(count));
    std::vector<extract::ExtractionInput> inputs;
    std::vector<size_t> readable;
    for (size_t k = 0; k < size_t(count); ++k) {
        out[k].error = readText(files[first + qsizetype(k)], texts[k]);
        if (out[k].error.isEmpty()) {
            inputs.push_back({texts[k], date});
            readable.push_back(k);
        }
    }
    const std::vector<extract::Extraction> xs = extract::extractMany(inputs);
    for (size_t j = 0; j < readable.size(); ++j) {
        const size_t k = readable[j];
        out[k].json = extract::contractJson(texts[k], xs[j], named ? files[first + qsizetype(k)] : QString());
    }
    return out;
}

} // namespace

FileExtraction extractFile(const QString &file, QDate date, bool named)
{
    return std::move(extractBatch({file}, 0, 1, date, named).front());
}

void extractInOrder(const QStringList &files, QDate date, bool named, int threads,
                    const std::function<void(const FileExtraction &)> &deliver)
{
    threads = std::clamp<int>(threads, 1, std::max<qsizetype>(1, files.size()));
    if (threads == 1) {
        for (qsizetype first = 0; first < files.size(); first += Batch) {
            for (const FileExtraction &r : extractBatch(files, first, std::min(Batch, files.size() - first), date, named))
                deliver(r);
        }
        return;
    }
    OrderedResults results(files.size(), 2 * Batch * qsizetype(threads));
    std::vector<std::jthread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (qsizetype first = results.claim(); first >= 0; first = results.claim())
                results.put(first, extractBatch(files, first, std::min(Batch, files.size() - first), date, named));
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
