// SPDX-License-Identifier: MIT
// BM_Report: a report of a project with 10,000 claims, from opening the project to the
// file on disk (the brief: under 5 seconds). The project is the sample article imported
// again and again (each copy with its own first line), half of the claims judged.
#include "import/importer.h"
#include "report/formats.h"
#include "store/annotations.h"
#include "store/project.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using namespace Qt::StringLiterals;

QString sampleText()
{
    QFile f(QStringLiteral(FACTLINE_SAMPLE_TEXT));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Built once for all the cases: importing takes longer than the report. FACTLINE_BENCH_PROJECT
// names a file to keep it in (made when missing, reused when there), so that the report can be
// profiled again, or written with factline-cli, without a minute of importing first.
const QString &bigProject(int claims)
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    path = qEnvironmentVariable("FACTLINE_BENCH_PROJECT", dir.filePath(u"big.factline"_s));
    if (QFile::exists(path))
        return path;
    auto project = factline::Project::open(path);
    const QString text = sampleText();
    int have = 0;
    for (int i = 0; have < claims; ++i) {
        factline::DocumentMeta meta;
        meta.published = QDate(2024, 3, 1).addDays(i % 28);
        meta.outlet = u"Outlet %1"_s.arg(i % 7);
        auto read = factline::import::readArticleText(u"Article %1\n\n"_s.arg(i) + text, u"text"_s, meta);
        auto added = factline::import::addArticle(**project, std::move(*read));
        have = *(*project)->countClaims({});
    }
    auto all = (*project)->claims();
    (*project)->database().transaction();
    const QList<factline::Verdict> verdicts = factline::allVerdicts();
    for (qsizetype i = 0; i < all->size(); i += 2) {
        factline::store::setVerdict(**project, all->at(i).id, verdicts[(i / 2) % verdicts.size()], u"Bench"_s);
        factline::store::setNote(**project, all->at(i).id, u"Checked against [the source](https://example.org/x)."_s);
    }
    (*project)->database().commit();
    return path;
}

void BM_Report(benchmark::State &state)
{
    const auto format = static_cast<factline::report::Format>(state.range(0));
    const QString &path = bigProject(10000);
    QTemporaryDir out;
    const QString file = out.filePath(u"report."_s + factline::report::formatInfo(format).extension);
    qint64 claims = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        auto project = factline::Project::open(path, factline::Project::OpenMode::OpenExisting);
        auto snapshot = factline::store::readSnapshot(**project);
        claims = snapshot->claims.size();
        factline::report::RenderOptions options;
        options.gather.title = u"Benchmark"_s;
        auto rendered = factline::report::render(format, *snapshot, options);
        if (!rendered) {
            state.SkipWithError(rendered.errorMessage().toStdString().c_str());
            return;
        }
        bytes = rendered->size();
        factline::report::writeFileAtomically(file, *rendered);
    }
    state.SetLabel(factline::report::formatInfo(format).name.toStdString());
    state.counters["claims"] = static_cast<double>(claims);
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_Report)
    ->ArgName("format")
    ->DenseRange(0, 7)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime() // the PDF lays out on two threads: CPU is both of them
    ->UseRealTime()
    ->Iterations(1);

} // namespace
