// SPDX-License-Identifier: MIT
#include "importer.h"

#include "extract/pipeline.h"
#include "store/bulkwriter.h"
#include "text/offsets.h"

#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <iterator>
#include <mutex>
#include <thread>
#include <vector>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace factline::import {

using namespace Qt::StringLiterals;

Result<Imported> addArticle(Project &project, ReadArticle article)
{
    Imported out;
    out.title = article.document.meta.title;
    out.warnings = article.warnings;
    Result<Project::Added> added = project.addDocument(article.document);
    if (!added)
        return added.error();
    out.documentId = added->id;
    out.duplicate = added->duplicate;
    if (!out.duplicate) {
        if (Status s = reextract(project, out.documentId); !s)
            return s.error();
    }
    return out;
}

Result<Imported> importFile(Project &project, const QString &path, const DocumentMeta &given)
{
    Result<ReadArticle> read = readArticleFile(path, given);
    if (!read)
        return read.error();
    return addArticle(project, std::move(*read));
}

Status reextract(Project &project, qint64 documentId)
{
    Result<DocumentRecord> doc = project.document(documentId);
    if (!doc)
        return doc.error();
    const ExtractionRecords records = extract::extractRecords(doc->text, doc->meta.published);
    return project.storeExtraction(documentId, records);
}

namespace {

// What a worker made of one item: the article read, its checksum and, unless the project
// had its text already, what extraction found in it.
struct Prepared {
    Result<ReadArticle> read = Error{};
    ExtractionRecords records;
    bool extracted = false;
};

// Extraction of the same text as the one-by-one import sees: it extracts the text and
// date read back from the file, and an ISO date is what the file holds.
bool prepare(const ImportItem &item, const QSet<QString> &known, Prepared &out)
{
    out.read = item.article ? Result<ReadArticle>(*item.article) : readArticleFile(item.path, item.given);
    if (!out.read)
        return true;
    DocumentRecord &doc = out.read->document;
    doc.checksum = Project::checksum(doc.text);
    doc.length = codePointLength(doc.text);
    // Text that is not valid UTF-16 may not come back from the file as it went in; it takes
    // the one-by-one path (extraction of the stored text).
    if (known.contains(doc.checksum) || !QStringView(doc.text).isValidUtf16())
        return true;
    const QDate stored = QDate::fromString(doc.meta.published.toString(Qt::ISODate), Qt::ISODate);
    out.records = extract::extractRecords(doc.text, stored);
    out.extracted = true;
    return true;
}

// The storing thread is the one an import waits for, and there is a worker per core: with
// the same priority a worker takes turns with it on its core. A worker runs a little nicer
// (5 steps, Linux's nice is per thread), so that it takes what the storing thread leaves;
// 10,000 articles on 2 cores: 11.7 s instead of 13.7 s.
void yieldToStoringThread()
{
#ifdef Q_OS_LINUX
    const auto self = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, self);
    if (errno == 0)
        setpriority(PRIO_PROCESS, self, std::min(nice + 5, 19));
#endif
}

// Reads and extracts the items on worker threads, a bounded number ahead of the one
// that stores them, and hands them over in order. The bound is a batch: while the storing
// thread indexes a batch for search at its commit (a few tenths of a second), the workers
// go on with the next one instead of waiting with a core idle.
class Workers
{
public:
    Workers(const QList<ImportItem> &items, QSet<QString> known, int threads, int ahead)
        : m_items(items), m_known(std::move(known)), m_slots(size_t(items.size())),
          m_ahead(qsizetype(std::max({8, threads * 6, ahead})))
    {
        for (int i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~Workers()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_room.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }

    Prepared take(qsizetype index)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_slots[size_t(index)].has_value(); });
        Prepared p = std::move(*m_slots[size_t(index)]);
        m_slots[size_t(index)].reset();
        m_taken = index + 1;
        lock.unlock();
        m_room.notify_all();
        return p;
    }

    // Items stored and committed: a worker frees them. What extraction found in an article
    // is some thousand small allocations, made on a worker; freed on the storing thread
    // they cost it several per cent of its time, and the workers have time to spare.
    void discard(std::vector<Prepared> &&stored)
    {
        if (stored.empty())
            return;
        {
            std::lock_guard lock(m_mutex);
            std::move(stored.begin(), stored.end(), std::back_inserter(m_trash));
        }
        stored.clear();
        m_room.notify_one();
    }

