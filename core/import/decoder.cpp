// SPDX-License-Identifier: MIT
#include "decoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace factline::import {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

// Windows-1252's 0x80–0x9F block; the rest of the code page is Latin-1.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = (b >= 0x80 && b < 0xA0) ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool looksBinary(const QByteArray &bytes)
{
    // Text has no NUL bytes and few control characters; look at the first 8 KiB.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            ++controls;
    }
    return n > 0 && controls * 20 > n;
}

} // namespace

QString binaryKind(const QByteArray &bytes)
{
    struct Magic {
        QByteArrayView head;
        const char *kind;
    };
    static const Magic magics[] = {
        {"\x89PNG", QT_TRANSLATE_NOOP("factline", "a PNG image")},
        {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("factline", "a JPEG image")},
        {"GIF8", QT_TRANSLATE_NOOP("factline", "a GIF image")},
        {"\x7F" "ELF", QT_TRANSLATE_NOOP("factline", "a program (ELF executable)")},
        {"MZ", QT_TRANSLATE_NOOP("factline", "a Windows program")},
        {"PK\x03\x04", QT_TRANSLATE_NOOP("factline", "a ZIP archive (or an office document)")},
        {"%PDF", QT_TRANSLATE_NOOP("factline", "a PDF document")},
        {"\x1F\x8B", QT_TRANSLATE_NOOP("factline", "a gzip archive")},
        {QByteArrayView("SQLite format 3\0", 16), QT_TRANSLATE_NOOP("factline", "an SQLite database")},
    };
    for (const Magic &m : magics) {
        if (QByteArrayView(bytes).startsWith(m.head))
            return tr(m.kind);
    }
    return QString();
}

QString normalizeLineEndings(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName)
{
    DecodedText out;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.encoding = u"UTF-8"_s;
        out.text = QString::fromUtf8(bytes.mid(3));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        out.text = decoder.decode(bytes.mid(2));
        out.encoding = le ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        if (decoder.hasError())
            out.warnings.append(tr("%1 has bytes that are not valid UTF-16; they were replaced.").arg(fileName));
    } else {
        if (const QString kind = binaryKind(bytes); !kind.isEmpty())
            return Error{tr("%1 is %2, not an article. Import plain text, Markdown or HTML files.").arg(fileName, kind)};
        if (looksBinary(bytes))
            return Error{tr("%1 looks like a binary file, not text. Import plain text, Markdown or HTML files.")
                             .arg(fileName)};
        QStringDecoder decoder(QStringConverter::Utf8);
        out.text = decoder.decode(bytes);
        out.encoding = u"UTF-8"_s;
        if (decoder.hasError()) {
            out.text = decodeWindows1252(bytes);
            out.encoding = u"windows-1252"_s;
            out.warnings.append(tr("%1 is not valid UTF-8; it was read as Windows-1252. Check accented letters "
                                   "and quotation marks in the text.")
                                    .arg(fileName));
        }
    }
    out.text = normalizeLineEndings(std::move(out.text));
    return out;
}

} // namespace factline::import
