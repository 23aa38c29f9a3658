// SPDX-License-Identifier: MIT
// factline-bench: how fast extraction and import run. Corpora are generated from text
// the benchmark is given (FACTLINE_BENCH_TEXT, a file or folder of .txt; the sample
// article by default), so the numbers say how many MB of news text go through per second.
#include "extract/attribution_tokens.h"
#include "extract/pipeline.h"
#include "extract/sentencescreen.h"
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

#include <vector>

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

// Extracts range(0) articles, range(1) at a time: 1 is extract() on each, more is
// extractMany() on batches of that many (what `factline-cli extract --format jsonl` does).
void BM_Extract(benchmark::State &state)
{
    const QStringList docs = corpus(static_cast<int>(state.range(0)));
    const auto batch = static_cast<qsizetype>(state.range(1));
    qint64 bytes = 0;
    std::vector<factline::extract::ExtractionInput> inputs;
    for (const QString &d : docs) {
        bytes += d.toUtf8().size();
        inputs.push_back({d, QDate(2024, 3, 24)});
    }
    for (auto _ : state) {
        if (batch == 1) {
            for (const QString &d : docs)
                benchmark::DoNotOptimize(factline::extract::extract(d, QDate(2024, 3, 24)));
            continue;
        }
        for (size_t i = 0; i < inputs.size(); i += size_t(batch)) {
            const size_t n = std::min(size_t(batch), inputs.size() - i);
            benchmark::DoNotOptimize(factline::extract::extractMany(std::span(inputs).subspan(i, n)));
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_Extract)
    ->ArgNames({"articles", "batch"})
    ->Args({100, 1})
    ->Args({100, 4})
    ->Args({100, 16})
    ->Args({100, 100})
    ->Unit(benchmark::kMillisecond);

// One stage of extract() at a time, each given what the stages before it found (computed
// outside the timed loop), to show where the time goes. The stages in pipeline order.
enum Stage { Sentences, Tokens, Screen, Timexes, Attributions, Actors, Events, Quantities, Disputes };

void BM_ExtractStage(benchmark::State &state)
{
    using namespace factline::extract;
    const QStringList docs = corpus(100);
    const QDate date(2024, 3, 24);
    qint64 bytes = 0;
    for (const QString &d : docs)
        bytes += d.toUtf8().size();
    struct Input {
        QList<Sentence> sentences;
        attr::Tokens tokens;
        SentenceScreen screen;
        QList<Timex> timexes;
        QList<Attribution> attributions;
        QList<Actor> actors;
        QList<Quantity> quantities;
    };
    std::vector<Input> inputs;
    for (const QString &d : docs) {
        Input in;
        in.sentences = splitSentences(d);
        in.tokens = attr::tokenize(d, in.sentences);
        in.screen = screenSentences(d, in.sentences, in.tokens);
        in.timexes = findTimexes(d, in.sentences, date, in.screen);
        in.attributions = findAttributions(d, in.tokens);
        in.actors = resolveActors(d, in.tokens, in.attributions);
        in.quantities = findQuantities(d, in.sentences, in.timexes, in.screen);
        inputs.push_back(std::move(in));
    }
    const auto stage = static_cast<Stage>(state.range(0));
    for (auto _ : state) {
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const QString &d = docs[i];
            Input &in = inputs[i];
            switch (stage) {
            case Sentences: benchmark::DoNotOptimize(splitSentences(d)); break;
            case Tokens: benchmark::DoNotOptimize(attr::tokenize(d, in.sentences)); break;
            case Screen: benchmark::DoNotOptimize(screenSentences(d, in.sentences, in.tokens)); break;
            case Timexes: benchmark::DoNotOptimize(findTimexes(d, in.sentences, date, in.screen)); break;
            case Attributions: benchmark::DoNotOptimize(findAttributions(d, in.tokens)); break;
            case Actors: {
                QList<Attribution> copy = in.attributions;
                benchmark::DoNotOptimize(resolveActors(d, in.tokens, copy));
                break;
            }
            case Events:
                benchmark::DoNotOptimize(findEvents(d, in.sentences, in.timexes, in.attributions, in.actors));
                break;
            case Quantities:
                benchmark::DoNotOptimize(findQuantities(d, in.sentences, in.timexes, in.screen));
                break;
            case Disputes:
                benchmark::DoNotOptimize(findDisputes(d, in.sentences, in.attributions, in.quantities));
                break;
            }
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ExtractStage)
    ->ArgName("stage")
    ->DenseRange(Sentences, Disputes)
    ->Unit(benchmark::kMillisecond);

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