private:
    void work()
    {
        yieldToStoringThread();
        for (;;) {
            qsizetype index = 0;
            std::vector<Prepared> trash;
            {
                std::unique_lock lock(m_mutex);
                m_room.wait(lock, [&] {
                    return m_stop || !m_trash.empty() || m_next >= m_items.size() || m_next < m_taken + m_ahead;
                });
                if (m_stop || m_next >= m_items.size())
                    return;
                trash.swap(m_trash);
                if (trash.empty())
                    index = m_next++;
            }
            if (!trash.empty())
                continue; // freed here, outside the lock
            Prepared p;
            prepare(m_items[index], m_known, p);
            {
                std::lock_guard lock(m_mutex);
                m_slots[size_t(index)] = std::move(p);
            }
            m_ready.notify_all();
        }
    }

    const QList<ImportItem> &m_items;
    const QSet<QString> m_known;
    std::vector<std::optional<Prepared>> m_slots;
    const qsizetype m_ahead;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    qsizetype m_next = 0;
    qsizetype m_taken = 0;
    std::vector<Prepared> m_trash;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

QSet<QString> knownChecksums(Project &project)
{
    QSet<QString> out;
    QSqlQuery q(project.database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT checksum FROM documents"_s)) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

} // namespace

bool importMany(Project &project, QList<ImportItem> items, const ImportCallbacks &callbacks,
                const ImportOptions &options)
{
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    Workers workers(items, knownChecksums(project), threads, options.batchDocuments);
    store::BulkWriter writer(project);
    // Reports wait for their batch's commit, so that nothing is called imported before it
    // is in the file.
    QList<std::pair<qsizetype, Result<Imported>>> waiting;
    std::vector<Prepared> stored;  // the batch's items, kept until it commits (see discard)
    auto report = [&] {
        for (const auto &[index, result] : waiting) {
            if (callbacks.done)
                callbacks.done(index, result);
        }
        waiting.clear();
    };
    auto commit = [&] {
        if (Status s = writer.commit(); !s) {
            // Nothing of the batch is in the file: each of its articles failed.
            for (auto &[index, result] : waiting) {
                if (result)
                    result = s.error();
            }
        }
        report();
        // The writer has let go of the batch's copies: these are the last references.
        workers.discard(std::move(stored));
    };
    bool cancelled = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (callbacks.cancelled && callbacks.cancelled()) {
            cancelled = true;
            break;
        }
        if (callbacks.storing)
            callbacks.storing(i);
        Prepared p = workers.take(i);
        if (!p.read) {
            waiting.append({i, p.read.error()});
            continue;
        }
        ReadArticle &article = *p.read;
        Imported out;
        out.title = article.document.meta.title;
        out.warnings = article.warnings;
        if (!writer.inBatch()) {
            if (Status s = writer.begin(); !s) {
                waiting.append({i, s.error()});
                continue;
            }
        }
        if (!p.extracted) {
            Result<qint64> existing = writer.find(article.document.checksum);
            if (!existing) {
                waiting.append({i, existing.error()});
                continue;
            }
            if (*existing) {
                out.documentId = *existing;
                out.duplicate = true;
                waiting.append({i, out});
                continue;
            }
            if (!QStringView(article.document.text).isValidUtf16()) {
                commit();
                Result<Imported> one = addArticle(project, std::move(article));
                if (callbacks.done)
                    callbacks.done(i, one);
                continue;
            }
            // The project had this text when the import began, and has it no more.
            const QDate stored =
                QDate::fromString(article.document.meta.published.toString(Qt::ISODate), Qt::ISODate);
            p.records = extract::extractRecords(article.document.text, stored);
        }
        Result<Project::Added> added = writer.add(std::move(article.document), p.records);
        if (added) {
            out.documentId = added->id;
            out.duplicate = added->duplicate;
            waiting.append({i, out});
        } else {
            waiting.append({i, added.error()});
        }
        stored.push_back(std::move(p));
        if (writer.pending() >= options.batchDocuments || writer.batchAgeMs() >= options.batchMs)
            commit();
    }
    commit();
    return !cancelled;
}

} // namespace factline::import
