// SPDX-License-Identifier: MIT
// factline-bench: how fast extraction and import run. Corpora are generated from text
// the benchmark is given (FACTLINE_BENCH_TEXT, a file or folder of .txt; the sample
// article by default), so the numbers say how many MB of news text go through per second.
#include "extract/pipeline.h"
#include "import/importer.h"
#include "store/project.h"

#include <QCoreApplication>
#ifdef FACTLINE_BENCH_UI
#include <QApplication>
#endif
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

QStringList sourceTexts()
{
    QStringList texts;
    const QString given = qEnvironmentVariable("FACTLINE_BENCH_TEXT", QStringLiteral(FACTLINE_SAMPLE_TEXT));
    QStringList files;
    if (QFileInfo(given).isDir()) {
        QDirIterator it(given, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    } else {
        files << given;
    }
    files.sort();
    for (const QString &f : files) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    return texts;
}

// `count` articles made from the given texts; each gets a distinct first line so that the
// project does not take them for duplicates.
QStringList corpus(int count)
{
    static const QStringList texts = sourceTexts();
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("Article %1\n\n").arg(i) + texts[i % texts.size()];
    return out;
}

void BM_Extract(benchmark::State &state)
{
    const QStringList docs = corpus(static_cast<int>(state.range(0)));
    qint64 bytes = 0;
    for (const QString &d : docs)
        bytes += d.toUtf8().size();
    for (auto _ : state) {
        for (const QString &d : docs)
            benchmark::DoNotOptimize(factline::extract::extract(d, QDate(2024, 3, 24)));
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_Extract)->Arg(100)->Unit(benchmark::kMillisecond);

// Imports range(0) articles into a new project, extraction and storage included: with
// range(1) extraction threads beside the storing one (importMany: batches, workers), or
// with -1 one by one (addArticle per article, as the import was before).
void BM_ImportCorpus(benchmark::State &state)
{
    const QStringList docs = corpus(static_cast<int>(state.range(0)));
    const int threads = static_cast<int>(state.range(1));
    qint64 bytes = 0;
    for (const QString &d : docs)
        bytes += d.toUtf8().size();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto project = factline::Project::open(dir.filePath(QStringLiteral("bench.factline")));
        state.ResumeTiming();
        if (threads < 0) {
            for (const QString &d : docs) {
                auto read = factline::import::readArticleText(d, QStringLiteral("text"));
                auto added = factline::import::addArticle(**project, std::move(*read));
                benchmark::DoNotOptimize(added);
            }
        } else {
            QList<factline::import::ImportItem> items;
            for (const QString &d : docs)
                items.append({QString(), {}, *factline::import::readArticleText(d, QStringLiteral("text"))});
            factline::import::ImportOptions options;
            options.threads = threads;
            factline::import::importMany(**project, std::move(items), {}, options);
        }
        state.PauseTiming();
        project->reset();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["articles"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_ImportCorpus)
    ->ArgNames({"articles", "threads"})
    ->Args({1000, 0})
    ->Args({1000, 1})
    ->Args({1000, -1})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
#ifdef FACTLINE_BENCH_UI
    // Painting benchmarks need a GUI application; offscreen, so no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
