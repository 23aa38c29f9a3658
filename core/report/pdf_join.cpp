// SPDX-License-Identifier: MIT
#include "pdf_join.h"

// qpdf 11: its own smart pointer is std::shared_ptr, and its headers need not warn about it.
#define POINTERHOLDER_TRANSITION 4

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <vector>

namespace factline::report::pdf {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

} // namespace

Result<QByteArray> join(const QList<QByteArray> &parts)
{
    if (parts.isEmpty())
        return Error{tr("There are no pages to put in a PDF.")};
    if (parts.size() == 1)
        return parts.front();
    const auto failed = [](const QString &why) {
        return Error{tr("The pages of the PDF could not be put together: %1").arg(why)};
    };
    try {
        // Every part stays open until the joined file is written: the pages copied from
        // the later ones read their streams from them then.
        std::vector<std::unique_ptr<QPDF>> files;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            auto file = std::make_unique<QPDF>();
            file->setSuppressWarnings(true);
            const std::string name = "part " + std::to_string(i + 1);
            file->processMemoryFile(name.c_str(), parts[i].constData(), size_t(parts[i].size()));
            files.push_back(std::move(file));
        }
        // The later parts' pages go at the end of the first part's page tree, which Qt
        // writes flat: one node with every page. Each page is copied with what it uses
        // (fonts, images: once each, however many pages share them), without its parent,
        // the other part's tree.
        QPDF &into = *files.front();
        QPDFObjectHandle tree = into.getRoot().getKey("/Pages");
        QPDFObjectHandle kids = tree.isDictionary() ? tree.getKey("/Kids") : QPDFObjectHandle::newNull();
        size_t expected = into.getAllPages().size();
        if (!kids.isArray() || size_t(kids.getArrayNItems()) != expected)
            return failed(tr("the first part's page tree is not a single list of pages."));
        for (size_t i = 1; i < files.size(); ++i) {
            const std::vector<QPDFObjectHandle> pages = files[i]->getAllPages();
            for (QPDFObjectHandle page : pages)
                page.removeKey("/Parent");
            for (const QPDFObjectHandle &page : pages) {
                QPDFObjectHandle copy = into.copyForeignObject(page);
                copy.replaceKey("/Parent", tree);
                kids.appendItem(copy);
            }
            expected += pages.size();
        }
        tree.replaceKey("/Count", QPDFObjectHandle::newInteger(kids.getArrayNItems()));
        into.updateAllPagesCache(); // the tree was edited by hand
        if (into.getAllPages().size() != expected)
            return failed(tr("%1 of %2 pages came out.").arg(into.getAllPages().size()).arg(expected));
        QPDFWriter writer(into);
        writer.setOutputMemory();
        writer.setCompressStreams(false); // they are compressed already
        writer.setDecodeLevel(qpdf_dl_none);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return failed(QString::fromUtf8(e.what()));
    }
}

} // namespace factline::report::pdf
