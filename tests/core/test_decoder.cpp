// SPDX-License-Identifier: MIT
#include "import/decoder.h"

#include <catch2/catch.hpp>

using namespace factline::import;

TEST_CASE("decoder: UTF-8 with a BOM loses the BOM and keeps no-break spaces and curly quotes", "[import]")
{
    const QByteArray bytes = "\xEF\xBB\xBF" "U.S.\xC2\xA0" "officials \xE2\x80\x9C" "agree\xE2\x80\x9D";
    auto r = decodeText(bytes, QStringLiteral("a.txt"));
    REQUIRE(r.ok());
    CHECK(r->text == QStringLiteral("U.S.\u00a0officials “agree”"));
    CHECK(r->warnings.isEmpty());
}

TEST_CASE("decoder: UTF-16 little endian with a BOM", "[import]")
{
    QByteArray bytes("\xFF\xFE", 2);
    const QString text = QStringLiteral("Gaza — 32,070");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto r = decodeText(bytes, QStringLiteral("a.txt"));
    REQUIRE(r.ok());
    CHECK(r->text == text);
    CHECK(r->encoding == QStringLiteral("UTF-16LE"));
}

TEST_CASE("decoder: bytes that are not UTF-8 are read as Windows-1252, with a warning", "[import]")
{
    auto r = decodeText("caf\xE9 \x93quoted\x94 \x96 dash", QStringLiteral("old.txt"));
    REQUIRE(r.ok());
    CHECK(r->text == QStringLiteral("café “quoted” – dash"));
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings.first().contains(QStringLiteral("old.txt")));
}

TEST_CASE("decoder: line endings become LF", "[import]")
{
    auto r = decodeText("one\r\ntwo\rthree\n", QStringLiteral("a.txt"));
    REQUIRE(r.ok());
    CHECK(r->text == QStringLiteral("one\ntwo\nthree\n"));
}

TEST_CASE("decoder: images and programs are refused by name", "[import][bad-input]")
{
    auto png = decodeText(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), QStringLiteral("photo.png"));
    REQUIRE_FALSE(png.ok());
    CHECK(png.errorMessage().contains(QStringLiteral("photo.png")));
    CHECK(png.errorMessage().contains(QStringLiteral("PNG")));
    auto elf = decodeText(QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0", 10), QStringLiteral("a.out"));
    REQUIRE_FALSE(elf.ok());
    CHECK(elf.errorMessage().contains(QStringLiteral("program")));
    auto nul = decodeText(QByteArray("abc\0def", 7), QStringLiteral("x.bin"));
    CHECK_FALSE(nul.ok());
}
