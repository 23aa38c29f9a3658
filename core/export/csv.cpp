// SPDX-License-Identifier: MIT
#include "csv.h"

namespace factline::exporting {

using namespace Qt::StringLiterals;

QString csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        return u'"' + v + u'"';
    }
    return v;
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(u',') + u"\r\n"_s;
}

} // namespace factline::exporting
